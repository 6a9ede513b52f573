// The cap-table engine; the conventions are in cap_table.hpp and docs/ownership.md.
#include "fundline/ownership/cap_table.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

namespace fundline {

namespace {

Fraction pow10_fraction(int decimals) {
  int128 p = 1;
  for (int i = 0; i < decimals; ++i) p = detail::checked_mul(p, 10, "rounding");
  return Fraction::of(p, 1);
}

// An amount in currency units (not minor units), exactly.
Fraction units(Money m) { return Fraction::of(m.minor_units(), pow10_fraction(m.currency().exponent()).numerator()); }

// f rounded to `decimals` places under mode.
Fraction round_to(const Fraction& f, int decimals, RoundingMode mode) {
  const Fraction scale = pow10_fraction(decimals);
  return Fraction::of((f * scale).rounded(mode), scale.numerator());
}

std::int64_t to_shares(int128 v, std::string_view what) {
  if (v < 0 || v > std::numeric_limits<std::int64_t>::max())
    throw overflow_error(fmt::format("{}: {} shares do not fit in int64", what, detail::int128_text(v)));
  return static_cast<std::int64_t>(v);
}

// One instrument to convert, with its price choice.
struct Convertible {
  std::string holder;
  std::string instrument;
  Fraction amount;  // currency units
  Money amount_money;
  Money interest;
  std::optional<Fraction> cap;  // currency units
  std::optional<Fraction> discount;
  bool post_money = false;
  IssueReason choice = IssueReason::round_price;
};

}  // namespace

AccrualPeriod accrual_period(Date from, Date to, DayCount count) {
  if (to < from) throw error(fmt::format("interest from {} to {}: the end is before the start", to_iso(from), to_iso(to)));
  switch (count) {
    case DayCount::actual_365: return {(to - from).days(), 365};
    case DayCount::actual_360: return {(to - from).days(), 360};
    case DayCount::thirty_360: {
      const auto a = from.year_month_day(), b = to.year_month_day();
      int d1 = a.day, d2 = b.day;
      if (d1 == 31) d1 = 30;
      if (d2 == 31 && d1 == 30) d2 = 30;
      const std::int64_t days = 360LL * (b.year - a.year) + 30LL * (b.month - a.month) + (d2 - d1);
      return {days, 360};
    }
  }
  return {0, 365};
}

Money simple_interest(Money principal, Fraction annual_rate, Date from, Date to, DayCount count) {
  const AccrualPeriod p = accrual_period(from, to, count);
  const Fraction minor = Fraction::of(principal.minor_units(), 1) * annual_rate * Fraction::of(p.days, p.basis);
  const int128 rounded = minor.rounded(RoundingMode::half_even);
  if (rounded > std::numeric_limits<std::int64_t>::max())
    throw overflow_error(fmt::format("interest on {} does not fit in int64 minor units", principal));
  return Money(static_cast<std::int64_t>(rounded), principal.currency());
}

void CapTable::require_currency(Money m, std::string_view what) const {
  if (m.currency() != currency_)
    throw currency_mismatch(fmt::format("{} is in {} but the cap table is in {}", what, m.currency().code(),
                                        currency_.code()));
  if (m.is_negative()) throw error(fmt::format("{} is negative: {}", what, m));
}

void CapTable::add_class(ShareClass c) {
  if (c.name.empty()) throw error("a share class needs a name");
  for (const auto& existing : classes_)
    if (existing.name == c.name) throw error(fmt::format("share class \"{}\" is defined twice", c.name));
  if (c.terms.multiple.is_negative()) throw error(fmt::format("share class \"{}\": negative preference multiple", c.name));
  classes_.push_back(std::move(c));
}

const ShareClass& CapTable::share_class(std::string_view name) const {
  for (const auto& c : classes_)
    if (c.name == name) return c;
  throw error(fmt::format("unknown share class \"{}\"", name));
}

void CapTable::add_holding(Holding h) {
  (void)share_class(h.share_class);
  if (h.shares < 0) throw error(fmt::format("holding of \"{}\": negative share count {}", h.holder, h.shares));
  if (h.paid) require_currency(*h.paid, fmt::format("the amount paid by \"{}\"", h.holder));
  holdings_.push_back(std::move(h));
}

void CapTable::set_pool(std::int64_t unallocated) {
  if (unallocated < 0) throw error(fmt::format("negative option pool {}", unallocated));
  pool_ = unallocated;
}

void CapTable::add_safe(Safe s) {
  require_currency(s.amount, fmt::format("the SAFE of \"{}\"", s.holder));
  if (s.cap) {
    require_currency(*s.cap, fmt::format("the cap of the SAFE of \"{}\"", s.holder));
    if (s.cap->is_zero()) throw error(fmt::format("the SAFE of \"{}\" has a zero cap", s.holder));
  }
  if (s.discount && (s.discount->is_negative() || !(*s.discount < Fraction::one())))
    throw error(fmt::format("the SAFE of \"{}\": a discount must be in [0, 1), got {}", s.holder, *s.discount));
  safes_.push_back(std::move(s));
}

void CapTable::add_note(ConvertibleNote n) {
  require_currency(n.principal, fmt::format("the note of \"{}\"", n.holder));
  if (n.cap) {
    require_currency(*n.cap, fmt::format("the cap of the note of \"{}\"", n.holder));
    if (n.cap->is_zero()) throw error(fmt::format("the note of \"{}\" has a zero cap", n.holder));
  }
  if (n.discount && (n.discount->is_negative() || !(*n.discount < Fraction::one())))
    throw error(fmt::format("the note of \"{}\": a discount must be in [0, 1), got {}", n.holder, *n.discount));
  if (n.annual_rate.is_negative()) throw error(fmt::format("the note of \"{}\": negative interest rate", n.holder));
  notes_.push_back(std::move(n));
}

std::int64_t CapTable::fully_diluted() const {
  std::int64_t total = pool_;
  for (const auto& h : holdings_)
    if (__builtin_add_overflow(total, h.shares, &total)) throw overflow_error("fully diluted share count overflows int64");
  return total;
}

std::vector<std::pair<std::string, std::int64_t>> CapTable::shares_by_holder() const {
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const auto& h : holdings_) {
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == h.holder; });
    if (it == out.end())
      out.emplace_back(h.holder, h.shares);
    else
      it->second += h.shares;
  }
  return out;
}

