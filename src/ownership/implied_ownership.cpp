// Chains each round's equity / post-money into the stake of earlier holders;
// see implied_ownership.hpp for the rules.
#include "fundline/ownership/implied_ownership.hpp"

#include <fmt/format.h>

namespace fundline {

namespace {

bool has_some(const ReportedMoney& m) { return !m.is_disclosed() || !m.value()->is_zero(); }

}  // namespace

ImpliedOwnership::ImpliedOwnership(const Timeline& timeline, const RateTable& rates, Convention convention) {
  ReportedFraction stake = ReportedFraction::exact(Fraction::one());
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const Round& r = timeline.rounds()[i];
    const ReportedMoney equity = r.equity_amount();
    const ReportedMoney convertible = r.amount_in(Instrument::convertible);
    OwnershipStep step;
    step.round = i;
    step.day = timeline.day_of(i);
    const bool priced = has_some(equity), convertible_too = has_some(convertible);
    if (!priced && !convertible_too) continue;  // debt or grants: nobody's stake changes
    if (priced) {
      step.effect = OwnershipEffect::priced;
      step.equity = equity;
      ReportedMoney post = r.valuation().post_money;
      if (post.is_disclosed() && post.currency() != equity.currency()) {
        const Date on = convention.day_for(step.day);
        step.post_money_conversion = rates.convert_detailed(*post.value(), equity.currency(), on);
        post = convert_reported(rates, post, equity.currency(), on);
      }
      step.post_money = post.is_disclosed() ? post : ReportedMoney::undisclosed(equity.currency());
      if (!equity.is_disclosed())
        step.note = "the equity amount is undisclosed";
      else if (!post.is_disclosed())
        step.note = "the post-money valuation is undisclosed";
      step.sold = ReportedFraction::of(step.equity, step.post_money);
      if (step.sold.low() && Fraction::one() < *step.sold.low())
        throw inconsistent_data(fmt::format("round \"{}\" ({}): equity {} is more than the post-money valuation {}",
                                            r.id, r.announced, equity, step.post_money));
      if (convertible_too) step.note = "the round also has a convertible tranche whose terms are not in the data";
    } else {
      step.effect = OwnershipEffect::unknown_terms;
      step.equity = convertible;
      step.post_money = ReportedMoney::undisclosed(convertible.currency());
      step.sold = ReportedFraction::unknown();
      step.note = "a convertible whose conversion terms are not in the data";
    }
    // A convertible of unknown terms can only lower the stake: "at most".
    step.kept = step.sold.complement();
    if (priced && convertible_too) step.kept = step.kept.times(ReportedFraction::unknown());
    stake = stake.times(step.kept);
    step.stake = stake;
    steps_.push_back(std::move(step));
  }
}

ReportedFraction ImpliedOwnership::stake_between(std::size_t from, std::size_t to) const {
  if (from > to || to >= steps_.size())
    throw error(fmt::format("no steps {}..{}: there are {} steps", from, to, steps_.size()));
  ReportedFraction stake = ReportedFraction::exact(Fraction::one());
  for (std::size_t i = from; i <= to; ++i) stake = stake.times(steps_[i].kept);
  return stake;
}

ReportedFraction ImpliedOwnership::final_stake() const {
  return steps_.empty() ? ReportedFraction::exact(Fraction::one()) : steps_.back().stake;
}

}  // namespace fundline
