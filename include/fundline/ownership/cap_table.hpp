// fundline/ownership/cap_table.hpp - an exact cap table: holders, classes, pool, SAFEs, notes, priced rounds.
//
// When share counts are known, ownership is bookkeeping plus one hard step:
// a priced round converts the outstanding SAFEs and notes and tops up the
// option pool, and each of those depends on the share count after the
// round, which depends on them. Spreadsheets iterate in floating point until
// the numbers settle; CapTable::price_round() solves it exactly.
//
// The model:
// - Holdings: a holder, a share class, a whole number of shares, and the
//   amount paid for them (what a liquidation preference multiplies).
// - Share classes: common, or preferred with liquidation terms
//   (waterfall.hpp reads them). Granted options are a holding in a class of
//   kind `option`; the unallocated pool is a number of shares.
// - Fully diluted shares = every holding (options included) + the pool.
// - SAFEs: post-money (YC's current form) or pre-money, with a valuation
//   cap, a discount, both (the holder gets the lower price), MFN (it takes
//   the terms of the later SAFE with the lowest cap, ties broken by the
//   higher discount; without such a SAFE it converts at the round price),
//   or neither (round price).
// - Convertible notes: principal plus simple interest from the issue date
//   to the round's date, principal x rate x days / basis under the stated
//   DayCount, rounded half-even to the minor unit; then they convert like a
//   pre-money SAFE of that amount (cap on the pre-round capitalization,
//   discount on the round price).
//
// Conversion at a priced round (exact, in Fractions; see docs/ownership.md):
//   E  fully diluted shares before the round (pool included)
//   S  the round's pre-money share count: E + pool top-up, plus every
//      conversion when `conversions_in_pre_money` (the NVCA and YC
//      post-money SAFE convention) - without it, the YC SAFE primer's
//   P  round price = pre-money / S
//   C  post-money SAFE capitalization = E + every conversion (no top-up)
//   K  pre-money SAFE / note capitalization = E + top-up (no conversion)
//   post-money SAFE cap price = cap / C; pre-money SAFE and note cap price
//   = cap / K; discount price = P x (1 - discount); the holder gets the
//   lowest of its prices, never above P.
//   With a pool target t, the top-up makes the unallocated pool t of the
//   post-money fully diluted count.
// Every share count is linear in (C, S) once each instrument's price is
// chosen; the engine solves that 2x2 system exactly, re-chooses prices from
// the solution, and repeats until the choice is stable (it throws error if
// it cycles). Then, with integers:
//   - the round price is pre-money / S rounded to `price_decimals` places
//     under `price_mode`; conversion prices (cap or discount) are rounded to
//     `conversion_price_decimals` under `conversion_price_mode`;
//   - every share count is the amount / price rounded down;
//   - the pool top-up is the least whole number of shares that brings the
//     unallocated pool to at least t of the post-money fully diluted count.
// Every issue is reported with its reason (cap, discount, round price, pool).
//
//   using namespace fundline;
//   // Y Combinator's SAFE primer: USD 100,000 SAFE, USD 8M cap, 15% discount;
//   // Series A USD 1M at USD 10M pre-money on 11,000,000 fully diluted shares.
//   auto usd = [](std::int64_t n) { return Money::from_major(n, currencies::USD); };
//   CapTable t(currencies::USD);
//   t.add_class({.name = "Common"});
//   t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 10'000'000});
//   t.set_pool(1'000'000);
//   t.add_safe({.holder = "SAFE investor", .amount = usd(100'000), .kind = SafeKind::pre_money,
//               .cap = usd(8'000'000), .discount = Fraction::from_percent(15)});
//   PricedRound a{.name = "Series A", .date = parse_date("2024-01-01"), .pre_money = usd(10'000'000),
//                 .investments = {{"Series A investors", usd(1'000'000)}},
//                 .conversions_in_pre_money = false, .price_decimals = 3, .conversion_price_decimals = 5};
//   RoundResult r = t.price_round(a);
//   r.price;                           // 909/1000 (USD 0.909)
//   r.issues[0].shares;                // 137500 (SAFE, at the cap price 0.72727)
//   r.issues[0].reason;                // IssueReason::cap
//   r.issues[1].shares;                // 1100110 (Series A investors at 0.909)
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/ownership/fraction.hpp"