RoundResult CapTable::price_round(const PricedRound& round) {
  require_currency(round.pre_money, fmt::format("the pre-money valuation of {}", round.name));
  if (round.pre_money.is_zero()) throw error(fmt::format("{}: the pre-money valuation is zero", round.name));
  if (round.pool_target && (round.pool_target->is_negative() || !(*round.pool_target < Fraction::one())))
    throw error(fmt::format("{}: a pool target must be in [0, 1), got {}", round.name, *round.pool_target));
  for (const auto& i : round.investments) require_currency(i.amount, fmt::format("the investment of \"{}\"", i.holder));
  bool known = false;
  for (const auto& c : classes_) known = known || c.name == round.name;
  if (!known) add_class({round.name, ShareKind::preferred, round.terms});

  // MFN SAFEs take the terms of the later SAFE with the lowest cap.
  std::vector<Safe> safes = safes_;
  for (std::size_t i = 0; i < safes.size(); ++i) {
    if (!safes[i].mfn) continue;
    const Safe* best = nullptr;
    for (std::size_t j = 0; j < safes_.size(); ++j) {
      const Safe& o = safes_[j];
      const bool later = (safes[i].date && o.date) ? *safes[i].date < *o.date : j > i;
      if (!later || o.mfn || !o.cap) continue;
      if (!best || *o.cap < *best->cap ||
          (*o.cap == *best->cap && o.discount.value_or(Fraction()) > best->discount.value_or(Fraction())))
        best = &o;
    }
    if (best) {
      safes[i].cap = best->cap;
      safes[i].discount = best->discount;
      safes[i].kind = best->kind;
    }
  }
  std::vector<Convertible> conv;
  for (const Safe& s : safes)
    conv.push_back({s.holder, "SAFE", units(s.amount), s.amount, Money::zero(currency_),
                    s.cap ? std::optional<Fraction>(units(*s.cap)) : std::nullopt, s.discount,
                    s.kind == SafeKind::post_money, IssueReason::round_price});
  for (const ConvertibleNote& n : notes_) {
    const Money interest = simple_interest(n.principal, n.annual_rate, n.issued, round.date, n.day_count);
    const Money total = n.principal + interest;
    conv.push_back({n.holder, "note", units(total), total, interest,
                    n.cap ? std::optional<Fraction>(units(*n.cap)) : std::nullopt, n.discount, false,
                    IssueReason::round_price});
  }

  const Fraction E = Fraction::whole(fully_diluted());
  const Fraction pool0 = Fraction::whole(pool_);
  const Fraction pre = units(round.pre_money);
  Fraction money;
  for (const auto& i : round.investments) money = money + units(i.amount);
  const Fraction k = (pre + money) / pre;  // post-money fully diluted / S
  const Fraction t = round.pool_target.value_or(Fraction());
  bool top_up = round.pool_target.has_value();
  for (auto& c : conv) c.choice = c.cap ? IssueReason::cap : c.discount ? IssueReason::discount : IssueReason::round_price;

  Fraction C, S;
  bool settled = false;
  for (int iteration = 0; iteration < 64 && !settled; ++iteration) {
    // conversions = cC * C + cS * S + c0
    Fraction cC, cS, c0;
    const Fraction tk = top_up ? t * k : Fraction();
    const Fraction pool_out = top_up ? pool0 : Fraction();
    for (const auto& c : conv) {
      switch (c.choice) {
        case IssueReason::cap:
          if (c.post_money)
            cC = cC + c.amount / *c.cap;
          else {  // cap / K with K = E + top-up = E - pool_out + tk S
            cS = cS + c.amount / *c.cap * tk;
            c0 = c0 + c.amount / *c.cap * (E - pool_out);
          }
          break;
        case IssueReason::discount: cS = cS + c.amount / (pre * (Fraction::one() - *c.discount)); break;
        default: cS = cS + c.amount / pre; break;
      }
    }
    // C = E + conversions;  S = E + top-up [+ conversions]
    const Fraction a11 = Fraction::one() - cC, a12 = -cS, b1 = E + c0;
    const Fraction a21 = round.conversions_in_pre_money ? -cC : Fraction();
    const Fraction a22 = Fraction::one() - tk - (round.conversions_in_pre_money ? cS : Fraction());
    const Fraction b2 = E - pool_out + (round.conversions_in_pre_money ? c0 : Fraction());
    const Fraction det = a11 * a22 - a12 * a21;
    if (det.is_zero() || det.is_negative())
      throw error(fmt::format("{}: the conversions take the whole company (caps too low for the amounts)", round.name));
    C = (b1 * a22 - a12 * b2) / det;
    S = (a11 * b2 - a21 * b1) / det;
    settled = true;
    if (top_up && (t * k * S - pool0).is_negative()) {
      top_up = false;  // the pool already meets the target
      settled = false;
      continue;
    }
    const Fraction P = pre / S;
    const Fraction K = E + (top_up ? t * k * S - pool0 : Fraction());
    for (auto& c : conv) {
      IssueReason best = IssueReason::round_price;
      Fraction price = P;
      if (c.cap) {
        const Fraction cap_price = *c.cap / (c.post_money ? C : K);
        if (cap_price < price) {
          price = cap_price;
          best = IssueReason::cap;
        }
      }
      if (c.discount) {
        const Fraction discount_price = P * (Fraction::one() - *c.discount);
        if (discount_price < price) {
          price = discount_price;
          best = IssueReason::discount;
        }
      }
      if (best != c.choice) {
        c.choice = best;
        settled = false;
      }
    }
  }
  if (!settled) throw error(fmt::format("{}: the conversion prices do not settle", round.name));

  RoundResult result;
  result.round = round.name;
  result.shares_before = fully_diluted();
  result.exact_price = pre / S;
  result.price = round_to(result.exact_price, round.price_decimals, round.price_mode);
  if (result.price.is_zero()) throw error(fmt::format("{}: the price per share rounds to zero", round.name));
  const Fraction K = E + (top_up ? t * k * S - pool0 : Fraction());
  std::int64_t converted = 0;
  for (const auto& c : conv) {
    ShareIssue issue;
    issue.holder = c.holder;
    issue.share_class = round.name;
    issue.instrument = c.instrument;
    issue.amount = c.amount_money;
    issue.interest = c.interest;
    if (c.cap)
      issue.cap_price = round_to(*c.cap / (c.post_money ? C : K), round.conversion_price_decimals,
                                 round.conversion_price_mode);
    if (c.discount)
      issue.discount_price = round_to(result.price * (Fraction::one() - *c.discount), round.conversion_price_decimals,
                                      round.conversion_price_mode);
    issue.reason = c.choice;
    issue.price = c.choice == IssueReason::cap ? *issue.cap_price
                  : c.choice == IssueReason::discount ? *issue.discount_price
                                                      : result.price;
    issue.shares = to_shares((c.amount / issue.price).rounded(RoundingMode::floor), c.holder);
    converted += issue.shares;
    result.issues.push_back(issue);
  }
  std::int64_t invested = 0;
  for (const auto& i : round.investments) {
    ShareIssue issue;
    issue.holder = i.holder;
    issue.share_class = round.name;
    issue.instrument = "investment";
    issue.amount = i.amount;
    issue.interest = Money::zero(currency_);
    issue.price = result.price;
    issue.reason = IssueReason::round_price;
    issue.shares = to_shares((units(i.amount) / result.price).rounded(RoundingMode::floor), i.holder);
    invested += issue.shares;
    result.issues.push_back(issue);
  }
  std::int64_t top = 0;
  if (round.pool_target) {
    // Least x with pool0 + x >= t (E + conversions + investments + x).
    const Fraction others = Fraction::whole(result.shares_before + converted + invested);
    const Fraction needed = (t * others - pool0) / (Fraction::one() - t);
    if (!needed.is_negative()) top = to_shares(needed.rounded(RoundingMode::ceiling), "pool top-up");
    if (top > 0) {
      ShareIssue issue;
      issue.holder = "pool";
      issue.share_class = "";
      issue.instrument = "pool";
      issue.amount = issue.interest = Money::zero(currency_);
      issue.reason = IssueReason::pool_top_up;
      issue.shares = top;
      result.issues.push_back(issue);
    }
  }
  for (const auto& issue : result.issues)
    if (issue.instrument != "pool" && issue.shares > 0)
      holdings_.push_back({issue.holder, round.name, issue.shares, issue.amount});
  pool_ += top;
  safes_.clear();
  notes_.clear();
  result.pre_money_shares = result.shares_before + top + (round.conversions_in_pre_money ? converted : 0);
  result.shares_after = fully_diluted();
  result.pool_after = pool_;
  return result;
}

}  // namespace fundline
