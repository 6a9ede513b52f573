#include "fundline/dataset/converted_dataset.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "mini_dataset.hpp"

#include "fundline/dataset/dataset.hpp"

using namespace fundline;

namespace {

const std::string data_dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/dataset/";

Dataset mini() { return fundline::test::mini_dataset(); }

Dataset small() { return Dataset::load_odm_csv(data_dir + "small/funding_rounds.csv"); }

ConvertedDataset in_euros(const Dataset& ds) {
  return ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
}

}  // namespace

TEST(ConvertedDataset, DocumentationExample) {
  const auto ds = mini();
  const auto eur = in_euros(ds);
  EXPECT_EQ(eur.amounts()[0], 10500000000);
  EXPECT_EQ(eur.totals_by_year(), (std::vector<YearTotal>{{2023, 69782851817, 3}}));
  EXPECT_EQ(eur.group_by(GroupKey::currency),
            (std::vector<GroupTotal>{{"EUR", 49000000000, 2}, {"USD", 20782851817, 1}}));
  EXPECT_EQ(eur.top_n(10), (std::vector<CompanyTotal>{{0, "m1", 49000000000}, {1, "h2", 20782851817}}));
  EXPECT_EQ(eur.top_n(10, eur.as_of_index()),
            (std::vector<CompanyTotal>{{0, "m1", 49000000000}, {1, "h2", 20782851817}}));
  AsOfQuery q{*ds.find_company("m1"), days_from_civil(2023, 12, 1)};
  EXPECT_EQ(eur.cumulative_as_of(std::span(&q, 1)), std::vector<std::int64_t>{10500000000});
  EXPECT_EQ(fmt::format("{}", eur.top_n(1)[0]), "m1 49000000000");
  EXPECT_EQ(fmt::format("{}", eur.totals_by_year()[0]), "2023 69782851817 (3 rounds)");
}

TEST(ConvertedDataset, ResultsPrintThroughFmtAndOstream) {
  std::ostringstream os;
  os << GroupTotal{"", 5, 1} << '|' << YearTotal{2024, 7, 2} << '|' << CompanyTotal{0, "c", 9};
  EXPECT_EQ(os.str(), "- 5 (1 round)|2024 7 (2 rounds)|c 9");
}

TEST(ConvertedDataset, ConvertsAtTheLatestFixingOnOrBeforeTheDay) {
  const auto ds = small();
  const auto eur = in_euros(ds);
  EXPECT_EQ(eur.amounts()[3], 20782851817);  // USD 223M / 1.073 (2023-09-14)
  EXPECT_EQ(eur.amounts()[5], 68084706766);  // GBP 580M / 0.85188 = EUR 680847067.6621
  EXPECT_EQ(eur.amounts()[6], 91590341);     // JPY 110M / 120.1 (2020-02-03)
  EXPECT_EQ(eur.amounts()[7], 44822949);     // a Sunday: Friday 2019-05-03's USD 1.1155
  EXPECT_EQ(eur.amounts()[4], 0);            // undisclosed
  EXPECT_FALSE(eur.disclosed(4));
  EXPECT_EQ(eur.source_currencies()[7], currencies::USD.index());  // amount without a currency: the USD figure
  EXPECT_EQ(eur.total(), int128{198003971873});
}

TEST(ConvertedDataset, RoundsWithTheModeAskedFor) {
  const auto ds = small();
  // GBP 580M / 0.85188 = EUR 680847067.6621...: cents 68084706766.21
  EXPECT_EQ(ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::down).amounts()[5], 68084706766);
  EXPECT_EQ(ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::up).amounts()[5], 68084706767);
  // USD 500000 / 1.1155 = EUR 448229.4935...: cents 44822949.35
  EXPECT_EQ(ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::ceiling).amounts()[7], 44822950);
}

template <class D>
concept convertible_in_place = requires {
  std::declval<D>().convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
};
// A ConvertedDataset refers to its Dataset: converting a temporary does not compile.
static_assert(convertible_in_place<const Dataset&>);
static_assert(!convertible_in_place<Dataset&&>);

TEST(ConvertedDataset, ConvertsToOtherCurrenciesThroughTheEuro) {
  const auto ds = mini();
  const auto usd = ds.convert_to(currencies::USD, bundled_ecb_rates(), RoundingMode::half_up);
  EXPECT_EQ(usd.amounts()[1], 22300000000);  // USD stays exact
  EXPECT_EQ(usd.amounts()[0], 11332650000);  // EUR 105M x 1.0793 (2023-06-13)
}

