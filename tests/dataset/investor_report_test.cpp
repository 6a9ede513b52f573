#include "fundline/dataset/investor_report.hpp"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "fundline/core/error.hpp"

using namespace fundline;

namespace {

const std::string rounds_csv =
    "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
    "m1,r1,2023-06-13,113000000,105000000,EUR\n"
    "m1,r2,2023-12-11,415000000,385000000,EUR\n";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The shipped fixture (tests/data/investors, README.md there has the sums by hand).
struct Fixture {
  Dataset ds;
  RoundKeys keys;
  Investments inv;
  explicit Fixture(const LoadOptions& options = {}) {
    const std::string dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/investors/";
    ds = Dataset::load_odm_csv(dir + "funding_rounds.csv", options);
    keys = RoundKeys::load_odm_csv(dir + "funding_rounds.csv", ds, options);
    inv = Investments::load_bulk_csv(dir + "investments.csv", keys, options);
  }
  [[nodiscard]] InvestorId id(std::string_view uuid) const { return *inv.find_investor(uuid); }
};

Money eur(std::int64_t units) { return Money::from_major(units, currencies::EUR); }

}  // namespace

TEST(InvestorReport, DocumentationExample) {
  const auto ds = Dataset::parse_odm_csv(rounds_csv, "rounds.csv");
  const auto keys = RoundKeys::parse_odm_csv(rounds_csv, "rounds.csv", ds);
  const auto inv = Investments::parse_bulk_csv(
      "funding_round_uuid,investor_uuid,investor_name,is_lead_investor\n"
      "r1,ls,Lightspeed Venture Partners,True\n"
      "r2,a16z,Andreessen Horowitz,True\n"
      "r2,ls,Lightspeed Venture Partners,False\n"
      "r9,ls,Lightspeed Venture Partners,\n",
      "investments.csv", keys);
  const auto eur_amounts = ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
  const Participations p(inv, ds);
  EXPECT_EQ(p.size(), 3u);
  EXPECT_EQ(p.rounds_led(), 2u);
  const auto s = p.standings(eur_amounts.amounts());
  EXPECT_EQ(s[*inv.find_investor("ls")].capital, 49000000000);
  EXPECT_EQ(p.top_pairs(10)[0].shared_rounds, 1u);
  EXPECT_EQ(fmt::format("{}", make_investors_report(inv, ds, bundled_ecb_rates())),
            "investments 4\n"
            "orphans 1\n"
            "investors 2\n"
            "participations 3\n"
            "rounds_with_investors 2\n"
            "rounds_led 2\n"
            "top_participated 1 ls 2 49000000000\n"
            "top_participated 2 a16z 1 38500000000\n"
            "top_leads 1 a16z 1\n"
            "top_leads 2 ls 1\n"
            "top_pairs 1 a16z ls 1\n");
  const auto folio = investor_portfolio(inv, ds, keys, *inv.find_investor("ls"), RateTable::bundled(), currencies::EUR);
  EXPECT_EQ(folio.capital, eur(490'000'000));
  EXPECT_EQ(folio.rounds.size(), 2u);
  EXPECT_EQ(capital_by_period(folio, Period::year)[0].capital, eur(490'000'000));
}

TEST(InvestorReport, FixtureReportIsTheHandCheckedOne) {
  const Fixture f;
  const auto report = make_investors_report(f.inv, f.ds, bundled_ecb_rates());
  EXPECT_EQ(to_string(report), read_text(std::string(FUNDLINE_TEST_DATA_DIR) + "/investors/expected_investors.txt"));
}

TEST(Participations, RepeatedInvestorCountsOnceAndLeadsWhenAnyRowSaysSo) {
  const Fixture f;
  const Participations p(f.inv, f.ds);
  const auto alpha_a = *f.keys.find("rd-alpha-a");
  ASSERT_EQ(p.investors_of(alpha_a).size(), 2u);  // North, and South under two partners
  EXPECT_EQ(p.investors_of(alpha_a)[1], f.id("inv-south"));
  EXPECT_TRUE(p.led(alpha_a, 1));
  EXPECT_FALSE(p.led(alpha_a, 0));
}

TEST(Participations, EmptyLeadFlagIsNotALead) {
  const Fixture f;
  const Participations p(f.inv, f.ds);
  const auto delta = *f.keys.find("rd-delta-seed");
  ASSERT_EQ(p.investors_of(delta).size(), 1u);
  EXPECT_FALSE(p.led(delta, 0));
  EXPECT_EQ(p.rounds_led(), 7u);
}

