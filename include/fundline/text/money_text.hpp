// fundline/text/money_text.hpp - money as people read it, in English and French.
//
// Three styles of one exact amount, each in English or French:
//   full     every digit, grouped: "€1,090,000,000.00", "1 090 000 000,00 €"
//   compact  three significant digits and a unit: "€1.09B", "1,09 Md€"
//   prose    for sentences: "€1.09 billion", "1,09 milliard d’euros"
// and format_reported() adds a ReportedMoney's qualifier ("more than €6B",
// "plus de 6 Md€", "€10M–15M", "10–15 M€", "undisclosed", "non communiqué").
//
// French typography follows CLDR fr: the group separator is U+202F (narrow
// no-break space), the decimal separator a comma, and U+00A0 (no-break space)
// stands between a number and what follows it (the symbol, the unit, the
// word "milliard"), so a line never breaks inside an amount. English puts
// the symbol before the number; a currency without a symbol of its own
// (CHF, SEK) is written with its code and a no-break space: "CHF 1.5M".
//
// Rounding: compact and prose round to three significant digits with the
// RoundingMode given (half_even unless the caller says otherwise) by exact
// integer division (core/rounding.hpp), trim trailing zeros, and only then
// choose the unit, so 999.95M carries over to "€1B". Nothing goes through a
// double. Units: K, M, B, T in English; k, M, Md, Bn in French (CLDR).
// French plurals follow CLDR (singular below 2): "1,09 milliard",
// "2 milliards". Prose names EUR, USD and GBP (euros, dollars, livres
// sterling); other currencies fall back to their code.
//
//   using namespace fundline;
//   auto eur = [](std::int64_t units) { return Money::from_major(units, currencies::EUR); };
//   format_money(eur(1'090'000'000), Language::en);     // "€1,090,000,000.00"
//   format_money(eur(1'090'000'000), Language::fr);     // "1 090 000 000,00 €" (U+202F groups, U+00A0 before €)
//   format_compact(eur(1'090'000'000), Language::en);   // "€1.09B"
//   format_compact(eur(600'000'000), Language::fr);     // "600 M€" (U+00A0)
//   format_compact(eur(999'950'000), Language::en);     // "€1B"
//   format_prose(eur(1'090'000'000), Language::fr);     // "1,09 milliard d’euros"
//   format_prose(eur(2'000'000'000), Language::fr);     // "2 milliards d’euros"
//   format_reported(ReportedMoney::more_than(eur(6'000'000'000)), Language::fr);  // "plus de 6 Md€"
//   format_reported(ReportedMoney::between(eur(10'000'000), eur(15'000'000)), Language::en);  // "€10M–15M"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "fundline/core/money.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

// The two spaces of French typography, as UTF-8.
inline constexpr std::string_view no_break_space = "\u00A0";
inline constexpr std::string_view narrow_no_break_space = "\u202F";

enum class MoneyStyle : std::uint8_t { full, compact, prose };

// Every digit, grouped by thousands, with the currency's decimals.
[[nodiscard]] std::string format_money(Money m, Language lang);

// Three significant digits and a unit: "€1.09B", "$16.3M", "£500K", "1,09 Md€".
[[nodiscard]] std::string format_compact(Money m, Language lang, RoundingMode mode = RoundingMode::half_even);

// For sentences: "€1.09 billion", "600 millions d’euros", "15 millions de
// dollars". Below a million the amount is written in full, without decimals
// when it has none: "€500,000", "500 000 euros".
[[nodiscard]] std::string format_prose(Money m, Language lang, RoundingMode mode = RoundingMode::half_even);

// The amount in the given style: one of the three above.
[[nodiscard]] std::string format_money(Money m, Language lang, MoneyStyle style,
                                       RoundingMode mode = RoundingMode::half_even);

// A reported amount with its qualifier: "about $2B", "plus de 6 Md€",
// "€10M–15M", "10–15 M€", "undisclosed" / "non communiqué".
[[nodiscard]] std::string format_reported(const ReportedMoney& r, Language lang,
                                          MoneyStyle style = MoneyStyle::compact,
                                          RoundingMode mode = RoundingMode::half_even);

// The qualifier's words before an amount ("more than ", "plus de "); empty
// for exact; the whole text for undisclosed; empty for range.
[[nodiscard]] std::string_view qualifier_prefix(Qualifier q, Language lang) noexcept;

}  // namespace fundline
