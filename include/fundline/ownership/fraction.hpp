// fundline/ownership/fraction.hpp - an exact rational number for stakes and prices.
//
// Ownership is a chain of ratios (equity / post-money, shares / fully
// diluted shares, cap / capitalization), and a floating-point chain drifts:
// 56.25% must stay 9/16. A Fraction is a numerator and a denominator in
// 128-bit integers, always reduced, with a positive denominator. Every
// operation is exact or throws overflow_error naming the operation; nothing
// is rounded until a caller asks for text or an integer, and then with a
// RoundingMode it names (core/rounding.hpp).
//
// Validity policy: of() throws error on a zero denominator; arithmetic throws
// overflow_error when a reduced result does not fit in 127 bits.
//
//   using namespace fundline;
//   auto sold = Fraction::of(Money::from_major(105, currencies::EUR), Money::from_major(240, currencies::EUR));
//   fmt::format("{}", sold);                               // "7/16"
//   auto kept = Fraction::one() - sold;                    // 9/16
//   kept.percent_text(2, RoundingMode::half_even);         // "56.25"
//   Fraction::of(2, 3).percent_text(1, RoundingMode::half_even);   // "66.7"
//   Fraction::of(2, 3).rounded(RoundingMode::down);        // 0
//   Fraction::of(10, 11).decimal_text(5, RoundingMode::down);      // "0.90909"
//   Fraction::parse_decimal("0.15");                       // 3/20
#pragma once

#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/rounding.hpp"

namespace fundline {

namespace detail {
__extension__ using uint128 = unsigned __int128;
inline constexpr int128 int128_max = static_cast<int128>((static_cast<uint128>(1) << 127) - 1);

[[nodiscard]] constexpr int128 abs128(int128 v) noexcept { return v < 0 ? -v : v; }
[[nodiscard]] constexpr int128 gcd128(int128 a, int128 b) noexcept {
  a = abs128(a);
  b = abs128(b);
  while (b != 0) {
    const int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}
// a * b, or overflow_error; written without __builtin_mul_overflow on 128
// bits, which clang lowers to a compiler-rt call that libgcc lacks.
[[nodiscard]] inline int128 checked_mul(int128 a, int128 b, const char* what) {
  if (a == 0 || b == 0) return 0;
  if (abs128(a) > int128_max / abs128(b)) throw overflow_error(fmt::format("overflow in exact {}: the result does not fit in 128 bits", what));
  return a * b;
}
[[nodiscard]] inline int128 checked_add(int128 a, int128 b, const char* what) {
  if ((b > 0 && a > int128_max - b) || (b < 0 && a < -int128_max - b))
    throw overflow_error(fmt::format("overflow in exact {}: the result does not fit in 128 bits", what));
  return a + b;
}
// Decimal text of a 128-bit integer.
[[nodiscard]] inline std::string int128_text(int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  uint128 m = negative ? static_cast<uint128>(-(v + 1)) + 1 : static_cast<uint128>(v);
  std::string digits;
  while (m != 0) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  }
  return negative ? "-" + digits : digits;
}
}  // namespace detail

class Fraction {
 public:
  // Zero.
  constexpr Fraction() noexcept = default;

