// fundline timeline [FILE.json | --rounds F.csv --company NAME|UUID] [--as-of DAY] [--currency CODE] [--lang en|fr]
//                   [--svg OUT.svg] [--chart]
//
// One company's funding history: the rounds in date order (date, round,
// amount, lead, post-money, cumulative), the totals (everything announced
// and priced rounds only), the best 12-month window, valuation step-ups and
// a short summary in English or French. Amounts are exact to the cent;
// mixed currencies (or --currency) are converted at each round's own ECB
// rate, listed below the rounds with its fixing date and the table used
// (--fx, --accept-stale: rate_options.hpp). With no FILE, the bundled
// Mistral AI data set; with --rounds, one company taken out of a Crunchbase
// export of any size (import_company).
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "historical_conversion.hpp"
#include "rate_options.hpp"
#include "input_files.hpp"
#include "output_format.hpp"
#include "timeline_data.hpp"
#include "timeline_of.hpp"
#include "validators.hpp"
#include "fundline/chart/html_report.hpp"
#include "fundline/chart/svg_chart.hpp"
#include "fundline/chart/timeline_chart.hpp"
#include "fundline/chart/terminal_chart.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/json.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/display_width.hpp"
#include "fundline/text/money_text.hpp"
#include "fundline/text/round_type_text.hpp"
#include "fundline/text/sources_text.hpp"
#include "fundline/text/timeline_summary.hpp"
#include "fundline/text/text_table.hpp"

