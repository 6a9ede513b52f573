// Interval arithmetic on exact fractions; see reported_fraction.hpp.
#include "fundline/ownership/reported_fraction.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "fundline/text/money_text.hpp"

namespace fundline {

namespace {
// A known zero low end says no more than an unknown one ("at most x").
std::optional<Fraction> unless_zero(std::optional<Fraction> f) {
  if (f && f->is_zero()) return std::nullopt;
  return f;
}
}  // namespace

ReportedFraction ReportedFraction::between(Fraction low, Fraction high, bool approximate) {
  if (high < low) throw inconsistent_data(fmt::format("invalid range of fractions: {} is above {}", low, high));
  return make(low, high, approximate);
}

ReportedFraction ReportedFraction::of(const ReportedMoney& num, const ReportedMoney& den) {
  if (num.currency() != den.currency())
    throw currency_mismatch(fmt::format("cannot divide a {} amount by a {} amount: convert one first",
                                        num.currency().code(), den.currency().code()));
  if (!num.is_disclosed() || !den.is_disclosed()) return unknown();
  if (num.qualifier() == Qualifier::approximately || den.qualifier() == Qualifier::approximately) {
    if (den.value()->is_zero()) return unknown();
    return approximately(Fraction::of(*num.value(), *den.value()));
  }
  ReportedFraction r;
  const std::optional<Money> nl = num.low(), nh = num.high(), dl = den.low(), dh = den.high();
  if (nl && dh && !dh->is_zero()) r.low_ = unless_zero(Fraction::of(*nl, *dh));
  if (nh && dl && !dl->is_zero()) r.high_ = Fraction::of(*nh, *dl);
  r.low_open_ = r.low_ && (num.qualifier() == Qualifier::more_than || den.qualifier() == Qualifier::less_than);
  r.high_open_ = r.high_ && (num.qualifier() == Qualifier::less_than || den.qualifier() == Qualifier::more_than);
  return r;
}

Qualifier ReportedFraction::qualifier() const noexcept {
  if (!low_ && !high_) return Qualifier::undisclosed;
  if (low_ && high_ && *low_ == *high_) return approximate_ ? Qualifier::approximately : Qualifier::exact;
  if (!low_) return high_open_ ? Qualifier::less_than : Qualifier::at_most;
  if (!high_) return low_open_ ? Qualifier::more_than : Qualifier::at_least;
  return Qualifier::range;
}

ReportedFraction ReportedFraction::complement() const {
  if (!is_known()) return unknown();
  ReportedFraction r;
  r.approximate_ = approximate_;
  if (high_) r.low_ = unless_zero(Fraction::one() - *high_);
  // An unknown low end leaves the high end at the whole, which is no bound at all.
  if (low_) r.high_ = Fraction::one() - *low_;
  r.low_open_ = r.low_ && high_open_;
  r.high_open_ = low_ && low_open_;
  return r;
}

ReportedFraction ReportedFraction::times(const ReportedFraction& other) const {
  ReportedFraction r;
  r.approximate_ = approximate_ || other.approximate_;
  if (low_ && other.low_) r.low_ = unless_zero(*low_ * *other.low_);
  if (high_ || other.high_) r.high_ = high_.value_or(Fraction::one()) * other.high_.value_or(Fraction::one());
  // A high end of 1 from a factor with none says nothing: a stake is at most 1 anyway.
  if (r.high_ && !(high_ && other.high_) && *r.high_ == Fraction::one()) r.high_.reset();
  r.low_open_ = r.low_ && (low_open_ || other.low_open_);
  r.high_open_ = r.high_ && (high_open_ || other.high_open_);
  return r;
}

std::string format_percent(const Fraction& f, Language lang, int decimals, RoundingMode mode) {
  std::string digits = f.percent_text(decimals, mode);
  if (lang == Language::en) return digits + "%";
  std::replace(digits.begin(), digits.end(), '.', ',');
  return fmt::format("{}{}%", digits, no_break_space);
}

std::string ReportedFraction::percent_text(Language lang, int decimals, RoundingMode mode) const {
  const auto pct = [&](const Fraction& f) { return format_percent(f, lang, decimals, mode); };
  const std::string about = approximate_ ? std::string(qualifier_prefix(Qualifier::approximately, lang)) : "";
  const Qualifier q = qualifier();
  switch (q) {
    case Qualifier::undisclosed: return lang == Language::fr ? "inconnu" : "unknown";
    case Qualifier::exact: return pct(*low_);
    case Qualifier::approximately: return about + pct(*low_);
    case Qualifier::at_most: case Qualifier::less_than:
      return fmt::format("{}{}{}", qualifier_prefix(q, lang), about, pct(*high_));
    case Qualifier::at_least: case Qualifier::more_than:
      return fmt::format("{}{}{}", qualifier_prefix(q, lang), about, pct(*low_));
    case Qualifier::range:
      return lang == Language::fr ? fmt::format("entre {}{} et {}", about, pct(*low_), pct(*high_))
                                  : fmt::format("between {}{} and {}", about, pct(*low_), pct(*high_));
  }
  return "?";
}

}  // namespace fundline
