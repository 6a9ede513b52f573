// The rate-table options every converting command shares (timeline, compare,
// fx, rank, report, and any to come): `--fx FILE` and `--accept-stale`, with
// the old spellings `--rates` and `--stale-rates` kept as aliases. Without
// --fx a command uses default_rates() (the newer of the bundled table and
// the one `fundline fx update` installed) and names it with its last day.
//
//   RateOptions rates;
//   add_rate_options(*cmd, rates);                  // in add_<command>()
//   const RatesInUse in_use = rates_in_use(rates);  // in run_<command>()
//   RateTable table = rates.accept_stale ? reaching(in_use.table, latest_round_day) : in_use.table;
#pragma once

#include <algorithm>
#include <cstdio>
#include <future>
#include <span>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "fundline/core/date.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/error.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/fx/rates_in_use.hpp"
#include "input_files.hpp"

namespace fundline::cli {

struct RateOptions {
  std::string fx_file;
  bool accept_stale = false;
};

inline void add_rate_options(CLI::App& cmd, RateOptions& o) {
  cmd.add_option("--fx,--rates", o.fx_file,
                 "ECB eurofxref-hist.csv or eurofxref.csv to use (default: the newer of the bundled table and the "
                 "one `fundline fx update` installed); --rates is the old spelling")
      ->check(readable_file());
  cmd.add_flag("--accept-stale,--stale-rates", o.accept_stale,
               "Convert dates after the table's last day at its last fixing, said in the output; --stale-rates is "
               "the old spelling");
}

[[nodiscard]] inline RatesInUse rates_in_use(const RateOptions& o) {
  return o.fx_file.empty() ? default_rates() : rates_from_file(o.fx_file);
}

// The same, read on a thread of its own while the command parses its input
// files (2 MB of ECB history is 10-20 ms of parsing). The command takes it
// with get() where it would have called rates_in_use(), so a bad input file
// is still reported before a bad rates file. threads: the command's
// --threads; 1 reads the rates at get(), on the caller's thread.
[[nodiscard]] inline std::future<RatesInUse> rates_in_use_soon(const RateOptions& o, unsigned threads = 0) {
  return std::async(threads == 1 ? std::launch::deferred : std::launch::async, [o] { return rates_in_use(o); });
}

// The table with dates up to `latest` accepted past its last day: far
// enough to reach the latest day asked, and no further.
[[nodiscard]] inline RateTable reaching(const RateTable& table, Date latest) {
  if (table.empty() || latest <= table.last_day()) return table.accepting_dates_past_end();
  const auto window = static_cast<int>((latest - table.last_day()).days()) + table.max_staleness_days();
  return table.accepting_dates_past_end().with_max_staleness(std::max(window, table.max_staleness_days()));
}

// The table a command converts a whole Dataset with: with --accept-stale,
// reaching the latest of `days` (the rounds it converts) and no further;
// else the table as it is.
[[nodiscard]] inline RateTable for_round_days(const RateOptions& o, const RateTable& table,
                                             std::span<const DayNumber> days) {
  if (!o.accept_stale || table.empty()) return table;
  DayNumber latest = to_day_number(table.last_day());
  for (const DayNumber d : days) latest = std::max(latest, d);
  return reaching(table, from_day_number(latest));
}

// The stderr note of a command whose stdout is an exact report: that
// --accept-stale converted rounds past the table's last day at its rates.
inline void note_accept_stale(const RateOptions& o, const RatesInUse& in_use) {
  if (o.accept_stale && !in_use.table.empty())
    fmt::print(stderr, "fundline: rounds after {} are converted at that day's rates (--accept-stale; table: {})\n",
               to_iso(in_use.table.last_day()), in_use.name);
}

// What the user can do about a date past the table's last day, on any
// converting command.
[[nodiscard]] inline std::string past_end_advice(const RateTable& table) {
  return fmt::format("run `fundline fx update` for a newer table, pass --fx with a newer ECB file, or --accept-stale "
                     "to use the last fixing{}",
                     table.empty() ? std::string() : fmt::format(", or count only the rounds up to then with --as-of {}",
                                                                 to_iso(table.last_day())));
}

// The same refusal with the advice of this command line instead of the
// library's, chosen from its typed reason (never from its text);
// `max_staleness_option` when the command has --max-staleness.
[[nodiscard]] inline fx_error with_cli_advice(const fx_error& e, const RateTable& table,
                                              bool max_staleness_option = false) {
  const FxRefusal& r = e.refusal();
  switch (r.reason) {
    case FxFailure::past_table_end:
      return fx_error(r, e.context(),
                      fmt::format("no EUR/{} rate on {}: the table ({}) ends on {}; {}", r.currency, to_iso(r.requested),
                                  r.table, to_iso(r.table_last_day), past_end_advice(table)));
    case FxFailure::stale:
    case FxFailure::retired:
      if (!max_staleness_option) return e;
      return fx_error(r, e.context(),
                      fmt::format("{} (on the command line: --max-staleness {} accepts it)", e.detail(),
                                  to_day_number(r.requested) - to_day_number(r.fixing)));
    default: return e;
  }
}

}  // namespace fundline::cli
