// One set of row rules (docs/row-rules.md), checked against every command
// that reads funding rounds: `import`, `rank` and `report` give the same
// verdict on each case's fixture (tests/data/row_rules), in strict and in
// lenient mode. Built when the CLI is (FUNDLINE_CLI_PATH).
#ifdef FUNDLINE_CLI_PATH

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "run_command.hpp"

namespace {

using cli_testing::CommandRun;

const std::string dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/row_rules";

CommandRun fundline(const std::string& arguments) {
  return cli_testing::run_command(dir, "'" + std::string(FUNDLINE_CLI_PATH) + "' " + arguments);
}

// The three commands on one rounds file, in one mode.
struct Runs {
  CommandRun import, rank, report;
};
Runs every_command(const std::string& file, bool lenient) {
  const std::string mode = lenient ? " --lenient" : "";
  return {fundline("import " + file + mode), fundline("rank " + file + mode),
          fundline("report --rounds " + file + " --queries queries.csv" + mode)};
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct RejectedRow {
  std::string file;
  std::string where;  // "file:line:" of the row every command refuses
  std::string field;
  std::string message;  // a part of the message, the same in every command
};

const std::vector<RejectedRow>& rejected_rows() {
  static const std::vector<RejectedRow> rows{
      {"amount_without_currency.csv", "amount_without_currency.csv:3:", "raised_amount_currency_code",
       "empty currency, but raised_amount is given (and differs from the USD figure)"},
      {"repeated_round_uuid.csv", "repeated_round_uuid.csv:3:", "funding_round_uuid",
       "duplicate round id \"r1\": first seen on line 2"},
      {"year_zero.csv", "year_zero.csv:3:", "announced_on", "year 0 is out of range (1400..9999)"},
  };
  return rows;
}

}  // namespace

TEST(RowRules, EveryCommandRefusesTheSameRowInStrictMode) {
  for (const auto& row : rejected_rows()) {
    const Runs r = every_command(row.file, false);
    for (const CommandRun* run : {&r.import, &r.rank, &r.report}) {
      EXPECT_EQ(run->exit_code, 1) << row.file << ": " << run->err;
      EXPECT_TRUE(has(run->err, row.where)) << run->err;
      EXPECT_TRUE(has(run->err, "field '" + row.field + "'")) << run->err;
      EXPECT_TRUE(has(run->err, row.message)) << run->err;
    }
  }
}

TEST(RowRules, EveryCommandSkipsAndReportsTheSameRowInLenientMode) {
  for (const auto& row : rejected_rows()) {
    const Runs r = every_command(row.file, true);
    for (const CommandRun* run : {&r.import, &r.rank, &r.report}) {
      EXPECT_EQ(run->exit_code, 0) << row.file << ": " << run->err;
      EXPECT_TRUE(has(run->err, row.where)) << run->err;
      EXPECT_TRUE(has(run->err, row.message)) << run->err;
    }
    // Rows in = rows kept + rows reported: three rows, two kept, one reported.
    EXPECT_TRUE(has(r.import.out, "rows 3, companies 1, rounds 2, undisclosed 0, rejected 1")) << r.import.out;
    EXPECT_TRUE(has(r.report.out, "rounds 2\ncompanies 1\n")) << r.report.out;
    EXPECT_TRUE(has(r.report.err, "skipped 1 malformed row")) << r.report.err;
    EXPECT_TRUE(has(r.rank.out, "Alpha Labs       2  USD 10,500,000.00")) << r.rank.out;
    EXPECT_FALSE(has(r.rank.out, "Beta Labs")) << r.rank.out;
  }
}

TEST(RowRules, AnAmountWithoutCurrencyThatIsTheUsdFigureIsKeptByEveryCommand) {
  const Runs r = every_command("usd_figure_without_currency.csv", false);
  EXPECT_EQ(r.import.exit_code, 0) << r.import.err;
  EXPECT_EQ(r.import.out,
            "usd_figure_without_currency.csv (odm): rows 3, companies 2, rounds 3, undisclosed 0, rejected 0\n");
  EXPECT_EQ(r.rank.exit_code, 0) << r.rank.err;
  EXPECT_TRUE(has(r.rank.out, "Beta Labs        1  USD 2,000,000.00")) << r.rank.out;
  EXPECT_EQ(r.report.exit_code, 0) << r.report.err;
  EXPECT_TRUE(has(r.report.out, "rounds 3\ncompanies 2\nundisclosed 0\ntotal_usd 12500000\n")) << r.report.out;
}

TEST(RowRules, AHeaderNamingAColumnTwiceIsAnErrorNamingItInEveryCommand) {
  for (const bool lenient : {false, true}) {
    const Runs r = every_command("column_named_twice.csv", lenient);
    for (const CommandRun* run : {&r.import, &r.rank, &r.report}) {
      EXPECT_EQ(run->exit_code, 1) << run->err;
      EXPECT_TRUE(has(run->err, "column_named_twice.csv:1:1: field 'company_uuid': column company_uuid is named twice "
                                "in the header (columns 8 and 10): expected each name once"))
          << run->err;
    }
  }
}

TEST(RowRules, ImportRefusesAnOutputFileThatIsItsInput) {
  const std::string copy = ::testing::TempDir() + "fundline_row_rules_" + std::to_string(::getpid()) + ".csv";
  std::filesystem::copy_file(dir + "/clean.csv", copy, std::filesystem::copy_options::overwrite_existing);
  const auto before = cli_testing::read_text(copy);
  const CommandRun r = fundline("import '" + copy + "' -o '" + copy + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(has(r.err, "refusing to write " + copy + ": it is an input of this import")) << r.err;
  EXPECT_EQ(cli_testing::read_text(copy), before);
  std::remove(copy.c_str());
}

TEST(RowRules, JsonFollowedByANulByteIsRefusedLikeTheSameGarbageWithoutIt) {
  const std::string valid = "{\"schema\": \"fundline.company/1\", \"companies\": []}";
  const std::string base = ::testing::TempDir() + "fundline_row_rules_" + std::to_string(::getpid());
  for (const std::string& tail : {std::string("garbage"), std::string("\0garbage", 8)}) {
    const std::string path = base + (tail[0] == '\0' ? "_nul.json" : "_plain.json");
    std::ofstream(path, std::ios::binary) << valid << tail;
    const CommandRun r = fundline("rank '" + path + "'");
    EXPECT_EQ(r.exit_code, 1) << path;
    EXPECT_TRUE(has(r.err, "malformed JSON")) << r.err;
    std::remove(path.c_str());
  }
}

#endif  // FUNDLINE_CLI_PATH
