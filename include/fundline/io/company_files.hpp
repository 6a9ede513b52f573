// fundline/io/company_files.hpp - companies from and to a file of any layout fundline reads.
//
// One entry point for commands that take "a file of companies": a fundline
// JSON document (io/json.hpp) or any CSV layout import_csv reads
// (io/crunchbase_import.hpp: Crunchbase's three exports and fundline's own
// CSV). JSON is recognised by its first non-blank character, '{', whatever
// the file is called; anything else is read as CSV. Saving chooses by the
// extension: .json writes the JSON document, .csv fundline's CSV layout
// (io/csv_writer.hpp), anything else is an error naming the file.
//
//   using namespace fundline;
//   save_companies("mistral.csv", {bundled_mistral()});
//   load_companies("mistral.csv")[0].rounds.size();        // 5 (like bundled_mistral())
//   load_company_file_layout("mistral.csv") == CompanyFileLayout::csv;   // true
//   // save_companies("/tmp/mistral.txt", ...) throws error:
//   //   "/tmp/mistral.txt: cannot tell the layout to write: expected a name ending in .json or .csv"
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "fundline/io/crunchbase_import.hpp"
#include "fundline/model/company.hpp"

namespace fundline {

enum class CompanyFileLayout : std::uint8_t { json, csv };

// JSON when the first non-blank byte is '{', else CSV. Throws error when the
// file cannot be read.
[[nodiscard]] CompanyFileLayout load_company_file_layout(const std::filesystem::path& path);

// Every company of the file. CSV is read with `options` (strict by default:
// the first bad row throws parse_error naming file, line and column); the
// problems of a lenient import go to `problems` when it is not null.
[[nodiscard]] std::vector<Company> load_companies(const std::filesystem::path& path, const ImportOptions& options = {},
                                                  std::vector<ImportProblem>* problems = nullptr);

// .json: save_json; .csv: save_csv. Throws error for any other extension.
void save_companies(const std::filesystem::path& path, const std::vector<Company>& companies);

}  // namespace fundline