TEST(Participations, SelectionByYearsKeepsOnlyThoseRounds) {
  const Fixture f;
  const Participations p(f.inv, f.ds, RoundSelection{.from_year = 2024, .to_year = 2024});
  // alpha-b (North, South, Corp), gamma-a (South, Corp), epsilon-a (North, Quote, South)
  EXPECT_EQ(p.rounds_with_investors(), 3u);
  EXPECT_EQ(p.size(), 8u);
  const auto eur_amounts = f.ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
  EXPECT_EQ(p.standings(eur_amounts.amounts())[f.id("inv-north")], (InvestorStanding{2, 1, 4'200'000'000}));
}

TEST(Participations, SelectionByRoundTypeAndDay) {
  const Fixture f;
  const Participations seeds(f.inv, f.ds, RoundSelection{.types = {RoundType::seed}});
  EXPECT_EQ(seeds.rounds_with_investors(), 3u);  // alpha-seed, beta-seed, delta-seed
  const Participations early(f.inv, f.ds, RoundSelection{.as_of = days_from_civil(2021, 12, 31)});
  EXPECT_EQ(early.rounds_with_investors(), 2u);  // alpha-seed, beta-seed
}

TEST(Participations, TopPairsBreakTiesByUuids) {
  const Fixture f;
  const auto pairs = Participations(f.inv, f.ds).top_pairs(3);
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0].uuid_a, "inv-north");
  EXPECT_EQ(pairs[0].uuid_b, "inv-south");
  EXPECT_EQ(pairs[0].shared_rounds, 3u);
  EXPECT_EQ(pairs[1].uuid_a, "inv-corp");
  EXPECT_EQ(pairs[2].uuid_a, "inv-north");
  EXPECT_EQ(pairs[2].uuid_b, "inv-quote");
}

TEST(Participations, TopByLeadsLeavesOutInvestorsWhoLedNothing) {
  const Fixture f;
  const std::string rounds = "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,"
                             "raised_amount_currency_code\nm1,r1,2023-06-13,1,,\n";
  const auto ds = Dataset::parse_odm_csv(rounds, "r.csv");
  const auto keys = RoundKeys::parse_odm_csv(rounds, "r.csv", ds);
  const auto inv = Investments::parse_bulk_csv(
      "funding_round_uuid,investor_uuid,is_lead_investor\nr1,a,False\nr1,b,True\n", "i.csv", keys);
  const auto top = Participations(inv, ds).top_by_leads(10);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].uuid, "b");
}

TEST(Participations, CapitalOverflowThrows) {
  const std::string rounds = "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,"
                             "raised_amount_currency_code\n"
                             "m1,r1,2023-06-13,,1,EUR\n"
                             "m1,r2,2023-06-14,,1,EUR\n";
  const auto ds = Dataset::parse_odm_csv(rounds, "r.csv");
  const auto keys = RoundKeys::parse_odm_csv(rounds, "r.csv", ds);
  const auto inv = Investments::parse_bulk_csv(
      "funding_round_uuid,investor_uuid,is_lead_investor\nr1,a,True\nr2,a,True\n", "i.csv", keys);
  const std::vector<std::int64_t> amounts{INT64_MAX / 2 + 1, INT64_MAX / 2 + 1};
  EXPECT_THROW((void)Participations(inv, ds).standings(amounts), overflow_error);
}

TEST(InvestorPortfolio, ListsRoundsCompaniesAndCoInvestors) {
  const Fixture f;
  const auto folio =
      investor_portfolio(f.inv, f.ds, f.keys, f.id("inv-north"), RateTable::bundled(), currencies::EUR);
  EXPECT_EQ(folio.name, "North Fund");
  EXPECT_EQ(folio.type, "venture_capital");
  ASSERT_EQ(folio.rounds.size(), 5u);
  EXPECT_EQ(folio.rounds[0].round_uuid, "rd-alpha-seed");
  EXPECT_TRUE(folio.rounds[0].led);
  EXPECT_EQ(folio.rounds[0].investors, 2u);
  EXPECT_EQ(folio.rounds[4].round_uuid, "rd-epsilon-a");
  EXPECT_EQ(folio.capital, eur(62'000'000));
  EXPECT_EQ(folio.led, 2u);
  ASSERT_EQ(folio.companies.size(), 3u);
  EXPECT_EQ(folio.companies[0].uuid, "co-alpha");
  EXPECT_EQ(folio.companies[0].rounds, 3u);
  EXPECT_EQ(folio.companies[0].capital, eur(42'000'000));
  EXPECT_EQ(to_iso(folio.companies[0].first), "2021-03-01");
  EXPECT_EQ(to_iso(folio.companies[0].last), "2024-01-15");
  ASSERT_EQ(folio.co_investors.size(), 4u);
  EXPECT_EQ(folio.co_investors[0].name, "South Capital, LLC");
  EXPECT_EQ(folio.co_investors[0].shared_rounds, 3u);
  EXPECT_EQ(folio.co_investors[1].uuid, "inv-quote");
  EXPECT_EQ(folio.co_investors[2].uuid, "inv-angel");
}

