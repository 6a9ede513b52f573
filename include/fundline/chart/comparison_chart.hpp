// fundline/chart/comparison_chart.hpp - several companies' cumulative funding on one SVG chart.
//
// Each company is a step line of cumulative funding against the days since
// its anchor (founding date or first round), so companies founded years
// apart start together at 0 on the x axis, which is labelled in months
// ("Months since founding"). Each line has a marker a round and, at its end,
// a label with the company's name and total ("Mistral AI €1.11B"), placed
// by the same layout pass as the funding chart (chart/svg_chart.hpp): no
// label overlaps another label or a marker. A footer names the sources and
// the as-of date. Same output guarantees as render_svg: SVG 1.1, viewBox,
// escaped text, the same bytes for the same data.
//
// Validity policy: throws currency_mismatch when a point is not in
// data.currency, and error when a line's days go backwards or are negative.
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   ComparisonChartData data{.title = "Funding since founding", .currency = currencies::EUR,
//                            .x_axis_title = "Months since founding"};
//   data.lines.push_back({"Mistral AI", {{73, eur(105)}, {254, eur(490)}}, 437});
//   data.lines.push_back({"Aleph Alpha", {{1300, eur(100)}}, 1500});
//   std::string svg = render_comparison_svg(data);
//   svg.find("Mistral AI €490M") != std::string::npos;   // true: the end label
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fundline/chart/svg_chart.hpp"
#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/money.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

struct ComparisonPoint {
  int days = 0;  // since the company's anchor
  Money cumulative;
};

struct ComparisonLine {
  std::string name;
  std::vector<ComparisonPoint> points;  // in day order
  int end_days = 0;                     // where the line stops (the as-of day); at least the last point
};

struct ComparisonChartData {
  std::string title;
  Currency currency;
  std::string x_axis_title;  // "Months since founding"
  Language language = Language::en;
  std::vector<ComparisonLine> lines;
  std::vector<std::string> sources;  // publishers, for the footer
  std::optional<Date> as_of;         // for the footer
};

[[nodiscard]] std::string render_comparison_svg(const ComparisonChartData& data, SvgSize size = {});

}  // namespace fundline
