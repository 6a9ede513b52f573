// libFuzzer target for the JSON reader: any input either parses or throws a
// fundline::error; what parses must survive a write and a second read
// unchanged (the lossless guarantee, on inputs nobody wrote by hand).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fundline/io/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<fundline::Company> companies;
  try {
    companies = fundline::parse_companies_json(text, "fuzz.json");
  } catch (const fundline::error&) {
    return 0;
  }
  const std::string written = fundline::to_json_text(companies);
  if (fundline::parse_companies_json(written, "rewritten.json") != companies) std::abort();
  if (fundline::to_json_text(fundline::parse_companies_json(written, "rewritten.json")) != written) std::abort();
  return 0;
}
