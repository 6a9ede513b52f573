// fundline/chart/terminal_chart.hpp - funding rounds as bars in a terminal.
//
// One line per round, in order: its label, a bar, its amount and the
// cumulative total. The bar is a waterfall: light shade (░) for what was
// raised before, full blocks (█) for this round, ending with an eighth
// block (▏▎▍▌▋▊▉) so small rounds still show; a last line draws the total.
// Bar lengths are exact integer fractions of the largest total, rounded
// half-even to eighths of a cell; a round above zero always gets at least
// one eighth. Every line is exactly `width` columns (display_width) when
// width leaves room for a bar of 8 cells, else the bar keeps 8 cells.
//
// Validity policy: throws currency_mismatch when the rows mix currencies.
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   std::vector<BarRow> rows{{"Seed", eur(105), ""}, {"Series A", eur(385), ""}};
//   fmt::print("{}", render_terminal_chart(rows, 48, Language::en));
//   // Seed     █████▋                     €105M  €105M
//   // Series A ░░░░░█████████████████████ €385M  €490M
//   // Total    ██████████████████████████        €490M
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "fundline/core/money.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

struct BarRow {
  std::string label;
  Money amount;             // counted in the total; zero when undisclosed
  std::string amount_text;  // shown instead of the compact amount when not empty ("undisclosed")
};

[[nodiscard]] std::string render_terminal_chart(const std::vector<BarRow>& rows, std::size_t width, Language lang);

}  // namespace fundline
