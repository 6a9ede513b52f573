#include "fundline/io/crunchbase_import.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "../dataset/csv_scan.hpp"
#include "../dataset/repeated_keys.hpp"
#include "fundline/dataset/company_index.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"
#include "fundline/text/amount_parser.hpp"
#include "fundline_csv_layout.hpp"
#include "import_fields.hpp"
#include "odm_text_writer.hpp"

namespace fundline {
namespace {

constexpr std::string_view trim(std::string_view s) noexcept { return trim_blanks(s); }

// ", "-separated names ("Index Ventures, Lightspeed"), trimmed, empties dropped.
std::vector<std::string> split_names(std::string_view s, char separator = ',') {
  std::vector<std::string> out;
  detail::for_each_name(s, separator, [&](std::string_view item) { out.emplace_back(item); });
  return out;
}

struct Layout {
  ImportFormat format;
  std::string_view name;
  std::vector<std::string_view> required;
};

const std::array<Layout, 4>& layouts() {
  static const std::array<Layout, 4> all{{
      {ImportFormat::odm, "Crunchbase open-data-map",
       {"company_name", "funding_round_type", "funding_round_code", "announced_on", "raised_amount_usd",
        "raised_amount", "raised_amount_currency_code", "company_uuid", "funding_round_uuid"}},
      {ImportFormat::bulk, "Crunchbase bulk export",
       {"uuid", "investment_type", "announced_on", "raised_amount_usd", "raised_amount",
        "raised_amount_currency_code", "org_uuid", "org_name"}},
      {ImportFormat::web, "Crunchbase web export",
       {"Company Name", "Announced Date", "Money Raised", "Funding Type"}},
      {ImportFormat::fundline, "fundline",
       {detail::fundline_csv_columns.begin(), detail::fundline_csv_columns.end()}},
  }};
  return all;
}

const Layout& layout_of(ImportFormat f) {
  for (const auto& l : layouts())
    if (l.format == f) return l;
  return layouts()[0];
}

// Header names trimmed, to column index. The web export says "Organization
// Name" where older exports said "Company Name".
// A name given twice is an error naming it (docs/row-rules.md): one of its
// columns would go unread.
std::map<std::string, std::size_t, std::less<>> header_index(const CsvRecord& header, std::string_view source) {
  std::map<std::string, std::size_t, std::less<>> index;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name(trim(header[i].text));
    if (name == "Organization Name") name = "Company Name";
    if (name == "Organization Name URL") name = "Company Name URL";
    const auto [it, inserted] = index.emplace(name, i);
    if (!inserted && !name.empty())
      throw parse_error(SourceLocation{std::string(source), header.line, 1, name},
                        fmt::format("column {} is named twice in the header (columns {} and {}): expected each name "
                                    "once",
                                    name, it->second + 1, i + 1));
  }
  return index;
}

std::vector<std::string_view> missing_columns(const Layout& l, const std::map<std::string, std::size_t, std::less<>>& index) {
  std::vector<std::string_view> missing;
  for (auto c : l.required)
    if (!index.contains(c)) missing.push_back(c);
  return missing;
}

}  // namespace

PartialDate detail::parse_any_date(std::string_view text) {
  constexpr const auto& month_names = detail::english_months;
  if (text.empty()) throw parse_error("empty date: expected YYYY-MM-DD");
  if (text[0] >= '0' && text[0] <= '9') return PartialDate::parse(text);
  const auto space = text.find(' ');
  const auto comma = text.find(", ");
  if (space != std::string_view::npos && comma != std::string_view::npos && comma > space) {
    const auto month = text.substr(0, space);
    for (int m = 0; m < 12; ++m) {
      const auto full = month_names[static_cast<std::size_t>(m)];
      if (month == full || (month.size() == 3 && full.substr(0, 3) == month)) {
        const auto day = text.substr(space + 1, comma - space - 1);
        const auto year = text.substr(comma + 2);
        if (day.size() >= 1 && day.size() <= 2 && year.size() == 4) {
          const auto iso = fmt::format("{}-{:02}-{:0>2}", year, m + 1, day);
          return PartialDate(parse_date(iso));
        }
      }
    }
  }
  throw parse_error(fmt::format("invalid date \"{}\": expected YYYY-MM-DD or \"Jun 11, 2024\"", text));
}

namespace {

using detail::parse_any_date;

// What one row contributes: its company's fields and one round (or none,
// for a fundline row of a company without rounds).
struct Row {
  std::string key;
  Company company;  // fields only, no rounds
  std::optional<Round> round;
  SourceLocation round_id_at, announced_at, company_at;
};

class Importer {
 public:
  Importer(CsvReader& reader, const ImportOptions& options) : reader_(reader), options_(options) {}

  // Only the rows of the companies whose id or name is `key` (import_company).
  void only_company(std::string key) { only_ = std::move(key); }

  ImportResult run() {
    CsvRecord header;
    if (!reader_.next(header))
      throw parse_error(SourceLocation{reader_.source(), 1, 1, {}},
                        "empty input: expected a header row of funding-round columns");
    start(header);

    CsvRecord record;
    std::uint64_t next_progress = 0;
    for (;;) {
      bool have_record = false;
      try {
        if (!reader_.next(record)) break;
        if (!only_.empty() && !belongs(record)) continue;
        have_record = true;
        ++result_.stats.rows;
        add(read_row(record));
      } catch (const parse_error& e) {
        if (!options_.lenient) throw;
        reject(have_record, e.location(), e.detail());
      } catch (const error& e) {
        // Not a parse error (a contradiction found by a model type): still the row's fault.
        if (!options_.lenient) throw parse_error(SourceLocation{reader_.source(), record.line, 0, {}}, e.what());
        reject(have_record, SourceLocation{reader_.source(), record.line, 0, {}}, e.what());
      }
      if (options_.progress && reader_.bytes_read() >= next_progress) {
        options_.progress(reader_.bytes_read(), reader_.total_bytes());
        next_progress = reader_.bytes_read() + (std::uint64_t{1} << 20);
      }
    }
    if (options_.progress) options_.progress(reader_.bytes_read(), reader_.total_bytes());
    result_.stats.companies = result_.companies.size();
    return std::move(result_);
  }

