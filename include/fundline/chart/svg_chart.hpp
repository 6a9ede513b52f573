// fundline/chart/svg_chart.hpp - cumulative funding as an SVG 1.1 picture.
//
// The chart knows nothing of companies or the timeline engine: it draws a
// ChartData, which any caller fills (the CLI fills it from a Timeline).
// Cumulative funding is a step line over time (it rises on the day of each
// round and stays flat between rounds), each step has a marker and a label
// ("Seed €105M"), and post-money valuations, when given, are a second series
// of diamond markers on their own axis at the right. Axis ticks are months,
// quarters or years depending on the span, and compact money ("€500M");
// the title and a legend sit above the plot.
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

struct ChartData {
  std::string title;
  Currency currency;
  std::vector<ChartPoint> steps;  // in date order
  std::vector<ValuationPoint> valuations;
  Language language = Language::en;
  // Where the step line ends (the as-of date); the last step when empty.
  std::optional<Date> end;
};

struct SvgSize {
  int width = 960;
  int height = 540;
};

[[nodiscard]] std::string render_svg(const ChartData& data, SvgSize size = {});

// Escapes &, <, >, " and ' for XML text and attribute values.
[[nodiscard]] std::string xml_escape(std::string_view text);

}  // namespace fundline
