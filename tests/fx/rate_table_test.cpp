#include "fundline/fx/rate_table.hpp"

#include <string>
#include <type_traits>

#include <gtest/gtest.h>

#include "fx_message.hpp"

using namespace fundline;
using fundline::test::fx_message;

namespace {
const Currency EUR = currencies::EUR;
const Currency USD = currencies::USD;
const Currency GBP = currencies::GBP;
const Currency JPY = currencies::JPY;

Date day(const char* iso) { return parse_date(iso); }
Money eur(const char* amount) { return Money::parse(amount, EUR); }
Money usd(const char* amount) { return Money::parse(amount, USD); }

std::string data_file(const char* name) { return std::string(FUNDLINE_TEST_DATA_DIR) + "/fx/" + name; }

}  // namespace

static_assert(!std::is_convertible_v<EcbRates, RateTable>, "a table is built explicitly");
static_assert(std::is_copy_constructible_v<RateTable>);

TEST(RateTable, DocumentationExample) {
  const RateTable& ecb = RateTable::bundled();
  auto on = parse_date("2024-06-11");
  EXPECT_EQ(ecb.rate(USD, on).micro, 1073000);
  auto b = Money::from_major(600'000'000, EUR);
  EXPECT_EQ(ecb.convert(b, USD, on), usd("643800000.00"));
  auto five = Money::from_major(5, EUR);
  EXPECT_EQ(ecb.convert(five, USD, on), usd("5.36"));
  EXPECT_EQ(ecb.convert(five, USD, on, RoundingMode::half_up), usd("5.37"));
  EXPECT_EQ(ecb.rate(USD, parse_date("2024-06-15")).fixing_date, day("2024-06-14"));
  EXPECT_EQ(ecb.last_day(), day("2025-05-09"));
  EXPECT_EQ(fx_message([&] { (void)ecb.rate(USD, parse_date("2025-09-09")); }),
            "no EUR/USD rate on 2025-09-09: the table (bundled eurofxref-hist.csv) ends on 2025-05-09; load a newer "
            "ECB file, or accept the last fixing explicitly with accepting_dates_past_end()");
}

TEST(RateTable, BundledCoversTheWholeEcbHistory) {
  EXPECT_EQ(RateTable::bundled().first_day(), day("1999-01-04"));
  EXPECT_EQ(RateTable::bundled().last_day(), day("2025-05-09"));
  EXPECT_EQ(RateTable::bundled().source(), "bundled eurofxref-hist.csv");
}

TEST(RateTable, MistralRoundsAtTheirOwnDates) {
  const RateTable& ecb = RateTable::bundled();
  EXPECT_EQ(ecb.rate(USD, day("2023-06-13")).micro, 1079300);
  EXPECT_EQ(ecb.rate(USD, day("2023-12-11")).micro, 1075700);
  EXPECT_EQ(ecb.rate(USD, day("2024-02-26")).micro, 1085200);
  const Money total = ecb.convert(eur("105000000"), USD, day("2023-06-13")) +
                      ecb.convert(eur("385000000"), USD, day("2023-12-11")) +
                      ecb.convert(eur("600000000"), USD, day("2024-06-11"));
  EXPECT_EQ(total, usd("1171271000.00"));
}

TEST(RateTable, MicrosoftConvertibleInUsd) {
  EXPECT_EQ(RateTable::bundled().convert(eur("15000000"), USD, day("2024-02-26")), usd("16278000.00"));
}

TEST(RateTable, AsOfIsTheLatestFixingOnOrBeforeTheDay) {
  const RateTable& ecb = RateTable::bundled();
  EXPECT_EQ(ecb.rate(USD, day("2024-06-14")), (FxRate{USD, 1068600, day("2024-06-14")}));
  EXPECT_EQ(ecb.rate(USD, day("2024-06-16")), (FxRate{USD, 1068600, day("2024-06-14")}));  // Sunday
  EXPECT_EQ(ecb.rate(USD, day("2024-06-17")).fixing_date, day("2024-06-17"));
}

