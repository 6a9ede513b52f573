#include "fundline/chart/svg_chart.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/rounding.hpp"
#include "fundline/text/date_text.hpp"
#include "fundline/text/display_width.hpp"
#include "fundline/text/money_text.hpp"

namespace fundline {
namespace {

constexpr std::string_view funding_colour = "#1f5fa8";
constexpr std::string_view valuation_colour = "#c2571a";
constexpr std::string_view grid_colour = "#e3e6ea";
constexpr std::string_view axis_colour = "#5b6470";
constexpr double label_font_size = 12;
// Average advance of a sans-serif glyph at 12px, to estimate label widths.
constexpr double glyph_width = 6.4;
constexpr double line_height = 15;

struct Words {
  std::string_view cumulative, valuation, no_rounds, raised_axis, valuation_axis;
};
Words words(Language lang) {
  if (lang == Language::fr)
    return {"Financement cumulé", "Valorisation post-money", "Aucun tour de financement", "Montant levé cumulé",
            "Valorisation"};
  return {"Cumulative funding", "Post-money valuation", "No funding rounds", "Raised, cumulative", "Valuation"};
}

// Month count since year 0, and back, for tick arithmetic.
int month_index(Date d) {
  const auto ymd = d.year_month_day();
  return static_cast<int>(ymd.year) * 12 + static_cast<int>(ymd.month) - 1;
}
Date month_start(int index) {
  return Date(static_cast<unsigned short>(index / 12), static_cast<unsigned short>(index % 12 + 1), 1);
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

// A money axis from zero to a round top with a few round ticks, in minor
// units; the top leaves room above the highest point for its label.
struct MoneyAxis {
  int128 top = 1, step = 1;
};

MoneyAxis money_axis(int128 highest) {
  const int128 target = std::max<int128>(highest + highest * 15 / 100, 1);
  for (int128 scale = 1;; scale *= 10) {
    for (int128 m : {10, 20, 25, 50}) {
      const int128 step = m * scale / 10;
      if (step == 0) continue;
      const int128 ticks = divide_rounded(target, step, RoundingMode::ceiling);
      if (ticks <= 5) return {ticks * step, step};
    }
  }
}

struct Box {
  double x0, y0, x1, y1;
  [[nodiscard]] bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

double text_width(std::string_view text) { return static_cast<double>(display_width(text)) * glyph_width; }

std::string num(double v) { return fmt::format("{:.1f}", v); }

class Canvas {
 public:
  Canvas(const ChartData& data, SvgSize size) : data_(data), size_(size) {}

  std::string render() {
    check();
    open();
    if (data_.steps.empty()) {
      text(size_.width / 2.0, size_.height / 2.0, words(data_.language).no_rounds, "middle", axis_colour, 14);
      return close();
    }
    layout();
    draw_grid_and_axes();
    draw_steps();
    draw_valuations();
    draw_labels();
    draw_legend();
    return close();
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

  void open() {
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
        "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"{2}\">\n",
        size_.width, size_.height, label_font_size);
    out_ += fmt::format("<title>{}</title>\n", xml_escape(data_.title));
    out_ += fmt::format("<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n", size_.width,
                        size_.height);
    text(size_.width / 2.0, 30, data_.title, "middle", "#1b1f24", 18, "bold");
  }

  std::string close() {
    out_ += "</svg>\n";
    return std::move(out_);
  }

  [[nodiscard]] bool has_valuations() const {
    return std::any_of(data_.valuations.begin(), data_.valuations.end(),
                       [](const ValuationPoint& v) { return v.post_money.is_disclosed(); });
  }

  void layout() {
    left_ = 84;
    right_ = size_.width - (has_valuations() ? 84.0 : 36.0);
    top_ = 84;
    bottom_ = size_.height - 48.0;
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
      line(left_, ty, right_, ty, t == 0 ? axis_colour : grid_colour);
      text(left_ - 8, ty + 4, format_compact(tick, lang), "end", axis_colour);
    }
    if (has_valuations()) {
      for (int128 t = 0; t <= valuation_.top; t += valuation_.step) {
        const Money tick(static_cast<std::int64_t>(t), data_.currency);
        const double ty = y_valuation(tick);
        line(right_, ty, right_ + 5, ty, valuation_colour);
        text(right_ + 8, ty + 4, format_compact(tick, lang), "start", valuation_colour);
      }
      line(right_, top_, right_, bottom_, valuation_colour);
      vertical_text(size_.width - 14.0, (top_ + bottom_) / 2, words(lang).valuation_axis, valuation_colour);
    }
    line(left_, top_, left_, bottom_, axis_colour);
    vertical_text(18, (top_ + bottom_) / 2, fmt::format("{} ({})", words(lang).raised_axis, data_.currency.code()),
                  axis_colour);
    for (int m = time_.first_tick(); m <= time_.last; m += time_.step) {
      const Date d = month_start(m);
      const double tx = x(d);
      line(tx, bottom_, tx, bottom_ + 5, axis_colour);
      if (m < time_.last) line(tx, top_, tx, bottom_, grid_colour);
      const std::string label = time_.step % 12 == 0 ? fmt::format("{}", m / 12) : format_month_short(d, lang);
      text(tx, bottom_ + 20, label, "middle", axis_colour);
    }
  }

  void draw_steps() {
    const Date end = std::max(data_.end.value_or(data_.steps.back().date), data_.steps.back().date);
    std::string path = fmt::format("M{},{}", num(x(data_.steps.front().date)), num(bottom_));
    for (std::size_t i = 0; i < data_.steps.size(); ++i) {
      const auto& p = data_.steps[i];
      path += fmt::format(" H{} V{}", num(x(p.date)), num(y(p.cumulative)));
    }
    path += fmt::format(" H{}", num(x(end)));
    out_ += fmt::format("<path d=\"{} V{} Z\" fill=\"{}\" fill-opacity=\"0.08\" stroke=\"none\"/>\n", path,
                        num(bottom_), funding_colour);
    out_ += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n",
                        path, funding_colour);
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
      out_ += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"2\"/>\n",
                          num(px), num(py), funding_colour);
      occupied_.push_back({px - 5, py - 5, px + 5, py + 5});
      if (!p.label.empty()) pending_.push_back({px, py, p.label, std::string(funding_colour), true});
    }
  }