namespace fundline {

enum class ShareKind : std::uint8_t { common, preferred, option };

// Liquidation terms of a preferred class (ignored for common and options).
struct LiquidationTerms {
  Fraction multiple = Fraction::one();  // 1x, 2x: times the amount paid
  bool participating = false;
  std::optional<Fraction> participation_cap;  // total received, as a multiple of the amount paid
  int seniority = 0;                          // higher is paid first; equal is pari passu
};

struct ShareClass {
  std::string name;
  ShareKind kind = ShareKind::common;
  LiquidationTerms terms;
};

struct Holding {
  std::string holder;
  std::string share_class;
  std::int64_t shares = 0;
  std::optional<Money> paid;  // what the shares cost; none for founders' common
};

enum class SafeKind : std::uint8_t { post_money, pre_money };

struct Safe {
  std::string holder;
  Money amount;
  SafeKind kind = SafeKind::post_money;
  std::optional<Money> cap;
  std::optional<Fraction> discount;  // 1/5 is 20% off the round price
  bool mfn = false;
  std::optional<Date> date;  // orders SAFEs for MFN; the order added when absent
};

enum class DayCount : std::uint8_t { actual_365, actual_360, thirty_360 };

[[nodiscard]] constexpr std::string_view to_string(DayCount d) noexcept {
  switch (d) {
    case DayCount::actual_365: return "actual/365";
    case DayCount::actual_360: return "actual/360";
    case DayCount::thirty_360: return "30/360";
  }
  return "?";
}

struct ConvertibleNote {
  std::string holder;
  Money principal;
  Fraction annual_rate;  // 8/100 for 8% a year, simple interest
  Date issued;
  DayCount day_count = DayCount::actual_365;
  std::optional<Money> cap;
  std::optional<Fraction> discount;
};

// Days and basis of a DayCount between two dates (30/360: US NASD rule).
struct AccrualPeriod {
  std::int64_t days = 0;
  std::int64_t basis = 365;
};
[[nodiscard]] AccrualPeriod accrual_period(Date from, Date to, DayCount count);
// principal x rate x days / basis, rounded half-even to the minor unit.
[[nodiscard]] Money simple_interest(Money principal, Fraction annual_rate, Date from, Date to, DayCount count);

struct Investment {
  std::string holder;
  Money amount;
};

struct PricedRound {
  std::string name;  // the new preferred class ("Series A")
  Date date;
  Money pre_money;
  std::vector<Investment> investments;
  std::optional<Fraction> pool_target;  // unallocated pool / post-money fully diluted
  bool conversions_in_pre_money = true;
  int price_decimals = 4;
  RoundingMode price_mode = RoundingMode::half_even;
  int conversion_price_decimals = 4;
  RoundingMode conversion_price_mode = RoundingMode::half_even;
  LiquidationTerms terms;  // of the new class; conversions get a sub-class with the same terms
};

enum class IssueReason : std::uint8_t { cap, discount, round_price, pool_top_up };

[[nodiscard]] constexpr std::string_view to_string(IssueReason r) noexcept {
  switch (r) {
    case IssueReason::cap: return "cap";
    case IssueReason::discount: return "discount";
    case IssueReason::round_price: return "round_price";
    case IssueReason::pool_top_up: return "pool_top_up";
  }
  return "?";
}

// One issue of shares by a priced round.
struct ShareIssue {
  std::string holder;
  std::string share_class;
  std::string instrument;   // "SAFE", "note", "investment", "pool"
  Money amount;             // converted or invested (notes: principal + interest); zero for the pool
  Money interest;           // notes only
  Fraction price;           // per share, in currency units; zero for the pool
  std::int64_t shares = 0;
  IssueReason reason = IssueReason::round_price;
  std::optional<Fraction> cap_price;       // the candidates, for the record
  std::optional<Fraction> discount_price;
};

struct RoundResult {
  std::string round;
  Fraction price;                      // rounded round price per share
  Fraction exact_price;                // pre-money / S before rounding
  std::int64_t shares_before = 0;      // fully diluted, pool included
  std::int64_t pre_money_shares = 0;   // S, in whole shares as issued
  std::int64_t shares_after = 0;       // fully diluted after the round
  std::int64_t pool_after = 0;
  std::vector<ShareIssue> issues;      // conversions in the order added, then investments, then the pool
};

class CapTable {
 public:
  explicit CapTable(Currency currency) : currency_(currency) {}

  // Throws error on a duplicate class, an unknown class, a negative count,
  // or an amount in another currency.
  void add_class(ShareClass c);
  void add_holding(Holding h);
  void set_pool(std::int64_t unallocated);
  void add_safe(Safe s);
  void add_note(ConvertibleNote n);

  // Converts every outstanding SAFE and note, tops up the pool, issues the
  // new class to the investors; see the header comment for the conventions.
  RoundResult price_round(const PricedRound& round);

  [[nodiscard]] Currency currency() const noexcept { return currency_; }
  [[nodiscard]] const std::vector<ShareClass>& classes() const noexcept { return classes_; }
  [[nodiscard]] const ShareClass& share_class(std::string_view name) const;
  [[nodiscard]] const std::vector<Holding>& holdings() const noexcept { return holdings_; }
  [[nodiscard]] std::int64_t pool() const noexcept { return pool_; }
  [[nodiscard]] const std::vector<Safe>& safes() const noexcept { return safes_; }
  [[nodiscard]] const std::vector<ConvertibleNote>& notes() const noexcept { return notes_; }
  // Every holding plus the pool.
  [[nodiscard]] std::int64_t fully_diluted() const;
  // Shares per holder (all classes, options included), in first-seen order.
  [[nodiscard]] std::vector<std::pair<std::string, std::int64_t>> shares_by_holder() const;

 private:
  void require_currency(Money m, std::string_view what) const;

  Currency currency_;
  std::vector<ShareClass> classes_;
  std::vector<Holding> holdings_;
  std::int64_t pool_ = 0;
  std::vector<Safe> safes_;
  std::vector<ConvertibleNote> notes_;
};

}  // namespace fundline
