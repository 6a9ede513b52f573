#include "fundline/io/csv_writer.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline_csv_layout.hpp"

namespace fundline {
namespace {

std::string sources_cell(const std::vector<Source>& sources) {
  std::vector<std::string> items;
  items.reserve(sources.size());
  for (const auto& s : sources) items.push_back(detail::format_source(s));
  return detail::join_list(items);
}

}  // namespace

void write_csv_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    out << csv_escape(fields[i]);
  }
  out << '\n';
}

std::string csv_escape(std::string_view field) {
  std::string out;
  append_csv_field(out, field);
  return out;
}

void append_csv_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

CsvCompaniesWriter::CsvCompaniesWriter(std::ostream& out) : out_(out) {
  write_csv_record(out_, std::vector<std::string>(detail::fundline_csv_columns.begin(), detail::fundline_csv_columns.end()));
}

void CsvCompaniesWriter::write(const Company& c) {
  std::ostream& out = out_;
  std::vector<std::string>& cells = cells_;
  {
    const std::string company_cells[] = {c.id,
                                         c.name,
                                         c.founded ? c.founded->to_string() : std::string(),
                                         c.country,
                                         detail::join_list(c.sectors),
                                         sources_cell(c.sources),
                                         c.note};
    auto write_round = [&](const Round* r) {
      cells.assign(std::begin(company_cells), std::end(company_cells));
      cells.resize(detail::fundline_csv_columns.size());
      if (r == nullptr) return write_csv_record(out, cells);
      std::vector<std::string> tranches, investors, leads;
      for (const auto& t : r->tranches)
        tranches.push_back(fmt::format("{}={}", to_string(t.instrument), detail::format_reported(t.amount, r->currency())));
      for (const auto& p : r->investors) {
        investors.push_back(p.investor);
        if (p.lead) leads.push_back(p.investor);
      }
      const auto usd = detail::find_usd_claim(r->claims, detail::amount_usd_claim);
      const auto post_usd = detail::find_usd_claim(r->claims, detail::post_money_usd_claim);
      const std::size_t n = std::size(company_cells);
      cells[n + 0] = r->id;
      cells[n + 1] = std::string(to_string(r->type));
      cells[n + 2] = r->announced.to_string();
      cells[n + 3] = r->label;
      cells[n + 4] = std::string(r->currency().code());
      if (r->amount.is_disclosed()) {
        cells[n + 5] = r->amount.value()->to_decimal();
        if (r->amount.qualifier() != Qualifier::exact) cells[n + 6] = std::string(to_string(r->amount.qualifier()));
        if (r->amount.qualifier() == Qualifier::range) cells[n + 7] = r->amount.high()->to_decimal();
      }
      cells[n + 8] = usd ? usd->to_decimal() : std::string();
      cells[n + 9] = detail::join_list(tranches);
      cells[n + 10] = detail::format_reported(r->pre_money, r->currency());
      cells[n + 11] = detail::format_reported(r->post_money, r->currency());
      cells[n + 12] = post_usd ? post_usd->to_decimal() : std::string();
      cells[n + 13] = detail::join_list(investors);
      cells[n + 14] = detail::join_list(leads);
      cells[n + 15] = sources_cell(r->sources);
      cells[n + 16] = r->note;
      write_csv_record(out, cells);
    };
    if (c.rounds.empty()) write_round(nullptr);
    for (const auto& r : c.rounds) write_round(&r);
  }
}

void write_csv(std::ostream& out, const std::vector<Company>& companies) {
  CsvCompaniesWriter writer(out);
  for (const auto& c : companies) writer.write(c);
}

std::string to_csv_text(const std::vector<Company>& companies) {
  std::ostringstream out;
  write_csv(out, companies);
  return std::move(out).str();
}

void save_csv(const std::filesystem::path& path, const std::vector<Company>& companies) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw error(fmt::format("cannot write {}: cannot open the file for writing", path.string()));
  write_csv(out, companies);
  out.flush();
  if (!out) throw error(fmt::format("cannot write {}: write failed (disk full?)", path.string()));
}

}  // namespace fundline
