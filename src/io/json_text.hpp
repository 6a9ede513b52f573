// Private to src/io: the pieces of fundline JSON text that the object-model
// writer (json_writer.cpp, through nlohmann/json) and the direct writer of
// imports (odm_text_writer.cpp) must write alike, byte for byte.
#pragma once

#include <string>
#include <string_view>

#include "fundline/core/money.hpp"

namespace fundline::detail {

// "105000000.00" -> "105000000", "0.50" -> "0.5": the shortest exact text.
[[nodiscard]] std::string decimal_text(Money m);

// A JSON string (quotes included) as nlohmann/json dumps it without
// ensure_ascii: '"' and '\' escaped, \b \f \n \r \t, other bytes below 0x20
// as \u00xx; UTF-8 left as is (the caller has checked it).
void append_json_string(std::string& out, std::string_view s);

}  // namespace fundline::detail
