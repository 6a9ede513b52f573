#include "fundline/dataset/converted_dataset.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/dataset/dataset.hpp"
#include "fundline/fx/rate_table.hpp"
#include "on_threads.hpp"

namespace fundline {
namespace {

// n / d rounded with mode, n >= 0 and d > 0. Same result as divide_rounded;
// the 64-bit half-up case (nearly every round) avoids a 128-bit division.
inline std::int64_t divide(int128 n, std::int64_t d, RoundingMode mode) {
  if (mode == RoundingMode::half_up && n <= static_cast<int128>(INT64_MAX / 4)) {
    const auto n64 = static_cast<std::uint64_t>(n), d64 = static_cast<std::uint64_t>(d);
    if (d64 <= static_cast<std::uint64_t>(INT64_MAX / 4)) return static_cast<std::int64_t>((2 * n64 + d64) / (2 * d64));
  }
  const int128 q = divide_rounded(n, d, mode);
  if (q > INT64_MAX) throw overflow_error("a converted amount does not fit in 64 bits of minor units");
  return static_cast<std::int64_t>(q);
}

void add_checked(std::int64_t& sum, std::int64_t v) {
  if (__builtin_add_overflow(sum, v, &sum)) throw overflow_error("a dataset total does not fit in 64 bits");
}

}  // namespace

ConvertedDataset Dataset::convert_to(Currency target, const EcbRates& rates, RoundingMode mode) const& {
  return convert_to(target, RateTable::of(rates), mode);
}

ConvertedDataset Dataset::convert_to(Currency target, const RateTable& table, RoundingMode mode) const& {
  return convert_to(target, table, mode, 0);
}

ConvertedDataset Dataset::convert_to(Currency target, const RateTable& table, RoundingMode mode,
                                     unsigned threads) const& {
  const std::size_t n = size();
  std::vector<std::int64_t> amounts(n, 0);
  std::vector<std::uint8_t> used(n, no_currency);
  const std::int64_t target_scale = detail::pow10(target.exponent());
  std::array<std::int64_t, 256> source_scale{};
  for (std::size_t c = 0; c < Currency::count(); ++c) source_scale[c] = detail::pow10(Currency::at(c).exponent());

  // The table's own look-up and policy (fx/fx_policy.hpp), so that a round
  // converts here exactly when RateTable::convert would convert it.
  auto rate = [&](std::uint8_t c, std::size_t i) {
    const RateTable::DayRate r = table.rate_on(Currency::at(c), day_[i]);
    if (!r.ok())
      throw table.refusal(Currency::at(c), day_[i])
          .in_context(fmt::format("company {}, round of {}", companies_.key(company_[i]),
                                  to_iso(from_day_number(day_[i]))));
    return r.micro;
  };
  // Through the euro in one step: minor_T = minor_X * r_T * 10^e_T / (r_X * 10^e_X),
  // with r the ECB rate x 10^6 per euro (10^6 for the euro itself). One
  // division a round, so one rounding; for the euro this is the benchmark's
  // floor((2 a 10^8 + r) / 2r) on whole units a.
  auto convert_rows = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      std::uint8_t c = no_currency;
      if (raised_amount_[i] != missing && raised_currency_[i] != no_currency) {
        c = raised_currency_[i];
        amounts[i] = raised_amount_[i];
      } else if (raised_usd_[i] != missing) {
        c = currencies::USD.index();
        amounts[i] = raised_usd_[i];
      }
      used[i] = c;
      if (c == no_currency || c == target.index()) continue;
      const std::int64_t r_source = rate(c, i);
      const std::int64_t r_target = rate(target.index(), i);
      const int128 num = static_cast<int128>(amounts[i]) * r_target * target_scale;
      const int128 den = static_cast<int128>(r_source) * source_scale[c];
      if (den > INT64_MAX) {
        amounts[i] = static_cast<std::int64_t>(divide_rounded(num, den, mode));
      } else {
        amounts[i] = divide(num, static_cast<std::int64_t>(den), mode);
      }
    }
  };
  // Automatic: a thread a core, each with at least 2^16 rows (below that a
  // thread costs more than it saves). Asked for: as many as asked.
  if (threads == 0)
    threads = static_cast<unsigned>(
        std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), n / 65536 + 1));
  threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(n, 1)));
  if (threads == 1) {
    convert_rows(0, n);
    return ConvertedDataset(*this, target, std::move(amounts), std::move(used));
  }
  // Each thread stops at its first refused row. Every row before a thread's
  // range was converted by the threads before it, so the refusal of the
  // first thread that has one is the first in row order, the one thrown.
  const auto range = [&](unsigned t) { return n / threads * t; };
  detail::on_threads(threads, [&](unsigned t) { convert_rows(range(t), t + 1 == threads ? n : range(t + 1)); });
  return ConvertedDataset(*this, target, std::move(amounts), std::move(used));
}

ConvertedDataset::ConvertedDataset(const Dataset& dataset, Currency currency, std::vector<std::int64_t> amounts,
                                   std::vector<std::uint8_t> used_currency)
    : dataset_(&dataset), currency_(currency), amounts_(std::move(amounts)), used_currency_(std::move(used_currency)) {}

