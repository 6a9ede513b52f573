#include "fundline/chart/comparison_chart.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "fundline/text/date_text.hpp"
#include "fundline/text/money_text.hpp"
#include "svg_common.hpp"

namespace fundline {
namespace {

using namespace chart_detail;

constexpr std::array<std::string_view, 8> palette{"#1f5fa8", "#c2571a", "#2e8b57", "#8e44ad",
                                                  "#b8860b", "#c0392b", "#17becf", "#555555"};
constexpr double days_per_month = 30.436875;  // the Gregorian average
constexpr double footer_font_size = 11;

class ComparisonCanvas {
 public:
  ComparisonCanvas(const ComparisonChartData& data, SvgSize size) : data_(data), size_(size) {}

  std::string render() {
    check();
    svg_.open(size_.width, size_.height, data_.title);
    layout();
    draw_axes();
    draw_lines();
    place_labels(svg_, pending_, occupied_, {left_ + 2, top_ - 10, right_ - 2, bottom_ - 2});
    draw_footer();
    svg_.out += "</svg>\n";
    return std::move(svg_.out);
  }

 private:
  void check() const {
    for (const auto& l : data_.lines) {
      int previous = 0;
      for (const auto& p : l.points) {
        if (p.cumulative.currency() != data_.currency)
          throw currency_mismatch(fmt::format("{}: a point is in {}, the chart is in {}: convert it first", l.name,
                                              p.cumulative.currency().code(), data_.currency.code()));
        if (p.days < previous)
          throw error(fmt::format("{}: chart points out of order or before the anchor (day {})", l.name, p.days));
        previous = p.days;
      }
    }
  }

  [[nodiscard]] std::vector<std::string> footer_lines() const {
    const bool fr = data_.language == Language::fr;
    std::string text;
    if (!data_.sources.empty()) {
      text = fr ? "Sources\u00A0:" : "Sources:";
      for (std::size_t i = 0; i < data_.sources.size(); ++i) text += (i == 0 ? " " : ", ") + data_.sources[i];
      text += ".";
    }
    std::vector<std::string> lines = wrap(text, size_.width - 40.0, footer_font_size);
    if (data_.as_of)
      lines.push_back(fmt::format("{} {}.", fr ? "Données au" : "Data as of", format_date(PartialDate(*data_.as_of), data_.language)));
    return lines;
  }

  void layout() {
    footer_ = footer_lines();
    left_ = 84;
    right_ = size_.width - 36.0;
    top_ = 60;
    bottom_ = size_.height - 62.0 - 14.0 * static_cast<double>(footer_.size());
    int128 highest = 0;
    int last_day = 1;
    for (const auto& l : data_.lines) {
      for (const auto& p : l.points) {
        highest = std::max<int128>(highest, p.cumulative.minor_units());
        last_day = std::max(last_day, p.days);
      }
      last_day = std::max(last_day, l.end_days);
    }
    money_ = money_axis(highest);
    const int months = static_cast<int>(static_cast<double>(last_day) / days_per_month) + 1;
    step_ = months <= 12 ? 1 : months <= 24 ? 3 : months <= 72 ? 6 : months <= 144 ? 12 : 24;
    last_month_ = (months + step_ - 1) / step_ * step_;
  }

  [[nodiscard]] double x(int days) const {
    return left_ + (right_ - left_) * static_cast<double>(days) / (last_month_ * days_per_month);
  }
  [[nodiscard]] double y(Money m) const {
    return bottom_ - (bottom_ - top_) * static_cast<double>(m.minor_units()) / static_cast<double>(money_.top);
  }

  void draw_axes() {
    for (int128 t = 0; t <= money_.top; t += money_.step) {
      const Money tick(static_cast<std::int64_t>(t), data_.currency);
      svg_.line(left_, y(tick), right_, y(tick), t == 0 ? axis_colour : grid_colour);
      svg_.text(left_ - 8, y(tick) + 4, format_compact(tick, data_.language), "end", axis_colour);
    }
    svg_.line(left_, top_, left_, bottom_, axis_colour);
    const std::string raised = data_.language == Language::fr ? "Montant levé cumulé" : "Raised, cumulative";
    svg_.vertical_text(18, (top_ + bottom_) / 2, fmt::format("{} ({})", raised, data_.currency.code()), axis_colour);
    for (int m = 0; m <= last_month_; m += step_) {
      const double tx = left_ + (right_ - left_) * m / static_cast<double>(last_month_);
      svg_.line(tx, bottom_, tx, bottom_ + 5, axis_colour);
      svg_.text(tx, bottom_ + 20, fmt::format("{}", m), "middle", axis_colour);
    }
    svg_.text((left_ + right_) / 2, bottom_ + 40, data_.x_axis_title, "middle", axis_colour);
  }

  void draw_lines() {
    for (std::size_t i = 0; i < data_.lines.size(); ++i) {
      const auto& l = data_.lines[i];
      const std::string_view colour = palette[i % palette.size()];
      const int end = std::max(l.end_days, l.points.empty() ? 0 : l.points.back().days);
      double px = x(0), py = bottom_;
      std::string path = fmt::format("M{},{}", num(px), num(py));
      for (const auto& p : l.points) {
        const double nx = x(p.days), ny = y(p.cumulative);
        occupied_.push_back({px, py - 2, nx, py + 2});
        occupied_.push_back({nx - 2, std::min(py, ny), nx + 2, std::max(py, ny)});
        path += fmt::format(" H{} V{}", num(nx), num(ny));
        px = nx;
        py = ny;
      }
      occupied_.push_back({px, py - 2, x(end), py + 2});
      path += fmt::format(" H{}", num(x(end)));
      svg_.out += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n",
                              path, colour);
      for (const auto& p : l.points) {
        svg_.out += fmt::format(
            "<circle class=\"marker\" cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"2\"/>\n",
            num(x(p.days)), num(y(p.cumulative)), colour);
        occupied_.push_back({x(p.days) - 5, y(p.cumulative) - 5, x(p.days) + 5, y(p.cumulative) + 5});
      }
      const Money total = l.points.empty() ? Money::zero(data_.currency) : l.points.back().cumulative;
      pending_.push_back({x(end), py, fmt::format("{} {}", l.name, format_compact(total, data_.language)),
                          std::string(colour), false});
    }
  }

  void draw_footer() {
    double fy = bottom_ + 62;
    for (const auto& line : footer_) {
      svg_.text(20, fy, line, "start", axis_colour, footer_font_size, "normal", "footer");
      fy += 14;
    }
  }

  const ComparisonChartData& data_;
  SvgSize size_;
  SvgWriter svg_;
  std::vector<std::string> footer_;
  double left_ = 0, right_ = 0, top_ = 0, bottom_ = 0;
  MoneyAxis money_;
  int step_ = 6, last_month_ = 12;
  std::vector<Box> occupied_;
  std::vector<PendingLabel> pending_;
};

}  // namespace

std::string render_comparison_svg(const ComparisonChartData& data, SvgSize size) {
  return ComparisonCanvas(data, size).render();
}

}  // namespace fundline