TEST(RateTable, EasterClosureUsesThursdaysFixing) {
  // No fixing from Good Friday to Easter Monday 2024: Monday is 4 days after Thursday.
  EXPECT_EQ(RateTable::bundled().rate(USD, day("2024-04-01")), (FxRate{USD, 1081100, day("2024-03-28")}));
}

TEST(RateTable, CrossRatesGoThroughEurWithOneRounding) {
  // USD 100 x 0.84198 / 1.073 = GBP 78.4697...
  EXPECT_EQ(RateTable::bundled().convert(usd("100"), GBP, day("2024-06-11")), Money::parse("78.47", GBP));
}

TEST(RateTable, ZeroDecimalCurrencies) {
  const RateTable& ecb = RateTable::bundled();
  EXPECT_EQ(ecb.convert(eur("1"), JPY, day("2024-06-11")), Money::parse("168", JPY));  // 168.46
  EXPECT_EQ(ecb.convert(Money::parse("1000", JPY), EUR, day("2024-06-11")), eur("5.94"));  // 5.9361...
}

TEST(RateTable, RoundingModeDecidesTies) {
  const RateTable& ecb = RateTable::bundled();
  // EUR 5.00 x 1.073 = USD 5.365 exactly.
  EXPECT_EQ(ecb.convert(eur("5"), USD, day("2024-06-11"), RoundingMode::half_even), usd("5.36"));
  EXPECT_EQ(ecb.convert(eur("5"), USD, day("2024-06-11"), RoundingMode::half_up), usd("5.37"));
  EXPECT_EQ(ecb.convert(eur("5"), USD, day("2024-06-11"), RoundingMode::down), usd("5.36"));
  const Money minus_five = Money::parse("-5", EUR, Sign::any);
  EXPECT_EQ(ecb.convert(minus_five, USD, day("2024-06-11"), RoundingMode::half_up), Money::parse("-5.37", USD, Sign::any));
}

TEST(RateTable, EurNeedsNoRateOnAnyDay) {
  EXPECT_EQ(RateTable::bundled().rate(EUR, day("2030-01-01")), (FxRate{EUR, 1000000, day("2030-01-01")}));
  EXPECT_EQ(RateTable{}.convert(eur("7"), EUR, day("1990-01-01")), eur("7"));
}

TEST(RateTable, SameCurrencyNeedsNoRate) {
  EXPECT_EQ(RateTable::bundled().convert(usd("12.34"), USD, day("2030-01-01")), usd("12.34"));
}

TEST(RateTable, DateBeforeTheFirstFixingIsAnError) {
  EXPECT_EQ(fx_message([] { (void)RateTable::bundled().rate(USD, day("1998-12-31")); }),
            "no EUR/USD rate on 1998-12-31: the first USD fixing in the table (bundled eurofxref-hist.csv) is "
            "1999-01-04");
}

TEST(RateTable, CurrencyWithoutRatesIsAnError) {
  const Currency aed = Currency::from_code("AED");
  EXPECT_EQ(fx_message([&] { (void)RateTable::bundled().convert(eur("1"), aed, day("2024-06-11")); }),
            "no EUR/AED rate on 2024-06-11: the table (bundled eurofxref-hist.csv) has no AED rates");
  EXPECT_FALSE(RateTable::bundled().can_convert(aed, day("2024-06-11")));
}

TEST(RateTable, RetiredCurrencyGoesStale) {
  const Currency cyp = Currency::from_code("CYP");
  EXPECT_EQ(RateTable::bundled().rate(cyp, day("2007-12-31")).micro, 585274);
  EXPECT_EQ(fx_message([&] { (void)RateTable::bundled().rate(cyp, day("2024-06-11")); }),
            "no EUR/CYP rate on 2024-06-11: the latest CYP fixing is 2007-12-31, 6007 days earlier, beyond the "
            "staleness window of 7 days (the ECB published no CYP rate after it)");
}

TEST(RateTable, StalenessWindowIsConfigurable) {
  const RateTable strict = RateTable::load(data_file("eurofxref-hist-mini.csv")).with_max_staleness(0);
  EXPECT_EQ(strict.max_staleness_days(), 0);
  EXPECT_TRUE(strict.can_convert(USD, day("2024-06-07")));
  EXPECT_FALSE(strict.can_convert(USD, day("2024-06-08")));  // Saturday: Friday's fixing is a day old
  EXPECT_TRUE(strict.with_max_staleness(2).can_convert(USD, day("2024-06-09")));
  EXPECT_THROW((void)strict.with_max_staleness(-1), fx_error);
}

