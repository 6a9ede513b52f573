// fundline/engine/valuation_steps.hpp - step-ups, dilution and round growth.
//
// Timeline::step_ups() pairs each round that has a known post-money
// valuation (reported, or derived by Round::valuation() from pre-money and
// equity) with the next such round, and divides: the step-up multiple.
// Timeline::dilutions() gives each priced round's implied dilution, equity
// amount / post-money: the stake its investors bought. Timeline::growth()
// divides each round's size by the previous one's. All are ReportedRatios,
// so qualifiers are carried through ("more than" post-money gives "less
// than" dilution). Figures in two currencies are not divided: the multiple
// is undisclosed and `note` says why (convert the timeline first).
//
//   using namespace fundline;
//   // Mistral: seed post-money EUR 240M, Series A about USD 2B, Series B EUR 5.8B
//   Timeline timeline = Timeline(bundled_mistral()).as_of(parse_date("2024-06-30"));
//   timeline.step_ups()[0].note;             // "post-money in EUR and USD: convert the timeline first"
//   auto eur = timeline.converted(currencies::EUR, Convention::historical());
//   eur.step_ups()[0].multiple;              // about 7.747
//   eur.step_ups()[1].multiple;              // about 3.12
//   timeline.dilutions().back().fraction;    // 0.08069 (Series B: 468 / 5800)
//   timeline.growth()[0].multiple;           // 3.667 (385 / 105)
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "fundline/core/reported.hpp"
#include "fundline/engine/reported_ratio.hpp"

namespace fundline {

struct StepUp {
  std::size_t from = 0;  // indices into Timeline::rounds()
  std::size_t to = 0;
  ReportedMoney from_post_money;
  ReportedMoney to_post_money;
  ReportedRatio multiple;  // to / from
  std::string note;        // why the multiple is unknown, when it is

  friend bool operator==(const StepUp&, const StepUp&) = default;
};

struct Dilution {
  std::size_t round = 0;
  ReportedMoney equity;
  ReportedMoney post_money;
  ReportedRatio fraction;  // equity / post-money, 0..1
  std::string note;

  friend bool operator==(const Dilution&, const Dilution&) = default;
};

struct RoundGrowth {
  std::size_t from = 0;
  std::size_t to = 0;
  ReportedRatio multiple;  // size of `to` / size of `from`
  std::string note;

  friend bool operator==(const RoundGrowth&, const RoundGrowth&) = default;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::StepUp> : fmt::formatter<std::string_view> {
  // "EUR 240000000.00 -> EUR 5800000000.00: 24.17x"
  template <typename FormatContext>
  auto format(const fundline::StepUp& s, FormatContext& ctx) const {
    std::string text = fmt::format("{} -> {}: {}x", s.from_post_money, s.to_post_money, s.multiple);
    if (!s.note.empty()) text += fmt::format(" ({})", s.note);
    return fmt::formatter<std::string_view>::format(text, ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const StepUp& s) { return os << fmt::format("{}", s); }
}  // namespace fundline
