// fundline convert IN OUT
//
// Rewrites a file of companies in another layout: IN is a fundline JSON
// document or any CSV layout fundline imports (io/company_files.hpp), OUT
// ends in .json (the JSON document, lossless) or .csv (fundline's CSV
// layout, one round a row; docs/import.md lists what a row keeps). Prints
// one line: what was written.
//
//   $ fundline convert mistral.json mistral.csv
//   mistral.json -> mistral.csv (fundline CSV): companies 1, rounds 5
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "input_files.hpp"
#include "fundline/io/company_files.hpp"

namespace fundline::cli {
namespace {

struct ConvertOptions {
  std::string in;
  std::string out;
};

void run_convert(const ConvertOptions& o) {
  const std::vector<Company> companies = load_companies(o.in);
  save_companies(o.out, companies);
  std::size_t rounds = 0;
  for (const Company& c : companies) rounds += c.rounds.size();
  fmt::print("{} -> {} ({}): companies {}, rounds {}\n", o.in, o.out,
             std::filesystem::path(o.out).extension() == ".json" ? "fundline JSON" : "fundline CSV", companies.size(),
             rounds);
}

void add_convert(CLI::App& app) {
  auto options = std::make_shared<ConvertOptions>();
  auto* cmd = app.add_subcommand("convert", "Convert companies between fundline JSON and CSV layouts");
  cmd->add_option("in", options->in, "Companies: JSON or any CSV layout fundline imports")
      ->required()
      ->check(readable_file());
  cmd->add_option("out", options->out, "OUT.json (fundline JSON) or OUT.csv (fundline CSV)")->required();
  cmd->callback([options] { run_convert(*options); });
}

const Registration registered{"convert", add_convert};

}  // namespace
}  // namespace fundline::cli
