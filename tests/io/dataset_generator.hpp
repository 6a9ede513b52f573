// Random datasets for the round-trip property tests, from fixed seeds
// (std::mt19937_64): every field fundline's CSV layout keeps, with the
// characters CSV and list cells must escape, and valid rounds only.
#pragma once

#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fundline/model/company.hpp"

namespace fundline::testing {

// Random datasets of everything the CSV layout keeps, from a fixed seed.
class DatasetGenerator {
 public:
  explicit DatasetGenerator(std::uint64_t seed) : rng_(seed) {}

  std::vector<Company> companies(std::size_t n) {
    std::vector<Company> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(company(i));
    return out;
  }

 private:
  std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  bool coin(double p = 0.5) { return std::bernoulli_distribution(p)(rng_); }

  // Text with the characters CSV and the list cells must escape.
  std::string text(bool allow_empty = true) {
    static const std::vector<std::string> pieces{"Mistral", " AI", ",", "\"", "\n", "|", "\\", "é", "€", "株式会社",
                                                 "Lightspeed", "a16z", " ", "\r\n", "<x>", "'"};
    if (allow_empty && coin(0.2)) return {};
    std::string s;
    const std::size_t n = 1 + below(4);
    for (std::size_t i = 0; i < n; ++i) s += pieces[below(pieces.size())];
    return s;
  }
  std::string uuid() {
    return fmt::format("{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}", rng_() & 0xffffffff, rng_() & 0xffff, rng_() & 0xfff,
                       rng_() & 0xfff, rng_() & 0xffffffffffff);
  }
  Source source() {
    Source s;
    s.publisher = coin(0.8) ? "Crunchbase" + text() : std::string();
    if (s.publisher.empty() || coin()) s.url = "https://example.com/" + std::to_string(rng_() % 1000);
    return s;
  }
  PartialDate date(int from_year) {
    const int y = from_year + static_cast<int>(below(20));
    switch (below(4)) {
      case 0: return PartialDate::year(y);
      case 1: return PartialDate::quarter(y, 1 + static_cast<int>(below(4)));
      case 2: return PartialDate::month(y, 1 + static_cast<int>(below(12)));
      default: return PartialDate::day(y, 1 + static_cast<int>(below(12)), 1 + static_cast<int>(below(28)));
    }
  }
  Currency currency() { return Currency::at(below(Currency::count())); }
  Money money(Currency c) {
    return Money::from_minor(static_cast<std::int64_t>(rng_() % 1'000'000'000'000'000ULL), c);
  }
  ReportedMoney reported(Currency c) {
    const auto q = static_cast<Qualifier>(below(8));
    if (q == Qualifier::undisclosed) return ReportedMoney::undisclosed(c);
    const Money a = money(c), b = money(c);
    if (q == Qualifier::range) return ReportedMoney::between(std::min(a, b), std::max(a, b));
    return ReportedMoney::with(q, a);
  }
  Round round() {
    Round r{.announced = date(2001)};
    r.id = coin(0.9) ? uuid() : std::string();
    r.type = static_cast<RoundType>(below(static_cast<std::size_t>(RoundType::undisclosed) + 1));
    r.label = text();
    const Currency c = currency();
    r.amount = reported(c);
    if (coin(0.3)) r.claims.push_back(Claim{"amount_usd", fmt::format("{}", money(currencies::USD)), "Crunchbase's USD figure", {}});
    // Valid rounds (Round::validate): tranches in the round's currency that do
    // not contradict an exact amount, and no exact pre + equity != post.
    for (std::size_t i = below(3); i > 0; --i) r.tranches.push_back({static_cast<Instrument>(below(4)), reported(c)});
    if (!r.tranches.empty() && r.amount.is_exact()) r.tranches.back().amount = ReportedMoney::undisclosed(c);
    r.pre_money = coin() ? reported(coin() ? c : currency()) : ReportedMoney::undisclosed(c);
    r.post_money = coin() ? reported(coin() ? c : currency()) : ReportedMoney::undisclosed(c);
    // A post-money below the equity would derive a negative pre-money.
    if (r.post_money.is_disclosed() && r.post_money.currency() == c) r.post_money = r.post_money + r.equity_amount();
    if (r.pre_money.is_exact() && r.post_money.is_exact())
      r.pre_money = ReportedMoney::approximately(*r.pre_money.value());
    if (coin(0.3))
      r.claims.push_back(Claim{"post_money_usd", fmt::format("{}", money(currencies::USD)), "Crunchbase's USD figure", {}});
    for (std::size_t i = below(4); i > 0; --i) {
      std::string name = text(false) + std::to_string(i);
      r.investors.push_back({name, coin(0.3), {}});
    }
    for (std::size_t i = below(3); i > 0; --i) r.sources.push_back(source());
    r.note = text();
    return r;
  }
  Company company(std::size_t i) {
    Company c;
    c.id = coin(0.8) ? uuid() : std::string();
    c.name = text(false) + " #" + std::to_string(i);
    if (coin()) c.founded = PartialDate::year(1990 + static_cast<int>(below(10)));
    c.country = coin() ? "FR" : std::string();
    for (std::size_t k = below(3); k > 0; --k) c.sectors.push_back(text(false));
    for (std::size_t k = below(2); k > 0; --k) c.sources.push_back(source());
    c.note = text();
    for (std::size_t k = below(5); k > 0; --k) c.rounds.push_back(round());
    return c;
  }

  std::mt19937_64 rng_;
};

// A random open-data-map file: the kind of rows Crunchbase writes.
inline std::string generated_odm(std::uint64_t seed, std::size_t rows) {
  std::mt19937_64 rng(seed);
  auto pick = [&](auto const& v) { return v[rng() % v.size()]; };
  const std::vector<std::pair<std::string, std::string>> types{{"seed", ""},    {"venture", "A"}, {"venture", "B"},
                                                               {"angel", ""},   {"grant", ""},    {"debt_financing", ""},
                                                               {"undisclosed", ""}};
  const std::vector<std::string> currencies{"USD", "EUR", "GBP", "JPY", "INR", ""};
  std::string out =
      "company_name,country_code,state_code,region,city,company_category_list,funding_round_type,funding_round_code,"
      "announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,post_money_valuation_usd,"
      "post_money_valuation,pre_money_currency_code,investor_count,investor_names,cb_url,company_uuid,"
      "funding_round_uuid\n";
  for (std::size_t i = 0; i < rows; ++i) {
    const auto company = rng() % (rows / 3 + 1);
    const auto [type, code] = pick(types);
    const auto cur = pick(currencies);
    const auto amount = std::to_string(rng() % 100'000'000'000ULL);
    const bool post = rng() % 4 == 0;
    out += fmt::format("\"Company, {}\",FRA,,,,AI|Data,{},{},20{:02}-{:02}-{:02},{},{},{},{},{},{},,\"{}\",https://cb/{},c-{},r-{}\n",
                       company, type, code, 10 + rng() % 15, 1 + rng() % 12, 1 + rng() % 28,
                       rng() % 3 ? std::to_string(rng() % 100'000'000) : std::string(),
                       cur.empty() ? std::string() : amount, cur, post ? "5000000" : "",
                       post && !cur.empty() ? "4000000" : "", post && !cur.empty() ? cur : "",
                       rng() % 2 ? "Index Ventures, Lightspeed" : "", company, company, i);
  }
  return out;
}

}  // namespace fundline::testing
