// fundline captable FILE.json [--exit AMOUNT]... [--format text|csv|json]
//
// Runs a fundline.captable/1 scenario (ownership/scenario.hpp): each priced
// round's price and every share it issued with the reason (cap, discount,
// round price, pool top-up), the cap table after the last event, and the
// exit waterfall for each exit value of the file and of --exit.
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "fundline/io/captable_json.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/ownership/reported_fraction.hpp"
#include "fundline/text/text_table.hpp"

namespace fundline::cli {
namespace {

struct CaptableOptions {
  std::string file;
  std::vector<std::string> exits;
  std::string format = "text";
};

std::string grouped(std::int64_t n) { return Money::from_minor(n, Currency::from_code("JPY")).to_grouped_decimal(); }

std::string price_text(const Fraction& price, int decimals) { return price.decimal_text(decimals, RoundingMode::half_even); }

// Enough decimals to show a rounded price exactly (prices are rounded to at most 12).
int decimals_of(const Fraction& f) {
  int d = 0;
  for (Fraction x = f; x.denominator() != 1 && d < 12; x = x * Fraction::whole(10)) ++d;
  return std::max(d, 2);
}

std::string percent(std::int64_t part, std::int64_t whole) {
  return whole == 0 ? "-" : format_percent(Fraction::of(part, whole), Language::en, 2);
}

void print_text(const CaptableScenario& s, const ScenarioRun& run) {
  fmt::print("{} ({})\n", s.name, s.currency.code());
  for (const Source& src : s.sources)
    fmt::print("Source: {}, \"{}\", {}{}\n", src.publisher, src.title, src.url,
               src.date ? fmt::format(" ({})", src.date->to_string()) : "");
  for (const RoundResult& r : run.rounds) {
    fmt::print("\n{}: price {} {} per share (exact {}), {} shares fully diluted before, {} after\n", r.round,
               s.currency.code(), price_text(r.price, decimals_of(r.price)), r.exact_price.decimal_text(6, RoundingMode::half_even),
               grouped(r.shares_before), grouped(r.shares_after));
    TextTable t;
    t.add_column("Holder", Align::left)
        .add_column("Instrument", Align::left)
        .add_column("Amount", Align::right)
        .add_column("Price", Align::right)
        .add_column("Reason", Align::left)
        .add_column("Shares", Align::right);
    for (const ShareIssue& i : r.issues)
      t.add_row({i.holder, i.instrument,
                 i.instrument == "pool" ? "-" : fmt::format("{:,}", i.amount) +
                     (i.interest.is_zero() ? "" : fmt::format(" (interest {:,})", i.interest)),
                 i.instrument == "pool" ? "-" : price_text(i.price, decimals_of(i.price)), std::string(to_string(i.reason)),
                 grouped(i.shares)});
    fmt::print("{}", t.render());
    for (const ShareIssue& i : r.issues)
      if (i.cap_price && i.discount_price)
        fmt::print("  {}: cap price {}, discount price {}: the {} applies\n", i.holder,
                   price_text(*i.cap_price, decimals_of(*i.cap_price)),
                   price_text(*i.discount_price, decimals_of(*i.discount_price)), to_string(i.reason));
  }
  fmt::print("\nCap table\n");
  TextTable t;
  t.add_column("Holder", Align::left).add_column("Class", Align::left).add_column("Shares", Align::right).add_column("Fully diluted", Align::right);
  const std::int64_t total = run.table.fully_diluted();
  for (const Holding& h : run.table.holdings())
    t.add_row({h.holder, h.share_class, grouped(h.shares), percent(h.shares, total)});
  if (run.table.pool() > 0) t.add_row({"Unallocated pool", "-", grouped(run.table.pool()), percent(run.table.pool(), total)});
  t.add_row({"Total", "", grouped(total), percent(total, total)});
  fmt::print("{}", t.render());
  for (const WaterfallResult& w : run.exits) {
    fmt::print("\nExit {:,}\n", w.exit);
    TextTable x;
    x.add_column("Holder", Align::left)
        .add_column("Class", Align::left)
        .add_column("Preference", Align::right)
        .add_column("Participation", Align::right)
        .add_column("Total", Align::right);
    for (const HoldingPayout& p : w.holdings)
      x.add_row({p.holder, p.share_class, fmt::format("{:,}", p.preference), fmt::format("{:,}", p.participation),
                 fmt::format("{:,}", p.total)});
    fmt::print("{}", x.render());
    for (const ClassPayout& c : w.classes)
      fmt::print("  {}: {:,}{}\n", c.share_class, c.total, c.converted ? " (converted to common)" : "");
  }
}

void print_csv(const ScenarioRun& run) {
  fmt::print("section,name,holder,class,instrument,amount,interest,price,reason,shares,preference,participation,total\n");
  for (const RoundResult& r : run.rounds)
    for (const ShareIssue& i : r.issues)
      fmt::print("issue,{},{},{},{},{},{},{},{},{},,,\n", csv_escape(r.round), csv_escape(i.holder),
                 csv_escape(i.share_class), i.instrument, i.amount.to_decimal(), i.interest.to_decimal(),
                 i.price.to_string(), to_string(i.reason), i.shares);
  for (const Holding& h : run.table.holdings())
    fmt::print("holding,,{},{},,{},,,,{},,,\n", csv_escape(h.holder), csv_escape(h.share_class),
               h.paid ? h.paid->to_decimal() : "", h.shares);
  fmt::print("pool,,,,,,,,,{},,,\n", run.table.pool());
  for (const WaterfallResult& w : run.exits)
    for (const HoldingPayout& p : w.holdings)
      fmt::print("payout,{},{},{},,,,,,{},{},{},{}\n", w.exit.to_decimal(), csv_escape(p.holder),
                 csv_escape(p.share_class), p.shares, p.preference.to_decimal(), p.participation.to_decimal(),
                 p.total.to_decimal());
}

void print_json(const CaptableScenario& s, const ScenarioRun& run) {
  using nlohmann::json;
  json rounds = json::array();
  for (const RoundResult& r : run.rounds) {
    json issues = json::array();
    for (const ShareIssue& i : r.issues) {
      json j{{"holder", i.holder}, {"class", i.share_class}, {"instrument", i.instrument},
             {"amount", i.amount.to_decimal()}, {"price", i.price.to_string()}, {"reason", std::string(to_string(i.reason))},
             {"shares", i.shares}};
      if (!i.interest.is_zero()) j["interest"] = i.interest.to_decimal();
      if (i.cap_price) j["cap_price"] = i.cap_price->to_string();
      if (i.discount_price) j["discount_price"] = i.discount_price->to_string();
      issues.push_back(std::move(j));
    }
    rounds.push_back({{"round", r.round}, {"price", r.price.to_string()}, {"exact_price", r.exact_price.to_string()},
                      {"shares_before", r.shares_before}, {"shares_after", r.shares_after}, {"pool_after", r.pool_after},
                      {"issues", std::move(issues)}});
  }
  json holdings = json::array();
  for (const Holding& h : run.table.holdings())
    holdings.push_back({{"holder", h.holder}, {"class", h.share_class}, {"shares", h.shares}});
  json exits = json::array();
  for (const WaterfallResult& w : run.exits) {
    json payouts = json::array();
    for (const HoldingPayout& p : w.holdings)
      payouts.push_back({{"holder", p.holder}, {"class", p.share_class}, {"preference", p.preference.to_decimal()},
                         {"participation", p.participation.to_decimal()}, {"total", p.total.to_decimal()}});
    json classes = json::array();
    for (const ClassPayout& c : w.classes)
      classes.push_back({{"class", c.share_class}, {"converted", c.converted}, {"total", c.total.to_decimal()}});
    exits.push_back({{"exit", w.exit.to_decimal()}, {"payouts", std::move(payouts)}, {"classes", std::move(classes)}});
  }
  const json doc{{"name", s.name}, {"currency", std::string(s.currency.code())}, {"rounds", std::move(rounds)},
                 {"holdings", std::move(holdings)}, {"pool", run.table.pool()},
                 {"fully_diluted", run.table.fully_diluted()}, {"exits", std::move(exits)}};
  fmt::print("{}\n", doc.dump(2));
}

void run_captable(const CaptableOptions& o) {
  const CaptableScenario s = load_captable_json(o.file);
  std::vector<Money> exits;
  for (const std::string& e : o.exits) {
    try {
      exits.push_back(Money::parse(e, s.currency));
    } catch (const parse_error& err) {
      throw parse_error(fmt::format("--exit {}: {}", e, err.what()));
    }
  }
  const ScenarioRun run = run_scenario(s, exits);
  if (o.format == "csv")
    print_csv(run);
  else if (o.format == "json")
    print_json(s, run);
  else
    print_text(s, run);
}

void add_captable(CLI::App& app) {
  auto options = std::make_shared<CaptableOptions>();
  auto* cmd = app.add_subcommand("captable", "Run a cap-table scenario: conversions, priced rounds, exit waterfalls");
  cmd->add_option("file", options->file, "Cap-table JSON document (fundline.captable/1)")->required();
  cmd->add_option("--exit", options->exits, "Also run the waterfall for this exit value (in the file's currency)");
  cmd->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"text", "csv", "json"}));
  cmd->callback([options] { run_captable(*options); });
}

const Registration registered{"captable", add_captable};

}  // namespace
}  // namespace fundline::cli