  // The streaming path (import_csv_streaming) drives the importer itself:
  // the header, then rows, taking the companies out as they are complete.
  void start(const CsvRecord& header) {
    result_.format = options_.format == ImportFormat::auto_detect ? detect_import_format(header, reader_.source())
                                                                  : options_.format;
    index_ = header_index(header, reader_.source());
    if (auto missing = missing_columns(layout_of(result_.format), index_); !missing.empty())
      throw parse_error(SourceLocation{reader_.source(), header.line, 1, {}},
                        fmt::format("the header lacks the {} column{} {}: expected the {} layout (see docs/import.md)",
                                    missing.size(), missing.size() > 1 ? "s" : "", fmt::join(missing, ", "),
                                    layout_of(result_.format).name));
    columns_ = header.size();
    // Crunchbase rows run 150 to 300 bytes: sized once, the tables never rehash.
    if (const auto rows = reader_.total_bytes() / 128; rows > 0) {
      round_lines_.reserve(static_cast<std::size_t>(rows));
      by_key_.reserve(static_cast<std::size_t>(rows / 2));
    }
    for (const auto& c : options_.known_companies) add_company(key_of(c), c, true);
  }
  // One row; throws as run() would in strict mode.
  void feed(const CsvRecord& record) {
    ++result_.stats.rows;
    add(read_row(record));
  }
  // The companies read since the last call; the next rows start afresh.
  std::vector<Company> take_companies() {
    result_.stats.companies += result_.companies.size();
    std::vector<Company> out = std::move(result_.companies);
    result_.companies.clear();
    by_key_.clear();
    round_lines_.clear();
    return out;
  }
  [[nodiscard]] const ImportStats& stats() const noexcept { return result_.stats; }
  [[nodiscard]] ImportFormat format() const noexcept { return result_.format; }
  [[nodiscard]] const std::map<std::string, std::size_t, std::less<>>& columns() const noexcept { return index_; }

 private:
  void reject(bool counted, SourceLocation where, std::string message) {
    result_.problems.push_back({std::move(where), std::move(message)});
    ++result_.stats.rejected;
    // A record the CSV reader refused is a row too.
    if (!counted) ++result_.stats.rows;
  }
  std::string key_of(const Company& c) const {
    return result_.format == ImportFormat::web || c.id.empty() ? c.name : c.id;
  }
  // Crunchbase round uuids are unique in the whole file; other ids (web rows'
  // generated ones, fundline CSV's) only within their company, as in the model.
  std::string round_key(std::string_view company_key, std::string_view round_id) const {
    if (result_.format == ImportFormat::odm || result_.format == ImportFormat::bulk) return std::string(round_id);
    return fmt::format("{}\x1F{}", company_key, round_id);
  }
  void add_company(std::string key, Company c, bool known) {
    for (const auto& r : c.rounds)
      if (!r.id.empty()) round_lines_.emplace(round_key(key, r.id), 0);
    by_key_.emplace(std::move(key), Known{result_.companies.size(), 0, known});
    result_.companies.push_back(std::move(c));
  }

  // Whether a record names the company asked for by id or by name. A record
  // of the wrong width is read (and refused) as import would.
  bool belongs(const CsvRecord& r) const {
    if (r.size() != columns_) return true;
    static constexpr std::string_view key_columns[] = {"company_uuid", "company_name", "org_uuid", "org_name",
                                                       "Company Name", "company_id"};
    for (const auto column : key_columns)
      if (has(column) && text(r, column) == only_) return true;
    return false;
  }

  SourceLocation at(const CsvRecord& r, std::string_view column) const {
    const auto it = index_.find(column);
    if (it == index_.end()) return {reader_.source(), r.line, 0, std::string(column)};
    const auto& f = r[it->second];
    return {reader_.source(), f.line, f.column, std::string(column)};
  }
  bool has(std::string_view column) const { return index_.contains(column); }
  // The trimmed text of a column; empty when the layout's optional column is absent.
  std::string_view text(const CsvRecord& r, std::string_view column) const {
    const auto it = index_.find(column);
    return it == index_.end() ? std::string_view() : trim(r[it->second].text);
  }
  std::string_view raw(const CsvRecord& r, std::string_view column) const {
    const auto it = index_.find(column);
    return it == index_.end() ? std::string_view() : std::string_view(r[it->second].text);
  }
  // Runs `parse`, turning its parse_error into one located at the column.
  template <typename F>
  auto located(const CsvRecord& r, std::string_view column, F&& parse) const -> decltype(parse()) {
    try {
      return parse();
    } catch (const parse_error& e) {
      throw parse_error(at(r, column), e.location().source.empty() ? std::string(e.what()) : e.detail());
    }
  }
  [[noreturn]] void fail(const CsvRecord& r, std::string_view column, const std::string& what) const {
    throw parse_error(at(r, column), what);
  }

  std::optional<Currency> currency(const CsvRecord& r, std::string_view column) const {
    const auto code = text(r, column);
    if (code.empty()) return std::nullopt;
    return located(r, column, [&] { return Currency::from_code(code); });
  }
  Money money(const CsvRecord& r, std::string_view column, Currency c) const {
    return located(r, column, [&] { return Money::parse(text(r, column), c); });
  }
  std::optional<Money> usd(const CsvRecord& r, std::string_view column) const {
    if (text(r, column).empty()) return std::nullopt;
    return money(r, column, currencies::USD);
  }
  void check_count(const CsvRecord& r, std::string_view column) const {
    const auto n = text(r, column);
    if (!n.empty() && n.find_first_not_of("0123456789") != std::string_view::npos)
      fail(r, column, fmt::format("invalid count \"{}\": expected a whole number", n));
  }

