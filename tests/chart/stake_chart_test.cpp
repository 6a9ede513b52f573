#include "fundline/chart/stake_chart.hpp"

#include <gtest/gtest.h>

using namespace fundline;

TEST(StakeChart, DocumentationExample) {
  StakeChartData data;
  data.title = "Mistral AI: stake of the founders";
  data.points = {{parse_date("2023-06-13"), Fraction::of(9, 16), false, "Seed 56.25%"},
                 {parse_date("2023-12-11"), Fraction::of(446, 1000), false, "Series A about 44.6%"}};
  const std::string svg = render_stake_svg(data);
  EXPECT_TRUE(svg.starts_with("<?xml"));
  EXPECT_NE(svg.find("Seed 56.25%"), std::string::npos);
}

TEST(StakeChart, BoundOnlyPointsAreHollowAndExplained) {
  StakeChartData data;
  data.title = "x";
  data.points = {{parse_date("2023-06-13"), Fraction::of(1, 2), false, "a"},
                 {parse_date("2024-06-11"), Fraction::of(1, 4), true, "b"}};
  const std::string svg = render_stake_svg(data);
  EXPECT_NE(svg.find("hollow marker: at most"), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#ffffff\" stroke="), std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
}

TEST(StakeChart, LabelsAreEscapedAndOutputIsStable) {
  StakeChartData data;
  data.title = "A & B <co>";
  data.language = Language::fr;
  data.points = {{parse_date("2023-06-13"), Fraction::of(1, 2), false, "amorçage 50 %"}};
  const std::string svg = render_stake_svg(data);
  EXPECT_NE(svg.find("A &amp; B &lt;co&gt;"), std::string::npos);
  EXPECT_NE(svg.find("Part détenue"), std::string::npos);
  EXPECT_EQ(svg, render_stake_svg(data));
}

TEST(StakeChart, PointsOutOfOrderOrOutsideZeroToOneAreErrors) {
  StakeChartData data;
  data.points = {{parse_date("2024-01-01"), Fraction::of(1, 2), false, ""},
                 {parse_date("2023-01-01"), Fraction::of(1, 4), false, ""}};
  EXPECT_THROW((void)render_stake_svg(data), error);
  data.points = {{parse_date("2024-01-01"), Fraction::of(3, 2), false, ""}};
  EXPECT_THROW((void)render_stake_svg(data), error);
}
