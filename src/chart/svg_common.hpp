// Private to src/chart: what the funding chart (svg_chart.cpp) and the
// comparison chart (comparison_chart.cpp) share: colours, axes, boxes, the
// label layout pass and the SVG primitives.
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "fundline/chart/svg_chart.hpp"
#include "fundline/core/rounding.hpp"

namespace fundline::chart_detail {

inline constexpr std::string_view funding_colour = "#1f5fa8";
inline constexpr std::string_view valuation_colour = "#c2571a";
inline constexpr std::string_view grid_colour = "#e3e6ea";
inline constexpr std::string_view axis_colour = "#5b6470";
inline constexpr std::string_view ink_colour = "#1b1f24";
inline constexpr double line_height = 15;

inline std::string num(double v) { return fmt::format("{:.1f}", v); }

// Month count since year 0, and back, for tick arithmetic.
inline int month_index(Date d) {
  const auto ymd = d.year_month_day();
  return static_cast<int>(ymd.year) * 12 + static_cast<int>(ymd.month) - 1;
}
inline Date month_start(int index) {
  return Date(static_cast<unsigned short>(index / 12), static_cast<unsigned short>(index % 12 + 1), 1);
}

// A money axis from zero to a round top with a few round ticks, in minor
// units; the top leaves room above the highest point for its label.
struct MoneyAxis {
  int128 top = 1, step = 1;
};

inline MoneyAxis money_axis(int128 highest) {
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

using Box = ChartBox;

// Lines of text no wider than `width` pixels, broken between words.
inline std::vector<std::string> wrap(std::string_view text, double width, double font_size) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string word(text.substr(start, end - start));
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && svg_text_width(candidate, font_size) > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

// SVG primitives appended to one string.
class SvgWriter {
 public:
  std::string out;

  void line(double x1, double y1, double x2, double y2, std::string_view colour, double width = 1,
            std::string_view extra = "") {
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n", num(x1),
                       num(y1), num(x2), num(y2), colour, width, extra);
  }

  void text(double tx, double ty, std::string_view content, std::string_view anchor, std::string_view colour,
            double font_size = svg_label_font_size, std::string_view weight = "normal", std::string_view cls = "") {
    out += "<text";
    if (!cls.empty()) out += fmt::format(" class=\"{}\"", cls);
    out += fmt::format(" x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"{}\"", num(tx), num(ty), anchor, colour);
    if (font_size != svg_label_font_size) out += fmt::format(" font-size=\"{}\"", font_size);
    if (weight != "normal") out += fmt::format(" font-weight=\"{}\"", weight);
    out += fmt::format(">{}</text>\n", xml_escape(content));
  }

  void vertical_text(double tx, double ty, std::string_view content, std::string_view colour) {
    out += fmt::format(
        "<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" fill=\"{2}\" transform=\"rotate(-90 {0} {1})\">{3}</text>\n",
        num(tx), num(ty), colour, xml_escape(content));
  }

  void open(int width, int height, std::string_view title) {
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
        "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"{2}\">\n",
        width, height, svg_label_font_size);
    out += fmt::format("<title>{}</title>\n", xml_escape(title));
    out += fmt::format("<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n", width, height);
    text(width / 2.0, 30, title, "middle", ink_colour, 18, "bold");
  }
};

// A label to place near a point: to the left or right of it, shifted up or
// down line by line until its box meets nothing placed or drawn so far.
struct PendingLabel {
  double x, y;  // the point labelled
  std::string text;
  std::string colour;
  bool prefer_left;  // try left of the point first
};

// Places every label in a free spot inside `area` (the plot) and draws it:
// each box is added to `occupied`, so no two labels and no label and marker
// (or line, when the caller added its segments) overlap. The search widens
// until it finds room: candidates on both sides and centred above and
// below, moving one line at a time across the whole plot.
inline void place_labels(SvgWriter& svg, const std::vector<PendingLabel>& labels, std::vector<Box>& occupied,
                         const Box& area) {
  const double ascent = svg_label_ascent * svg_label_font_size, descent = svg_label_descent * svg_label_font_size;
  for (const auto& l : labels) {
    const double w = svg_text_width(l.text, svg_label_font_size);
    const double left = l.x - 9 - w, right = l.x + 9, centre = l.x - w / 2;
    const std::array<double, 3> xs = l.prefer_left ? std::array<double, 3>{left, right, centre}
                                                   : std::array<double, 3>{right, left, centre};
    const double base = l.y + ascent / 2 - 1;  // baseline that centres the text on the point
    Box chosen{};
    bool found = false;
    const int max_shift = static_cast<int>((area.y1 - area.y0) / line_height) + 2;
    for (int shift = 0; shift <= max_shift && !found; ++shift) {
      for (int direction : {-1, 1}) {
        for (double x0 : xs) {
          const double baseline = base + direction * shift * line_height;
          const Box b{x0 - 2, baseline - ascent, x0 + w + 2, baseline + descent};
          if (b.x0 < area.x0 || b.x1 > area.x1 || b.y0 < area.y0 || b.y1 > area.y1) continue;
          if (std::any_of(occupied.begin(), occupied.end(), [&](const Box& o) { return o.overlaps(b); })) continue;
          chosen = b;
          found = true;
          break;
        }
        if (found) break;
      }
    }
    // No room anywhere in the plot (more labels than the plot can hold):
    // stack it above the plot rather than on top of another label.
    if (!found) {
      double top = area.y0 - 2;
      for (const Box& o : occupied) top = std::min(top, o.y0 - 2);
      chosen = {std::clamp(l.x - w / 2, area.x0, area.x1 - w) - 2, top - ascent - descent, 0, top};
      chosen.x1 = chosen.x0 + w + 4;
    }
    occupied.push_back(chosen);
    const double baseline = chosen.y1 - descent;
    const double nearest_x = std::clamp(l.x, chosen.x0, chosen.x1);
    const double nearest_y = std::clamp(l.y, chosen.y0, chosen.y1);
    if (std::abs(nearest_y - l.y) > line_height || std::abs(nearest_x - l.x) > 14)
      svg.line(l.x, l.y, nearest_x, nearest_y, l.colour, 0.75);
    svg.out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n",
                           num(chosen.x0), num(chosen.y0), num(chosen.x1 - chosen.x0), num(chosen.y1 - chosen.y0));
    svg.text(chosen.x0 + 2, baseline, l.text, "start", l.colour, svg_label_font_size, "normal", "label");
  }
}

}  // namespace fundline::chart_detail
