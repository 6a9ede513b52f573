// fundline compare FILE.json FILE.json... [--as-of DAY] [--currency CODE] [--lang en|fr] [--anchor founding|first-round]
//
// Companies side by side on a common clock, aligned on their founding date
// (or their first round): founding, number of rounds, months to the first
// round, to 100M and to 1B, total raised, then the cumulative total every
// few months since the anchor, one column per company. Amounts are exact to
// the cent, in one currency (EUR unless --currency), converted at each
// round's ECB rate (the table named under the title; --fx, --accept-stale:
// rate_options.hpp). The best-funded company gets a one-paragraph summary.
#include <algorithm>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "compare_output.hpp"
#include "historical_conversion.hpp"
#include "rate_options.hpp"
#include "input_files.hpp"
#include "output_format.hpp"
#include "timeline_of.hpp"
#include "validators.hpp"
#include "fundline/io/company_files.hpp"
#include "fundline/engine/comparison.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/engine/window.hpp"
#include "fundline/io/json.hpp"
#include "fundline/text/count_text.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"
#include "fundline/text/timeline_summary.hpp"
#include "fundline/text/text_table.hpp"

namespace fundline::cli {
namespace {

struct CompareOptions {
  std::vector<std::string> files;
  std::string as_of;
  std::string currency = "EUR";
  std::string lang = "en";
  std::string anchor = "founding";
  RateOptions rates;
  OutputFormat format = OutputFormat::text;
  std::string svg;
};

struct Words {
  std::string_view title_founding, title_first_round, converted, company, founded, rounds, first_round, to_threshold,
      total, grid_title, months, best;
};

Words words(Language lang) {
  if (lang == Language::fr)
    return {"Entreprises alignées sur leur date de création",
            "Entreprises alignées sur leur premier tour",
            "convertis au cours BCE du jour de chaque tour",
            "Entreprise",
            "Création",
            "Tours",
            "Premier tour",
            "atteints en",
            "Total levé",
            "Montant cumulé levé, par mois depuis",
            "Mois",
            "Mieux financée"};
  return {"Companies aligned on their founding date",
          "Companies aligned on their first round",
          "converted at each round's ECB rate",
          "Company",
          "Founded",
          "Rounds",
          "First round",
          "Time to",
          "Total raised",
          "Cumulative raised, by months since",
          "Months",
          "Best funded"};
}

std::string colon(Language lang) { return lang == Language::fr ? fmt::format("{}:", no_break_space) : ":"; }

bool all_in(const Timeline& t, Currency c) {
  const auto in = [c](const ReportedMoney& m) { return m.currency() == c || !m.is_disclosed(); };
  // A round's amount sets the timeline's currency even when undisclosed.
  return std::all_of(t.rounds().begin(), t.rounds().end(), [&](const Round& r) {
    return r.currency() == c && in(r.pre_money) && in(r.post_money) &&
           std::all_of(r.tranches.begin(), r.tranches.end(), [&](const Tranche& x) { return in(x.amount); });
  });
}

// "Time to €100M"; French puts the amount first and agrees the participle:
// "100 M€ atteints en", "1 Md€ atteint en".
std::string threshold_header(std::string_view words, Money threshold, Language lang, bool plural) {
  if (lang == Language::fr) return fmt::format("{} {}", format_compact(threshold, lang), plural ? words : "atteint en");
  return fmt::format("{} {}", words, format_compact(threshold, lang));
}

std::string months_text(int months, Language lang) {
  return lang == Language::fr ? fmt::format("{} mois", months) : fmt::format("{} {}", months, months == 1 ? "month" : "months");
}

// Month marks for the aligned grid: every 6 months for two years, then yearly.
std::vector<int> month_marks(int up_to) {
  std::vector<int> marks;
  for (int m = 6; m <= std::max(up_to, 6); m += m < 24 ? 6 : 12) marks.push_back(m);
  return marks;
}

void run_compare(const CompareOptions& o) {
  const Language lang = parse_language(o.lang);
  const Words w = words(lang);
  const Currency currency = Currency::from_code(o.currency);
  const Anchor anchor = o.anchor == "first-round" ? Anchor::first_round : Anchor::founding;
  std::optional<Date> as_of;
  if (!o.as_of.empty()) as_of = parse_date(o.as_of);

  std::vector<Timeline> timelines;
  std::vector<Company> companies;
  bool converted = false;
  std::optional<RatesInUse> rates;  // read when something converts
  bool stale = false;
  for (const auto& file : o.files)
    for (Company& c : load_companies(file)) {
      Timeline t = timeline_of(c, file);
      if (as_of) t = t.as_of(*as_of);
      if (!all_in(t, currency)) {
        if (!rates) rates = rates_in_use(o.rates);
        t = convert_historically(t, currency, table_for(t, o.rates, rates->table));
        converted = true;
        for (std::size_t i = 0; i < t.size(); ++i)
          if (const auto conversion = t.conversion_of(i); conversion && conversion->stale) stale = true;
      }
      if (anchor == Anchor::founding && !t.founded())
        throw error(fmt::format("{}: company \"{}\" has no founding date: add \"founded\" or use --anchor first-round",
                                file, t.name()));
      timelines.push_back(std::move(t));
      companies.push_back(std::move(c));
    }
  std::ofstream svg_file;
  if (!o.svg.empty()) {
    svg_file.open(o.svg, std::ios::binary);
    if (!svg_file) throw error(fmt::format("{}: cannot open the SVG file for writing", o.svg));
  }
  const auto write_svg = [&] {
    if (!svg_file.is_open()) return;
    svg_file << render_comparison_svg(comparison_chart(companies, timelines, anchor, as_of, currency, lang));
    if (!svg_file.flush()) throw error(fmt::format("{}: cannot write the SVG file", o.svg));
  };
  if (o.format != OutputFormat::text) {
    print_data(comparison_data(timelines, anchor, as_of, currency, converted), o.format, "companies");
    return write_svg();
  }

  fmt::print("{} ({}{})\n", anchor == Anchor::founding ? w.title_founding : w.title_first_round, currency.code(),
             converted ? fmt::format(", {}", w.converted) : "");
  if (as_of) fmt::print("{} {}\n", lang == Language::fr ? "Au" : "As of", format_date(*as_of, lang));
  if (converted) fmt::print("{}{} {}\n", lang == Language::fr ? "Cours BCE" : "ECB rates", colon(lang), describe_rates(*rates, lang));
  if (stale)
    fmt::print("{}\n", lang == Language::fr
                           ? fmt::format("PÉRIMÉ{}: les tours après le {} sont convertis au cours de ce jour "
                                         "(--accept-stale)",
                                         no_break_space, format_date(rates->table.last_day(), lang))
                           : fmt::format("STALE: rounds after {} use that day's rates (--accept-stale)",
                                         to_iso(rates->table.last_day())));
  fmt::print("\n");

  const Money hundred_million = Money::from_major(100'000'000, currency);
  const Money billion = Money::from_major(1'000'000'000, currency);
  TextTable table;
  table.add_column(std::string(w.company), Align::left)
      .add_column(std::string(w.founded), Align::left)
      .add_column(std::string(w.rounds), Align::right)
      .add_column(std::string(w.first_round), Align::right)
      .add_column(threshold_header(w.to_threshold, hundred_million, lang, true), Align::right)
      .add_column(threshold_header(w.to_threshold, billion, lang, false), Align::right)
      .add_column(std::string(w.total), Align::right);
  const auto reach = [&](const Timeline& t, Money threshold) -> std::string {
    if (t.empty()) return "-";
    auto m = time_to_reach(t, threshold, anchor);
    return m ? months_text(m->months, lang) : "-";
  };
  Date data_day = as_of.value_or(Date(1400, 1, 1));
  for (const Timeline& t : timelines) {
    std::string first = "-";
    if (!t.empty()) {
      const auto aligned = align(t, anchor);
      first = months_text(aligned.front().months, lang);
      if (!as_of) data_day = std::max(data_day, *t.last_day());
    }
    table.add_row({t.name(), t.founded() ? t.founded()->to_string() : "-", fmt::format("{}", t.size()), first,
                   reach(t, hundred_million), reach(t, billion),
                   format_reported(t.raised_total(), lang, MoneyStyle::full)});
  }
  fmt::print("{}\n", table.render());

  // Cumulative totals on the common clock; blank past what the data covers.
  int oldest = 0;
  std::vector<std::optional<Date>> anchors;
  for (const Timeline& t : timelines) {
    if (t.empty() && anchor == Anchor::first_round) {
      anchors.emplace_back();
      continue;
    }
    const Date a = anchor_day(t, anchor);
    anchors.emplace_back(a);
    if (a <= data_day) oldest = std::max(oldest, static_cast<int>(months_between(a, data_day)));
  }
  TextTable grid;
  grid.add_column(std::string(w.months), Align::right);
  for (const Timeline& t : timelines) grid.add_column(t.name(), Align::right);
  for (int mark : month_marks(oldest)) {
    std::vector<std::string> row{fmt::format("{}", mark)};
    for (std::size_t i = 0; i < timelines.size(); ++i) {
      if (!anchors[i]) {
        row.emplace_back("");
        continue;
      }
      const Date day = WindowLength::months(mark).last_day_from(*anchors[i]);
      row.push_back(day > data_day ? "" : format_reported(timelines[i].raised_as_of(day), lang, MoneyStyle::full));
    }
    grid.add_row(std::move(row));
  }
  const std::string since = anchor == Anchor::founding ? (lang == Language::fr ? "la création" : "founding")
                                                       : (lang == Language::fr ? "le premier tour" : "the first round");
  fmt::print("{} {}\n{}\n", w.grid_title, since, grid.render());

  // The best funded, by everything raised; only said when it is unique.
  std::size_t best = 0;
  bool tie = false;
  for (std::size_t i = 1; i < timelines.size(); ++i) {
    const Money a = timelines[i].raised_total().value_or_zero(), b = timelines[best].raised_total().value_or_zero();
    if (a > b) {
      best = i;
      tie = false;
    } else if (a == b) {
      tie = true;
    }
  }
  if (timelines.size() >= 2 && !tie && !timelines[best].empty()) {
    FundingSummary s = summarize(timelines[best]);
    s.best_funded_among = timelines.size();
    fmt::print("{}{} {}\n", w.best, colon(lang), write_summary(s, lang));
  }
  write_svg();
}

void add_compare(CLI::App& app) {
  auto options = std::make_shared<CompareOptions>();
  auto* cmd = app.add_subcommand("compare", "Compare companies side by side, aligned on their founding date");
  cmd->add_option("files", options->files, "Companies: JSON documents or CSV files of any layout fundline imports")
      ->required()
      ->expected(1, -1)
      ->check(readable_file());
  cmd->add_option("--as-of", options->as_of, "Count only rounds announced on or before this day")->check(iso_day());
  cmd->add_option("--currency", options->currency, "Currency of the comparison (default EUR)")->check(currency_code());
  cmd->add_option("--lang", options->lang, "Language of the output")->check(CLI::IsMember({"en", "fr"}));
  cmd->add_option("--anchor", options->anchor, "Align on the founding date or the first round")
      ->check(CLI::IsMember({"founding", "first-round"}));
  add_rate_options(*cmd, options->rates);
  add_format_option(cmd, options->format);
  cmd->add_option("--svg", options->svg, "Also write an SVG chart of the companies' funding, aligned on the anchor");
  cmd->callback([options] { run_compare(*options); });
}

const Registration registered{"compare", add_compare};

}  // namespace
}  // namespace fundline::cli
