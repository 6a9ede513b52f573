// The tool's publishable output: --format csv|json read back with Python's
// standard csv and json modules, fundline convert, fundline sources, the
// comparison chart, the text rules (dates written out, French typography)
// and the one error contract for unreadable files.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"

namespace {

using CliRun = cli_testing::CommandRun;
using cli_testing::read_text;

const std::string data_dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/cli/";
const std::string binary = "'" + std::string(FUNDLINE_CLI_PATH) + "'";

CliRun shell(const std::string& command_line) { return cli_testing::run_command(data_dir, command_line); }
CliRun fundline(const std::string& arguments) { return shell(binary + " " + arguments); }

bool have_python() { return std::system("python3 -c 'import csv, json' >/dev/null 2>&1") == 0; }

// A scratch path unique to this process.
std::string temp(const std::string& name) {
  return ::testing::TempDir() + "fundline_output_test_" + std::to_string(::getpid()) + "_" + name;
}

}  // namespace

TEST(CliFormat, TimelineCsvParsesWithAStandardReaderAndCarriesEveryRound) {
  if (!have_python()) GTEST_SKIP() << "no python3";
  const CliRun r = shell(binary +
                         " timeline mistral.json --format csv | python3 -c 'import csv, sys\n"
                         "rows = list(csv.DictReader(sys.stdin))\n"
                         "print(len(rows))\n"
                         "for row in rows: print(row[\"date\"], row[\"round_type\"], row[\"amount\"], row[\"cumulative\"], "
                         "row[\"lead_investors\"])'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "5\n"
            "2023-06-13 seed 105000000.00 105000000.00 Lightspeed Venture Partners\n"
            "2023-12-11 series_a 385000000.00 490000000.00 Andreessen Horowitz\n"
            "2024-02-26 convertible_note 15000000.00 505000000.00 Microsoft\n"
            "2024-06-11 series_b 600000000.00 1105000000.00 General Catalyst\n"
            "2025-09-09 series_c 1700000000.00 2805000000.00 ASML\n");
}

TEST(CliFormat, TimelineCsvHeaderIsTheDocumentedColumns) {
  const CliRun r = fundline("timeline mistral.json --format csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "company,round_id,date,round_type,label,currency,amount,amount_qualifier,amount_high,post_money,"
            "post_money_qualifier,post_money_high,cumulative,cumulative_qualifier,cumulative_high,lead_investors,"
            "investors");
}

TEST(CliFormat, TimelineJsonParsesWithExactDecimalStrings) {
  if (!have_python()) GTEST_SKIP() << "no python3";
  const CliRun r = shell(binary +
                         " timeline mistral.json --as-of 2024-06-30 --format json | python3 -c 'import json, sys\n"
                         "d = json.load(sys.stdin)\n"
                         "print(d[\"schema\"], d[\"company\"], d[\"currency\"], d[\"as_of\"], len(d[\"rounds\"]))\n"
                         "print(d[\"total_priced_rounds\"][\"amount\"], d[\"best_12_months\"][\"from\"], d[\"best_12_months\"][\"to\"])\n"
                         "print(repr(d[\"rounds\"][1][\"post_money\"]), d[\"rounds\"][1][\"post_money_qualifier\"])'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "fundline.timeline/1 Mistral AI EUR 2024-06-30 4\n"
            "1090000000.00 2023-06-13 2024-06-11\n"
            "'1859254438.97' approximately\n");
}

TEST(CliFormat, CompareCsvAndJsonCarryEveryCompany) {
  if (!have_python()) GTEST_SKIP() << "no python3";
  const CliRun csv = shell(binary +
                           " compare mistral.json peers.json --as-of 2024-06-30 --format csv | python3 -c 'import csv, sys\n"
                           "for row in csv.DictReader(sys.stdin): print(row[\"company\"], row[\"months_to_1b\"], row[\"total\"])'");
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_NE(csv.out.find("Mistral AI 14 1105000000.00\n"), std::string::npos) << csv.out;
  const CliRun json = shell(binary +
                            " compare mistral.json peers.json --as-of 2024-06-30 --format json | python3 -c 'import json, sys\n"
                            "d = json.load(sys.stdin)\n"
                            "print(d[\"schema\"], d[\"currency\"], d[\"anchor\"], len(d[\"companies\"]))'");
  EXPECT_EQ(json.exit_code, 0) << json.err;
  const std::string companies = std::to_string(std::count(csv.out.begin(), csv.out.end(), '\n'));
  EXPECT_EQ(json.out, "fundline.comparison/1 EUR founding " + companies + "\n");
}

