// fundline ownership [FILE.json] [--as-of DAY] [--lang en|fr] [--format text|csv|json] [--svg OUT.svg]
//
// The stakes implied by a company's public rounds (ownership/implied_ownership.hpp):
// per round, the fraction sold (equity tranche / post-money) and the stake
// still held by those who held the company before its first round; a
// sentence in English or French; a chart of that stake over time. With no
// FILE, the bundled Mistral AI data set.
#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "timeline_of.hpp"
#include "validators.hpp"
#include "fundline/chart/stake_chart.hpp"
#include "fundline/data/bundled.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"
#include "fundline/ownership/implied_ownership.hpp"
#include "fundline/ownership/ownership_text.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"
#include "fundline/text/round_type_text.hpp"
#include "fundline/text/text_table.hpp"

namespace fundline::cli {
namespace {

struct OwnershipOptions {
  std::string file;
  std::string as_of;
  std::string lang = "en";
  std::string format = "text";
  std::string svg;
};

struct Words {
  std::string_view title, equity_only, as_of, latest, date, round, equity, post_money, sold, stake_before, converted,
      summary, chart_title, unknown_terms;
};

Words words(Language lang) {
  if (lang == Language::fr)
    return {"participations implicites", "part en capital de chaque tour", "Au", "À la date du dernier tour",
            "Date", "Tour", "Capital", "Post-money", "Part cédée", "Part des détenteurs d'avant le premier tour",
            "Valorisations converties", "Résumé", "part des détenteurs d'avant le premier tour",
            "termes inconnus"};
  return {"implied ownership", "equity tranche of each round", "As of", "As of the latest round", "Date", "Round",
          "Equity", "Post-money", "Sold", "Stake of the holders before the first round", "Converted valuations",
          "Summary", "stake of the holders before the first round", "unknown terms"};
}

std::string colon(Language lang) { return lang == Language::fr ? "\u00A0:" : ":"; }

std::string fraction_text(const std::optional<Fraction>& f) { return f ? f->to_string() : ""; }

// "USD 2,000,000,000.00 = €1,859,254,438.97 at USD 1.0757 per EUR (ECB fixing of 11 December 2023)".
std::string conversion_text(const Conversion& c, Language lang) {
  const FxRate& rate = c.from.currency() == currencies::EUR ? c.to_rate : c.from_rate;
  std::string number = rate_to_decimal(rate.micro);
  if (lang == Language::fr) {
    std::replace(number.begin(), number.end(), '.', ',');
    return fmt::format("{} = {} à {}\u00A0{} pour 1\u00A0EUR (cours BCE du {}, arrondi {})", format_money(c.from, lang),
                       format_money(c.to, lang), number, rate.currency.code(), format_date(rate.fixing_date, lang),
                       to_string(c.mode));
  }
  return fmt::format("{} = {} at {} {} per EUR (ECB fixing of {}, rounded {})", format_money(c.from, lang),
                     format_money(c.to, lang), rate.currency.code(), number, format_date(rate.fixing_date, lang),
                     to_string(c.mode));
}

void print_text(const Timeline& t, const ImpliedOwnership& o, Language lang, const std::optional<Date>& as_of) {
  const Words w = words(lang);
  fmt::print("{}{} {} ({}, {})\n", t.name(), colon(lang), w.title, t.empty() ? "EUR" : t.rounds().front().currency().code(),
             w.equity_only);
  fmt::print("{}\n\n", as_of ? fmt::format("{} {}", w.as_of, format_date(*as_of, lang)) : std::string(w.latest));
  TextTable table;
  table.add_column(std::string(w.date), Align::left)
      .add_column(std::string(w.round), Align::left)
      .add_column(std::string(w.equity), Align::right)
      .add_column(std::string(w.post_money), Align::right)
      .add_column(std::string(w.sold), Align::right)
      .add_column(std::string(w.stake_before), Align::right);
  for (const OwnershipStep& s : o.steps()) {
    const Round& r = t.rounds()[s.round];
    table.add_row({r.announced.to_string(), round_type_name(r.type, lang),
                   format_reported(s.equity, lang, MoneyStyle::full),
                   s.post_money.is_disclosed() ? format_reported(s.post_money, lang, MoneyStyle::full) : "-",
                   s.effect == OwnershipEffect::unknown_terms ? std::string(w.unknown_terms) : stake_text(s.sold, lang),
                   stake_text(s.stake, lang)});
  }
  fmt::print("{}\n", table.render());
  bool header = false;
  for (const OwnershipStep& s : o.steps()) {
    if (!s.post_money_conversion) continue;
    if (!header) fmt::print("{}{}\n", w.converted, colon(lang));
    header = true;
    fmt::print("  {}{} {}\n", round_type_name(t.rounds()[s.round].type, lang), colon(lang),
               conversion_text(*s.post_money_conversion, lang));
  }
  const std::string summary = write_ownership_summary(t, o, lang);
  if (!summary.empty()) fmt::print("\n{}{} {}\n", w.summary, colon(lang), summary);
}

void print_csv(const Timeline& t, const ImpliedOwnership& o) {
  fmt::print("date,round_id,round_type,effect,currency,equity,post_money,sold,sold_low,sold_high,stake,stake_low,"
             "stake_high,note\n");
  for (const OwnershipStep& s : o.steps()) {
    const Round& r = t.rounds()[s.round];
    fmt::print("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", r.announced.to_string(), csv_escape(r.id),
               to_string(r.type), to_string(s.effect), s.equity.currency().code(),
               csv_escape(s.equity.to_string()), csv_escape(s.post_money.to_string()),
               csv_escape(stake_text(s.sold, Language::en)), fraction_text(s.sold.low()),
               fraction_text(s.sold.high()), csv_escape(stake_text(s.stake, Language::en)),
               fraction_text(s.stake.low()), fraction_text(s.stake.high()), csv_escape(s.note));
  }
}

nlohmann::json fraction_json(const ReportedFraction& f) {
  nlohmann::json j;
  j["qualifier"] = std::string(to_string(f.qualifier()));
  j["approximate"] = f.is_approximate();
  j["low"] = f.low() ? nlohmann::json(f.low()->to_string()) : nlohmann::json();
  j["high"] = f.high() ? nlohmann::json(f.high()->to_string()) : nlohmann::json();
  j["text"] = stake_text(f, Language::en);
  return j;
}

void print_json(const Timeline& t, const ImpliedOwnership& o) {
  nlohmann::json steps = nlohmann::json::array();
  for (const OwnershipStep& s : o.steps()) {
    const Round& r = t.rounds()[s.round];
    nlohmann::json j;
    j["date"] = r.announced.to_string();
    j["round_id"] = r.id;
    j["round_type"] = std::string(to_string(r.type));
    j["effect"] = std::string(to_string(s.effect));
    j["equity"] = s.equity.to_string();
    j["post_money"] = s.post_money.to_string();
    if (s.post_money_conversion) j["post_money_conversion"] = fmt::format("{}", *s.post_money_conversion);
    j["sold"] = fraction_json(s.sold);
    j["stake"] = fraction_json(s.stake);
    if (!s.note.empty()) j["note"] = s.note;
    steps.push_back(std::move(j));
  }
  nlohmann::json doc{{"company", t.name()}, {"steps", std::move(steps)},
                     {"summary_en", write_ownership_summary(t, o, Language::en)},
                     {"summary_fr", write_ownership_summary(t, o, Language::fr)}};
  fmt::print("{}\n", doc.dump(2));
}

StakeChartData chart_of(const Timeline& t, const ImpliedOwnership& o, Language lang, std::optional<Date> end) {
  StakeChartData data;
  data.title = fmt::format("{}{} {}", t.name(), colon(lang), words(lang).chart_title);
  data.language = lang;
  data.end = end;
  for (const OwnershipStep& s : o.steps()) {
    if (!s.stake.high()) continue;  // nothing to draw
    const bool bound_only = !s.stake.low() || *s.stake.low() != *s.stake.high();
    data.points.push_back({s.day, *s.stake.high(), bound_only,
                           fmt::format("{} {}", round_type_name(t.rounds()[s.round].type, lang), stake_text(s.stake, lang))});
  }
  return data;
}

void run_ownership(const OwnershipOptions& opt) {
  const Language lang = parse_language(opt.lang);
  const Company company = opt.file.empty() ? bundled_mistral() : load_company_json(opt.file);
  Timeline t = timeline_of(company, opt.file);
  std::optional<Date> as_of;
  if (!opt.as_of.empty()) {
    as_of = parse_date(opt.as_of);
    t = t.as_of(*as_of);
  }
  const ImpliedOwnership o(t);
  std::ofstream svg_file;
  if (!opt.svg.empty()) {
    svg_file.open(opt.svg, std::ios::binary);
    if (!svg_file) throw error(fmt::format("{}: cannot open the SVG file for writing", opt.svg));
  }
  if (opt.format == "csv")
    print_csv(t, o);
  else if (opt.format == "json")
    print_json(t, o);
  else
    print_text(t, o, lang, as_of);
  if (svg_file.is_open()) {
    svg_file << render_stake_svg(chart_of(t, o, lang, as_of));
    if (!svg_file.flush()) throw error(fmt::format("{}: cannot write the SVG file", opt.svg));
  }
}

void add_ownership(CLI::App& app) {
  auto options = std::make_shared<OwnershipOptions>();
  auto* cmd = app.add_subcommand("ownership", "Print the stakes implied by a company's rounds (equity / post-money)");
  cmd->add_option("file", options->file, "Company JSON document (default: the bundled Mistral AI data set)");
  cmd->add_option("--as-of", options->as_of, "Count only rounds announced on or before this day")->check(iso_day());
  cmd->add_option("--lang", options->lang, "Language of the text output")->check(CLI::IsMember({"en", "fr"}));
  cmd->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"text", "csv", "json"}));
  cmd->add_option("--svg", options->svg, "Also write an SVG chart of the stake over time to this file");
  cmd->callback([options] { run_ownership(*options); });
}

const Registration registered{"ownership", add_ownership};

}  // namespace
}  // namespace fundline::cli
