// fundline/fx/rates_in_use.hpp - the one default ECB table, and where it came from.
//
// fundline embeds the ECB history up to 2025-05-09 (bundled_ecb_rates());
// `fundline fx update` installs a newer one in the data directory
// (data_dir.hpp). default_rates() is the newer of the two, by last day (the
// bundled one on a tie, and when nothing is installed), and says which it
// is; every fundline command that converts uses it unless given --fx FILE,
// and prints its `name`. The library's own defaults (RateTable::bundled(),
// Timeline::converted without a table) stay the embedded history: a program
// reads the data directory only when it asks for default_rates().
//
// An installed file that no longer reads (edited by hand, say) is an error
// naming it, never silently replaced by the bundled table.
//
//   setenv("FUNDLINE_DATA_DIR", "nothing-installed", 1);
//   auto rates = fundline::default_rates();
//   rates.origin == fundline::RatesOrigin::bundled;   // true
//   rates.name;                   // "bundled eurofxref-hist.csv, last day 2025-05-09"
//   rates.table.last_day();       // 2025-05-09
//   rates.ecb->days.size();       // 6747
//   fundline::rates_from_file("data/eurofxref-hist.csv").name;
//   // "data/eurofxref-hist.csv, last day 2025-05-09"
//   fundline::describe_rates(rates, fundline::Language::fr);
//   // "table eurofxref-hist.csv fournie avec fundline, jusqu’au 9 mai 2025"
//   fundline::describe_rate(rates.table.rate(fundline::currencies::USD, fundline::parse_date("2023-12-11")),
//                           fundline::Language::fr);
//   // "1,0757 USD pour 1 EUR (cours du 11 décembre 2023)" (no-break spaces)
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "fundline/fx/ecb_file.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

enum class RatesOrigin : std::uint8_t {
  bundled,    // embedded in the library
  installed,  // installed by `fundline fx update` in the data directory
  file,       // a file the caller named
};

struct RatesInUse {
  std::shared_ptr<const EcbRates> ecb;  // the rates as published (for Dataset and the report)
  RateTable table;                      // the same rates, for dated look-ups
  RatesOrigin origin = RatesOrigin::bundled;
  std::filesystem::path path;           // the file read; empty for the bundled table
  std::string name;                     // what a command prints: "<source>, last day YYYY-MM-DD"
};

// The newer of the bundled and the installed table.
[[nodiscard]] RatesInUse default_rates();
// An ECB history or daily file; errors name the file.
[[nodiscard]] RatesInUse rates_from_file(const std::filesystem::path& path);
// How commands name a table: "bundled eurofxref-hist.csv, last day 2025-05-09".
[[nodiscard]] std::string describe_rates(const RateTable& table);
// The same in a language: English is `rates.name`; French says where the
// table comes from and writes its last day out ("table eurofxref-hist.csv
// fournie avec fundline, jusqu’au 9 mai 2025").
[[nodiscard]] std::string describe_rates(const RatesInUse& rates, Language lang);
// One rate with its fixing day: in English as FxRate formats ("USD 1.0757
// per EUR (fixing of 2023-12-11)"), in French with a decimal comma, no-break
// spaces and the day written out ("1,0757 USD pour 1 EUR (cours du 11
// décembre 2023)").
[[nodiscard]] std::string describe_rate(const FxRate& rate, Language lang);

}  // namespace fundline
