#include "fundline/engine/convention.hpp"

#include <gtest/gtest.h>

#include "fundline/engine/timeline.hpp"
#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::eur_m;
using fundline::test::mistral;

namespace {
Date day(const char* iso) { return parse_date(iso); }
Money usd(const char* amount) { return Money::parse(amount, currencies::USD); }

template <typename F>
std::string fx_message(F f) {
  try {
    f();
  } catch (const fx_error& e) {
    return e.what();
  }
  return "";
}
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
