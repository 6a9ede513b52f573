#include "fundline/engine/timeline.hpp"

#include <type_traits>

#include <gtest/gtest.h>

#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::eur_m;
using fundline::test::mistral;

namespace {
Date day(const char* iso) { return parse_date(iso); }
ReportedMoney exact_eur_m(std::int64_t millions) { return ReportedMoney::exact(eur_m(millions)); }
Round round_on(const char* id, PartialDate announced, ReportedMoney amount, RoundType type = RoundType::seed) {
  return Round{.id = id, .type = type, .announced = announced, .amount = amount};
}
}  // namespace

static_assert(!std::is_convertible_v<Company, Timeline>, "a Timeline is built explicitly");
static_assert(!std::is_convertible_v<std::vector<Round>, Timeline>);
static_assert(std::is_copy_constructible_v<Timeline>);

TEST(Timeline, DocumentationExample) {
  auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
  Company mistral{.name = "Mistral AI", .founded = PartialDate::month(2023, 4)};
  mistral.rounds = {
      Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
            .amount = ReportedMoney::exact(eur(105))},
      Round{.id = "series-a", .type = RoundType::series_a, .announced = parse_date("2023-12-11"),
            .amount = ReportedMoney::exact(eur(385))},
      Round{.id = "microsoft", .type = RoundType::convertible_note, .announced = parse_date("2024-02-26"),
            .amount = ReportedMoney::exact(eur(15))},
      Round{.id = "series-b", .type = RoundType::series_b, .announced = parse_date("2024-06-11"),
            .amount = ReportedMoney::exact(eur(600))}};
  Timeline t(mistral);
  EXPECT_EQ(t.raised_as_of(parse_date("2024-06-10")), exact_eur_m(505));
  EXPECT_EQ(t.raised_as_of(parse_date("2024-06-11")), exact_eur_m(1105));
  EXPECT_EQ(t.raised_as_of(parse_date("2024-06-11"), RoundFilter::priced_rounds()), exact_eur_m(1090));
  EXPECT_EQ(t.best_window(WindowLength::months(12))->span_days(), 364);
  EXPECT_EQ(t.gaps()[0].days, 181);
  EXPECT_EQ(t.converted(currencies::USD, Convention::historical()).raised_total(),
            ReportedMoney::exact(Money::parse("1187549000.00", currencies::USD)));
}

TEST(Timeline, RoundsAreInDateOrder) {
  Company c = mistral();
  std::swap(c.rounds[0], c.rounds[4]);
  const Timeline t(c);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t.rounds()[0].id, "seed");
  EXPECT_EQ(t.rounds()[4].id, "series-c");
  EXPECT_EQ(t.first_day(), day("2023-06-13"));
  EXPECT_EQ(t.last_day(), day("2025-09-09"));
  EXPECT_EQ(t.name(), "Mistral AI");
  EXPECT_EQ(t.index_of("series-b"), 3u);
  EXPECT_EQ(t.index_of("series-z"), std::nullopt);
}

TEST(Timeline, SameDayRoundsKeepTheirInputOrder) {
  const Timeline t({round_on("second", day("2024-06-11"), exact_eur_m(2)), round_on("first", day("2024-01-01"), exact_eur_m(1)),
                    round_on("third", day("2024-06-11"), exact_eur_m(3))});
  EXPECT_EQ(t.rounds()[1].id, "second");
  EXPECT_EQ(t.rounds()[2].id, "third");
  EXPECT_EQ(t.raised_as_of(day("2024-06-11")), exact_eur_m(6));
  EXPECT_EQ(t.raised_as_of(day("2024-06-10")), exact_eur_m(1));
}

TEST(Timeline, MonthPrecisionRoundsArePlacedOnTheFirstDay) {
  const Timeline t({round_on("june", PartialDate::month(2024, 6), exact_eur_m(10)),
                    round_on("june-first", day("2024-06-01"), exact_eur_m(1)),
                    round_on("may", day("2024-05-31"), exact_eur_m(100))});
  EXPECT_EQ(t.rounds()[1].id, "june-first");  // a finer date first on the same day
  EXPECT_EQ(t.rounds()[2].id, "june");
  EXPECT_EQ(t.day_of(2), day("2024-06-01"));
  EXPECT_EQ(t.raised_as_of(day("2024-05-31")), exact_eur_m(100));
  EXPECT_EQ(t.raised_as_of(day("2024-06-01")), exact_eur_m(111));
}

