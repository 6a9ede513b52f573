#include "odm_text_writer.hpp"

#include <iterator>

#include <fmt/format.h>

#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"
#include "fundline/model/round.hpp"
#include "fundline_csv_layout.hpp"
#include "import_fields.hpp"
#include "json_text.hpp"

namespace fundline::detail {
namespace {

using namespace std::string_view_literals;  // out += "..."sv: no strlen a call

// A figure as import_csv reads it (Importer::amount): the original currency
// when given, else USD; Crunchbase's USD figure kept when it is a second one.
struct Amount {
  ReportedMoney value;
  std::optional<Money> usd_claim;
};

// `"name": ` after Indent spaces; name a literal, so its length is known here.
template <std::size_t Indent, std::size_t N>
void key(std::string& out, const char (&name)[N]) {
  static constexpr std::string_view spaces = "                ";
  static_assert(Indent <= spaces.size(), "a deeper indent needs a longer run of spaces");
  out.append(spaces.data(), Indent).append(1, '"').append(name, N - 1).append("\": ", 3);
}

// reported_json (json_writer.cpp) for the figures an open-data-map row gives:
// exact or undisclosed.
template <std::size_t Indent>
void reported_json(std::string& out, const ReportedMoney& r) {
  out += "{\n"sv;
  if (r.is_disclosed()) {
    key<Indent + 2>(out, "amount");
    append_json_string(out, decimal_text(*r.value()));
  } else {
    key<Indent + 2>(out, "qualifier");
    out += "\"undisclosed\""sv;
  }
  out += ",\n"sv;
  key<Indent + 2>(out, "currency");
  append_json_string(out, r.currency().code());
  out += '\n';
  out.append(Indent, ' ');
  out += '}';
}

void claim_json(std::string& out, bool first, const Claim& c) {
  if (!first) out += ",\n"sv;
  out += "            {\n"sv;
  key<14>(out, "about");
  append_json_string(out, c.about);
  out += ",\n"sv;
  key<14>(out, "value");
  append_json_string(out, c.value);
  out += ",\n"sv;
  key<14>(out, "note");
  append_json_string(out, c.note);
  out += "\n            }"sv;
}

}  // namespace

std::optional<OdmColumns> OdmColumns::of(const std::map<std::string, std::size_t, std::less<>>& index) {
  if (index.contains("founded_on")) return std::nullopt;
  auto at = [&](std::string_view name) {
    const auto it = index.find(name);
    return it == index.end() ? absent : it->second;
  };
  OdmColumns c;
  c.company_name = at("company_name");
  c.country = at("country_code");
  c.categories = at("company_category_list");
  c.type = at("funding_round_type");
  c.code = at("funding_round_code");
  c.announced = at("announced_on");
  c.usd = at("raised_amount_usd");
  c.amount = at("raised_amount");
  c.currency = at("raised_amount_currency_code");
  c.post_usd = at("post_money_valuation_usd");
  c.post = at("post_money_valuation");
  c.post_currency = index.contains("post_money_valuation_currency_code") ? at("post_money_valuation_currency_code")
                                                                          : at("pre_money_currency_code");
  c.investor_count = at("investor_count");
  c.investor_names = at("investor_names");
  c.cb_url = at("cb_url");
  c.company_uuid = at("company_uuid");
  c.round_uuid = at("funding_round_uuid");
  for (const std::size_t required : {c.company_name, c.type, c.code, c.announced, c.usd, c.amount, c.currency,
                                     c.company_uuid, c.round_uuid})
    if (required == absent) return std::nullopt;
  return c;
}

std::string_view companies_text_opening(CompaniesText format) {
  static const std::string csv_header = [] {
    std::string h;
    for (const auto column : fundline_csv_columns) {
      if (!h.empty()) h += ',';
      append_csv_field(h, column);
    }
    return h + '\n';
  }();
  static const std::string json_opening =
      fmt::format("{{\n  \"schema\": \"{}\",\n  \"companies\": [", company_schema_version);
  return format == CompaniesText::csv ? std::string_view(csv_header) : std::string_view(json_opening);
}

std::string_view companies_text_closing(CompaniesText format, bool empty) {
  if (format == CompaniesText::csv) return {};
  return empty ? "]\n}\n" : "\n  ]\n}\n";
}

std::string_view OdmTextWriter::field(const CsvRecord& r, std::size_t column) const {
  return column == OdmColumns::absent ? std::string_view() : trim_blanks(r[column].text);
}

void OdmTextWriter::row(const CsvRecord& r, std::string& out) {
  const bool first = rounds_ == 0;
  const std::string_view id = field(r, c_.company_uuid), name = field(r, c_.company_name);
  if (id.empty() || name.empty()) throw error("an empty company uuid or name");
  if (first) name_.assign(name);
  else if (name != name_) throw error("a company whose name changes between rows");
  const PartialDate announced = parse_any_date(field(r, c_.announced));
  const std::string_view round_id = field(r, c_.round_uuid);
  if (round_id.empty()) throw error("an empty round uuid");
  const std::string_view type_text = field(r, c_.type), code_text = field(r, c_.code);
  const auto known = types_.find(type_text, code_text);
  const RoundType type = known ? *known : parse_round_type(type_text, code_text);  // which throws, saying why

  auto amount = [&](std::size_t usd_col, std::size_t value_col, std::size_t currency_col,
                    std::optional<Currency> fallback) -> Amount {
    std::optional<Currency> original;
    if (const auto code = field(r, currency_col); !code.empty()) original = Currency::from_code(code);
    std::optional<Money> in_usd;
    if (const auto usd = field(r, usd_col); !usd.empty()) in_usd = Money::parse(usd, currencies::USD);
    if (const auto value = field(r, value_col); !value.empty()) {
      if (!original) {
        if (in_usd && Money::try_parse(value, currencies::USD) == in_usd) return {ReportedMoney::exact(*in_usd), {}};
        throw error("an amount without a currency");
      }
      const Money m = Money::parse(value, *original);
      return {ReportedMoney::exact(m), in_usd && *in_usd != m ? in_usd : std::nullopt};
    }
    if (in_usd) return {ReportedMoney::exact(*in_usd), {}};
    return {ReportedMoney::undisclosed(original.value_or(fallback.value_or(currencies::USD))), {}};
  };
  const Amount raised = amount(c_.usd, c_.amount, c_.currency, std::nullopt);
  const Currency currency = raised.value.currency();
  const Amount post = amount(c_.post_usd, c_.post, c_.post_currency, currency);
  const ReportedMoney pre = ReportedMoney::undisclosed(currency);
  Round{.announced = announced, .amount = raised.value, .pre_money = pre, .post_money = post.value}.validate();
  if (const auto count = field(r, c_.investor_count);
      !count.empty() && count.find_first_not_of("0123456789") != std::string_view::npos)
    throw error("an investor count that is not a whole number");

  ++stats_.rows;
  ++stats_.rounds;
  if (!raised.value.is_disclosed()) ++stats_.undisclosed;
  ++rounds_;
  if (!format_) return;

  const std::string_view names = field(r, c_.investor_names);
  if (*format_ == CompaniesText::csv) {
    if (first) {
      // The company's cells, the same on each of its rows (CsvCompaniesWriter).
      std::string cell;
      csv_company_.clear();
      append_csv_field(csv_company_, id);
      csv_company_ += ',';
      append_csv_field(csv_company_, name);
      csv_company_ += ",,";
      append_csv_field(csv_company_, field(r, c_.country));
      csv_company_ += ',';
      for_each_name(field(r, c_.categories), '|', [&](std::string_view sector) {
        if (!cell.empty()) cell += '|';
        append_list_item(cell, sector);
      });
      append_csv_field(csv_company_, cell);
      csv_company_ += ',';
      cell.clear();
      if (const auto url = field(r, c_.cb_url); !url.empty())
        append_list_item(cell, format_source(Source{.publisher = "Crunchbase", .url = std::string(url)}));
      append_csv_field(csv_company_, cell);
      csv_company_ += ",,";
    }
    out += csv_company_;
    append_csv_field(out, round_id);
    out += ',';
    out += to_string(type);
    out += ',';
    out += announced.to_string();
    out += ",,"sv;
    out += currency.code();
    out += ',';
    if (raised.value.is_disclosed()) out += raised.value.value()->to_decimal();
    out += ",,,"sv;
    if (raised.usd_claim) out += raised.usd_claim->to_decimal();
    out += ",,"sv;
    append_csv_field(out, format_reported(pre, currency));
    out += ',';
    append_csv_field(out, format_reported(post.value, currency));
    out += ',';
    if (post.usd_claim) out += post.usd_claim->to_decimal();
    out += ',';
    std::string investors;
    for_each_name(names, ',', [&](std::string_view investor) {
      if (!investors.empty()) investors += '|';
      append_list_item(investors, investor);
    });
    append_csv_field(out, investors);
    out += ",,,\n"sv;
    return;
  }

  if (first) {
    if (const auto url = field(r, c_.cb_url); !url.empty()) cb_url_.assign(url);
    else cb_url_.clear();
    out += ",\n    {\n"sv;
    key<6>(out, "id");
    append_json_string(out, id);
    out += ",\n"sv;
    key<6>(out, "name");
    append_json_string(out, name);
    out += ",\n"sv;
    if (const auto country = field(r, c_.country); !country.empty()) {
      key<6>(out, "country");
      append_json_string(out, country);
      out += ",\n"sv;
    }
    bool any = false;
    for_each_name(field(r, c_.categories), '|', [&](std::string_view sector) {
      if (!any) key<6>(out, "sectors");
      out += any ? ",\n        " : "[\n        ";
      append_json_string(out, sector);
      any = true;
    });
    if (any) out += "\n      ],\n"sv;
    key<6>(out, "rounds");
    out += "[\n"sv;
  } else {
    out += ",\n"sv;
  }
  out += "        {\n"sv;
  key<10>(out, "id");
  append_json_string(out, round_id);
  out += ",\n"sv;
  key<10>(out, "type");
  append_json_string(out, to_string(type));
  out += ",\n"sv;
  key<10>(out, "announced");
  append_json_string(out, announced.to_string());
  out += ",\n"sv;
  key<10>(out, "amount");
  reported_json<10>(out, raised.value);
  if (!(pre == ReportedMoney{})) {
    out += ",\n"sv;
    key<10>(out, "pre_money");
    reported_json<10>(out, pre);
  }
  if (!(post.value == ReportedMoney{})) {
    out += ",\n"sv;
    key<10>(out, "post_money");
    reported_json<10>(out, post.value);
  }
  bool any = false;
  for_each_name(names, ',', [&](std::string_view investor) {
    out += ",\n"sv;
    if (!any) {
      key<10>(out, "investors");
      out += "[\n"sv;
    }
    out += "            {\n"sv;
    key<14>(out, "investor");
    append_json_string(out, investor);
    out += "\n            }"sv;
    any = true;
  });
  if (any) out += "\n          ]"sv;
  if (raised.usd_claim || post.usd_claim) {
    out += ",\n"sv;
    key<10>(out, "claims");
    out += "[\n"sv;
    if (raised.usd_claim) claim_json(out, true, usd_claim(amount_usd_claim, *raised.usd_claim));
    if (post.usd_claim) claim_json(out, !raised.usd_claim, usd_claim(post_money_usd_claim, *post.usd_claim));
    out += "\n          ]"sv;
  }
  out += "\n        }"sv;
}

void OdmTextWriter::end_company(std::string& out) {
  if (rounds_ == 0) return;
  rounds_ = 0;
  ++stats_.companies;
  if (!format_ || *format_ == CompaniesText::csv) return;
  out += "\n      ]"sv;
  if (!cb_url_.empty()) {
    out += ",\n"sv;
    key<6>(out, "sources");
    out += "[\n        {\n"sv;
    key<10>(out, "publisher");
    out += "\"Crunchbase\",\n"sv;
    key<10>(out, "url");
    append_json_string(out, cb_url_);
    out += "\n        }\n      ]"sv;
  }
  out += "\n    }"sv;
}

}  // namespace fundline::detail