namespace fundline::cli {
namespace {

struct TimelineOptions {
  std::string file;
  std::string rounds, company;
  std::string as_of;
  std::string currency;
  std::string lang = "en";
  std::string svg;
  bool chart = false;
  RateOptions rates;
  OutputFormat format = OutputFormat::text;
  bool sources = false;
  std::string html;
};

struct Words {
  std::string_view title, as_of, latest, converted, date, round, amount, lead, post_money, cumulative, total_all,
      total_priced, best_window, no_window, step_ups, summary, rounds_one, rounds_many, svg_title;
};

Words words(Language lang) {
  if (lang == Language::fr)
    return {"historique de financement",
            "Au",
            "À la date du dernier tour",
            "convertis au cours BCE du jour de chaque tour",
            "Date",
            "Tour",
            "Montant",
            "Chef de file",
            "Post-money",
            "Cumul",
            "Total levé, tous instruments",
            "Total levé, tours en capital",
            "Meilleure fenêtre de 12 mois",
            "aucune",
            "Progression de la valorisation (post-money)",
            "Résumé",
            "tour",
            "tours",
            "financement cumulé"};
  return {"funding timeline",
          "As of",
          "As of the latest round",
          "converted at each round's ECB rate",
          "Date",
          "Round",
          "Amount",
          "Lead",
          "Post-money",
          "Cumulative",
          "Total raised, all instruments",
          "Total raised, priced rounds",
          "Best 12-month window",
          "none",
          "Valuation step-ups (post-money)",
          "Summary",
          "round",
          "rounds",
          "cumulative funding"};
}

// French puts a no-break space before a colon.
std::string colon(Language lang) { return lang == Language::fr ? fmt::format("{}:", no_break_space) : ":"; }

// Exact figures to the cent; an estimate ("about", often a converted
// valuation, "more than", a range) at the precision it deserves: "about
// €1.86 billion". "At least" is an exact sum with undisclosed parts: to the cent.
std::string full(const ReportedMoney& r, Language lang) {
  const bool estimate = r.is_disclosed() && !r.is_exact() && r.qualifier() != Qualifier::at_least;
  return format_reported(r, lang, estimate ? MoneyStyle::prose : MoneyStyle::full);
}

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string ratio_text(const ReportedRatio& r, Language lang) {
  if (!r.is_known()) return std::string(qualifier_prefix(Qualifier::undisclosed, lang));
  const auto number = [&](double v) {
    std::string text = fmt::format("{:.2f}", v);
    if (lang == Language::fr) std::replace(text.begin(), text.end(), '.', ',');
    return text;
  };
  // French writes the multiplication sign first: "× 7,75".
  if (lang == Language::fr) {
    if (r.qualifier() == Qualifier::range)
      return fmt::format("×{}{}–{}", no_break_space, number(*r.value()), number(*r.high()));
    return fmt::format("{}×{}{}", qualifier_prefix(r.qualifier(), lang), no_break_space, number(*r.value()));
  }
  if (r.qualifier() == Qualifier::range) return fmt::format("{}–{}x", number(*r.value()), number(*r.high()));
  return fmt::format("{}{}x", qualifier_prefix(r.qualifier(), lang), number(*r.value()));
}

std::size_t terminal_width() {
  winsize w{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col >= 40) return w.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const long n = std::strtol(columns, nullptr, 10);
    if (n >= 40 && n <= 1000) return static_cast<std::size_t>(n);
  }
  return 80;
}

bool all_in(const Timeline& t, Currency c) {
  const auto in = [c](const ReportedMoney& m) { return m.currency() == c || !m.is_disclosed(); };
  // A round's amount sets the timeline's currency even when undisclosed.
  return std::all_of(t.rounds().begin(), t.rounds().end(), [&](const Round& r) {
    return r.currency() == c && in(r.pre_money) && in(r.post_money) &&
           std::all_of(r.tranches.begin(), r.tranches.end(), [&](const Tranche& x) { return in(x.amount); });
  });
}

// Every amount in one currency: the one asked for, else the first round's.
// Valuations are often reported in another currency than the round. The
// table is read only when something converts.
Timeline in_one_currency(const Timeline& t, const TimelineOptions& o, std::optional<RatesInUse>& rates,
                         std::optional<RateTable>& used) {
  const auto table = [&] {
    rates = rates_in_use(o.rates);
    used = table_for(t, o.rates, rates->table);
    return *used;
  };
  // An empty timeline has nothing to convert; it only takes the currency.
  if (t.empty()) return o.currency.empty() ? t : convert_historically(t, Currency::from_code(o.currency), table());
  const Currency to = o.currency.empty() ? t.rounds().front().currency() : Currency::from_code(o.currency);
  if (all_in(t, to)) return t;
  return convert_historically(t, to, table());
}

std::string round_name(const Round& r, Language lang) { return round_type_name(r.type, lang); }


void run_timeline(const TimelineOptions& o) {
  const Language lang = parse_language(o.lang);
  const Words w = words(lang);
  const Company company = !o.rounds.empty() ? import_company(o.rounds, o.company)
                          : o.file.empty()    ? bundled_mistral()
                                              : load_company_json(o.file);
  Timeline t = timeline_of(company, o.rounds.empty() ? o.file : o.rounds);
  std::optional<Date> as_of;
  if (!o.as_of.empty()) {
    as_of = parse_date(o.as_of);
    t = t.as_of(*as_of);
  }
  std::optional<RatesInUse> rates;
  std::optional<RateTable> used;
  const Timeline original = t;
  t = in_one_currency(t, o, rates, used);
  const bool converted = rates.has_value() && !t.empty();
  // Opened before anything is printed, so a bad path fails without output.
  std::ofstream svg_file;
  if (!o.svg.empty()) {
    svg_file.open(o.svg, std::ios::binary);
    if (!svg_file) throw error(fmt::format("{}: cannot open the SVG file for writing", o.svg));
  }

  const auto write_svg = [&] {
    if (!svg_file.is_open()) return;
    svg_file << render_svg(timeline_chart_data(t, company, lang, as_of));
    if (!svg_file.flush()) throw error(fmt::format("{}: cannot write the SVG file", o.svg));
  };
  if (o.format != OutputFormat::text) {
    print_data(timeline_data(t, as_of, converted), o.format, "rounds");
    return write_svg();
  }
  std::ofstream html_file;
  if (!o.html.empty()) {
    html_file.open(o.html, std::ios::binary);
    if (!html_file) throw error(fmt::format("{}: cannot open the HTML file for writing", o.html));
  }

  const std::string heading = fmt::format("{}{} {} ({}{})", t.name(), colon(lang), w.title, t.currency().code(),
                                          converted ? fmt::format(", {}", w.converted) : "");
  const std::string subtitle =
      as_of ? fmt::format("{} {}", w.as_of, format_date(*as_of, lang)) : std::string(w.latest);
  fmt::print("{}\n{}\n\n", heading, subtitle);

  const std::vector<std::string> columns{std::string(w.date),       std::string(w.round), std::string(w.amount),
                                         std::string(w.lead),       std::string(w.post_money),
                                         std::string(w.cumulative)};
  const std::vector<bool> right{false, false, true, false, true, true};
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Round& r = t.rounds()[i];
    rows.push_back({r.announced.to_string(), round_name(r, lang), full(r.amount, lang), join(r.leads()),
                    r.post_money.is_disclosed() ? full(r.post_money, lang) : "-",
                    full(t.raised_as_of(t.day_of(i)), lang)});
  }
  TextTable table;
  for (std::size_t c = 0; c < columns.size(); ++c) table.add_column(columns[c], right[c] ? Align::right : Align::left);
  for (const auto& row : rows) table.add_row(row);
  fmt::print("{}\n", table.render());
  if (converted) {
    fmt::print("{} ({}){}\n", lang == Language::fr ? "Cours BCE" : "ECB rates", describe_rates(*rates, lang), colon(lang));
    std::size_t name_width = 0;
    for (const Round& r : t.rounds()) name_width = std::max(name_width, display_width(round_name(r, lang)));
    // Each round whose amount, tranches or valuations were in another currency.
    for (std::size_t i = 0; i < original.size(); ++i) {
      const Round& r = original.rounds()[i];
      std::vector<Currency> from;
      const auto note = [&](const ReportedMoney& m) {
        if (m.is_disclosed() && m.currency() != t.currency() && std::find(from.begin(), from.end(), m.currency()) == from.end())
          from.push_back(m.currency());
      };
      note(r.amount);
      for (const Tranche& x : r.tranches) note(x.amount);
      note(r.post_money);
      note(r.pre_money);
      std::string text;
      for (const Currency c : from)
        text += (text.empty() ? "" : "; ") + rates_text(*used, c, t.currency(), original.day_of(i), lang);
      if (!text.empty())
        fmt::print("  {}  {}  {}\n", r.announced.to_string(), pad_right(round_name(r, lang), name_width), text);
    }
    fmt::print("\n");
  }

