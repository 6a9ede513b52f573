// fundline fx AMOUNT FROM TO --date YYYY-MM-DD [--fx ECB.csv] [--accept-stale] [--rounding MODE]
// fundline fx update [--url URL]   (fx_update_command.cpp)
//
// Converts one amount exactly at the ECB reference rates of one date and
// prints the result, the rates and the fixing dates used:
//
//   $ fundline fx 600000000 EUR USD --date 2024-06-11
//   €600,000,000.00 = $643,800,000.00
//   rate: USD 1.073 per EUR (fixing of 2024-06-11)
//   date: 2024-06-11, rounding: half_even, table: bundled eurofxref-hist.csv, last day 2025-05-09
//
// Without --fx the newer of the bundled table and the one `fundline fx
// update` installed is used; --fx reads eurofxref-hist.csv or the daily
// eurofxref.csv (rate_options.hpp). A date after the table's
// last day is an error unless --accept-stale is given, and then the output
// says "stale". Bad input (amount, currency, date, rounding mode, rate
// file, a missing rate) exits 1 with a message naming it. Money is grouped
// as in every other command (text/money_text.hpp). --format csv|json gives
// one record with the columns
//   amount, from, converted, to, date, rounding, from_rate, from_fixing,
//   to_rate, to_fixing, table, stale
// (exact decimals; a rate is units of the currency per EUR, empty for EUR).
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "fx_update_command.hpp"
#include "rate_options.hpp"
#include "input_files.hpp"
#include "output_format.hpp"
#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/error.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/text/money_text.hpp"

namespace {

fundline::RoundingMode parse_rounding(const std::string& text) {
  using fundline::RoundingMode;
  for (auto mode : {RoundingMode::half_even, RoundingMode::half_up, RoundingMode::down, RoundingMode::up,
                    RoundingMode::floor, RoundingMode::ceiling})
    if (fundline::to_string(mode) == text) return mode;
  throw fundline::parse_error(fmt::format(
      "invalid rounding mode \"{}\": expected half_even, half_up, down, up, floor or ceiling", text));
}

struct FxOptions {
  std::string amount;
  std::string from;
  std::string to;
  std::string date;
  std::string rounding = "half_even";
  std::optional<int> max_staleness;
  fundline::cli::RateOptions rates;
  fundline::cli::OutputFormat format = fundline::cli::OutputFormat::text;
};

void print_fx_data(const fundline::Conversion& c, const fundline::RateTable& table, fundline::cli::OutputFormat format) {
  using namespace fundline;
  using cli::Cell;
  cli::DataTable t;
  t.columns = {"amount", "from", "converted", "to", "date", "rounding", "from_rate", "from_fixing",
               "to_rate", "to_fixing", "table", "stale"};
  const auto rate = [&](const FxRate& r) {
    return r.currency == currencies::EUR || r.micro == 0 ? Cell::missing() : Cell::text(rate_to_decimal(r.micro));
  };
  const auto fixing = [&](const FxRate& r) {
    return r.currency == currencies::EUR || r.micro == 0 ? Cell::missing() : Cell::text(to_iso(r.fixing_date));
  };
  t.rows.push_back({Cell::text(c.from.to_decimal()), Cell::text(std::string(c.from.currency().code())),
                    Cell::text(c.to.to_decimal()), Cell::text(std::string(c.to.currency().code())),
                    Cell::text(to_iso(c.on)), Cell::text(std::string(to_string(c.mode))), rate(c.from_rate),
                    fixing(c.from_rate), rate(c.to_rate), fixing(c.to_rate), Cell::text(table.source()),
                    Cell::boolean(c.stale)});
  t.meta["schema"] = "fundline.fx/1";
  cli::print_data(t, format, "conversions");
}

void run_fx(const FxOptions& o) {
  using namespace fundline;
  const Currency from = Currency::from_code(o.from);
  const Currency to = Currency::from_code(o.to);
  const Money amount = Money::parse(o.amount, from);
  const Date on = parse_date(o.date);
  const RoundingMode mode = parse_rounding(o.rounding);

  const RatesInUse in_use = cli::rates_in_use(o.rates);
  RateTable table = in_use.table;
  if (o.max_staleness) table = table.with_max_staleness(*o.max_staleness);
  if (o.rates.accept_stale) table = table.accepting_dates_past_end();

  Conversion c;
  try {
    c = table.convert_detailed(amount, to, on, mode);
  } catch (const fx_error& e) {
    throw cli::with_cli_advice(e, table, /*max_staleness_option=*/true);
  }
  if (o.format != cli::OutputFormat::text) return print_fx_data(c, table, o.format);
  fmt::print("{} = {}\n", format_money(c.from, Language::en), format_money(c.to, Language::en));
  if (from == to) fmt::print("rate: none needed (same currency)\n");
  for (const FxRate& r : {c.from_rate, c.to_rate})
    if (from != to && r.currency != currencies::EUR) fmt::print("rate: {}\n", r);
  fmt::print("date: {}, rounding: {}, table: {}\n", to_iso(on), to_string(mode), in_use.name);
  if (c.stale && !table.empty())
    fmt::print("stale: {} is after the table's last day {}; the last fixing was used because --accept-stale was given\n",
               to_iso(on), to_iso(table.last_day()));
}

void add_fx(CLI::App& app) {
  auto options = std::make_shared<FxOptions>();
  auto* cmd = app.add_subcommand(
      "fx", "Convert an amount exactly at the ECB reference rates of a date (AMOUNT FROM TO --date D), or "
            "`fx update` to install the ECB's latest history");
  // Not ->required(): `fundline fx update` takes none of them; run_fx asks.
  cmd->add_option("amount", options->amount, "Exact decimal amount, e.g. 600000000 or 12.50 (required)");
  cmd->add_option("from", options->from, "ISO 4217 code of the amount, e.g. EUR (required)");
  cmd->add_option("to", options->to, "ISO 4217 code to convert to, e.g. USD (required)");
  cmd->add_option("--date", options->date, "Date of the conversion, YYYY-MM-DD (required: there is no 'today')");
  cmd->add_option("--rounding", options->rounding, "half_even (default) or half_up; also down, up, floor, ceiling");
  cmd->add_option("--max-staleness", options->max_staleness,
                  "Oldest fixing accepted, in days before the date (default 7)");
  fundline::cli::add_rate_options(*cmd, options->rates);
  fundline::cli::add_format_option(cmd, options->format);
  CLI::App* update = fundline::cli::add_fx_update(*cmd);
  cmd->callback([options, cmd, update] {
    if (update->parsed()) return;
    for (const auto* name : {"amount", "from", "to", "--date"})
      if (cmd->count(name) == 0) throw CLI::RequiredError(name);
    run_fx(*options);
  });
}

const fundline::cli::Registration registered{"fx", add_fx};

}  // namespace
