#include "fundline/chart/terminal_chart.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "fundline/core/rounding.hpp"
#include "fundline/text/display_width.hpp"
#include "fundline/text/money_text.hpp"

namespace fundline {
namespace {

constexpr std::string_view full_block = "█";
constexpr std::string_view shade = "░";
// A cell filled to 1/8 .. 7/8 from the left.
constexpr std::array<std::string_view, 8> eighths{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
constexpr std::size_t min_bar = 8;

// Shade up to `from` eighths (whole cells), blocks up to `to` eighths.
std::string bar(int128 from, int128 to, std::size_t cells) {
  const auto shaded = static_cast<std::size_t>(from / 8);
  std::string out;
  std::size_t used = 0;
  for (; used < shaded; ++used) out += shade;
  const auto whole = static_cast<std::size_t>(to / 8);
  for (; used < whole; ++used) out += full_block;
  if (to % 8 != 0) {
    out += eighths[static_cast<std::size_t>(to % 8)];
    ++used;
  }
  out.append(cells > used ? cells - used : 0, ' ');
  return out;
}

}  // namespace

std::string render_terminal_chart(const std::vector<BarRow>& rows, std::size_t width, Language lang) {
  if (rows.empty()) return "";
  const Currency currency = rows.front().amount.currency();
  const std::string total_label = lang == Language::fr ? "Total" : "Total";
  std::vector<std::string> amounts, totals;
  Money running = Money::zero(currency);
  std::size_t label_w = display_width(total_label), amount_w = 0, total_w = 0;
  for (const auto& r : rows) {
    if (r.amount.currency() != currency)
      throw currency_mismatch(fmt::format("bar \"{}\" is in {}, the chart is in {}", r.label, r.amount.currency().code(),
                                          currency.code()));
    running += r.amount;
    amounts.push_back(r.amount_text.empty() ? format_compact(r.amount, lang) : r.amount_text);
    totals.push_back(format_compact(running, lang));
    label_w = std::max(label_w, display_width(r.label));
    amount_w = std::max(amount_w, display_width(amounts.back()));
    total_w = std::max(total_w, display_width(totals.back()));
  }
  const std::size_t fixed = label_w + 1 + 1 + amount_w + 2 + total_w;
  const std::size_t cells = width > fixed + min_bar ? width - fixed : min_bar;
  const int128 largest = std::max<int128>(running.minor_units(), 1);
  const auto eighths_of = [&](Money m) {
    if (m.minor_units() <= 0) return int128{0};
    return divide_rounded(int128{m.minor_units()} * static_cast<int128>(cells) * 8, largest, RoundingMode::half_even);
  };

  std::string out;
  Money before = Money::zero(currency);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Money after = before + rows[i].amount;
    const int128 from = eighths_of(before);
    int128 to = eighths_of(after);
    if (rows[i].amount.minor_units() > 0) to = std::max(to, from / 8 * 8 + 1);
    out += fmt::format("{} {} {}  {}\n", pad_right(rows[i].label, label_w), bar(from, to, cells),
                       pad_left(amounts[i], amount_w), pad_left(totals[i], total_w));
    before = after;
  }
  out += fmt::format("{} {} {}  {}\n", pad_right(total_label, label_w), bar(0, eighths_of(running), cells),
                     std::string(amount_w, ' '), pad_left(format_compact(running, lang), total_w));
  return out;
}

}  // namespace fundline
