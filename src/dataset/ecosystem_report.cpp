#include "fundline/dataset/ecosystem_report.hpp"

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

namespace fundline {
namespace {

std::string int128_text(int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  __extension__ unsigned __int128 u = negative ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string digits;
  while (u != 0) {
    digits += static_cast<char>('0' + static_cast<int>(u % 10));
    u /= 10;
  }
  if (negative) digits += '-';
  std::reverse(digits.begin(), digits.end());
  return digits;
}

}  // namespace

EcosystemReport make_ecosystem_report(const Dataset& dataset, std::span<const AsOfQuery> queries,
                                      const EcbRates& rates, std::size_t top_count, unsigned threads) {
  return make_ecosystem_report(dataset, queries, RateTable::of(rates), top_count, threads);
}

EcosystemReport make_ecosystem_report(const Dataset& dataset, std::span<const AsOfQuery> queries,
                                      const RateTable& table, std::size_t top_count, unsigned threads) {
  EcosystemReport r;
  r.rounds = dataset.size();
  r.companies = dataset.company_count();
  r.undisclosed = dataset.undisclosed_count();
  r.total_usd = dataset.total_raised_usd_cents() / 100;
  const auto eur = dataset.convert_to(currencies::EUR, table, RoundingMode::half_up, threads);
  // The sums by year on a second thread while the as-of index is built
  // (both only read eur); the top companies from the index's totals.
  std::optional<AsOfIndex> index;
  std::exception_ptr sums_failed, index_failed;
  {
    const auto sums = [&] {
      try {
        r.total_eur_cents = eur.total();
        r.years = eur.totals_by_year();
      } catch (...) {
        sums_failed = std::current_exception();
      }
    };
    std::jthread beside;
    if (threads != 1) beside = std::jthread(sums);
    try {
      index.emplace(eur.as_of_index());
    } catch (...) {
      index_failed = std::current_exception();
    }
    if (threads == 1) sums();
  }
  if (sums_failed) std::rethrow_exception(sums_failed);  // the sums come first, as they did in one thread
  if (index_failed) std::rethrow_exception(index_failed);
  r.top = eur.top_n(top_count, *index);
  const auto answers = index->cumulative(queries, threads);
  for (std::int64_t a : answers) {
    r.as_of_sum += a;
    r.as_of_zero += a == 0;
  }
  return r;
}

std::string to_string(const EcosystemReport& r) {
  std::string out;
  out.reserve(1024);
  auto line = [&](std::string_view key, std::string_view value) {
    out += key;
    out += ' ';
    out += value;
    out += '\n';
  };
  line("rounds", std::to_string(r.rounds));
  line("companies", std::to_string(r.companies));
  line("undisclosed", std::to_string(r.undisclosed));
  line("total_usd", int128_text(r.total_usd));
  line("total_eur_cents", int128_text(r.total_eur_cents));
  for (const auto& y : r.years) line("year", fmt::format("{} {}", y.year, y.total));
  for (std::size_t k = 0; k < r.top.size(); ++k) line("top", fmt::format("{} {} {}", k + 1, r.top[k].uuid, r.top[k].total));
  line("asof_sum_eur_cents", int128_text(r.as_of_sum));
  line("asof_zero", std::to_string(r.as_of_zero));
  return out;
}

}  // namespace fundline
