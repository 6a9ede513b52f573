// fundline/core/reported.hpp - an amount as a source reported it.
//
// Press figures are rarely exact: "about USD 2 billion", "more than EUR 6
// billion", "between 10 and 15 million", or nothing at all. A ReportedMoney
// keeps the figure together with its qualifier instead of forcing one number.
//
// Semantics: every qualifier stands for an interval of possible values:
//   exact x         [x, x]             approximately x  about x, no bounds
//   at_least x      [x, +inf)          more_than x      (x, +inf)
//   at_most x       [0, x]             less_than x      [0, x)
//   range lo..hi    [lo, hi]           undisclosed      [0, +inf)
// value() is the figure a table shows (the reported number; the low end of a
// range); low() and high() are the interval's bounds when known. Adding two
// reported amounts adds the intervals, so qualifiers are carried through:
// exact + at least = at least; anything + undisclosed = at least.
//
//   using namespace fundline;
//   auto eur = currencies::EUR;
//   auto post = ReportedMoney::more_than(Money::from_major(6'000'000'000, eur));
//   fmt::format("{}", post);        // "more than EUR 6000000000.00"
//   fmt::format("{:,}", post);      // "more than EUR 6,000,000,000.00"
//   post.qualifier();               // Qualifier::more_than
//   *post.value();                  // EUR 6000000000.00
//   auto a = ReportedMoney::exact(Money::from_major(105'000'000, eur));
//   fmt::format("{}", a + ReportedMoney::undisclosed(eur));  // "at least EUR 105000000.00"
//   fmt::format("{}", ReportedMoney::between(Money::from_major(10, eur), Money::from_major(15, eur)));
//                                   // "between EUR 10.00 and EUR 15.00"
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/core/money.hpp"

namespace fundline {

enum class Qualifier : std::uint8_t { exact, approximately, at_least, more_than, at_most, less_than, range, undisclosed };

[[nodiscard]] constexpr std::string_view to_string(Qualifier q) noexcept {
  switch (q) {
    case Qualifier::exact: return "exact";
    case Qualifier::approximately: return "approximately";
    case Qualifier::at_least: return "at_least";
    case Qualifier::more_than: return "more_than";
    case Qualifier::at_most: return "at_most";
    case Qualifier::less_than: return "less_than";
    case Qualifier::range: return "range";
    case Qualifier::undisclosed: return "undisclosed";
  }
  return "?";
}

[[nodiscard]] inline std::optional<Qualifier> try_parse_qualifier(std::string_view s) noexcept {
  for (auto q : {Qualifier::exact, Qualifier::approximately, Qualifier::at_least, Qualifier::more_than,
                 Qualifier::at_most, Qualifier::less_than, Qualifier::range, Qualifier::undisclosed})
    if (to_string(q) == s) return q;
  return std::nullopt;
}

class ReportedMoney {
 public:
  // Undisclosed euros; prefer ReportedMoney::undisclosed(currency).
  ReportedMoney() = default;

  [[nodiscard]] static ReportedMoney exact(Money m) { return make(Qualifier::exact, m, m); }
  [[nodiscard]] static ReportedMoney approximately(Money m) { return make(Qualifier::approximately, m, m); }
  [[nodiscard]] static ReportedMoney at_least(Money m) { return make(Qualifier::at_least, m, m); }
  [[nodiscard]] static ReportedMoney more_than(Money m) { return make(Qualifier::more_than, m, m); }
  [[nodiscard]] static ReportedMoney at_most(Money m) { return make(Qualifier::at_most, m, m); }
  [[nodiscard]] static ReportedMoney less_than(Money m) { return make(Qualifier::less_than, m, m); }
  // lo <= hi, same currency; throws otherwise.
  [[nodiscard]] static ReportedMoney between(Money lo, Money hi) {
    if (hi < lo) throw inconsistent_data(fmt::format("invalid range: {} is above {}", lo, hi));
    return make(Qualifier::range, lo, hi);
  }
  [[nodiscard]] static ReportedMoney undisclosed(Currency c) {
    ReportedMoney r;
    r.qualifier_ = Qualifier::undisclosed;
    r.low_ = r.high_ = Money::zero(c);
    return r;
  }
  // Builds any qualifier; `high` is used by range only.
  [[nodiscard]] static ReportedMoney with(Qualifier q, Money value, std::optional<Money> high = std::nullopt) {
    if (q == Qualifier::undisclosed) return undisclosed(value.currency());
    if (q == Qualifier::range) {
      if (!high) throw inconsistent_data("a range needs a high end");
      return between(value, *high);
    }
    return make(q, value, value);
  }

  [[nodiscard]] Qualifier qualifier() const noexcept { return qualifier_; }
  [[nodiscard]] Currency currency() const noexcept { return low_.currency(); }
  [[nodiscard]] bool is_disclosed() const noexcept { return qualifier_ != Qualifier::undisclosed; }
  [[nodiscard]] bool is_exact() const noexcept { return qualifier_ == Qualifier::exact; }

