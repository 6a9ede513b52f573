// Draws a stake over time; see stake_chart.hpp.
#include "fundline/chart/stake_chart.hpp"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "fundline/text/date_text.hpp"

namespace fundline {

namespace {

constexpr std::string_view line_colour = "#1f5fa8";
constexpr std::string_view grid_colour = "#e3e6ea";
constexpr std::string_view axis_colour = "#5b6470";

double as_double(const Fraction& f) {
  // Display only: a coordinate, never a figure anyone reads.
  return static_cast<double>(f.numerator()) / static_cast<double>(f.denominator());
}

}  // namespace

std::string render_stake_svg(const StakeChartData& data, SvgSize size) {
  for (std::size_t i = 0; i < data.points.size(); ++i) {
    const StakePoint& p = data.points[i];
    if (p.stake.is_negative() || Fraction::one() < p.stake)
      throw error(fmt::format("stake chart: point {} has a stake of {}, outside 0..1", i, p.stake));
    if (i > 0 && p.date < data.points[i - 1].date)
      throw error(fmt::format("stake chart: point {} ({}) comes before point {}", i, to_iso(p.date), i - 1));
  }
  const bool fr = data.language == Language::fr;
  const double left = 70, right = 200, top = 70, bottom = 60;
  const double w = size.width, h = size.height, plot_w = w - left - right, plot_h = h - top - bottom;
  std::string svg = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"sans-serif\" font-size=\"12\">\n"
      "<rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n"
      "<text x=\"{2:.1f}\" y=\"28\" font-size=\"18\" font-weight=\"bold\">{3}</text>\n",
      size.width, size.height, left, xml_escape(data.title));
  const bool any_bound = std::any_of(data.points.begin(), data.points.end(), [](const StakePoint& p) { return p.bound_only; });
  svg += fmt::format("<text x=\"{:.1f}\" y=\"50\" fill=\"{}\">{}</text>\n", left, axis_colour,
                     xml_escape(fr ? (any_bound ? "Part détenue ; cercle vide : au plus (termes inconnus)"
                                                : "Part détenue")
                                   : (any_bound ? "Stake held; hollow marker: at most (unknown terms)"
                                                : "Stake held")));
  const auto y_of = [&](double fraction) { return top + plot_h * (1.0 - fraction); };
  for (int pct = 0; pct <= 100; pct += 25) {
    const double y = y_of(pct / 100.0);
    svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\"/>\n", left, y,
                       left + plot_w, y, grid_colour);
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"{}\">{}{}%</text>\n", left - 8,
                       y + 4, axis_colour, pct, fr ? "\u00A0" : "");
  }
  if (data.points.empty()) {
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n", left + plot_w / 2,
                       top + plot_h / 2, fr ? "Aucun tour" : "No rounds");
    return svg + "</svg>\n";
  }
  const Date first = data.points.front().date;
  const Date last = std::max(data.end.value_or(data.points.back().date), data.points.back().date);
  // A margin of 10% of the span on each side, at least 30 days.
  const long span = std::max<long>((last - first).days(), 1);
  const long margin = std::max<long>(span / 10, 30);
  const auto x_of = [&](Date d) {
    return left + plot_w * static_cast<double>((d - first).days() + margin) / static_cast<double>(span + 2 * margin);
  };
  // Step line: 100% until the first round, then each stake until the next.
  double y_prev = y_of(1.0);
  double x_prev = left;
  bool dashed = false;
  std::string markers;
  for (std::size_t i = 0; i < data.points.size(); ++i) {
    const StakePoint& p = data.points[i];
    const double x = x_of(p.date), y = y_of(as_double(p.stake));
    svg += fmt::format("<path d=\"M{:.1f} {:.1f} H{:.1f} V{:.1f}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{}/>\n",
                       x_prev, y_prev, x, y, line_colour, dashed ? " stroke-dasharray=\"6 4\"" : "");
    markers += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>\n",
                           x, y, p.bound_only ? "#ffffff" : line_colour, line_colour);
    // Alternate above and below the line, so neighbouring labels do not overlap.
    markers += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", x + 8, i % 2 == 0 ? y - 8 : y + 20,
                           xml_escape(p.label));
    markers += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n", x,
                           top + plot_h + 20, axis_colour, xml_escape(format_month_short(p.date, data.language)));
    dashed = dashed || p.bound_only;
    x_prev = x;
    y_prev = y;
  }
  svg += fmt::format("<path d=\"M{:.1f} {:.1f} H{:.1f}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{}/>\n", x_prev,
                     y_prev, x_of(last) + (data.end ? 0.0 : 20.0), line_colour,
                     dashed ? " stroke-dasharray=\"6 4\"" : "");
  svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"{3}\"/>\n", left,
                     top + plot_h, left + plot_w, axis_colour);
  return svg + markers + "</svg>\n";
}

}  // namespace fundline
