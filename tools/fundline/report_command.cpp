// fundline report: the ecosystem benchmark's report of a funding-rounds export.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "input_files.hpp"
#include "fundline/dataset/as_of_queries.hpp"
#include "fundline/dataset/ecosystem_report.hpp"

namespace {

struct ReportArgs {
  std::string rounds, queries, fx;
  bool lenient = false;
  unsigned threads = 0;
};

void run_report(const ReportArgs& a) {
  using namespace fundline;
  const LoadOptions options{.mode = a.lenient ? ParseMode::lenient : ParseMode::strict, .threads = a.threads};
  const Dataset ds = Dataset::load_odm_csv(a.rounds, options);
  const AsOfQueries q = load_as_of_queries_csv(a.queries, ds, options);
  const EcbRates loaded = a.fx.empty() ? EcbRates{} : load_ecb_csv(a.fx);
  const EcbRates& rates = a.fx.empty() ? bundled_ecb_rates() : loaded;
  const auto report = make_ecosystem_report(ds, q.queries, rates, 10, a.threads);
  const std::string text = to_string(report);
  std::fwrite(text.data(), 1, text.size(), stdout);
  for (const LoadSummary* s : {&ds.summary(), &q.summary}) {
    if (s->skipped == 0) continue;
    fmt::print(stderr, "fundline: {}: skipped {} malformed row{}\n", s->source, s->skipped, s->skipped == 1 ? "" : "s");
    for (const auto& p : s->problems)
      fmt::print(stderr, "  {}:{}:{}: {}{}\n", s->source, p.line, p.column,
                 p.field.empty() ? std::string() : "field '" + p.field + "': ", p.message);
  }
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
  cmd->add_option("--fx", args->fx, "eurofxref-hist.csv (default: the bundled ECB history)")->check(fundline::cli::readable_file());
  cmd->add_flag("--lenient", args->lenient, "skip malformed rows, count them and list them on stderr");
  cmd->add_option("--threads", args->threads, "parsing threads (default: one a core)");
  cmd->callback([args] { run_report(*args); });
}

const fundline::cli::Registration registered{"report", add_report};

}  // namespace
