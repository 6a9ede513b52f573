#include "fundline/engine/window.hpp"

#include <random>

#include <gtest/gtest.h>

#include "fundline/engine/timeline.hpp"
#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::day;
using fundline::test::eur_m;
using fundline::test::exact_eur_m;
using fundline::test::mistral;

namespace {
Round round_on(const char* id, const char* iso, ReportedMoney amount) {
  return Round{.id = id, .type = RoundType::seed, .announced = parse_date(iso), .amount = amount};
}
}  // namespace

TEST(FundingWindow, DocumentationExample) {
  const Timeline timeline(mistral());
  const auto w = timeline.as_of(day("2024-06-11")).best_window(WindowLength::months(12), RoundFilter::priced_rounds());
  ASSERT_TRUE(w);
  EXPECT_EQ(w->raised, exact_eur_m(1090));
  EXPECT_EQ(w->first_round_day, day("2023-06-13"));
  EXPECT_EQ(w->last_round_day, day("2024-06-11"));
  EXPECT_EQ(w->span_days(), 364);
  EXPECT_EQ(w->rounds, (std::vector<std::size_t>{0, 1, 3}));
  EXPECT_EQ(fmt::format("{}", WindowLength::days(365)), "365 days");
  EXPECT_EQ(fmt::format("{}", WindowLength::months(12)), "12 months");
  EXPECT_EQ(fmt::format("{}", *w), "EUR 1090000000.00 from 2023-06-13 to 2024-06-11 (364 days, 3 rounds)");
}

TEST(FundingWindow, EverythingAnnouncedIncludesTheConvertible) {
  const auto w = Timeline(mistral()).as_of(day("2024-06-11")).best_window(WindowLength::days(365));
  EXPECT_EQ(w->raised, exact_eur_m(1105));
}

TEST(FundingWindow, LatestTwelveMonthsOfMistralIsTheSeriesC) {
  const auto w = Timeline(mistral()).best_window(WindowLength::months(12));
  EXPECT_EQ(w->raised, exact_eur_m(1700));
  EXPECT_EQ(w->rounds, (std::vector<std::size_t>{4}));
  EXPECT_EQ(w->span_days(), 0);
}

TEST(FundingWindow, LengthIsInclusiveOfBothEnds) {
  // 2023-06-13 + 364 days is 2024-06-11: inside a 365-day window, outside a 364-day one.
  const Timeline t({round_on("a", "2023-06-13", exact_eur_m(1)), round_on("b", "2024-06-11", exact_eur_m(1))});
  EXPECT_EQ(t.best_window(WindowLength::days(365))->raised, exact_eur_m(2));
  EXPECT_EQ(t.best_window(WindowLength::days(364))->raised, exact_eur_m(1));
}

TEST(FundingWindow, TiesGoToTheEarliestWindow) {
  const Timeline t({round_on("a", "2020-01-01", exact_eur_m(5)), round_on("b", "2022-01-01", exact_eur_m(5))});
  EXPECT_EQ(t.best_window(WindowLength::months(1))->first_round_day, day("2020-01-01"));
}

TEST(FundingWindow, SameDayRoundsAreOneWindow) {
  const Timeline t({round_on("a", "2020-01-01", exact_eur_m(1)), round_on("b", "2020-01-01", exact_eur_m(2)),
                    round_on("c", "2020-01-05", exact_eur_m(3))});
  EXPECT_EQ(t.best_window(WindowLength::days(1))->raised, exact_eur_m(3));
  EXPECT_EQ(t.best_window(WindowLength::days(1))->rounds, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(t.best_window(WindowLength::days(5))->raised, exact_eur_m(6));
}

TEST(FundingWindow, UndisclosedRoundsCountAsZeroButKeepTheQualifier) {
  const Timeline t({round_on("a", "2020-01-01", exact_eur_m(1)),
                    round_on("b", "2020-01-02", ReportedMoney::undisclosed(currencies::EUR))});
  EXPECT_EQ(t.best_window(WindowLength::days(30))->raised, ReportedMoney::at_least(eur_m(1)));
}

TEST(FundingWindow, NoRoundsNoWindow) {
  EXPECT_EQ(Timeline().best_window(WindowLength::days(30)), std::nullopt);
  EXPECT_EQ(Timeline(mistral()).best_window(WindowLength::days(30), RoundFilter::of_types({RoundType::grant})),
            std::nullopt);
}

TEST(WindowLength, MustBePositive) {
  EXPECT_THROW((void)WindowLength::days(0), error);
  EXPECT_THROW((void)WindowLength::months(-1), error);
  EXPECT_EQ(WindowLength::months(1).last_day_from(day("2024-01-31")), day("2024-02-28"));
}

TEST(WindowLength, MonthsFromAMonthEndStopBeforeTheSameDayLater) {
  // Boost's month arithmetic snaps a month's last day to the next month's last day;
  // a window of N months must end the day before the same day N months later.
  EXPECT_EQ(WindowLength::months(1).last_day_from(day("2023-04-30")), day("2023-05-29"));
  EXPECT_EQ(WindowLength::months(12).last_day_from(day("2023-02-28")), day("2024-02-27"));
  EXPECT_EQ(WindowLength::months(12).last_day_from(day("2024-02-29")), day("2025-02-27"));
}

TEST(WindowLength, WindowsPast9999EndOnItsLastDay) {
  EXPECT_EQ(WindowLength::days(30).last_day_from(day("9999-12-15")), day("9999-12-31"));
  EXPECT_EQ(WindowLength::months(12).last_day_from(day("9999-06-01")), day("9999-12-31"));
}

TEST(FundingWindow, PropertyBeatsEveryWindowStartingOnARound) {
  std::mt19937 rng(99);
  std::uniform_int_distribution<int> count(1, 15), offset(0, 2000), millions(0, 500);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<Round> rounds;
    const int n = count(rng);
    for (int i = 0; i < n; ++i)
      rounds.push_back(Round{.id = std::to_string(i), .type = RoundType::seed,
                             .announced = day("2018-01-01") + boost::gregorian::days(offset(rng)),
                             .amount = exact_eur_m(millions(rng))});
    const Timeline t(rounds);
    const auto best = t.best_window(WindowLength::days(365));
    for (std::size_t i = 0; i < t.size(); ++i) {
      const Money here = t.raised_between(t.day_of(i), t.day_of(i) + boost::gregorian::days(364)).value_or_zero();
      ASSERT_LE(here, best->raised.value_or_zero()) << "trial " << trial;
    }
    ASSERT_EQ(best->raised, t.raised_between(best->first_round_day, best->first_round_day + boost::gregorian::days(364)));
  }
}
