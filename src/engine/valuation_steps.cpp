#include <fmt/format.h>

#include "fundline/engine/timeline.hpp"

namespace fundline {

std::vector<StepUp> Timeline::step_ups() const {
  std::vector<StepUp> out;
  std::optional<std::size_t> previous;
  ReportedMoney previous_post;
  for (std::size_t i = 0; i < rounds_.size(); ++i) {
    const ReportedMoney post = rounds_[i].valuation().post_money;
    if (!post.is_disclosed()) continue;
    if (previous) {
      StepUp s{*previous, i, previous_post, post, {}, {}};
      if (post.currency() != previous_post.currency())
        s.note = fmt::format("post-money in {} and {}: convert the timeline first", previous_post.currency(),
                             post.currency());
      else
        s.multiple = ReportedRatio::of(post, previous_post);
      out.push_back(std::move(s));
    }
    previous = i;
    previous_post = post;
  }
  return out;
}

std::vector<Dilution> Timeline::dilutions() const {
  std::vector<Dilution> out;
  for (std::size_t i = 0; i < rounds_.size(); ++i) {
    const Round& r = rounds_[i];
    if (!is_priced_equity(r.type)) continue;
    const ReportedMoney equity = r.equity_amount();
    const ReportedMoney post = r.valuation().post_money;
    if (!equity.is_disclosed() || !post.is_disclosed()) continue;
    Dilution d{i, equity, post, {}, {}};
    if (equity.currency() != post.currency())
      d.note = fmt::format("equity in {} but post-money in {}: convert the timeline first", equity.currency(),
                           post.currency());
    else
      d.fraction = ReportedRatio::of(equity, post);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace fundline
