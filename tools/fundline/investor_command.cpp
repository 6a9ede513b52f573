// fundline investor NAME|UUID: one investor's portfolio, for a person to read
// (text), or as CSV (one line a round) or JSON.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "fundline/core/error.hpp"
#include "fundline/dataset/investor_report.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/text/money_text.hpp"
#include "fundline/text/round_type_text.hpp"
#include "fundline/text/text_table.hpp"
#include "rate_options.hpp"
#include "skipped_rows.hpp"
#include "validators.hpp"

namespace {

using namespace fundline;

struct InvestorArgs {
  std::string who, rounds, investments, currency = "EUR", as_of, format = "text", by = "year";
  int from_year = 0, to_year = 0;
  std::vector<std::string> types;
  cli::RateOptions rates;
  bool lenient = false;
};

InvestorId resolve(const Investments& inv, const std::string& who, const std::string& file) {
  if (auto id = inv.find_investor(who)) return *id;
  const auto named = inv.find_investors_named(who);
  if (named.size() == 1) return named.front();
  if (named.empty())
    throw error(fmt::format("no investor with uuid or name \"{}\" in {} (names are matched exactly)", who, file));
  std::string list;
  for (InvestorId id : named) list += fmt::format("\n  {}", inv.investor_uuid(id));
  throw error(fmt::format("{} investors are named \"{}\" in {}: give one of their uuids:{}", named.size(), who, file,
                          list));
}

// A company as a person reads it: its name, or its uuid when the export has no name.
std::string company_label(std::string_view name, std::string_view uuid) {
  return std::string(name.empty() ? uuid : name);
}

std::string money(const std::optional<Money>& m) { return m ? format_money(*m, Language::en) : "undisclosed"; }

std::string text_report(const InvestorPortfolio& f, Period by, const RateTable& table, const std::string& table_name,
                        const std::string& as_of) {
  std::string out = fmt::format("{} ({}, {})\n", f.name, f.type.empty() ? "investor" : f.type, f.uuid);
  if (f.rounds.empty()) return out + "No round joined in the selection.\n";
  out += fmt::format("{} round{} in {} compan{}, {} led, from {} to {}{}\n", f.rounds.size(),
                     f.rounds.size() == 1 ? "" : "s", f.companies.size(), f.companies.size() == 1 ? "y" : "ies", f.led,
                     to_iso(f.rounds.front().announced), to_iso(f.rounds.back().announced),
                     as_of.empty() ? "" : fmt::format(" (as of {})", as_of));
  out += fmt::format("Capital of the rounds joined: {}{}\n", format_money(f.capital, Language::en),
                     f.undisclosed == 0 ? std::string()
                                        : fmt::format(" ({} undisclosed round{} not counted)", f.undisclosed,
                                                      f.undisclosed == 1 ? "" : "s"));
  out += fmt::format("Each round at the ECB rate of its day ({}){}\n", table_name,
                     f.stale == 0 ? std::string()
                                  : fmt::format("; STALE: {} round{} after {} {} that day's rates", f.stale,
                                                f.stale == 1 ? "" : "s", to_iso(table.last_day()),
                                                f.stale == 1 ? "uses" : "use"));
  TextTable rounds;
  rounds.add_column("date", Align::left).add_column("round", Align::left).add_column("company", Align::left);
  rounds.add_column("amount", Align::right).add_column(fmt::format("in {}", f.currency.code()), Align::right);
  rounds.add_column("lead", Align::left).add_column("investors", Align::right);
  for (const auto& r : f.rounds)
    rounds.add_row({to_iso(r.announced), round_type_name(r.type, Language::en),
                    company_label(r.company_name, r.company_uuid),
                    money(r.amount), r.converted ? format_money(*r.converted, Language::en) + (r.stale ? " *" : "") : "-",
                    r.led ? "led" : "", std::to_string(r.investors)});
  out += "\nRounds\n" + rounds.render();
  TextTable companies;
  companies.add_column("company", Align::left).add_column("rounds", Align::right).add_column("led", Align::right);
  companies.add_column("first", Align::left).add_column("last", Align::left);
  companies.add_column(fmt::format("capital in {}", f.currency.code()), Align::right);
  for (const auto& c : f.companies)
    companies.add_row({company_label(c.name, c.uuid), std::to_string(c.rounds), std::to_string(c.led), to_iso(c.first),
                       to_iso(c.last), format_money(c.capital, Language::en)});
  out += "\nCompanies\n" + companies.render();
  TextTable periods;
  periods.add_column(by == Period::month ? "month" : "year", Align::left).add_column("rounds", Align::right);
  periods.add_column(fmt::format("capital in {}", f.currency.code()), Align::right);
  for (const auto& p : capital_by_period(f, by))
    periods.add_row({period_label(p.start, by), std::to_string(p.rounds), format_money(p.capital, Language::en)});
  out += fmt::format("\nBy {}\n", by == Period::month ? "month" : "year") + periods.render();
  if (!f.co_investors.empty()) {
    TextTable co;
    co.add_column("co-investor", Align::left).add_column("uuid", Align::left).add_column("shared rounds", Align::right);
    for (const auto& c : f.co_investors)
      co.add_row({std::string(c.name), std::string(c.uuid), std::to_string(c.shared_rounds)});
    out += "\nMost frequent co-investors\n" + co.render();
  }
  return out;
}

std::string csv_report(const InvestorPortfolio& f) {
  std::string out = "investor_uuid,investor_name,announced_on,funding_round_uuid,funding_round_type,company_uuid,"
                    "company_name,amount,amount_currency,converted,converted_currency,stale,led,investors\n";
  for (const auto& r : f.rounds) {
    const std::vector<std::string> cells{
        std::string(f.uuid), std::string(f.name), to_iso(r.announced), std::string(r.round_uuid),
        std::string(to_string(r.type)), std::string(r.company_uuid), std::string(r.company_name),
        r.amount ? fmt::format("{}", r.amount->to_decimal()) : "", r.amount ? std::string(r.amount->currency().code()) : "",
        r.converted ? fmt::format("{}", r.converted->to_decimal()) : "", std::string(f.currency.code()),
        r.stale ? "true" : "false", r.led ? "true" : "false", std::to_string(r.investors)};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_escape(cells[i]);
    }
    out += '\n';
  }
  return out;
}

