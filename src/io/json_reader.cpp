// Reads fundline.company/1 documents into Companies, strictly: every key is
// known, every value has its type, and every error names the file, line,
// column and JSON path of the value at fault.
#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fundline/io/json.hpp"
#include "fundline/io/json_text_index.hpp"
#include "json_document.hpp"

namespace fundline {

namespace {

using nlohmann::json;
using json_text::Path;
using json_text::PathStep;

// Names of every value of an enum, for "expected one of ..." messages.
template <typename Enum, typename Range>
std::string names_of(const Range& values) {
  std::string out;
  for (Enum v : values) {
    if (!out.empty()) out += ", ";
    out += to_string(v);
  }
  return out;
}

std::vector<RoundType> all_round_types() {
  std::vector<RoundType> out;
  for (int i = 0; i <= static_cast<int>(RoundType::undisclosed); ++i) out.push_back(static_cast<RoundType>(i));
  return out;
}

constexpr std::initializer_list<Qualifier> all_qualifiers{
    Qualifier::exact,   Qualifier::approximately, Qualifier::at_least, Qualifier::more_than,
    Qualifier::at_most, Qualifier::less_than,     Qualifier::range,    Qualifier::undisclosed};

std::vector<InvestorKind> all_investor_kinds() {
  std::vector<InvestorKind> out;
  for (int i = 0; i <= static_cast<int>(InvestorKind::other); ++i) out.push_back(static_cast<InvestorKind>(i));
  return out;
}

// Sources a document defines once and cites by id elsewhere.
class SourceTable {
 public:
  void define(const Source& s) {
    if (s.id.empty()) return;
    auto [it, inserted] = sources_.emplace(s.id, s);
    if (!inserted && !(it->second == s)) ambiguous_.insert(s.id);
  }
  [[nodiscard]] bool has(const std::string& id) const { return sources_.count(id) != 0; }
  [[nodiscard]] bool is_ambiguous(const std::string& id) const { return ambiguous_.count(id) != 0; }
  [[nodiscard]] const Source& at(const std::string& id) const { return sources_.at(id); }
  void mark_cited(const std::string& id) { cited_.insert(id); }
  [[nodiscard]] bool is_cited(const std::string& id) const { return cited_.count(id) != 0; }

 private:
  std::map<std::string, Source, std::less<>> sources_;
  std::set<std::string, std::less<>> ambiguous_;
  std::set<std::string, std::less<>> cited_;
};

class Reader {
 public:
  Reader(std::string_view text, std::string_view source_name) : text_(text), source_(source_name) {}

  std::vector<Company> read_document() {
    json root = parse_text();
    require_object(root);
    std::vector<Company> companies;
    if (root.contains("companies")) {
      check_keys(root, {"schema", "$schema", "companies"});
      check_schema(root, true);
      each(root, "companies", [&](const json& c) { companies.push_back(read_company(c)); });
    } else {
      check_schema(root, true);
      companies.push_back(read_company(root, true));
    }
    return companies;
  }

 private:
  // Keeps path_ in step with the value being read.
  class Step {
   public:
    Step(Reader& r, PathStep step) : r_(r) { r_.path_.push_back(std::move(step)); }
    ~Step() { r_.path_.pop_back(); }
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

   private:
    Reader& r_;
  };

  [[nodiscard]] SourceLocation where() const {
    SourceLocation loc{source_, 0, 0, json_text::path_text(path_)};
    if (auto offset = json_text::locate(text_, path_)) {
      const auto lc = json_text::line_column(text_, *offset);
      loc.line = lc.line;
      loc.column = lc.column;
    }
    return loc;
  }
  [[noreturn]] void fail(const std::string& message) const { throw parse_error(where(), message); }
  // Runs a model check, putting the source and path in front of its error
  // while keeping the error's type.
  template <typename F>
  void checked(F&& check) const {
    try {
      check();
    } catch (const inconsistent_data& e) {
      throw inconsistent_data(parse_error::describe(where(), e.what()));
    } catch (const overflow_error& e) {
      throw overflow_error(parse_error::describe(where(), e.what()));
    } catch (const currency_mismatch& e) {
      throw currency_mismatch(parse_error::describe(where(), e.what()));
    }
  }

  json parse_text() { return detail::parse_json_document(text_, source_); }

