#include "fundline/chart/svg_chart.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/rounding.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"
#include "svg_common.hpp"

namespace fundline {
namespace {

using namespace chart_detail;

struct Words {
  std::string_view cumulative, valuation, no_rounds, raised_axis, valuation_axis, sources, as_of;
};
Words words(Language lang) {
  if (lang == Language::fr)
    return {"Financement cumulé", "Valorisation post-money", "Aucun tour de financement", "Montant levé cumulé",
            "Valorisation", "Sources\u00A0:", "Données au"};
  return {"Cumulative funding", "Post-money valuation", "No funding rounds", "Raised, cumulative", "Valuation",
          "Sources:", "Data as of"};
}

// The time axis: whole months with a month of margin before the first
// point and at least one after the last; ticks on multiples of `step`
// months (so a yearly tick is always a January).
struct TimeAxis {
  int first = 0, last = 0, step = 1;  // month indexes
  [[nodiscard]] Date begin() const { return month_start(first); }
  [[nodiscard]] Date end() const { return month_start(last); }
  [[nodiscard]] int first_tick() const { return (first + step - 1) / step * step; }
};

TimeAxis time_axis(Date lo, Date hi) {
  constexpr std::array<int, 8> steps{1, 2, 3, 6, 12, 24, 60, 120};
  // The margins stay inside the calendar fundline accepts (1400..9999).
  TimeAxis axis{std::max(month_index(lo) - 1, min_year * 12), std::min(month_index(hi) + 2, max_year * 12 + 11), 1};
  for (int step : steps) {
    axis.step = step;
    if ((axis.last - axis.first_tick()) / step + 1 <= 8) break;
  }
  return axis;
}

constexpr double footer_font_size = 11;

class Canvas {
 public:
  Canvas(const ChartData& data, SvgSize size) : data_(data), size_(size) {}

  std::string render() {
    check();
    svg_.open(size_.width, size_.height, data_.title);
    if (data_.steps.empty()) {
      svg_.text(size_.width / 2.0, size_.height / 2.0, words(data_.language).no_rounds, "middle", axis_colour, 14);
      svg_.out += "</svg>\n";
      return std::move(svg_.out);
    }
    layout();
    draw_grid_and_axes();
    draw_steps();
    draw_valuations();
    place_labels(svg_, pending_, occupied_, {left_ + 2, top_ - 10, right_ - 2, bottom_ - 2});
    draw_valuation_markers();
    draw_legend();
    draw_footer();
    svg_.out += "</svg>\n";
    return std::move(svg_.out);
  }

 private:
  void check() const {
    for (std::size_t i = 0; i < data_.steps.size(); ++i) {
      const auto& p = data_.steps[i];
      if (p.cumulative.currency() != data_.currency)
        throw currency_mismatch(fmt::format("chart point on {} is in {}, the chart is in {}: convert it first",
                                            to_iso(p.date), p.cumulative.currency().code(), data_.currency.code()));
      if (i > 0 && p.date < data_.steps[i - 1].date)
        throw error(fmt::format("chart points out of order: {} comes after {}", to_iso(p.date),
                                to_iso(data_.steps[i - 1].date)));
    }
    for (const auto& v : data_.valuations)
      if (v.post_money.currency() != data_.currency)
        throw currency_mismatch(fmt::format("valuation on {} is in {}, the chart is in {}: convert it first",
                                            to_iso(v.date), v.post_money.currency().code(), data_.currency.code()));
  }

  [[nodiscard]] bool has_valuations() const {
    return std::any_of(data_.valuations.begin(), data_.valuations.end(),
                       [](const ValuationPoint& v) { return v.post_money.is_disclosed(); });
  }

  // The footer's lines: the sources, then the as-of date, wrapped to the width.
  [[nodiscard]] std::vector<std::string> footer_lines() const {
    const Words w = words(data_.language);
    std::string text;
    if (!data_.sources.empty()) {
      text = std::string(w.sources);
      for (std::size_t i = 0; i < data_.sources.size(); ++i) text += (i == 0 ? " " : ", ") + data_.sources[i];
      text += ".";
    }
    std::vector<std::string> lines = wrap(text, size_.width - 40.0, footer_font_size);
    const Date as_of = std::max(data_.end.value_or(data_.steps.back().date), data_.steps.back().date);
    lines.push_back(fmt::format("{} {}.", w.as_of, format_date(PartialDate(as_of), data_.language)));
    return lines;
  }

