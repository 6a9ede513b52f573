#include "fundline/engine/round_filter.hpp"

#include <type_traits>

#include <gtest/gtest.h>

#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::eur_m;

static_assert(std::is_trivially_copyable_v<RoundFilter>);
static_assert(RoundFilter{}.counts_everything());
static_assert(!RoundFilter::priced_rounds().includes_type(RoundType::convertible_note));

TEST(RoundFilter, DocumentationExample) {
  RoundFilter all;
  auto priced = RoundFilter::priced_rounds();
  EXPECT_FALSE(priced.includes_type(RoundType::convertible_note));
  auto equity = RoundFilter::only({Instrument::equity});
  auto priced_equity = priced.and_only({Instrument::equity});
  auto seeds = RoundFilter::of_types({RoundType::pre_seed, RoundType::seed});
  const Round b = fundline::test::mistral().rounds[3];
  EXPECT_EQ(all.amount_of(b), ReportedMoney::exact(eur_m(600)));
  EXPECT_EQ(equity.amount_of(b), ReportedMoney::exact(eur_m(468)));
  EXPECT_EQ(priced_equity.amount_of(b), ReportedMoney::exact(eur_m(468)));
  EXPECT_EQ(seeds.amount_of(b), ReportedMoney::exact(eur_m(0)));
}

TEST(RoundFilter, PricedRoundsAreTheEquityTypes) {
  const auto priced = RoundFilter::priced_rounds();
  EXPECT_TRUE(priced.includes_type(RoundType::seed));
  EXPECT_TRUE(priced.includes_type(RoundType::series_j));
  EXPECT_TRUE(priced.includes_type(RoundType::corporate_round));
  EXPECT_FALSE(priced.includes_type(RoundType::debt_financing));
  EXPECT_FALSE(priced.includes_type(RoundType::grant));
  EXPECT_FALSE(priced.includes_type(RoundType::undisclosed));
}

TEST(RoundFilter, UntranchedRoundIsInItsDefaultInstrument) {
  const Round note{.id = "n", .type = RoundType::convertible_note, .announced = parse_date("2024-02-26"), .amount = ReportedMoney::exact(eur_m(15))};
  EXPECT_EQ(RoundFilter::only({Instrument::convertible}).amount_of(note), ReportedMoney::exact(eur_m(15)));
  EXPECT_EQ(RoundFilter::only({Instrument::equity}).amount_of(note), ReportedMoney::exact(eur_m(0)));
}

TEST(RoundFilter, FiltersNarrow) {
  const auto f = RoundFilter::of_types({RoundType::seed, RoundType::grant}).and_types({RoundType::grant});
  EXPECT_FALSE(f.includes_type(RoundType::seed));
  EXPECT_TRUE(f.includes_type(RoundType::grant));
  EXPECT_FALSE(RoundFilter::only({Instrument::debt}).and_only({Instrument::equity}).includes_instrument(Instrument::debt));
}
