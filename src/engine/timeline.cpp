#include "fundline/engine/timeline.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline {

Timeline::Timeline(const Company& company) : Timeline(company.rounds, company.founded, company.name) {}

Timeline::Timeline(std::vector<Round> rounds, std::optional<PartialDate> founded, std::string name)
    : name_(std::move(name)), founded_(founded) {
  // A stable sort on (first day, precision) keeps same-day rounds in input order.
  std::stable_sort(rounds.begin(), rounds.end(), [](const Round& a, const Round& b) {
    if (a.announced.first_day() != b.announced.first_day()) return a.announced.first_day() < b.announced.first_day();
    return a.announced.precision() < b.announced.precision();
  });
  rounds_ = std::move(rounds);
  days_.reserve(rounds_.size());
  for (const Round& r : rounds_) days_.push_back(r.announced.first_day());
  if (!rounds_.empty()) currency_ = rounds_.front().currency();
  for (const Round& r : rounds_)
    if (r.currency() != currency_) {
      mixed_with_ = r.currency();
      break;
    }
  if (mixed_with_) return;
  cumulative_.reserve(rounds_.size());
  ReportedMoney sum = zero();
  for (const Round& r : rounds_) cumulative_.push_back(sum += r.amount);
}

Date Timeline::day_of(std::size_t i) const {
  if (i >= days_.size()) throw error(fmt::format("no round {}: the timeline has {}", i, days_.size()));
  return days_[i];
}

std::optional<std::size_t> Timeline::index_of(std::string_view round_id) const {
  for (std::size_t i = 0; i < rounds_.size(); ++i)
    if (rounds_[i].id == round_id) return i;
  return std::nullopt;
}

std::optional<Date> Timeline::first_day() const {
  if (days_.empty()) return std::nullopt;
  return days_.front();
}

std::optional<Date> Timeline::last_day() const {
  if (days_.empty()) return std::nullopt;
  return days_.back();
}

Currency Timeline::currency() const {
  require_one_currency();
  return currency_;
}

void Timeline::require_one_currency() const {
  if (mixed_with_)
    throw currency_mismatch(fmt::format("{}rounds in {} and {}: convert the timeline to one currency first "
                                        "(Timeline::converted)",
                                        name_.empty() ? "" : name_ + ": ", currency_, *mixed_with_));
}

std::size_t Timeline::end_as_of(Date on) const {
  return static_cast<std::size_t>(std::upper_bound(days_.begin(), days_.end(), on) - days_.begin());
}

ReportedMoney Timeline::raised_as_of(Date on, const RoundFilter& filter) const {
  require_one_currency();
  const std::size_t end = end_as_of(on);
  if (filter.counts_everything()) return end == 0 ? zero() : cumulative_[end - 1];
  ReportedMoney sum = zero();
  for (std::size_t i = 0; i < end; ++i) sum += filter.amount_of(rounds_[i]);
  return sum;
}

ReportedMoney Timeline::raised_between(Date from, Date to, const RoundFilter& filter) const {
  require_one_currency();
  ReportedMoney sum = zero();
  for (std::size_t i = 0; i < rounds_.size(); ++i)
    if (from <= days_[i] && days_[i] <= to) sum += filter.amount_of(rounds_[i]);
  return sum;
}

ReportedMoney Timeline::raised_total(const RoundFilter& filter) const {
  require_one_currency();
  if (rounds_.empty()) return zero();
  return raised_as_of(days_.back(), filter);
}

std::vector<Step> Timeline::steps(const RoundFilter& filter) const {
  require_one_currency();
  std::vector<Step> out;
  ReportedMoney cumulative = zero();
  for (std::size_t i = 0; i < rounds_.size(); ++i) {
    if (!filter.includes(rounds_[i])) continue;
    const ReportedMoney amount = filter.amount_of(rounds_[i]);
    cumulative += amount;
    if (!out.empty() && out.back().day == days_[i]) {
      out.back().raised += amount;
      out.back().cumulative = cumulative;
    } else {
      out.push_back({days_[i], amount, cumulative});
    }
  }
  return out;
}

std::vector<RoundGap> Timeline::gaps(const RoundFilter& filter) const {
  std::vector<RoundGap> out;
  std::optional<std::size_t> previous;
  for (std::size_t i = 0; i < rounds_.size(); ++i) {
    if (!filter.includes(rounds_[i])) continue;
    if (previous)
      out.push_back({previous, i, days_between(days_[*previous], days_[i]), months_between(days_[*previous], days_[i])});
    previous = i;
  }
  return out;
}

std::vector<RoundGap> Timeline::since_founding(const RoundFilter& filter) const {
  std::vector<RoundGap> out;
  if (!founded_) return out;
  const Date founding_day = founded_->first_day();
  for (std::size_t i = 0; i < rounds_.size(); ++i)
    if (filter.includes(rounds_[i]))
      out.push_back({std::nullopt, i, days_between(founding_day, days_[i]), months_between(founding_day, days_[i])});
  return out;
}

