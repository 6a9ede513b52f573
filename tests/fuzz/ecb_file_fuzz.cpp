// Any text: EcbRates (and a RateTable built from them) or a fundline::error,
// never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fundline/fx/ecb_file.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto ecb = fundline::parse_ecb_csv(text, "fuzz.csv");
    FUNDLINE_FUZZ_CHECK(ecb.micro.size() == ecb.currencies.size());
    for (const auto& column : ecb.micro) FUNDLINE_FUZZ_CHECK(column.size() == ecb.days.size());
    const fundline::RateTable table(ecb);
    if (!table.empty())
      for (auto c : table.currencies())
        if (table.can_convert(c, table.last_day()))
          (void)table.convert(fundline::Money::from_major(1000, c), fundline::currencies::EUR, table.last_day());
  } catch (const fundline::error&) {
  }
  return 0;
}
