// fundline/core/money.hpp - exact amounts of one currency.
//
// Money is an int64 count of minor units (cents for EUR, yen for JPY) and a
// Currency. Arithmetic is exact and overflow-checked; mixing currencies is
// an error that names both; there is no floating point anywhere except in
// ratio(), which exists for display only.
//
// Validity policy: operations that can fail throw (currency_mismatch,
// overflow_error, parse_error); Money::try_parse returns std::nullopt instead.
// Text in and out is exact decimal: "105000000", "105000000.00". Negative
// amounts are refused by parse() unless the caller asks for Sign::any,
// because a raised amount, a valuation or a rate is never negative.
//
//   using namespace fundline;
//   auto seed   = Money::parse("105000000", currencies::EUR);
//   auto series = Money::parse("385000000.00", currencies::EUR);
//   auto total  = seed + series;              // EUR 490000000.00
//   total.minor_units();                      // 49000000000
//   fmt::format("{}", total);                 // "EUR 490000000.00"
//   fmt::format("{:,}", total);               // "EUR 490,000,000.00"
//   total.to_decimal();                       // "490000000.00"
//   seed * 2;                                 // EUR 210000000.00
//   ratio(series, seed);                      // 3.666... (display only)
//   // seed + Money::parse("1", currencies::USD) throws currency_mismatch:
//   //   "cannot add EUR 105000000.00 and USD 1.00: currencies differ (EUR vs USD)"
#pragma once

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/currency.hpp"
#include "fundline/core/error.hpp"
#include "fundline/core/rounding.hpp"

namespace fundline {

// Whether a parsed amount may be negative.
enum class Sign : std::uint8_t { non_negative, any };

namespace detail {
[[nodiscard]] constexpr std::int64_t pow10(int exponent) noexcept {
  std::int64_t p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

// What scan_decimal found wrong; position is 1-based in the text.
enum class DecimalProblem : std::uint8_t {
  none, empty, negative, no_digit, too_many_decimals, no_decimal_digit, bad_character, too_many_digits, out_of_range
};
struct DecimalScan {
  DecimalProblem problem = DecimalProblem::none;
  std::size_t position = 0;
};

// fundline's one decimal parser: an exact decimal ("-12.50") as units of
// 10^-scale, at most `limit` in magnitude; decimals past `scale` must be
// zeros. Never throws and never allocates: the columnar loaders call it on
// every row (with a limit that leaves room for sums and rates).
constexpr DecimalScan scan_decimal(std::string_view text, int scale, Sign sign, std::uint64_t limit,
                                   std::int64_t& out) noexcept {
  if (text.empty()) return {DecimalProblem::empty, 0};
  // Whole units of at most 18 digits in all (nearly every amount in an
  // export): no overflow is possible, so no check a digit.
  if (scale >= 0 && text.size() + static_cast<std::size_t>(scale) <= 18) {
    std::uint64_t units = 0;
    std::size_t k = 0;
    for (; k < text.size(); ++k) {
      const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(text[k])) - '0';
      if (d > 9) break;
      units = units * 10 + d;
    }
    if (k == text.size()) {
      for (int e = 0; e < scale; ++e) units *= 10;
      if (units <= limit) {
        out = static_cast<std::int64_t>(units);
        return {};
      }
    }
  }
  std::size_t i = 0;
  bool negative = false;
  if (text[0] == '-') {
    if (sign == Sign::non_negative) return {DecimalProblem::negative, 1};
    negative = true;
    i = 1;
  }
  // v * 10 + d <= limit, checked without overflow (as strtol does).
  const std::uint64_t cut = limit / 10, cut_digit = limit % 10;
  std::uint64_t v = 0;
  auto push = [&](unsigned d) {
    if (v > cut || (v == cut && d > cut_digit)) return false;
    v = v * 10 + d;
    return true;
  };
  const std::size_t int_start = i;
  for (; i < text.size(); ++i) {
    const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(text[i])) - '0';
    if (d > 9) break;
    if (!push(d)) return {DecimalProblem::too_many_digits, i + 1};
  }
  if (i == int_start) return {DecimalProblem::no_digit, i + 1};
  int frac_digits = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    const std::size_t start = i;
    for (; i < text.size(); ++i) {
      const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(text[i])) - '0';
      if (d > 9) break;
      if (frac_digits < scale) {
        if (!push(d)) return {DecimalProblem::out_of_range, i + 1};
        ++frac_digits;
      } else if (d != 0) {
        return {DecimalProblem::too_many_decimals, i + 1};
      }
    }
    if (i == start) return {DecimalProblem::no_decimal_digit, i + 1};
  }
  if (i != text.size()) return {DecimalProblem::bad_character, i + 1};
  for (; frac_digits < scale; ++frac_digits)
    if (!push(0)) return {DecimalProblem::out_of_range, text.size()};
  out = negative ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
  return {};
}

