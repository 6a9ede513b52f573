// Any text: Money or parse_error, never a crash; an amount it reads is read
// back exactly from its canonical "CODE decimal" form.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <fmt/format.h>

#include "fundline/text/amount_parser.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto m = fundline::parse_compact_amount(text, fundline::currencies::EUR);
    FUNDLINE_FUZZ_CHECK(!m.is_negative());
    const auto again = fundline::parse_compact_amount(fmt::format("{} {}", m.currency().code(), m.to_decimal()));
    FUNDLINE_FUZZ_CHECK(again == m);
  } catch (const fundline::error&) {
  }
  try {
    (void)fundline::parse_reported_amount(text, fundline::currencies::USD);
  } catch (const fundline::error&) {
  }
  return 0;
}
