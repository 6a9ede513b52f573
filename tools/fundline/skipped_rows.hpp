// The lenient loaders' skipped rows on stderr: a count, then one line each
// with file, line, column, field and what was expected.
#pragma once

#include <cstdio>

#include <fmt/format.h>

#include "fundline/dataset/load_options.hpp"

namespace fundline::cli {

inline void print_skipped_rows(const LoadSummary& s) {
  if (s.skipped == 0) return;
  fmt::print(stderr, "fundline: {}: skipped {} malformed row{}\n", s.source, s.skipped, s.skipped == 1 ? "" : "s");
  for (const auto& p : s.problems) fmt::print(stderr, "  {}:{}\n", s.source, p);
}

}  // namespace fundline::cli
