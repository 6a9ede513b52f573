#include "fundline/engine/valuation_steps.hpp"

#include <gtest/gtest.h>

#include "fundline/engine/timeline.hpp"
#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::eur_m;
using fundline::test::mistral;

namespace {
Date day(const char* iso) { return parse_date(iso); }
}  // namespace

TEST(StepUp, DocumentationExample) {
  Company c = mistral();
  c.rounds[1].post_money = ReportedMoney::undisclosed(currencies::EUR);  // leave only EUR valuations
  const Timeline timeline(c);
  const auto ups = timeline.step_ups();
  ASSERT_EQ(ups.size(), 2u);
  EXPECT_EQ(ups[0].from, 0u);
  EXPECT_EQ(ups[0].to, 3u);
  EXPECT_EQ(ups[0].multiple.qualifier(), Qualifier::exact);
  EXPECT_EQ(fmt::format("{}", ups[0].multiple), "24.17");
  EXPECT_EQ(fmt::format("{}", ups[0]), "EUR 240000000.00 -> EUR 5800000000.00: 24.17x");
  const auto dilutions = timeline.dilutions();
  EXPECT_EQ(fmt::format("{}", dilutions[1].fraction), "0.08069");  // the Series B: 468 / 5800
  EXPECT_EQ(fmt::format("{}", timeline.growth()[0].multiple), "3.667");
}

TEST(StepUp, ValuationsInTwoCurrenciesAreNotDivided) {
  const auto ups = Timeline(mistral()).step_ups();
  ASSERT_EQ(ups.size(), 3u);  // seed -> A, A -> B, B -> C
  EXPECT_FALSE(ups[0].multiple.is_known());
  EXPECT_EQ(ups[0].note, "post-money in EUR and USD: convert the timeline first");
  EXPECT_EQ(fmt::format("{}", ups[2].multiple), "2.017");  // 11.7B / 5.8B
}

TEST(StepUp, AfterConversionAboutStaysAbout) {
  const auto ups = Timeline(mistral()).as_of(day("2024-06-11")).converted(currencies::USD, Convention::historical()).step_ups();
  ASSERT_EQ(ups.size(), 2u);
  // EUR 240M at 1.0793 = USD 259.032M; about USD 2B; EUR 5.8B at 1.073 = USD 6.2234B.
  EXPECT_EQ(ups[0].from_post_money, ReportedMoney::exact(Money::parse("259032000", currencies::USD)));
  EXPECT_EQ(fmt::format("{}", ups[0].multiple), "about 7.721");
  EXPECT_EQ(fmt::format("{}", ups[1].multiple), "about 3.112");
}

TEST(StepUp, PressFigureMoreThanStaysMoreThan) {
  Company c = mistral();
  c.rounds[3].post_money = ReportedMoney::more_than(eur_m(6000));  // the press: "more than EUR 6 billion"
  const Timeline t(c);
  EXPECT_EQ(fmt::format("{}", t.step_ups()[1].multiple), "undisclosed");  // about USD 2B -> EUR: not comparable
  const auto ups = Timeline(c).as_of(day("2024-06-11")).step_ups();
  EXPECT_EQ(ups[1].to_post_money, ReportedMoney::more_than(eur_m(6000)));
  EXPECT_EQ(fmt::format("{}", t.dilutions()[2].fraction), "less than 0.078");  // the Series B
}

TEST(StepUp, DerivedPostMoneyCounts) {
  const Timeline t({Round{.id = "a", .type = RoundType::series_a, .announced = day("2020-01-01"),
                          .amount = ReportedMoney::exact(eur_m(10)), .pre_money = ReportedMoney::exact(eur_m(40))},
                    Round{.id = "b", .type = RoundType::series_b, .announced = day("2021-01-01"),
                          .amount = ReportedMoney::exact(eur_m(50)), .post_money = ReportedMoney::exact(eur_m(200))}});
  ASSERT_EQ(t.step_ups().size(), 1u);
  EXPECT_EQ(t.step_ups()[0].from_post_money, ReportedMoney::exact(eur_m(50)));
  EXPECT_EQ(fmt::format("{}", t.step_ups()[0].multiple), "4");
}

TEST(Dilution, PricedRoundsWithEquityAndPostMoney) {
  const auto d = Timeline(mistral()).dilutions();
  ASSERT_EQ(d.size(), 4u);  // seed, A (currencies differ), B, C; not the convertible
  EXPECT_EQ(d[0].round, 0u);
  EXPECT_EQ(fmt::format("{}", d[0].fraction), "0.4375");  // 105 / 240
  EXPECT_EQ(d[1].note, "equity in EUR but post-money in USD: convert the timeline first");
  EXPECT_EQ(d[2].equity, ReportedMoney::exact(eur_m(468)));
  EXPECT_EQ(fmt::format("{}", d[3].fraction), "0.1453");  // 1700 / 11700
}
