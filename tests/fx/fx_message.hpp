// Test helper: the fx_error message of f(), or "" when it does not throw.
#pragma once

#include <string>

#include "fundline/core/error.hpp"

namespace fundline::test {

template <typename F>
std::string fx_message(F f) {
  try {
    f();
  } catch (const fx_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace fundline::test