  // An amount in its original currency when given, else in USD; Crunchbase's
  // USD figure kept as a claim when it is a second figure.
  ReportedMoney amount(const CsvRecord& r, std::string_view usd_col, std::string_view value_col,
                       std::string_view currency_col, std::string_view claim, std::optional<Currency> fallback,
                       std::vector<Claim>& claims) const {
    const auto original = currency(r, currency_col);
    const auto in_usd = usd(r, usd_col);
    if (!text(r, value_col).empty()) {
      if (!original) {
        // The open-data-map leaves the code empty when the figure is the USD one.
        if (in_usd && Money::try_parse(text(r, value_col), currencies::USD) == in_usd) return ReportedMoney::exact(*in_usd);
        fail(r, currency_col,
             fmt::format("empty currency, but {} is given{}: expected an ISO code such as EUR", value_col,
                         in_usd ? " (and differs from the USD figure)" : ""));
      }
      const Money m = money(r, value_col, *original);
      if (in_usd && *in_usd != m) claims.push_back(detail::usd_claim(claim, *in_usd));
      return ReportedMoney::exact(m);
    }
    if (in_usd) return ReportedMoney::exact(*in_usd);
    return ReportedMoney::undisclosed(original.value_or(fallback.value_or(currencies::USD)));
  }

  PartialDate date(const CsvRecord& r, std::string_view column) const {
    return located(r, column, [&] { return parse_any_date(text(r, column)); });
  }

  Row read_row(const CsvRecord& r) {
    if (r.size() != columns_) {
      // A stray quote may have swallowed good lines: they are read again.
      reader_.reread_after_first_line();
      const auto& last = r[r.size() - 1];
      throw parse_error(SourceLocation{reader_.source(), last.line, last.column, {}},
                        fmt::format("{} fields, expected {} as in the header{}", r.size(), columns_,
                                    r.size() < columns_ ? " (is the line truncated?)" : ""));
    }
    switch (result_.format) {
      case ImportFormat::odm: return read_odm(r);
      case ImportFormat::bulk: return read_bulk(r);
      case ImportFormat::web: return read_web(r);
      default: return read_fundline(r);
    }
  }

  void founded_on(const CsvRecord& r, Row& row) const {
    if (has("founded_on") && !text(r, "founded_on").empty()) row.company.founded = date(r, "founded_on");
  }
  std::string required(const CsvRecord& r, std::string_view column, std::string_view expected) const {
    const auto t = text(r, column);
    if (t.empty()) fail(r, column, fmt::format("empty: expected {}", expected));
    return std::string(t);
  }
  RoundType round_type(const CsvRecord& r, std::string_view type_col, std::string_view code_col) const {
    const auto code = code_col.empty() ? std::string_view() : text(r, code_col);
    return located(r, type_col, [&] { return parse_round_type(text(r, type_col), code); });
  }

  Row read_odm(const CsvRecord& r) {
    Row row;
    row.company.id = required(r, "company_uuid", "the company's uuid");
    row.company.name = required(r, "company_name", "the company's name");
    row.company.country = std::string(text(r, "country_code"));
    row.company.sectors = split_names(text(r, "company_category_list"), '|');
    if (const auto url = text(r, "cb_url"); !url.empty())
      row.company.sources.push_back(Source{.publisher = "Crunchbase", .url = std::string(url)});
    founded_on(r, row);
    Round round{.announced = date(r, "announced_on")};
    round.id = required(r, "funding_round_uuid", "the round's uuid");
    round.type = round_type(r, "funding_round_type", "funding_round_code");
    round.amount = amount(r, "raised_amount_usd", "raised_amount", "raised_amount_currency_code",
                          detail::amount_usd_claim, std::nullopt, round.claims);
    const std::string_view post_currency = has("post_money_valuation_currency_code")
                                               ? "post_money_valuation_currency_code"
                                               : "pre_money_currency_code";
    round.post_money = amount(r, "post_money_valuation_usd", "post_money_valuation", post_currency,
                              detail::post_money_usd_claim, round.currency(), round.claims);
    round.pre_money = ReportedMoney::undisclosed(round.currency());
    check_count(r, "investor_count");
    for (auto& name : split_names(text(r, "investor_names"))) round.investors.push_back({std::move(name), false, {}});
    row.key = row.company.id;
    row.round = std::move(round);
    row.round_id_at = at(r, "funding_round_uuid");
    row.announced_at = at(r, "announced_on");
    row.company_at = at(r, "company_uuid");
    return row;
  }

  Row read_bulk(const CsvRecord& r) {
    Row row;
    row.company.id = required(r, "org_uuid", "the organization's uuid");
    row.company.name = required(r, "org_name", "the organization's name");
    row.company.country = std::string(text(r, "country_code"));
    founded_on(r, row);
    Round round{.announced = date(r, "announced_on")};
    round.id = required(r, "uuid", "the round's uuid");
    round.type = round_type(r, "investment_type", "");
    round.label = std::string(text(r, "name"));
    round.amount = amount(r, "raised_amount_usd", "raised_amount", "raised_amount_currency_code",
                          detail::amount_usd_claim, std::nullopt, round.claims);
    round.post_money = amount(r, "post_money_valuation_usd", "post_money_valuation",
                              "post_money_valuation_currency_code", detail::post_money_usd_claim, round.currency(),
                              round.claims);
    round.pre_money = ReportedMoney::undisclosed(round.currency());
    check_count(r, "investor_count");
    for (auto& lead : split_names(text(r, "lead_investor_uuids"))) round.investors.push_back({std::move(lead), true, {}});
    if (const auto url = text(r, "cb_url"); !url.empty())
      round.sources.push_back(Source{.publisher = "Crunchbase", .url = std::string(url)});
    row.key = row.company.id;
    row.round = std::move(round);
    row.round_id_at = at(r, "uuid");
    row.announced_at = at(r, "announced_on");
    row.company_at = at(r, "org_uuid");
    return row;
  }

