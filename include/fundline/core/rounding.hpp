// fundline/core/rounding.hpp - explicit rounding of exact quotients.
//
// Every lossy step in fundline (a currency conversion, a rescaling) divides
// two integers and rounds the quotient with a RoundingMode the caller chose.
// The arithmetic is done in 128 bits, so no intermediate product overflows.
//
//   using fundline::RoundingMode;
//   fundline::divide_rounded(5, 2, RoundingMode::half_even);   // 2
//   fundline::divide_rounded(7, 2, RoundingMode::half_even);   // 4
//   fundline::divide_rounded(5, 2, RoundingMode::half_up);     // 3
//   fundline::divide_rounded(-5, 2, RoundingMode::half_up);    // -3 (away from zero)
//   fundline::divide_rounded(7, 2, RoundingMode::down);        // 3 (toward zero)
#pragma once

#include <cstdint>
#include <string_view>

#include "fundline/core/error.hpp"

namespace fundline {

__extension__ using int128 = __int128;

enum class RoundingMode : std::uint8_t {
  half_even,  // banker's rounding: ties to the even neighbour (the default)
  half_up,    // ties away from zero
  down,       // toward zero (truncate)
  up,         // away from zero
  floor,      // toward negative infinity
  ceiling,    // toward positive infinity
};

[[nodiscard]] constexpr std::string_view to_string(RoundingMode m) noexcept {
  switch (m) {
    case RoundingMode::half_even: return "half_even";
    case RoundingMode::half_up: return "half_up";
    case RoundingMode::down: return "down";
    case RoundingMode::up: return "up";
    case RoundingMode::floor: return "floor";
    case RoundingMode::ceiling: return "ceiling";
  }
  return "?";
}

// numerator / denominator rounded with mode. denominator must not be zero.
[[nodiscard]] constexpr int128 divide_rounded(int128 numerator, int128 denominator, RoundingMode mode) {
  if (denominator == 0) throw error("division by zero while rounding");
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  int128 q = numerator / denominator;  // truncates toward zero
  int128 r = numerator % denominator;  // same sign as numerator
  if (r == 0) return q;
  const bool negative = numerator < 0;
  const int128 twice = (r < 0 ? -r : r) * 2;
  const int step = negative ? -1 : 1;  // away from zero
  switch (mode) {
    case RoundingMode::down: return q;
    case RoundingMode::up: return q + step;
    case RoundingMode::floor: return negative ? q - 1 : q;
    case RoundingMode::ceiling: return negative ? q : q + 1;
    case RoundingMode::half_up: return twice >= denominator ? q + step : q;
    case RoundingMode::half_even:
      if (twice > denominator) return q + step;
      if (twice < denominator) return q;
      return (q % 2 == 0) ? q : q + step;
  }
  return q;
}

}  // namespace fundline
