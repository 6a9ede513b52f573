// fundline/text/count_text.hpp - small counts and spans of time in words.
//
// Prose spells small numbers out and writes larger ones in digits, as
// newspaper style books ask: zero to ten in words ("trois tours", "one
// year"), 11 and above in digits ("18 mois"). French words agree in gender
// ("un tour", "une levée"). A span of months reads as years when it is a
// whole number of years ("un an", "two years"), else as months.
//
//   using namespace fundline;
//   count_noun(3, "tour", "tours", Language::fr);                  // "trois tours"
//   count_noun(1, "levée", "levées", Language::fr, Gender::feminine);  // "une levée"
//   count_noun(18, "month", "months", Language::en);               // "18 months"
//   format_months(12, Language::fr);                               // "un an"
//   format_months(18, Language::fr);                               // "18 mois"
//   format_months(24, Language::en);                               // "two years"
//   nearest_months_between(parse_date("2023-06-13"), parse_date("2024-06-11"));  // 12 (nearest whole month)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "fundline/core/date.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

enum class Gender : std::uint8_t { masculine, feminine };

// "trois" / "three" for 0..10, digits otherwise; negative numbers in digits.
[[nodiscard]] std::string count_word(std::int64_t n, Language lang, Gender gender = Gender::masculine);

// The count and the noun in the right number. French plural from 2 (CLDR):
// "un tour", "deux tours"; English "one round", "two rounds", "zero rounds".
[[nodiscard]] std::string count_noun(std::int64_t n, std::string_view singular, std::string_view plural,
                                     Language lang, Gender gender = Gender::masculine);

// "un an", "deux ans", "18 mois", "un mois"; "one year", "18 months".
[[nodiscard]] std::string format_months(std::int64_t months, Language lang);

// Whole months from `from` to `to`, rounded to the nearest month (a half
// month rounds up); negative when to is before from.
[[nodiscard]] std::int64_t nearest_months_between(Date from, Date to);

}  // namespace fundline
