#include "fundline/engine/comparison.hpp"

#include <algorithm>

#include "fundline/core/error.hpp"

namespace fundline {

Date anchor_day(const Timeline& t, Anchor anchor) {
  const std::string who = t.name().empty() ? "the timeline" : fmt::format("\"{}\"", t.name());
  if (anchor == Anchor::founding) {
    if (!t.founded()) throw error(fmt::format("{} has no founding date to align on", who));
    return t.founded()->first_day();
  }
  if (t.empty()) throw error(fmt::format("{} has no round to align on", who));
  return *t.first_day();
}

std::vector<AlignedRound> align(const Timeline& t, Anchor anchor, const RoundFilter& filter) {
  const Date origin = anchor_day(t, anchor);
  std::vector<AlignedRound> out;
  ReportedMoney cumulative = ReportedMoney::exact(Money::zero(t.currency()));
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!filter.includes(t.rounds()[i])) continue;
    cumulative += filter.amount_of(t.rounds()[i]);
    const Date day = t.day_of(i);
    out.push_back({i, day, days_between(origin, day), months_between(origin, day), cumulative});
  }
  return out;
}

std::optional<Milestone> time_to_reach(const Timeline& t, Money threshold, Anchor anchor, const RoundFilter& filter) {
  if (threshold.currency() != t.currency())
    throw currency_mismatch(fmt::format("a {} threshold for a timeline in {}: convert the timeline first",
                                        threshold.currency(), t.currency()));
  const std::vector<AlignedRound> aligned = align(t, anchor, filter);
  for (std::size_t k = 0; k < aligned.size(); ++k) {
    // Rounds of one day count together.
    if (k + 1 < aligned.size() && aligned[k + 1].day == aligned[k].day) continue;
    const AlignedRound& a = aligned[k];
    if (a.cumulative.value_or_zero() >= threshold) return Milestone{a.round, a.day, a.days, a.months, a.cumulative};
  }
  return std::nullopt;
}

std::vector<ComparisonRow> compare_time_to_reach(const std::vector<Timeline>& timelines, Money threshold,
                                                 Anchor anchor, const RoundFilter& filter) {
  std::vector<ComparisonRow> out;
  out.reserve(timelines.size());
  for (const Timeline& t : timelines) out.push_back({t.name(), time_to_reach(t, threshold, anchor, filter)});
  std::stable_sort(out.begin(), out.end(), [](const ComparisonRow& a, const ComparisonRow& b) {
    if (a.milestone && b.milestone) return a.milestone->days < b.milestone->days;
    return a.milestone.has_value() && !b.milestone.has_value();
  });
  return out;
}

}  // namespace fundline