TEST(CliFormat, FxCsvAndJsonKeepExactValues) {
  CliRun r = fundline("fx 600000000 EUR USD --date 2024-06-11 --format csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "amount,from,converted,to,date,rounding,from_rate,from_fixing,to_rate,to_fixing,table,stale\n"
            "600000000.00,EUR,643800000.00,USD,2024-06-11,half_even,,,1.073,2024-06-11,bundled eurofxref-hist.csv,false\n");
  r = fundline("fx 600000000 EUR USD --date 2024-06-11 --format json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"converted\": \"643800000.00\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"stale\": false"), std::string::npos) << r.out;
}

TEST(CliText, FxGroupsMoneyLikeEveryCommand) {
  const CliRun r = fundline("fx 600000000 EUR USD --date 2024-06-11");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "€600,000,000.00 = $643,800,000.00");
}

TEST(CliConvert, JsonToCsvAndBackKeepsEveryRound) {
  const std::string csv = temp("mistral.csv"), json = temp("mistral.json");
  CliRun r = fundline("convert mistral.json '" + csv + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "mistral.json -> " + csv + " (fundline CSV): companies 1, rounds 5\n");
  r = fundline("convert '" + csv + "' '" + json + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The figures survive both ways: the same timeline from all three files.
  const std::string expected = fundline("timeline mistral.json --format csv").out;
  EXPECT_EQ(fundline("timeline '" + json + "' --format csv").out, expected);
  EXPECT_EQ(fundline("compare '" + csv + "' --format csv").out, fundline("compare mistral.json --format csv").out);
  EXPECT_EQ(fundline("convert mistral.json '" + temp("x.txt") + "'").exit_code, 1);
  std::remove(csv.c_str());
  std::remove(json.c_str());
}

TEST(CliConvert, CompareTakesFilesOfAnyLayout) {
  const std::string csv = temp("peers.csv");
  ASSERT_EQ(fundline("convert peers.json '" + csv + "'").exit_code, 0);
  const CliRun mixed = fundline("compare mistral.json '" + csv + "' --as-of 2024-06-30");
  EXPECT_EQ(mixed.exit_code, 0) << mixed.err;
  EXPECT_EQ(mixed.out, fundline("compare mistral.json peers.json --as-of 2024-06-30").out);
  std::remove(csv.c_str());
}

TEST(CliSources, ShowsBothFoundingClaimsOfTheBundledMistralData) {
  const CliRun en = fundline("sources");
  EXPECT_EQ(en.exit_code, 0) << en.err;
  EXPECT_EQ(en.out.rfind("Mistral AI: sources\n\nCompany\n  founded: April 2023\n", 0), 0u) << en.out;
  EXPECT_NE(en.out.find("Where sources disagree:"), std::string::npos);
  EXPECT_NE(en.out.find("founded  April 2023  May 2023    TechCrunch, 13 June 2023; The Next Web, 14 June 2023"),
            std::string::npos)
      << en.out;
  EXPECT_NE(en.out.find("founded  April 2023  April 2023"), std::string::npos) << en.out;
  // The article's "plus de 6 milliards" beside the recorded EUR 5.8B.
  EXPECT_NE(en.out.find("more than EUR 6B"), std::string::npos);
  const CliRun fr = fundline("sources --lang fr");
  EXPECT_EQ(fr.exit_code, 0) << fr.err;
  EXPECT_NE(fr.out.find("création  avril 2023  mai 2023"), std::string::npos) << fr.out;
  EXPECT_NE(fr.out.find("Là où les sources divergent\u00A0:"), std::string::npos);
}

TEST(CliSources, TimelineListsSourcesOnRequest) {
  const CliRun r = fundline("timeline mistral.json --as-of 2024-06-30 --sources");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\nMistral AI: sources\n"), std::string::npos);
  EXPECT_EQ(fundline("timeline mistral.json").out.find("Mistral AI: sources"), std::string::npos);
}

TEST(CliText, BestWindowDatesAreWrittenOut) {
  EXPECT_NE(fundline("timeline mistral.json --as-of 2024-06-30").out.find("from 13 June 2023 to 11 June 2024"),
            std::string::npos);
  EXPECT_NE(fundline("timeline mistral.json --as-of 2024-06-30 --lang fr").out.find("du 13 juin 2023 au 11 juin 2024"),
            std::string::npos);
}

TEST(CliText, EstimatesAreRoundedInTextButExactInData) {
  const CliRun r = fundline("timeline mistral.json --as-of 2024-06-30");
  EXPECT_NE(r.out.find("about €1.86 billion"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("1,859,254,438.97"), std::string::npos);
  EXPECT_NE(fundline("timeline mistral.json --as-of 2024-06-30 --format csv").out.find("1859254438.97"),
            std::string::npos);
}

TEST(CliText, FrenchTypography) {
  const CliRun r = fundline("timeline mistral.json --as-of 2024-06-30 --lang fr");
  EXPECT_NE(r.out.find("(environ ×\u00A07,75)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("d’euros"), std::string::npos);
  EXPECT_EQ(r.out.find("d'euros"), std::string::npos);
  const CliRun c = fundline("compare mistral.json peers.json --as-of 2024-06-30 --lang fr");
  EXPECT_NE(c.out.find("100\u00A0M€ atteints en"), std::string::npos) << c.out;
  EXPECT_EQ(c.out.find("Jusqu"), std::string::npos);
}

TEST(CliChart, CompareDrawsEveryCompanyOnOneChart) {
  const std::string svg = temp("compare.svg");
  const CliRun r = fundline("compare mistral.json peers.json --as-of 2024-06-30 --svg '" + svg + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_text(svg);
  EXPECT_NE(text.find(">Months since founding</text>"), std::string::npos);
  EXPECT_NE(text.find("Mistral AI €1.1B"), std::string::npos) << text;
  EXPECT_NE(text.find("Data as of 30 June 2024."), std::string::npos);
  std::remove(svg.c_str());
}

// The one error contract: exit 1, "fundline: error: FILE: cause", nothing on stdout.
TEST(CliErrors, EveryCommandReportsAnUnreadableFileTheSameWay) {
  const std::string missing = "no-such-file.json";
  for (const std::string& arguments :
       {"timeline " + missing, "compare mistral.json " + missing, "sources " + missing, "convert " + missing + " x.csv",
        "import " + missing, "rank " + missing, "fx 1 EUR USD --date 2024-06-11 --fx " + missing,
        "report --rounds " + missing + " --queries " + missing}) {
    const CliRun r = fundline(arguments);
    EXPECT_EQ(r.exit_code, 1) << arguments;
    EXPECT_EQ(r.out, "") << arguments;
    EXPECT_EQ(r.err, "fundline: error: " + missing + ": No such file or directory\n") << arguments;
  }
  for (const char* arguments : {"timeline .", "compare .", "sources .", "import .", "rank ."}) {
    const CliRun r = fundline(arguments);
    EXPECT_EQ(r.exit_code, 1) << arguments;
    EXPECT_EQ(r.err, "fundline: error: .: is a directory, expected a file\n") << arguments;
  }
}

TEST(CliErrors, DateOptionsNameWhatIsWrong) {
  const CliRun r = fundline("timeline --as-of 2024-13-01");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("month 13 is out of range"), std::string::npos) << r.err;
  EXPECT_NE(fundline("compare mistral.json --as-of 2023-02-30").err.find("day 30 is out of range"), std::string::npos);
}

TEST(CliFormat, SourcesAndHtmlGoWithTextOnly) {
  EXPECT_EQ(fundline("timeline mistral.json --format csv --sources").exit_code, 2);
  EXPECT_EQ(fundline("timeline mistral.json --format json --html x.html").exit_code, 2);
}
