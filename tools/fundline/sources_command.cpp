// fundline sources [FILE] [--lang en|fr]
//
// Every figure of each company in FILE (any layout fundline reads; the
// bundled Mistral AI data set when omitted) with the sources that report
// it, and every claim where sources disagree, side by side with the
// recorded figure (text/sources_text.hpp).
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "input_files.hpp"
#include "fundline/io/company_files.hpp"
#include "fundline/io/json.hpp"
#include "fundline/text/sources_text.hpp"

namespace fundline::cli {
namespace {

struct SourcesOptions {
  std::string file;
  std::string lang = "en";
};

void run_sources(const SourcesOptions& o) {
  const Language lang = parse_language(o.lang);
  const std::vector<Company> companies = o.file.empty() ? std::vector<Company>{bundled_mistral()} : load_companies(o.file);
  for (std::size_t i = 0; i < companies.size(); ++i)
    fmt::print("{}{}", i == 0 ? "" : "\n", write_sources(companies[i], lang));
}

void add_sources(CLI::App& app) {
  auto options = std::make_shared<SourcesOptions>();
  auto* cmd = app.add_subcommand("sources", "List each figure with its sources, and where sources disagree");
  cmd->add_option("file", options->file, "Companies: JSON or CSV (default: the bundled Mistral AI data set)")
      ->check(readable_file());
  cmd->add_option("--lang", options->lang, "Language of the output")->check(CLI::IsMember({"en", "fr"}));
  cmd->callback([options] { run_sources(*options); });
}

const Registration registered{"sources", add_sources};

}  // namespace
}  // namespace fundline::cli