TEST(ConvertedDataset, GroupsByYearCountryRoundTypeAndCurrency) {
  const auto ds = small();
  const auto eur = in_euros(ds);
  EXPECT_EQ(eur.totals_by_year(), (std::vector<YearTotal>{{2019, 44822949, 1},
                                                          {2020, 91590341, 1},
                                                          {2021, 68084706766, 1},
                                                          {2023, 69782851817, 3},
                                                          {2024, 60000000000, 1}}));
  const auto countries = eur.group_by(GroupKey::country);
  ASSERT_EQ(countries.size(), 5u);
  EXPECT_EQ(countries[1], (GroupTotal{"FRA", 109000000000, 3}));
  const auto types = eur.group_by(GroupKey::round_type);
  EXPECT_EQ(types.front(), (GroupTotal{"angel", 44822949, 1}));
  EXPECT_EQ(types.back(), (GroupTotal{"series_e", 68084706766, 1}));
  const auto years = eur.group_by(GroupKey::year);
  EXPECT_EQ(years.front(), (GroupTotal{"2019", 44822949, 1}));
}

TEST(ConvertedDataset, TopNBreaksTiesByUuid) {
  const auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "b,2023-06-13,,5,EUR\nc,2023-06-13,,9,EUR\na,2023-06-13,,5,EUR\nz,2023-06-13,,,\n", "ties.csv");
  const auto top = in_euros(ds).top_n(10);  // z has no disclosed round: not ranked
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].uuid, "c");
  EXPECT_EQ(top[1].uuid, "a");
  EXPECT_EQ(top[2].uuid, "b");
  EXPECT_EQ(in_euros(ds).top_n(1).size(), 1u);
  EXPECT_TRUE(in_euros(ds).top_n(0).empty());
}

TEST(ConvertedDataset, AsOfIsAStepFunctionOfTheDay) {
  const auto ds = small();
  const auto index = in_euros(ds).as_of_index();
  const CompanyId m1 = *ds.find_company("m1");
  EXPECT_EQ(index.cumulative(m1, days_from_civil(2023, 6, 12)), 0);
  EXPECT_EQ(index.cumulative(m1, days_from_civil(2023, 6, 13)), 10500000000);
  EXPECT_EQ(index.cumulative(m1, days_from_civil(2023, 12, 11)), 49000000000);
  EXPECT_EQ(index.cumulative(m1, days_from_civil(2099, 1, 1)), 109000000000);
  EXPECT_EQ(index.cumulative(AsOfQuery::unknown, days_from_civil(2024, 1, 1)), 0);
}

TEST(ConvertedDataset, AsOfSortsRoundsGivenOutOfOrderAndSumsSameDay) {
  const auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "a,2024-01-03,,3,EUR\na,2024-01-01,,1,EUR\na,2024-01-03,,5,EUR\n", "order.csv");
  const auto index = in_euros(ds).as_of_index();
  EXPECT_EQ(index.cumulative(0, days_from_civil(2024, 1, 2)), 100);
  EXPECT_EQ(index.cumulative(0, days_from_civil(2024, 1, 3)), 900);
}

TEST(ConvertedDataset, ADayPastTheTableTakesItsLastFixingWhenAccepted) {
  const auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "late,2025-09-09,1125200,,\n", "late.csv");
  // USD 1,125,200 at USD 1.1252 per EUR, the fixing of 2025-05-09, 123 days
  // earlier: the policy must accept both the day past the end and the age.
  const RateTable reaching = RateTable::bundled().with_policy({.max_staleness_days = 123, .accept_dates_past_end = true});
  const auto eur = ds.convert_to(currencies::EUR, reaching, RoundingMode::half_up);
  EXPECT_EQ(eur.amounts()[0], 100000000);
}

