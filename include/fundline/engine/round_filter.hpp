// fundline/engine/round_filter.hpp - which rounds, and which part of them, a total counts.
//
// The default filter counts everything announced, the way Crunchbase's "total
// funding" does: every round type and the whole announced amount (equity,
// convertible, debt and grants). Two independent restrictions narrow it:
// - round types: priced_rounds() keeps the rounds that sell shares at a price
//   (is_priced_equity: seed, series A.., corporate rounds...), dropping
//   convertible notes, debt financing and grants;
// - instruments: only(...) counts just those tranches of each round, so
//   only({Instrument::equity}) counts the EUR 468M equity of a EUR 600M round
//   that also borrowed EUR 132M.
// A round the filter includes contributes amount_of(round): the announced
// amount when every instrument is selected, else the sum of the selected
// instruments (Round::amount_in), qualifiers carried through.
//
//   using namespace fundline;
//   RoundFilter all;                                        // everything announced
//   auto priced = RoundFilter::priced_rounds();
//   priced.includes_type(RoundType::convertible_note);      // false
//   auto equity = RoundFilter::only({Instrument::equity});
//   auto priced_equity = priced.and_only({Instrument::equity});
//   auto seeds = RoundFilter::of_types({RoundType::pre_seed, RoundType::seed});
//   // Mistral's EUR 600M Series B, split 468 equity / 132 debt:
//   const Round& b = *bundled_mistral().find_round("series-b");
//   all.amount_of(b);                                       // EUR 600000000.00
//   equity.amount_of(b);                                    // EUR 468000000.00
#pragma once

#include <cstdint>
#include <initializer_list>

#include "fundline/core/reported.hpp"
#include "fundline/model/round.hpp"
#include "fundline/model/round_type.hpp"

namespace fundline {

class RoundFilter {
 public:
  // Everything announced.
  constexpr RoundFilter() noexcept = default;

  [[nodiscard]] static constexpr RoundFilter priced_rounds() noexcept {
    RoundFilter f;
    f.types_ = 0;
    for (std::uint32_t t = 0; t < type_count; ++t)
      if (is_priced_equity(static_cast<RoundType>(t))) f.types_ |= bit(static_cast<RoundType>(t));
    return f;
  }
  [[nodiscard]] static constexpr RoundFilter of_types(std::initializer_list<RoundType> types) noexcept {
    return RoundFilter{}.and_types(types);
  }
  [[nodiscard]] static constexpr RoundFilter only(std::initializer_list<Instrument> instruments) noexcept {
    return RoundFilter{}.and_only(instruments);
  }
  // Narrows this filter further (intersection).
  [[nodiscard]] constexpr RoundFilter and_types(std::initializer_list<RoundType> types) const noexcept {
    std::uint32_t mask = 0;
    for (auto t : types) mask |= bit(t);
    RoundFilter f = *this;
    f.types_ &= mask;
    return f;
  }
  [[nodiscard]] constexpr RoundFilter and_only(std::initializer_list<Instrument> instruments) const noexcept {
    std::uint8_t mask = 0;
    for (auto i : instruments) mask = static_cast<std::uint8_t>(mask | (1u << static_cast<unsigned>(i)));
    RoundFilter f = *this;
    f.instruments_ = static_cast<std::uint8_t>(f.instruments_ & mask);
    return f;
  }

  [[nodiscard]] constexpr bool includes_type(RoundType t) const noexcept { return (types_ & bit(t)) != 0; }
  [[nodiscard]] constexpr bool includes_instrument(Instrument i) const noexcept {
    return ((instruments_ >> static_cast<unsigned>(i)) & 1u) != 0;
  }
  [[nodiscard]] constexpr bool counts_everything() const noexcept {
    return types_ == all_types && instruments_ == all_instrument_bits;
  }
  [[nodiscard]] bool includes(const Round& r) const noexcept { return includes_type(r.type); }

  // What r contributes to a total: exact zero when the filter excludes it.
  [[nodiscard]] ReportedMoney amount_of(const Round& r) const {
    if (!includes(r)) return ReportedMoney::exact(Money::zero(r.currency()));
    if (instruments_ == all_instrument_bits) return r.amount;
    ReportedMoney sum = ReportedMoney::exact(Money::zero(r.currency()));
    for (auto i : all_instruments)
      if (includes_instrument(i)) sum += r.amount_in(i);
    return sum;
  }

  friend constexpr bool operator==(RoundFilter, RoundFilter) noexcept = default;

 private:
  static constexpr std::uint32_t type_count = static_cast<std::uint32_t>(RoundType::undisclosed) + 1;
  static constexpr std::uint32_t all_types = (1u << type_count) - 1;
  static constexpr std::uint8_t all_instrument_bits = 0b1111;
  static constexpr std::uint32_t bit(RoundType t) noexcept { return 1u << static_cast<std::uint32_t>(t); }

  std::uint32_t types_ = all_types;
  std::uint8_t instruments_ = all_instrument_bits;
};

}  // namespace fundline
