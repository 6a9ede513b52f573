// The README's demo: Mistral AI's funding history as a Timeline. Totals as of
// the article (2024-06-11) and as of the latest event, the best 12 months,
// and the same in US dollars at the ECB rate of each round's own date.
#include <fmt/format.h>

#include <fundline/fundline.hpp>

int main() {
  using namespace fundline;
  const auto eur = [](const char* amount) { return Money::parse(amount, currencies::EUR); };

  Company mistral{.name = "Mistral AI", .founded = PartialDate::month(2023, 4), .country = "FR"};
  mistral.rounds = {
      Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
            .amount = ReportedMoney::exact(eur("105000000")), .post_money = ReportedMoney::exact(eur("240000000")),
            .investors = {{.investor = "Lightspeed Venture Partners", .lead = true}}},
      Round{.id = "series-a", .type = RoundType::series_a, .announced = parse_date("2023-12-11"),
            .amount = ReportedMoney::exact(eur("385000000")),
            .investors = {{.investor = "Andreessen Horowitz", .lead = true},
                          {.investor = "Lightspeed Venture Partners"},
                          {.investor = "General Catalyst"}}},
      Round{.id = "microsoft", .type = RoundType::convertible_note, .announced = parse_date("2024-02-26"),
            .amount = ReportedMoney::exact(eur("15000000")), .investors = {{.investor = "Microsoft", .lead = true}},
            .label = "Microsoft convertible"},
      Round{.id = "series-b", .type = RoundType::series_b, .announced = parse_date("2024-06-11"),
            .amount = ReportedMoney::exact(eur("600000000")),
            .tranches = {{Instrument::equity, ReportedMoney::exact(eur("468000000"))},
                         {Instrument::debt, ReportedMoney::exact(eur("132000000"))}},
            .post_money = ReportedMoney::exact(eur("5800000000")),
            .investors = {{.investor = "General Catalyst", .lead = true},
                          {.investor = "Lightspeed Venture Partners"},
                          {.investor = "Andreessen Horowitz"}}},
      Round{.id = "series-c", .type = RoundType::series_c, .announced = parse_date("2025-09-09"),
            .amount = ReportedMoney::exact(eur("1700000000")), .post_money = ReportedMoney::exact(eur("11700000000")),
            .investors = {{.investor = "ASML", .lead = true}}},
  };
  mistral.validate();

  const Timeline timeline(mistral);
  // Money grouped by thousands everywhere ("{:,}"), as the fundline tool prints it.
  const auto window_text = [](const FundingWindow& w) {
    return fmt::format("{:,} from {} to {} ({} days, {} round{})", w.raised, to_iso(w.first_round_day),
                       to_iso(w.last_round_day), w.span_days(), w.rounds.size(), w.rounds.size() == 1 ? "" : "s");
  };
  fmt::print("{} (founded {}, {})\n\n", mistral.name, *mistral.founded, mistral.country);
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const Round& r = timeline.rounds()[i];
    const auto leads = r.leads();
    fmt::print("{}  {:<16} {:>28}  lead: {}\n", r.announced, display_name(r.type), fmt::format("{:,}", r.amount),
               leads.empty() ? "-" : leads.front());
  }

  const Date article = parse_date("2024-06-11");
  const RoundFilter priced = RoundFilter::priced_rounds();
  fmt::print("\nAs of {} (the article):\n", to_iso(article));
  fmt::print("  priced rounds:      {:,}\n", timeline.raised_as_of(article, priced));
  fmt::print("  everything:         {:,}  (with the Microsoft convertible)\n", timeline.raised_as_of(article));
  fmt::print("As of the latest event ({}):\n", to_iso(*timeline.last_day()));
  fmt::print("  everything:         {:,}\n", timeline.raised_total());

  const Timeline then = timeline.as_of(article);
  const auto best = then.best_window(WindowLength::months(12), priced);
  fmt::print("\nBest 12 months (priced rounds, as of the article): {}\n", window_text(*best));
  fmt::print("Best 12 months (everything, all history):           {}\n",
             window_text(*timeline.best_window(WindowLength::months(12))));

  fmt::print("\nFrom founding (placed on {}) to each round:\n", to_iso(then.founded()->first_day()));
  for (const RoundGap& g : then.since_founding())
    fmt::print("  {:<16} {:>2} months ({} days)\n", display_name(then.rounds()[g.to].type), g.months, g.days);
  for (const StepUp& s : timeline.step_ups())
    fmt::print("Step-up: {:,} -> {:,}: {}x{}\n", s.from_post_money, s.to_post_money, s.multiple,
               s.note.empty() ? "" : fmt::format(" ({})", s.note));
  for (const InvestorRecord& who : timeline.repeat_investors())
    fmt::print("Repeat investor: {} ({} rounds, led {})\n", who.investor, who.rounds.size(), who.led.size());

  // In US dollars, each round at the ECB rate of its own date. The bundled
  // ECB table ends on 2025-05-09, so the 2025-09-09 Series C cannot be
  // converted: that is an error, never a silently old rate.
  const Timeline usd = then.converted(currencies::USD, Convention::historical());
  fmt::print("\nIn USD at historical ECB rates (as of the article):\n");
  for (std::size_t i = 0; i < usd.size(); ++i)
    fmt::print("  {}  {:>28}  at {}\n", usd.rounds()[i].announced, fmt::format("{:,}", usd.rounds()[i].amount),
               usd.conversion_of(i)->to_rate);
  fmt::print("  priced rounds:      {:,}\n", usd.raised_total(priced));
  fmt::print("  everything:         {:,}\n", usd.raised_total());
  fmt::print("  best 12 months:     {}\n", window_text(*usd.best_window(WindowLength::months(12), priced)));
  try {
    (void)timeline.converted(currencies::USD, Convention::historical());
  } catch (const fx_error& e) {
    fmt::print("  the Series C:       {}\n", e.what());
  }
  return 0;
}
