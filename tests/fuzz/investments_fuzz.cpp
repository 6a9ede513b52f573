// Any bytes as an investments.csv joined to a fixed funding_rounds.csv: the
// reader returns columns or throws parse_error naming a line, never crashes
// or loops; strict and lenient agree on clean input, lenient accounts for
// every row, and the investor report runs on whatever was kept.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fundline/core/error.hpp"
#include "fundline/dataset/investor_report.hpp"
#include "fuzz_check.hpp"

namespace {
const std::string rounds_csv =
    "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
    "m1,r1,2023-06-13,113000000,105000000,EUR\n"
    "m1,r2,2023-12-11,415000000,,\n"
    "h2,r3,2023-09-14,,,\n";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fundline;
  static const Dataset ds = Dataset::parse_odm_csv(rounds_csv, "rounds.csv");
  static const RoundKeys keys = RoundKeys::parse_odm_csv(rounds_csv, "rounds.csv", ds);
  const std::string text(reinterpret_cast<const char*>(data), size);
  bool strict_ok = false;
  std::size_t strict_rows = 0;
  try {
    const auto inv = Investments::parse_bulk_csv(text, "fuzz.csv", keys, LoadOptions{.threads = 2});
    strict_ok = true;
    strict_rows = inv.rows_read();
    FUNDLINE_FUZZ_CHECK(inv.size() + inv.orphan_count() == inv.rows_read());
  } catch (const parse_error& e) {
    FUNDLINE_FUZZ_CHECK(e.location().line >= 1);
  }
  try {
    const auto inv = Investments::parse_bulk_csv(text, "fuzz.csv", keys,
                                                 LoadOptions{.mode = ParseMode::lenient, .threads = 2});
    FUNDLINE_FUZZ_CHECK(inv.size() + inv.orphan_count() == inv.rows_read());
    FUNDLINE_FUZZ_CHECK(inv.summary().skipped == inv.summary().problems.size());
    for (const auto& p : inv.summary().problems) FUNDLINE_FUZZ_CHECK(p.line >= 2 && p.column >= 1);
    if (strict_ok) FUNDLINE_FUZZ_CHECK(inv.summary().skipped == 0 && inv.rows_read() == strict_rows);
    for (std::size_t i = 0; i < inv.size(); ++i) FUNDLINE_FUZZ_CHECK(inv.rounds()[i] < ds.size());
    const auto report = make_investors_report(inv, ds, bundled_ecb_rates());
    FUNDLINE_FUZZ_CHECK(report.participations <= inv.size());
    FUNDLINE_FUZZ_CHECK(report.rounds_led <= report.rounds_with_investors && report.rounds_with_investors <= 3);
  } catch (const parse_error& e) {
    // Only the header can fail a lenient load.
    FUNDLINE_FUZZ_CHECK(e.location().line == 1);
  }
  return 0;
}