  Row read_web(const CsvRecord& r) {
    Row row;
    row.company.name = required(r, "Company Name", "the company's name");
    if (const auto url = text(r, "Company Name URL"); !url.empty())
      row.company.sources.push_back(Source{.publisher = "Crunchbase", .url = std::string(url)});
    Round round{.announced = date(r, "Announced Date")};
    round.type = round_type(r, "Funding Type", "");
    round.label = std::string(text(r, "Transaction Name"));
    round.amount = located(r, "Money Raised", [&] { return parse_reported_amount(text(r, "Money Raised"), currencies::USD); });
    if (has("Money Raised (in USD)") && !text(r, "Money Raised (in USD)").empty()) {
      const Money in_usd = located(r, "Money Raised (in USD)", [&] {
        return parse_compact_amount(text(r, "Money Raised (in USD)"), currencies::USD);
      });
      if (in_usd.currency() != currencies::USD)
        fail(r, "Money Raised (in USD)", fmt::format("a {} amount: expected USD", in_usd.currency().code()));
      if (!round.amount.is_disclosed()) round.amount = ReportedMoney::exact(in_usd);
      else if (round.currency() != currencies::USD) round.claims.push_back(detail::usd_claim(detail::amount_usd_claim, in_usd));
    }
    round.pre_money = round.post_money = ReportedMoney::undisclosed(round.currency());
    check_count(r, "Number of Investors");
    for (auto& lead : split_names(text(r, "Lead Investors"))) round.investors.push_back({std::move(lead), true, {}});
    if (const auto url = text(r, "Transaction Name URL"); !url.empty())
      round.sources.push_back(Source{.publisher = "Crunchbase", .url = std::string(url)});
    row.key = row.company.name;
    row.round = std::move(round);
    row.round_id_at = at(r, has("Transaction Name") ? "Transaction Name" : "Funding Type");
    row.announced_at = at(r, "Announced Date");
    row.company_at = at(r, "Company Name");
    return row;
  }

  std::vector<std::string> list(const CsvRecord& r, std::string_view column) const {
    return located(r, column, [&] { return detail::split_list(raw(r, column)); });
  }
  std::vector<Source> sources(const CsvRecord& r, std::string_view column) const {
    std::vector<Source> out;
    for (const auto& s : list(r, column)) out.push_back(detail::parse_source(s));
    return out;
  }

  Row read_fundline(const CsvRecord& r) {
    Row row;
    row.company.id = std::string(raw(r, "company_id"));
    row.company.name = std::string(raw(r, "company_name"));
    if (row.company.name.empty()) fail(r, "company_name", "empty: expected the company's name");
    if (!raw(r, "company_founded").empty()) row.company.founded = date(r, "company_founded");
    row.company.country = std::string(raw(r, "company_country"));
    row.company.sectors = list(r, "company_sectors");
    row.company.sources = sources(r, "company_sources");
    row.company.note = std::string(raw(r, "company_note"));
    row.key = row.company.id.empty() ? row.company.name : row.company.id;
    row.company_at = at(r, row.company.id.empty() ? "company_name" : "company_id");
    row.round_id_at = at(r, "round_id");
    row.announced_at = at(r, "announced");
    if (raw(r, "round_id").empty() && raw(r, "round_type").empty()) {
      for (auto column : detail::fundline_csv_columns)
        if (column.substr(0, 8) != "company_" && !raw(r, column).empty())
          fail(r, column, "a value in a row without round_id and round_type: expected a round_type");
      return row;
    }
    Round round{.announced = date(r, "announced")};
    round.id = std::string(raw(r, "round_id"));
    round.type = round_type(r, "round_type", "");
    round.label = std::string(raw(r, "label"));
    const auto c = currency(r, "currency");
    if (!c) fail(r, "currency", "empty: expected the round's ISO currency code");
    if (raw(r, "amount").empty()) {
      if (!raw(r, "amount_qualifier").empty() || !raw(r, "amount_high").empty())
        fail(r, "amount", "empty, but a qualifier or a high end is given: expected an amount");
      round.amount = ReportedMoney::undisclosed(*c);
    } else {
      const Money value = money(r, "amount", *c);
      std::optional<Qualifier> q = Qualifier::exact;
      if (!raw(r, "amount_qualifier").empty()) q = try_parse_qualifier(raw(r, "amount_qualifier"));
      if (!q || *q == Qualifier::undisclosed)
        fail(r, "amount_qualifier",
             "unknown qualifier: expected approximately, at_least, more_than, at_most, less_than or range");
      std::optional<Money> high;
      if (*q == Qualifier::range) high = money(r, "amount_high", *c);
      else if (!raw(r, "amount_high").empty()) fail(r, "amount_high", "a high end for an amount that is not a range");
      round.amount = located(r, "amount", [&] {
        try {
          return ReportedMoney::with(*q, value, high);
        } catch (const inconsistent_data& e) {
          throw parse_error(e.what());
        }
      });
    }
    if (const auto u = usd(r, "amount_usd")) round.claims.push_back(detail::usd_claim(detail::amount_usd_claim, *u));
    for (const auto& t : list(r, "tranches")) {
      const auto eq = t.find('=');
      if (eq == std::string::npos) fail(r, "tranches", fmt::format("tranche \"{}\": expected instrument=amount", t));
      round.tranches.push_back(located(r, "tranches", [&] {
        return Tranche{parse_instrument(std::string_view(t).substr(0, eq)),
                       detail::parse_reported(std::string_view(t).substr(eq + 1), *c)};
      }));
    }
    round.pre_money = located(r, "pre_money", [&] { return detail::parse_reported(raw(r, "pre_money"), *c); });
    round.post_money = located(r, "post_money", [&] { return detail::parse_reported(raw(r, "post_money"), *c); });
    if (const auto u = usd(r, "post_money_usd"))
      round.claims.push_back(detail::usd_claim(detail::post_money_usd_claim, *u));
    const auto leads = list(r, "lead_investors");
    for (auto& name : list(r, "investors")) {
      const bool lead = std::find(leads.begin(), leads.end(), name) != leads.end();
      round.investors.push_back({std::move(name), lead, {}});
    }
    for (const auto& lead : leads)
      if (!round.has_investor(lead))
        fail(r, "lead_investors", fmt::format("lead \"{}\" is not in investors: expected a subset of investors", lead));
    round.sources = sources(r, "sources");
    round.note = std::string(raw(r, "note"));
    row.round = std::move(round);
    return row;
  }

