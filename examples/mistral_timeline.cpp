// The README's demo: Mistral AI's three rounds in one year and their exact
// total, computed with Money.
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
            .investors = {{.investor = "Andreessen Horowitz", .lead = true}}},
      Round{.id = "series-b", .type = RoundType::series_b, .announced = parse_date("2024-06-11"),
            .amount = ReportedMoney::exact(eur("600000000")),
            .tranches = {{Instrument::equity, ReportedMoney::exact(eur("468000000"))},
                         {Instrument::debt, ReportedMoney::exact(eur("132000000"))}},
            .post_money = ReportedMoney::exact(eur("5800000000")),
            .investors = {{.investor = "General Catalyst", .lead = true}}},
  };
  mistral.validate();

  fmt::print("{} (founded {}, {})\n\n", mistral.name, *mistral.founded, mistral.country);
  Money total = Money::zero(currencies::EUR);
  for (const Round& r : mistral.rounds) {
    total += r.amount.value_or_zero();
    fmt::print("{}  {:<9} {:>22}  lead: {}\n", r.announced, display_name(r.type), fmt::format("{}", r.amount),
               r.leads().empty() ? "-" : r.leads().front());
    if (!r.tranches.empty())
      for (const Tranche& t : r.tranches)
        fmt::print("{:>23}{:<12} {:>19}\n", "", to_string(t.instrument), fmt::format("{}", t.amount));
  }
  fmt::print("\nTotal raised in three rounds: {}\n", total);
  return 0;
}
