// Writes Companies as fundline.company/1 documents: keys in one fixed order,
// defaults omitted, sources with a consistent id written once and cited.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <ostream>
#include <set>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fundline/io/json.hpp"
#include "json_text.hpp"

namespace fundline {

namespace detail {

std::string decimal_text(Money m) {
  std::string text = m.to_decimal();
  if (text.find('.') == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

namespace {

// Whether s holds a control character, a quote or a backslash; eight bytes
// a step: a byte is flagged by the classic "has a byte below n" and "has a
// zero byte" tests, which are exact about whether any byte qualifies.
bool needs_escape(std::string_view s) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  auto below = [](std::uint64_t x, std::uint64_t n) { return (x - ones * n) & ~x & highs; };
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if ((below(w, 0x20) | below(w ^ (ones * '"'), 1) | below(w ^ (ones * '\\'), 1)) != 0) return true;
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') return true;
  }
  return false;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  // Most strings need no escape: copied whole.
  if (!needs_escape(s)) {
    out += s;
    out += '"';
    return;
  }
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

}  // namespace detail

namespace {

using ordered_json = nlohmann::ordered_json;
using detail::decimal_text;

ordered_json reported_json(const ReportedMoney& r) {
  ordered_json j = ordered_json::object();
  if (r.qualifier() != Qualifier::exact) j["qualifier"] = to_string(r.qualifier());
  if (r.is_disclosed()) {
    j["amount"] = decimal_text(*r.value());
    if (r.qualifier() == Qualifier::range) j["high"] = decimal_text(*r.high());
  }
  j["currency"] = r.currency().code();
  return j;
}

void put_text(ordered_json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

// Which source ids can be cited instead of repeating the source: those
// whose every occurrence in the company is the same source.
class SourceCitations {
 public:
  explicit SourceCitations(const Company& c) {
    for (const auto& s : c.sources) {
      see(s);
      if (!s.id.empty()) defined_.insert(s.id);
    }
    for_each_nested(c, [&](const Source& s) { see(s); });
    for_each_nested(c, [&](const Source& s) {
      if (citable(s) && !defined_.count(s.id) && listed_.insert(s.id).second) bibliography_.push_back(s);
    });
  }

  [[nodiscard]] bool citable(const Source& s) const { return !s.id.empty() && !inconsistent_.count(s.id); }
  // Cited sources that the company's own "sources" do not define.
  [[nodiscard]] const std::vector<Source>& bibliography() const { return bibliography_; }

 private:
  template <typename F>
  static void for_each_nested(const Company& c, F&& f) {
    auto claims = [&](const std::vector<Claim>& list) {
      for (const auto& claim : list)
        for (const auto& s : claim.sources) f(s);
    };
    for (const auto& r : c.rounds) {
      for (const auto& p : r.investors)
        for (const auto& s : p.sources) f(s);
      for (const auto& s : r.sources) f(s);
      claims(r.claims);
    }
    claims(c.claims);
  }
  void see(const Source& s) {
    if (s.id.empty()) return;
    auto [it, inserted] = first_.emplace(s.id, s);
    if (!inserted && !(it->second == s)) inconsistent_.insert(s.id);
  }

  std::map<std::string, Source, std::less<>> first_;
  std::set<std::string, std::less<>> inconsistent_;
  std::set<std::string, std::less<>> defined_;
  std::set<std::string, std::less<>> listed_;
  std::vector<Source> bibliography_;
};

ordered_json source_json(const Source& s) {
  ordered_json j = ordered_json::object();
  put_text(j, "id", s.id);
  put_text(j, "publisher", s.publisher);
  put_text(j, "title", s.title);
  put_text(j, "url", s.url);
  if (s.date) j["date"] = s.date->to_string();
  put_text(j, "language", s.language);
  put_text(j, "quote", s.quote);
  return j;
}

class CompanyWriter {
 public:
  explicit CompanyWriter(const Company& c) : company_(c), citations_(c) {}

  ordered_json write(bool with_schema) const {
    const Company& c = company_;
    ordered_json j = ordered_json::object();
    if (with_schema) j["schema"] = std::string(company_schema_version);
    put_text(j, "id", c.id);
    j["name"] = c.name;
    if (c.founded) j["founded"] = c.founded->to_string();
    put_text(j, "country", c.country);
    if (!c.founders.empty()) {
      ordered_json& list = j["founders"] = ordered_json::array();
      for (const auto& f : c.founders) {
        ordered_json p = ordered_json::object();
        p["name"] = f.name;
        put_text(p, "role", f.role);
        list.push_back(std::move(p));
      }
    }
    if (!c.sectors.empty()) j["sectors"] = c.sectors;
    if (!c.investors.empty()) {
      ordered_json& list = j["investors"] = ordered_json::array();
      for (const auto& i : c.investors) {
        ordered_json inv = ordered_json::object();
        inv["name"] = i.name;
        inv["kind"] = to_string(i.kind);
        put_text(inv, "country", i.country);
        list.push_back(std::move(inv));
      }
    }
    if (!c.rounds.empty()) {
      ordered_json& list = j["rounds"] = ordered_json::array();
      for (const auto& r : c.rounds) list.push_back(round_json(r));
    }
    if (!c.sources.empty()) {
      ordered_json& list = j["sources"] = ordered_json::array();
      for (const auto& s : c.sources) list.push_back(source_json(s));
    }
    put_claims(j, c.claims);
    put_text(j, "note", c.note);
    if (!citations_.bibliography().empty()) {
      ordered_json& list = j["bibliography"] = ordered_json::array();
      for (const auto& s : citations_.bibliography()) list.push_back(source_json(s));
    }
    return j;
  }

 private:
  void put_sources(ordered_json& j, const std::vector<Source>& sources) const {
    if (sources.empty()) return;
    ordered_json& list = j["sources"] = ordered_json::array();
    for (const auto& s : sources) list.push_back(citations_.citable(s) ? ordered_json(s.id) : source_json(s));
  }
  void put_claims(ordered_json& j, const std::vector<Claim>& claims) const {
    if (claims.empty()) return;
    ordered_json& list = j["claims"] = ordered_json::array();
    for (const auto& c : claims) {
      ordered_json claim = ordered_json::object();
      claim["about"] = c.about;
      claim["value"] = c.value;
      put_text(claim, "note", c.note);
      put_sources(claim, c.sources);
      list.push_back(std::move(claim));
    }
  }
  ordered_json round_json(const Round& r) const {
    if (r.announced.first_day().is_special())
      throw error(fmt::format("company \"{}\": round \"{}\" has no announced date", company_.name, r.id));
    ordered_json j = ordered_json::object();
    put_text(j, "id", r.id);
    j["type"] = to_string(r.type);
    j["announced"] = r.announced.to_string();
    put_text(j, "label", r.label);
    j["amount"] = reported_json(r.amount);
    if (!r.tranches.empty()) {
      ordered_json& list = j["tranches"] = ordered_json::array();
      for (const auto& t : r.tranches) {
        ordered_json tranche = ordered_json::object();
        tranche["instrument"] = to_string(t.instrument);
        tranche["amount"] = reported_json(t.amount);
        list.push_back(std::move(tranche));
      }
    }
    if (!(r.pre_money == ReportedMoney{})) j["pre_money"] = reported_json(r.pre_money);
    if (!(r.post_money == ReportedMoney{})) j["post_money"] = reported_json(r.post_money);
    if (!r.investors.empty()) {
      ordered_json& list = j["investors"] = ordered_json::array();
      for (const auto& p : r.investors) {
        ordered_json part = ordered_json::object();
        part["investor"] = p.investor;
        if (p.lead) part["lead"] = true;
        put_sources(part, p.sources);
        list.push_back(std::move(part));
      }
    }
    put_sources(j, r.sources);
    put_claims(j, r.claims);
    put_text(j, "note", r.note);
    return j;
  }

  const Company& company_;
  SourceCitations citations_;
};

std::string dump(const ordered_json& j, std::string_view what) {
  try {
    return j.dump(2, ' ', false, ordered_json::error_handler_t::strict) + "\n";
  } catch (const nlohmann::json::exception& e) {
    throw error(fmt::format("cannot write {} as JSON: {}", what, e.what()));
  }
}

}  // namespace

std::string to_json_text(const Company& company) {
  return dump(CompanyWriter(company).write(true), fmt::format("company \"{}\"", company.name));
}

JsonCompaniesWriter::JsonCompaniesWriter(std::ostream& out) : out_(out) {
  out_ << "{\n  \"schema\": \"" << company_schema_version << "\",\n  \"companies\": [";
}

// A company as an element of the "companies" list: its own document's text,
// indented by two levels. JSON strings hold no raw line end, so every line
// of the text is a line of the document.
void JsonCompaniesWriter::write(const Company& company) {
  const std::string text = dump(CompanyWriter(company).write(false), fmt::format("company \"{}\"", company.name));
  std::string indented = count_ == 0 ? "\n" : ",\n";
  indented.reserve(text.size() + text.size() / 8);
  std::size_t from = 0;
  while (from + 1 < text.size()) {  // the text ends with "\n", which the list does not repeat
    const std::size_t end = text.find('\n', from);
    indented.append("    ").append(text, from, end - from);
    from = end + 1;
    if (from + 1 < text.size()) indented += '\n';
  }
  out_ << indented;
  ++count_;
}

void JsonCompaniesWriter::finish() { out_ << (count_ == 0 ? "]\n}\n" : "\n  ]\n}\n"); }

std::string to_json_text(const std::vector<Company>& companies) {
  ordered_json j = ordered_json::object();
  j["schema"] = std::string(company_schema_version);
  ordered_json& list = j["companies"] = ordered_json::array();
  for (const auto& c : companies) list.push_back(CompanyWriter(c).write(false));
  return dump(j, fmt::format("{} companies", companies.size()));
}

}  // namespace fundline