  // Web rows have no round id: "<type>-<date>", made unique within the company.
  std::string web_round_id(const Company& c, const Round& r) const {
    const std::string base = fmt::format("{}-{}", to_string(r.type), r.announced);
    std::string id = base;
    for (int n = 2; c.find_round(id) != nullptr; ++n) id = fmt::format("{}-{}", base, n);
    return id;
  }

  // Every check before any change, so that a rejected row leaves nothing behind.
  void add(Row row) {
    const auto found = by_key_.find(row.key);
    Company* company = found == by_key_.end() ? nullptr : &result_.companies[found->second.index];
    if (company == nullptr && !options_.known_companies.empty())
      throw parse_error(row.company_at, fmt::format("unknown company \"{}\": expected one of the {} known companies",
                                                    row.key, options_.known_companies.size()));
    if (company != nullptr && !found->second.known) {
      const Company& first = *company;
      auto differs = [&](std::string_view what, std::string_view was, std::string_view now) {
        throw parse_error(row.company_at,
                          fmt::format("company \"{}\": {} \"{}\" differs from \"{}\" given on line {}: expected the "
                                      "same value on every row of a company",
                                      row.key, what, now, was, found->second.line));
      };
      if (first.name != row.company.name) differs("name", first.name, row.company.name);
      if (result_.format == ImportFormat::fundline) {
        auto founded = [](const Company& c) { return c.founded ? c.founded->to_string() : std::string(); };
        if (founded(first) != founded(row.company)) differs("founding date", founded(first), founded(row.company));
        if (first.country != row.company.country) differs("country", first.country, row.company.country);
        if (first.sectors != row.company.sectors)
          differs("sectors", detail::join_list(first.sectors), detail::join_list(row.company.sectors));
        if (first.note != row.company.note) differs("note", first.note, row.company.note);
        if (first.sources != row.company.sources) differs("sources", "(the first row's)", "(other sources)");
      }
    }
    const Company& owner = company ? *company : row.company;
    if (!row.round) {
      if (company == nullptr) new_company(std::move(row));
      return;
    }
    Round& round = *row.round;
    try {
      round.validate();
    } catch (const inconsistent_data& e) {
      throw parse_error(row.round_id_at, fmt::format("{}: expected figures that agree", e.what()));
    } catch (const overflow_error& e) {
      // Summing tranches can overflow: still this round's fault, so located at it.
      throw parse_error(row.round_id_at, fmt::format("{}: expected figures that fit in int64 minor units", e.what()));
    }
    const auto& founded = row.company.founded ? row.company.founded : owner.founded;
    if (founded && round.announced.last_day() < founded->first_day())
      throw parse_error(row.announced_at,
                        fmt::format("round dated {} before the company's founding ({}): expected a date on or after it",
                                    round.announced, *founded));
    if (result_.format == ImportFormat::web) round.id = web_round_id(owner, round);
    if (!round.id.empty()) {
      const std::string key = round_key(row.key, round.id);
      if (const auto seen = round_lines_.find(key); seen != round_lines_.end())
        throw parse_error(row.round_id_at,
                          seen->second == 0
                              ? fmt::format("duplicate round id \"{}\": a known company already has it", round.id)
                              : fmt::format("duplicate round id \"{}\": first seen on line {}", round.id, seen->second));
      round_lines_.emplace(key, row.round_id_at.line);
    }
    ++result_.stats.rounds;
    if (!round.amount.is_disclosed()) ++result_.stats.undisclosed;
    if (company == nullptr) {
      new_company(std::move(row));
    } else {
      if (row.company.founded && !company->founded) company->founded = row.company.founded;
      company->rounds.push_back(std::move(round));
    }
  }
  void new_company(Row row) {
    Company c = std::move(row.company);
    if (row.round) c.rounds.push_back(std::move(*row.round));
    by_key_.emplace(row.key, Known{result_.companies.size(), row.company_at.line, false});
    result_.companies.push_back(std::move(c));
  }

  struct Known {
    std::size_t index;
    std::size_t line;  // first row of the company; 0 for a known company
    bool known;
  };

  CsvReader& reader_;
  const ImportOptions& options_;
  ImportResult result_;
  std::map<std::string, std::size_t, std::less<>> index_;
  std::size_t columns_ = 0;
  std::string only_;
  std::unordered_map<std::string, Known> by_key_;
  std::unordered_map<std::string, std::size_t> round_lines_;  // round_key -> line (0: a known company's)
};

// The streaming import's first pass: each row's company (interned, in
// first-seen order), where its record starts, and its round id, read by the
// columnar scanner. Roles: 0 the company key, 1 the round id, 2 the first
// column (when it is neither).
class RowIndexer {
 public:
  RowIndexer(const char* base, int first_role) : base_(base), first_role_(first_role) {}

  bool row(const detail::FieldView* v, detail::RowError& err) {
    const std::string_view key = trim(detail::unescape(v[0], scratch_));
    if (key.empty() || trim(detail::unescape(v[1], round_scratch_)).empty()) {
      err = {static_cast<std::size_t>(v[0].data - base_), 0, "an empty company or round id"};
      return false;
    }
    const char* start = v[first_role_].data;
    if (start > base_ && start[-1] == '"') --start;  // a quoted first field
    starts_.push_back(static_cast<std::size_t>(start - base_));
    companies_.push_back(index_.intern(key));
    rounds_.push_back(v[1]);
    return true;
  }

