// fundline/chart/html_report.hpp - one self-contained HTML page for a company's funding.
//
// render_html_report() writes an HTML5 page that needs nothing else: the
// style is inline, the chart is inline SVG (chart/svg_chart.hpp), there is
// no script, font, image or link that a browser would fetch. It holds a
// title and subtitle, the summary paragraph, the table of rounds, the
// totals, the chart and the sources, in the report's language (<html
// lang="fr">). Every text is HTML-escaped; the SVG is embedded as given
// (its XML declaration dropped).
//
//   using namespace fundline;
//   HtmlReport r{.language = Language::en, .title = "Mistral AI: funding timeline",
//                .summary = "Mistral AI raised €1.09 billion in three rounds over one year."};
//   r.columns = {"Date", "Round", "Amount"};
//   r.right_aligned = {false, false, true};
//   r.rows = {{"2023-06-13", "Seed", "€105,000,000.00"}};
//   std::string html = render_html_report(r);
//   html.starts_with("<!DOCTYPE html>");                       // true
//   html.find("<html lang=\"en\">") != std::string::npos;      // true
#pragma once

#include <string>
#include <vector>

#include "fundline/text/language.hpp"

namespace fundline {

struct HtmlReport {
  Language language = Language::en;
  std::string title;     // the page's <title> and <h1>
  std::string subtitle;  // "As of 30 June 2024"; may be empty
  std::string summary;   // a paragraph
  std::vector<std::string> columns;
  std::vector<bool> right_aligned;  // one a column; missing means left
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> facts;  // lines under the table: totals, best window, step-ups
  std::string svg;                 // a standalone SVG document; may be empty
  std::string sources_heading;     // "Sources"
  std::string sources;             // preformatted text (text/sources_text.hpp); may be empty
};

[[nodiscard]] std::string render_html_report(const HtmlReport& report);

}  // namespace fundline
