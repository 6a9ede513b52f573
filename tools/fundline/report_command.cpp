// fundline report: the ecosystem benchmark's report of a funding-rounds export.
// Rates: default_rates() unless --fx; --accept-stale converts rounds after
// the table's last day at its last fixing (rate_options.hpp).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "rate_options.hpp"
#include "skipped_rows.hpp"
#include "input_files.hpp"
#include "fundline/dataset/as_of_queries.hpp"
#include "fundline/dataset/ecosystem_report.hpp"

namespace {

struct ReportArgs {
  std::string rounds, queries;
  fundline::cli::RateOptions rates;
  bool lenient = false;
  unsigned threads = 0;
  std::optional<int> max_staleness;
};

void run_report(const ReportArgs& a) {
  using namespace fundline;
  const LoadOptions options{.mode = a.lenient ? ParseMode::lenient : ParseMode::strict, .threads = a.threads};
  auto rates = cli::rates_in_use_soon(a.rates, a.threads);
  const Dataset ds = Dataset::load_odm_csv(a.rounds, options);
  const AsOfQueries q = load_as_of_queries_csv(a.queries, ds, options);
  const RatesInUse in_use = rates.get();
  RateTable table = in_use.table;
  if (a.max_staleness) table = table.with_max_staleness(*a.max_staleness);
  table = cli::for_round_days(a.rates, table, ds.days());
  const std::string text = [&] {
    try {
      return to_string(make_ecosystem_report(ds, q.queries, table, 10, a.threads));
    } catch (const fx_error& e) {
      throw cli::with_cli_advice(e, table, /*max_staleness_option=*/true);
    }
  }();
  std::fwrite(text.data(), 1, text.size(), stdout);
  // stdout is the benchmark's exact report: the notes go to stderr.
  cli::note_accept_stale(a.rates, in_use);
  cli::print_skipped_rows(ds.summary());
  cli::print_skipped_rows(q.summary);
}

void add_report(CLI::App& app) {
  auto* cmd = app.add_subcommand("report", "Print the ecosystem report of an open-data-map funding_rounds.csv");
  auto args = std::make_shared<ReportArgs>();
  cmd->add_option("--rounds", args->rounds, "funding_rounds.csv (Crunchbase open-data-map layout)")
      ->required()
      ->check(fundline::cli::readable_file());
  cmd->add_option("--queries", args->queries, "CSV of company_uuid,as_of look-ups")
      ->required()
      ->check(fundline::cli::readable_file());
  fundline::cli::add_rate_options(*cmd, args->rates);
  cmd->add_option("--max-staleness", args->max_staleness,
                  "Oldest ECB fixing accepted, in days before a round's date (default 7, as fx and rank)");
  cmd->add_flag("--lenient", args->lenient, "skip malformed rows, count them and list them on stderr");
  cmd->add_option("--threads", args->threads, "parsing threads (default: one a core)");
  cmd->callback([args] { run_report(*args); });
}

const fundline::cli::Registration registered{"report", add_report};

}  // namespace