TEST(Timeline, RaisedAsOfIsInclusiveStepFunction) {
  const Timeline t(mistral());
  EXPECT_EQ(t.raised_as_of(day("2023-06-12")), exact_eur_m(0));
  EXPECT_EQ(t.raised_as_of(day("2023-06-13")), exact_eur_m(105));
  EXPECT_EQ(t.raised_as_of(day("2023-12-10")), exact_eur_m(105));
  EXPECT_EQ(t.raised_as_of(day("2023-12-11")), exact_eur_m(490));
  EXPECT_EQ(t.raised_as_of(day("2024-02-26")), exact_eur_m(505));
  EXPECT_EQ(t.raised_as_of(day("2024-06-11")), exact_eur_m(1105));
  EXPECT_EQ(t.raised_as_of(day("2025-09-09")), exact_eur_m(2805));
  EXPECT_EQ(t.raised_total(), exact_eur_m(2805));
}

TEST(Timeline, PricedRoundsOnlyDropsTheConvertible) {
  const Timeline t(mistral());
  EXPECT_EQ(t.raised_as_of(day("2024-06-11"), RoundFilter::priced_rounds()), exact_eur_m(1090));
}

TEST(Timeline, InstrumentFilterCountsTranches) {
  const Timeline t(mistral());
  const Date june = day("2024-06-11");
  EXPECT_EQ(t.raised_as_of(june, RoundFilter::only({Instrument::equity})), exact_eur_m(958));
  EXPECT_EQ(t.raised_as_of(june, RoundFilter::only({Instrument::debt})), exact_eur_m(132));
  EXPECT_EQ(t.raised_as_of(june, RoundFilter::only({Instrument::convertible})), exact_eur_m(15));
  EXPECT_EQ(t.raised_as_of(june, RoundFilter::only({Instrument::grant})), exact_eur_m(0));
}

TEST(Timeline, RoundTypeFilter) {
  const Timeline t(mistral());
  EXPECT_EQ(t.raised_total(RoundFilter::of_types({RoundType::series_a, RoundType::series_b})), exact_eur_m(985));
}

TEST(Timeline, RaisedBetweenIsInclusive) {
  EXPECT_EQ(Timeline(mistral()).raised_between(day("2023-12-11"), day("2024-06-11")), exact_eur_m(1000));
}

TEST(Timeline, UndisclosedRoundMakesTotalsAtLeast) {
  const Timeline t({round_on("a", day("2024-01-10"), exact_eur_m(5)),
                    round_on("b", day("2024-02-10"), ReportedMoney::undisclosed(currencies::EUR))});
  EXPECT_EQ(t.raised_as_of(day("2024-01-31")), exact_eur_m(5));
  EXPECT_EQ(t.raised_total(), ReportedMoney::at_least(eur_m(5)));
  EXPECT_EQ(fmt::format("{}", t.raised_total()), "at least EUR 5000000.00");
}

TEST(Timeline, QualifiersAreCarriedThrough) {
  const Timeline t({round_on("a", day("2024-01-10"), ReportedMoney::more_than(eur_m(5))),
                    round_on("b", day("2024-02-10"), exact_eur_m(1))});
  EXPECT_EQ(t.raised_total(), ReportedMoney::more_than(eur_m(6)));
}

TEST(Timeline, EmptyTimeline) {
  const Timeline t;
  EXPECT_TRUE(t.empty());
  EXPECT_EQ(t.raised_as_of(day("2024-06-11")), exact_eur_m(0));
  EXPECT_EQ(t.raised_total(), exact_eur_m(0));
  EXPECT_EQ(t.first_day(), std::nullopt);
  EXPECT_TRUE(t.steps().empty());
  EXPECT_TRUE(t.gaps().empty());
  EXPECT_TRUE(t.growth().empty());
  EXPECT_TRUE(t.step_ups().empty());
  EXPECT_TRUE(t.investor_participation().empty());
}

TEST(Timeline, OneRound) {
  const Timeline t({round_on("only", day("2024-03-01"), exact_eur_m(7))}, PartialDate::year(2023));
  EXPECT_EQ(t.raised_total(), exact_eur_m(7));
  EXPECT_TRUE(t.gaps().empty());
  EXPECT_TRUE(t.growth().empty());
  ASSERT_EQ(t.since_founding().size(), 1u);
  EXPECT_EQ(t.since_founding()[0].days, 425);
  EXPECT_EQ(t.since_founding()[0].months, 14);
}

