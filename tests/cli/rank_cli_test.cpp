// fundline rank as data and over several files: --format csv|json read back
// with Python's standard csv and json modules, the union of the companies of
// files of different layouts, and the one rule for a company found in two
// files (an error naming both, never a company counted twice).
#include <algorithm>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"

namespace {

using CliRun = cli_testing::CommandRun;

const std::string data_dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/";
const std::string binary = "'" + std::string(FUNDLINE_CLI_PATH) + "'";

CliRun shell(const std::string& command_line) { return cli_testing::run_command(data_dir, command_line); }
CliRun fundline(const std::string& arguments) { return shell(binary + " " + arguments); }

bool have_python() { return std::system("python3 -c 'import csv, json' >/dev/null 2>&1") == 0; }

// An open-data-map export (columnar path) and a fundline JSON document (object model).
const std::string two_files = "import/odm_funding_rounds.csv cli/peers.json --currency EUR";

}  // namespace

TEST(RankFormat, CsvHeaderIsTheDocumentedColumns) {
  const CliRun r = fundline("rank cli/mistral.json --format csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "rank,company,company_id,rounds,currency,total,total_qualifier,total_high,file");
}

TEST(RankFormat, CsvParsesWithAStandardReaderAndCarriesEveryRankedRow) {
  if (!have_python()) GTEST_SKIP() << "no python3";
  const CliRun r = shell(binary + " rank " + two_files +
                         " --format csv | python3 -c 'import csv, sys\n"
                         "rows = list(csv.DictReader(sys.stdin))\n"
                         "print(len(rows))\n"
                         "for row in rows: print(row[\"rank\"], row[\"company\"], row[\"company_id\"], row[\"rounds\"], "
                         "row[\"currency\"], row[\"total\"], row[\"total_qualifier\"], row[\"file\"])'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "TODO");
}

TEST(RankFormat, JsonKeepsExactDecimalStringsAndTheContext) {
  if (!have_python()) GTEST_SKIP() << "no python3";
  const CliRun r = shell(binary + " rank " + two_files +
                         " --as-of 2024-06-30 --top 2 --format json | python3 -c 'import json, sys\n"
                         "d = json.load(sys.stdin)\n"
                         "print(d[\"schema\"], d[\"currency\"], d[\"as_of\"], d[\"stale\"], d[\"company_count\"], d[\"top\"])\n"
                         "print(d[\"rates\"])\n"
                         "print(d[\"files\"])\n"
                         "for c in d[\"companies\"]: print(c[\"rank\"], c[\"company\"], c[\"rounds\"], repr(c[\"total\"]), "
                         "c[\"total_qualifier\"], c[\"total_high\"])'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "TODO");
}

TEST(RankFormat, TextAndCsvRankTheSameCompanies) {
  const CliRun text = fundline("rank " + two_files);
  const CliRun csv = fundline("rank " + two_files + " --format csv");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  // One line a company, after the title and the header line of each.
  EXPECT_EQ(std::count(text.out.begin(), text.out.end(), '\n') - 2, std::count(csv.out.begin(), csv.out.end(), '\n') - 1);
  EXPECT_EQ(text.out, "TODO");
}

TEST(RankFiles, SeveralFilesRankTheUnionOfTheirCompanies) {
  const CliRun r = fundline("rank import/web_export.csv cli/peers.json --currency EUR --as-of 2024-06-30");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "TODO");
}

TEST(RankFiles, ACompanyInTwoFilesIsAnErrorNamingBoth) {
  const CliRun r = fundline("rank import/odm_funding_rounds.csv import/bulk_funding_rounds.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "TODO");
}

TEST(RankFiles, TheSameFileTwiceIsRefused) {
  const CliRun r = fundline("rank cli/peers.json cli/peers.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "TODO");
}

TEST(RankFiles, EveryFileIsCheckedBeforeAnythingIsRead) {
  const CliRun r = fundline("rank cli/peers.json no-such.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "fundline: error: no-such.csv: No such file or directory\n");
}