std::vector<RoundGrowth> Timeline::growth(const RoundFilter& filter) const {
  require_one_currency();
  std::vector<RoundGrowth> out;
  std::optional<std::size_t> previous;
  for (std::size_t i = 0; i < rounds_.size(); ++i) {
    if (!filter.includes(rounds_[i])) continue;
    if (previous) {
      RoundGrowth g{*previous, i, ReportedRatio::of(filter.amount_of(rounds_[i]), filter.amount_of(rounds_[*previous])),
                    {}};
      if (!g.multiple.is_known()) g.note = "a round size is undisclosed or zero";
      out.push_back(std::move(g));
    }
    previous = i;
  }
  return out;
}

Timeline Timeline::as_of(Date on) const {
  const auto end = static_cast<std::ptrdiff_t>(end_as_of(on));
  Timeline out(std::vector<Round>(rounds_.begin(), rounds_.begin() + end), founded_, name_);
  if (out.empty()) out.currency_ = currency_;  // an empty past keeps the currency
  if (!conversions_.empty())
    out.conversions_.assign(conversions_.begin(), conversions_.begin() + end);
  return out;
}

namespace {

// The round's exact tranches, when they add up to its exact amount.
bool tranches_add_up(const Round& r) {
  if (r.tranches.empty() || !r.amount.is_exact()) return false;
  Money sum = Money::zero(r.currency());
  for (const Tranche& t : r.tranches) {
    if (!t.amount.is_exact() || t.amount.currency() != r.currency()) return false;
    sum += *t.amount.value();
  }
  return sum == *r.amount.value();
}

// pre + equity == post, all exact, as Round::validate() checks.
bool valuation_adds_up(const Round& r) {
  const ReportedMoney equity = r.equity_amount();
  if (!r.pre_money.is_exact() || !r.post_money.is_exact() || !equity.is_exact()) return false;
  if (r.pre_money.currency() != equity.currency() || r.post_money.currency() != equity.currency()) return false;
  return *r.pre_money.value() + *equity.value() == *r.post_money.value();
}

}  // namespace

Timeline Timeline::converted(const RateTable& rates, Currency to, Convention convention, RoundingMode mode) const {
  Timeline out = *this;
  out.conversions_.assign(rounds_.size(), std::nullopt);
  for (std::size_t i = 0; i < rounds_.size(); ++i) {
    const Round& from = rounds_[i];
    Round& r = out.rounds_[i];
    const Date on = convention.day_for(days_[i]);
    const auto in_context = [&](const fx_error& e) {
      return e.in_context(fmt::format("{}round \"{}\" ({})", name_.empty() ? "" : name_ + ", ", from.id, from.announced));
    };
    const auto convert = [&](const ReportedMoney& m) {
      try {
        return convert_reported(rates, m, to, on, mode);
      } catch (const fx_error& e) {
        throw in_context(e);
      }
    };
    const auto convert_money = [&](Money m) {
      try {
        return rates.convert(m, to, on, mode);
      } catch (const fx_error& e) {
        throw in_context(e);
      }
    };

    r.amount = convert(from.amount);
    if (from.amount.is_disclosed()) {
      try {
        out.conversions_[i] = rates.convert_detailed(*from.amount.value(), to, on, mode);
      } catch (const fx_error& e) {
        throw in_context(e);
      }
    }
    if (tranches_add_up(from)) {
      // Converting running totals and taking differences rounds each tranche
      // by at most one minor unit and keeps their sum equal to the amount.
      Money running = Money::zero(from.currency());
      Money converted_before = Money::zero(to);
      for (std::size_t k = 0; k < from.tranches.size(); ++k) {
        running += *from.tranches[k].amount.value();
        const Money converted_running = convert_money(running);
        r.tranches[k].amount = ReportedMoney::exact(converted_running - converted_before);
        converted_before = converted_running;
      }
    } else {
      for (Tranche& t : r.tranches) t.amount = convert(t.amount);
    }
    r.post_money = convert(from.post_money);
    r.pre_money = convert(from.pre_money);
    if (valuation_adds_up(from)) {
      // Keep pre + equity == post after rounding: pre-money is the difference.
      const Money pre = *r.post_money.value() - *r.equity_amount().value();
      if (!pre.is_negative()) r.pre_money = ReportedMoney::exact(pre);
    }
  }
  out.currency_ = to;
  out.mixed_with_.reset();
  out.cumulative_.clear();
  ReportedMoney sum = out.zero();
  for (const Round& r : out.rounds_) out.cumulative_.push_back(sum += r.amount);
  return out;
}

std::optional<Conversion> Timeline::conversion_of(std::size_t i) const {
  if (i >= rounds_.size()) throw error(fmt::format("no round {}: the timeline has {}", i, rounds_.size()));
  if (i >= conversions_.size()) return std::nullopt;
  return conversions_[i];
}

Timeline Timeline::converted(Currency to, Convention convention, RoundingMode mode) const {
  return converted(RateTable::bundled(), to, convention, mode);
}

}  // namespace fundline
