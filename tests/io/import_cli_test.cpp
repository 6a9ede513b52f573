// `fundline import` and `fundline rank`, run as a user runs them, from
// tests/data/import. Built when tests/CMakeLists.txt gives the binary's path
// (FUNDLINE_CLI_PATH, defined when the CLI is built).
#ifdef FUNDLINE_CLI_PATH

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "../cli/run_command.hpp"

namespace {

using CliResult = cli_testing::CommandRun;

// Runs `fundline <arguments>` in tests/data/import.
CliResult fundline(const std::string& arguments) {
  return cli_testing::run_command(std::string(FUNDLINE_TEST_DATA_DIR) + "/import",
                                     "'" + std::string(FUNDLINE_CLI_PATH) + "' " + arguments);
}

std::size_t count_lines_starting(const std::string& text, const std::string& prefix) {
  std::size_t n = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(prefix, 0) == 0) ++n;
  return n;
}

}  // namespace

TEST(ImportCli, PrintsAOneLineSummary) {
  const CliResult r = fundline("import odm_funding_rounds.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "odm_funding_rounds.csv (odm): rows 7, companies 2, rounds 7, undisclosed 1, rejected 0\n");
  EXPECT_EQ(r.err, "");
}

TEST(ImportCli, StrictModeStopsWithFileLineColumnAndField) {
  const CliResult r = fundline("import odm_bad_rows.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "fundline: error: odm_bad_rows.csv:3:63: field 'raised_amount_currency_code': unknown currency code "
            "\"XEU\": expected an ISO 4217 code such as EUR or USD\n");
}

TEST(ImportCli, LenientModeReportsEveryRejectedRow) {
  const CliResult r = fundline("import odm_bad_rows.csv --lenient --format odm");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "odm_bad_rows.csv (odm): rows 11, companies 1, rounds 2, undisclosed 0, rejected 9\n");
  EXPECT_EQ(count_lines_starting(r.err, "fundline: rejected: odm_bad_rows.csv:"), 9u);
}

TEST(ImportCli, ExportsJsonThatRankReads) {
  const std::string json = ::testing::TempDir() + "fundline_import_cli_" + std::to_string(::getpid()) + ".json";
  ASSERT_EQ(fundline("import web_export.csv -o '" + json + "'").exit_code, 0);
  const CliResult r = fundline("rank '" + json + "' --currency EUR --top 3");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Total raised in EUR, each round at the ECB rate of its date (bundled eurofxref-hist.csv, last day 2025-05-09)\n"
            "rank  company         rounds  total raised\n"
            "   1  Mistral AI           5  EUR 2,805,000,000.00\n"
            "   2  Rocket Freight       3  at least EUR 2,239,162,480.89\n"
            "   3  Helsing              1  EUR 450,000,000.00\n");
  std::remove(json.c_str());
}

TEST(RankCli, BreaksTiesByName) {
  const CliResult r = fundline("rank web_ties.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Total raised in USD, each round at the ECB rate of its date (bundled eurofxref-hist.csv, last day 2025-05-09)\n"
            "rank  company     rounds  total raised\n"
            "   1  Gamma Labs       1  USD 2,000,000.00\n"
            "   2  Alpha Labs       1  USD 1,000,000.00\n"
            "   3  Beta Labs        1  USD 1,000,000.00\n");
}

TEST(RankCli, ConvertsEachRoundAtItsDateAsOfADate) {
  const CliResult r = fundline("rank odm_funding_rounds.csv --as-of 2023-12-31");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // EUR 105M on 2023-06-13 (1.0793 USD per EUR) + EUR 385M on 2023-12-11 (1.0757).
  EXPECT_EQ(r.out,
            "Total raised in USD, each round at the ECB rate of its date (bundled eurofxref-hist.csv, last day 2025-05-09), as of "
            "2023-12-31\n"
            "rank  company             rounds  total raised\n"
            "   1  Mistral AI               2  USD 527,471,000.00\n"
            "   2  Northwind Robotics       3  at least USD 13,500,000.00\n");
}

TEST(RankCli, ARoundAfterTheRateTableIsAnErrorUnlessStaleRatesAreAsked) {
  const CliResult r = fundline("rank web_export.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("round \"series_c-2025-09-09\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--accept-stale"), std::string::npos) << r.err;
  const CliResult stale = fundline("rank web_export.csv --stale-rates --top 1");
  EXPECT_EQ(stale.exit_code, 0) << stale.err;
  EXPECT_NE(stale.out.find("STALE: rounds after 2025-05-09"), std::string::npos);
}

TEST(RankCli, TheColumnarPathRanksAnExportAsTheObjectModelRanksItsJson) {
  const std::string json = ::testing::TempDir() + "fundline_rank_paths_" + std::to_string(::getpid()) + ".json";
  ASSERT_EQ(fundline("import odm_funding_rounds.csv -o '" + json + "'").exit_code, 0);
  for (const std::string options : {"", " --currency EUR", " --as-of 2023-12-31 --top 1"}) {
    const CliResult columns = fundline("rank odm_funding_rounds.csv" + options);
    const CliResult objects = fundline("rank '" + json + "'" + options);
    EXPECT_EQ(columns.exit_code, 0) << columns.err;
    EXPECT_EQ(columns.out, objects.out) << options;
  }
  std::remove(json.c_str());
}

TEST(ImportCli, WritesTheOutputWholeAndLeavesNoPartFile) {
  const std::string base = ::testing::TempDir() + "fundline_import_out_" + std::to_string(::getpid());
  for (const char* ext : {".json", ".csv"}) {
    const std::string out = base + ext;
    const CliResult r = fundline("import odm_funding_rounds.csv -o '" + out + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(out));
    EXPECT_FALSE(std::filesystem::exists(out + ".part"));
    // What was written reads back to the same companies.
    const CliResult again = fundline("rank '" + out + "' --top 1");
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("Mistral AI"), std::string::npos) << again.out;
    std::remove(out.c_str());
  }
  const CliResult failed = fundline("import odm_bad_rows.csv -o '" + base + ".json'");
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(base + ".json"));
  EXPECT_FALSE(std::filesystem::exists(base + ".json.part"));
}

TEST(TimelineCli, TakesOneCompanyOutOfAnExport) {
  const CliResult r = fundline("timeline --rounds odm_funding_rounds.csv --company a1b2c3d4-0000-4000-8000-000000000001");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Northwind Robotics"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2023-01-20  Series A       $12,000,000.00"), std::string::npos) << r.out;
  const CliResult by_name = fundline("timeline --rounds odm_funding_rounds.csv --company 'Northwind Robotics'");
  EXPECT_EQ(by_name.out, r.out);
  const CliResult unknown = fundline("timeline --rounds odm_funding_rounds.csv --company Nobody");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no company has the id or name \"Nobody\""), std::string::npos) << unknown.err;
  EXPECT_EQ(fundline("timeline --rounds odm_funding_rounds.csv").exit_code, 2);  // --company is needed
}

// The one error contract for files: exit 1, "fundline: error: FILE: cause".
TEST(ReportCli, AnFxPathThatIsADirectoryIsBadInputNamingIt) {
  const CliResult r =
      fundline("report --rounds ../dataset/small/funding_rounds.csv --queries ../dataset/small/queries.csv --fx .");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "fundline: error: .: is a directory, expected a file\n");
}

#endif  // FUNDLINE_CLI_PATH
