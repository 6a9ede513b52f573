// fundline investors: the investor benchmark's report of a rounds export and
// its investments export. Rates as on every converting command: the default
// table unless --fx, rounds past its last day converted at its last fixing
// with --accept-stale (rate_options.hpp).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "fundline/dataset/investor_report.hpp"
#include "rate_options.hpp"
#include "skipped_rows.hpp"

namespace {

struct InvestorsArgs {
  std::string rounds, investments;
  fundline::cli::RateOptions rates;
  bool lenient = false;
  unsigned threads = 0;
};

void run_investors(const InvestorsArgs& a) {
  using namespace fundline;
  const LoadOptions options{.mode = a.lenient ? ParseMode::lenient : ParseMode::strict, .threads = a.threads};
  auto rates = cli::rates_in_use_soon(a.rates, a.threads);
  const Dataset ds = Dataset::load_odm_csv(a.rounds, options);
  const RoundKeys keys = RoundKeys::load_odm_csv(a.rounds, ds, options);
  const Investments inv = Investments::load_bulk_csv(a.investments, keys, options);
  const RatesInUse in_use = rates.get();
  const RateTable table = cli::for_round_days(a.rates, in_use.table, ds.days());
  const std::string text = [&] {
    try {
      return to_string(make_investors_report(inv, ds, table));
    } catch (const fx_error& e) {
      throw cli::with_cli_advice(e, table);
    }
  }();
  std::fwrite(text.data(), 1, text.size(), stdout);
  // stdout is the benchmark's exact report: the notes go to stderr.
  cli::note_accept_stale(a.rates, in_use);
  cli::print_skipped_rows(ds.summary());
  cli::print_skipped_rows(inv.summary());
}

void add_investors(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "investors", "Print who invests, leads and co-invests across a funding_rounds.csv and its investments.csv");
  auto args = std::make_shared<InvestorsArgs>();
  cmd->add_option("--rounds", args->rounds, "funding_rounds.csv (Crunchbase open-data-map layout)")
      ->required()
      ->check(fundline::cli::readable_file());
  cmd->add_option("--investments", args->investments, "investments.csv (Crunchbase bulk-export layout)")
      ->required()
      ->check(fundline::cli::readable_file());
  fundline::cli::add_rate_options(*cmd, args->rates);
  cmd->add_flag("--lenient", args->lenient, "skip malformed rows, count them and list them on stderr");
  cmd->add_option("--threads", args->threads, "parsing threads (default: one a core)");
  cmd->callback([args] { run_investors(*args); });
}

const fundline::cli::Registration registered{"investors", add_investors};

}  // namespace
