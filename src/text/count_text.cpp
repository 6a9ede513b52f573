#include "fundline/text/count_text.hpp"

#include <array>

#include <fmt/format.h>

namespace fundline {
namespace {

constexpr std::array<std::string_view, 11> en_words{"zero", "one", "two", "three", "four", "five",
                                                    "six",  "seven", "eight", "nine", "ten"};
constexpr std::array<std::string_view, 11> fr_words{"zéro", "un", "deux", "trois", "quatre", "cinq",
                                                    "six",  "sept", "huit", "neuf", "dix"};

// Whole months from `from` to `to` when to >= from.
std::int64_t forward_months(Date from, Date to) {
  using boost::gregorian::months;
  const auto a = from.year_month_day(), b = to.year_month_day();
  std::int64_t whole = (static_cast<int>(b.year) - static_cast<int>(a.year)) * 12 +
                       (static_cast<int>(b.month) - static_cast<int>(a.month));
  while (whole > 0 && from + months(static_cast<int>(whole)) > to) --whole;
  const Date base = from + months(static_cast<int>(whole));
  const Date next = from + months(static_cast<int>(whole + 1));
  const auto rest = (to - base).days(), length = (next - base).days();
  return 2 * rest >= length ? whole + 1 : whole;
}

}  // namespace

std::string count_word(std::int64_t n, Language lang, Gender gender) {
  if (n < 0 || n > 10) return fmt::format("{}", n);
  const auto i = static_cast<std::size_t>(n);
  if (lang == Language::en) return std::string(en_words[i]);
  if (n == 1 && gender == Gender::feminine) return "une";
  return std::string(fr_words[i]);
}

std::string count_noun(std::int64_t n, std::string_view singular, std::string_view plural, Language lang,
                       Gender gender) {
  const bool is_plural = lang == Language::fr ? (n >= 2 || n <= -2) : n != 1;
  return fmt::format("{} {}", count_word(n, lang, gender), is_plural ? plural : singular);
}

std::string format_months(std::int64_t months, Language lang) {
  const bool fr = lang == Language::fr;
  if (months != 0 && months % 12 == 0)
    return fr ? count_noun(months / 12, "an", "ans", lang) : count_noun(months / 12, "year", "years", lang);
  // "mois" is the same in both numbers.
  return fr ? count_noun(months, "mois", "mois", lang) : count_noun(months, "month", "months", lang);
}

std::int64_t nearest_months_between(Date from, Date to) {
  return to < from ? -forward_months(to, from) : forward_months(from, to);
}

}  // namespace fundline
