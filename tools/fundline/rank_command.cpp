// fundline rank FILE... [--currency CODE] [--top N] [--as-of DATE] [--fx ECB.csv] [--accept-stale] [--lenient]
//            [--format text|csv|json]
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
//
// Several files rank the union of their companies, each file read by its own
// path. A company found in two files (the same id: the Crunchbase uuid, the
// JSON "id"; or the same name) is an error naming both, never a company
// counted twice.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "input_files.hpp"
#include "output_format.hpp"
#include "validators.hpp"
#include "fundline/core/error.hpp"
#include "fundline/dataset/dataset.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/io/company_files.hpp"
#include "fundline/io/crunchbase_import.hpp"
#include "progress_bar.hpp"
#include "rate_options.hpp"

namespace {

struct RankArgs {
  std::vector<std::string> files;
  std::string currency = "USD";
  std::size_t top = 20;
  std::string as_of;
  fundline::cli::RateOptions rates;
  bool lenient = false;
  fundline::cli::OutputFormat format = fundline::cli::OutputFormat::text;
};

struct Ranked {
  std::string name;
  std::string id;         // the company's uuid or id; its name when it has none
  std::size_t file = 0;   // index of the file it came from
  fundline::ReportedMoney total;
  std::size_t rounds = 0;
  std::size_t order = 0;  // first appearance: the last tie-break, so the output is stable
};

// Whether FILE is an open-data-map CSV, which the columnar path reads.
bool is_odm_csv(const std::filesystem::path& path) {
  if (fundline::load_company_file_layout(path) == fundline::CompanyFileLayout::json) return false;
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
void rank_columns(const RankArgs& args, std::size_t file, fundline::Currency to, fundline::Date as_of,
                  const fundline::RateTable& rates, std::vector<Ranked>& ranked) {
  using namespace fundline;
  const std::string& path = args.files[file];
  LoadOptions options{.mode = args.lenient ? ParseMode::lenient : ParseMode::strict};
  options.company_names = true;
  const Dataset ds = Dataset::load_odm_csv(path, options);
  for (const auto& p : ds.summary().problems)
    fmt::print(stderr, "fundline: rejected: {}\n",
               parse_error::describe(SourceLocation{path, p.line, p.column, p.field}, p.message));
  const DayNumber last = to_day_number(as_of);
  DayNumber latest = to_day_number(rates.last_day());
  for (const DayNumber d : ds.days())
    if (d <= last && d > latest) latest = d;
  const RateTable table = conversion_table(args, rates, from_day_number(latest));

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
  ranked.reserve(ranked.size() + sums.size());
  for (CompanyId c = 0; c < sums.size(); ++c) {
    const Sum& sum = sums[c];
    if (sum.total > std::numeric_limits<std::int64_t>::max())
      throw overflow_error(fmt::format("company \"{}\": the total raised does not fit in int64 minor units of {}",
                                       ds.company_name(c), to.code()));
    const Money total(static_cast<std::int64_t>(sum.total), to);
    ranked.push_back(Ranked{std::string(ds.company_name(c)), std::string(ds.company_uuid(c)), file,
                            sum.partial ? ReportedMoney::at_least(total) : ReportedMoney::exact(total), sum.rounds,
                            ranked.size()});
  }
}

// The object model: JSON and every CSV layout import_csv reads.
void rank_companies(const RankArgs& args, std::size_t file, fundline::Currency to, fundline::Date as_of,
                    const fundline::RateTable& rates, std::vector<Ranked>& ranked) {
  const std::string& path = args.files[file];
  fundline::ImportOptions options;
  options.lenient = args.lenient;
  fundline::cli::ProgressBar bar(path);
  options.progress = [&](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
  std::vector<fundline::ImportProblem> problems;
  const auto companies = fundline::load_companies(path, options, &problems);
  bar.finish();
  for (const auto& p : problems) fmt::print(stderr, "fundline: rejected: {}\n", p.to_string());

  fundline::Date latest = rates.last_day();
  for (const auto& c : companies)
    for (const auto& round : c.rounds)
      if (const auto day = round.announced.first_day(); day <= as_of && latest < day) latest = day;
  const fundline::RateTable table = conversion_table(args, rates, latest);
  ranked.reserve(ranked.size() + companies.size());
  for (const auto& c : companies) {
    Ranked r{c.name, c.id.empty() ? c.name : c.id, file, fundline::ReportedMoney::exact(fundline::Money::zero(to)), 0,
             ranked.size()};
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

// A company in two files would be counted twice: refused, naming both. The
// same id is the same company; so is the same name, since ids do not carry
// across layouts (a web export has none, a JSON document its own slugs).
// Every file but the one with the most companies is indexed and that one's
// companies looked up: a large export beside a small file costs look-ups,
// not a second index of the export.
void check_each_company_once(const RankArgs& args, const std::vector<Ranked>& ranked) {
  if (args.files.size() < 2) return;
  std::vector<std::size_t> companies(args.files.size());
  for (const Ranked& r : ranked) ++companies[r.file];
  const auto largest =
      static_cast<std::size_t>(std::max_element(companies.begin(), companies.end()) - companies.begin());
  const auto refuse = [&](const Ranked& a, const Ranked& b) {
    const Ranked& first = a.file < b.file ? a : b;
    const Ranked& second = a.file < b.file ? b : a;
    throw fundline::error(fmt::format(
        "company \"{}\" is in both {} (id {}) and {} (id {}): expected each company in one file (rank does not "
        "merge files: merge them with `fundline import --companies`, or leave one out)",
        second.name, args.files[first.file], first.id, args.files[second.file], second.id));
  };
  std::unordered_map<std::string_view, const Ranked*> by_id, by_name;
  for (const Ranked& r : ranked) {
    if (r.file == largest) continue;
    for (auto* seen : {&by_id, &by_name}) {
      const auto [it, added] = seen->emplace(seen == &by_id ? r.id : r.name, &r);
      if (!added && it->second->file != r.file) refuse(*it->second, r);
    }
  }
  for (const Ranked& r : ranked) {
    if (r.file != largest) continue;
    if (const auto it = by_id.find(r.id); it != by_id.end()) refuse(*it->second, r);
    if (const auto it = by_name.find(r.name); it != by_name.end()) refuse(*it->second, r);
  }
}

fundline::cli::DataTable rank_data(const RankArgs& args, const std::vector<Ranked>& ranked, std::size_t companies,
                                   fundline::Currency to, const fundline::RatesInUse& in_use, bool has_as_of,
                                   fundline::Date as_of) {
  using fundline::cli::Cell;
  fundline::cli::DataTable t;
  t.columns = {"rank", "company", "company_id", "rounds", "currency"};
  fundline::cli::add_reported_columns(t.columns, "total");
  t.columns.emplace_back("file");
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Ranked& r = ranked[i];
    std::vector<Cell> row{Cell::number(static_cast<std::int64_t>(i + 1)), Cell::text(r.name), Cell::text(r.id),
                          Cell::number(static_cast<std::int64_t>(r.rounds)), Cell::text(std::string(to.code()))};
    fundline::cli::add_reported(row, r.total);
    row.push_back(Cell::text(args.files[r.file]));
    t.rows.push_back(std::move(row));
  }
  t.meta["schema"] = "fundline.rank/1";
  t.meta["currency"] = to.code();
  t.meta["as_of"] = has_as_of ? nlohmann::ordered_json(fundline::to_iso(as_of)) : nlohmann::ordered_json(nullptr);
  t.meta["rates"] = in_use.name;
  t.meta["stale"] = args.rates.accept_stale;
  t.meta["files"] = args.files;
  t.meta["company_count"] = companies;
  t.meta["top"] = args.top;
  return t;
}

void run_rank(const RankArgs& args) {
  const auto to = fundline::Currency::from_code(args.currency);
  // Every round counts when no --as-of is given: the last day fundline knows.
  const bool has_as_of = !args.as_of.empty();
  const fundline::Date as_of = has_as_of ? fundline::parse_date(args.as_of) : fundline::parse_date("9999-12-31");
  const fundline::RatesInUse in_use = fundline::cli::rates_in_use(args.rates);
  const fundline::RateTable& table = in_use.table;
  std::vector<Ranked> ranked;
  for (std::size_t file = 0; file < args.files.size(); ++file) {
    if (is_odm_csv(args.files[file])) rank_columns(args, file, to, as_of, table, ranked);
    else rank_companies(args, file, to, as_of, table, ranked);
  }
  check_each_company_once(args, ranked);
  const std::size_t companies = ranked.size();
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

  if (args.format != fundline::cli::OutputFormat::text)
    return print_data(rank_data(args, ranked, companies, to, in_use, has_as_of, as_of), args.format, "companies");
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
  cmd->add_option("files", args->files, "Companies: JSON documents or CSV files of any layout fundline imports")
      ->required()
      ->expected(1, -1)
      ->check(fundline::cli::readable_file());
  cmd->add_option("--currency", args->currency, "Currency of the totals (ISO code, default USD)")->check(fundline::cli::currency_code());
  cmd->add_option("--top", args->top, "How many companies to list (default 20)")->check(CLI::PositiveNumber);
  cmd->add_option("--as-of", args->as_of, "Count only rounds announced on or before this day (YYYY-MM-DD)")
      ->check(fundline::cli::iso_day());
  cmd->add_flag("--lenient", args->lenient, "CSV input: skip bad rows, reporting each on stderr");
  fundline::cli::add_rate_options(*cmd, args->rates);
  fundline::cli::add_format_option(cmd, args->format);
  cmd->callback([args] { run_rank(*args); });
}

const fundline::cli::Registration registered{"rank", add_rank};

}  // namespace