// scan_decimal up to the int64 range, with the problem in words: an empty
// string on success, else what was wrong.
inline std::string parse_scaled_decimal(std::string_view text, int scale, Sign sign, std::int64_t& out) {
  const DecimalScan r =
      scan_decimal(text, scale, sign, static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()), out);
  switch (r.problem) {
    case DecimalProblem::none: return {};
    case DecimalProblem::empty: return "empty amount: expected digits such as 105000000 or 105000000.00";
    case DecimalProblem::negative: return "negative amount: expected a non-negative decimal";
    case DecimalProblem::no_digit: return "expected a digit at position " + std::to_string(r.position);
    case DecimalProblem::too_many_decimals:
      return "too many decimal places: at most " + std::to_string(scale) + " allowed";
    case DecimalProblem::no_decimal_digit: return "expected a digit after the decimal point";
    case DecimalProblem::bad_character:
      return "unexpected character '" + std::string(1, text[r.position - 1]) + "' at position " +
             std::to_string(r.position) + ": expected digits with an optional '.' and decimals";
    case DecimalProblem::too_many_digits: return "amount out of range: too many digits for an int64 of minor units";
    case DecimalProblem::out_of_range: return "amount out of range: does not fit in an int64 of minor units";
  }
  return "invalid amount";
}

// units of 10^-scale as exact decimal text.
inline std::string format_scaled_decimal(std::int64_t units, int scale) {
  const bool negative = units < 0;
  // Work in unsigned so that INT64_MIN prints correctly.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  std::string digits = std::to_string(magnitude);
  if (scale > 0) {
    if (digits.size() <= static_cast<std::size_t>(scale)) digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
  }
  return negative ? "-" + digits : digits;
}
}  // namespace detail

class Money {
 public:
  // Zero euros; prefer Money::zero(currency).
  constexpr Money() noexcept = default;
  constexpr Money(std::int64_t minor_units, Currency currency) noexcept : minor_(minor_units), currency_(currency) {}

  [[nodiscard]] static constexpr Money zero(Currency c) noexcept { return Money(0, c); }
  [[nodiscard]] static constexpr Money from_minor(std::int64_t minor_units, Currency c) noexcept { return Money(minor_units, c); }
  // Whole units (euros, dollars); throws overflow_error when out of range.
  [[nodiscard]] static Money from_major(std::int64_t units, Currency c) {
    std::int64_t minor = 0;
    if (__builtin_mul_overflow(units, detail::pow10(c.exponent()), &minor))
      throw overflow_error(fmt::format("amount out of range: {} {} does not fit in int64 minor units", c.code(), units));
    return Money(minor, c);
  }

  // Exact decimal text in the currency's units. Throws parse_error.
  [[nodiscard]] static Money parse(std::string_view text, Currency c, Sign sign = Sign::non_negative) {
    std::int64_t minor = 0;
    if (auto problem = detail::parse_scaled_decimal(text, c.exponent(), sign, minor); !problem.empty())
      throw parse_error(fmt::format("invalid {} amount \"{}\": {}", c.code(), text, problem));
    return Money(minor, c);
  }
  [[nodiscard]] static std::optional<Money> try_parse(std::string_view text, Currency c, Sign sign = Sign::non_negative) {
    std::int64_t minor = 0;
    if (!detail::parse_scaled_decimal(text, c.exponent(), sign, minor).empty()) return std::nullopt;
    return Money(minor, c);
  }