  void layout() {
    footer_ = footer_lines();
    left_ = 84;
    right_ = size_.width - (has_valuations() ? 84.0 : 36.0);
    top_ = 84;
    bottom_ = size_.height - 48.0 - 14.0 * static_cast<double>(footer_.size());
    Date lo = data_.steps.front().date, hi = data_.end.value_or(data_.steps.back().date);
    hi = std::max(hi, data_.steps.back().date);
    int128 highest = 0, highest_valuation = 0;
    for (const auto& p : data_.steps) highest = std::max<int128>(highest, p.cumulative.minor_units());
    for (const auto& v : data_.valuations) {
      if (!v.post_money.is_disclosed()) continue;
      lo = std::min(lo, v.date);
      hi = std::max(hi, v.date);
      const Money shown = v.post_money.high().value_or(*v.post_money.value());
      highest_valuation = std::max<int128>(highest_valuation, shown.minor_units());
    }
    time_ = time_axis(lo, hi);
    money_ = money_axis(highest);
    valuation_ = money_axis(highest_valuation);
  }

  [[nodiscard]] double x(Date d) const {
    const double span = static_cast<double>((time_.end() - time_.begin()).days());
    return left_ + (right_ - left_) * static_cast<double>((d - time_.begin()).days()) / span;
  }
  [[nodiscard]] static double fraction(int128 value, const MoneyAxis& axis) {
    return static_cast<double>(value) / static_cast<double>(axis.top);
  }
  [[nodiscard]] double y(Money m) const { return bottom_ - (bottom_ - top_) * fraction(m.minor_units(), money_); }
  [[nodiscard]] double y_valuation(Money m) const {
    return bottom_ - (bottom_ - top_) * fraction(m.minor_units(), valuation_);
  }

  void draw_grid_and_axes() {
    const Language lang = data_.language;
    for (int128 t = 0; t <= money_.top; t += money_.step) {
      const Money tick(static_cast<std::int64_t>(t), data_.currency);
      const double ty = y(tick);
      svg_.line(left_, ty, right_, ty, t == 0 ? axis_colour : grid_colour);
      svg_.text(left_ - 8, ty + 4, format_compact(tick, lang), "end", axis_colour);
    }
    if (has_valuations()) {
      for (int128 t = 0; t <= valuation_.top; t += valuation_.step) {
        const Money tick(static_cast<std::int64_t>(t), data_.currency);
        const double ty = y_valuation(tick);
        svg_.line(right_, ty, right_ + 5, ty, valuation_colour);
        svg_.text(right_ + 8, ty + 4, format_compact(tick, lang), "start", valuation_colour);
      }
      svg_.line(right_, top_, right_, bottom_, valuation_colour);
      svg_.vertical_text(size_.width - 14.0, (top_ + bottom_) / 2,
                         fmt::format("{} ({})", words(lang).valuation_axis, data_.currency.code()), valuation_colour);
    }
    svg_.line(left_, top_, left_, bottom_, axis_colour);
    svg_.vertical_text(18, (top_ + bottom_) / 2, fmt::format("{} ({})", words(lang).raised_axis, data_.currency.code()),
                       axis_colour);
    for (int m = time_.first_tick(); m <= time_.last; m += time_.step) {
      const Date d = month_start(m);
      const double tx = x(d);
      svg_.line(tx, bottom_, tx, bottom_ + 5, axis_colour);
      if (m < time_.last) svg_.line(tx, top_, tx, bottom_, grid_colour);
      const std::string label = time_.step % 12 == 0 ? fmt::format("{}", m / 12) : format_month_short(d, lang);
      svg_.text(tx, bottom_ + 20, label, "middle", axis_colour);
    }
  }

  void draw_steps() {
    const Date end = std::max(data_.end.value_or(data_.steps.back().date), data_.steps.back().date);
    std::string path = fmt::format("M{},{}", num(x(data_.steps.front().date)), num(bottom_));
    for (const auto& p : data_.steps) path += fmt::format(" H{} V{}", num(x(p.date)), num(y(p.cumulative)));
    path += fmt::format(" H{}", num(x(end)));
    svg_.out += fmt::format("<path d=\"{} V{} Z\" fill=\"{}\" fill-opacity=\"0.08\" stroke=\"none\"/>\n", path,
                            num(bottom_), funding_colour);
    svg_.out += fmt::format(
        "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n", path,
        funding_colour);
    // Labels must not hide the line: its segments count as occupied.
    double previous_x = x(data_.steps.front().date), previous_y = bottom_;
    for (const auto& p : data_.steps) {
      const double px = x(p.date), py = y(p.cumulative);
      occupied_.push_back({previous_x, previous_y - 2, px, previous_y + 2});
      occupied_.push_back({px - 2, py, px + 2, previous_y});
      previous_x = px;
      previous_y = py;
    }
    occupied_.push_back({previous_x, previous_y - 2, x(end), previous_y + 2});
    for (const auto& p : data_.steps) {
      const double px = x(p.date), py = y(p.cumulative);
      svg_.out += fmt::format(
          "<circle class=\"marker\" cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"2\"/>\n",
          num(px), num(py), funding_colour);
      occupied_.push_back({px - 6, py - 6, px + 6, py + 6});
      if (!p.label.empty()) pending_.push_back({px, py, p.label, std::string(funding_colour), true});
    }
  }

