// fundline import FILE.csv [--format odm|bulk|web|fundline] [-o OUT.json|OUT.csv] [--companies KNOWN.json] [--lenient]
//
// Reads a Crunchbase export (or fundline's own CSV), prints one summary line
// on stdout and, in lenient mode, every rejected row on stderr. With -o the
// companies are written as JSON (.json) or fundline CSV (.csv).
#include <cstdio>
#include <string>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "input_files.hpp"
#include "fundline/core/error.hpp"
#include "fundline/io/company_files.hpp"
#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"
#include "progress_bar.hpp"

namespace {

struct ImportArgs {
  std::string file;
  std::string format = "auto";
  std::string out;
  std::string companies;
  bool lenient = false;
};

void run_import(const ImportArgs& args) {
  fundline::ImportOptions options;
  options.format = *fundline::try_parse_import_format(args.format);
  options.lenient = args.lenient;
  if (!args.companies.empty()) options.known_companies = fundline::load_companies_json(args.companies);
  fundline::cli::ProgressBar bar(args.file);
  options.progress = [&](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
  const auto result = fundline::import_csv(std::filesystem::path(args.file), options);
  bar.finish();
  for (const auto& p : result.problems) fmt::print(stderr, "fundline: rejected: {}\n", p.to_string());
  if (!args.out.empty()) fundline::save_companies(args.out, result.companies);
  fmt::print("{} ({}): {}\n", args.file, fundline::to_string(result.format), result.stats.to_string());
}

void add_import(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd = app.add_subcommand("import", "Import funding rounds from a Crunchbase CSV export");
  cmd->add_option("file", args->file, "CSV file: Crunchbase open-data-map, bulk or web export, or fundline CSV")
      ->required()
      ->check(fundline::cli::readable_file());
  cmd->add_option("--format", args->format, "Layout of the file (default: detected from the header)")
      ->check(CLI::IsMember({"auto", "odm", "bulk", "web", "fundline"}));
  cmd->add_option("-o,--output", args->out, "Write the companies to OUT.json (JSON) or OUT.csv (fundline CSV)");
  cmd->add_option("--companies", args->companies,
                  "Known companies (JSON): every row must belong to one of them (by id; by name for web exports), "
                  "rounds are added to theirs")
      ->check(fundline::cli::readable_file());
  cmd->add_flag("--lenient", args->lenient, "Skip bad rows, reporting each on stderr, instead of stopping");
  cmd->callback([args] { run_import(*args); });
}

const fundline::cli::Registration registered{"import", add_import};

}  // namespace
