#include "fundline/engine/comparison.hpp"

#include <gtest/gtest.h>

#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::eur_m;
using fundline::test::mistral;

namespace {
Date day(const char* iso) { return parse_date(iso); }
ReportedMoney exact_eur_m(std::int64_t millions) { return ReportedMoney::exact(eur_m(millions)); }
}  // namespace

TEST(Milestone, DocumentationExample) {
  const Timeline t(mistral());
  auto m = time_to_reach(t, Money::from_major(1'000'000'000, currencies::EUR), Anchor::founding);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->reached, day("2024-06-11"));
  EXPECT_EQ(m->round, 3u);
  EXPECT_EQ(m->days, 437);
  EXPECT_EQ(m->months, 14);
  EXPECT_EQ(m->cumulative, exact_eur_m(1105));
  EXPECT_EQ(time_to_reach(t, eur_m(1000), Anchor::first_round)->months, 11);
  EXPECT_EQ(fmt::format("{}", *m), "2024-06-11, 14 months (437 days): EUR 1105000000.00");
}

TEST(Milestone, NotReached) {
  EXPECT_EQ(time_to_reach(Timeline(mistral()), eur_m(5000), Anchor::founding), std::nullopt);
}

TEST(Milestone, ThresholdInAnotherCurrencyIsAnError) {
  EXPECT_THROW((void)time_to_reach(Timeline(mistral()), Money::from_major(1, currencies::USD), Anchor::founding),
               currency_mismatch);
}

TEST(Milestone, FoundingAnchorNeedsAFoundingDate) {
  try {
    (void)align(Timeline(mistral().rounds, std::nullopt, "Nameless"), Anchor::founding);
    FAIL() << "expected an error";
  } catch (const error& e) {
    EXPECT_STREQ(e.what(), "\"Nameless\" has no founding date to align on");
  }
}

TEST(Milestone, AlignOnFirstRound) {
  const auto a = align(Timeline(mistral()), Anchor::first_round, RoundFilter::priced_rounds());
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].days, 0);
  EXPECT_EQ(a[1].days, 181);
  EXPECT_EQ(a[2].round, 3u);
  EXPECT_EQ(a[2].cumulative, exact_eur_m(1090));
  EXPECT_EQ(a[3].months, 26);
}

TEST(Milestone, SameDayRoundsReachTogether) {
  const Timeline t({Round{.id = "a", .type = RoundType::seed, .announced = day("2020-03-01"), .amount = exact_eur_m(6)},
                    Round{.id = "b", .type = RoundType::seed, .announced = day("2020-03-01"), .amount = exact_eur_m(6)}},
                   PartialDate::year(2020));
  const auto m = time_to_reach(t, eur_m(10), Anchor::founding);
  EXPECT_EQ(m->round, 1u);
  EXPECT_EQ(m->cumulative, exact_eur_m(12));
  EXPECT_EQ(m->days, 60);
}

TEST(Milestone, CompareRanksFastestFirst) {
  const Timeline slow({Round{.id = "a", .type = RoundType::seed, .announced = day("2020-01-01"), .amount = exact_eur_m(2000)}},
                      PartialDate::year(2015), "Slow");
  const Timeline never({Round{.id = "a", .type = RoundType::seed, .announced = day("2020-01-01"), .amount = exact_eur_m(1)}},
                       PartialDate::year(2019), "Never");
  const auto rows = compare_time_to_reach({never, slow, Timeline(mistral())}, eur_m(1000), Anchor::founding);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].company, "Mistral AI");
  EXPECT_EQ(rows[1].company, "Slow");
  EXPECT_EQ(rows[1].milestone->months, 60);
  EXPECT_EQ(rows[2].company, "Never");
  EXPECT_EQ(rows[2].milestone, std::nullopt);
}
