// fundline/model/round.hpp - one funding round.
//
// A Round is what a company announced on a (possibly partial) date: its type
// in Crunchbase's vocabulary, the amount as reported, how that amount splits
// by instrument (equity, convertible, debt, grant), the valuation before and
// after, the investors with lead flags, and the sources.
//
// Rules:
// - No tranches means the whole amount is in the type's default instrument
//   (default_instrument(type)): a seed is equity, a convertible_note is
//   convertible, debt_financing is debt, a grant is a grant.
// - post-money = pre-money + equity amount. valuation() derives the missing
//   one when the other and the equity amount are known, carrying qualifiers
//   ("more than" stays "more than"), and says when the three disagree.
// - validate() throws inconsistent_data when the tranches do not add up to
//   an exact amount, when currencies are mixed, or when pre + equity != post.
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   Round b{.id = "series-b", .type = RoundType::series_b, .announced = parse_date("2024-06-11"),
//           .amount = ReportedMoney::exact(eur(600)),
//           .tranches = {{Instrument::equity, ReportedMoney::exact(eur(468))},
//                        {Instrument::debt, ReportedMoney::exact(eur(132))}},
//           .post_money = ReportedMoney::exact(eur(5800))};
//   b.amount_in(Instrument::equity);        // EUR 468000000.00
//   b.amount_in(Instrument::debt);          // EUR 132000000.00
//   b.valuation().pre_money;                // EUR 5332000000.00 (derived)
//   b.valuation().pre_money_derived;        // true
//   *b.implied_dilution();                  // 0.0806896... (468 / 5800, display only)
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/date.hpp"
#include "fundline/core/error.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/model/round_type.hpp"
#include "fundline/model/source.hpp"

namespace fundline {

enum class Instrument : std::uint8_t { equity, convertible, debt, grant };

inline constexpr std::array<Instrument, 4> all_instruments{Instrument::equity, Instrument::convertible,
                                                           Instrument::debt, Instrument::grant};

[[nodiscard]] constexpr std::string_view to_string(Instrument i) noexcept {
  switch (i) {
    case Instrument::equity: return "equity";
    case Instrument::convertible: return "convertible";
    case Instrument::debt: return "debt";
    case Instrument::grant: return "grant";
  }
  return "?";
}
[[nodiscard]] inline std::optional<Instrument> try_parse_instrument(std::string_view s) noexcept {
  for (auto i : all_instruments)
    if (to_string(i) == s) return i;
  return std::nullopt;
}
[[nodiscard]] inline Instrument parse_instrument(std::string_view s) {
  if (auto i = try_parse_instrument(s)) return *i;
  throw parse_error(fmt::format("unknown instrument \"{}\": expected equity, convertible, debt or grant", s));
}

[[nodiscard]] constexpr Instrument default_instrument(RoundType t) noexcept {
  switch (t) {
    case RoundType::convertible_note: return Instrument::convertible;
    case RoundType::debt_financing: case RoundType::post_ipo_debt: return Instrument::debt;
    case RoundType::grant: case RoundType::non_equity_assistance: return Instrument::grant;
    default: return Instrument::equity;
  }
}

struct Tranche {
  Instrument instrument = Instrument::equity;
  ReportedMoney amount;

  friend bool operator==(const Tranche&, const Tranche&) = default;
};

struct Participation {
  std::string investor;  // the Investor's name, as listed in the Company
  bool lead = false;
  std::vector<Source> sources;  // who says this investor took part (or led)

  friend bool operator==(const Participation&, const Participation&) = default;
};

// The valuation of a round with the derived side filled in.
struct Valuation {
  ReportedMoney pre_money;
  ReportedMoney post_money;
  bool pre_money_derived = false;
  bool post_money_derived = false;
  // Empty when consistent; otherwise says which figures disagree and by how much.
  std::string inconsistency;
};

struct Round {
  std::string id;  // unique within its company
  RoundType type = RoundType::undisclosed;
  PartialDate announced;
  ReportedMoney amount;
  std::vector<Tranche> tranches;  // empty: all of amount in default_instrument(type)
  ReportedMoney pre_money;        // undisclosed when unknown
  ReportedMoney post_money;       // undisclosed when unknown
  std::vector<Participation> investors;
  std::vector<Source> sources;
  std::vector<Claim> claims;  // where sources disagree on this round
  std::string label;          // free text: "Series B", "Microsoft convertible"
  std::string note;

  friend bool operator==(const Round&, const Round&) = default;

  [[nodiscard]] Currency currency() const noexcept { return amount.currency(); }

  // The part of the amount in one instrument; undisclosed when the round
  // does not say, zero (exact) when the round has none of it.
  [[nodiscard]] ReportedMoney amount_in(Instrument which) const {
    if (tranches.empty())
      return which == default_instrument(type) ? amount : ReportedMoney::exact(Money::zero(currency()));
    ReportedMoney sum = ReportedMoney::exact(Money::zero(currency()));
    for (const auto& t : tranches)
      if (t.instrument == which) sum += t.amount;
    return sum;
  }
  [[nodiscard]] ReportedMoney equity_amount() const { return amount_in(Instrument::equity); }

  [[nodiscard]] std::vector<std::string> leads() const {
    std::vector<std::string> out;
    for (const auto& p : investors)
      if (p.lead) out.push_back(p.investor);
    return out;
  }
  [[nodiscard]] bool has_investor(std::string_view name) const {
    return std::any_of(investors.begin(), investors.end(), [&](const Participation& p) { return p.investor == name; });
  }

  // Pre and post money, the missing one derived from the other and the
  // equity amount; inconsistency set when all three are exact and disagree.
  [[nodiscard]] Valuation valuation() const {
    Valuation v{pre_money, post_money, false, false, {}};
    const ReportedMoney equity = equity_amount();
    const bool have_pre = pre_money.is_disclosed(), have_post = post_money.is_disclosed();
    if (!equity.is_disclosed() || have_pre == have_post) {
      if (have_pre && have_post && equity.is_exact() && pre_money.is_exact() && post_money.is_exact() &&
          pre_money.currency() == post_money.currency() && equity.currency() == pre_money.currency()) {
        const Money expected = *pre_money.value() + *equity.value();
        if (expected != *post_money.value())
          v.inconsistency = fmt::format("pre-money {} + equity {} = {}, but post-money is {}", *pre_money.value(),
                                        *equity.value(), expected, *post_money.value());
      }
      return v;
    }
    if (equity.currency() != (have_pre ? pre_money : post_money).currency()) return v;
    if (have_pre) {
      v.post_money = pre_money + equity;
      v.post_money_derived = true;
    } else {
      if (equity.is_exact() && post_money.high() && *post_money.high() < *equity.value()) {
        v.inconsistency = fmt::format("post-money {} is less than the equity raised {}", post_money, *equity.value());
        return v;
      }
      v.pre_money = subtract(post_money, equity);
      v.pre_money_derived = true;
    }
    return v;
  }

  // Equity amount / post-money: the stake the round's investors bought.
  // nullopt when either is unknown, or the currencies differ.
  [[nodiscard]] std::optional<double> implied_dilution() const {
    const Valuation v = valuation();
    const ReportedMoney equity = equity_amount();
    if (!equity.is_disclosed() || !v.post_money.is_disclosed()) return std::nullopt;
    if (equity.currency() != v.post_money.currency() || v.post_money.value()->is_zero()) return std::nullopt;
    return ratio(*equity.value(), *v.post_money.value());
  }

  // Throws inconsistent_data naming the round and the problem.
  void validate() const {
    auto fail = [&](const std::string& what) {
      throw inconsistent_data(fmt::format("round \"{}\" ({}): {}", id, announced, what));
    };
    for (const auto& t : tranches)
      if (t.amount.currency() != currency())
        fail(fmt::format("tranche in {} but the round is in {}", t.amount.currency(), currency()));
    if (!tranches.empty() && amount.is_exact()) {
      bool all_exact = std::all_of(tranches.begin(), tranches.end(), [](const Tranche& t) { return t.amount.is_exact(); });
      if (all_exact) {
        Money sum = Money::zero(currency());
        for (const auto& t : tranches) sum += *t.amount.value();
        if (sum != *amount.value()) fail(fmt::format("tranches add up to {}, but the amount is {}", sum, *amount.value()));
      }
    }
    if (auto v = valuation(); !v.inconsistency.empty()) fail(v.inconsistency);
  }

 private:
  // post - equity, keeping post's qualifier ("more than 6B" - 0.468B is
  // "more than 5.532B"); exact subtrahends only.
  static ReportedMoney subtract(const ReportedMoney& post, const ReportedMoney& equity) {
    if (!equity.is_exact()) return ReportedMoney::undisclosed(post.currency());
    const Money e = *equity.value();
    switch (post.qualifier()) {
      case Qualifier::range:
        return ReportedMoney::between(std::max(*post.low() - e, Money::zero(post.currency())), *post.high() - e);
      case Qualifier::undisclosed: return post;
      default:
        // A lower bound (or "about") below the raise says nothing of the pre-money.
        if (*post.value() < e) return ReportedMoney::undisclosed(post.currency());
        return ReportedMoney::with(post.qualifier(), *post.value() - e);
    }
  }
};

}  // namespace fundline
