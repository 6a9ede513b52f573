#include "fundline/engine/convention.hpp"

#include <gtest/gtest.h>

#include "fundline/engine/timeline.hpp"
#include "../fx/fx_message.hpp"
#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::eur_m;
using fundline::test::fx_message;
using fundline::test::mistral;

namespace {
Date day(const char* iso) { return parse_date(iso); }
Money usd(const char* amount) { return Money::parse(amount, currencies::USD); }
}  // namespace

TEST(Convention, DocumentationExample) {
  auto seed = ReportedMoney::more_than(Money::from_major(105'000'000, currencies::EUR));
  EXPECT_EQ(convert_reported(RateTable::bundled(), seed, currencies::USD, parse_date("2023-06-13")),
            ReportedMoney::more_than(usd("113326500.00")));
  EXPECT_EQ(Convention::historical().day_for(day("2023-06-13")), day("2023-06-13"));
  EXPECT_EQ(Convention::constant(day("2024-06-11")).day_for(day("2023-06-13")), day("2024-06-11"));
  EXPECT_EQ(fmt::format("{}", Convention::constant(day("2024-06-11"))), "constant currency at 2024-06-11");
  EXPECT_EQ(fmt::format("{}", Convention::historical()), "historical (each round at its own date)");
}

TEST(Convention, MistralThreeRoundsAtTheirOwnDates) {
  Company c = mistral();
  c.rounds.erase(c.rounds.begin() + 2);  // the three priced rounds of 2023-2024
  c.rounds.pop_back();
  const Timeline usd_timeline = Timeline(c).converted(currencies::USD, Convention::historical());
  EXPECT_EQ(usd_timeline.currency(), currencies::USD);
  EXPECT_EQ(usd_timeline.raised_total(), ReportedMoney::exact(usd("1171271000.00")));
  EXPECT_EQ(usd_timeline.raised_as_of(day("2023-12-11")), ReportedMoney::exact(usd("527471000.00")));
}

TEST(Convention, MicrosoftConvertibleInUsd) {
  const Timeline t = Timeline(mistral()).as_of(day("2024-06-11")).converted(currencies::USD, Convention::historical());
  EXPECT_EQ(t.rounds()[2].amount, ReportedMoney::exact(usd("16278000.00")));
  EXPECT_EQ(t.raised_total(), ReportedMoney::exact(usd("1187549000.00")));
}

TEST(Convention, ConstantCurrencyUsesOneDate) {
  const Timeline t =
      Timeline(mistral()).as_of(day("2024-06-11")).converted(currencies::USD, Convention::constant(day("2024-06-11")));
  EXPECT_EQ(t.raised_total(), ReportedMoney::exact(usd("1185665000.00")));  // EUR 1105M x 1.073
}

TEST(Convention, TranchesAndValuationsAreConverted) {
  const Timeline t = Timeline(mistral()).as_of(day("2024-06-11")).converted(currencies::USD, Convention::historical());
  const Round& b = t.rounds()[3];
  EXPECT_EQ(b.amount_in(Instrument::equity), ReportedMoney::exact(usd("502164000.00")));  // 468M x 1.073
  EXPECT_EQ(b.amount_in(Instrument::debt), ReportedMoney::exact(usd("141636000.00")));    // 132M x 1.073
  EXPECT_EQ(b.post_money, ReportedMoney::exact(usd("6223400000.00")));
  EXPECT_EQ(t.rounds()[1].post_money, ReportedMoney::approximately(usd("2000000000.00")));  // already USD
}

TEST(Convention, RoundAfterTheLastFixingIsAnErrorNamingIt) {
  EXPECT_EQ(fx_message([] { (void)Timeline(mistral()).converted(currencies::USD, Convention::historical()); }),
            "Mistral AI, round \"series-c\" (2025-09-09): no EUR/USD rate on 2025-09-09: the table (bundled "
            "eurofxref-hist.csv) ends on 2025-05-09; load a newer ECB file, or accept the last fixing explicitly "
            "with accepting_dates_past_end()");
}

TEST(Convention, CurrencyWithoutRateIsAnError) {
  const Timeline t({Round{.id = "x", .type = RoundType::seed, .announced = day("2024-06-11"),
                          .amount = ReportedMoney::exact(Money::from_major(5, Currency::from_code("AED")))}});
  EXPECT_EQ(fx_message([&] { (void)t.converted(currencies::EUR, Convention::historical()); }),
            "round \"x\" (2024-06-11): no EUR/AED rate on 2024-06-11: the table (bundled eurofxref-hist.csv) has no "
            "AED rates");
}

TEST(Convention, UndisclosedStaysUndisclosed) {
  EXPECT_EQ(convert_reported(RateTable{}, ReportedMoney::undisclosed(currencies::EUR), currencies::USD, day("2024-06-11")),
            ReportedMoney::undisclosed(currencies::USD));
}