  [[nodiscard]] constexpr std::int64_t minor_units() const noexcept { return minor_; }
  [[nodiscard]] constexpr Currency currency() const noexcept { return currency_; }
  [[nodiscard]] constexpr bool is_zero() const noexcept { return minor_ == 0; }
  [[nodiscard]] constexpr bool is_negative() const noexcept { return minor_ < 0; }
  // "105000000.00": exact, in the currency's units, no code.
  [[nodiscard]] std::string to_decimal() const { return detail::format_scaled_decimal(minor_, currency_.exponent()); }
  // "1,090,000,000.00": to_decimal() with a comma every three digits.
  [[nodiscard]] std::string to_grouped_decimal() const {
    std::string plain = to_decimal();
    const std::size_t sign = plain[0] == '-' ? 1 : 0;
    std::size_t end = plain.find('.');
    if (end == std::string::npos) end = plain.size();
    for (std::size_t i = end; i > sign + 3; i -= 3) plain.insert(i - 3, 1, ',');
    return plain;
  }

  friend Money operator+(Money a, Money b) {
    a.require_same(b, "add");
    std::int64_t r = 0;
    if (__builtin_add_overflow(a.minor_, b.minor_, &r)) a.overflow("adding", b);
    return Money(r, a.currency_);
  }
  friend Money operator-(Money a, Money b) {
    a.require_same(b, "subtract");
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a.minor_, b.minor_, &r)) a.overflow("subtracting", b);
    return Money(r, a.currency_);
  }
  friend Money operator-(Money a) {
    if (a.minor_ == std::numeric_limits<std::int64_t>::min())
      throw overflow_error(fmt::format("overflow negating {} {}", a.currency_.code(), a.to_decimal()));
    return Money(-a.minor_, a.currency_);
  }
  friend Money operator*(Money a, std::int64_t factor) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a.minor_, factor, &r))
      throw overflow_error(fmt::format("overflow multiplying {} {} by {}: the result does not fit in int64 minor units",
                                       a.currency_.code(), a.to_decimal(), factor));
    return Money(r, a.currency_);
  }
  friend Money operator*(std::int64_t factor, Money a) { return a * factor; }
  Money& operator+=(Money other) { return *this = *this + other; }
  Money& operator-=(Money other) { return *this = *this - other; }

  // Equal when both amount and currency are equal; EUR 0 != USD 0.
  friend constexpr bool operator==(Money, Money) noexcept = default;
  // Ordering exists only within one currency: throws currency_mismatch.
  friend std::strong_ordering operator<=>(Money a, Money b) {
    a.require_same(b, "compare");
    return a.minor_ <=> b.minor_;
  }

 private:
  void require_same(Money other, const char* verb) const {
    if (currency_ != other.currency_)
      throw currency_mismatch(fmt::format("cannot {} {} {} and {} {}: currencies differ ({} vs {})", verb,
                                          currency_.code(), to_decimal(), other.currency_.code(),
                                          other.to_decimal(), currency_.code(), other.currency_.code()));
  }
  [[noreturn]] void overflow(const char* verb, Money other) const {
    throw overflow_error(fmt::format("overflow {} {} {} and {} {}: the result does not fit in int64 minor units", verb,
                                     currency_.code(), to_decimal(), other.currency_.code(), other.to_decimal()));
  }

  std::int64_t minor_ = 0;
  Currency currency_{};
};

// a / b as a double, for display ("3.7x") only; never store the result as money.
[[nodiscard]] inline double ratio(Money a, Money b) {
  if (a.currency() != b.currency())
    throw currency_mismatch(fmt::format("cannot take the ratio of {} and {} amounts", a.currency().code(), b.currency().code()));
  if (b.is_zero()) throw error(fmt::format("ratio by a zero {} amount", b.currency().code()));
  return static_cast<double>(a.minor_units()) / static_cast<double>(b.minor_units());
}

}  // namespace fundline

// "{}" prints the canonical "EUR 1090000000.00"; "{:,}" groups thousands,
// "EUR 1,090,000,000.00". Width and alignment work as for strings: "{:,>24}".
namespace fundline::detail {
// A string formatter that first reads an optional ',' (group thousands);
// shared by the formatters of Money and ReportedMoney.
struct grouping_formatter : fmt::formatter<std::string_view> {
  bool grouped = false;
  constexpr auto parse(fmt::format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it == ',') {
      grouped = true;
      ctx.advance_to(++it);
    }
    return fmt::formatter<std::string_view>::parse(ctx);
  }
};
}  // namespace fundline::detail

template <>
struct fmt::formatter<fundline::Money> : fundline::detail::grouping_formatter {
  template <typename FormatContext>
  auto format(const fundline::Money& m, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{} {}", m.currency().code(), grouped ? m.to_grouped_decimal() : m.to_decimal()), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const Money& m) { return os << fmt::format("{}", m); }
}  // namespace fundline
