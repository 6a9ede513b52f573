#include "fundline/dataset/investor_report.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/dataset/converted_dataset.hpp"

namespace fundline {
namespace {

// Year of a day number, through the calendar conversion the project has.
int year_of(DayNumber day) { return static_cast<int>(from_day_number(day).year()); }

std::int64_t add_checked(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw overflow_error("an investor's capital does not fit in 64 bits of minor units");
  return sum;
}

// Keeps the n best of a stream by `better`, best first.
template <class T, class Better>
class TopN {
 public:
  TopN(std::size_t n, Better better) : n_(n), better_(better) {}
  // Whether t would enter: lets the caller skip building a candidate.
  [[nodiscard]] bool wants(const T& t) const { return n_ > 0 && (items_.size() < n_ || better_(t, items_.back())); }
  void offer(const T& t) {
    if (!wants(t)) return;
    if (items_.size() == n_) items_.pop_back();
    items_.insert(std::upper_bound(items_.begin(), items_.end(), t, better_), t);
  }
  [[nodiscard]] std::vector<T> take() { return std::move(items_); }

 private:
  std::size_t n_;
  Better better_;
  std::vector<T> items_;
};

}  // namespace

bool RoundSelection::selects(DayNumber day, RoundType type) const noexcept {
  if (as_of && day > *as_of) return false;
  if (from_year != 0 || to_year != 0) {
    const int y = year_of(day);
    if ((from_year != 0 && y < from_year) || (to_year != 0 && y > to_year)) return false;
  }
  return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

Participations::Participations(const Investments& investments, const Dataset& rounds, const RoundSelection& selection)
    : investments_(&investments) {
  if (investments.round_count() != rounds.size())
    throw inconsistent_data(fmt::format("the investments were joined to {} rounds, the Dataset has {}",
                                        investments.round_count(), rounds.size()));
  const auto round = investments.rounds();
  const auto investor = investments.investors();
  const auto lead = investments.leads();
  const std::size_t n = round.size(), rows = rounds.size();
  std::vector<std::uint8_t> chosen;
  if (!selection.selects_everything()) {
    chosen.resize(rows);
    for (std::size_t r = 0; r < rows; ++r) chosen[r] = selection.selects(rounds.days()[r], rounds.round_types()[r]);
  }
  auto wanted = [&](std::uint32_t r) { return chosen.empty() || chosen[r] != 0; };

  // A counting sort by round; each entry is investor << 1 | lead.
  begin_.assign(rows + 1, 0);
  for (std::size_t i = 0; i < n; ++i)
    if (wanted(round[i])) ++begin_[round[i] + 1];
  for (std::size_t r = 0; r < rows; ++r) begin_[r + 1] += begin_[r];
  std::vector<std::uint32_t> packed(begin_[rows]);
  {
    std::vector<std::uint32_t> next(begin_.begin(), begin_.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
      if (wanted(round[i]))
        packed[next[round[i]]++] = investor[i] << 1 | static_cast<std::uint32_t>(lead[i] == LeadFlag::yes);
  }
  // Each round's entries sorted and made distinct (a lead in any row leads), compacted in place.
  std::uint32_t out = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    const std::uint32_t b = begin_[r], e = begin_[r + 1];
    begin_[r] = out;
    if (b == e) continue;
    std::sort(packed.begin() + b, packed.begin() + e);
    bool any_lead = false;
    for (std::uint32_t i = b; i < e; ++i) {
      if (out > begin_[r] && packed[out - 1] >> 1 == packed[i] >> 1) {
        packed[out - 1] |= packed[i] & 1;
      } else {
        packed[out++] = packed[i];
      }
      any_lead = any_lead || (packed[i] & 1) != 0;
    }
    ++rounds_with_investors_;
    rounds_led_ += any_lead;
  }
  begin_[rows] = out;
  packed.resize(out);
  packed.shrink_to_fit();
  lead_.resize(out);
  for (std::uint32_t i = 0; i < out; ++i) {
    lead_[i] = static_cast<std::uint8_t>(packed[i] & 1);
    packed[i] >>= 1;
  }
  member_ = std::move(packed);
}

std::vector<InvestorStanding> Participations::standings(std::span<const std::int64_t> amounts) const {
  std::vector<InvestorStanding> s(investments_->investor_count());
  const std::size_t rows = begin_.size() - 1;
  for (std::size_t r = 0; r < rows; ++r) {
    const std::int64_t amount = amounts[r];
    for (std::uint32_t i = begin_[r]; i < begin_[r + 1]; ++i) {
      InvestorStanding& x = s[member_[i]];
      ++x.rounds;
      x.led += lead_[i];
      x.capital = add_checked(x.capital, amount);
    }
  }
  return s;
}

std::vector<RankedInvestor> Participations::ranked(const std::vector<InvestorStanding>& s, std::size_t n,
                                                   bool by_leads) const {
  // Ids follow uuid order, so "then uuid ascending" is "then id ascending".
  auto better = [by_leads](const RankedInvestor& x, const RankedInvestor& y) {
    const auto kx = by_leads ? static_cast<std::int64_t>(x.standing.led) : x.standing.capital;
    const auto ky = by_leads ? static_cast<std::int64_t>(y.standing.led) : y.standing.capital;
    return kx != ky ? kx > ky : x.investor < y.investor;
  };
  TopN<RankedInvestor, decltype(better)> top(n, better);
  for (InvestorId id = 0; id < s.size(); ++id) {
    if (s[id].rounds == 0 || (by_leads && s[id].led == 0)) continue;
    const RankedInvestor candidate{id, {}, s[id]};
    if (top.wants(candidate)) top.offer(candidate);
  }
  auto out = top.take();
  for (auto& r : out) r.uuid = investments_->investor_uuid(r.investor);
  return out;
}

std::vector<RankedInvestor> Participations::top_by_capital(std::span<const std::int64_t> amounts, std::size_t n) const {
  return ranked(standings(amounts), n, false);
}

std::vector<RankedInvestor> Participations::top_by_leads(std::size_t n) const {
  std::vector<InvestorStanding> s(investments_->investor_count());
  for (std::size_t i = 0; i < member_.size(); ++i) {
    ++s[member_[i]].rounds;
    s[member_[i]].led += lead_[i];
  }
  return ranked(s, n, true);
}

std::vector<CoInvestmentPair> Participations::top_pairs(std::size_t n) const {
  // Every pair instance (a, b), a < b, grouped by a with a counting sort;
  // then for each a one pass over its b's with a counter per investor.
  const std::size_t investors = investments_->investor_count(), rows = begin_.size() - 1;
  std::vector<std::size_t> first(investors + 1, 0);
  for (std::size_t r = 0; r < rows; ++r) {
    const std::uint32_t b = begin_[r], e = begin_[r + 1];
    for (std::uint32_t i = b; i < e; ++i) first[member_[i] + 1] += e - i - 1;
  }
  for (std::size_t a = 0; a < investors; ++a) first[a + 1] += first[a];
  std::vector<InvestorId> partner(first[investors]);
  {
    std::vector<std::size_t> next(first.begin(), first.end() - 1);
    for (std::size_t r = 0; r < rows; ++r) {
      const std::uint32_t b = begin_[r], e = begin_[r + 1];
      for (std::uint32_t i = b; i < e; ++i)
        for (std::uint32_t j = i + 1; j < e; ++j) partner[next[member_[i]]++] = member_[j];
    }
  }
  auto better = [](const CoInvestmentPair& x, const CoInvestmentPair& y) {
    if (x.shared_rounds != y.shared_rounds) return x.shared_rounds > y.shared_rounds;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  };
  TopN<CoInvestmentPair, decltype(better)> top(n, better);
  std::vector<std::uint32_t> count(investors, 0);
  std::vector<InvestorId> touched;
  for (InvestorId a = 0; a < investors; ++a) {
    touched.clear();
    for (std::size_t i = first[a]; i < first[a + 1]; ++i)
      if (count[partner[i]]++ == 0) touched.push_back(partner[i]);
    for (InvestorId b : touched) {
      const CoInvestmentPair candidate{a, b, {}, {}, count[b]};
      if (top.wants(candidate)) top.offer(candidate);
      count[b] = 0;
    }
  }
  auto out = top.take();
  for (auto& p : out) {
    p.uuid_a = investments_->investor_uuid(p.a);
    p.uuid_b = investments_->investor_uuid(p.b);
  }
  return out;
}

InvestorsReport make_investors_report(const Investments& investments, const Dataset& rounds, const EcbRates& rates,
                                      std::size_t top_count) {
  return make_investors_report(investments, rounds, RateTable::of(rates), top_count);
}

InvestorsReport make_investors_report(const Investments& investments, const Dataset& rounds, const RateTable& table,
                                      std::size_t top_count) {
  const ConvertedDataset eur = rounds.convert_to(currencies::EUR, table, RoundingMode::half_up);
  const Participations p(investments, rounds);
  InvestorsReport r;
  r.investments = investments.rows_read();
  r.orphans = investments.orphan_count();
  r.investors = investments.investor_count();
  r.participations = p.size();
  r.rounds_with_investors = p.rounds_with_investors();
  r.rounds_led = p.rounds_led();
  r.top_participated = p.top_by_capital(eur.amounts(), top_count);
  r.top_leads = p.top_by_leads(top_count);
  r.top_pairs = p.top_pairs(top_count);
  return r;
}

std::string to_string(const InvestorsReport& r) {
  std::string out = fmt::format("investments {}\norphans {}\ninvestors {}\nparticipations {}\n"
                                "rounds_with_investors {}\nrounds_led {}\n",
                                r.investments, r.orphans, r.investors, r.participations, r.rounds_with_investors,
                                r.rounds_led);
  std::size_t k = 0;
  for (const auto& t : r.top_participated)
    out += fmt::format("top_participated {} {} {} {}\n", ++k, t.uuid, t.standing.rounds, t.standing.capital);
  k = 0;
  for (const auto& t : r.top_leads) out += fmt::format("top_leads {} {} {}\n", ++k, t.uuid, t.standing.led);
  k = 0;
  for (const auto& p : r.top_pairs)
    out += fmt::format("top_pairs {} {} {} {}\n", ++k, p.uuid_a, p.uuid_b, p.shared_rounds);
  return out;
}

InvestorPortfolio investor_portfolio(const Investments& investments, const Dataset& rounds, const RoundKeys& keys,
                                     InvestorId investor, const RateTable& rates, Currency currency,
                                     const RoundSelection& selection, std::size_t co_investor_count) {
  if (investor >= investments.investor_count())
    throw inconsistent_data(fmt::format("no investor with id {}: there are {}", investor, investments.investor_count()));
  InvestorPortfolio f;
  f.investor = investor;
  f.uuid = investments.investor_uuid(investor);
  f.name = investments.investor_name(investor);
  f.type = investments.investor_type(investor);
  f.currency = currency;
  f.capital = Money::zero(currency);
  const auto round = investments.rounds();
  const auto who = investments.investors();
  const auto lead = investments.leads();

  // The selected rounds it joined, once each, led when any of its rows says so.
  std::map<std::uint32_t, bool> joined;
  for (std::size_t i = 0; i < round.size(); ++i)
    if (who[i] == investor && selection.selects(rounds.days()[round[i]], rounds.round_types()[round[i]]))
      joined[round[i]] |= lead[i] == LeadFlag::yes;
  // Everyone in those rounds: (row, investor) once each.
  std::vector<std::pair<std::uint32_t, InvestorId>> members;
  for (std::size_t i = 0; i < round.size(); ++i)
    if (joined.count(round[i]) != 0) members.emplace_back(round[i], who[i]);
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  std::map<std::uint32_t, std::size_t> size_of;
  std::map<InvestorId, std::size_t> shared;
  for (const auto& [row, other] : members) {
    ++size_of[row];
    if (other != investor) ++shared[other];
  }

  std::map<CompanyId, std::size_t> company_at;
  for (const auto& [row, led] : joined) {
    PortfolioRound pr;
    pr.row = row;
    pr.round_uuid = keys.uuid_of_row(row);
    pr.company = rounds.company_of(row);
    pr.company_uuid = rounds.company_uuid(pr.company);
    pr.company_name = rounds.company_name(pr.company);
    pr.announced = from_day_number(rounds.days()[row]);
    pr.type = rounds.round_types()[row];
    pr.led = led;
    pr.investors = size_of[row];
    const std::int64_t amount = rounds.raised_amounts()[row];
    const std::uint8_t ccy = rounds.raised_currencies()[row];
    if (amount != Dataset::missing && ccy != Dataset::no_currency) {
      pr.amount = Money::from_minor(amount, Currency::at(ccy));
    } else if (rounds.raised_usd()[row] != Dataset::missing) {
      pr.amount = Money::from_minor(rounds.raised_usd()[row], currencies::USD);
    }
    if (pr.amount) {
      const Conversion c = rates.convert_detailed(*pr.amount, currency, pr.announced);
      pr.converted = c.to;
      pr.stale = c.stale;
      f.capital += c.to;
      f.stale += c.stale;
    } else {
      ++f.undisclosed;
    }
    f.led += led;
    auto [it, fresh] = company_at.try_emplace(pr.company, f.companies.size());
    if (fresh) {
      PortfolioCompany c;
      c.company = pr.company;
      c.uuid = pr.company_uuid;
      c.name = pr.company_name;
      c.first = c.last = pr.announced;
      c.capital = Money::zero(currency);
      f.companies.push_back(c);
    }
    PortfolioCompany& c = f.companies[it->second];
    c.first = std::min(c.first, pr.announced);
    c.last = std::max(c.last, pr.announced);
    ++c.rounds;
    c.led += led;
    if (pr.converted) {
      c.capital += *pr.converted;
    } else {
      ++c.undisclosed;
    }
    f.rounds.push_back(pr);
  }
  std::sort(f.rounds.begin(), f.rounds.end(), [](const PortfolioRound& a, const PortfolioRound& b) {
    return a.announced != b.announced ? a.announced < b.announced : a.row < b.row;
  });
  std::sort(f.companies.begin(), f.companies.end(), [](const PortfolioCompany& a, const PortfolioCompany& b) {
    if (a.capital != b.capital) return a.capital > b.capital;
    return a.first != b.first ? a.first < b.first : a.uuid < b.uuid;
  });
  for (const auto& [other, count] : shared)
    f.co_investors.push_back({other, investments.investor_uuid(other), investments.investor_name(other), count});
  std::stable_sort(f.co_investors.begin(), f.co_investors.end(),
                   [](const CoInvestor& a, const CoInvestor& b) { return a.shared_rounds > b.shared_rounds; });
  if (f.co_investors.size() > co_investor_count) f.co_investors.resize(co_investor_count);
  return f;
}

std::vector<PeriodCapital> capital_by_period(const InvestorPortfolio& portfolio, Period period) {
  std::vector<PeriodCapital> out;
  for (const auto& r : portfolio.rounds) {  // rounds are in day order
    const Date start = period_start(r.announced, period);
    if (out.empty() || out.back().start != start) out.push_back({start, Money::zero(portfolio.currency), 0});
    ++out.back().rounds;
    if (r.converted) out.back().capital += *r.converted;
  }
  return out;
}

}  // namespace fundline