TEST(Convention, RangesConvertBothEnds) {
  EXPECT_EQ(convert_reported(RateTable::bundled(), ReportedMoney::between(eur_m(10), eur_m(15)), currencies::USD,
                             day("2024-06-11")),
            ReportedMoney::between(usd("10730000"), usd("16095000")));
}

TEST(Convention, EmptyTimelineTakesTheTargetCurrency) {
  EXPECT_EQ(Timeline().converted(currencies::USD, Convention::historical()).raised_total(),
            ReportedMoney::exact(usd("0")));
}

TEST(Convention, RoundingModeIsApplied) {
  const Timeline t({Round{.id = "x", .type = RoundType::seed, .announced = day("2024-06-11"),
                          .amount = ReportedMoney::exact(Money::from_major(5, currencies::EUR))}});
  EXPECT_EQ(t.converted(currencies::USD, Convention::historical()).raised_total(), ReportedMoney::exact(usd("5.36")));
  EXPECT_EQ(t.converted(RateTable::bundled(), currencies::USD, Convention::historical(), RoundingMode::half_up)
                .raised_total(),
            ReportedMoney::exact(usd("5.37")));
}

namespace {
// A hand-made table on which cents do not convert evenly: 1 EUR = 1.5 USD.
RateTable one_and_a_half() { return RateTable(parse_ecb_csv("Date,USD,\n2024-06-11,1.5,\n", "test table")); }
Money eur_cents(std::int64_t cents) { return Money::from_minor(cents, currencies::EUR); }
Money usd_cents(std::int64_t cents) { return Money::from_minor(cents, currencies::USD); }
}  // namespace

TEST(Convention, ConvertedTranchesStillAddUpToTheAmount) {
  // Each EUR 0.01 is USD 0.015; three of them are USD 0.045, rounded to 0.04.
  const Round r{.id = "r", .type = RoundType::seed, .announced = day("2024-06-11"),
                .amount = ReportedMoney::exact(eur_cents(3)),
                .tranches = {{Instrument::equity, ReportedMoney::exact(eur_cents(1))},
                             {Instrument::debt, ReportedMoney::exact(eur_cents(1))},
                             {Instrument::grant, ReportedMoney::exact(eur_cents(1))}},
                .pre_money = ReportedMoney::exact(eur_cents(5)), .post_money = ReportedMoney::exact(eur_cents(6))};
  r.validate();
  const Round c = Timeline({r}).converted(one_and_a_half(), currencies::USD, Convention::historical()).rounds()[0];
  EXPECT_EQ(c.amount, ReportedMoney::exact(usd_cents(4)));
  EXPECT_EQ(c.tranches[0].amount, ReportedMoney::exact(usd_cents(2)));
  EXPECT_EQ(c.tranches[1].amount, ReportedMoney::exact(usd_cents(1)));
  EXPECT_EQ(c.tranches[2].amount, ReportedMoney::exact(usd_cents(1)));
  EXPECT_EQ(c.post_money, ReportedMoney::exact(usd_cents(9)));
  EXPECT_EQ(c.pre_money, ReportedMoney::exact(usd_cents(7)));  // 9 - 2, not 7.5 rounded to 8
  EXPECT_NO_THROW(c.validate());
}

TEST(Convention, ConversionsAreRecordedPerRound) {
  const Timeline t = Timeline(mistral()).as_of(day("2024-06-11")).converted(currencies::USD, Convention::historical());
  const auto seed = t.conversion_of(0);
  ASSERT_TRUE(seed);
  EXPECT_EQ(seed->to_rate, (FxRate{currencies::USD, 1079300, day("2023-06-13")}));
  EXPECT_FALSE(seed->stale);
  EXPECT_EQ(Timeline(mistral()).conversion_of(0), std::nullopt);
  EXPECT_EQ(t.as_of(day("2023-12-31")).conversion_of(1)->to.minor_units(), 41414450000);
  EXPECT_THROW((void)t.conversion_of(9), error);
}

TEST(Convention, StaleRatesOnlyWhenAskedAndVisible) {
  const RateTable lenient = RateTable::bundled().accepting_dates_past_end().with_max_staleness(200);
  const Timeline t = Timeline(mistral()).converted(lenient, currencies::USD, Convention::historical());
  EXPECT_TRUE(t.conversion_of(4)->stale);
  EXPECT_EQ(t.conversion_of(4)->to_rate.fixing_date, day("2025-05-09"));
  EXPECT_FALSE(t.conversion_of(3)->stale);
}

TEST(Convention, NamesItsDate) {
  EXPECT_EQ(Convention::constant(day("2024-06-11")).fixed_day(), day("2024-06-11"));
  EXPECT_EQ(Convention::historical().fixed_day(), std::nullopt);
  EXPECT_TRUE(Convention::historical().is_historical());
}
