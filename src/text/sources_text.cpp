#include "fundline/text/sources_text.hpp"

#include <cctype>
#include <functional>

#include <fmt/format.h>

#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"
#include "fundline/text/round_type_text.hpp"
#include "fundline/text/text_table.hpp"

namespace fundline {
namespace {

struct Words {
  std::string_view title, company, founded, amount, pre_money, post_money, leads, sources, no_source, disagree, fact,
      recorded, claimed, note, by, quote_open, quote_close, none;
};

Words words(Language lang) {
  if (lang == Language::fr)
    return {"sources",      "Entreprise", "création",         "montant",   "pré-money",    "post-money",
            "chefs de file", "sources",   "aucune source enregistrée", "Là où les sources divergent",
            "Fait",         "Retenu",     "Autre version", "Note",     "Source",
            "«\u00A0",      "\u00A0»",    "non communiqué"};
  return {"sources",  "Company", "founded",  "amount",      "pre-money",   "post-money",
          "leads",    "sources", "no source recorded", "Where sources disagree",
          "Fact",     "Recorded", "Claimed", "Note",        "Source",
          "“",        "”",        "undisclosed"};
}

std::string colon(Language lang) { return lang == Language::fr ? fmt::format("{}:", no_break_space) : ":"; }

std::string money_text(const ReportedMoney& r, Language lang) {
  if (!r.is_disclosed()) return std::string(words(lang).none);
  return format_reported(r, lang, r.is_exact() ? MoneyStyle::full : MoneyStyle::prose);
}

// The fact's name as a reader says it; unknown keys are shown as written.
std::string fact_name(const std::string& about, Language lang) {
  const Words w = words(lang);
  if (about == "founded") return std::string(w.founded);
  if (about == "amount") return std::string(w.amount);
  if (about == "pre_money") return std::string(w.pre_money);
  if (about == "post_money") return std::string(w.post_money);
  if (about == "lead") return std::string(w.leads);
  return about;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(separator)) + i;
  return out;
}

// Who makes a claim, short: "TechCrunch, 13 June 2023; The Next Web, 14 June 2023".
std::string claimants(const Claim& c, Language lang) {
  std::vector<std::string> names;
  for (const Source& s : c.sources)
    names.push_back(s.date ? fmt::format("{}, {}", s.publisher, format_date(*s.date, lang)) : s.publisher);
  return names.empty() ? std::string(words(lang).no_source) : join(names, "; ");
}

void list_sources(std::string& out, const std::vector<Source>& sources, Language lang) {
  const Words w = words(lang);
  out += fmt::format("  {}{}", w.sources, colon(lang));
  if (sources.empty()) {
    out += fmt::format(" {}\n", w.no_source);
    return;
  }
  out += "\n";
  for (const Source& s : sources) {
    out += fmt::format("    - {}\n", format_source(s, lang));
    if (!s.quote.empty()) out += fmt::format("      {}{}{}\n", w.quote_open, s.quote, w.quote_close);
  }
}

void list_claims(std::string& out, const std::vector<Claim>& claims, Language lang,
                 const std::function<std::string(const std::string&)>& recorded) {
  if (claims.empty()) return;
  const Words w = words(lang);
  TextTable table;
  table.add_column(std::string(w.fact), Align::left)
      .add_column(std::string(w.recorded), Align::left)
      .add_column(std::string(w.claimed), Align::left)
      .add_column(std::string(w.by), Align::left)
      .add_column(std::string(w.note), Align::left);
  for (const Claim& c : claims)
    table.add_row({fact_name(c.about, lang), recorded(c.about), format_claim_value(c, lang), claimants(c, lang), c.note});
  out += fmt::format("  {}{}\n", w.disagree, colon(lang));
  std::string rendered = table.render();
  for (std::size_t start = 0; start < rendered.size();) {
    const std::size_t end = rendered.find('\n', start);
    const std::string line = rendered.substr(start, end == std::string::npos ? std::string::npos : end - start);
    // Trailing spaces of the last, left-aligned column are noise.
    out += "    " + line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

}  // namespace

std::string format_source(const Source& s, Language lang) {
  const Words w = words(lang);
  std::vector<std::string> parts;
  if (!s.publisher.empty()) parts.push_back(s.publisher);
  if (!s.title.empty()) parts.push_back(fmt::format("{}{}{}", w.quote_open, s.title, w.quote_close));
  if (s.date) parts.push_back(format_date(*s.date, lang));
  if (!s.url.empty()) parts.push_back(s.url);
  return join(parts, ", ");
}

std::string format_claim_value(const Claim& c, Language lang) {
  // Only a value that is nothing but a date is one ("2023-05"; not "USD 113M").
  if (!c.value.empty() && std::isdigit(static_cast<unsigned char>(c.value[0])) != 0) {
    try {
      return format_date(PartialDate::parse(c.value), lang);
    } catch (const parse_error&) {
      // Not a date: shown as written.
    }
  }
  return c.value;
}

std::string write_sources(const Company& company, Language lang) {
  const Words w = words(lang);
  std::string out = fmt::format("{}{} {}\n\n{}\n", company.name, colon(lang), w.sources, w.company);
  out += fmt::format("  {}{} {}\n", w.founded, colon(lang), company.founded ? format_date(*company.founded, lang) : "-");
  list_sources(out, company.sources, lang);
  list_claims(out, company.claims, lang, [&](const std::string& about) -> std::string {
    if (about == "founded") return company.founded ? format_date(*company.founded, lang) : "-";
    return "-";
  });
  for (const Round& r : company.rounds) {
    out += fmt::format("\n{}, {}\n", r.label.empty() ? round_type_name(r.type, lang) : r.label,
                       format_date(r.announced, lang));
    out += fmt::format("  {}{} {}\n", w.amount, colon(lang), money_text(r.amount, lang));
    if (r.pre_money.is_disclosed()) out += fmt::format("  {}{} {}\n", w.pre_money, colon(lang), money_text(r.pre_money, lang));
    if (r.post_money.is_disclosed())
      out += fmt::format("  {}{} {}\n", w.post_money, colon(lang), money_text(r.post_money, lang));
    if (const auto leads = r.leads(); !leads.empty()) out += fmt::format("  {}{} {}\n", w.leads, colon(lang), join(leads, ", "));
    list_sources(out, r.sources, lang);
    list_claims(out, r.claims, lang, [&](const std::string& about) -> std::string {
      if (about == "amount") return money_text(r.amount, lang);
      if (about == "pre_money") return money_text(r.pre_money, lang);
      if (about == "post_money") return money_text(r.post_money, lang);
      if (about == "lead") return join(r.leads(), ", ");
      return "-";
    });
  }
  return out;
}

}  // namespace fundline
