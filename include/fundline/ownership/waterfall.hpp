// fundline/ownership/waterfall.hpp - who gets what at an exit, to the cent.
//
// run_waterfall() pays an exit value to a CapTable's shareholders by each
// class's LiquidationTerms:
// 1. Preferences, by seniority (highest first). A class's preference is
//    multiple x what each holding paid. Classes of equal seniority are pari
//    passu: when the money runs short they share it pro rata to their
//    preferences.
// 2. What is left goes to common, to classes that converted, and to
//    participating classes, pro rata to shares (1:1 as converted). A
//    participation cap bounds a participating holding's total (preference
//    included) at cap x paid; the excess is shared by the others.
// 3. A non-participating class (or a capped participating one) converts to
//    common when that pays it more; the choices are made class by class
//    until none would change (each evaluation is exact).
// Options and the unallocated pool are not shares and receive nothing
// (list exercised options as common holdings).
//
// Exact to the cent: every share of the exit is an exact Fraction of minor
// units; each holding gets its amount rounded down to the cent, and the cents
// left over (fewer than the number of holdings) go one each to the holdings
// with the largest remainders, ties to the holding listed first. The
// payouts always add up to the exit value exactly.
//
//   using namespace fundline;
//   auto usd = [](std::int64_t n) { return Money::from_major(n, currencies::USD); };
//   CapTable t(currencies::USD);
//   t.add_class({.name = "Common"});
//   t.add_class({.name = "Series A", .kind = ShareKind::preferred});   // 1x, non-participating
//   t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 8'000'000});
//   t.add_holding({.holder = "Fund", .share_class = "Series A", .shares = 2'000'000, .paid = usd(5'000'000)});
//   run_waterfall(t, usd(10'000'000)).total_for("Fund");   // USD 5000000.00 (preference: 5M > 20% of 10M)
//   run_waterfall(t, usd(50'000'000)).total_for("Fund");   // USD 10000000.00 (converts: 20% of 50M)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "fundline/core/money.hpp"
#include "fundline/ownership/cap_table.hpp"

namespace fundline {

struct HoldingPayout {
  std::string holder;
  std::string share_class;
  std::int64_t shares = 0;
  Money preference;     // from the liquidation preference
  Money participation;  // from sharing what was left
  Money total;
};

struct ClassPayout {
  std::string share_class;
  bool converted = false;  // a preferred class that took common instead
  Money total;
};

struct WaterfallResult {
  Money exit;
  std::vector<HoldingPayout> holdings;  // in the cap table's order (options and pool excluded)
  std::vector<ClassPayout> classes;     // in the cap table's order
  // The sum over a holder's holdings; zero when absent.
  [[nodiscard]] Money total_for(std::string_view holder) const;
  [[nodiscard]] Money total_for_class(std::string_view share_class) const;
};

// Throws currency_mismatch when exit is not in the table's currency, error
// when it is negative or when no holding has a share or a preference.
[[nodiscard]] WaterfallResult run_waterfall(const CapTable& table, Money exit);

}  // namespace fundline
