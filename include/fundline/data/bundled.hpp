// fundline/data/bundled.hpp - data files embedded in the library.
//
// The ECB reference-rate history is compiled
// into the library, so programs get them without a path or a configuration.
// The same files are installed under <prefix>/share/fundline for reading.
//
//   auto csv = fundline::bundled_ecb_history_csv();   // "Date,USD,JPY,..."
#pragma once

#include <string_view>

namespace fundline {

[[nodiscard]] std::string_view bundled_ecb_history_csv() noexcept;

}  // namespace fundline