std::string json_report(const InvestorPortfolio& f, Period by) {
  using nlohmann::json;
  auto amount = [](const std::optional<Money>& m) {
    return m ? json{{"amount", m->to_decimal()}, {"currency", m->currency().code()}} : json(nullptr);
  };
  json rounds = json::array(), companies = json::array(), periods = json::array(), co = json::array();
  for (const auto& r : f.rounds)
    rounds.push_back({{"announced_on", to_iso(r.announced)}, {"funding_round_uuid", r.round_uuid},
                      {"type", to_string(r.type)}, {"company_uuid", r.company_uuid},
                      {"company_name", r.company_name}, {"amount", amount(r.amount)},
                      {"converted", amount(r.converted)}, {"stale", r.stale}, {"led", r.led},
                      {"investors", r.investors}});
  for (const auto& c : f.companies)
    companies.push_back({{"company_uuid", c.uuid}, {"company_name", c.name}, {"rounds", c.rounds}, {"led", c.led},
                         {"undisclosed", c.undisclosed},
                         {"first", to_iso(c.first)}, {"last", to_iso(c.last)}, {"capital", amount(c.capital)}});
  for (const auto& p : capital_by_period(f, by))
    periods.push_back({{"period", period_label(p.start, by)}, {"rounds", p.rounds}, {"capital", amount(p.capital)}});
  for (const auto& c : f.co_investors)
    co.push_back({{"investor_uuid", c.uuid}, {"name", c.name}, {"shared_rounds", c.shared_rounds}});
  const json doc{{"investor_uuid", f.uuid}, {"name", f.name}, {"type", f.type}, {"currency", f.currency.code()},
                 {"rounds_joined", f.rounds.size()}, {"rounds_led", f.led}, {"undisclosed", f.undisclosed},
                 {"capital", amount(f.capital)}, {"rounds", rounds}, {"companies", companies},
                 {by == Period::month ? "by_month" : "by_year", periods}, {"co_investors", co}};
  return doc.dump(2) + "\n";
}

