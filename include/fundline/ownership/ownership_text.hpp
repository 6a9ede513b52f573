// fundline/ownership/ownership_text.hpp - implied stakes in English and French sentences.
//
// Display rule for a stake: an exact figure is written to two decimals
// ("56.25%"), a figure that is only "about" to one ("about 44.6%"), because
// its second decimal would claim a precision the sources do not have. Both
// round half-even from the exact Fraction. A stake known only as a bound
// says so ("at most about 41.0%"), and the summary names, in words, each
// round whose terms are unknown.
//
//   using namespace fundline;
//   Timeline t = Timeline(bundled_mistral()).as_of(parse_date("2024-06-11"));
//   ImpliedOwnership o(t);
//   stake_text(o.steps()[1].stake, Language::fr);      // "environ 44,6 %" (U+00A0 before %)
//   write_ownership_summary(t, o, Language::en);
//   // "Those who held Mistral AI before its Seed hold 56.25% of it after that round (13 June 2023), "
//   // "about 44.6% after the Series A (11 December 2023) and at most about 41.0% after the Series B "
//   // "(11 June 2024), counting each round's equity only. The terms of the Convertible Note of "
//   // "26 February 2024 are not public: it can only lower these stakes."
#pragma once

#include <string>

#include "fundline/engine/timeline.hpp"
#include "fundline/ownership/implied_ownership.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

// A stake under the display rule above.
[[nodiscard]] std::string stake_text(const ReportedFraction& stake, Language lang);

// One paragraph: the stake of the holders before the first step after each
// priced round, and the rounds of unknown terms. Empty when o has no step.
[[nodiscard]] std::string write_ownership_summary(const Timeline& t, const ImpliedOwnership& o, Language lang);

}  // namespace fundline
