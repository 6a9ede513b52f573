#include "fundline/engine/timeline.hpp"

namespace fundline {

std::optional<FundingWindow> Timeline::best_window(WindowLength length, const RoundFilter& filter) const {
  require_one_currency();
  std::vector<std::size_t> included;
  for (std::size_t i = 0; i < rounds_.size(); ++i)
    if (filter.includes(rounds_[i])) included.push_back(i);
  if (included.empty()) return std::nullopt;

  // Every best window can start on a round's day, and the window's end moves
  // forward with its start, so two pointers over the included rounds find it
  // in O(n), comparing the reported figures (undisclosed counts as zero).
  std::vector<Money> figure;
  figure.reserve(included.size());
  for (std::size_t k : included) figure.push_back(filter.amount_of(rounds_[k]).value_or_zero());
  std::size_t best_begin = 0, best_end = 0, end = 0;
  Money best = Money::zero(currency_), sum = Money::zero(currency_);
  for (std::size_t begin = 0; begin < included.size(); ++begin) {
    if (begin > 0) {
      sum -= figure[begin - 1];
      if (days_[included[begin]] == days_[included[begin - 1]]) continue;  // same start day, already tried
    }
    if (end < begin) {
      end = begin;
      sum = Money::zero(currency_);
    }
    const Date window_last = length.last_day_from(days_[included[begin]]);
    for (; end < included.size() && days_[included[end]] <= window_last; ++end) sum += figure[end];
    if (best_end == 0 || best < sum) {
      best = sum;
      best_begin = begin;
      best_end = end;
    }
  }

  FundingWindow w{zero(), days_[included[best_begin]], days_[included[best_end - 1]], {}};
  for (std::size_t k = best_begin; k < best_end; ++k) {
    w.raised += filter.amount_of(rounds_[included[k]]);
    w.rounds.push_back(included[k]);
  }
  return w;
}

}  // namespace fundline
