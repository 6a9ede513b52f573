#include "fundline/dataset/ecosystem_report.hpp"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "fundline/dataset/as_of_queries.hpp"

using namespace fundline;

namespace {

const std::string data_dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/dataset/";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(EcosystemReport, DocumentationExample) {
  const auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "m1,2023-06-13,113000000,105000000,EUR\n"
      "h2,2023-09-14,223000000,,\n"
      "m1,2023-12-11,415000000,385000000,EUR\n",
      "mini.csv");
  const auto q = parse_as_of_queries_csv("company_uuid,as_of\nm1,2023-12-31\nnobody,2024-01-01\n", "q.csv", ds);
  const auto report = make_ecosystem_report(ds, q.queries, bundled_ecb_rates());
  EXPECT_EQ(fmt::format("{}", report),
            "rounds 3\n"
            "companies 2\n"
            "undisclosed 0\n"
            "total_usd 751000000\n"
            "total_eur_cents 69782851817\n"
            "year 2023 69782851817\n"
            "top 1 m1 49000000000\n"
            "top 2 h2 20782851817\n"
            "asof_sum_eur_cents 49000000000\n"
            "asof_zero 1\n");
}

// The expected text was computed by hand (see the comments in
// converted_dataset_test.cpp) and agrees with the benchmark's reference.py.
TEST(EcosystemReport, MatchesTheHandCheckedReportOfTheSmallFixture) {
  const auto ds = Dataset::load_odm_csv(data_dir + "small/funding_rounds.csv");
  const auto q = load_as_of_queries_csv(data_dir + "small/queries.csv", ds);
  const auto report = make_ecosystem_report(ds, q.queries, bundled_ecb_rates());
  EXPECT_EQ(to_string(report), read_text(data_dir + "small/expected_report.txt"));
  EXPECT_EQ(report.as_of_sum, int128{80419265107});
  EXPECT_EQ(report.as_of_zero, 3u);
}

TEST(EcosystemReport, IsTheSameForAnyThreadCount) {
  const auto ds = Dataset::load_odm_csv(data_dir + "small_crlf_bom_reordered.csv", LoadOptions{.threads = 3});
  const auto q = load_as_of_queries_csv(data_dir + "small/queries.csv", ds, LoadOptions{.threads = 2});
  EXPECT_EQ(to_string(make_ecosystem_report(ds, q.queries, bundled_ecb_rates(), 10, 3)),
            read_text(data_dir + "small/expected_report.txt"));
}

TEST(EcosystemReport, PrintsThroughOstream) {
  EcosystemReport r;
  std::ostringstream os;
  os << r;
  EXPECT_EQ(os.str(), "rounds 0\ncompanies 0\nundisclosed 0\ntotal_usd 0\ntotal_eur_cents 0\n"
                      "asof_sum_eur_cents 0\nasof_zero 0\n");
}
