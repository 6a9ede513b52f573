#include "fundline/fx/rates_in_use.hpp"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/fx/data_dir.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"

namespace fundline {
namespace {

RatesInUse from_ecb(std::shared_ptr<const EcbRates> ecb, RatesOrigin origin, std::filesystem::path path) {
  RatesInUse out;
  // The bundled table is built once per program; copies of it are O(1).
  out.table = origin == RatesOrigin::bundled ? RateTable::bundled() : RateTable(*ecb);
  out.ecb = std::move(ecb);
  out.origin = origin;
  out.path = std::move(path);
  out.name = describe_rates(out.table);
  return out;
}

}  // namespace

std::string describe_rates(const RateTable& table) {
  if (table.empty()) return fmt::format("{}, no fixing days", table.source());
  return fmt::format("{}, last day {}", table.source(), to_iso(table.last_day()));
}

std::string describe_rates(const RatesInUse& rates, Language lang) {
  if (lang == Language::en) return describe_rates(rates.table);
  std::string origin;
  switch (rates.origin) {
    case RatesOrigin::bundled: origin = "table eurofxref-hist.csv fournie avec fundline"; break;
    case RatesOrigin::installed:
      origin = fmt::format("table installée par «{0}fundline fx update{0}» ({1})", no_break_space, rates.path.string());
      break;
    case RatesOrigin::file: origin = fmt::format("fichier {}", rates.table.source()); break;
  }
  if (rates.table.empty()) return fmt::format("{}, sans aucun cours", origin);
  return fmt::format("{}, jusqu’au {}", origin, format_date(PartialDate(rates.table.last_day()), lang));
}

std::string describe_rate(const FxRate& rate, Language lang) {
  if (lang == Language::en) return fmt::format("{}", rate);
  std::string decimal = rate_to_decimal(rate.micro);
  std::replace(decimal.begin(), decimal.end(), '.', ',');
  return fmt::format("{1}{0}{2} pour 1{0}EUR (cours du {3})", no_break_space, decimal, rate.currency,
                     format_date(PartialDate(rate.fixing_date), lang));
}

RatesInUse rates_from_file(const std::filesystem::path& path) {
  return from_ecb(std::make_shared<const EcbRates>(load_ecb_csv(path)), RatesOrigin::file, path);
}

RatesInUse default_rates() {
  // The bundled rates live as long as the program: a non-owning pointer.
  RatesInUse bundled = from_ecb(std::shared_ptr<const EcbRates>(std::shared_ptr<const EcbRates>(), &bundled_ecb_rates()),
                                RatesOrigin::bundled, {});
  const std::filesystem::path path = installed_rates_path();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return bundled;
  std::shared_ptr<const EcbRates> ecb;
  try {
    auto loaded = load_ecb_csv(path);
    loaded.source = fmt::format("installed {}", path.string());
    ecb = std::make_shared<const EcbRates>(std::move(loaded));
  } catch (const error& e) {
    throw error(fmt::format("{} (the table `fundline fx update` installed: run it again, or delete the file to use "
                            "the bundled table)",
                            e.what()));
  }
  RatesInUse installed = from_ecb(std::move(ecb), RatesOrigin::installed, path);
  if (installed.table.empty() || installed.table.last_day() <= bundled.table.last_day()) return bundled;
  return installed;
}

}  // namespace fundline
