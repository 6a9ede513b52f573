// fundline/ownership/implied_ownership.hpp - who still holds what, from public rounds alone.
//
// Press reports give a round's amount and its post-money valuation, never
// share counts; that is enough to chain the dilution. A priced round that
// raises equity E at post-money V sells E / V of the company; everyone who
// held shares before it keeps 1 - E / V of their holding. The stake still
// held after round j by those who held everything before round k is the
// product of (1 - E / V) over the rounds k..j.
//
// Rules:
// - Only the equity tranche counts (Round::equity_amount()): Mistral AI's
//   Series B raised EUR 600M, of which EUR 468M equity and EUR 132M debt, at
//   EUR 5.8B post-money, so it sold 468 / 5800 of the company. Rounds with no
//   equity and no convertible (debt, grants) change nobody's stake and make
//   no step.
// - The post-money valuation (reported, or derived by Round::valuation()) is
//   converted to the equity's currency when it was reported in another one,
//   at the date the Convention gives for the round (its own date by default),
//   with the RateTable's rate, rounded half-even to the minor unit; the step
//   keeps the Conversion so the rate and fixing date can be shown.
// - Exact: every ratio is a Fraction (integers, no double). Qualifiers are
//   carried through (ReportedFraction): an "about" valuation makes an
//   "about" stake; a "more than" valuation makes "less than" sold and "more
//   than" kept.
// - Unknown terms: a round whose post-money (or equity) is undisclosed, and a
//   convertible (its cap and discount are not in the timeline), sell an
//   unknown fraction, so from there on the stake is "at most" what the other
//   rounds leave: the text says so in words.
// - A round whose equity exceeds its post-money throws inconsistent_data
//   naming the round.
//
//   using namespace fundline;
//   ImpliedOwnership o(Timeline(bundled_mistral()).as_of(parse_date("2024-06-11")));
//   o.steps()[0].sold.percent_text(Language::en);            // "43.75%" (105 / 240)
//   o.steps()[0].stake.percent_text(Language::en);           // "56.25%"
//   o.steps()[1].stake.percent_text(Language::en, 1);        // "about 44.6%" (USD 2B post-money at the ECB rate)
//   o.steps()[2].effect;                                     // OwnershipEffect::unknown_terms (Microsoft)
//   o.steps()[3].stake.percent_text(Language::en, 1);        // "at most about 41.0%"
//   o.stake_between(3, 3).percent_text(Language::en);        // "91.93%" (1 - 468 / 5800)
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fundline/core/date.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/ownership/reported_fraction.hpp"

namespace fundline {

enum class OwnershipEffect : std::uint8_t {
  priced,         // equity sold at a post-money valuation (known or not)
  unknown_terms,  // a convertible: it may become shares on terms not in the data
};

[[nodiscard]] constexpr std::string_view to_string(OwnershipEffect e) noexcept {
  return e == OwnershipEffect::priced ? "priced" : "unknown_terms";
}

// One round that changes the stakes.
struct OwnershipStep {
  std::size_t round = 0;  // index into Timeline::rounds()
  Date day;               // the round's placement day
  OwnershipEffect effect = OwnershipEffect::priced;
  ReportedMoney equity;      // the equity tranche (the convertible tranche for unknown_terms)
  ReportedMoney post_money;  // in the equity's currency; undisclosed when unknown
  std::optional<Conversion> post_money_conversion;  // when it was reported in another currency
  ReportedFraction sold;   // equity / post-money
  ReportedFraction kept;   // of each earlier holding: 1 - sold ("at most" with a convertible tranche)
  ReportedFraction stake;  // held after this round by those who held everything before the first step
  std::string note;        // why sold is unknown, when it is

  friend bool operator==(const OwnershipStep&, const OwnershipStep&) = default;
};

class ImpliedOwnership {
 public:
  explicit ImpliedOwnership(const Timeline& timeline, const RateTable& rates = RateTable::bundled(),
                            Convention convention = Convention::historical());

  [[nodiscard]] const std::vector<OwnershipStep>& steps() const noexcept { return steps_; }
  // Held after step `to` by everyone who held shares before step `from`
  // (both inclusive, from <= to < steps().size()); throws error otherwise.
  [[nodiscard]] ReportedFraction stake_between(std::size_t from, std::size_t to) const;
  // After the last step: the stake of those who held everything before the
  // first; exactly 100% when there is no step.
  [[nodiscard]] ReportedFraction final_stake() const;

 private:
  std::vector<OwnershipStep> steps_;
};

}  // namespace fundline
