#include "fundline/text/date_text.hpp"

#include <array>

#include <fmt/format.h>

namespace fundline {
namespace {

constexpr const auto& en_months = detail::english_months;
constexpr std::array<std::string_view, 12> fr_months{"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                     "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> en_short = [] {
  std::array<std::string_view, 12> out{};
  for (std::size_t m = 0; m < out.size(); ++m) out[m] = en_months[m].substr(0, 3);
  return out;
}();
constexpr std::array<std::string_view, 12> fr_short{"janv.", "févr.", "mars", "avr.", "mai",  "juin",
                                                    "juil.", "août",  "sept.", "oct.", "nov.", "déc."};

std::size_t month_index(int month) {
  if (month < 1 || month > 12) throw error(fmt::format("invalid month {}: expected 1..12", month));
  return static_cast<std::size_t>(month - 1);
}

}  // namespace

std::string_view month_name(int month, Language lang) {
  return (lang == Language::fr ? fr_months : en_months)[month_index(month)];
}

std::string_view month_abbreviation(int month, Language lang) {
  return (lang == Language::fr ? fr_short : en_short)[month_index(month)];
}

std::string format_date(const PartialDate& d, Language lang) {
  const auto ymd = d.first_day().year_month_day();
  const int y = ymd.year, m = ymd.month, day = ymd.day;
  switch (d.precision()) {
    case DatePrecision::day:
      if (lang == Language::fr && day == 1) return fmt::format("1er {} {}", month_name(m, lang), y);
      return fmt::format("{} {} {}", day, month_name(m, lang), y);
    case DatePrecision::month: return fmt::format("{} {}", month_name(m, lang), y);
    case DatePrecision::quarter: return fmt::format("{}{} {}", lang == Language::fr ? 'T' : 'Q', (m - 1) / 3 + 1, y);
    case DatePrecision::year: return fmt::format("{}", y);
  }
  return d.to_string();
}

namespace {
// French elides "de" before a vowel sound: "d’avril", "d’août", "d’octobre".
std::string french_de(const std::string& what) {
  static constexpr std::string_view vowels[] = {"a", "e", "i", "o", "u", "é", "â"};
  for (std::string_view v : vowels)
    if (what.rfind(v, 0) == 0) return "d’" + what;
  return "de " + what;
}
}  // namespace

std::string format_date_span(const PartialDate& from, const PartialDate& to, Language lang) {
  const std::string a = format_date(from, lang), b = format_date(to, lang);
  const bool days = from.precision() == DatePrecision::day;
  if (from == to) {
    if (lang == Language::fr) return (days ? "le " : "en ") + a;
    return (days ? "on " : "in ") + a;
  }
  if (lang == Language::en) return fmt::format("from {} to {}", a, b);
  if (days && to.precision() == DatePrecision::day) return fmt::format("du {} au {}", a, b);
  return fmt::format("{} à {}", french_de(a), b);
}

std::string format_month_short(Date d, Language lang) {
  const auto ymd = d.year_month_day();
  return fmt::format("{} {}", month_abbreviation(ymd.month, lang), static_cast<int>(ymd.year));
}

}  // namespace fundline
