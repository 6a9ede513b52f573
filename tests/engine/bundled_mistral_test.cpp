// The engine over the bundled data set gives the numbers the README and the
// issue state, so the data file and the hand-built fixture cannot drift apart.
#include <gtest/gtest.h>

#include "fundline/engine/timeline.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/io/json.hpp"

using namespace fundline;

namespace {
Money eur(const char* amount) { return Money::parse(amount, currencies::EUR); }
}  // namespace

TEST(BundledMistral, RaisedOnePointZeroNineBillionInPricedRoundsByTheArticle) {
  const Timeline t(bundled_mistral());
  EXPECT_EQ(t.raised_as_of(parse_date("2024-06-11"), RoundFilter::priced_rounds()),
            ReportedMoney::exact(eur("1090000000")));
}

TEST(BundledMistral, BestTwelveMonthsIsTheArticlesYear) {
  const Timeline t = Timeline(bundled_mistral()).as_of(parse_date("2024-06-11"));
  const auto best = t.best_window(WindowLength::months(12), RoundFilter::priced_rounds());
  ASSERT_TRUE(best.has_value());
  EXPECT_EQ(fmt::format("{}", *best), "EUR 1090000000.00 from 2023-06-13 to 2024-06-11 (364 days, 3 rounds)");
}

TEST(BundledMistral, PricedRoundsInUsdAtHistoricalRates) {
  const Timeline usd =
      Timeline(bundled_mistral()).as_of(parse_date("2024-06-11")).converted(currencies::USD, Convention::historical());
  EXPECT_EQ(usd.raised_total(RoundFilter::priced_rounds()),
            ReportedMoney::exact(Money::parse("1171271000", currencies::USD)));
}

TEST(BundledMistral, SeriesCCannotBeConvertedWithTheBundledTable) {
  EXPECT_THROW((void)Timeline(bundled_mistral()).converted(currencies::USD, Convention::historical()), fx_error);
}