TEST(Timeline, StepsGroupOneDay) {
  const Timeline t({round_on("a", day("2024-01-10"), exact_eur_m(1)), round_on("b", day("2024-01-10"), exact_eur_m(2)),
                    round_on("c", day("2024-03-01"), exact_eur_m(4))});
  EXPECT_EQ(t.steps(), (std::vector<Step>{{day("2024-01-10"), exact_eur_m(3), exact_eur_m(3)},
                                          {day("2024-03-01"), exact_eur_m(4), exact_eur_m(7)}}));
}

TEST(Timeline, GapsBetweenRounds) {
  const auto gaps = Timeline(mistral()).gaps();
  ASSERT_EQ(gaps.size(), 4u);
  EXPECT_EQ(gaps[0], (RoundGap{0, 1, 181, 5}));
  EXPECT_EQ(gaps[1], (RoundGap{1, 2, 77, 2}));
  EXPECT_EQ(gaps[2], (RoundGap{2, 3, 106, 3}));
  EXPECT_EQ(gaps[3], (RoundGap{3, 4, 455, 14}));
  EXPECT_EQ(Timeline(mistral()).gaps(RoundFilter::priced_rounds())[1], (RoundGap{1, 3, 183, 6}));
}

TEST(Timeline, TimeFromFoundingToEachRound) {
  const auto since = Timeline(mistral()).since_founding();
  ASSERT_EQ(since.size(), 5u);
  EXPECT_EQ(since[0], (RoundGap{std::nullopt, 0, 73, 2}));    // 2023-04-01 .. 2023-06-13
  EXPECT_EQ(since[3], (RoundGap{std::nullopt, 3, 437, 14}));  // .. 2024-06-11
  EXPECT_TRUE(Timeline(mistral().rounds).since_founding().empty());
}

TEST(Timeline, GrowthOfRoundSize) {
  const auto growth = Timeline(mistral()).growth(RoundFilter::priced_rounds());
  ASSERT_EQ(growth.size(), 3u);
  EXPECT_EQ(growth[0].from, 0u);
  EXPECT_EQ(growth[0].to, 1u);
  EXPECT_EQ(growth[0].multiple.qualifier(), Qualifier::exact);
  EXPECT_DOUBLE_EQ(*growth[0].multiple.value(), 385.0 / 105.0);
  EXPECT_EQ(fmt::format("{}", growth[1].multiple), "1.558");  // 600 / 385
  EXPECT_EQ(fmt::format("{}", growth[2].multiple), "2.833");  // 1700 / 600
}

TEST(Timeline, GrowthFromAnUndisclosedRoundIsUnknown) {
  const auto growth = Timeline({round_on("a", day("2024-01-10"), ReportedMoney::undisclosed(currencies::EUR)),
                                round_on("b", day("2024-03-01"), exact_eur_m(4))})
                          .growth();
  ASSERT_EQ(growth.size(), 1u);
  EXPECT_FALSE(growth[0].multiple.is_known());
  EXPECT_EQ(growth[0].note, "a round size is undisclosed or zero");
}

TEST(Timeline, MixedCurrenciesNeedConversion) {
  const Timeline t({round_on("a", day("2024-01-10"), exact_eur_m(1)),
                    round_on("b", day("2024-02-10"), ReportedMoney::exact(Money::from_major(1, currencies::USD)))},
                   std::nullopt, "Acme");
  EXPECT_FALSE(t.is_single_currency());
  try {
    (void)t.raised_total();
    FAIL() << "expected currency_mismatch";
  } catch (const currency_mismatch& e) {
    EXPECT_STREQ(e.what(), "Acme: rounds in EUR and USD: convert the timeline to one currency first "
                           "(Timeline::converted)");
  }
  EXPECT_EQ(t.converted(currencies::EUR, Convention::constant(day("2024-06-11"))).raised_total(),
            ReportedMoney::exact(Money::parse("1000000.93", currencies::EUR)));  // USD 1 / 1.073
}

TEST(Timeline, AsOfKeepsThePast) {
  const Timeline past = Timeline(mistral()).as_of(day("2024-06-11"));
  EXPECT_EQ(past.size(), 4u);
  EXPECT_EQ(past.raised_total(), exact_eur_m(1105));
  EXPECT_EQ(past.founded(), PartialDate::month(2023, 4));
  EXPECT_TRUE(Timeline(mistral()).as_of(day("2020-01-01")).empty());
}