  [[nodiscard]] static Fraction of(int128 numerator, int128 denominator) {
    if (denominator == 0) throw error("a fraction needs a non-zero denominator");
    if (denominator < 0) {
      numerator = -numerator;
      denominator = -denominator;
    }
    const int128 g = detail::gcd128(numerator, denominator);
    Fraction f;
    f.num_ = g == 0 ? 0 : numerator / g;
    f.den_ = g == 0 ? 1 : denominator / g;
    return f;
  }
  // a / b for two amounts of one currency; throws currency_mismatch or error.
  [[nodiscard]] static Fraction of(Money a, Money b) {
    if (a.currency() != b.currency())
      throw currency_mismatch(fmt::format("cannot divide {} by {}: convert one first", a, b));
    if (b.is_zero()) throw error(fmt::format("cannot divide {} by a zero amount", a));
    return of(a.minor_units(), b.minor_units());
  }
  [[nodiscard]] static Fraction whole(std::int64_t n) { return of(n, 1); }
  // Exact decimal text, "1.5" -> 3/2, "0.15" -> 3/20; at most 18 decimals.
  // Throws parse_error naming what was expected.
  [[nodiscard]] static Fraction parse_decimal(std::string_view text) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) i = 1;
    int128 num = 0, den = 1;
    std::size_t digits = 0, decimals = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '.' && !point) {
        point = true;
        continue;
      }
      if (c < '0' || c > '9' || num > detail::int128_max / 100 || decimals >= 18)
        throw parse_error(fmt::format("invalid decimal \"{}\": expected digits with an optional '.', such as 1.5", text));
      num = num * 10 + (c - '0');
      ++digits;
      if (point) {
        den *= 10;
        ++decimals;
      }
    }
    if (digits == 0 || (point && decimals == 0))
      throw parse_error(fmt::format("invalid decimal \"{}\": expected digits with an optional '.', such as 1.5", text));
    return of(negative ? -num : num, den);
  }
  [[nodiscard]] static Fraction one() { return of(1, 1); }
  // percent / 100, e.g. from_percent(20) is 1/5.
  [[nodiscard]] static Fraction from_percent(std::int64_t percent) { return of(percent, 100); }

  [[nodiscard]] constexpr int128 numerator() const noexcept { return num_; }
  [[nodiscard]] constexpr int128 denominator() const noexcept { return den_; }
  [[nodiscard]] constexpr bool is_zero() const noexcept { return num_ == 0; }
  [[nodiscard]] constexpr bool is_negative() const noexcept { return num_ < 0; }

  friend Fraction operator*(const Fraction& a, const Fraction& b) {
    // Cross-reduce first so that products of reduced fractions stay small.
    const int128 g1 = detail::gcd128(a.num_, b.den_), g2 = detail::gcd128(b.num_, a.den_);
    const int128 n1 = g1 == 0 ? a.num_ : a.num_ / g1, d2 = g1 == 0 ? b.den_ : b.den_ / g1;
    const int128 n2 = g2 == 0 ? b.num_ : b.num_ / g2, d1 = g2 == 0 ? a.den_ : a.den_ / g2;
    return of(detail::checked_mul(n1, n2, "multiplication"), detail::checked_mul(d1, d2, "multiplication"));
  }
  friend Fraction operator/(const Fraction& a, const Fraction& b) {
    if (b.is_zero()) throw error("division of a fraction by zero");
    return a * of(b.den_, b.num_);
  }
  friend Fraction operator+(const Fraction& a, const Fraction& b) {
    const int128 g = detail::gcd128(a.den_, b.den_);
    const int128 da = a.den_ / g, db = b.den_ / g;
    const int128 n = detail::checked_add(detail::checked_mul(a.num_, db, "addition"),
                                         detail::checked_mul(b.num_, da, "addition"), "addition");
    return of(n, detail::checked_mul(a.den_, db, "addition"));
  }
  friend Fraction operator-(const Fraction& a) {
    Fraction r = a;
    r.num_ = -r.num_;
    return r;
  }
  friend Fraction operator-(const Fraction& a, const Fraction& b) { return a + (-b); }

  friend bool operator==(const Fraction&, const Fraction&) = default;
  friend std::strong_ordering operator<=>(const Fraction& a, const Fraction& b) {
    return detail::checked_mul(a.num_, b.den_, "comparison") <=> detail::checked_mul(b.num_, a.den_, "comparison");
  }

  // The integer nearest under mode.
  [[nodiscard]] int128 rounded(RoundingMode mode) const { return divide_rounded(num_, den_, mode); }
  // The value x 10^decimals, rounded under mode, as exact decimal text: "0.90909".
  [[nodiscard]] std::string decimal_text(int decimals, RoundingMode mode) const {
    int128 scale = 1;
    for (int i = 0; i < decimals; ++i) scale = detail::checked_mul(scale, 10, "rounding");
    const int128 units = divide_rounded(detail::checked_mul(num_, scale, "rounding"), den_, mode);
    std::string digits = detail::int128_text(units < 0 ? -units : units);
    if (decimals > 0) {
      if (digits.size() <= static_cast<std::size_t>(decimals))
        digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
      digits.insert(digits.size() - static_cast<std::size_t>(decimals), 1, '.');
    }
    return units < 0 ? "-" + digits : digits;
  }
  // The value as a percentage with `decimals` places: 9/16 -> "56.25".
  [[nodiscard]] std::string percent_text(int decimals, RoundingMode mode) const {
    return (*this * whole(100)).decimal_text(decimals, mode);
  }
  // "9/16", or "3" for a whole number.
  [[nodiscard]] std::string to_string() const {
    if (den_ == 1) return detail::int128_text(num_);
    return detail::int128_text(num_) + "/" + detail::int128_text(den_);
  }

 private:
  int128 num_ = 0;
  int128 den_ = 1;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::Fraction> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::Fraction& f, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(f.to_string(), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const Fraction& f) { return os << f.to_string(); }
}  // namespace fundline
