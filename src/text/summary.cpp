#include "fundline/text/summary.hpp"

#include <fmt/format.h>

#include "fundline/text/count_text.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"
#include "fundline/text/round_type_text.hpp"

namespace fundline {
namespace {

// Months are precise enough for prose; coarser dates keep their precision.
std::string month_text(const PartialDate& d, Language lang) {
  if (d.precision() != DatePrecision::day) return format_date(d, lang);
  const auto ymd = d.first_day().year_month_day();
  return format_date(PartialDate::month(ymd.year, ymd.month), lang);
}

std::string join_names(const std::vector<std::string>& names, Language lang) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? (lang == Language::fr ? " et " : " and ") : ", ";
    out += names[i];
  }
  return out;
}

std::string amount_text(const ReportedMoney& r, Language lang) {
  if (!r.is_disclosed()) return lang == Language::fr ? "un montant non communiqué" : "an undisclosed amount";
  return format_reported(r, lang, MoneyStyle::prose);
}

std::string raised_sentence(const FundingSummary& s, Language lang) {
  const bool fr = lang == Language::fr;
  if ((s.rounds == 0 || !s.first || !s.last) && s.other_rounds > 0) {
    const auto n = static_cast<std::int64_t>(s.other_rounds);
    return fr ? fmt::format("{} n’a pas de tour en capital connu ({}).", s.company,
                            count_noun(n, "autre tour", "autres tours", lang))
              : fmt::format("{} has no known priced round ({}).", s.company,
                            count_noun(n, "other round", "other rounds", lang));
  }
  if (s.rounds == 0 || !s.first || !s.last)
    return fr ? fmt::format("{} n’a pas de tour de financement connu.", s.company)
              : fmt::format("{} has no known funding round.", s.company);
  const auto n = static_cast<std::int64_t>(s.rounds);
  const std::string rounds = fr ? count_noun(n, "tour", "tours", lang) : count_noun(n, "round", "rounds", lang);
  const std::string amount = amount_text(s.raised, lang);
  if (s.rounds == 1)
    return fr ? fmt::format("{} a levé {} en {}, en {}.", s.company, amount, rounds, month_text(*s.first, lang))
              : fmt::format("{} raised {} in {}, in {}.", s.company, amount, rounds, month_text(*s.first, lang));
  const std::int64_t months = nearest_months_between(s.first->first_day(), s.last->first_day());
  const std::string span = months == 0 ? (fr ? "en moins d’un mois" : "within a month")
                                       : fmt::format("{} {}", fr ? "en" : "over", format_months(months, lang));
  const std::string from = month_text(*s.first, lang), to = month_text(*s.last, lang);
  if (fr) return fmt::format("{} a levé {} en {} {}, entre {} et {}.", s.company, amount, rounds, span, from, to);
  return fmt::format("{} raised {} in {} {}, between {} and {}.", s.company, amount, rounds, span, from, to);
}

std::string last_round_sentence(const FundingSummary& s, Language lang) {
  if (s.rounds < 2 || !s.last_type || !s.last) return "";
  const bool fr = lang == Language::fr;
  const std::string amount = s.last_amount.is_disclosed()
                                 ? format_reported(s.last_amount, lang, MoneyStyle::prose)
                                 : std::string(fr ? "montant non communiqué" : "undisclosed amount");
  const std::string facts =
      fmt::format("{}, {}, {}", round_type_name(*s.last_type, lang), amount, month_text(*s.last, lang));
  if (s.last_leads.empty())
    return fr ? fmt::format(" Dernier tour{}: {}.", no_break_space, facts) : fmt::format(" Last round: {}.", facts);
  return fr ? fmt::format(" Le dernier tour ({}) a été mené par {}.", facts, join_names(s.last_leads, lang))
            : fmt::format(" The last round ({}) was led by {}.", facts, join_names(s.last_leads, lang));
}

std::string valuation_sentence(const FundingSummary& s, Language lang) {
  if (!s.valuation || !s.valuation->is_disclosed()) return "";
  const bool fr = lang == Language::fr;
  const std::string when = s.valuation_date ? fmt::format(" ({})", month_text(*s.valuation_date, lang)) : "";
  const std::string amount = format_reported(*s.valuation, lang, MoneyStyle::prose);
  return fr ? fmt::format(" Valorisation post-money la plus récente{}: {}{}.", no_break_space, amount, when)
            : fmt::format(" Latest post-money valuation: {}{}.", amount, when);
}

std::string ranking_sentence(const FundingSummary& s, Language lang) {
  if (!s.best_funded_among || *s.best_funded_among < 2) return "";
  const auto n = static_cast<std::int64_t>(*s.best_funded_among);
  if (lang == Language::fr)
    return fmt::format(" C’est la start-up la mieux financée des {} entreprises comparées.",
                       count_word(n, lang, Gender::feminine));
  return fmt::format(" It is the best-funded of the {} companies compared.", count_word(n, lang));
}

}  // namespace

std::string write_summary(const FundingSummary& s, Language lang) {
  return raised_sentence(s, lang) + last_round_sentence(s, lang) + valuation_sentence(s, lang) +
         ranking_sentence(s, lang);
}

}  // namespace fundline
