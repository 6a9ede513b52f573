#include "fundline/chart/html_report.hpp"

#include <fmt/format.h>

#include "fundline/chart/svg_chart.hpp"

namespace fundline {
namespace {

// The page's only style: readable, printable, no web font.
constexpr std::string_view style = R"(body{font-family:sans-serif;color:#1b1f24;max-width:1000px;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}
.subtitle{color:#5b6470;margin-top:0}
.summary{font-size:1.1em}
table{border-collapse:collapse;margin:1em 0}
th,td{padding:.3em .8em;border-bottom:1px solid #e3e6ea;text-align:left}
th{border-bottom:2px solid #5b6470}
td:first-child{white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.chart svg{max-width:100%;height:auto}
pre.sources{white-space:pre-wrap;font-size:.85em;background:#f6f7f9;padding:1em}
)";

std::string cell(const std::string& tag, const std::string& text, bool right) {
  return fmt::format("<{0}{1}>{2}</{0}>", tag, right ? " class=\"num\"" : "", xml_escape(text));
}

}  // namespace

std::string render_html_report(const HtmlReport& r) {
  const auto right = [&](std::size_t i) { return i < r.right_aligned.size() && r.right_aligned[i]; };
  std::string out = "<!DOCTYPE html>\n";
  out += fmt::format("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", to_string(r.language));
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n", xml_escape(r.title), style);
  out += fmt::format("<h1>{}</h1>\n", xml_escape(r.title));
  if (!r.subtitle.empty()) out += fmt::format("<p class=\"subtitle\">{}</p>\n", xml_escape(r.subtitle));
  if (!r.summary.empty()) out += fmt::format("<p class=\"summary\" id=\"summary\">{}</p>\n", xml_escape(r.summary));
  if (!r.svg.empty()) {
    std::string svg = r.svg;
    if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
    out += "<div class=\"chart\" id=\"chart\">\n" + svg + "</div>\n";
  }
  if (!r.columns.empty()) {
    out += "<table id=\"rounds\">\n<thead><tr>";
    for (std::size_t i = 0; i < r.columns.size(); ++i) out += cell("th", r.columns[i], right(i));
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : r.rows) {
      out += "<tr>";
      for (std::size_t i = 0; i < row.size(); ++i) out += cell("td", row[i], right(i));
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  if (!r.facts.empty()) {
    out += "<ul class=\"facts\">\n";
    for (const auto& f : r.facts) out += fmt::format("<li>{}</li>\n", xml_escape(f));
    out += "</ul>\n";
  }
  if (!r.sources.empty())
    out += fmt::format("<h2>{}</h2>\n<pre class=\"sources\" id=\"sources\">{}</pre>\n", xml_escape(r.sources_heading),
                       xml_escape(r.sources));
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace fundline