TEST(RateTable, DatesPastTheLastDayAreErrorsUnlessAccepted) {
  const RateTable& ecb = RateTable::bundled();
  EXPECT_FALSE(ecb.can_convert(USD, day("2025-05-10")));
  const RateTable lenient = ecb.accepting_dates_past_end();
  const Conversion c = lenient.convert_detailed(eur("100"), USD, day("2025-05-12"));
  EXPECT_EQ(c.to, usd("112.52"));
  EXPECT_EQ(c.to_rate.fixing_date, day("2025-05-09"));
  EXPECT_TRUE(c.stale);
  EXPECT_EQ(fmt::format("{}", c),
            "EUR 100.00 = USD 112.52 on 2025-05-12 (USD 1.1252 per EUR (fixing of 2025-05-09), half_even) [stale rate]");
  // The staleness window still applies past the end.
  EXPECT_FALSE(lenient.can_convert(USD, day("2025-09-09")));
  EXPECT_TRUE(lenient.with_max_staleness(365).can_convert(USD, day("2025-09-09")));
}

TEST(RateTable, ConversionsInsideTheTableAreNotStale) {
  EXPECT_FALSE(RateTable::bundled().convert_detailed(eur("1"), USD, day("2024-06-11")).stale);
}

TEST(RateTable, MissingDateIsAnError) {
  EXPECT_EQ(fx_message([] { (void)RateTable::bundled().convert(eur("1"), USD, Date()); }),
            "no EUR/USD rate: the conversion has no date");
}

TEST(RateTable, LoadsTheHistoryFormat) {
  const RateTable mini = RateTable::load(data_file("eurofxref-hist-mini.csv"));
  EXPECT_EQ(mini.first_day(), day("2024-06-03"));
  EXPECT_EQ(mini.last_day(), day("2024-06-14"));
  EXPECT_EQ(mini.rate(GBP, day("2024-06-11")).micro, 841980);
  EXPECT_EQ(mini.currencies(), (std::vector<Currency>{EUR, GBP, JPY, USD}));  // CYP has only N/A
}

TEST(RateTable, LoadsTheDailyFormat) {
  const RateTable daily = RateTable::load(data_file("eurofxref.csv"));
  EXPECT_EQ(daily.first_day(), day("2025-05-09"));
  EXPECT_EQ(daily.last_day(), day("2025-05-09"));
  EXPECT_EQ(daily.rate(USD, day("2025-05-09")), RateTable::bundled().rate(USD, day("2025-05-09")));
  EXPECT_EQ(daily.rate(Currency::from_code("IDR"), day("2025-05-09")).micro, 18606590000);
  EXPECT_EQ(daily.currencies().size(), 31u);  // 30 columns and EUR
}

TEST(RateTable, LoadErrorsNameTheFile) {
  EXPECT_THROW((void)RateTable::load(data_file("no-such-file.csv")), error);
}

TEST(RateTable, MergedWithANewerDailyFile) {
  const RateTable newer{parse_ecb_csv("Date, USD, \n12 May 2025, 1.1106, \n", "eurofxref.csv")};
  const RateTable merged = RateTable::bundled().merged_with(newer);
  EXPECT_EQ(merged.last_day(), day("2025-05-12"));
  EXPECT_EQ(merged.rate(USD, day("2025-05-12")).micro, 1110600);
  EXPECT_EQ(merged.rate(USD, day("2025-05-09")).micro, 1125200);
  EXPECT_EQ(merged.source(), "bundled eurofxref-hist.csv + eurofxref.csv");
  // GBP was not in the newer file: it has no fixing on the 12th, but is fresh enough.
  EXPECT_EQ(merged.rate(GBP, day("2025-05-12")).fixing_date, day("2025-05-09"));
}

