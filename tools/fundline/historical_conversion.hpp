// A timeline converted at each round's own ECB rate, for timeline and
// compare: a round after the table's last day is an error whose remedy is
// one the command line offers (rate_options.hpp), and the rates used are
// listed with their fixing dates.
#pragma once

#include <string>

#include <fmt/format.h>

#include "fundline/core/currency.hpp"
#include "fundline/core/error.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/fx/rates_in_use.hpp"
#include "fundline/text/language.hpp"
#include "rate_options.hpp"

namespace fundline::cli {

// With --accept-stale, the table reaches the timeline's last round.
[[nodiscard]] inline RateTable table_for(const Timeline& t, const RateOptions& options, const RateTable& table) {
  if (!options.accept_stale || t.empty()) return table;
  return reaching(table, *t.last_day());
}

inline Timeline convert_historically(const Timeline& t, Currency to, const RateTable& table) {
  try {
    return t.converted(table, to, Convention::historical());
  } catch (const fx_error& e) {
    throw with_cli_advice(e, table);
  }
}

// The rates that convert `from` to `to` on `day`: "USD 1.1727 per EUR
// (fixing of 2025-09-09)", "1,1727 USD pour 1 EUR (cours du 9 septembre
// 2025)" (describe_rate), both when neither is EUR, marked stale past the
// table's last day (--accept-stale). The conversion was made: no throw.
inline std::string rates_text(const RateTable& table, Currency from, Currency to, Date day, Language lang) {
  std::string out;
  for (const Currency c : {from, to})
    if (c != currencies::EUR && from != to) out += (out.empty() ? "" : "; ") + describe_rate(table.rate(c, day), lang);
  if (!table.empty() && table.last_day() < day)
    out += lang == Language::fr ? " [cours périmé\u00A0: --accept-stale]" : " [stale: --accept-stale]";
  return out;
}

}  // namespace fundline::cli
