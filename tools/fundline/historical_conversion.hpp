// A timeline converted at each round's own ECB rate (the bundled table), for
// the commands that offer no --fx or --accept-stale: a round after the
// table's last day is an error whose remedy is one these commands have.
#pragma once

#include <string>

#include <fmt/format.h>

#include "fundline/core/currency.hpp"
#include "fundline/core/error.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/fx/rate_table.hpp"

namespace fundline::cli {

inline Timeline convert_historically(const Timeline& t, Currency to) {
  try {
    return t.converted(to, Convention::historical());
  } catch (const fx_error& e) {
    // The library's advice (a newer ECB file, accepting_dates_past_end()) is
    // not available on this command line: say what is, from the typed facts.
    const FxRefusal& r = e.refusal();
    if (r.reason != FxFailure::past_table_end) throw;
    throw fx_error(r, e.context(),
                   fmt::format("no EUR/{} rate on {}: the table ({}) ends on {}; count only the rounds up to then "
                               "with --as-of {}",
                               r.currency, to_iso(r.requested), r.table, to_iso(r.table_last_day),
                               to_iso(r.table_last_day)));
  }
}

}  // namespace fundline::cli
