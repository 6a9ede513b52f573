#include "fundline/engine/series.hpp"

#include <random>

#include <gtest/gtest.h>

#include "fundline/engine/timeline.hpp"
#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::day;
using fundline::test::eur_m;
using fundline::test::exact_eur_m;
using fundline::test::mistral;

TEST(PeriodAmount, DocumentationExample) {
  const Timeline timeline = Timeline(mistral()).as_of(day("2024-06-11"));
  EXPECT_EQ(timeline.series(Period::year),
            (std::vector<PeriodAmount>{
                {day("2023-01-01"), day("2023-12-31"), "2023", exact_eur_m(490), exact_eur_m(490)},
                {day("2024-01-01"), day("2024-12-31"), "2024", exact_eur_m(615), exact_eur_m(1105)}}));
}

TEST(PeriodAmount, QuartersIncludeEmptyOnes) {
  const auto q = Timeline(mistral()).as_of(day("2024-06-11")).series(Period::quarter);
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].label, "2023-Q2");
  EXPECT_EQ(q[1].label, "2023-Q3");
  EXPECT_EQ(q[1].raised, exact_eur_m(0));
  EXPECT_EQ(q[1].cumulative, exact_eur_m(105));
  EXPECT_EQ(q[3].raised, exact_eur_m(15));
  EXPECT_EQ(q[4].cumulative, exact_eur_m(1105));
  EXPECT_EQ(fmt::format("{}", q[4]), "2024-Q2: EUR 600000000.00 (cumulative EUR 1105000000.00)");
}

TEST(PeriodAmount, MonthsFromFirstToLastRound) {
  const auto m = Timeline(mistral()).series(Period::month);
  EXPECT_EQ(m.size(), 28u);  // 2023-06 .. 2025-09
  EXPECT_EQ(m.front().label, "2023-06");
  EXPECT_EQ(m.back().label, "2025-09");
  EXPECT_EQ(m.back().cumulative, exact_eur_m(2805));
}

TEST(PeriodAmount, DaysSeries) {
  const auto d = Timeline(mistral()).series(Period::day, day("2024-06-10"), day("2024-06-12"));
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].cumulative, exact_eur_m(505));
  EXPECT_EQ(d[1].raised, exact_eur_m(600));
  EXPECT_EQ(d[2].cumulative, exact_eur_m(1105));
}

TEST(PeriodAmount, RangeBeforeTheFirstRoundIsZero) {
  const auto y = Timeline(mistral()).series(Period::year, day("2020-03-01"), day("2022-01-01"));
  ASSERT_EQ(y.size(), 3u);
  EXPECT_EQ(y[2].cumulative, exact_eur_m(0));
}

TEST(PeriodAmount, FilteredSeries) {
  const auto y = Timeline(mistral()).series(Period::year, RoundFilter::only({Instrument::equity}));
  EXPECT_EQ(y[1].raised, exact_eur_m(468));  // 2024: the Series B equity only
}

TEST(PeriodAmount, ReversedRangeIsAnError) {
  EXPECT_THROW((void)Timeline(mistral()).series(Period::month, day("2024-06-11"), day("2024-01-01")), error);
}

TEST(PeriodAmount, EmptyTimelineHasNoSeries) { EXPECT_TRUE(Timeline().series(Period::month).empty()); }

// Random timelines: dates of every precision, qualified and undisclosed amounts.
namespace {
Timeline random_timeline(std::mt19937& rng) {
  std::uniform_int_distribution<int> count(0, 12), year(2015, 2024), month(1, 12), dom(1, 28), precision(0, 3),
      millions(0, 900), qualifier(0, 5), type(0, 27);
  std::vector<Round> rounds;
  const int n = count(rng);
  for (int i = 0; i < n; ++i) {
    const int y = year(rng), m = month(rng);
    PartialDate when = PartialDate::day(y, m, dom(rng));
    switch (precision(rng)) {
      case 1: when = PartialDate::month(y, m); break;
      case 2: when = PartialDate::quarter(y, (m - 1) / 3 + 1); break;
      case 3: when = PartialDate::year(y); break;
      default: break;
    }
    const Money amount = eur_m(millions(rng));
    ReportedMoney reported;
    switch (qualifier(rng)) {
      case 0: reported = ReportedMoney::undisclosed(currencies::EUR); break;
      case 1: reported = ReportedMoney::at_least(amount); break;
      case 2: reported = ReportedMoney::more_than(amount); break;
      case 3: reported = ReportedMoney::between(amount, amount + eur_m(10)); break;
      default: reported = ReportedMoney::exact(amount); break;
    }
    rounds.push_back(Round{.id = std::to_string(i), .type = static_cast<RoundType>(type(rng)), .announced = when,
                           .amount = reported});
  }
  return Timeline(std::move(rounds));
}
}  // namespace

TEST(PeriodAmount, PropertyCumulativeNeverDecreases) {
  std::mt19937 rng(20240611);
  for (int trial = 0; trial < 200; ++trial) {
    const Timeline t = random_timeline(rng);
    for (Period p : {Period::month, Period::quarter, Period::year}) {
      const auto s = t.series(p);
      for (std::size_t i = 1; i < s.size(); ++i)
        ASSERT_LE(s[i - 1].cumulative.value_or_zero(), s[i].cumulative.value_or_zero()) << "trial " << trial;
    }
  }
}

TEST(PeriodAmount, PropertyPeriodsAddUpToTheAsOfTotal) {
  std::mt19937 rng(42);
  for (int trial = 0; trial < 200; ++trial) {
    const Timeline t = random_timeline(rng);
    for (const RoundFilter& f : {RoundFilter{}, RoundFilter::priced_rounds(), RoundFilter::only({Instrument::equity})})
      for (Period p : {Period::day, Period::month, Period::quarter, Period::year}) {
        const auto s = t.series(p, f);
        if (s.empty()) continue;
        ReportedMoney sum = ReportedMoney::exact(Money::zero(currencies::EUR));
        for (const auto& row : s) sum += row.raised;
        ASSERT_EQ(sum, t.raised_as_of(s.back().last_day, f)) << "trial " << trial << " " << to_string(p);
        ASSERT_EQ(s.back().cumulative, t.raised_total(f)) << "trial " << trial;
      }
  }
}

TEST(Step, PropertyLastStepIsTheTotal) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    const Timeline t = random_timeline(rng);
    const auto steps = t.steps();
    if (steps.empty()) continue;
    ASSERT_EQ(steps.back().cumulative, t.raised_total());
    for (const Step& s : steps) ASSERT_EQ(s.cumulative, t.raised_as_of(s.day));
  }
}

TEST(PeriodAmount, SeriesFromTheFirstRepresentableDay) {
  const auto y = Timeline(mistral()).series(Period::year, day("1400-01-01"), day("1400-12-31"));
  ASSERT_EQ(y.size(), 1u);
  EXPECT_EQ(y[0].cumulative, exact_eur_m(0));
}

TEST(PeriodAmount, TheLastPeriodOfTheCalendarEndsOn9999_12_31) {
  const Timeline t({Round{.id = "a", .type = RoundType::seed, .announced = day("9999-12-15"), .amount = exact_eur_m(1)}});
  EXPECT_EQ(t.series(Period::year),
            (std::vector<PeriodAmount>{
                {day("9999-01-01"), day("9999-12-31"), "9999", exact_eur_m(1), exact_eur_m(1)}}));
  ASSERT_EQ(t.series(Period::month).size(), 1u);
  EXPECT_EQ(t.series(Period::month).front().last_day, day("9999-12-31"));
}
