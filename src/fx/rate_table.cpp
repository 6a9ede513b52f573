#include "fundline/fx/rate_table.hpp"

#include <algorithm>
#include <limits>

#include "fundline/core/error.hpp"

namespace fundline {

namespace {
constexpr std::int64_t micro_per_unit = 1'000'000;
// A per-day index costs 4 bytes a calendar day; past this many days per
// fixing (a hand-made, sparse table) binary search is used instead.
constexpr std::size_t max_index_days_per_fixing = 16;
}  // namespace

void RateTable::Column::build_index() {
  by_day.clear();
  if (days.empty()) return;
  const auto span = static_cast<std::size_t>(days.back() - days.front()) + 1;
  if (span > max_index_days_per_fixing * days.size()) return;
  by_day.resize(span);
  std::uint32_t fixing = 0;
  for (std::size_t offset = 0; offset < span; ++offset) {
    const DayNumber day = days.front() + static_cast<DayNumber>(offset);
    while (fixing + 1 < days.size() && days[fixing + 1] <= day) ++fixing;
    by_day[offset] = fixing;
  }
}

std::size_t RateTable::Column::as_of(DayNumber day) const noexcept {
  if (day >= days.back()) return days.size() - 1;
  if (!by_day.empty()) return by_day[static_cast<std::size_t>(day - days.front())];
  return static_cast<std::size_t>(std::upper_bound(days.begin(), days.end(), day) - days.begin()) - 1;
}

std::string rate_to_decimal(std::int64_t micro) {
  std::string text = detail::format_scaled_decimal(micro, 6);
  while (text.size() > 1 && text.back() == '0' && text[text.size() - 2] != '.') text.pop_back();
  return text;
}

RateTable::RateTable(const EcbRates& ecb) : source_(ecb.source) {
  auto columns = std::make_shared<std::vector<Column>>(Currency::count());
  for (std::size_t col = 0; col < ecb.currencies.size(); ++col) {
    Column& column = (*columns)[ecb.currencies[col].index()];
    for (std::size_t day = 0; day < ecb.days.size(); ++day) {
      if (ecb.micro[col][day] <= 0) continue;  // "N/A": no fixing that day
      column.days.push_back(ecb.days[day]);
      column.micro.push_back(ecb.micro[col][day]);
    }
    column.build_index();
  }
  columns_ = std::move(columns);
  if (!ecb.days.empty()) {
    first_ = *std::min_element(ecb.days.begin(), ecb.days.end());
    last_ = *std::max_element(ecb.days.begin(), ecb.days.end());
  }
}

const RateTable& RateTable::bundled() {
  static const RateTable table{bundled_ecb_rates()};
  return table;
}

RateTable RateTable::of(const EcbRates& ecb) { return &ecb == &bundled_ecb_rates() ? bundled() : RateTable(ecb); }

RateTable RateTable::load(const std::filesystem::path& path) { return RateTable(load_ecb_csv(path)); }

RateTable RateTable::with_max_staleness(int days) const {
  FxPolicy p = policy_;
  p.max_staleness_days = days;
  return with_policy(p);
}

RateTable RateTable::accepting_dates_past_end() const {
  FxPolicy p = policy_;
  p.accept_dates_past_end = true;
  return with_policy(p);
}

RateTable RateTable::with_policy(FxPolicy policy) const {
  if (policy.max_staleness_days < 0)
    throw fx_error(fmt::format("invalid staleness window of {} days: expected 0 or more", policy.max_staleness_days));
  RateTable copy = *this;
  copy.policy_ = policy;
  return copy;
}

RateTable RateTable::merged_with(const RateTable& newer) const {
  RateTable out = *this;
  auto columns = std::make_shared<std::vector<Column>>(*columns_);
  for (std::size_t i = 0; i < columns->size(); ++i) {
    const Column& a = (*columns_)[i];
    const Column& b = (*newer.columns_)[i];
    if (b.days.empty()) continue;
    Column merged;
    std::size_t x = 0, y = 0;
    while (x < a.days.size() || y < b.days.size()) {
      const bool take_b = x == a.days.size() || (y < b.days.size() && b.days[y] <= a.days[x]);
      if (take_b) {
        if (x < a.days.size() && a.days[x] == b.days[y]) ++x;  // the newer table wins
        merged.days.push_back(b.days[y]);
        merged.micro.push_back(b.micro[y++]);
      } else {
        merged.days.push_back(a.days[x]);
        merged.micro.push_back(a.micro[x++]);
      }
    }
    merged.build_index();
    (*columns)[i] = std::move(merged);
  }
  out.columns_ = std::move(columns);
  if (!newer.empty()) {
    out.first_ = empty() ? newer.first_ : std::min(first_, newer.first_);
    out.last_ = empty() ? newer.last_ : std::max(last_, newer.last_);
  }
  out.source_ = empty() ? newer.source_ : fmt::format("{} + {}", source_, newer.source_);
  return out;
}

RateTable::DayRate RateTable::rate_on(Currency c, DayNumber day) const noexcept {
  if (c == currencies::EUR) return {micro_per_unit, day, FxFailure::other};
  const Column& column = (*columns_)[c.index()];
  if (column.days.empty()) return {0, 0, FxFailure::no_rates};
  if (day > last_ && !policy_.accept_dates_past_end) return {0, 0, FxFailure::past_table_end};
  if (day < column.days.front()) return {0, 0, FxFailure::before_first_fixing};
  const std::size_t i = column.as_of(day);
  const DayNumber fixing = column.days[i];
  // Compared in 64 bits: the window may be FxPolicy::unlimited.
  if (static_cast<std::int64_t>(day) - fixing > policy_.max_staleness_days) {
    // The ECB stopped publishing it: no fixing in the table's last window either.
    const bool retired =
        i + 1 == column.days.size() && static_cast<std::int64_t>(last_) - fixing > policy_.max_staleness_days;
    return {0, fixing, retired ? FxFailure::retired : FxFailure::stale};
  }
  return {column.micro[i], fixing, FxFailure::other};
}

fx_error RateTable::refusal(Currency c, DayNumber day) const {
  const DayRate r = rate_on(c, day);
  return refusal(r.refused, c, from_day_number(day), r.fixing);
}

fx_error RateTable::refusal(FxFailure why, Currency c, Date on, DayNumber fixing) const {
  FxRefusal f{why, std::string(c.code()), on, Date(), empty() ? Date() : from_day_number(last_),
              policy_.max_staleness_days, source_};
  if (why == FxFailure::no_date) return fx_error(f, fmt::format("no EUR/{} rate: the conversion has no date", c));
  const std::string head = fmt::format("no EUR/{} rate on {}", c, to_iso(on));
  const Column& column = (*columns_)[c.index()];
  switch (why) {
    case FxFailure::no_rates:
      return fx_error(f, fmt::format("{}: the table ({}) has no {} rates", head, source_, c));
    case FxFailure::before_first_fixing:
      return fx_error(f, fmt::format("{}: the first {} fixing in the table ({}) is {}", head, c, source_,
                                     to_iso(from_day_number(column.days.front()))));
    case FxFailure::past_table_end:
      return fx_error(f, fmt::format("{}: the table ({}) ends on {}; load a newer ECB file, or accept the last "
                                     "fixing explicitly with accepting_dates_past_end()",
                                     head, source_, to_iso(from_day_number(last_))));
    case FxFailure::stale:
    case FxFailure::retired:
      f.fixing = from_day_number(fixing);
      return fx_error(f, fmt::format("{}: the latest {} fixing is {}, {} days earlier, beyond the staleness window of "
                                     "{} days{}",
                                     head, c, to_iso(f.fixing), to_day_number(on) - fixing,
                                     policy_.max_staleness_days,
                                     why == FxFailure::retired ? fmt::format(" (the ECB published no {} rate after it)", c)
                                                               : std::string()));
    case FxFailure::no_date:
    case FxFailure::other: break;
  }
  return fx_error(f, head);
}

FxRate RateTable::rate(Currency c, Date on) const {
  if (on.is_special()) throw refusal(FxFailure::no_date, c, on, 0);
  const DayRate r = rate_on(c, to_day_number(on));
  if (!r.ok()) throw refusal(r.refused, c, on, r.fixing);
  return {c, r.micro, c == currencies::EUR ? on : from_day_number(r.fixing)};
}

std::int64_t RateTable::micro_on(Currency c, DayNumber day) const {
  const DayRate r = rate_on(c, day);
  if (!r.ok()) throw refusal(r.refused, c, from_day_number(day), r.fixing);
  return r.micro;
}

bool RateTable::can_convert(Currency c, Date on) const noexcept {
  return !on.is_special() && rate_on(c, to_day_number(on)).ok();
}

Conversion RateTable::convert_detailed(Money amount, Currency to, Date on, RoundingMode mode) const {
  const Currency from = amount.currency();
  if (on.is_special()) throw refusal(FxFailure::no_date, from == currencies::EUR ? to : from, on, 0);
  if (from == to) return {amount, amount, {from, 0, on}, {to, 0, on}, on, mode, false};
  Conversion out{amount, amount, rate(from, on), rate(to, on), on, mode, false};
  out.stale = !empty() && to_day_number(on) > last_;
  // to_minor = amount_minor x rate_to x 10^exp_to / (rate_from x 10^exp_from),
  // one exact quotient rounded once. ECB rates stay below 2^41, so the
  // product fits; a hand-made table with absurd rates gets an error.
  int128 numerator = 0;
  if (__builtin_mul_overflow(static_cast<int128>(amount.minor_units()),
                             static_cast<int128>(out.to_rate.micro) * detail::pow10(to.exponent()), &numerator))
    throw overflow_error(fmt::format("converting {} to {} on {}: the product overflows 128 bits", amount, to,
                                     to_iso(on)));
  const int128 denominator = static_cast<int128>(out.from_rate.micro) * detail::pow10(from.exponent());
  const int128 minor = divide_rounded(numerator, denominator, mode);
  if (minor > std::numeric_limits<std::int64_t>::max() || minor < std::numeric_limits<std::int64_t>::min())
    throw overflow_error(fmt::format("converting {} to {} on {}: the result does not fit in int64 minor units", amount,
                                     to, to_iso(on)));
  out.to = Money::from_minor(static_cast<std::int64_t>(minor), to);
  return out;
}

Money RateTable::convert(Money amount, Currency to, Date on, RoundingMode mode) const {
  return convert_detailed(amount, to, on, mode).to;
}

Date RateTable::first_day() const {
  if (empty()) throw fx_error(fmt::format("the rate table ({}) is empty: it has no first day", source_));
  return from_day_number(first_);
}

Date RateTable::last_day() const {
  if (empty()) throw fx_error(fmt::format("the rate table ({}) is empty: it has no last day", source_));
  return from_day_number(last_);
}

std::vector<Currency> RateTable::currencies() const {
  std::vector<Currency> out;
  for (std::size_t i = 0; i < columns_->size(); ++i)
    if (!(*columns_)[i].days.empty() || Currency::at(i) == currencies::EUR) out.push_back(Currency::at(i));
  return out;
}

}  // namespace fundline
