// Lenient mode's promise, for both CSV paths (CsvReader under import, the
// columnar scanner under report): rows in = rows kept + rows reported, and a
// malformed record is skipped by itself, reading resuming on its next line.
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "fundline/dataset/dataset.hpp"
#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/csv_reader.hpp"

using namespace fundline;

namespace {

const std::string header =
    "company_name,country_code,state_code,region,city,company_category_list,funding_round_type,funding_round_code,"
    "announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,post_money_valuation_usd,"
    "post_money_valuation,pre_money_currency_code,investor_count,investor_names,cb_url,company_uuid,"
    "funding_round_uuid\n";

// Row i: a valid ODM round; every third names its investors in quotes.
std::string row(int i) {
  return fmt::format("Company {0},FRA,,,Paris,Software,seed,,2023-06-{1:02},{2},,,,,,{3},{4},"
                     "https://www.crunchbase.com/organization/c{0},c{0},r{5}\n",
                     i % 7, 1 + i % 28, 1000 * (i + 1), i % 3 == 0 ? "2" : "",
                     i % 3 == 0 ? "\"Accel, Index Ventures\"" : "", i);
}

struct Verdicts {
  std::size_t rows_in = 0;
  std::size_t import_kept = 0, import_reported = 0;
  std::size_t dataset_kept = 0, dataset_reported = 0;
};

Verdicts run_both(const std::string& text, std::size_t rows_in) {
  Verdicts v;
  v.rows_in = rows_in;
  ImportOptions options;
  options.lenient = true;
  options.format = ImportFormat::odm;
  const ImportResult r = import_csv_text(text, "corrupt.csv", options);
  EXPECT_EQ(r.stats.rejected, r.problems.size());
  v.import_kept = r.stats.rows - r.stats.rejected;
  v.import_reported = r.problems.size();
  std::size_t rounds = 0;
  for (const auto& c : r.companies) rounds += c.rounds.size();
  EXPECT_EQ(rounds, v.import_kept);
  const Dataset ds = Dataset::parse_odm_csv(text, "corrupt.csv", LoadOptions{.mode = ParseMode::lenient, .threads = 1});
  EXPECT_EQ(ds.summary().skipped, ds.summary().problems.size());
  v.dataset_kept = ds.size();
  v.dataset_reported = ds.summary().skipped;
  return v;
}

// Data lines of text: lines with at least one byte, header excluded.
std::size_t data_lines(const std::string& text) {
  std::size_t n = 0;
  bool any = false;
  for (char c : text) {
    if (c == '\n') {
      n += any;
      any = false;
    } else if (c != '\r') {  // both readers skip CRs before a record: "\r\n" alone is a blank line
      any = true;
    }
  }
  return n + any - 1;
}

}  // namespace

TEST(LenientRecovery, AStrayQuoteSkipsOnlyItsOwnRow) {
  // The file: 11 lines, a stray opening quote on line 4.
  std::string text = header;
  for (int i = 0; i < 10; ++i) {
    if (i == 2) text += '"';
    text += row(i);
  }
  const ImportResult r = import_csv_text(text, "stray.csv", ImportOptions{.lenient = true});
  EXPECT_EQ(r.stats.rows, 10u);
  EXPECT_EQ(r.stats.rejected, 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where.line, 4u);
  const Dataset ds = Dataset::parse_odm_csv(text, "stray.csv", LoadOptions{.mode = ParseMode::lenient, .threads = 1});
  EXPECT_EQ(ds.size(), 9u);
  ASSERT_EQ(ds.summary().problems.size(), 1u);
  // The same row is skipped, and both readers name the stray opening quote.
  EXPECT_EQ(ds.summary().problems[0].line, 4u);
  EXPECT_EQ(ds.summary().problems[0].column, 1u);
}

TEST(LenientRecovery, AnUnterminatedQuoteResumesOnTheNextLine) {
  auto csv = CsvReader::from_string("a,b\n1,\"x\n2,y\n3,z\n", "u.csv");
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  try {
    csv.next(r);
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 2u);
    EXPECT_EQ(e.location().column, 3u);
    EXPECT_EQ(e.detail(),
              "unterminated quoted field: expected a closing '\"' before the end of the input (is the quote stray? "
              "The record is skipped; reading resumes on line 3)");
  }
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r.line, 3u);
  EXPECT_EQ(r[1].text, "y");
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r[0].text, "3");
  EXPECT_FALSE(csv.next(r));
}

TEST(LenientRecovery, ALoneCarriageReturnIsFieldTextForBothReaders) {
  auto csv = CsvReader::from_string("a,b\nx\ry,z\r\n", "cr.csv");
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  ASSERT_TRUE(csv.next(r));
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].text, "x\ry");
  EXPECT_EQ(r[1].text, "z");
  EXPECT_FALSE(csv.next(r));
}

TEST(LenientRecovery, PropertyRowsInEqualKeptPlusReportedUnderRandomCorruption) {
  std::mt19937 rng(4180);
  const char* const inserts[] = {"\"", "\"", "\0", "\r", "\r\n\""};
  for (int round = 0; round < 300; ++round) {
    std::string text = header;
    const int rows = 5 + static_cast<int>(rng() % 20);
    for (int i = 0; i < rows; ++i) text += row(i);
    const int corruptions = 1 + static_cast<int>(rng() % 3);
    int quotes = 0;
    for (int k = 0; k < corruptions; ++k) {
      const std::size_t at = header.size() + rng() % (text.size() - header.size());
      const std::size_t which = rng() % 6;
      if (which == 5) {
        text.resize(at);  // truncation
      } else {
        const char* s = inserts[which];
        quotes += which == 0 || which == 1 || which == 4;
        text.insert(at, which == 2 ? std::string(1, '\0') : std::string(s));
      }
    }
    const bool quotes_inserted = quotes >= 2;
    const std::size_t lines = data_lines(text);
    const Verdicts v = run_both(text, lines);
    // Both readers see the same records: every line is kept or reported,
    // except where two inserted quotes make a well-formed multi-line field
    // (RFC 4180: one record over several lines).
    ASSERT_EQ(v.import_kept + v.import_reported, v.dataset_kept + v.dataset_reported)
        << "round " << round << ":\n" << text;
    ASSERT_LE(v.dataset_kept + v.dataset_reported, lines) << "round " << round << ":\n" << text;
    if (!quotes_inserted) {
      ASSERT_EQ(v.dataset_kept + v.dataset_reported, lines) << "round " << round << ":\n" << text;
    }
  }
}