  const char* base_;
  int first_role_;
  std::string scratch_, round_scratch_;
  CompanyIndex index_;
  std::vector<CompanyId> companies_;
  std::vector<std::size_t> starts_;
  std::vector<detail::FieldView> rounds_;
};

// The rows of a clean open-data-map or bulk export grouped by company
// (companies in first-seen order, rows in file order within each), found by
// the columnar scanner on every core.
struct CompanyRows {
  std::size_t companies = 0;
  std::vector<std::size_t> begin;   // company -> its first place in order; companies + 1 entries
  std::vector<std::size_t> order;   // rows, grouped by company
  std::vector<std::size_t> starts;  // row -> offset of its record
  [[nodiscard]] std::size_t start_of(std::size_t i) const noexcept { return starts[order[i]]; }
};

// What both streaming paths start from: the header read by CsvReader and an
// Importer started on it (whose field readers check every row).
struct StreamStart {
  CsvRecord header;
  CsvReader no_reader;
  Importer importer;
  StreamStart(CsvRecord h, const std::filesystem::path& path, const ImportOptions& options)
      : header(std::move(h)), no_reader(CsvReader::from_string(std::string(), path.string(), options.csv)),
        importer(no_reader, options) {
    importer.start(header);
  }
};

// nullopt when the streaming path does not apply: known companies, an empty
// file, another layout than open-data-map or bulk.
std::unique_ptr<StreamStart> stream_start(const std::filesystem::path& path, const ImportOptions& options) {
  if (!options.known_companies.empty()) return nullptr;
  CsvRecord header;
  {
    auto reader = CsvReader::from_file(path, options.csv);
    if (!reader.next(header)) return nullptr;
  }
  auto start = std::make_unique<StreamStart>(std::move(header), path, options);
  const ImportFormat f = start->importer.format();
  if (f != ImportFormat::odm && f != ImportFormat::bulk) return nullptr;
  if (start->header.size() > 127) return nullptr;
  return start;
}

// Pass 1: false as soon as anything is not as import_csv would read it
// without a word (a problem, a repeated round id), so that the caller starts
// over with import_csv.
bool index_rows(const detail::MappedFile& file, const std::filesystem::path& path, const StreamStart& start,
                CompanyRows& out) {
  const std::string_view key_column = start.importer.format() == ImportFormat::odm ? "company_uuid" : "org_uuid";
  const std::string_view round_column = start.importer.format() == ImportFormat::odm ? "funding_round_uuid" : "uuid";
  const CsvRecord& header = start.header;
  // The names as the scanner reads them (untrimmed), each once.
  auto raw_name = [&](std::string_view column) { return header[start.importer.columns().find(column)->second].text; };
  std::vector<std::string> names{raw_name(key_column), raw_name(round_column)};
  int first_role = 2;
  if (header[0].text == names[0]) first_role = 0;
  else if (header[0].text == names[1]) first_role = 1;
  else names.push_back(header[0].text);

  const std::string_view text = file.text();
  const char* base = text.data();
  std::vector<RowIndexer> parts;
  try {
    const auto scan_header = detail::read_header(text, path.string(), names, names.size());
    LoadSummary summary;
    parts = detail::parse_chunks<RowIndexer>(
        text, path.string(), scan_header, LoadOptions{.mode = ParseMode::lenient}, nullptr,
        [&] { return RowIndexer(base, first_role); }, summary);
    if (!summary.problems.empty()) return false;
  } catch (const error&) {
    return false;
  }
  // The chunks' companies in one index, in first-seen order: a chunk's new
  // companies come after those of the chunks before it.
  RowIndexer& rows = parts.front();
  for (std::size_t p = 1; p < parts.size(); ++p) {
    RowIndexer& part = parts[p];
    std::vector<CompanyId> global(part.index_.size());
    for (std::size_t id = 0; id < global.size(); ++id)
      global[id] = rows.index_.intern(part.index_.key(static_cast<CompanyId>(id)));
    for (const CompanyId c : part.companies_) rows.companies_.push_back(global[c]);
    rows.starts_.insert(rows.starts_.end(), part.starts_.begin(), part.starts_.end());
    rows.rounds_.insert(rows.rounds_.end(), part.rounds_.begin(), part.rounds_.end());
    part = RowIndexer(base, first_role);
  }
  {
    // Called from several threads: each call has its own scratch.
    auto round_text = [&](std::size_t i, std::string& scratch) { return trim(detail::unescape(rows.rounds_[i], scratch)); };
    if (!detail::find_repeats(
             rows.rounds_.size(),
             [&](std::size_t i) {
               std::string scratch;
               return CompanyIndex::hash(round_text(i, scratch));
             },
             [&](std::size_t i, std::size_t j) {
               std::string a, b;
               return round_text(i, a) == round_text(j, b);
             },
             std::thread::hardware_concurrency())
             .empty())
      return false;
    rows.rounds_ = {};
  }
  // A counting sort.
  const std::size_t companies = rows.index_.size(), n = rows.companies_.size();
  out.companies = companies;
  out.begin.assign(companies + 1, 0);
  out.order.resize(n);
  for (const CompanyId c : rows.companies_) ++out.begin[c + 1];
  for (std::size_t c = 0; c < companies; ++c) out.begin[c + 1] += out.begin[c];
  {
    std::vector<std::size_t> fill(out.begin.begin(), out.begin.end() - 1);
    for (std::size_t r = 0; r < n; ++r) out.order[fill[rows.companies_[r]]++] = r;
  }
  out.starts = std::move(rows.starts_);
  return true;
}

// One record as CsvReader gives it, read at `start` by the scanner; false
// where CsvReader would complain or read it otherwise.
class RecordReader {
 public:
  RecordReader(std::string_view text, std::size_t columns, const CsvOptions& csv)
      : text_(text), csv_(csv), views_(columns), scan_(text.data(), text.size()) {
    every_.columns = columns;
    for (std::size_t i = 0; i < columns; ++i) every_.role_of.push_back(static_cast<signed char>(i));
    record_.fields.resize(columns);
  }

  [[nodiscard]] const CsvRecord* read(std::size_t start) {
    const char* base = text_.data();
    std::size_t end = start;
    detail::RowError err;
    // The tokenizer refuses NUL bytes, bad UTF-8 and stray quotes, as CsvReader does.
    if (!detail::scan_record(base, text_.size(), end, every_, views_.data(), err, scan_)) return nullptr;
    if (end - start > csv_.max_record_bytes) return nullptr;
    for (std::size_t f = 0; f < every_.columns; ++f) {
      const detail::FieldView& v = views_[f];
      const bool quoted = v.quoted;
      if (!quoted && v.raw().find('\r') != std::string_view::npos) return nullptr;
      if (v.size > csv_.max_field_bytes) return nullptr;
      if (v.escaped) (void)detail::unescape_quotes(v, record_.fields[f].text);  // written in place
      else record_.fields[f].text.assign(v.raw());
      record_.fields[f].quoted = quoted;
    }
    return &record_;
  }

