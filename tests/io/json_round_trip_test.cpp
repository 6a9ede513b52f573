// Property test: every Company survives to_json_text -> parse_company_json
// unchanged, and writing it again gives the same text. The companies are
// generated from a fixed seed so that a failure reproduces.
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "fundline/io/json.hpp"

using namespace fundline;

namespace {

class CompanyGenerator {
 public:
  explicit CompanyGenerator(std::uint64_t seed) : rng_(seed) {}

  Company company() {
    Company c;
    c.id = maybe_text("company");
    c.name = text("Company");
    if (chance(4, 5)) c.founded = date(1990, 2000);
    c.country = pick<std::string>({"", "FR", "US", "DE", "GBR"});
    for (int i = 0, n = count(3); i < n; ++i) c.founders.push_back(Person{text("Founder"), maybe_text("role")});
    for (int i = 0, n = count(3); i < n; ++i) c.sectors.push_back(text("sector"));
    for (int i = 0, n = count(5); i < n; ++i)
      c.investors.push_back(Investor{fmt::format("Investor {} {}", i, text("")),
                                     static_cast<InvestorKind>(below(static_cast<int>(InvestorKind::other) + 1)),
                                     maybe_text("country")});
    source_pool_.clear();
    for (int i = 0, n = count(4); i < n; ++i) source_pool_.push_back(source(fmt::format("src-{}", i)));
    for (int i = 0, n = count(6); i < n; ++i) c.rounds.push_back(round(c, i));
    c.sources = sources();
    c.claims = claims();
    c.note = maybe_text("note");
    return c;
  }

  std::set<Qualifier> qualifiers;
  std::set<DatePrecision> precisions;
  std::set<Instrument> instruments;
  std::set<RoundType> round_types;
  std::set<InvestorKind> investor_kinds;

 private:
  int below(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }
  int count(int max) { return below(max + 1); }
  bool chance(int in, int of) { return below(of) < in; }
  template <typename T>
  T pick(std::initializer_list<T> values) {
    return *(values.begin() + below(static_cast<int>(values.size())));
  }

  // Text that exercises escaping and UTF-8: quotes, backslashes, control
  // characters, accents, symbols and CJK.
  std::string text(const std::string& stem) {
    static const std::vector<std::string> pieces{"Mistral", "Timothée", "€ 105 M", "\"quoted\"", "back\\slash",
                                                 "line\nbreak", "tab\t", "日本語", "🚀", "", "a/b", "\x01"};
    std::string out = stem;
    for (int i = 0, n = count(2); i < n; ++i) out += " " + pieces[static_cast<std::size_t>(below(static_cast<int>(pieces.size())))];
    return out;
  }
  std::string maybe_text(const std::string& stem) { return chance(1, 3) ? std::string() : text(stem); }

  PartialDate date(int from_year, int to_year) {
    const int y = from_year + below(to_year - from_year + 1);
    const auto precision = static_cast<DatePrecision>(below(4));
    precisions.insert(precision);
    switch (precision) {
      case DatePrecision::day: {
        const int m = 1 + below(12);
        const int days[] = {31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30,
                            31, 31, 30, 31, 30, 31};
        return PartialDate::day(y, m, 1 + below(days[m - 1]));
      }
      case DatePrecision::month: return PartialDate::month(y, 1 + below(12));
      case DatePrecision::quarter: return PartialDate::quarter(y, 1 + below(4));
      case DatePrecision::year: return PartialDate::year(y);
    }
    return PartialDate::year(y);
  }

  // Amounts raised stay below 2^46 minor units and valuations lie in
  // [2^52, 2^53), so sums never overflow and post-money always exceeds the
  // equity it is derived from.
  Money money(Currency c, std::int64_t base, std::int64_t span) {
    const auto kind = below(4);
    if (kind == 0) return Money::from_minor(base, c);
    if (kind == 1) return Money::from_minor(base + below(1000), c);
    return Money::from_minor(base + static_cast<std::int64_t>(rng_() % static_cast<std::uint64_t>(span)), c);
  }
  ReportedMoney reported(Currency c, std::int64_t base, std::int64_t span) {
    const auto q = static_cast<Qualifier>(below(static_cast<int>(Qualifier::undisclosed) + 1));
    qualifiers.insert(q);
    if (q == Qualifier::undisclosed) return ReportedMoney::undisclosed(c);
    const Money low = money(c, base, span);
    if (q == Qualifier::range) return ReportedMoney::between(low, low + money(c, 0, span));
    return ReportedMoney::with(q, low);
  }
  ReportedMoney raised(Currency c) { return reported(c, 0, std::int64_t{1} << 44); }
  ReportedMoney valuation(Currency c) { return reported(c, std::int64_t{1} << 52, std::int64_t{1} << 51); }
  Currency currency() { return chance(1, 2) ? currencies::EUR : Currency::at(static_cast<std::size_t>(below(static_cast<int>(Currency::count())))); }

