#include "fundline/fx/rate_table.hpp"

#include <algorithm>
#include <limits>

#include "fundline/core/error.hpp"

namespace fundline {

namespace {
constexpr std::int64_t micro_per_unit = 1'000'000;
}  // namespace

std::string rate_to_decimal(std::int64_t micro) {
  std::string text = detail::format_scaled_decimal(micro, 6);
  while (text.size() > 1 && text.back() == '0' && text[text.size() - 2] != '.') text.pop_back();
  return text;
}

RateTable::RateTable(const EcbRates& ecb) : source_(ecb.source) {
  for (std::size_t col = 0; col < ecb.currencies.size(); ++col) {
    Column& column = columns_[ecb.currencies[col].index()];
    column = {};
    for (std::size_t day = 0; day < ecb.days.size(); ++day) {
      if (ecb.micro[col][day] <= 0) continue;  // "N/A": no fixing that day
      column.days.push_back(ecb.days[day]);
      column.micro.push_back(ecb.micro[col][day]);
    }
  }
  if (!ecb.days.empty()) {
    first_ = *std::min_element(ecb.days.begin(), ecb.days.end());
    last_ = *std::max_element(ecb.days.begin(), ecb.days.end());
  }
}

const RateTable& RateTable::bundled() {
  static const RateTable table{bundled_ecb_rates()};
  return table;
}

RateTable RateTable::load(const std::filesystem::path& path) { return RateTable(load_ecb_csv(path)); }

RateTable RateTable::with_max_staleness(int days) const {
  if (days < 0) throw fx_error(fmt::format("invalid staleness window of {} days: expected 0 or more", days));
  RateTable copy = *this;
  copy.max_staleness_days_ = days;
  return copy;
}

RateTable RateTable::accepting_dates_past_end() const {
  RateTable copy = *this;
  copy.past_end_ = true;
  return copy;
}

RateTable RateTable::merged_with(const RateTable& newer) const {
  RateTable out = *this;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const Column& a = columns_[i];
    const Column& b = newer.columns_[i];
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
    out.columns_[i] = std::move(merged);
  }
  if (!newer.empty()) {
    out.first_ = empty() ? newer.first_ : std::min(first_, newer.first_);
    out.last_ = empty() ? newer.last_ : std::max(last_, newer.last_);
  }
  out.source_ = empty() ? newer.source_ : fmt::format("{} + {}", source_, newer.source_);
  return out;
}

RateTable::Lookup RateTable::find(Currency c, Date on, FxRate& out) const noexcept {
  if (on.is_special()) return Lookup::no_date;
  if (c == currencies::EUR) {
    out = {c, micro_per_unit, on};
    return Lookup::ok;
  }
  const Column& column = columns_[c.index()];
  if (column.days.empty()) return Lookup::no_column;
  const DayNumber day = to_day_number(on);
  if (day > last_ && !past_end_) return Lookup::after_end;
  // The first fixing after `day`; the one before it is the as-of fixing.
  auto it = std::upper_bound(column.days.begin(), column.days.end(), day);
  if (it == column.days.begin()) return Lookup::before_first;
  --it;
  const auto i = static_cast<std::size_t>(it - column.days.begin());
  out = {c, column.micro[i], from_day_number(*it)};
  if (day - *it > max_staleness_days_) return Lookup::stale;
  return Lookup::ok;
}

void RateTable::fail(Lookup why, Currency c, Date on) const {
  const std::string head = fmt::format("no EUR/{} rate on {}", c, to_iso(on));
  const Column& column = columns_[c.index()];
  switch (why) {
    case Lookup::ok: break;
    case Lookup::no_date: throw fx_error(fmt::format("no EUR/{} rate: the conversion has no date", c));
    case Lookup::no_column:
      throw fx_error(fmt::format("{}: the table ({}) has no {} rates", head, source_, c));
    case Lookup::before_first:
      throw fx_error(fmt::format("{}: the first {} fixing in the table ({}) is {}", head, c, source_,
                                 to_iso(from_day_number(column.days.front()))));
    case Lookup::after_end:
      throw fx_error(fmt::format("{}: the table ({}) ends on {}; load a newer ECB file, or accept the last "
                                 "fixing explicitly with accepting_dates_past_end()",
                                 head, source_, to_iso(from_day_number(last_))));
    case Lookup::stale: {
      FxRate r;
      (void)find(c, on, r);
      throw fx_error(fmt::format("{}: the latest {} fixing is {}, {} days earlier, beyond the staleness window of {} "
                                 "days",
                                 head, c, to_iso(r.fixing_date), to_day_number(on) - to_day_number(r.fixing_date),
                                 max_staleness_days_));
    }
  }
  throw fx_error(head);
}

FxRate RateTable::rate(Currency c, Date on) const {
  FxRate r;
  if (const Lookup why = find(c, on, r); why != Lookup::ok) fail(why, c, on);
  return r;
}

bool RateTable::can_convert(Currency c, Date on) const noexcept {
  FxRate r;
  return find(c, on, r) == Lookup::ok;
}

Conversion RateTable::convert_detailed(Money amount, Currency to, Date on, RoundingMode mode) const {
  const Currency from = amount.currency();
  if (on.is_special()) fail(Lookup::no_date, from == currencies::EUR ? to : from, on);
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
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (!columns_[i].days.empty() || Currency::at(i) == currencies::EUR) out.push_back(Currency::at(i));
  return out;
}

}  // namespace fundline