  const RoundFilter priced = RoundFilter::priced_rounds();
  const auto priced_count = static_cast<std::size_t>(
      std::count_if(t.rounds().begin(), t.rounds().end(), [&](const Round& r) { return priced.includes(r); }));
  const auto count_text = [&](std::size_t n) {
    return fmt::format("{} {}", n, n == 1 || (lang == Language::fr && n == 0) ? w.rounds_one : w.rounds_many);
  };
  const std::size_t label_width =
      std::max({display_width(w.total_all), display_width(w.total_priced), display_width(w.best_window)});
  const auto label = [&](std::string_view text) { return pad_right(fmt::format("{}{}", text, colon(lang)), label_width + display_width(colon(lang))); };
  std::vector<std::string> facts;  // the lines under the table, also the HTML report's
  facts.push_back(fmt::format("{} {} ({})", label(w.total_all), full(t.raised_total(), lang), count_text(t.size())));
  facts.push_back(
      fmt::format("{} {} ({})", label(w.total_priced), full(t.raised_total(priced), lang), count_text(priced_count)));
  if (auto best = t.best_window(WindowLength::months(12))) {
    const std::string span =
        format_date_span(PartialDate(best->first_round_day), PartialDate(best->last_round_day), lang);
    facts.push_back(fmt::format("{} {}, {} ({})", label(w.best_window), full(best->raised, lang), span,
                                count_text(best->rounds.size())));
  } else
    facts.push_back(fmt::format("{} {}", label(w.best_window), w.no_window));