void run_investor(const InvestorArgs& a) {
  const LoadOptions options{.mode = a.lenient ? ParseMode::lenient : ParseMode::strict, .company_names = true};
  auto rates = cli::rates_in_use_soon(a.rates);
  const Dataset ds = Dataset::load_odm_csv(a.rounds, options);
  const RoundKeys keys = RoundKeys::load_odm_csv(a.rounds, ds, options);
  const Investments inv = Investments::load_bulk_csv(a.investments, keys, options);
  const InvestorId who = resolve(inv, a.who, a.investments);

  RoundSelection selection;
  selection.from_year = a.from_year;
  selection.to_year = a.to_year;
  for (const auto& t : a.types) selection.types.push_back(parse_round_type(t));
  if (!a.as_of.empty()) selection.as_of = to_day_number(parse_date(a.as_of));
  const RatesInUse in_use = rates.get();
  // The days of the investor's selected rounds: --accept-stale reaches the latest.
  std::vector<DayNumber> days;
  for (std::size_t i = 0; i < inv.size(); ++i)
    if (const std::uint32_t row = inv.rounds()[i];
        inv.investors()[i] == who && selection.selects(ds.days()[row], ds.round_types()[row]))
      days.push_back(ds.days()[row]);
  const RateTable table = cli::for_round_days(a.rates, in_use.table, days);
  const Currency currency = Currency::from_code(a.currency);
  InvestorPortfolio folio;
  try {
    folio = investor_portfolio(inv, ds, keys, who, table, currency, selection);
  } catch (const fx_error& e) {
    throw cli::with_cli_advice(e, table);
  }
  const Period by = a.by == "month" ? Period::month : Period::year;
  const std::string text = a.format == "csv"    ? csv_report(folio)
                           : a.format == "json" ? json_report(folio, by)
                                                : text_report(folio, by, table, in_use.name, a.as_of);
  std::fwrite(text.data(), 1, text.size(), stdout);
  cli::print_skipped_rows(ds.summary());
  cli::print_skipped_rows(inv.summary());
}

void add_investor(CLI::App& app) {
  auto* cmd = app.add_subcommand("investor", "Print one investor's portfolio: rounds, companies, capital, co-investors");
  auto args = std::make_shared<InvestorArgs>();
  cmd->add_option("investor", args->who, "The investor's uuid, or its exact name")->required();
  cmd->add_option("--rounds", args->rounds, "funding_rounds.csv (Crunchbase open-data-map layout)")
      ->required()
      ->check(cli::readable_file());
  cmd->add_option("--investments", args->investments, "investments.csv (Crunchbase bulk-export layout)")
      ->required()
      ->check(cli::readable_file());
  cmd->add_option("--currency", args->currency, "Currency of the converted amounts (ISO code, default EUR)")
      ->check(cli::currency_code());
  cmd->add_option("--as-of", args->as_of, "Count only rounds announced on or before this day (YYYY-MM-DD)")
      ->check(cli::iso_day());
  cmd->add_option("--from-year", args->from_year, "Count only rounds announced in or after this year");
  cmd->add_option("--to-year", args->to_year, "Count only rounds announced in or before this year");
  cmd->add_option("--type", args->types, "Count only rounds of this type (seed, series_a, ...; repeatable)")
      ->check(CLI::Validator(
          [](std::string& s) {
            return try_parse_round_type(s) ? std::string() : "unknown round type \"" + s + "\": expected seed, series_a, ...";
          },
          "TYPE"));
  cmd->add_option("--by", args->by, "Timeline periods: year (default) or month")->check(CLI::IsMember({"year", "month"}));
  cli::add_rate_options(*cmd, args->rates);
  cmd->add_option("--format", args->format, "text (default), csv (one line a round) or json")
      ->check(CLI::IsMember({"text", "csv", "json"}));
  cmd->add_flag("--lenient", args->lenient, "skip malformed rows, count them and list them on stderr");
  cmd->callback([args] { run_investor(*args); });
}

const cli::Registration registered{"investor", add_investor};

}  // namespace
