// Import, export, import again: identical data, through fundline's CSV
// layout (csv_writer_test.cpp) and through JSON (here).
#include <gtest/gtest.h>

#include "dataset_generator.hpp"
#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"

using namespace fundline;
using fundline::testing::DatasetGenerator;
using fundline::testing::generated_odm;

TEST(ImportRoundTrip, GeneratedDatasetsSurviveJson) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE(seed);
    const auto companies = DatasetGenerator(seed).companies(8);
    EXPECT_EQ(parse_companies_json(to_json_text(companies), "generated.json"), companies);
  }
}

TEST(ImportRoundTrip, CrunchbaseImportsSurviveJsonThenCsv) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    SCOPED_TRACE(seed);
    const auto first = import_csv_text(generated_odm(seed, 60), "odm.csv", {.lenient = true}).companies;
    const auto from_json = parse_companies_json(to_json_text(first), "first.json");
    EXPECT_EQ(from_json, first);
    EXPECT_EQ(import_csv_text(to_csv_text(from_json), "again.csv").companies, first);
  }
}

TEST(ImportRoundTrip, FixturesSurviveJson) {
  for (auto name : {"odm_funding_rounds.csv", "bulk_funding_rounds.csv", "web_export.csv"}) {
    SCOPED_TRACE(name);
    const auto first =
        import_csv(std::filesystem::path(FUNDLINE_TEST_DATA_DIR) / "import" / name).companies;
    EXPECT_EQ(parse_companies_json(to_json_text(first), "again.json"), first);
  }
}

TEST(ImportRoundTrip, RejectsRoundsWhoseFiguresDisagree) {
  const std::string header(
      "company_id,company_name,company_founded,company_country,company_sectors,company_sources,company_note,round_id,"
      "round_type,announced,label,currency,amount,amount_qualifier,amount_high,amount_usd,tranches,pre_money,"
      "post_money,post_money_usd,investors,lead_investors,sources,note\n");
  const auto r = import_csv_text(header + "x,X,,,,,,b,series_b,2024-06-11,,EUR,600.00,,,,equity=EUR 468.00|debt=EUR 100.00,,,,,,,\n",
                                 "t.csv", {.lenient = true});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where.field, "round_id");
  EXPECT_EQ(r.problems[0].message,
            "round \"b\" (2024-06-11): tranches add up to EUR 568.00, but the amount is EUR 600.00: expected figures "
            "that agree");
}

// The hand-made data sets (data/companies) use short round ids such as
// "seed" in several companies: the CSV layout reads them back, row for row.
TEST(ImportRoundTrip, BundledCompaniesExportToCsv) {
  std::vector<Company> companies = bundled_ai_peers();
  companies.insert(companies.begin(), bundled_mistral());
  const auto back = import_csv_text(to_csv_text(companies), "bundled.csv");
  ASSERT_EQ(back.companies.size(), companies.size());
  for (std::size_t i = 0; i < companies.size(); ++i) {
    EXPECT_EQ(back.companies[i].name, companies[i].name);
    ASSERT_EQ(back.companies[i].rounds.size(), companies[i].rounds.size());
    for (std::size_t k = 0; k < companies[i].rounds.size(); ++k) {
      EXPECT_EQ(back.companies[i].rounds[k].id, companies[i].rounds[k].id);
      EXPECT_EQ(back.companies[i].rounds[k].amount, companies[i].rounds[k].amount);
      EXPECT_EQ(back.companies[i].rounds[k].tranches, companies[i].rounds[k].tranches);
      EXPECT_EQ(back.companies[i].rounds[k].post_money, companies[i].rounds[k].post_money);
    }
  }
}
