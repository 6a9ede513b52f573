// fundline/engine/reported_ratio.hpp - a ratio of two reported amounts, qualifiers kept.
//
// Step-up multiples, growth of round size and implied dilution divide one
// ReportedMoney by another. Each stands for an interval of values, so the
// ratio is an interval too: [num.low / den.high, num.high / den.low]. Its
// qualifier follows: exact / exact is exact; "more than 6B" / exact is "more
// than"; exact / "at least" is "at most"; anything "about" is "about"; an
// undisclosed side (or an unbounded one on both ends) gives undisclosed.
// Ratios are doubles: they are for display ("24.17x", "8.07%"), never money.
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   auto up = ReportedRatio::of(ReportedMoney::exact(eur(5800)), ReportedMoney::exact(eur(240)));
//   up.qualifier();                        // Qualifier::exact
//   *up.value();                           // 24.1666...
//   fmt::format("{}", up);                 // "24.17"
//   auto d = ReportedRatio::of(ReportedMoney::exact(eur(468)), ReportedMoney::more_than(eur(6000)));
//   fmt::format("{}", d);                  // "less than 0.078"
//   ReportedRatio::of(ReportedMoney::exact(eur(1)), ReportedMoney::undisclosed(currencies::EUR)).is_known();  // false
#pragma once

#include <limits>
#include <optional>
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/core/reported.hpp"

namespace fundline {

class ReportedRatio {
 public:
  // Undisclosed.
  ReportedRatio() = default;

  // num / den; throws currency_mismatch when the currencies differ.
  [[nodiscard]] static ReportedRatio of(const ReportedMoney& num, const ReportedMoney& den) {
    if (num.currency() != den.currency())
      throw currency_mismatch(fmt::format("cannot divide a {} amount by a {} amount: convert one first",
                                          num.currency().code(), den.currency().code()));
    ReportedRatio r;
    if (!num.is_disclosed() || !den.is_disclosed()) return r;
    auto major = [](const Money& m) { return static_cast<double>(m.minor_units()); };
    if (num.qualifier() == Qualifier::approximately || den.qualifier() == Qualifier::approximately) {
      if (den.value()->is_zero()) return r;
      return make(Qualifier::approximately, major(*num.value()) / major(*den.value()));
    }
    constexpr double inf = std::numeric_limits<double>::infinity();
    const std::optional<Money> nl = num.low(), nh = num.high(), dl = den.low(), dh = den.high();
    const double low = (!dh || dh->is_zero()) ? 0.0 : major(*nl) / major(*dh);
    const double high = (!nh || dl->is_zero()) ? inf : major(*nh) / major(*dl);
    if (dh && dh->is_zero()) return r;  // division by an exact zero
    const bool low_open = num.qualifier() == Qualifier::more_than || den.qualifier() == Qualifier::less_than;
    const bool high_open = num.qualifier() == Qualifier::less_than || den.qualifier() == Qualifier::more_than;
    if (high == inf) {
      if (low <= 0.0) return r;
      return make(low_open ? Qualifier::more_than : Qualifier::at_least, low);
    }
    if (low == high) return make(Qualifier::exact, low);
    if (low <= 0.0) return make(high_open ? Qualifier::less_than : Qualifier::at_most, high);
    ReportedRatio range = make(Qualifier::range, low);
    range.high_ = high;
    return range;
  }

  [[nodiscard]] Qualifier qualifier() const noexcept { return qualifier_; }
  [[nodiscard]] bool is_known() const noexcept { return qualifier_ != Qualifier::undisclosed; }
  // The figure: the bound for at least / at most, the low end of a range;
  // nullopt when undisclosed.
  [[nodiscard]] std::optional<double> value() const {
    if (!is_known()) return std::nullopt;
    return value_;
  }
  // The high end of a range.
  [[nodiscard]] std::optional<double> high() const {
    if (qualifier_ != Qualifier::range) return std::nullopt;
    return high_;
  }

  friend bool operator==(const ReportedRatio&, const ReportedRatio&) = default;

  // Four significant digits: "24.17", "at least 3.7", "less than 0.078",
  // "between 1.2 and 1.5", "about 7.72", "undisclosed".
  [[nodiscard]] std::string to_string() const {
    switch (qualifier_) {
      case Qualifier::exact: return fmt::format("{:.4g}", value_);
      case Qualifier::approximately: return fmt::format("about {:.4g}", value_);
      case Qualifier::at_least: return fmt::format("at least {:.4g}", value_);
      case Qualifier::more_than: return fmt::format("more than {:.4g}", value_);
      case Qualifier::at_most: return fmt::format("at most {:.4g}", value_);
      case Qualifier::less_than: return fmt::format("less than {:.4g}", value_);
      case Qualifier::range: return fmt::format("between {:.4g} and {:.4g}", value_, high_);
      case Qualifier::undisclosed: return "undisclosed";
    }
    return "?";
  }

 private:
  static ReportedRatio make(Qualifier q, double v) {
    ReportedRatio r;
    r.qualifier_ = q;
    r.value_ = r.high_ = v;
    return r;
  }

  Qualifier qualifier_ = Qualifier::undisclosed;
  double value_ = 0.0;
  double high_ = 0.0;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::ReportedRatio> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::ReportedRatio& r, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(r.to_string(), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const ReportedRatio& r) { return os << fmt::format("{}", r); }
}  // namespace fundline
