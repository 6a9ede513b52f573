// fundline import FILE.csv [--format odm|bulk|web|fundline] [-o OUT.json|OUT.csv] [--companies KNOWN.json] [--lenient]
//
// Reads a Crunchbase export (or fundline's own CSV), prints one summary line
// on stdout and, in lenient mode, every rejected row on stderr. With -o the
// companies are written as JSON (.json) or fundline CSV (.csv).
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
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

// The -o file, written a company at a time into OUT.part, renamed to OUT
// once complete: a failed import leaves no half-written OUT.
class OutputFile {
 public:
  explicit OutputFile(std::string out) : out_(std::move(out)), part_(out_ + ".part") {
    const auto ext = std::filesystem::path(out_).extension();
    if (ext != ".json" && ext != ".csv")
      throw fundline::error(fmt::format(
          "cannot tell the output format of \"{}\": expected a file name ending in .json or .csv", out_));
    json_ = ext == ".json";
    stream_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    restart();
  }
  ~OutputFile() {
    if (!committed_) {
      stream_.close();
      std::error_code ec;
      std::filesystem::remove(part_, ec);
    }
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void restart() {
    if (stream_.is_open()) stream_.close();
    stream_.open(part_, std::ios::binary | std::ios::trunc);
    if (!stream_) throw fundline::error(fmt::format("cannot write {}: cannot open the file for writing", part_));
  }
  void write(std::string_view text) { stream_.write(text.data(), static_cast<std::streamsize>(text.size())); }
  [[nodiscard]] fundline::CompaniesText format() const noexcept {
    return json_ ? fundline::CompaniesText::json : fundline::CompaniesText::csv;
  }
  void commit() {
    stream_.flush();
    if (!stream_) throw fundline::error(fmt::format("cannot write {}: write failed (disk full?)", part_));
    stream_.close();
    std::filesystem::rename(part_, out_);
    committed_ = true;
  }

 private:
  std::string out_, part_;
  bool json_ = false, committed_ = false;
  std::array<char, 1 << 20> buffer_{};
  std::ofstream stream_;
};

// -o naming an input would destroy it before (or while) it is read.
void refuse_output_over_input(const ImportArgs& args) {
  if (args.out.empty()) return;
  std::error_code ec;
  for (const std::string* input : {&args.file, &args.companies})
    if (!input->empty() && std::filesystem::equivalent(args.out, *input, ec))
      throw fundline::error(fmt::format("refusing to write {}: it is an input of this import; expected another -o file",
                                        args.out));
}

void run_import(const ImportArgs& args) {
  refuse_output_over_input(args);
  fundline::ImportOptions options;
  options.format = *fundline::try_parse_import_format(args.format);
  options.lenient = args.lenient;
  if (!args.companies.empty()) options.known_companies = fundline::load_companies_json(args.companies);
  fundline::cli::ProgressBar bar(args.file);
  options.progress = [&](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
  // The text goes to -o as it is written, never all in memory at once.
  std::optional<OutputFile> output;
  if (!args.out.empty()) output.emplace(args.out);
  fundline::TextSink sink;
  if (output) {
    sink.write = [&](std::string_view text) { output->write(text); };
    sink.restart = [&] { output->restart(); };
  }
  const auto result = fundline::import_csv_streaming(std::filesystem::path(args.file), options,
                                                     output ? output->format() : fundline::CompaniesText::csv, sink);
  bar.finish();
  for (const auto& p : result.problems) fmt::print(stderr, "fundline: rejected: {}\n", p.to_string());
  if (output) output->commit();
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