  // The figure as reported (the low end for a range); nullopt when undisclosed.
  [[nodiscard]] std::optional<Money> value() const {
    if (!is_disclosed()) return std::nullopt;
    return low_;
  }
  // The figure a total counts: value(), or zero when undisclosed.
  [[nodiscard]] Money value_or_zero() const noexcept { return low_; }
  // Bounds of the interval of possible values; nullopt where unbounded.
  [[nodiscard]] std::optional<Money> low() const {
    switch (qualifier_) {
      case Qualifier::at_most: case Qualifier::less_than: case Qualifier::undisclosed: return Money::zero(currency());
      case Qualifier::approximately: return std::nullopt;
      default: return low_;
    }
  }
  [[nodiscard]] std::optional<Money> high() const {
    switch (qualifier_) {
      case Qualifier::exact: case Qualifier::at_most: case Qualifier::less_than: case Qualifier::range: return high_;
      default: return std::nullopt;
    }
  }

  // Interval sum; see the header comment for how qualifiers combine.
  friend ReportedMoney operator+(const ReportedMoney& a, const ReportedMoney& b) {
    if (a.currency() != b.currency())
      throw currency_mismatch(fmt::format("cannot add reported amounts in {} and {}: currencies differ",
                                          a.currency().code(), b.currency().code()));
    return from_interval(a.interval() + b.interval());
  }
  ReportedMoney& operator+=(const ReportedMoney& other) { return *this = *this + other; }

  // Same qualifier and same figures.
  friend bool operator==(const ReportedMoney&, const ReportedMoney&) = default;

  // "EUR 105000000.00", "about ...", "at least ...", "more than ...",
  // "at most ...", "less than ...", "between X and Y", "undisclosed";
  // grouped: thousands separated as by "{:,}" on Money.
  [[nodiscard]] std::string to_string(bool grouped = false) const {
    auto money = [grouped](Money m) { return grouped ? fmt::format("{:,}", m) : fmt::format("{}", m); };
    switch (qualifier_) {
      case Qualifier::exact: return money(low_);
      case Qualifier::approximately: return "about " + money(low_);
      case Qualifier::at_least: return "at least " + money(low_);
      case Qualifier::more_than: return "more than " + money(low_);
      case Qualifier::at_most: return "at most " + money(low_);
      case Qualifier::less_than: return "less than " + money(low_);
      case Qualifier::range: return "between " + money(low_) + " and " + money(high_);
      case Qualifier::undisclosed: return "undisclosed";
    }
    return "?";
  }

 private:
  static ReportedMoney make(Qualifier q, Money lo, Money hi) {
    if (lo.currency() != hi.currency()) throw currency_mismatch("a reported range needs one currency");
    if (lo.is_negative() || hi.is_negative())
      throw inconsistent_data(fmt::format("reported amounts are never negative, got {}", lo.is_negative() ? lo : hi));
    ReportedMoney r;
    r.qualifier_ = q;
    r.low_ = lo;
    r.high_ = hi;
    return r;
  }
  // The set of possible values, for arithmetic.
  struct Interval {
    Money low;                  // inclusive unless low_open
    bool low_open = false;
    std::optional<Money> high;  // nullopt: unbounded
    bool high_open = false;
    bool approximate = false;   // "about": the bounds are not hard
    friend Interval operator+(const Interval& a, const Interval& b) {
      Interval r{a.low + b.low, a.low_open || b.low_open, std::nullopt, a.high_open || b.high_open,
                 a.approximate || b.approximate};
      if (a.high && b.high) r.high = *a.high + *b.high;
      return r;
    }
  };
  [[nodiscard]] Interval interval() const {
    const Money zero = Money::zero(currency());
    switch (qualifier_) {
      case Qualifier::exact: return {low_, false, low_, false, false};
      case Qualifier::approximately: return {low_, false, low_, false, true};
      case Qualifier::at_least: return {low_, false, std::nullopt, false, false};
      case Qualifier::more_than: return {low_, true, std::nullopt, false, false};
      case Qualifier::at_most: return {zero, false, low_, false, false};
      case Qualifier::less_than: return {zero, false, low_, true, false};
      case Qualifier::range: return {low_, false, high_, false, false};
      case Qualifier::undisclosed: return {zero, false, std::nullopt, false, false};
    }
    return {zero, false, std::nullopt, false, false};
  }
  static ReportedMoney from_interval(const Interval& i) {
    if (!i.high) {
      if (i.low.is_zero() && !i.low_open) return undisclosed(i.low.currency());
      return make(i.low_open ? Qualifier::more_than : Qualifier::at_least, i.low, i.low);
    }
    if (i.approximate) return make(Qualifier::approximately, *i.high, *i.high);
    if (i.low == *i.high) return make(Qualifier::exact, i.low, i.low);
    if (i.low.is_zero() && !i.low_open) return make(i.high_open ? Qualifier::less_than : Qualifier::at_most, *i.high, *i.high);
    return make(Qualifier::range, i.low, *i.high);
  }

  Qualifier qualifier_ = Qualifier::undisclosed;
  Money low_{};   // the reported figure (the low end of a range)
  Money high_{};  // the high end of a range; equal to low_ otherwise
};

}  // namespace fundline

// "{}" is the canonical text; "{:,}" groups thousands like Money's "{:,}".
template <>
struct fmt::formatter<fundline::ReportedMoney> : fundline::detail::grouping_formatter {
  template <typename FormatContext>
  auto format(const fundline::ReportedMoney& r, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(r.to_string(grouped), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const ReportedMoney& r) { return os << fmt::format("{}", r); }
}  // namespace fundline