  void draw_valuations() {
    if (!has_valuations()) return;
    std::string path;
    for (const auto& v : data_.valuations) {
      if (!v.post_money.is_disclosed()) continue;
      const double px = x(v.date), py = y_valuation(*v.post_money.value());
      path += fmt::format("{}{},{}", path.empty() ? "M" : " L", num(px), num(py));
    }
    out_ += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>\n",
                        path, valuation_colour);
    for (const auto& v : data_.valuations) {
      if (!v.post_money.is_disclosed()) continue;
      const double px = x(v.date), py = y_valuation(*v.post_money.value());
      if (auto high = v.post_money.high(); high && v.post_money.qualifier() == Qualifier::range)
        line(px, py, px, y_valuation(*high), valuation_colour, 2);
      out_ += fmt::format("<path d=\"M{},{} l6,6 l-6,6 l-6,-6 Z\" fill=\"{}\"/>\n", num(px), num(py - 6),
                          valuation_colour);
      occupied_.push_back({px - 6, py - 6, px + 6, py + 6});
      const std::string label =
          v.label.empty() ? format_reported(v.post_money, data_.language, MoneyStyle::compact) : v.label;
      pending_.push_back({px, py, label, std::string(valuation_colour), false});
    }
  }

  struct PendingLabel {
    double x, y;
    std::string text;
    std::string colour;
    bool funding;  // funding labels go above-left of the marker, valuations to the right
  };

  // Greedy placement: the first candidate position that overlaps nothing
  // drawn so far and stays inside the plot, moving away line by line.
  void draw_labels() {
    for (const auto& l : pending_) {
      const double w = text_width(l.text);
      const double x_left = l.funding ? l.x - 8 - w : l.x + 9;
      const double x_right = l.funding ? l.x + 8 : l.x - 9 - w;
      Box chosen{};
      bool found = false;
      for (int shift = 0; shift < 12 && !found; ++shift) {
        for (double x0 : {x_left, x_right}) {
          for (int direction : {-1, 1}) {
            const double base = l.funding ? l.y - 8 : l.y + 4;
            const double baseline = base + direction * shift * line_height;
            Box b{x0, baseline - 11, x0 + w, baseline + 3};
            if (b.x0 < left_ + 2 || b.x1 > right_ - 2 || b.y0 < top_ - 10 || b.y1 > bottom_ - 2) continue;
            if (std::any_of(occupied_.begin(), occupied_.end(), [&](const Box& o) { return o.overlaps(b); })) continue;
            chosen = b;
            found = true;
            break;
          }
          if (found) break;
        }
      }
      if (!found) chosen = {x_left, l.y - 19, x_left + w, l.y - 5};
      occupied_.push_back(chosen);
      const double baseline = chosen.y1 - 3;
      const double nearest_x = std::clamp(l.x, chosen.x0, chosen.x1);
      const double nearest_y = std::clamp(l.y, chosen.y0, chosen.y1);
      if (std::abs(nearest_y - l.y) > line_height || std::abs(nearest_x - l.x) > 14)
        line(l.x, l.y, nearest_x, nearest_y, l.colour, 0.75);
      out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n",
                          num(chosen.x0 - 2), num(chosen.y0), num(w + 4), num(chosen.y1 - chosen.y0));
      text(chosen.x0, baseline, l.text, "start", l.colour);
    }
  }

  void draw_legend() {
    const Words w = words(data_.language);
    double lx = left_;
    const double ly = 58;
    line(lx, ly, lx + 24, ly, funding_colour, 2.5);
    text(lx + 30, ly + 4, w.cumulative, "start", "#1b1f24");
    lx += 30 + text_width(w.cumulative) + 28;
    if (!has_valuations()) return;
    out_ += fmt::format("<path d=\"M{},{} l6,6 l-6,6 l-6,-6 Z\" fill=\"{}\"/>\n", num(lx + 12), num(ly - 6),
                        valuation_colour);
    text(lx + 30, ly + 4, w.valuation, "start", "#1b1f24");
  }

  void line(double x1, double y1, double x2, double y2, std::string_view colour, double width = 1) {
    out_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>\n", num(x1),
                        num(y1), num(x2), num(y2), colour, width);
  }

  void text(double tx, double ty, std::string_view content, std::string_view anchor, std::string_view colour,
            double font_size = label_font_size, std::string_view weight = "normal") {
    out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"{}\"", num(tx), num(ty), anchor, colour);
    if (font_size != label_font_size) out_ += fmt::format(" font-size=\"{}\"", font_size);
    if (weight != "normal") out_ += fmt::format(" font-weight=\"{}\"", weight);
    out_ += fmt::format(">{}</text>\n", xml_escape(content));
  }

  void vertical_text(double tx, double ty, std::string_view content, std::string_view colour) {
    out_ += fmt::format("<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" fill=\"{2}\" transform=\"rotate(-90 {0} {1})\">{3}</text>\n",
                        num(tx), num(ty), colour, xml_escape(content));
  }

  const ChartData& data_;
  SvgSize size_;
  std::string out_;
  double left_ = 0, right_ = 0, top_ = 0, bottom_ = 0;
  TimeAxis time_;
  MoneyAxis money_, valuation_;
  std::vector<Box> occupied_;
  std::vector<PendingLabel> pending_;
};

}  // namespace

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
