// fundline rank FILE [--currency CODE] [--top N] [--as-of DATE] [--fx ECB.csv] [--accept-stale] [--lenient]
//
// Companies by total raised, each round converted at the ECB rate of its
// own date (historical convention; default_rates() unless --fx; --rates and
// --stale-rates are the old spellings, see rate_options.hpp), ties
// broken by name. FILE is JSON (.json) or any CSV import_csv reads. Rounds
// announced after --as-of are left out; a round the table cannot convert
// (after its last day, say) is an error naming the company, the round and the
// date, never a silently skipped round.
//
// An open-data-map export (the large one) is read by the columnar Dataset:
// no object a round, one pass over columns; the other layouts and JSON go
// through the object model. Both give the same ranking (tests/io).
#include <algorithm>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "input_files.hpp"
#include "validators.hpp"
#include "fundline/core/error.hpp"
#include "fundline/dataset/dataset.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/json.hpp"
#include "progress_bar.hpp"
#include "rate_options.hpp"

namespace {

struct RankArgs {
  std::string file;
  std::string currency = "USD";
  std::size_t top = 20;
  std::string as_of;
  fundline::cli::RateOptions rates;
  bool lenient = false;
};

struct Ranked {
  std::string name;
  fundline::ReportedMoney total;
  std::size_t rounds = 0;
  std::size_t order = 0;  // first appearance: the last tie-break, so the output is stable
};

// Whether FILE is an open-data-map CSV, which the columnar path reads.
bool is_odm_csv(const std::filesystem::path& path) {
  if (path.extension() == ".json") return false;
  auto reader = fundline::CsvReader::from_file(path);
  fundline::CsvRecord header;
  if (!reader.next(header)) return false;
  return fundline::detect_import_format(header, path.string()) == fundline::ImportFormat::odm;
}

// The table to convert with: --accept-stale reaches the latest round counted, and no further.
fundline::RateTable conversion_table(const RankArgs& args, const fundline::RateTable& table, fundline::Date latest) {
  if (!args.rates.accept_stale || table.empty()) return table;
  return fundline::cli::reaching(table, latest);
}

[[noreturn]] void conversion_failed(const fundline::fx_error& e, const fundline::RateTable& table,
                                    std::string_view company, std::string_view round, fundline::Date day) {
  throw fundline::cli::with_cli_advice(e, table)
      .in_context(fmt::format("company \"{}\", round \"{}\" ({})", company, round, fundline::to_iso(day)));
}

// The columnar path: rounds summed a company at a time in int128, exact.
std::vector<Ranked> rank_columns(const RankArgs& args, fundline::Currency to, fundline::Date as_of,
                                 fundline::RateTable& table) {
  using namespace fundline;
  LoadOptions options{.mode = args.lenient ? ParseMode::lenient : ParseMode::strict};
  options.company_names = true;
  const Dataset ds = Dataset::load_odm_csv(args.file, options);
  for (const auto& p : ds.summary().problems)
    fmt::print(stderr, "fundline: rejected: {}\n",
               parse_error::describe(SourceLocation{args.file, p.line, p.column, p.field}, p.message));
  const DayNumber last = to_day_number(as_of);
  DayNumber latest = to_day_number(table.last_day());
  for (const DayNumber d : ds.days())
    if (d <= last && d > latest) latest = d;
  table = conversion_table(args, table, from_day_number(latest));

  struct Sum {
    int128 total = 0;
    std::size_t rounds = 0;
    bool partial = false;  // an undisclosed round is counted
  };
  std::vector<Sum> sums(ds.company_count());
  const auto days = ds.days();
  const auto amounts = ds.raised_amounts();
  const auto currencies = ds.raised_currencies();
  const auto usd = ds.raised_usd();
  for (std::size_t row = 0; row < ds.size(); ++row) {
    if (days[row] > last) continue;
    Sum& sum = sums[ds.company_of(row)];
    ++sum.rounds;
    Money m;
    if (amounts[row] != Dataset::missing) m = Money(amounts[row], Currency::at(currencies[row]));
    else if (usd[row] != Dataset::missing) m = Money(usd[row], currencies::USD);
    else {
      sum.partial = true;
      continue;
    }
    const Date day = from_day_number(days[row]);
    try {
      sum.total += table.convert(m, to, day).minor_units();
    } catch (const fx_error& e) {
      const CompanyId c = ds.company_of(row);
      conversion_failed(e, table, ds.company_name(c), fmt::format("{} of {}", ds.company_uuid(c), to_iso(day)), day);
    }
  }
  std::vector<Ranked> ranked;
  ranked.reserve(sums.size());
  for (CompanyId c = 0; c < sums.size(); ++c) {
    const Sum& sum = sums[c];
    if (sum.total > std::numeric_limits<std::int64_t>::max())
      throw overflow_error(fmt::format("company \"{}\": the total raised does not fit in int64 minor units of {}",
                                       ds.company_name(c), to.code()));
    const Money total(static_cast<std::int64_t>(sum.total), to);
    ranked.push_back(Ranked{std::string(ds.company_name(c)),
                            sum.partial ? ReportedMoney::at_least(total) : ReportedMoney::exact(total), sum.rounds, c});
  }
  return ranked;
}

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
  const fundline::RatesInUse in_use = fundline::cli::rates_in_use(args.rates);
  fundline::RateTable table = in_use.table;
  std::vector<Ranked> ranked;
  if (is_odm_csv(args.file)) {
    ranked = rank_columns(args, to, as_of, table);
  } else {
    const auto companies = load(args);
    fundline::Date latest = table.last_day();
    for (const auto& c : companies)
      for (const auto& round : c.rounds)
        if (const auto day = round.announced.first_day(); day <= as_of && latest < day) latest = day;
    table = conversion_table(args, table, latest);
    ranked.reserve(companies.size());
    for (const auto& c : companies) {
      Ranked r{c.name, fundline::ReportedMoney::exact(fundline::Money::zero(to)), 0, ranked.size()};
      for (const auto& round : c.rounds) {
        const fundline::Date day = round.announced.first_day();
        if (as_of < day) continue;
        try {
          r.total += fundline::convert_reported(table, round.amount, to, day);
        } catch (const fundline::fx_error& e) {
          conversion_failed(e, table, c.name, round.id, day);
        }
        ++r.rounds;
      }
      ranked.push_back(std::move(r));
    }
  }
  // Only the top N are ordered: O(companies log N).
  const auto by_total = [](const Ranked& a, const Ranked& b) {
    const auto x = a.total.value_or_zero().minor_units(), y = b.total.value_or_zero().minor_units();
    if (x != y) return x > y;
    if (a.name != b.name) return a.name < b.name;
    return a.order < b.order;
  };
  const std::size_t shown = std::min(ranked.size(), args.top);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown), ranked.end(), by_total);
  ranked.resize(shown);

  fmt::print("Total raised in {}, each round at the ECB rate of its date ({}){}{}\n", to.code(), in_use.name,
             has_as_of ? fmt::format(", as of {}", fundline::to_iso(as_of)) : std::string(),
             args.rates.accept_stale && !table.empty() ? fmt::format("; STALE: rounds after {} use that day's rates", fundline::to_iso(table.last_day()))
                              : std::string());
  std::size_t width = 7;
  for (const auto& r : ranked) width = std::max(width, r.name.size());
  fmt::print("{:>4}  {:<{}}  {:>6}  {}\n", "rank", "company", width, "rounds", "total raised");
  for (std::size_t i = 0; i < ranked.size(); ++i)
    fmt::print("{:>4}  {:<{}}  {:>6}  {}\n", i + 1, ranked[i].name, width, ranked[i].rounds,
               ranked[i].total.to_string(true));
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
  cmd->add_flag("--lenient", args->lenient, "CSV input: skip bad rows, reporting each on stderr");
  fundline::cli::add_rate_options(*cmd, args->rates);
  cmd->callback([args] { run_rank(*args); });
}

const fundline::cli::Registration registered{"rank", add_rank};

}  // namespace