  // Valuations are reserved before the labels are placed and drawn after
  // them, on top, so no label or funding marker hides a diamond.
  void draw_valuations() {
    for (const auto& v : data_.valuations) {
      if (!v.post_money.is_disclosed()) continue;
      const double px = x(v.date), py = y_valuation(*v.post_money.value());
      occupied_.push_back({px - 7, py - 7, px + 7, py + 7});
      if (auto high = v.post_money.high(); high && v.post_money.qualifier() == Qualifier::range)
        occupied_.push_back({px - 2, y_valuation(*high), px + 2, py});
      const std::string label =
          v.label.empty() ? format_reported(v.post_money, data_.language, MoneyStyle::compact) : v.label;
      pending_.push_back({px, py, label, std::string(valuation_colour), false});
    }
  }

  void draw_valuation_markers() {
    for (const auto& v : data_.valuations) {
      if (!v.post_money.is_disclosed()) continue;
      const double px = x(v.date), py = y_valuation(*v.post_money.value());
      if (auto high = v.post_money.high(); high && v.post_money.qualifier() == Qualifier::range)
        svg_.line(px, py, px, y_valuation(*high), valuation_colour, 2);
      svg_.out += fmt::format(
          "<path class=\"marker\" d=\"M{},{} l6,6 l-6,6 l-6,-6 Z\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
          num(px), num(py - 6), valuation_colour);
    }
  }

  void draw_legend() {
    const Words w = words(data_.language);
    double lx = left_;
    const double ly = 58;
    svg_.line(lx, ly, lx + 24, ly, funding_colour, 2.5);
    svg_.text(lx + 30, ly + 4, w.cumulative, "start", ink_colour);
    lx += 30 + svg_text_width(w.cumulative, svg_label_font_size) + 28;
    if (!has_valuations()) return;
    svg_.out += fmt::format("<path d=\"M{},{} l6,6 l-6,6 l-6,-6 Z\" fill=\"{}\"/>\n", num(lx + 12), num(ly - 6),
                            valuation_colour);
    svg_.text(lx + 30, ly + 4, w.valuation, "start", ink_colour);
  }

  void draw_footer() {
    double fy = bottom_ + 42;
    for (const auto& line : footer_) {
      svg_.text(20, fy, line, "start", axis_colour, footer_font_size, "normal", "footer");
      fy += 14;
    }
  }

  const ChartData& data_;
  SvgSize size_;
  SvgWriter svg_;
  std::vector<std::string> footer_;
  double left_ = 0, right_ = 0, top_ = 0, bottom_ = 0;
  TimeAxis time_;
  MoneyAxis money_, valuation_;
  std::vector<Box> occupied_;
  std::vector<PendingLabel> pending_;
};

// DejaVu Sans advance widths in thousandths of an em, for ASCII 32..126.
constexpr std::array<int, 95> ascii_widths{
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,  // ' '../
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,  // 0..?
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,  // @..O
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,   // P.._
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,   // `..o
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};       // p..~

int code_point_width(char32_t c) {
  if (c >= 32 && c < 127) return ascii_widths[c - 32];
  switch (c) {
    case 0x00A0: return 318;  // no-break space
    case 0x202F: return 200;  // narrow no-break space
    case 0x2009: return 200;  // thin space
    case 0x20AC: return 636;  // €
    case 0x00A3: return 636;  // £
    case 0x2013: return 500;  // en dash
    case 0x2014: return 1000;
    case 0x2019: return 318;  // ’
    case 0x00D7: return 838;  // ×
    case 0x2192: return 838;  // →
    default: return c < 0x0300 ? 700 : 1000;  // accented letters; anything wider
  }
}

}  // namespace

double svg_text_width(std::string_view text, double font_size) {
  int total = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (std::size_t k = 1; k < n && i + k < text.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    total += code_point_width(c);
    i += n;
  }
  return total * font_size / 1000.0;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // XML 1.0 forbids other control characters even as references.
      case '\t': case '\n': case '\r': out += c; break;
      default: out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    }
  }
  return out;
}

std::string render_svg(const ChartData& data, SvgSize size) { return Canvas(data, size).render(); }

}  // namespace fundline
