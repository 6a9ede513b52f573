// fundline/fx/rates_install.hpp - installing a newer ECB history, all or nothing.
//
// install_ecb_history() is what `fundline fx update` does once it has the
// text of eurofxref-hist.csv. It validates the whole file with the ECB reader
// (the known header and currency columns, positive rates or N/A, one row a
// day) and checks that it is a newer full history than the table in use
// (default_rates()):
// - the days are strictly decreasing, newest first, as the ECB publishes;
// - its first day is not later than the table in use's (a daily
//   eurofxref.csv would otherwise replace 25 years of history);
// - its last day is not older than the table in use's.
// It then installs it atomically at installed_rates_path(): a temporary file
// in the same directory, written, fsync'ed, renamed over the old one, and the
// directory fsync'ed. Any failure (validation, a full disk, a directory that
// cannot be created) throws fundline::error naming the cause, removes the
// temporary file and leaves the installed table byte for byte as it was.
//
//   #include <stdlib.h>
//   const auto removed = std::filesystem::remove_all("fundline-data");   // a fresh data directory, here
//   setenv("FUNDLINE_DATA_DIR", "fundline-data", 1);
//   auto u = fundline::install_ecb_history("Date,USD,\n2025-05-12,1.1241,\n1999-01-04,1.1789,\n", "hist.csv");
//   u.previous_last_day;    // 2025-05-09 (the bundled table)
//   u.last_day;             // 2025-05-12
//   u.days_added;           // 1
//   u.path.string();        // "fundline-data/eurofxref-hist.csv"
//   fundline::install_ecb_history("Date,USD,\n2025-05-12,0,\n", "x.csv");
//   // throws parse_error: "x.csv:2:12: field 'USD': invalid rate \"0\": ..."
//   fundline::install_ecb_history("Date,USD,\n2025-05-08,1.1,\n1999-01-04,1.1789,\n", "old.csv");
//   // throws error: "old.csv: the file ends on 2025-05-08, before the table in use (installed fundline-data/..."
//   unsetenv("FUNDLINE_DATA_DIR");
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "fundline/core/date.hpp"

namespace fundline {

struct RatesUpdate {
  std::filesystem::path path;      // where the table now lives
  std::string previous_name;       // the table in use before, as default_rates() named it
  Date previous_last_day;
  Date first_day;                  // of the installed table
  Date last_day;
  std::size_t days = 0;            // fixing days in the installed table
  std::size_t days_added = 0;      // of them, after previous_last_day
};

// `origin` names the text in errors (a URL, or "URL: eurofxref-hist.csv" for a zip member).
[[nodiscard]] RatesUpdate install_ecb_history(std::string_view csv, std::string_view origin);

}  // namespace fundline
