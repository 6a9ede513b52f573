#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/engine/timeline.hpp"

namespace fundline {

std::vector<PeriodAmount> Timeline::series(Period period, const RoundFilter& filter) const {
  require_one_currency();
  if (rounds_.empty()) return {};
  return series(period, days_.front(), days_.back(), filter);
}

std::vector<PeriodAmount> Timeline::series(Period period, Date from, Date to, const RoundFilter& filter) const {
  require_one_currency();
  if (from.is_special() || to.is_special()) throw error("a series needs two dates");
  if (to < from)
    throw error(fmt::format("invalid series range: {} is after {}", to_iso(from), to_iso(to)));
  std::vector<PeriodAmount> out;
  Date start = period_start(from, period);
  // Rounds before the first period are in every cumulative figure.
  std::size_t i = 0;
  ReportedMoney cumulative = zero();
  for (; i < rounds_.size() && days_[i] < start; ++i) cumulative += filter.amount_of(rounds_[i]);
  const Date calendar_end(max_year, 12, 31);
  while (start <= to) {
    // The last period of 9999 has no next period start (10000-01-01 is outside Boost's range).
    const Date last = start == period_start(calendar_end, period)
                          ? calendar_end
                          : next_period_start(start, period) - boost::gregorian::days(1);
    ReportedMoney raised = zero();
    for (; i < rounds_.size() && days_[i] <= last; ++i) raised += filter.amount_of(rounds_[i]);
    cumulative += raised;
    out.push_back({start, last, period_label(start, period), raised, cumulative});
    if (last == calendar_end) break;
    start = last + boost::gregorian::days(1);
  }
  return out;
}

}  // namespace fundline
