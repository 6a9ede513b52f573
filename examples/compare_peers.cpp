// Compare Mistral AI with its peers on a common clock: months from founding
// to their first round and to 100M euros, and the total raised, every
// amount converted to euros at the ECB rate of its round's day. Uses the
// data sets bundled with the library, so it runs without any file.
//
// Output (with the bundled data; figures depend on it):
//   Peers as of 9 May 2025 (EUR at each round's ECB rate)
//   Company     Founded  First round  To €100M   Total raised
//   ...
//   Best funded: ...
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "fundline/engine/comparison.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/io/json.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"
#include "fundline/text/text_table.hpp"

int main() {
  using namespace fundline;
  const Currency eur = currencies::EUR;
  // Rates exist up to the last ECB fixing in the bundled table: compare as of that day.
  const Date as_of = RateTable::bundled().last_day();

  std::vector<Company> companies{bundled_mistral()};
  for (const Company& peer : bundled_ai_peers()) companies.push_back(peer);

  std::vector<Timeline> timelines;
  for (const Company& c : companies) timelines.push_back(Timeline(c).as_of(as_of).converted(eur, Convention::historical()));

  fmt::print("Peers as of {} (EUR at each round's ECB rate)\n\n", format_date(as_of, Language::en));
  const Money threshold = Money::from_major(100'000'000, eur);
  TextTable table;
  table.add_column("Company", Align::left)
      .add_column("Founded", Align::left)
      .add_column("First round", Align::right)
      .add_column(fmt::format("To {}", format_compact(threshold, Language::en)), Align::right)
      .add_column("Total raised", Align::right);
  for (const Timeline& t : timelines) {
    const bool aligned = t.founded().has_value() && !t.empty();
    const auto first = aligned ? std::optional(align(t, Anchor::founding).front()) : std::nullopt;
    const auto reached = aligned ? time_to_reach(t, threshold, Anchor::founding) : std::nullopt;
    table.add_row({t.name(), t.founded() ? format_date(*t.founded(), Language::en) : "-",
                   first ? fmt::format("{} months", first->months) : "-",
                   reached ? fmt::format("{} months", reached->months) : "-",
                   format_reported(t.raised_total(), Language::en, MoneyStyle::full)});
  }
  fmt::print("{}\n", table.render());

  const auto best = std::max_element(timelines.begin(), timelines.end(), [](const Timeline& a, const Timeline& b) {
    return a.raised_total().value_or_zero() < b.raised_total().value_or_zero();
  });
  fmt::print("Best funded: {} ({}; in French: {})\n", best->name(), format_reported(best->raised_total(), Language::en),
             format_reported(best->raised_total(), Language::fr, MoneyStyle::prose));
  return 0;
}
