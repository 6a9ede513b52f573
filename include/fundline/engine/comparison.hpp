// fundline/engine/comparison.hpp - comparing companies on a common clock.
//
// Companies start at different times, so their timelines are compared
// aligned on an Anchor: the founding date (placed on its first day, so
// "founded April 2023" is 2023-04-01) or the first round. align() gives, for
// each included round, the distance from the anchor and the cumulative total
// after it; time_to_reach() the first round after which the cumulative figure
// reaches a threshold ("months from founding to EUR 1B"), comparing reported
// figures, so an undisclosed round counts as zero and "at least" counts its
// bound. compare_time_to_reach() ranks several companies, fastest first,
// those that never reached it last (in input order).
// A founding anchor for a company with no founding date is an error that
// names the company. Thresholds and totals must share a currency: convert the
// timelines first (Timeline::converted).
//
//   using namespace fundline;
//   Timeline mistral(bundled_mistral());   // founded 2023-04; EUR 105M, 385M, about 15M, 600M, 1.7B
//   auto billion = Money::from_major(1'000'000'000, currencies::EUR);
//   auto m = time_to_reach(mistral, billion, Anchor::founding);   // a std::optional<Milestone>
//   m->reached;                                          // 2024-06-11
//   m->days;                                             // 437
//   m->months;                                           // 14
//   m->cumulative;                                       // about EUR 1105000000.00
//   time_to_reach(mistral, billion, Anchor::first_round)->months;   // 11
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/money.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/engine/round_filter.hpp"
#include "fundline/engine/timeline.hpp"

namespace fundline {

enum class Anchor : std::uint8_t { founding, first_round };

[[nodiscard]] constexpr std::string_view to_string(Anchor a) noexcept {
  return a == Anchor::founding ? "founding" : "first_round";
}

// One round on the aligned clock.
struct AlignedRound {
  std::size_t round = 0;  // index into Timeline::rounds()
  Date day;
  int days = 0;    // since the anchor
  int months = 0;  // whole months since the anchor
  ReportedMoney cumulative;

  friend bool operator==(const AlignedRound&, const AlignedRound&) = default;
};

struct Milestone {
  std::size_t round = 0;  // the round that reached the threshold
  Date reached;
  int days = 0;
  int months = 0;
  ReportedMoney cumulative;

  friend bool operator==(const Milestone&, const Milestone&) = default;
};

struct ComparisonRow {
  std::string company;
  std::optional<Milestone> milestone;  // nullopt: not reached

  friend bool operator==(const ComparisonRow&, const ComparisonRow&) = default;
};

// The anchor day of t; throws fundline::error when it has none.
[[nodiscard]] Date anchor_day(const Timeline& t, Anchor anchor);
[[nodiscard]] std::vector<AlignedRound> align(const Timeline& t, Anchor anchor, const RoundFilter& filter = {});
[[nodiscard]] std::optional<Milestone> time_to_reach(const Timeline& t, Money threshold, Anchor anchor,
                                                     const RoundFilter& filter = {});
[[nodiscard]] std::vector<ComparisonRow> compare_time_to_reach(const std::vector<Timeline>& timelines, Money threshold,
                                                               Anchor anchor, const RoundFilter& filter = {});

}  // namespace fundline

template <>
struct fmt::formatter<fundline::Milestone> : fmt::formatter<std::string_view> {
  // "2024-06-11, 14 months (437 days): EUR 1105000000.00"
  template <typename FormatContext>
  auto format(const fundline::Milestone& m, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{}, {} months ({} days): {}", fundline::to_iso(m.reached), m.months, m.days, m.cumulative), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const Milestone& m) { return os << fmt::format("{}", m); }
}  // namespace fundline