TEST(ConvertedDataset, NoRateIsAnFxErrorNamingCurrencyDayAndCompany) {
  const auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "late,2025-06-02,1000,,\n", "late.csv");
  try {
    (void)in_euros(ds);
    FAIL() << "expected fx_error";
  } catch (const fx_error& e) {
    EXPECT_STREQ(e.what(), "company late, round of 2025-06-02: no EUR/USD rate on 2025-06-02: the table (bundled "
                           "eurofxref-hist.csv) ends on 2025-05-09; load a newer ECB file, or accept the last fixing "
                           "explicitly with accepting_dates_past_end()");
    EXPECT_EQ(e.reason(), FxFailure::past_table_end);
    EXPECT_EQ(e.refusal().currency, "USD");
    EXPECT_EQ(e.refusal().table_last_day, parse_date("2025-05-09"));
  }
  const auto early = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "old,1998-12-31,1000,,\n", "early.csv");
  EXPECT_THROW((void)in_euros(early), fx_error);
}

TEST(ConvertedDataset, AsOfOfACompanyWithOnlyUndisclosedRoundsIsZero) {
  // No disclosed round at all: the index holds no event, and a batch of
  // look-ups for a known company must not touch the empty event arrays.
  const auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "quiet,2024-01-03,,,\nquiet,2024-05-01,,,\n", "undisclosed.csv");
  const auto eur = in_euros(ds);
  const std::vector<AsOfQuery> queries{{*ds.find_company("quiet"), days_from_civil(2024, 6, 1)},
                                       {AsOfQuery::unknown, days_from_civil(2024, 6, 1)}};
  EXPECT_EQ(eur.cumulative_as_of(queries), (std::vector<std::int64_t>{0, 0}));
  EXPECT_EQ(eur.as_of_index().cumulative(*ds.find_company("quiet"), days_from_civil(2024, 6, 1)), 0);
}

TEST(ConvertedDataset, ThreadsConvertTheSameAmountsAsOne) {
  const auto ds = small();
  const RateTable table = RateTable::bundled();
  const auto one = ds.convert_to(currencies::EUR, table, RoundingMode::half_up, 1);
  for (const unsigned threads : {2u, 3u, 7u}) {
    const auto many = ds.convert_to(currencies::EUR, table, RoundingMode::half_up, threads);
    EXPECT_TRUE(std::equal(one.amounts().begin(), one.amounts().end(), many.amounts().begin(), many.amounts().end()))
        << threads;
    EXPECT_TRUE(std::equal(one.source_currencies().begin(), one.source_currencies().end(),
                           many.source_currencies().begin(), many.source_currencies().end()))
        << threads;
  }
}

TEST(ConvertedDataset, OnSeveralThreadsTheRefusalThrownIsTheFirstRefusedRowsInRowOrder) {
  // Rows 2, 4 and 6 have no rate (before the euro, past the table): with
  // one row a thread each thread refuses its own, and the first one's wins.
  const auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "ok1,2023-06-13,1000,,\nfirst,1998-12-31,1000,,\nok2,2023-06-14,1000,,\n"
      "second,2025-06-02,1000,,\nok3,2023-06-15,1000,,\nthird,1998-12-30,1000,,\n",
      "refused.csv");
  for (const unsigned threads : {1u, 2u, 3u, 6u}) {
    try {
      (void)ds.convert_to(currencies::EUR, RateTable::bundled(), RoundingMode::half_up, threads);
      FAIL() << "expected fx_error with " << threads << " threads";
    } catch (const fx_error& e) {
      EXPECT_TRUE(std::string_view(e.what()).starts_with("company first, round of 1998-12-31: ")) << e.what();
    }
  }
}

TEST(ConvertedDataset, TopNFromTheAsOfIndexIsTopN) {
  const auto ds = small();
  const auto eur = in_euros(ds);
  const AsOfIndex index = eur.as_of_index();
  EXPECT_EQ(eur.top_n(5, index), eur.top_n(5));
  EXPECT_EQ(eur.top_n(1000, index), eur.top_n(1000));
  EXPECT_TRUE(eur.top_n(0, index).empty());
}

TEST(AsOfIndex, TotalAndRoundsOfACompanyCountItsDisclosedRounds) {
  const auto ds = mini();
  const auto eur = in_euros(ds);
  const AsOfIndex index = eur.as_of_index();
  const CompanyId m1 = *ds.find_company("m1");
  EXPECT_EQ(index.rounds(m1), 2u);
  EXPECT_EQ(index.total(m1), 49000000000);  // EUR 105M + 385M, in cents
  EXPECT_EQ(index.rounds(AsOfQuery::unknown), 0u);
  EXPECT_EQ(index.total(AsOfQuery::unknown), 0);
}