int128 ConvertedDataset::total() const noexcept {
  int128 sum = 0;
  for (std::int64_t v : amounts_) sum += v;
  return sum;
}

std::vector<YearTotal> ConvertedDataset::totals_by_year() const {
  // Years as offsets from the earliest: a small array, no map.
  const auto days = dataset_->days();
  int lo = 0, hi = -1;
  std::vector<YearTotal> by_offset;
  for (std::size_t i = 0; i < amounts_.size(); ++i) {
    if (used_currency_[i] == Dataset::no_currency) continue;
    const int y = civil_from_days(days[i]).year;
    if (hi < lo) {
      lo = hi = y;
      by_offset.assign(1, YearTotal{y, 0, 0});
    } else if (y < lo) {
      by_offset.insert(by_offset.begin(), static_cast<std::size_t>(lo - y), YearTotal{});
      lo = y;
    } else if (y > hi) {
      by_offset.resize(static_cast<std::size_t>(y - lo + 1));
      hi = y;
    }
    YearTotal& t = by_offset[static_cast<std::size_t>(y - lo)];
    t.year = y;
    add_checked(t.total, amounts_[i]);
    ++t.rounds;
  }
  std::erase_if(by_offset, [](const YearTotal& t) { return t.rounds == 0; });
  return by_offset;
}

std::vector<GroupTotal> ConvertedDataset::group_by(GroupKey key) const {
  if (key == GroupKey::year) {
    std::vector<GroupTotal> out;
    for (const auto& y : totals_by_year()) out.push_back(GroupTotal{std::to_string(y.year), y.total, y.rounds});
    return out;
  }
  std::map<std::uint32_t, GroupTotal> groups;
  const auto countries = dataset_->countries();
  const auto types = dataset_->round_types();
  for (std::size_t i = 0; i < amounts_.size(); ++i) {
    const std::uint8_t c = used_currency_[i];
    if (c == Dataset::no_currency) continue;
    std::uint32_t k = 0;
    switch (key) {
      case GroupKey::country: k = countries[i]; break;
      case GroupKey::round_type: k = static_cast<std::uint32_t>(types[i]); break;
      case GroupKey::currency: k = c; break;
      case GroupKey::year: break;
    }
    GroupTotal& g = groups[k];
    add_checked(g.total, amounts_[i]);
    ++g.rounds;
  }
  std::vector<GroupTotal> out;
  for (auto& [k, g] : groups) {
    switch (key) {
      case GroupKey::country: g.key = Dataset::country_code(k); break;
      case GroupKey::round_type: g.key = std::string(to_string(static_cast<RoundType>(k))); break;
      case GroupKey::currency: g.key = std::string(Currency::at(k).code()); break;
      case GroupKey::year: break;
    }
    out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end(), [](const GroupTotal& a, const GroupTotal& b) { return a.key < b.key; });
  return out;
}

std::vector<std::int64_t> ConvertedDataset::company_totals() const {
  std::vector<std::int64_t> totals(dataset_->company_count(), 0);
  const auto ids = dataset_->company_ids();
  for (std::size_t i = 0; i < amounts_.size(); ++i) add_checked(totals[ids[i]], amounts_[i]);
  return totals;
}

namespace {

// The n best of the companies with a disclosed round: total descending, then
// uuid ascending. A bounded heap of the best n so far: O(companies log n),
// no full sort.
template <class TotalOf, class HasRound>
std::vector<CompanyTotal> best_companies(const CompanyIndex& index, std::size_t n, const TotalOf& total_of,
                                         const HasRound& has_round) {
  auto before = [&](CompanyId a, CompanyId b) {
    const std::int64_t ta = total_of(a), tb = total_of(b);
    if (ta != tb) return ta > tb;
    return index.key(a) < index.key(b);
  };
  std::vector<CompanyId> heap;
  heap.reserve(n + 1);
  for (CompanyId id = 0; id < index.size(); ++id) {
    if (!has_round(id) || n == 0) continue;
    if (heap.size() < n) {
      heap.push_back(id);
      std::push_heap(heap.begin(), heap.end(), before);
    } else if (before(id, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), before);
      heap.back() = id;
      std::push_heap(heap.begin(), heap.end(), before);
    }
  }
  std::sort(heap.begin(), heap.end(), before);
  std::vector<CompanyTotal> out;
  for (CompanyId id : heap) out.push_back(CompanyTotal{id, index.key(id), total_of(id)});
  return out;
}

}  // namespace

std::vector<CompanyTotal> ConvertedDataset::top_n(std::size_t n) const {
  const auto totals = company_totals();
  std::vector<bool> has_round(totals.size(), false);
  const auto ids = dataset_->company_ids();
  for (std::size_t i = 0; i < amounts_.size(); ++i)
    if (used_currency_[i] != Dataset::no_currency) has_round[ids[i]] = true;
  return best_companies(
      dataset_->companies(), n, [&](CompanyId id) { return totals[id]; }, [&](CompanyId id) { return has_round[id]; });
}

