// fundline/text/timeline_summary.hpp - the facts of a summary, taken from a Timeline.
//
// summarize() reads what write_summary() needs from a Timeline: the priced
// rounds (RoundFilter::priced_rounds(): the rounds that sell shares, so a
// convertible note or a loan is not a "tour") with their count, total, first
// and last date; the last priced round's type, amount and leads; and the
// latest disclosed post-money valuation of any round. Convert the timeline
// to one currency first: the total throws currency_mismatch otherwise.
//
//   using namespace fundline;
//   FundingSummary s = summarize(Timeline(bundled_mistral()).as_of(parse_date("2024-06-30")));
//   s.rounds;                           // 3 (seed, Series A, Series B; the convertible is not priced)
//   fmt::format("{}", s.raised);        // "EUR 1090000000.00"
//   s.last_leads;                       // {"General Catalyst"}
//   write_summary(s, Language::fr);     // "Mistral AI a levé 1,09 milliard d’euros en trois tours en un an, ..."
#pragma once

#include "fundline/engine/timeline.hpp"
#include "fundline/text/summary.hpp"

namespace fundline {

[[nodiscard]] FundingSummary summarize(const Timeline& t);

}  // namespace fundline
