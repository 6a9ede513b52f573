// Files and the bundled documents; the text work is in json_reader.cpp and
// json_writer.cpp.
#include "fundline/io/json.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include <fmt/format.h>

#include "fundline/data/bundled.hpp"
#include "json_document.hpp"

namespace fundline {

namespace {

std::string read_file(const std::filesystem::path& path) { return detail::read_text_file(path); }

// Writes beside the target and renames, so that a failed save never leaves
// a half-written document in place of a good one.
void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
    out << text;
    out.flush();
    if (!out) throw error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    const std::string why = ec.message();  // before remove() overwrites ec
    std::filesystem::remove(temporary, ec);
    throw error(fmt::format("cannot write {}: {}", path.string(), why));
  }
}

}  // namespace

std::vector<Company> load_companies_json(const std::filesystem::path& path) {
  return parse_companies_json(read_file(path), path.string());
}

Company load_company_json(const std::filesystem::path& path) {
  return parse_company_json(read_file(path), path.string());
}

void save_json(const std::filesystem::path& path, const Company& company) { write_file(path, to_json_text(company)); }

void save_json(const std::filesystem::path& path, const std::vector<Company>& companies) {
  write_file(path, to_json_text(companies));
}

const Company& bundled_mistral() {
  static const Company mistral = parse_company_json(bundled_mistral_json(), "data/companies/mistral.json (bundled)");
  return mistral;
}

const std::vector<Company>& bundled_ai_peers() {
  static const std::vector<Company> peers =
      parse_companies_json(bundled_ai_peers_json(), "data/companies/ai-peers.json (bundled)");
  return peers;
}

}  // namespace fundline
