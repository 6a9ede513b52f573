#include "fundline/text/timeline_summary.hpp"

namespace fundline {

FundingSummary summarize(const Timeline& t) {
  const RoundFilter priced = RoundFilter::priced_rounds();
  FundingSummary s{.company = t.name(), .raised = t.raised_total(priced)};
  const Round* last = nullptr;
  for (const Round& r : t.rounds()) {
    if (!priced.includes(r)) {
      ++s.other_rounds;
      continue;
    }
    if (!s.first) s.first = r.announced;
    ++s.rounds;
    last = &r;
  }
  if (last != nullptr) {
    s.last = last->announced;
    s.last_type = last->type;
    s.last_amount = last->amount;
    s.last_leads = last->leads();
  }
  for (const Round& r : t.rounds()) {
    if (!r.post_money.is_disclosed()) continue;
    s.valuation = r.post_money;
    s.valuation_date = r.announced;
  }
  return s;
}

}  // namespace fundline