TEST(RateTable, NewerTableWinsOnACommonDay) {
  const RateTable newer{parse_ecb_csv("Date,USD,\n2024-06-11,1.5,\n", "corrected.csv")};
  EXPECT_EQ(RateTable::bundled().merged_with(newer).rate(USD, day("2024-06-11")).micro, 1500000);
}

TEST(RateTable, EmptyTableConvertsOnlyEur) {
  const RateTable none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(fx_message([&] { (void)none.convert(eur("1"), USD, day("2024-06-11")); }),
            "no EUR/USD rate on 2024-06-11: the table (empty rate table) has no USD rates");
  EXPECT_THROW((void)none.first_day(), fx_error);
}

TEST(RateTable, ConversionNamesItsRates) {
  const Conversion c = RateTable::bundled().convert_detailed(usd("100"), GBP, day("2024-06-11"));
  EXPECT_EQ(c.from_rate, (FxRate{USD, 1073000, day("2024-06-11")}));
  EXPECT_EQ(c.to_rate, (FxRate{GBP, 841980, day("2024-06-11")}));
  EXPECT_EQ(fmt::format("{}", c),
            "USD 100.00 = GBP 78.47 on 2024-06-11 (USD 1.073 per EUR (fixing of 2024-06-11); GBP 0.84198 per EUR "
            "(fixing of 2024-06-11), half_even)");
}

TEST(FxRate, PrintsExactDecimal) {
  EXPECT_EQ(fmt::format("{}", FxRate{USD, 1073000, day("2024-06-11")}), "USD 1.073 per EUR (fixing of 2024-06-11)");
  EXPECT_EQ(rate_to_decimal(1000000), "1.0");
  EXPECT_EQ(rate_to_decimal(18606590000), "18606.59");
  EXPECT_EQ(rate_to_decimal(585274), "0.585274");
}

TEST(RateTable, MicroOnDayNumbersFollowsTheSameRules) {
  const RateTable& ecb = RateTable::bundled();
  EXPECT_EQ(ecb.micro_on(USD, to_day_number(day("2024-06-16"))), 1068600);
  EXPECT_EQ(ecb.micro_on(EUR, 0), 1000000);
  EXPECT_EQ(fx_message([&] { (void)ecb.micro_on(USD, to_day_number(day("2025-09-09"))); }),
            fx_message([&] { (void)ecb.rate(USD, day("2025-09-09")); }));
}

TEST(RateTable, PropertyAsOfMatchesALinearScan) {
  // The per-day index against the definition, on the whole bundled history.
  const EcbRates& ecb = bundled_ecb_rates();
  const RateTable table = RateTable::bundled().with_max_staleness(100000);
  for (std::size_t col = 0; col < ecb.currencies.size(); col += 5) {
    const Currency c = ecb.currencies[col];
    std::size_t published = 0;  // ECB days on or before d
    for (DayNumber d = ecb.days.front(); d <= ecb.days.back(); d += 3) {
      while (published < ecb.days.size() && ecb.days[published] <= d) ++published;
      // The latest non-N/A fixing on or before d, by scanning back.
      std::int64_t expected = 0;
      for (std::size_t k = published; k-- > 0;)
        if (ecb.micro[col][k] > 0) {
          expected = ecb.micro[col][k];
          break;
        }
      if (expected == 0) {
        ASSERT_FALSE(table.can_convert(c, from_day_number(d))) << c << " " << d;
      } else {
        ASSERT_EQ(table.micro_on(c, d), expected) << c << " " << to_iso(from_day_number(d));
      }
    }
  }
}

TEST(RateTable, SparseTablesFallBackToBinarySearch) {
  const RateTable sparse{parse_ecb_csv("Date,USD,\n2024-06-11,1.073,\n1999-01-04,1.1789,\n", "sparse.csv")};
  const RateTable lenient = sparse.with_max_staleness(100000);
  EXPECT_EQ(lenient.rate(USD, day("2010-01-01")), (FxRate{USD, 1178900, day("1999-01-04")}));
  EXPECT_EQ(lenient.rate(USD, day("2024-06-11")).micro, 1073000);
  EXPECT_FALSE(sparse.can_convert(USD, day("2010-01-01")));
}