 private:
  std::string_view text_;
  const CsvOptions& csv_;
  detail::CsvHeader every_;
  std::vector<detail::FieldView> views_;
  detail::ScanState scan_;
  CsvRecord record_;
};

// The rows of a clean open-data-map or bulk export, a company at a time:
// false as soon as anything is not as import_csv would read it without a
// word, so that the caller starts over with import_csv.
bool stream_clean_file(const std::filesystem::path& path, const ImportOptions& options, const CompanySink& sink,
                       ImportResult& result) {
  const auto start = stream_start(path, options);
  if (!start) return false;
  Importer& importer = start->importer;
  const detail::MappedFile file(path);
  CompanyRows rows;
  if (!index_rows(file, path, *start, rows)) return false;

  RecordReader reader(file.text(), start->header.size(), options.csv);
  sink.restart();
  std::size_t released = 0;
  for (std::size_t c = 0; c < rows.companies; ++c) {
    for (std::size_t i = rows.begin[c]; i < rows.begin[c + 1]; ++i) {
      const CsvRecord* record = reader.read(rows.start_of(i));
      if (record == nullptr) return false;
      try {
        importer.feed(*record);
      } catch (const error&) {
        return false;
      }
    }
    const std::vector<Company> done = importer.take_companies();
    if (done.size() != 1) return false;
    sink.add(done.front());
    // Every later company starts after the next one's first row.
    if (c + 1 < rows.companies) {
      const std::size_t next = rows.start_of(rows.begin[c + 1]);
      if (next - released >= (std::size_t{8} << 20)) {
        file.release(released, next);
        released = next;
      }
    }
    if (options.progress && (c & 0xFFFF) == 0) options.progress(c, rows.companies);
  }
  result.stats = importer.stats();
  result.format = importer.format();
  return true;
}

// One thread's share of the text path's pass 2.
struct TextWorker {
  TextWorker(const std::filesystem::path& path, const ImportOptions& options, const StreamStart& start,
             std::string_view text, std::optional<CompaniesText> format)
      : no_reader(CsvReader::from_string(std::string(), path.string(), options.csv)),
        importer(no_reader, options),
        reader(text, start.header.size(), options.csv) {
    importer.start(start.header);
    if (start.importer.format() == ImportFormat::odm)
      if (const auto columns = detail::OdmColumns::of(start.importer.columns())) direct.emplace(*columns, format);
  }

  // The text of companies [from, to): false where import_csv would say a word.
  bool write(const CompanyRows& rows, std::size_t from, std::size_t to, std::optional<CompaniesText> format) {
    out.clear();
    for (std::size_t c = from; c < to; ++c) {
      for (std::size_t i = rows.begin[c]; i < rows.begin[c + 1]; ++i) {
        const CsvRecord* record = reader.read(rows.start_of(i));
        if (record == nullptr) return false;
        try {
          if (direct) direct->row(*record, out);
          else importer.feed(*record);
        } catch (const error&) {
          return false;
        }
      }
      if (direct) {
        direct->end_company(out);
        continue;
      }
      const std::vector<Company> done = importer.take_companies();
      if (done.size() != 1) return false;
      if (!format) continue;
      // The object model's own writers, their document's opening cut off.
      std::ostringstream text;
      if (*format == CompaniesText::json) {
        JsonCompaniesWriter writer(text);
        writer.write(done.front());
        out += ',';
      } else {
        CsvCompaniesWriter writer(text);
        writer.write(done.front());
      }
      out += std::move(text).str().substr(detail::companies_text_opening(*format).size());
    }
    return true;
  }

  [[nodiscard]] ImportStats stats() const {
    ImportStats s = importer.stats();
    if (direct) {
      const ImportStats& d = direct->stats();
      s.rows += d.rows, s.companies += d.companies, s.rounds += d.rounds, s.undisclosed += d.undisclosed;
    }
    return s;
  }

  CsvReader no_reader;
  Importer importer;
  std::optional<detail::OdmTextWriter> direct;
  RecordReader reader;
  std::string out;
};

// The text path: companies in blocks, each block split between the threads,
// each thread formatting its companies into its own buffer, the buffers
// written in order.
bool stream_clean_text(const std::filesystem::path& path, const ImportOptions& options, CompaniesText format,
                       const TextSink& sink, ImportResult& result) {
  const auto start = stream_start(path, options);
  if (!start) return false;
  const detail::MappedFile file(path);
  CompanyRows rows;
  if (!index_rows(file, path, *start, rows)) return false;

  const std::optional<CompaniesText> text_format = sink.write ? std::optional(format) : std::nullopt;
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  std::vector<std::unique_ptr<TextWorker>> workers;
  for (std::size_t t = 0; t < threads; ++t)
    workers.push_back(std::make_unique<TextWorker>(path, options, *start, file.text(), text_format));

  if (sink.restart) sink.restart();
  if (text_format) sink.write(detail::companies_text_opening(format));
  constexpr std::size_t batch = 2048;  // companies a thread formats at a time
  bool first = true;
  // The previous block's text, written while the threads format the next.
  std::vector<std::string> pending(threads);
  auto write_pending = [&] {
    if (!text_format) return;
    for (auto& piece : pending) {
      std::string_view text = piece;
      if (first && !text.empty() && format == CompaniesText::json) text.remove_prefix(1);  // the first ','
      if (!text.empty()) first = false;
      sink.write(text);
      piece.clear();
    }
  };
  std::size_t released = 0;
  for (std::size_t from = 0; from < rows.companies; from += batch * threads) {
    std::vector<char> ok(threads, 0);
    std::vector<std::exception_ptr> failures(threads);
    {
      std::vector<std::jthread> formatters;
      for (std::size_t t = 0; t < threads; ++t)
        formatters.emplace_back([&, t] {
          const std::size_t begin = std::min(rows.companies, from + t * batch);
          const std::size_t end = std::min(rows.companies, begin + batch);
          try {
            ok[t] = workers[t]->write(rows, begin, end, text_format);
          } catch (...) {
            failures[t] = std::current_exception();
          }
        });
      write_pending();
    }
    for (std::size_t t = 0; t < threads; ++t) {
      if (failures[t]) std::rethrow_exception(failures[t]);
      if (!ok[t]) return false;
      std::swap(pending[t], workers[t]->out);
    }
    // Every later company starts after the next block's first row.
    if (const std::size_t next = from + batch * threads; next < rows.companies) {
      const std::size_t next_start = rows.start_of(rows.begin[next]);
      if (next_start - released >= (std::size_t{8} << 20)) {
        file.release(released, next_start);
        released = next_start;
      }
    }
    if (options.progress) options.progress(std::min(rows.companies, from + batch * threads), rows.companies);
  }
  write_pending();
  if (text_format) sink.write(detail::companies_text_closing(format, rows.companies == 0));
  result.stats = ImportStats{};
  for (const auto& w : workers) {
    const ImportStats s = w->stats();
    result.stats.rows += s.rows, result.stats.companies += s.companies, result.stats.rounds += s.rounds,
        result.stats.undisclosed += s.undisclosed;
  }
  result.format = start->importer.format();
  return true;
}

}  // namespace

