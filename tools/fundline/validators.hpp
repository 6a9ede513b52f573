// CLI11 validators shared by the subcommands: a malformed day or an unknown
// currency code on the command line is bad usage (exit 2), reported before
// any file is read.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"

namespace fundline::cli {

// The message names what is wrong: "invalid date \"2024-13-01\": month 13 is
// out of range (1..12)", the library's own (parse_date).
inline CLI::Validator iso_day() {
  return CLI::Validator(
      [](std::string& s) {
        try {
          (void)parse_date(s);
          return std::string();
        } catch (const parse_error& e) {
          return std::string(e.what());
        }
      },
      "YYYY-MM-DD");
}

inline CLI::Validator currency_code() {
  return CLI::Validator(
      [](std::string& s) {
        return Currency::try_from_code(s) ? std::string()
                                          : "unknown currency \"" + s + "\": expected an ISO 4217 code such as EUR";
      },
      "CODE");
}

}  // namespace fundline::cli
