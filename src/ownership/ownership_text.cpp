// Sentences about implied stakes; see ownership_text.hpp.
#include "fundline/ownership/ownership_text.hpp"

#include <vector>

#include <fmt/format.h>

#include "fundline/text/date_text.hpp"
#include "fundline/text/round_type_text.hpp"

namespace fundline {

namespace {

// "de série A", "d'amorçage": French elides "de" before a vowel.
std::string de(const std::string& word) {
  static constexpr std::string_view vowels[] = {"a", "e", "i", "o", "u", "é", "è", "ê", "à", "â", "h"};
  for (auto v : vowels)
    if (word.rfind(v, 0) == 0) return "d'" + word;
  return "de " + word;
}

std::string join_list(const std::vector<std::string>& items, Language lang) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? (lang == Language::fr ? " et " : " and ") : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace

std::string stake_text(const ReportedFraction& stake, Language lang) {
  return stake.percent_text(lang, stake.is_approximate() ? 1 : 2, RoundingMode::half_even);
}

std::string write_ownership_summary(const Timeline& t, const ImpliedOwnership& o, Language lang) {
  if (o.steps().empty()) return {};
  const bool fr = lang == Language::fr;
  const auto name_of = [&](const OwnershipStep& s) { return round_type_name(t.rounds()[s.round].type, lang); };
  const auto date_of = [&](const OwnershipStep& s) { return format_date(t.rounds()[s.round].announced, lang); };
  const OwnershipStep& first = o.steps().front();
  std::vector<std::string> parts;
  std::vector<std::string> unknown;
  for (const OwnershipStep& s : o.steps()) {
    if (s.effect == OwnershipEffect::unknown_terms) {
      unknown.push_back(fr ? fmt::format("du tour {} du {}", de(name_of(s)), date_of(s))
                           : fmt::format("the {} of {}", name_of(s), date_of(s)));
      continue;
    }
    const std::string stake = stake_text(s.stake, lang);
    if (&s == &first)
      parts.push_back(fr ? fmt::format("{} après ce tour ({})", stake, date_of(s))
                         : fmt::format("{} of it after that round ({})", stake, date_of(s)));
    else
      parts.push_back(fr ? fmt::format("{} après le tour {} ({})", stake, de(name_of(s)), date_of(s))
                         : fmt::format("{} after the {} ({})", stake, name_of(s), date_of(s)));
    if (!s.note.empty() && s.effect == OwnershipEffect::priced && !s.post_money.is_disclosed())
      unknown.push_back(fr ? fmt::format("du tour {} du {}", de(name_of(s)), date_of(s))
                           : fmt::format("the {} of {}", name_of(s), date_of(s)));
  }
  std::string text;
  const std::string before = name_of(first);
  if (!parts.empty())
    text = fr ? fmt::format("Ceux qui détenaient {} avant son tour {} en détiennent {}, en ne comptant que la part "
                            "en capital de chaque tour.",
                            t.name(), de(before), join_list(parts, lang))
              : fmt::format("Those who held {} before its {} hold {}, counting each round's equity only.", t.name(),
                            before, join_list(parts, lang));
  if (!unknown.empty()) {
    if (!text.empty()) text += ' ';
    text += fr ? fmt::format("Les termes {} ne sont pas publics\u00A0: {} ne peu{} que réduire ces parts.",
                             join_list(unknown, lang), unknown.size() == 1 ? "il" : "ils",
                             unknown.size() == 1 ? "t" : "vent")
               : fmt::format("The terms of {} are not public: {} can only lower these stakes.",
                             join_list(unknown, lang), unknown.size() == 1 ? "it" : "they");
  }
  return text;
}

}  // namespace fundline
