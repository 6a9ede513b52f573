// libFuzzer target for the cap-table reader and engine: any input either
// parses or throws a fundline::error; a scenario that parses runs, or throws
// a fundline::error (an overflow), and its waterfalls pay out the exit value
// exactly, never more or less.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fundline/io/captable_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const fundline::ScenarioRun run = fundline::run_scenario(fundline::parse_captable_json(text, "fuzz.json"));
    for (const auto& w : run.exits) {
      fundline::Money sum = fundline::Money::zero(w.exit.currency());
      for (const auto& h : w.holdings) sum += h.total;
      if (!w.holdings.empty() && sum != w.exit) std::abort();
    }
  } catch (const fundline::error&) {
  }
  return 0;
}
