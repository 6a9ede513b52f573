// fundline investors: the investor benchmark's report of a rounds export and
// its investments export.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "fundline/dataset/investor_report.hpp"
#include "skipped_rows.hpp"

namespace {

struct InvestorsArgs {
  std::string rounds, investments, fx;
  bool lenient = false;
  unsigned threads = 0;
};

void run_investors(const InvestorsArgs& a) {
  using namespace fundline;
  const LoadOptions options{.mode = a.lenient ? ParseMode::lenient : ParseMode::strict, .threads = a.threads};
  const Dataset ds = Dataset::load_odm_csv(a.rounds, options);
  const RoundKeys keys = RoundKeys::load_odm_csv(a.rounds, ds, options);
  const Investments inv = Investments::load_bulk_csv(a.investments, keys, options);
  const EcbRates loaded = a.fx.empty() ? EcbRates{} : load_ecb_csv(a.fx);
  const std::string text = to_string(make_investors_report(inv, ds, a.fx.empty() ? bundled_ecb_rates() : loaded));
  std::fwrite(text.data(), 1, text.size(), stdout);
  cli::print_skipped_rows(ds.summary());
  cli::print_skipped_rows(inv.summary());
}

void add_investors(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "investors", "Print who invests, leads and co-invests across a funding_rounds.csv and its investments.csv");
  auto args = std::make_shared<InvestorsArgs>();
  cmd->add_option("--rounds", args->rounds, "funding_rounds.csv (Crunchbase open-data-map layout)")->required();
  cmd->add_option("--investments", args->investments, "investments.csv (Crunchbase bulk-export layout)")->required();
  cmd->add_option("--fx", args->fx, "eurofxref-hist.csv (default: the bundled ECB history)")->check(CLI::ExistingFile);
  cmd->add_flag("--lenient", args->lenient, "skip malformed rows, count them and list them on stderr");
  cmd->add_option("--threads", args->threads, "parsing threads (default: one a core)");
  cmd->callback([args] { run_investors(*args); });
}

const fundline::cli::Registration registered{"investors", add_investors};

}  // namespace
