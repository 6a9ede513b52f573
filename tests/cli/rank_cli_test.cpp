// fundline rank as data and over several files: --format csv|json read back
// with Python's standard csv and json modules, the union of the companies of
// files of different layouts, and the one rule for a company found in two
// files, by id or by name (an error naming both, never a company counted
// twice).
#include <algorithm>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"

namespace {

using CliRun = cli_testing::CommandRun;

const std::string data_dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/";
const std::string binary = std::string("'").append(FUNDLINE_CLI_PATH).append("'");

CliRun shell(const std::string& command_line) { return cli_testing::run_command(data_dir, command_line); }
CliRun fundline(const std::string& arguments) { return shell(binary + " " + arguments); }

bool have_python() { return std::system("python3 -c 'import csv, json' >/dev/null 2>&1") == 0; }

// An open-data-map export (columnar path) and a fundline JSON document (object model).
const std::string rank_two_files = "rank import/odm_funding_rounds.csv cli/peers.json --currency EUR";

}  // namespace

TEST(RankFormat, CsvHeaderIsTheDocumentedColumns) {
  const CliRun r = fundline("rank cli/mistral.json --as-of 2024-06-30 --format csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "rank,company,company_id,rounds,currency,total,total_qualifier,total_high,file");
}

TEST(RankFormat, CsvParsesWithAStandardReaderAndCarriesEveryRankedRow) {
  if (!have_python()) GTEST_SKIP() << "no python3";
  const CliRun r = shell(binary + " " + rank_two_files +
                         " --format csv | python3 -c 'import csv, sys\n"
                         "rows = list(csv.DictReader(sys.stdin))\n"
                         "print(len(rows))\n"
                         "for row in rows: print(row[\"rank\"], row[\"company\"], row[\"company_id\"], row[\"rounds\"], "
                         "row[\"currency\"], row[\"total\"], row[\"total_qualifier\"], row[\"file\"])'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "4\n"
            "1 Mistral AI 7d9e6ab1-3c2f-4b8e-9a51-2f0c1d6e4a10 4 EUR 1105000000.00 exact import/odm_funding_rounds.csv\n"
            "2 Northwind AI northwind-ai 3 EUR 489466969.59 exact cli/peers.json\n"
            "3 Northwind Robotics a1b2c3d4-0000-4000-8000-000000000001 3 EUR 12331516.50 at_least "
            "import/odm_funding_rounds.csv\n"
            "4 Kestrel Labs kestrel-labs 2 EUR 2500000.50 at_least cli/peers.json\n");
}

TEST(RankFormat, JsonKeepsExactDecimalStringsAndTheContext) {
  if (!have_python()) GTEST_SKIP() << "no python3";
  const CliRun r = shell(binary + " " + rank_two_files +
                         " --as-of 2024-06-30 --top 2 --format json | python3 -c 'import json, sys\n"
                         "d = json.load(sys.stdin)\n"
                         "print(d[\"schema\"], d[\"currency\"], d[\"as_of\"], d[\"stale\"], d[\"company_count\"], d[\"top\"])\n"
                         "print(d[\"rates\"])\n"
                         "print(d[\"files\"])\n"
                         "for c in d[\"companies\"]: print(c[\"rank\"], c[\"company\"], c[\"rounds\"], repr(c[\"total\"]), "
                         "c[\"total_qualifier\"], c[\"total_high\"])'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "fundline.rank/1 EUR 2024-06-30 False 4 2\n"
            "bundled eurofxref-hist.csv, last day 2025-05-09\n"
            "[\'import/odm_funding_rounds.csv\', \'cli/peers.json\']\n"
            "1 Mistral AI 4 \'1105000000.00\' exact None\n"
            "2 Northwind AI 3 \'489466969.59\' exact None\n");
}

TEST(RankFormat, TextAndCsvRankTheSameCompanies) {
  const CliRun text = fundline(rank_two_files);
  const CliRun csv = fundline(rank_two_files + " --format csv");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  // One line a company, after the title and the header line of each.
  EXPECT_EQ(std::count(text.out.begin(), text.out.end(), '\n') - 2, std::count(csv.out.begin(), csv.out.end(), '\n') - 1);
  EXPECT_EQ(text.out, "Total raised in EUR, each round at the ECB rate of its date (bundled eurofxref-hist.csv, last day "
            "2025-05-09)\n"
            "rank  company             rounds  total raised\n"
            "   1  Mistral AI               4  EUR 1,105,000,000.00\n"
            "   2  Northwind AI             3  EUR 489,466,969.59\n"
            "   3  Northwind Robotics       3  at least EUR 12,331,516.50\n"
            "   4  Kestrel Labs             2  at least EUR 2,500,000.50\n");
}

TEST(RankFiles, SeveralFilesRankTheUnionOfTheirCompanies) {
  const CliRun r = fundline("rank import/web_export.csv cli/peers.json --currency EUR --as-of 2024-06-30");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Total raised in EUR, each round at the ECB rate of its date (bundled eurofxref-hist.csv, last day "
            "2025-05-09), as of 2024-06-30\n"
            "rank  company         rounds  total raised\n"
            "   1  Mistral AI           4  EUR 1,105,000,000.00\n"
            "   2  Northwind AI         3  EUR 489,466,969.59\n"
            "   3  Rocket Freight       1  EUR 164,473,684.21\n"
            "   4  Green Grid           1  EUR 8,800,000.00\n"
            "   5  Kyoto Quantum        1  EUR 7,361,511.56\n"
            "   6  Kestrel Labs         2  at least EUR 2,500,000.50\n"
            "   7  Tiny Labs            2  at least EUR 579,979.12\n"
            "   8  Helsing              0  EUR 0.00\n");
}

TEST(RankFiles, ACompanyInTwoFilesIsAnErrorNamingBoth) {
  // The same Crunchbase uuid in an open-data-map and a bulk export.
  const CliRun r = fundline("rank import/odm_funding_rounds.csv import/bulk_funding_rounds.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "fundline: error: company \"Mistral AI\" is in both import/odm_funding_rounds.csv (id "
            "7d9e6ab1-3c2f-4b8e-9a51-2f0c1d6e4a10) and import/bulk_funding_rounds.csv (id "
            "7d9e6ab1-3c2f-4b8e-9a51-2f0c1d6e4a10): expected each company in one file (rank does not merge files: merge "
            "them with `fundline import --companies`, or leave one out)\n");
}

TEST(RankFiles, TheSameNameUnderAnotherIdIsTheSameCompany) {
  // A web export has no ids (its companies are known by name) and a JSON document has its own slugs.
  const CliRun r = fundline("rank import/web_export.csv cli/mistral.json --as-of 2024-06-30");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "fundline: error: company \"Mistral AI\" is in both import/web_export.csv (id Mistral AI) and "
            "cli/mistral.json (id mistral-ai): expected each company in one file (rank does not merge files: merge "
            "them with `fundline import --companies`, or leave one out)\n");
}

TEST(RankFiles, TheSameFileTwiceIsRefused) {
  const CliRun r = fundline("rank cli/peers.json cli/peers.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "fundline: error: company \"Northwind AI\" is in both cli/peers.json (id northwind-ai) and cli/peers.json "
            "(id northwind-ai): expected each company in one file (rank does not merge files: merge them with "
            "`fundline import --companies`, or leave one out)\n");
}

TEST(RankFiles, EveryFileIsCheckedBeforeAnythingIsRead) {
  const CliRun r = fundline("rank cli/peers.json no-such.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "fundline: error: no-such.csv: No such file or directory\n");
}
