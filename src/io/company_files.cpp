#include "fundline/io/company_files.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"

namespace fundline {

CompanyFileLayout load_company_file_layout(const std::filesystem::path& path) {
  if (std::filesystem::is_directory(path))
    throw error(fmt::format("{}: is a directory, expected a file", path.string()));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(fmt::format("{}: {}", path.string(), std::strerror(errno)));
  // A UTF-8 byte-order mark and blanks may come before the '{'.
  for (char c; in.get(c);) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\xEF' || c == '\xBB' || c == '\xBF') continue;
    return c == '{' ? CompanyFileLayout::json : CompanyFileLayout::csv;
  }
  return CompanyFileLayout::csv;
}

std::vector<Company> load_companies(const std::filesystem::path& path, const ImportOptions& options,
                                    std::vector<ImportProblem>* problems) {
  if (load_company_file_layout(path) == CompanyFileLayout::json) return load_companies_json(path);
  ImportResult result = import_csv(path, options);
  if (problems != nullptr)
    problems->insert(problems->end(), result.problems.begin(), result.problems.end());
  return std::move(result.companies);
}

void save_companies(const std::filesystem::path& path, const std::vector<Company>& companies) {
  if (path.extension() == ".json") return save_json(path, companies);
  if (path.extension() == ".csv") return save_csv(path, companies);
  throw error(fmt::format("{}: cannot tell the layout to write: expected a name ending in .json or .csv", path.string()));
}

}  // namespace fundline
