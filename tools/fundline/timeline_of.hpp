// A company's timeline, with the file it came from named when its totals
// do not fit in int64 minor units (the amounts are valid one by one).
#pragma once

#include <string>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/model/company.hpp"

namespace fundline::cli {

inline Timeline timeline_of(const Company& company, const std::string& file) {
  try {
    return Timeline(company);
  } catch (const overflow_error& e) {
    if (file.empty()) throw;
    throw overflow_error(fmt::format("{}: company \"{}\": {}", file, company.name, e.what()));
  }
}

}  // namespace fundline::cli