std::vector<CompanyTotal> ConvertedDataset::top_n(std::size_t n, const AsOfIndex& index) const {
  return best_companies(
      dataset_->companies(), n, [&](CompanyId id) { return index.total(id); },
      [&](CompanyId id) { return index.rounds(id) != 0; });
}

AsOfIndex ConvertedDataset::as_of_index() const {
  return AsOfIndex(dataset_->company_ids(), dataset_->company_count(), dataset_->days(), amounts_, used_currency_);
}

std::vector<std::int64_t> ConvertedDataset::cumulative_as_of(std::span<const AsOfQuery> queries) const {
  return as_of_index().cumulative(queries);
}

AsOfIndex::AsOfIndex(std::span<const CompanyId> companies, std::size_t company_count, std::span<const DayNumber> days,
                     std::span<const std::int64_t> amounts, std::span<const std::uint8_t> disclosed_currency) {
  begin_.assign(company_count + 1, 0);
  std::size_t events = 0;
  for (std::size_t i = 0; i < companies.size(); ++i)
    if (disclosed_currency[i] != 0xFF) {
      ++begin_[companies[i] + 1];
      ++events;
    }
  for (std::size_t c = 0; c < company_count; ++c) begin_[c + 1] += begin_[c];
  day_.resize(events);
  running_.resize(events);
  std::vector<std::uint32_t> fill(begin_.begin(), begin_.end() - 1);
  for (std::size_t i = 0; i < companies.size(); ++i) {
    if (disclosed_currency[i] == 0xFF) continue;
    const std::uint32_t at = fill[companies[i]]++;
    day_[at] = days[i];
    running_[at] = amounts[i];
  }
  for (std::size_t c = 0; c < company_count; ++c) {
    const std::uint32_t b = begin_[c], e = begin_[c + 1];
    // Insertion sort by day: a company has a handful of rounds, usually in order.
    for (std::uint32_t i = b + 1; i < e; ++i) {
      const DayNumber d = day_[i];
      const std::int64_t v = running_[i];
      std::uint32_t j = i;
      while (j > b && day_[j - 1] > d) {
        day_[j] = day_[j - 1];
        running_[j] = running_[j - 1];
        --j;
      }
      day_[j] = d;
      running_[j] = v;
    }
    for (std::uint32_t i = b + 1; i < e; ++i) add_checked(running_[i], running_[i - 1]);
  }
}

std::int64_t AsOfIndex::total(CompanyId company) const noexcept {
  if (std::size_t{company} + 1 >= begin_.size() || begin_[company] == begin_[company + 1]) return 0;
  return running_[begin_[company + 1] - 1];
}

std::size_t AsOfIndex::rounds(CompanyId company) const noexcept {
  if (std::size_t{company} + 1 >= begin_.size()) return 0;
  return begin_[company + 1] - begin_[company];
}

std::int64_t AsOfIndex::cumulative(CompanyId company, DayNumber day) const noexcept {
  if (std::size_t{company} + 1 >= begin_.size()) return 0;
  const auto b = day_.begin() + begin_[company], e = day_.begin() + begin_[company + 1];
  const auto it = std::upper_bound(b, e, day);
  if (it == b) return 0;
  return running_[static_cast<std::size_t>(it - day_.begin()) - 1];
}

std::vector<std::int64_t> AsOfIndex::cumulative(std::span<const AsOfQuery> queries, unsigned threads) const {
  std::vector<std::int64_t> out(queries.size());
  // Batches of queries in three passes, so that the cache misses of a batch
  // (company -> range, range -> days and totals) overlap instead of queueing.
  auto answer = [&](std::size_t from, std::size_t to) {
    constexpr std::size_t batch = 32;
    const auto companies = static_cast<CompanyId>(begin_.empty() ? 0 : begin_.size() - 1);
    for (std::size_t base = from; base < to; base += batch) {
      const std::size_t end = std::min(to, base + batch);
      for (std::size_t i = base; i < end; ++i)
        if (queries[i].company < companies) __builtin_prefetch(&begin_[queries[i].company]);
      // Pointer arithmetic, not &day_[b]: with no disclosed round at all the
      // vectors are empty and indexing them is undefined behaviour.
      for (std::size_t i = base; i < end; ++i)
        if (queries[i].company < companies) {
          const std::uint32_t b = begin_[queries[i].company];
          __builtin_prefetch(day_.data() + b);
          __builtin_prefetch(running_.data() + b);
        }
      for (std::size_t i = base; i < end; ++i) out[i] = cumulative(queries[i].company, queries[i].day);
    }
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, queries.size() / 65536 + 1));
  std::vector<std::jthread> workers;
  const std::size_t step = queries.size() / threads;
  for (unsigned t = 1; t < threads; ++t)
    workers.emplace_back(answer, step * t, t + 1 == threads ? queries.size() : step * (t + 1));
  answer(0, threads > 1 ? step : queries.size());
  return out;
}

}  // namespace fundline
