// Any text: companies or a fundline::error, never a crash; what parses is
// written and parsed again to the same companies.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fundline/io/json.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<fundline::Company> companies;
  try {
    companies = fundline::parse_companies_json(text, "fuzz.json");
  } catch (const fundline::error&) {
    return 0;
  }
  FUNDLINE_FUZZ_CHECK(fundline::parse_companies_json(fundline::to_json_text(companies), "again.json") == companies);
  return 0;
}
