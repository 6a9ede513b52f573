// fundline/engine/window.hpp - the most raised within a window of given length.
//
// A window of N days starting on day s covers s .. s + N - 1; a window of N
// months covers s up to, not including, the same day N months later. The
// best window is the one whose rounds add up to the most (compared on the
// reported figures; undisclosed rounds count as zero), the earliest one on a
// tie. It is reported by where its rounds lie: the first and the last round
// day, and the span between them.
//
//   using namespace fundline;
//   // Mistral's seed (2023-06-13), Series A and Series B (2024-06-11), priced rounds:
//   Timeline timeline = Timeline(bundled_mistral()).as_of(parse_date("2024-06-30"));
//   auto w = timeline.best_window(WindowLength::months(12), RoundFilter::priced_rounds());
//   w->raised;                   // EUR 1090000000.00
//   w->first_round_day;          // 2023-06-13
//   w->last_round_day;           // 2024-06-11
//   w->span_days();              // 364
//   w->rounds;                   // {0, 1, 3}
//   fmt::format("{}", WindowLength::days(365));     // "365 days"
//   fmt::format("{}", WindowLength::months(12));    // "12 months"
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/date.hpp"
#include "fundline/core/error.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/engine/period.hpp"

namespace fundline {

class WindowLength {
 public:
  [[nodiscard]] static WindowLength days(int n) { return WindowLength(n, false); }
  [[nodiscard]] static WindowLength months(int n) { return WindowLength(n, true); }

  [[nodiscard]] int count() const noexcept { return count_; }
  [[nodiscard]] bool in_months() const noexcept { return in_months_; }
  // The last day of the window that starts on `start`.
  [[nodiscard]] Date last_day_from(Date start) const {
    if (in_months_) {
      // Not boost::gregorian::months, which moves a month's last day to the
      // target month's last day (04-30 + 1 month = 05-31); clamp instead.
      const auto ymd = start.year_month_day();
      const std::int64_t index = std::int64_t{ymd.year} * 12 + ymd.month - 1 + count_;
      if (index / 12 > max_year) return Date(max_year, 12, 31);  // no day comes later
      const int y = static_cast<int>(index / 12), m = static_cast<int>(index % 12) + 1;
      const int d = std::min(static_cast<int>(ymd.day), detail::days_in_month(y, m));
      return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d)) -
             boost::gregorian::days(1);
    }
    const Date calendar_end(max_year, 12, 31);
    if ((calendar_end - start).days() < count_ - 1) return calendar_end;  // no day comes later
    return start + boost::gregorian::days(count_ - 1);
  }

  friend bool operator==(WindowLength, WindowLength) noexcept = default;

 private:
  WindowLength(int n, bool months) : count_(n), in_months_(months) {
    if (n < 1) throw error(fmt::format("invalid window of {} {}: expected at least 1", n, months ? "months" : "days"));
  }
  int count_;
  bool in_months_;
};

struct FundingWindow {
  ReportedMoney raised;
  Date first_round_day;
  Date last_round_day;
  std::vector<std::size_t> rounds;  // indices into Timeline::rounds()

  [[nodiscard]] int span_days() const { return days_between(first_round_day, last_round_day); }

  friend bool operator==(const FundingWindow&, const FundingWindow&) = default;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::WindowLength> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(fundline::WindowLength w, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{} {}", w.count(), w.in_months() ? (w.count() == 1 ? "month" : "months")
                                                      : (w.count() == 1 ? "day" : "days")),
        ctx);
  }
};

template <>
struct fmt::formatter<fundline::FundingWindow> : fmt::formatter<std::string_view> {
  // "EUR 1090000000.00 from 2023-06-13 to 2024-06-11 (364 days, 3 rounds)"
  template <typename FormatContext>
  auto format(const fundline::FundingWindow& w, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{} from {} to {} ({} days, {} round{})", w.raised, fundline::to_iso(w.first_round_day),
                    fundline::to_iso(w.last_round_day), w.span_days(), w.rounds.size(),
                    w.rounds.size() == 1 ? "" : "s"),
        ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, WindowLength w) { return os << fmt::format("{}", w); }
inline std::ostream& operator<<(std::ostream& os, const FundingWindow& w) { return os << fmt::format("{}", w); }
}  // namespace fundline
