// fundline/chart/svg_chart.hpp - cumulative funding as an SVG 1.1 picture.
//
// The chart knows nothing of companies or the timeline engine: it draws a
// ChartData, which any caller fills (the CLI fills it from a Timeline).
// Cumulative funding is a step line over time (it rises on the day of each
// round and stays flat between rounds), each step has a marker and a label
// ("Seed €105M"), and post-money valuations, when given, are a second series
// of labelled diamond markers on their own axis at the right, titled with
// its currency ("Valuation (EUR)"), with no line between them: nobody knows
// the value between two rounds. Axis ticks are months, quarters or years
// depending on the span, and compact money ("€500M"); the title and a
// legend sit above the plot, and a footer below it names the sources and
// the as-of date.
//
// Labels never overlap: a layout pass places each one beside its marker,
// moving it line by line until its box meets no other label, marker or
// line; when it had to move far, a thin leader line joins it to its point.
// The boxes use svg_text_width(), DejaVu Sans advance widths (the widest of
// the usual sans-serif fonts, so a narrower font only adds room), and
// every label is a <text class="label">, so a test can recompute them.
//
// The output is a standalone, well-formed SVG 1.1 document with a viewBox
// (so it scales in a browser), the generic sans-serif font family, and
// every label XML-escaped. Coordinates are display-only doubles printed
// with one decimal, so the same data always gives the same bytes. Money
// and labels are never rounded by the chart: callers pass exact amounts
// and the chart formats them with text/money_text.hpp.
//
// Validity policy: render_svg throws currency_mismatch when a point's
// currency is not data.currency (convert first), and error when steps are
// not in date order.
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   ChartData data;
//   data.title = "Mistral AI: cumulative funding";
//   data.currency = currencies::EUR;
//   data.steps = {{parse_date("2023-06-13"), eur(105), "Seed €105M"},
//                 {parse_date("2023-12-11"), eur(490), "Series A €385M"}};
//   data.valuations = {{parse_date("2023-06-13"), ReportedMoney::exact(eur(240)), ""}};
//   std::string svg = render_svg(data);
//   svg.starts_with("<?xml");                          // true
//   svg.find("Series A €385M") != std::string::npos;   // true
//   svg.find("€240M") != std::string::npos;            // true: the valuation's label
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

// The cumulative total after a round, and what to write next to it.
struct ChartPoint {
  Date date;
  Money cumulative;
  std::string label;  // "Seed €105M"; may be empty
};

// A post-money valuation; an empty label is replaced by the amount with its
// qualifier in compact form ("more than €6B").
struct ValuationPoint {
  Date date;
  ReportedMoney post_money;
  std::string label;
};

// A rectangle in SVG pixels; overlapping means sharing some area.
struct ChartBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  [[nodiscard]] bool overlaps(const ChartBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// Labels are 12px; a line of text spans baseline - ascent .. baseline + descent (in ems).
inline constexpr double svg_label_font_size = 12;
inline constexpr double svg_label_ascent = 0.76;
inline constexpr double svg_label_descent = 0.24;

// The advance width in pixels of UTF-8 text at a font size, from DejaVu Sans'
// metrics (other code points count as a wide letter).
[[nodiscard]] double svg_text_width(std::string_view text, double font_size);

struct ChartData {
  std::string title;
  Currency currency;
  std::vector<ChartPoint> steps;  // in date order
  std::vector<ValuationPoint> valuations;
  Language language = Language::en;
  // Where the step line ends (the as-of date); the last step when empty.
  std::optional<Date> end;
  // Who reported the figures, for the footer ("Sources: Reuters, TechCrunch.
  // As of 30 June 2024."); the as-of date is `end`, else the last step's.
  std::vector<std::string> sources;
};

struct SvgSize {
  int width = 960;
  int height = 540;
};

[[nodiscard]] std::string render_svg(const ChartData& data, SvgSize size = {});

// Escapes &, <, >, " and ' for XML text and attribute values.
[[nodiscard]] std::string xml_escape(std::string_view text);

}  // namespace fundline
