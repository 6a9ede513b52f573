// fundline/ownership/reported_fraction.hpp - a stake known exactly, about, or within bounds.
//
// A fraction computed from reported figures inherits their qualifiers, the
// way ReportedMoney and ReportedRatio do, but stays exact (Fraction, never a
// double). It stands for an interval of possible values:
//   exact x          [x, x]           about x          x, no hard bounds
//   at most x        [0, x]           less than x      [0, x)
//   at least x       [x, ...]         more than x      (x, ...]
//   between lo, hi   [lo, hi]         unknown          nothing known
// and "about" may also qualify a bound: "at most about 41.02%" is what the
// stake of Mistral AI's founders is after a convertible of unknown terms and
// a Series B whose figures are known only approximately.
//
// of(num, den) divides two ReportedMoney: [num.low / den.high, num.high /
// den.low]; complement() is 1 - x; operator* multiplies two non-negative
// intervals bound by bound. Text: percentages with the decimals and the
// RoundingMode the caller names, in English or French ("environ 44,60 %").
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   auto sold = ReportedFraction::of(ReportedMoney::exact(eur(105)), ReportedMoney::exact(eur(240)));
//   sold.qualifier();                                           // Qualifier::exact
//   sold.complement().percent_text(Language::en);               // "56.25%"
//   auto b = ReportedFraction::of(ReportedMoney::exact(eur(468)), ReportedMoney::more_than(eur(6000)));
//   b.percent_text(Language::en);                               // "less than 7.80%"
//   b.complement().percent_text(Language::fr);                  // "plus de 92,20 %" (U+00A0 before %)
//   ReportedFraction::unknown().times(ReportedFraction::exact(Fraction::of(1, 2))).percent_text(Language::en);
//                                                               // "at most 50.00%"
#pragma once

#include <optional>
#include <string>

#include "fundline/core/reported.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/ownership/fraction.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

class ReportedFraction {
 public:
  // Unknown.
  ReportedFraction() = default;

  [[nodiscard]] static ReportedFraction exact(Fraction f) { return make(f, f, false); }
  [[nodiscard]] static ReportedFraction approximately(Fraction f) { return make(f, f, true); }
  // Nothing known: a fraction somewhere in [0, 1].
  [[nodiscard]] static ReportedFraction unknown() { return {}; }
  // At most `high` (the low end unknown), with "about" when approximate.
  [[nodiscard]] static ReportedFraction at_most(Fraction high, bool approximate = false) {
    ReportedFraction r;
    r.high_ = high;
    r.approximate_ = approximate;
    return r;
  }
  // [low, high]; both may be given with "about".
  [[nodiscard]] static ReportedFraction between(Fraction low, Fraction high, bool approximate = false);

  // num / den, qualifiers carried through; throws currency_mismatch when the
  // currencies differ (convert first).
  [[nodiscard]] static ReportedFraction of(const ReportedMoney& num, const ReportedMoney& den);

  [[nodiscard]] Qualifier qualifier() const noexcept;
  [[nodiscard]] bool is_known() const noexcept { return low_ || high_; }
  [[nodiscard]] bool is_approximate() const noexcept { return approximate_; }
  // Bounds; nullopt where unknown.
  [[nodiscard]] const std::optional<Fraction>& low() const noexcept { return low_; }
  [[nodiscard]] const std::optional<Fraction>& high() const noexcept { return high_; }
  [[nodiscard]] bool low_open() const noexcept { return low_open_; }
  [[nodiscard]] bool high_open() const noexcept { return high_open_; }

  // 1 - x; an unknown high end of x makes the low end of 1 - x unknown.
  [[nodiscard]] ReportedFraction complement() const;
  // x * y for two fractions in [0, 1]: low * low and high * high. An
  // unknown high end stands for 1 (a stake never exceeds the whole).
  [[nodiscard]] ReportedFraction times(const ReportedFraction& other) const;

  // "56.25%", "about 44.60%", "at most about 41.02%", "between 40.00% and
  // 41.02%", "unknown"; French: "56,25 %", "environ 44,60 %", "au plus
  // environ 41,02 %", "entre 40,00 % et 41,02 %", "inconnu" (U+00A0 before %).
  [[nodiscard]] std::string percent_text(Language lang, int decimals = 2,
                                         RoundingMode mode = RoundingMode::half_even) const;

  friend bool operator==(const ReportedFraction&, const ReportedFraction&) = default;

 private:
  static ReportedFraction make(Fraction low, Fraction high, bool approximate) {
    ReportedFraction r;
    r.low_ = low;
    r.high_ = high;
    r.approximate_ = approximate;
    return r;
  }

  std::optional<Fraction> low_;
  std::optional<Fraction> high_;
  bool low_open_ = false;
  bool high_open_ = false;
  bool approximate_ = false;
};

// One percentage in English or French: "56.25%", "56,25 %" (U+00A0).
[[nodiscard]] std::string format_percent(const Fraction& f, Language lang, int decimals = 2,
                                         RoundingMode mode = RoundingMode::half_even);

}  // namespace fundline
