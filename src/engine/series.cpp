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
  std::size_t i = end_as_of(start - boost::gregorian::days(1));
  ReportedMoney cumulative = raised_as_of(start - boost::gregorian::days(1), filter);
  while (start <= to) {
    const Date next = next_period_start(start, period);
    const Date last = next - boost::gregorian::days(1);
    ReportedMoney raised = zero();
    for (; i < rounds_.size() && days_[i] <= last; ++i) raised += filter.amount_of(rounds_[i]);
    cumulative += raised;
    out.push_back({start, last, period_label(start, period), raised, cumulative});
    start = next;
  }
  return out;
}

}  // namespace fundline
