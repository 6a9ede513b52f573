// One FX rule for both conversion paths: RateTable (one amount) and
// Dataset::convert_to (millions of rounds) give the same cents or the same
// refusal for any currency, day and amount.
#include "fundline/fx/fx_policy.hpp"

#include <random>
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "fundline/dataset/dataset.hpp"
#include "fundline/fx/rate_table.hpp"

using namespace fundline;

namespace {

Date day(const char* s) { return parse_date(s); }

// One round in a Dataset, converted; or the refusal.
struct Outcome {
  std::int64_t minor = 0;
  FxFailure refused = FxFailure::other;
  Date fixing;  // of a stale or retired refusal
  bool ok = false;
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

std::string minor_text(std::int64_t minor, int exponent) {
  if (exponent == 0) return std::to_string(minor);
  const std::int64_t scale = detail::pow10(exponent);
  return fmt::format("{}.{:0{}}", minor / scale, minor % scale, exponent);
}

Outcome through_rate_table(const RateTable& table, Money amount, Currency to, Date on) {
  try {
    return {table.convert(amount, to, on, RoundingMode::half_up).minor_units(), FxFailure::other, Date(), true};
  } catch (const fx_error& e) {
    return {0, e.reason(), e.refusal().fixing, false};
  }
}

Outcome through_dataset(const RateTable& table, Money amount, Currency to, Date on) {
  const auto ds = Dataset::parse_odm_csv(
      fmt::format("company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
                  "c,{},,{},{}\n",
                  to_iso(on), minor_text(amount.minor_units(), amount.currency().exponent()), amount.currency().code()),
      "one.csv");
  try {
    return {ds.convert_to(to, table, RoundingMode::half_up).amounts()[0], FxFailure::other, Date(), true};
  } catch (const fx_error& e) {
    return {0, e.reason(), e.refusal().fixing, false};
  }
}

}  // namespace

TEST(FxPolicy, DocumentationExample) {
  FxPolicy p;
  EXPECT_EQ(p, FxPolicy::standard());
  EXPECT_EQ(p.max_staleness_days, 7);
  EXPECT_FALSE(p.accept_dates_past_end);
  EXPECT_EQ(FxPolicy::latest_fixing_any_age().max_staleness_days, FxPolicy::unlimited);
  EXPECT_EQ(RateTable::bundled()
                .with_policy(FxPolicy::latest_fixing_any_age())
                .convert(Money::from_major(1000, Currency::from_code("CYP")), currencies::EUR, day("2020-06-11")),
            Money::parse("1708.60", currencies::EUR));
}

TEST(FxPolicy, RateTableHoldsOnePolicy) {
  const RateTable& ecb = RateTable::bundled();
  EXPECT_EQ(ecb.policy(), FxPolicy::standard());
  EXPECT_EQ(ecb.with_max_staleness(30).policy(), (FxPolicy{30, false}));
  EXPECT_EQ(ecb.accepting_dates_past_end().policy(), (FxPolicy{7, true}));
  EXPECT_EQ(ecb.with_policy(FxPolicy{3, true}).max_staleness_days(), 3);
  EXPECT_THROW((void)ecb.with_policy(FxPolicy{-1, false}), fx_error);
}

TEST(FxPolicy, RetiredCurrencyIsRefusedByBothPaths) {
  // The Dataset used to convert 1000 CYP on 2020-06-11 at the 2007 fixing.
  const Money cyp = Money::from_major(1000, Currency::from_code("CYP"));
  const Outcome expected{0, FxFailure::retired, day("2007-12-31"), false};
  EXPECT_EQ(through_rate_table(RateTable::bundled(), cyp, currencies::EUR, day("2020-06-11")), expected);
  EXPECT_EQ(through_dataset(RateTable::bundled(), cyp, currencies::EUR, day("2020-06-11")), expected);
}

TEST(FxPolicy, RoubleAfterTheEcbSuspendedItIsRefusedByBothPaths) {
  // 1,000,000 RUB on 2023-06-13: the last RUB fixing is 2022-03-01, 469 days earlier.
  const Money rub = Money::from_major(1'000'000, Currency::from_code("RUB"));
  const Outcome expected{0, FxFailure::retired, day("2022-03-01"), false};
  EXPECT_EQ(through_rate_table(RateTable::bundled(), rub, currencies::EUR, day("2023-06-13")), expected);
  EXPECT_EQ(through_dataset(RateTable::bundled(), rub, currencies::EUR, day("2023-06-13")), expected);
}

TEST(FxPolicy, RefusalCarriesTypedFields) {
  try {
    (void)RateTable::bundled().rate(Currency::from_code("RUB"), day("2023-06-13"));
    FAIL() << "expected fx_error";
  } catch (const fx_error& e) {
    const FxRefusal& r = e.refusal();
    EXPECT_EQ(r.reason, FxFailure::retired);
    EXPECT_EQ(r.currency, "RUB");
    EXPECT_EQ(r.requested, day("2023-06-13"));
    EXPECT_EQ(r.fixing, day("2022-03-01"));
    EXPECT_EQ(r.table_last_day, day("2025-05-09"));
    EXPECT_EQ(r.max_staleness_days, 7);
    EXPECT_EQ(r.table, "bundled eurofxref-hist.csv");
    EXPECT_EQ(e.context(), "");
    EXPECT_EQ(e.in_context("company x").what(), std::string("company x: ") + e.what());
    EXPECT_EQ(e.in_context("company x").reason(), FxFailure::retired);
  }
}

TEST(FxPolicy, StaleIsNotRetiredWhenTheCurrencyLaterResumes) {
  // A hand-made table: USD has a gap of ten days, then fixes again.
  const RateTable t(parse_ecb_csv("Date,USD,\n2024-06-20,1.07,\n2024-06-10,1.08,\n", "gap.csv"));
  try {
    (void)t.rate(currencies::USD, day("2024-06-19"));
    FAIL() << "expected fx_error";
  } catch (const fx_error& e) {
    EXPECT_EQ(e.reason(), FxFailure::stale);
    EXPECT_EQ(e.refusal().fixing, day("2024-06-10"));
  }
}

TEST(FxPolicy, PropertyBothPathsGiveTheSameCentsOrTheSameRefusal) {
  const RateTable& ecb = RateTable::bundled();
  const std::vector<Currency> currencies = ecb.currencies();
  const std::vector<Currency> targets{currencies::EUR, currencies::USD, Currency::from_code("JPY")};
  const DayNumber first = days_from_civil(1998, 11, 1), last = days_from_civil(2025, 7, 31);
  std::mt19937_64 rng(20230613);
  for (const FxPolicy policy : {FxPolicy::standard(), FxPolicy::latest_fixing_any_age(), FxPolicy{30, true}}) {
    const RateTable table = ecb.with_policy(policy);
    std::size_t converted = 0, refused = 0;
    for (int i = 0; i < 1500; ++i) {
      const Currency from = currencies[rng() % currencies.size()];
      const Currency to = targets[rng() % targets.size()];
      const Date on = from_day_number(first + static_cast<DayNumber>(rng() % static_cast<std::uint64_t>(last - first)));
      const Money amount = Money::from_minor(static_cast<std::int64_t>(rng() % 10'000'000'000'000), from);
      const Outcome a = through_rate_table(table, amount, to, on);
      const Outcome b = through_dataset(table, amount, to, on);
      ASSERT_EQ(a, b) << amount << " to " << to << " on " << to_iso(on) << " (max staleness "
                      << policy.max_staleness_days << ")";
      (a.ok ? converted : refused) += 1;
    }
    // Both outcomes are drawn often enough to mean something.
    EXPECT_GT(converted, 300u);
    EXPECT_GT(refused, 100u);
  }
}
