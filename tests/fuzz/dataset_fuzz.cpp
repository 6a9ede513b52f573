// libFuzzer target for the columnar Dataset loader (Dataset::parse_odm_csv)
// and what report does with its result: any bytes either load or throw a
// fundline::error, never crash; a strict load that succeeds loads the same
// rounds leniently and on several threads; a lenient load keeps or reports
// every row; the as-of look-ups (every company, and one unknown) never touch
// memory they do not own, even when no round is disclosed.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fundline/dataset/dataset.hpp"
#include "fuzz_check.hpp"

namespace {

bool same_rounds(const fundline::Dataset& a, const fundline::Dataset& b) {
  if (a.size() != b.size() || a.company_count() != b.company_count()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a.company_uuid(a.company_of(i)) != b.company_uuid(b.company_of(i)) || a.days()[i] != b.days()[i] ||
        a.raised_usd()[i] != b.raised_usd()[i] || a.raised_amounts()[i] != b.raised_amounts()[i])
      return false;
  return true;
}

void ask_as_of(const fundline::Dataset& ds) {
  try {
    const auto eur = ds.convert_to(fundline::currencies::EUR, fundline::bundled_ecb_rates(), fundline::RoundingMode::half_up);
    std::vector<fundline::AsOfQuery> queries{{fundline::AsOfQuery::unknown, 0}};
    for (fundline::CompanyId c = 0; c < ds.company_count(); ++c) queries.push_back({c, 20000});
    const auto answers = eur.cumulative_as_of(queries);
    FUNDLINE_FUZZ_CHECK(answers.size() == queries.size() && answers[0] == 0);
  } catch (const fundline::error&) {
    // No rate for a currency on a day, or a sum out of range: an error, not a crash.
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using fundline::LoadOptions, fundline::ParseMode, fundline::Dataset;
  Dataset lenient;
  try {
    lenient = Dataset::parse_odm_csv(text, "fuzz.csv", LoadOptions{.mode = ParseMode::lenient, .threads = 1});
  } catch (const fundline::error&) {
    return 0;  // the header: an error in both modes
  }
  FUNDLINE_FUZZ_CHECK(lenient.summary().rows == lenient.size());
  FUNDLINE_FUZZ_CHECK(lenient.summary().skipped == lenient.summary().problems.size());
  const Dataset split = Dataset::parse_odm_csv(text, "fuzz.csv", LoadOptions{.mode = ParseMode::lenient, .threads = 3});
  FUNDLINE_FUZZ_CHECK(same_rounds(lenient, split));
  FUNDLINE_FUZZ_CHECK(split.summary().problems == lenient.summary().problems);
  try {
    const Dataset strict = Dataset::parse_odm_csv(text, "fuzz.csv", LoadOptions{.threads = 1});
    FUNDLINE_FUZZ_CHECK(lenient.summary().skipped == 0);
    FUNDLINE_FUZZ_CHECK(same_rounds(strict, lenient));
  } catch (const fundline::parse_error& e) {
    FUNDLINE_FUZZ_CHECK(lenient.summary().skipped > 0);
    FUNDLINE_FUZZ_CHECK(e.location().line == lenient.summary().problems.front().line);
  }
  ask_as_of(lenient);
  return 0;
}
