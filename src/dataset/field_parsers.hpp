// Internal: the dataset loaders' field parsers. Each reads one field and
// returns false (the caller words the error) instead of throwing: a lenient
// load of a file full of bad rows stays at full speed.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "fundline/core/currency.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/money.hpp"

namespace fundline::detail {

// parse_iso_day (a date field to a day number) is in fundline/core/day_number.hpp.

// A non-negative decimal ("1500000", "1500000.00") as minor units of a
// currency with `exponent` decimals; extra decimals must be zeros. The one
// decimal parser (detail::scan_decimal), with a limit that leaves room for
// sums and rates.
inline bool parse_minor_units(std::string_view s, int exponent, std::int64_t& out) noexcept {
  constexpr std::uint64_t limit = static_cast<std::uint64_t>(INT64_MAX) / 1000;
  return scan_decimal(s, exponent, Sign::non_negative, limit, out).problem == DecimalProblem::none;
}

// Remembers the last code: a column of currencies repeats a few codes.
class CurrencyCache {
 public:
  std::optional<std::uint8_t> find(std::string_view code) noexcept {
    if (code.size() == 3) {
      const std::uint32_t key = static_cast<std::uint32_t>(static_cast<unsigned char>(code[0])) |
                                static_cast<std::uint32_t>(static_cast<unsigned char>(code[1])) << 8 |
                                static_cast<std::uint32_t>(static_cast<unsigned char>(code[2])) << 16;
      if (key == last_key_) return last_index_;
      if (auto c = Currency::try_from_code(code)) {
        last_key_ = key;
        last_index_ = c->index();
        return last_index_;
      }
    }
    return std::nullopt;
  }

 private:
  std::uint32_t last_key_ = 0xFFFFFFFF;
  std::uint8_t last_index_ = 0;
};

}  // namespace fundline::detail
