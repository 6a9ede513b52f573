// fundline/text/summary.hpp - a few sentences about a company's funding.
//
// write_summary() turns facts (counted and summed by the caller, usually
// the timeline engine) into prose in English or French, in the style of
// the press: "Mistral AI a levé 1,09 milliard d’euros en trois tours en un
// an". Nothing in it knows any company: every name, count, amount and date
// comes from the FundingSummary. A sentence whose facts are missing is
// left out (no lead, no valuation); the ranking sentence appears only when
// the caller has compared the company with others and it came first.
//
// Style: counts up to ten in words, amounts in prose (text/money_text.hpp),
// the span between the first and last round in whole months rounded to the
// nearest ("un an", "18 mois"), dates at month precision, French
// typography (U+00A0 before ':').
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   FundingSummary s{.company = "Mistral AI", .rounds = 3, .raised = ReportedMoney::exact(eur(1090)),
//                    .first = parse_date("2023-06-13"), .last = parse_date("2024-06-11"),
//                    .last_type = RoundType::series_b, .last_amount = ReportedMoney::exact(eur(600)),
//                    .last_leads = {"General Catalyst"},
//                    .valuation = ReportedMoney::more_than(eur(6000)), .valuation_date = parse_date("2024-06-11")};
//   write_summary(s, Language::fr);
//   // "Mistral AI a levé 1,09 milliard d’euros en trois tours en un an, entre juin 2023 et juin 2024. "
//   // "Le dernier tour (série B, 600 millions d’euros, juin 2024) a été mené par General Catalyst. "
//   // "Valorisation post-money la plus récente : plus de 6 milliards d’euros (juin 2024)."
//   // (one line; U+00A0 between numbers and their words and before ':')
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "fundline/core/date.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/model/round_type.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

struct FundingSummary {
  std::string company;
  std::size_t rounds = 0;  // the rounds counted in `raised`
  ReportedMoney raised;    // their total
  std::optional<PartialDate> first, last;  // first and last of those rounds
  std::optional<RoundType> last_type;      // the last round
  ReportedMoney last_amount;
  std::vector<std::string> last_leads;
  std::optional<ReportedMoney> valuation;  // the latest known post-money
  std::optional<PartialDate> valuation_date;
  // Set when the company raised the most among `compared_with` companies
  // (itself included) that the caller compared.
  std::optional<std::size_t> best_funded_among;
  // Rounds not counted in `rounds` (convertible notes, debt, grants).
  std::size_t other_rounds = 0;
};

[[nodiscard]] std::string write_summary(const FundingSummary& s, Language lang);

}  // namespace fundline