TEST(InvestorPortfolio, ConvertsEachRoundAtItsDaysRate) {
  const Fixture f;
  const auto folio = investor_portfolio(f.inv, f.ds, f.keys, f.id("inv-corp"), RateTable::bundled(), currencies::USD);
  ASSERT_EQ(folio.rounds.size(), 2u);
  EXPECT_EQ(folio.rounds[1].round_uuid, "rd-gamma-a");
  EXPECT_EQ(folio.rounds[1].amount, Money::from_major(10'730'000, currencies::USD));  // already USD: unchanged
  EXPECT_EQ(folio.rounds[1].converted, Money::from_major(10'730'000, currencies::USD));
}

TEST(InvestorPortfolio, UndisclosedRoundsAreCountedNotSummed) {
  const Fixture f;
  const auto folio = investor_portfolio(f.inv, f.ds, f.keys, f.id("inv-quote"), RateTable::bundled(), currencies::EUR);
  EXPECT_EQ(folio.rounds.size(), 3u);
  EXPECT_EQ(folio.undisclosed, 1u);
  EXPECT_EQ(folio.capital, eur(20'000'000));
}

TEST(InvestorPortfolio, CapitalByYearAndMonth) {
  const Fixture f;
  const auto folio = investor_portfolio(f.inv, f.ds, f.keys, f.id("inv-north"), RateTable::bundled(), currencies::EUR);
  const auto years = capital_by_period(folio, Period::year);
  ASSERT_EQ(years.size(), 4u);
  EXPECT_EQ(years[0], (PeriodCapital{parse_date("2021-01-01"), eur(2'000'000), 1}));
  EXPECT_EQ(years[3], (PeriodCapital{parse_date("2024-01-01"), eur(42'000'000), 2}));
  const auto months = capital_by_period(folio, Period::month);
  ASSERT_EQ(months.size(), 5u);
  EXPECT_EQ(months[2], (PeriodCapital{parse_date("2023-02-01"), eur(8'000'000), 1}));
}

TEST(InvestorPortfolio, SelectionAppliesToThePortfolio) {
  const Fixture f;
  const auto folio = investor_portfolio(f.inv, f.ds, f.keys, f.id("inv-north"), RateTable::bundled(), currencies::EUR,
                                        RoundSelection{.as_of = days_from_civil(2022, 12, 31)});
  EXPECT_EQ(folio.rounds.size(), 2u);
  EXPECT_EQ(folio.capital, eur(12'000'000));
}

TEST(InvestorPortfolio, RoundAfterTheTableNeedsAcceptedStaleRates) {
  const std::string rounds = "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,"
                             "raised_amount_currency_code\nm1,r1,2025-09-09,1073000,,\n";
  const auto ds = Dataset::parse_odm_csv(rounds, "r.csv");
  const auto keys = RoundKeys::parse_odm_csv(rounds, "r.csv", ds);
  const auto inv = Investments::parse_bulk_csv("funding_round_uuid,investor_uuid,is_lead_investor\nr1,a,True\n",
                                               "i.csv", keys);
  EXPECT_THROW((void)investor_portfolio(inv, ds, keys, 0, RateTable::bundled(), currencies::EUR), fx_error);
  const auto table = RateTable::bundled().accepting_dates_past_end().with_max_staleness(200);
  const auto folio = investor_portfolio(inv, ds, keys, 0, table, currencies::EUR);
  EXPECT_EQ(folio.stale, 1u);
  EXPECT_TRUE(folio.rounds[0].stale);
}