  void require_object(const json& j) const {
    if (!j.is_object()) fail(fmt::format("expected an object, got {}", j.type_name()));
  }
  void check_keys(const json& obj, std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : obj.items()) {
      if (key == "$comment" || std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string expected;
      for (auto a : allowed) {
        if (a.front() == '$') continue;
        if (!expected.empty()) expected += ", ";
        expected += a;
      }
      Step step(*this, PathStep::key(key));
      fail(fmt::format("unknown field \"{}\": expected one of {}", key, expected));
    }
  }
  void check_schema(const json& obj, bool required) {
    if (!obj.contains("schema")) {
      if (required)
        fail(fmt::format("missing required field \"schema\": expected \"schema\": \"{}\"", company_schema_version));
      return;
    }
    const std::string version = string_at(obj, "schema");
    if (version == company_schema_version) return;
    Step step(*this, PathStep::key("schema"));
    if (version.rfind("fundline.company/", 0) == 0)
      fail(fmt::format("unsupported schema version \"{}\": this fundline reads \"{}\"", version,
                       company_schema_version));
    fail(fmt::format("unknown schema \"{}\": expected \"{}\"", version, company_schema_version));
  }

  // The string at obj[key]; empty when absent and not required.
  std::string string_at(const json& obj, std::string_view key, bool required = false) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) fail(fmt::format("missing required field \"{}\"", key));
      return {};
    }
    Step step(*this, PathStep::key(key));
    if (!it->is_string()) fail(fmt::format("expected a string, got {}", it->type_name()));
    return it->get<std::string>();
  }
  bool bool_at(const json& obj, std::string_view key) {
    auto it = obj.find(key);
    if (it == obj.end()) return false;
    Step step(*this, PathStep::key(key));
    if (!it->is_boolean()) fail(fmt::format("expected true or false, got {}", it->type_name()));
    return it->get<bool>();
  }
  template <typename F>
  void each(const json& obj, std::string_view key, F&& read_one) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    Step step(*this, PathStep::key(key));
    if (!it->is_array()) fail(fmt::format("expected an array, got {}", it->type_name()));
    for (std::size_t i = 0; i < it->size(); ++i) {
      Step item(*this, PathStep::index(i));
      read_one((*it)[i]);
    }
  }
  // The value of a required member, with path_ pointing at it during f.
  template <typename F>
  auto required(const json& obj, std::string_view key, F&& read_value) {
    auto it = obj.find(key);
    if (it == obj.end()) fail(fmt::format("missing required field \"{}\"", key));
    Step step(*this, PathStep::key(key));
    return read_value(*it);
  }
  template <typename F>
  auto optional(const json& obj, std::string_view key, F&& read_value) -> std::optional<decltype(read_value(obj))> {
    auto it = obj.find(key);
    if (it == obj.end()) return std::nullopt;
    Step step(*this, PathStep::key(key));
    return read_value(*it);
  }

  std::string text_of(const json& j) {
    if (!j.is_string()) fail(fmt::format("expected a string, got {}", j.type_name()));
    return j.get<std::string>();
  }
  PartialDate date_of(const json& j) {
    const std::string text = text_of(j);
    try {
      return PartialDate::parse(text);
    } catch (const parse_error& e) {
      fail(e.what());
    }
  }
  Currency currency_of(const json& j) {
    const std::string code = text_of(j);
    if (auto c = Currency::try_from_code(code)) return *c;
    fail(fmt::format("unknown currency code \"{}\": expected an ISO 4217 code such as EUR or USD", code));
  }
  Money amount_of(const json& j, Currency c) {
    if (j.is_number())
      fail(fmt::format("expected a decimal string such as \"105000000\", got the number {}: numbers may lose "
                       "precision, so amounts are strings", j.dump()));
    const std::string text = text_of(j);
    try {
      return Money::parse(text, c);
    } catch (const parse_error& e) {
      fail(e.what());
    }
  }

  ReportedMoney reported_of(const json& j) {
    require_object(j);
    check_keys(j, {"qualifier", "amount", "high", "currency"});
    const Currency c = required(j, "currency", [&](const json& v) { return currency_of(v); });
    Qualifier q = Qualifier::exact;
    if (auto text = optional(j, "qualifier", [&](const json& v) {
          const std::string name = text_of(v);
          auto parsed = try_parse_qualifier(name);
          if (!parsed)
            fail(fmt::format("unknown qualifier \"{}\": expected one of {}", name, names_of<Qualifier>(all_qualifiers)));
          return *parsed;
        }))
      q = *text;
    if (q == Qualifier::undisclosed) {
      for (const char* key : {"amount", "high"})
        if (j.contains(key)) {
          Step step(*this, PathStep::key(key));
          fail(fmt::format("an undisclosed amount has no \"{}\"", key));
        }
      return ReportedMoney::undisclosed(c);
    }
    const Money value = required(j, "amount", [&](const json& v) { return amount_of(v, c); });
    if (q != Qualifier::range) {
      if (j.contains("high")) {
        Step step(*this, PathStep::key("high"));
        fail(fmt::format("\"high\" is only for \"qualifier\": \"range\", not \"{}\"", to_string(q)));
      }
      return ReportedMoney::with(q, value);
    }
    const Money high = required(j, "high", [&](const json& v) {
      Money h = amount_of(v, c);
      if (h < value) fail(fmt::format("the high end {} of a range is below its low end {}", h, value));
      return h;
    });
    return ReportedMoney::between(value, high);
  }

  Source source_object(const json& j) {
    require_object(j);
    check_keys(j, {"id", "publisher", "title", "url", "date", "language", "quote"});
    Source s;
    s.id = string_at(j, "id");
    s.publisher = string_at(j, "publisher");
    s.title = string_at(j, "title");
    s.url = string_at(j, "url");
    s.date = optional(j, "date", [&](const json& v) { return date_of(v); });
    s.language = string_at(j, "language");
    s.quote = string_at(j, "quote");
    return s;
  }
  // A source object, or the id of one in the bibliography or the company's sources.
  Source source_of(const json& j) {
    if (!j.is_string()) return source_object(j);
    const std::string id = j.get<std::string>();
    if (!sources_.has(id))
      fail(fmt::format("unknown source id \"{}\": cite a source defined in the company's \"bibliography\" or "
                       "\"sources\", or write the source object here", id));
    if (sources_.is_ambiguous(id))
      fail(fmt::format("ambiguous source id \"{}\": two different sources carry it", id));
    sources_.mark_cited(id);
    return sources_.at(id);
  }
  std::vector<Source> sources_at(const json& obj) {
    std::vector<Source> out;
    each(obj, "sources", [&](const json& s) { out.push_back(source_of(s)); });
    return out;
  }

  Claim claim_of(const json& j) {
    require_object(j);
    check_keys(j, {"about", "value", "note", "sources"});
    Claim c;
    c.about = string_at(j, "about", true);
    c.value = string_at(j, "value", true);
    c.note = string_at(j, "note");
    c.sources = sources_at(j);
    return c;
  }
  std::vector<Claim> claims_at(const json& obj) {
    std::vector<Claim> out;
    each(obj, "claims", [&](const json& c) { out.push_back(claim_of(c)); });
    return out;
  }

  Investor investor_of(const json& j) {
    require_object(j);
    check_keys(j, {"name", "kind", "country"});
    Investor i;
    i.name = string_at(j, "name", true);
    i.kind = required(j, "kind", [&](const json& v) {
      const std::string name = text_of(v);
      auto k = try_parse_investor_kind(name);
      if (!k)
        fail(fmt::format("unknown investor kind \"{}\": expected one of {}", name,
                         names_of<InvestorKind>(all_investor_kinds())));
      return *k;
    });
    i.country = string_at(j, "country");
    return i;
  }

  Tranche tranche_of(const json& j) {
    require_object(j);
    check_keys(j, {"instrument", "amount"});
    Tranche t;
    t.instrument = required(j, "instrument", [&](const json& v) {
      const std::string name = text_of(v);
      auto i = try_parse_instrument(name);
      if (!i) fail(fmt::format("unknown instrument \"{}\": expected one of {}", name, names_of<Instrument>(all_instruments)));
      return *i;
    });
    t.amount = required(j, "amount", [&](const json& v) { return reported_of(v); });
    return t;
  }

  Participation participation_of(const json& j, const Company& company) {
    require_object(j);
    check_keys(j, {"investor", "lead", "sources"});
    Participation p;
    p.investor = string_at(j, "investor", true);
    if (!company.investors.empty() && !company.find_investor(p.investor)) {
      Step step(*this, PathStep::key("investor"));
      fail(fmt::format("investor \"{}\" is not in the company's \"investors\" list", p.investor));
    }
    p.lead = bool_at(j, "lead");
    p.sources = sources_at(j);
    return p;
  }

  Round round_of(const json& j, const Company& company) {
    require_object(j);
    check_keys(j, {"id", "type", "announced", "amount", "tranches", "pre_money", "post_money", "investors", "sources",
                   "claims", "label", "note"});
    Round r{.announced = required(j, "announced", [&](const json& v) { return date_of(v); })};
    r.id = string_at(j, "id");
    r.type = required(j, "type", [&](const json& v) {
      const std::string name = text_of(v);
      auto t = try_parse_round_type(name);
      if (!t || to_string(*t) != name)
        fail(fmt::format("unknown round type \"{}\": expected one of {}", name, names_of<RoundType>(all_round_types())));
      return *t;
    });
    r.amount = required(j, "amount", [&](const json& v) { return reported_of(v); });
    each(j, "tranches", [&](const json& t) { r.tranches.push_back(tranche_of(t)); });
    r.pre_money = optional(j, "pre_money", [&](const json& v) { return reported_of(v); }).value_or(ReportedMoney{});
    r.post_money = optional(j, "post_money", [&](const json& v) { return reported_of(v); }).value_or(ReportedMoney{});
    each(j, "investors", [&](const json& p) { r.investors.push_back(participation_of(p, company)); });
    r.sources = sources_at(j);
    r.claims = claims_at(j);
    r.label = string_at(j, "label");
    r.note = string_at(j, "note");
    checked([&] { r.validate(); });
    return r;
  }

  Company read_company(const json& j, bool is_root = false) {
    require_object(j);
    if (is_root)
      check_keys(j, {"schema", "$schema", "id", "name", "founded", "country", "founders", "sectors", "investors", "rounds",
                     "sources", "claims", "note", "bibliography"});
    else
      check_keys(j, {"schema", "id", "name", "founded", "country", "founders", "sectors", "investors", "rounds",
                     "sources", "claims", "note", "bibliography"});
    check_schema(j, false);
    sources_ = SourceTable{};
    Company c;
    c.id = string_at(j, "id");
    c.name = string_at(j, "name", true);
    c.founded = optional(j, "founded", [&](const json& v) { return date_of(v); });
    c.country = string_at(j, "country");
    each(j, "founders", [&](const json& f) {
      require_object(f);
      check_keys(f, {"name", "role"});
      c.founders.push_back(Person{string_at(f, "name", true), string_at(f, "role")});
    });
    each(j, "sectors", [&](const json& s) { c.sectors.push_back(text_of(s)); });
    each(j, "investors", [&](const json& i) {
      Investor investor = investor_of(i);
      if (c.find_investor(investor.name)) {
        Step step(*this, PathStep::key("name"));
        fail(fmt::format("investor \"{}\" is listed twice", investor.name));
      }
      c.investors.push_back(std::move(investor));
    });
    each(j, "bibliography", [&](const json& s) {
      Source source = source_object(s);
      if (source.id.empty()) {
        Step step(*this, PathStep::key("id"));
        fail("a bibliography entry needs an \"id\" to be cited by");
      }
      if (sources_.has(source.id)) {
        Step step(*this, PathStep::key("id"));
        fail(fmt::format("source id \"{}\" is defined twice in the bibliography", source.id));
      }
      sources_.define(source);
    });
    each(j, "sources", [&](const json& s) {
      if (s.is_string()) {
        c.sources.push_back(source_of(s));
      } else {
        c.sources.push_back(source_object(s));
        sources_.define(c.sources.back());
      }
    });
    std::map<std::string, std::size_t, std::less<>> round_ids;
    each(j, "rounds", [&](const json& r) {
      Round round = round_of(r, c);
      if (!round.id.empty()) {
        auto [it, inserted] = round_ids.emplace(round.id, c.rounds.size());
        if (!inserted) {
          Step step(*this, PathStep::key("id"));
          fail(fmt::format("duplicate round id \"{}\": rounds[{}] has it already", round.id, it->second));
        }
      }
      c.rounds.push_back(std::move(round));
    });
    c.claims = claims_at(j);
    c.note = string_at(j, "note");
    // An entry nothing cites would vanish on the next save: refuse it now.
    each(j, "bibliography", [&](const json& s) {
      const std::string id = s.at("id").get<std::string>();
      if (!sources_.is_cited(id)) {
        Step step(*this, PathStep::key("id"));
        fail(fmt::format("bibliography entry \"{}\" is never cited: cite it by id or remove it", id));
      }
    });
    checked([&] { c.validate(); });
    return c;
  }

  std::string_view text_;
  std::string source_;
  Path path_;
  SourceTable sources_;
};

}  // namespace

std::vector<Company> parse_companies_json(std::string_view text, std::string_view source_name) {
  return Reader(text, source_name).read_document();
}

Company parse_company_json(std::string_view text, std::string_view source_name) {
  auto companies = parse_companies_json(text, source_name);
  if (companies.size() != 1)
    throw parse_error(SourceLocation{std::string(source_name), 0, 0, "companies"},
                      fmt::format("expected exactly one company, got {}", companies.size()));
  return std::move(companies.front());
}

}  // namespace fundline