std::string_view to_string(ImportFormat f) noexcept {
  switch (f) {
    case ImportFormat::auto_detect: return "auto";
    case ImportFormat::odm: return "odm";
    case ImportFormat::bulk: return "bulk";
    case ImportFormat::web: return "web";
    case ImportFormat::fundline: return "fundline";
  }
  return "?";
}

std::optional<ImportFormat> try_parse_import_format(std::string_view s) noexcept {
  for (auto f : {ImportFormat::auto_detect, ImportFormat::odm, ImportFormat::bulk, ImportFormat::web,
                 ImportFormat::fundline})
    if (to_string(f) == s) return f;
  return std::nullopt;
}

std::string ImportStats::to_string() const {
  return fmt::format("rows {}, companies {}, rounds {}, undisclosed {}, rejected {}", rows, companies, rounds,
                     undisclosed, rejected);
}

ImportFormat detect_import_format(const CsvRecord& header, std::string_view source_name) {
  const auto index = header_index(header, source_name);
  // The column only that layout has, then all its required ones.
  static constexpr std::pair<std::string_view, ImportFormat> markers[] = {
      {"funding_round_uuid", ImportFormat::odm},
      {"org_uuid", ImportFormat::bulk},
      {"Funding Type", ImportFormat::web},
      {"round_id", ImportFormat::fundline},
  };
  for (const auto& [marker, format] : markers)
    if (index.contains(marker)) return format;
  std::string first = header.size() ? header[0].text.substr(0, 60) : std::string();
  throw parse_error(SourceLocation{std::string(source_name), header.line, 1, {}},
                    fmt::format("unrecognized header (starting \"{}\"): expected the columns of a Crunchbase "
                                "open-data-map, bulk-export or web-export funding_rounds.csv, or of fundline's own "
                                "layout (see docs/import.md)",
                                first));
}

ImportResult import_csv(CsvReader& reader, const ImportOptions& options) { return Importer(reader, options).run(); }

ImportResult import_csv(const std::filesystem::path& path, const ImportOptions& options) {
  auto reader = CsvReader::from_file(path, options.csv);
  return import_csv(reader, options);
}

ImportResult import_csv_streaming(const std::filesystem::path& path, const ImportOptions& options,
                                  const CompanySink& sink) {
  ImportResult result;
  if (stream_clean_file(path, options, sink, result)) return result;
  // A file with something to report, or a layout the fast path does not
  // read: import_csv's own order and words, then its companies one by one.
  result = import_csv(path, options);
  sink.restart();
  for (const auto& c : result.companies) sink.add(c);
  result.companies.clear();
  return result;
}

ImportResult import_csv_streaming(const std::filesystem::path& path, const ImportOptions& options,
                                  CompaniesText format, const TextSink& sink) {
  ImportResult result;
  if (stream_clean_text(path, options, format, sink, result)) return result;
  result = import_csv(path, options);
  if (sink.restart) sink.restart();
  if (!sink.write) return result;
  std::ostringstream text;
  if (format == CompaniesText::json) {
    JsonCompaniesWriter writer(text);
    for (const auto& c : result.companies) writer.write(c);
    writer.finish();
  } else {
    CsvCompaniesWriter writer(text);
    for (const auto& c : result.companies) writer.write(c);
  }
  result.companies.clear();
  sink.write(std::move(text).str());
  return result;
}

Company import_company(const std::filesystem::path& path, std::string_view id_or_name, const ImportOptions& options) {
  if (id_or_name.empty()) throw error("import_company: expected a company id or name, got an empty one");
  auto reader = CsvReader::from_file(path, options.csv);
  Importer importer(reader, options);
  importer.only_company(std::string(id_or_name));
  ImportResult result = importer.run();
  if (result.companies.empty())
    throw error(fmt::format("{}: no company has the id or name \"{}\": expected one the file names", path.string(),
                            id_or_name));
  if (result.companies.size() > 1) {
    std::vector<std::string> ids;
    for (const auto& c : result.companies) ids.push_back(c.id.empty() ? c.name : c.id);
    throw error(fmt::format("{}: {} companies answer to \"{}\" ({}): expected one; pass its id", path.string(),
                            result.companies.size(), id_or_name, fmt::join(ids, ", ")));
  }
  return std::move(result.companies.front());
}

ImportResult import_csv_text(std::string_view text, std::string_view source_name, const ImportOptions& options) {
  auto reader = CsvReader::from_string(std::string(text), std::string(source_name), options.csv);
  return import_csv(reader, options);
}

}  // namespace fundline
