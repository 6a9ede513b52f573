// fundline rank FILE [--currency CODE] [--top N] [--as-of DATE] [--rates ECB.csv] [--stale-rates] [--lenient]
//
// Companies by total raised, each round converted at the ECB rate of its
// own date (historical convention; the bundled table unless --rates), ties
// broken by name. FILE is JSON (.json) or any CSV import_csv reads. Rounds
// announced after --as-of are left out; a round the table cannot convert
// (after its last day, say) is an error naming the company, the round and the
// date, never a silently skipped round.
#include <algorithm>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "input_files.hpp"
#include "validators.hpp"
#include "fundline/core/error.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/json.hpp"
#include "progress_bar.hpp"

namespace {

struct RankArgs {
  std::string file;
  std::string currency = "USD";
  std::size_t top = 20;
  std::string as_of;
  std::string rates;
  bool lenient = false;
  bool stale_rates = false;
};

struct Ranked {
  const fundline::Company* company;
  fundline::ReportedMoney total;
  std::size_t rounds = 0;
};

std::vector<fundline::Company> load(const RankArgs& args) {
  const std::filesystem::path path(args.file);
  if (path.extension() == ".json") return fundline::load_companies_json(path);
  fundline::ImportOptions options;
  options.lenient = args.lenient;
  fundline::cli::ProgressBar bar(args.file);
  options.progress = [&](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
  auto result = fundline::import_csv(path, options);
  bar.finish();
  for (const auto& p : result.problems) fmt::print(stderr, "fundline: rejected: {}\n", p.to_string());
  return std::move(result.companies);
}

void run_rank(const RankArgs& args) {
  const auto to = fundline::Currency::from_code(args.currency);
  // Every round counts when no --as-of is given: the last day fundline knows.
  const bool has_as_of = !args.as_of.empty();
  const fundline::Date as_of = has_as_of ? fundline::parse_date(args.as_of) : fundline::parse_date("9999-12-31");
  fundline::RateTable table =
      args.rates.empty() ? fundline::RateTable::bundled() : fundline::RateTable::load(args.rates);
  const auto companies = load(args);
  if (args.stale_rates) {
    // Far enough to reach the latest round counted, and no further.
    fundline::Date latest = table.last_day();
    for (const auto& c : companies)
      for (const auto& round : c.rounds)
        if (const auto day = round.announced.first_day(); day <= as_of && latest < day) latest = day;
    const auto window = static_cast<int>((latest - table.last_day()).days()) + table.max_staleness_days();
    table = table.accepting_dates_past_end().with_max_staleness(std::max(window, table.max_staleness_days()));
  }

  std::vector<Ranked> ranked;
  ranked.reserve(companies.size());
  for (const auto& c : companies) {
    Ranked r{&c, fundline::ReportedMoney::exact(fundline::Money::zero(to)), 0};
    for (const auto& round : c.rounds) {
      const fundline::Date day = round.announced.first_day();
      if (as_of < day) continue;
      try {
        r.total += fundline::convert_reported(table, round.amount, to, day);
      } catch (const fundline::fx_error& e) {
        throw fundline::fx_error(fmt::format("company \"{}\", round \"{}\" ({}): {} (fundline rank: pass --as-of, "
                                             "--rates with a newer file, or --stale-rates)",
                                             c.name, round.id, fundline::to_iso(day), e.what()));
      }
      ++r.rounds;
    }
    ranked.push_back(std::move(r));
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    const auto x = a.total.value_or_zero().minor_units(), y = b.total.value_or_zero().minor_units();
    if (x != y) return x > y;
    return a.company->name < b.company->name;
  });
  if (ranked.size() > args.top) ranked.resize(args.top);

  fmt::print("Total raised in {}, each round at the ECB rate of its date ({}){}{}\n", to.code(), table.source(),
             has_as_of ? fmt::format(", as of {}", fundline::to_iso(as_of)) : std::string(),
             args.stale_rates ? fmt::format("; STALE: rounds after {} use that day's rates", fundline::to_iso(table.last_day()))
                              : std::string());
  std::size_t width = 7;
  for (const auto& r : ranked) width = std::max(width, r.company->name.size());
  fmt::print("{:>4}  {:<{}}  {:>6}  {}\n", "rank", "company", width, "rounds", "total raised");
  for (std::size_t i = 0; i < ranked.size(); ++i)
    fmt::print("{:>4}  {:<{}}  {:>6}  {}\n", i + 1, ranked[i].company->name, width, ranked[i].rounds,
               ranked[i].total);
}

void add_rank(CLI::App& app) {
  auto args = std::make_shared<RankArgs>();
  auto* cmd = app.add_subcommand("rank", "Rank companies by total raised, converted at historical ECB rates");
  cmd->add_option("file", args->file, "Companies: a .json file or a CSV file fundline import reads")
      ->required()
      ->check(fundline::cli::readable_file());
  cmd->add_option("--currency", args->currency, "Currency of the totals (ISO code, default USD)")->check(fundline::cli::currency_code());
  cmd->add_option("--top", args->top, "How many companies to list (default 20)")->check(CLI::PositiveNumber);
  cmd->add_option("--as-of", args->as_of, "Count only rounds announced on or before this day (YYYY-MM-DD)")
      ->check(fundline::cli::iso_day());
  cmd->add_option("--rates", args->rates, "ECB eurofxref-hist.csv to use instead of the bundled table")
      ->check(fundline::cli::readable_file());
  cmd->add_flag("--lenient", args->lenient, "CSV input: skip bad rows, reporting each on stderr");
  cmd->add_flag("--stale-rates", args->stale_rates,
                "Convert rounds after the table's last day at its last fixing (said in the output)");
  cmd->callback([args] { run_rank(*args); });
}

const fundline::cli::Registration registered{"rank", add_rank};

}  // namespace
