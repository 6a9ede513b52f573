#include "fundline/io/csv_writer.hpp"

#include <random>

#include <gtest/gtest.h>

#include "fundline/io/crunchbase_import.hpp"

using namespace fundline;

namespace {

std::filesystem::path fixture(std::string_view name) {
  return std::filesystem::path(FUNDLINE_TEST_DATA_DIR) / "import" / name;
}

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
    for (std::size_t i = below(3); i > 0; --i)
      r.tranches.push_back({static_cast<Instrument>(below(4)), coin() ? reported(c) : reported(currency())});
    r.pre_money = coin() ? reported(currency()) : ReportedMoney::undisclosed(c);
    r.post_money = coin() ? reported(currency()) : ReportedMoney::undisclosed(c);
    if (!r.pre_money.is_disclosed()) r.pre_money = ReportedMoney::undisclosed(c);
    if (!r.post_money.is_disclosed()) r.post_money = ReportedMoney::undisclosed(c);
    for (auto& t : r.tranches)
      if (!t.amount.is_disclosed()) t.amount = ReportedMoney::undisclosed(c);
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
std::string generated_odm(std::uint64_t seed, std::size_t rows) {
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

}  // namespace

TEST(CsvWriter, DocumentationExample) {
  Company c{.id = "mistral-ai", .name = "Mistral AI"};
  c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
                           .amount = ReportedMoney::exact(Money::from_major(105'000'000, currencies::EUR))});
  const auto text = to_csv_text({c});
  EXPECT_EQ(text.substr(text.find('\n') + 1), "mistral-ai,Mistral AI,,,,,,seed,seed,2023-06-13,,EUR,105000000.00,,,,,,,,,,,\n");
  // The default valuations are undisclosed euros, which is what the reader gives a EUR round.
  EXPECT_EQ(import_csv_text(text, "x.csv").companies[0], c);
}

TEST(CsvWriter, EscapesFieldsPerRfc4180) {
  EXPECT_EQ(csv_escape("plain"), "plain");
  EXPECT_EQ(csv_escape("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_escape("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_escape("two\nlines"), "\"two\nlines\"");
}

TEST(CsvWriter, WritesACompanyWithoutRoundsAsOneRow) {
  const auto text = to_csv_text({Company{.id = "x", .name = "X", .founded = PartialDate::month(2023, 4)}});
  EXPECT_EQ(text.substr(text.find('\n') + 1), "x,X,2023-04,,,,,,,,,,,,,,,,,,,,,\n");
  EXPECT_EQ(import_csv_text(text, "x.csv").stats.to_string(),
            "rows 1, companies 1, rounds 0, undisclosed 0, rejected 0");
}

TEST(CsvWriter, RoundTripsGeneratedDatasets) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE(seed);
    const auto companies = DatasetGenerator(seed).companies(8);
    const auto text = to_csv_text(companies);
    const auto back = import_csv_text(text, "generated.csv");
    EXPECT_EQ(back.format, ImportFormat::fundline);
    ASSERT_EQ(back.companies.size(), companies.size());
    for (std::size_t i = 0; i < companies.size(); ++i) EXPECT_EQ(back.companies[i], companies[i]) << "company " << i;
    EXPECT_EQ(to_csv_text(back.companies), text);
  }
}

TEST(CsvWriter, ImportExportImportIsIdentityOnCrunchbaseFiles) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    SCOPED_TRACE(seed);
    const auto first = import_csv_text(generated_odm(seed, 60), "odm.csv", {.lenient = true});
    const auto again = import_csv_text(to_csv_text(first.companies), "again.csv");
    EXPECT_EQ(again.companies, first.companies);
    EXPECT_EQ(again.stats.rounds, first.stats.rounds);
    EXPECT_EQ(again.stats.undisclosed, first.stats.undisclosed);
  }
  for (auto name : {"odm_funding_rounds.csv", "bulk_funding_rounds.csv", "web_export.csv"}) {
    SCOPED_TRACE(name);
    const auto first = import_csv(fixture(name));
    EXPECT_EQ(import_csv_text(to_csv_text(first.companies), "again.csv").companies, first.companies);
  }
}

TEST(CsvWriter, SavesToAFile) {
  const auto path = std::filesystem::temp_directory_path() / "fundline_csv_writer_test.csv";
  const auto companies = import_csv(fixture("odm_funding_rounds.csv")).companies;
  save_csv(path, companies);
  EXPECT_EQ(import_csv(path).companies, companies);
  std::filesystem::remove(path);
  EXPECT_THROW(save_csv("/nonexistent-dir/x.csv", companies), error);
}
