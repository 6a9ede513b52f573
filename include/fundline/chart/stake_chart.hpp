// fundline/chart/stake_chart.hpp - a stake over time as an SVG 1.1 picture.
//
// The companion of svg_chart.hpp for percentages: the share of a company
// still held by a group (its founders, say) drawn as a step line from 100%
// down, one marker per round, each labelled by the caller ("Seed 56.25%").
// A point known only as an upper bound ("at most") is drawn hollow, with a
// dashed line after it, and the legend says what that means.
//
// Like render_svg, it knows nothing of timelines: callers fill a
// StakeChartData. Coordinates are display-only doubles printed with one
// decimal (the stakes themselves are exact Fractions, converted to a
// coordinate only here), so the same data always gives the same bytes.
// Labels are XML-escaped. Throws error when points are not in date order or
// a stake is outside [0, 1].
//
//   using namespace fundline;
//   StakeChartData data;
//   data.title = "Mistral AI: stake of the founders";
//   data.points = {{parse_date("2023-06-13"), Fraction::of(9, 16), false, "Seed 56.25%"},
//                  {parse_date("2023-12-11"), Fraction::of(446, 1000), false, "Series A about 44.6%"}};
//   std::string svg = render_stake_svg(data);
//   svg.starts_with("<?xml");                            // true
//   svg.find("Seed 56.25%") != std::string::npos;        // true
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fundline/chart/svg_chart.hpp"
#include "fundline/core/date.hpp"
#include "fundline/ownership/fraction.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

struct StakePoint {
  Date date;
  Fraction stake;          // 0..1; the upper bound when bound_only
  bool bound_only = false;  // "at most": the stake may be lower
  std::string label;
};

struct StakeChartData {
  std::string title;
  std::vector<StakePoint> points;  // in date order
  Language language = Language::en;
  std::optional<Date> end;  // where the line ends; the last point when empty
};

[[nodiscard]] std::string render_stake_svg(const StakeChartData& data, SvgSize size = {});

}  // namespace fundline