  Source source(const std::string& id) {
    Source s;
    s.id = id;
    s.publisher = maybe_text("Publisher");
    s.title = maybe_text("Title");
    s.url = chance(1, 2) ? fmt::format("https://example.com/{}?q=\"x\"&y=é", below(1000)) : "";
    if (chance(1, 2)) s.date = date(2001, 2030);
    s.language = pick<std::string>({"", "en", "fr", "de-CH"});
    s.quote = maybe_text("quote");
    return s;
  }
  // Mostly from the company's pool (so ids repeat and are cited), some
  // without an id, some reusing an id for a different source.
  std::vector<Source> sources() {
    std::vector<Source> out;
    for (int i = 0, n = count(3); i < n; ++i) {
      const int kind = below(6);
      if (kind <= 2 && !source_pool_.empty())
        out.push_back(source_pool_[static_cast<std::size_t>(below(static_cast<int>(source_pool_.size())))]);
      else if (kind == 3)
        out.push_back(source("src-0"));
      else
        out.push_back(source(""));
    }
    return out;
  }
  std::vector<Claim> claims() {
    std::vector<Claim> out;
    for (int i = 0, n = count(2); i < n; ++i)
      out.push_back(Claim{pick<std::string>({"founded", "post_money", "lead"}), text("value"), maybe_text("note"),
                          sources()});
    return out;
  }

  Round round(const Company& c, int index) {
    const Currency cur = currency();
    Round r{.announced = date(2001, 2030)};
    r.id = chance(1, 6) ? std::string() : fmt::format("round-{}", index);
    r.type = static_cast<RoundType>(below(static_cast<int>(RoundType::undisclosed) + 1));
    round_types.insert(r.type);
    r.amount = raised(cur);
    for (int i = 0, n = count(3); i < n; ++i) {
      const auto instrument = static_cast<Instrument>(below(4));
      instruments.insert(instrument);
      r.tranches.push_back(Tranche{instrument, raised(cur)});
    }
    if (!r.tranches.empty() && r.amount.is_exact()) {
      bool all_exact = true;
      Money sum = Money::zero(cur);
      for (const auto& t : r.tranches) {
        all_exact = all_exact && t.amount.is_exact();
        if (t.amount.is_exact()) sum += *t.amount.value();
      }
      if (all_exact) r.amount = ReportedMoney::exact(sum);
    }
    const Currency valuation_currency = chance(4, 5) ? cur : currencies::USD;
    if (chance(1, 2)) r.pre_money = valuation(valuation_currency);
    if (chance(1, 2)) r.post_money = valuation(valuation_currency);
    if (chance(1, 8)) r.pre_money = ReportedMoney::undisclosed(valuation_currency);
    const ReportedMoney equity = r.equity_amount();
    if (r.pre_money.is_exact() && r.post_money.is_exact() && equity.is_exact() &&
        r.pre_money.currency() == equity.currency() && r.post_money.currency() == equity.currency())
      r.post_money = ReportedMoney::exact(*r.pre_money.value() + *equity.value());
    for (int i = 0, n = count(3); i < n; ++i) {
      const std::string name = c.investors.empty()
                                   ? text("Unlisted investor")
                                   : c.investors[static_cast<std::size_t>(below(static_cast<int>(c.investors.size())))].name;
      r.investors.push_back(Participation{name, chance(1, 2), sources()});
    }
    for (const auto& i : c.investors) investor_kinds.insert(i.kind);
    r.sources = sources();
    r.claims = claims();
    r.label = maybe_text("label");
    r.note = maybe_text("note");
    return r;
  }

  std::mt19937_64 rng_;
  std::vector<Source> source_pool_;
};

}  // namespace

TEST(JsonRoundTrip, EveryGeneratedCompanySurvivesUnchanged) {
  CompanyGenerator gen(20240611);
  for (int i = 0; i < 400; ++i) {
    const Company original = gen.company();
    ASSERT_NO_THROW(original.validate()) << "generator bug at company " << i;
    const std::string text = to_json_text(original);
    const Company read = parse_company_json(text, "generated.json");
    ASSERT_EQ(read, original) << "company " << i << ":\n" << text;
    ASSERT_EQ(to_json_text(read), text) << "company " << i;
  }
  // The generator reached every value the schema can hold.
  EXPECT_EQ(gen.qualifiers.size(), 8U);
  EXPECT_EQ(gen.precisions.size(), 4U);
  EXPECT_EQ(gen.instruments.size(), 4U);
  EXPECT_EQ(gen.round_types.size(), static_cast<std::size_t>(RoundType::undisclosed) + 1);
  EXPECT_EQ(gen.investor_kinds.size(), static_cast<std::size_t>(InvestorKind::other) + 1);
}

TEST(JsonRoundTrip, CompanyListsSurviveUnchanged) {
  CompanyGenerator gen(42);
  for (int i = 0; i < 40; ++i) {
    std::vector<Company> companies;
    for (int k = 0; k < i % 5; ++k) companies.push_back(gen.company());
    const std::string text = to_json_text(companies);
    EXPECT_EQ(parse_companies_json(text, "generated.json"), companies) << text;
  }
}

TEST(JsonRoundTrip, SavedFileLoadsBackUnchanged) {
  CompanyGenerator gen(7);
  const Company original = gen.company();
  const auto path = std::filesystem::temp_directory_path() / "fundline_json_round_trip_test.json";
  save_json(path, original);
  EXPECT_EQ(load_company_json(path), original);
  save_json(path, std::vector<Company>{original, original});
  EXPECT_EQ(load_companies_json(path), (std::vector<Company>{original, original}));
  std::filesystem::remove(path);
}
