// CLI11 validators shared by the subcommands: a malformed day or an unknown
// currency code on the command line is bad usage (exit 2), reported before
// any file is read.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"

namespace fundline::cli {

inline CLI::Validator iso_day() {
  return CLI::Validator(
      [](std::string& s) { return try_parse_date(s) ? std::string() : "invalid date \"" + s + "\": expected YYYY-MM-DD"; },
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
