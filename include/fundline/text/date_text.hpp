// fundline/text/date_text.hpp - dates as people read them, in English and French.
//
// A PartialDate is written at its own precision, never more precise than
// the source: "13 June 2023" / "13 juin 2023", "June 2023" / "juin 2023",
// "Q2 2023" / "T2 2023" (trimestre), "2023". French writes the first day of
// a month as an ordinal, "1er juin 2023", and month names in lower case.
// Short month labels for chart axes follow CLDR's abbreviations
// ("Jun 2023", "juin 2023", "déc. 2023").
//
//   using namespace fundline;
//   format_date(PartialDate::parse("2023-06-13"), Language::en);   // "13 June 2023"
//   format_date(PartialDate::parse("2023-06-13"), Language::fr);   // "13 juin 2023"
//   format_date(PartialDate::parse("2024-02"), Language::fr);      // "février 2024"
//   format_date(PartialDate::parse("2023-Q2"), Language::fr);      // "T2 2023"
//   format_date(PartialDate::parse("2023-06-01"), Language::fr);   // "1er juin 2023"
//   format_month_short(parse_date("2023-12-11"), Language::fr);    // "déc. 2023"
//   format_date_span(PartialDate::parse("2023-06-13"), PartialDate::parse("2024-06-11"), Language::en);
//       // "from 13 June 2023 to 11 June 2024"
//   format_date_span(PartialDate::parse("2023-06-13"), PartialDate::parse("2024-06-11"), Language::fr);
//       // "du 13 juin 2023 au 11 juin 2024"
//   format_date_span(PartialDate::parse("2023-04"), PartialDate::parse("2023-08"), Language::fr);
//       // "d’avril 2023 à août 2023" (elided before a vowel, with the typographic apostrophe)
#pragma once

#include <string>
#include <string_view>

#include "fundline/core/date.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

// January is 1. Throws fundline::error outside 1..12.
[[nodiscard]] std::string_view month_name(int month, Language lang);
[[nodiscard]] std::string_view month_abbreviation(int month, Language lang);

// The date at its precision: day, month, quarter or year.
[[nodiscard]] std::string format_date(const PartialDate& d, Language lang);

// A span for a sentence: "from 13 June 2023 to 11 June 2024", "du 13 juin
// 2023 au 11 juin 2024"; French says "de ... à ..." for months, quarters and
// years ("de juin 2023 à juin 2024"). The same date twice is "on 13 June 2023"
// / "le 13 juin 2023" (or "in June 2023" / "en juin 2023").
[[nodiscard]] std::string format_date_span(const PartialDate& from, const PartialDate& to, Language lang);

// "Jun 2023" / "juin 2023": the month of d, for axis ticks.
[[nodiscard]] std::string format_month_short(Date d, Language lang);

}  // namespace fundline
