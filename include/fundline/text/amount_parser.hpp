// fundline/text/amount_parser.hpp - compact money as people write it.
//
// Reads the amounts of press articles and Crunchbase's web export, exactly:
// digits are scaled as decimal integers, never through binary floating
// point, so "1,09 Md€" is EUR 1090000000.00 to the cent.
//
// What it reads:
// - a currency before or after the number: a symbol or an ISO 4217 code,
//   with or without a space ("$180M", "€8.8M", "EUR 105M", "105M EUR",
//   "15 M€"). Symbols: "$" and "US$" are USD, "€" EUR, "£" GBP, "₹" INR,
//   "¥" is JPY (Crunchbase's reading; the yuan is written "CN¥" or CNY),
//   and the other symbols of the currency table ("CA$", "A$", "HK$", ...).
// - a scale: K/k/thousand (10^3), M/m/mn/mln/million(s) (10^6), B/bn/
//   billion(s), Md/Mds/milliard(s) (10^9), T/tn/trillion(s) (10^12).
// - French forms: "1,09 Md€", "600 M€", "500 k€", "600 millions d'euros",
//   "1,09 milliard d'euros", "2 milliards de dollars", "un milliard
//   d'euros". In French forms the comma is the decimal mark and spaces may
//   group thousands.
// - separators: "1,234.5" (comma groups thousands), "1.234,5" (the last mark
//   is the decimal one); a lone comma followed by three digits groups thousands
//   ("$1,500M") except in French forms, otherwise it is the decimal mark.
//
// Errors (parse_error; unknown_currency for an unknown ISO code): no
// currency and no default, a negative amount, more digits than the
// currency's minor units after scaling ("¥1.2345K" is 1234.5 yen: an error,
// not a rounding), an amount beyond int64 minor units, trailing text.
//
//   using namespace fundline;
//   parse_compact_amount("$1.2B");                  // USD 1200000000.00
//   parse_compact_amount("€105M");                  // EUR 105000000.00
//   parse_compact_amount("1,09 Md€");               // EUR 1090000000.00
//   parse_compact_amount("600 millions d'euros");   // EUR 600000000.00
//   parse_compact_amount("¥1.2B");                  // JPY 1200000000
//   parse_compact_amount("2.5M", currencies::GBP);  // GBP 2500000.00 (default currency)
//   parse_reported_amount("", currencies::USD);     // undisclosed (USD)
//   parse_reported_amount("more than €6B", currencies::USD);  // more than EUR 6000000000.00
//   try_parse_compact_amount("12 apples");          // std::nullopt
#pragma once

#include <optional>
#include <string_view>

#include "fundline/core/currency.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/reported.hpp"

namespace fundline {

// Throws parse_error (or unknown_currency). `default_currency` is used when
// the text names no currency.
[[nodiscard]] Money parse_compact_amount(std::string_view text, std::optional<Currency> default_currency = std::nullopt);
[[nodiscard]] std::optional<Money> try_parse_compact_amount(std::string_view text,
                                                            std::optional<Currency> default_currency = std::nullopt);

// A compact amount with an optional qualifier: "about", "~", "approximately",
// "environ" (approximately); "more than", "over", "plus de" (more than);
// "at least", "au moins"; "at most", "up to", "jusqu'à"; "less than",
// "under", "moins de". Empty text, "undisclosed", "n/a", "-" and "—" give an
// undisclosed amount in `undisclosed_currency` (the text has none).
[[nodiscard]] ReportedMoney parse_reported_amount(std::string_view text, Currency undisclosed_currency);

}  // namespace fundline