  const auto ups = t.step_ups();
  if (!ups.empty()) {
    facts.push_back(fmt::format("{}{}", w.step_ups, colon(lang)));
    for (const StepUp& s : ups)
      facts.push_back(fmt::format("  {} → {}{} {} → {} ({})", round_name(t.rounds()[s.from], lang),
                                  round_name(t.rounds()[s.to], lang), colon(lang), full(s.from_post_money, lang),
                                  full(s.to_post_money, lang), ratio_text(s.multiple, lang)));
  }
  for (const auto& f : facts) fmt::print("{}\n", f);
  const std::string summary = write_summary(summarize(t), lang);
  fmt::print("\n{}{} {}\n", w.summary, colon(lang), summary);

  if (o.chart || ::isatty(STDOUT_FILENO) != 0) {
    std::vector<BarRow> bars;
    for (const Round& r : t.rounds())
      bars.push_back({round_name(r, lang), r.amount.value_or_zero(),
                      r.amount.is_exact() ? "" : format_reported(r.amount, lang)});
    fmt::print("\n{}", render_terminal_chart(bars, terminal_width(), lang));
  }
  const std::string sources = o.sources || html_file.is_open() ? write_sources(company, lang) : std::string();
  if (o.sources) fmt::print("\n{}", sources);
  write_svg();
  if (html_file.is_open()) {
    HtmlReport report{.language = lang, .title = heading, .subtitle = subtitle, .summary = summary};
    report.columns = columns;
    report.right_aligned = right;
    report.rows = std::move(rows);
    for (const auto& f : facts) report.facts.push_back(f.substr(0, f.find_last_not_of(' ') + 1));
    report.svg = render_svg(timeline_chart_data(t, company, lang, as_of));
    report.sources_heading = "Sources";  // the same word in French
    report.sources = sources;
    html_file << render_html_report(report);
    if (!html_file.flush()) throw error(fmt::format("{}: cannot write the HTML file", o.html));
  }
}

void add_timeline(CLI::App& app) {
  auto options = std::make_shared<TimelineOptions>();
  auto* cmd = app.add_subcommand("timeline", "Print a company's funding timeline, totals, best window and step-ups");
  auto* file = cmd->add_option("file", options->file, "Company JSON document (default: the bundled Mistral AI data set)")
                   ->check(readable_file());
  auto* rounds = cmd->add_option("--rounds", options->rounds, "A Crunchbase export (CSV) to take the --company out of")
                     ->check(readable_file())
                     ->excludes(file);
  rounds->needs(cmd->add_option("--company", options->company, "With --rounds: the company's uuid or name")->needs(rounds));
  cmd->add_option("--as-of", options->as_of, "Count only rounds announced on or before this day")->check(iso_day());
  cmd->add_option("--currency", options->currency, "Convert every amount at each round's ECB rate")
      ->check(currency_code());
  cmd->add_option("--lang", options->lang, "Language of the output")->check(CLI::IsMember({"en", "fr"}));
  cmd->add_option("--svg", options->svg, "Also write an SVG chart of cumulative funding to this file");
  cmd->add_flag("--chart", options->chart, "Draw a bar chart even when stdout is not a terminal");
  add_rate_options(*cmd, options->rates);
  auto* format = add_format_option(cmd, options->format);
  cmd->add_flag("--sources", options->sources, "Also list each figure with its sources and disagreeing claims")
      ->excludes(format);
  cmd->add_option("--html", options->html, "Also write a self-contained HTML report (chart, table, sources) here")
      ->excludes(format);
  cmd->callback([options] { run_timeline(*options); });
}

const Registration registered{"timeline", add_timeline};

}  // namespace
}  // namespace fundline::cli
