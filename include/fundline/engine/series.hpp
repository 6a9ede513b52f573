// fundline/engine/series.hpp - amounts raised per period and cumulatively.
//
// Timeline::series(period) buckets the rounds into calendar periods from the
// first round's period to the last one's (or a range the caller gives), with
// every period present, empty ones as exact zero. Each row holds the amount
// announced in the period and the cumulative total at its end; cumulative
// never decreases, and the per-period amounts add up to the as-of total at
// the end of the last period. Timeline::steps() is the step function itself:
// one step per day on which something was announced.
//
//   using namespace fundline;
//   // Mistral: EUR 105M 2023-06-13, 385M 2023-12-11, about 15M 2024-02-26, 600M 2024-06-11
//   Timeline timeline = Timeline(bundled_mistral()).as_of(parse_date("2024-06-30"));
//   auto years = timeline.series(Period::year);
//   years.size();                // 2
//   years[0];                    // 2023: EUR 490000000.00 (cumulative EUR 490000000.00)
//   years[1];                    // 2024: about EUR 615000000.00 (cumulative about EUR 1105000000.00)
//   years[1].last_day;           // 2024-12-31
#pragma once

#include <ostream>
#include <string>

#include <fmt/format.h>

#include "fundline/core/date.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/engine/period.hpp"

namespace fundline {

struct PeriodAmount {
  Date first_day;
  Date last_day;
  std::string label;        // "2024-06", "2024-Q2"...
  ReportedMoney raised;     // announced within the period
  ReportedMoney cumulative; // raised as of last_day

  friend bool operator==(const PeriodAmount&, const PeriodAmount&) = default;
};

// One day on which the cumulative total changed.
struct Step {
  Date day;
  ReportedMoney raised;      // announced that day
  ReportedMoney cumulative;  // raised as of that day

  friend bool operator==(const Step&, const Step&) = default;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::PeriodAmount> : fmt::formatter<std::string_view> {
  // "2024-Q2: EUR 600000000.00 (cumulative EUR 1105000000.00)"
  template <typename FormatContext>
  auto format(const fundline::PeriodAmount& p, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{}: {} (cumulative {})", p.label, p.raised, p.cumulative), ctx);
  }
};

template <>
struct fmt::formatter<fundline::Step> : fmt::formatter<std::string_view> {
  // "2024-06-11: +EUR 600000000.00 = EUR 1105000000.00"
  template <typename FormatContext>
  auto format(const fundline::Step& s, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{}: +{} = {}", fundline::to_iso(s.day), s.raised, s.cumulative), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const PeriodAmount& p) { return os << fmt::format("{}", p); }
inline std::ostream& operator<<(std::ostream& os, const Step& s) { return os << fmt::format("{}", s); }
}  // namespace fundline
