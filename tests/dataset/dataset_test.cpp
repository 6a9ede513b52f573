#include "fundline/dataset/dataset.hpp"

#include <algorithm>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

using namespace fundline;

namespace {

const std::string data_dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/dataset/";

const std::string mini =
    "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
    "m1,2023-06-13,113000000,105000000,EUR\n"
    "h2,2023-09-14,223000000,,\n"
    "m1,2023-12-11,415000000,385000000,EUR\n";

const std::string header6 =
    "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,investor_names\n";

// Text in a buffer of exactly its size, so that AddressSanitizer catches a
// read one byte past the end (a std::string would have its NUL there).
struct ExactBuffer {
  explicit ExactBuffer(const std::string& s) : size(s.size()), bytes(new char[s.size()]) {
    std::copy(s.begin(), s.end(), bytes.get());
  }
  [[nodiscard]] std::string_view view() const { return {bytes.get(), size}; }
  std::size_t size;
  std::unique_ptr<char[]> bytes;
};

const LoadOptions lenient{.mode = ParseMode::lenient, .threads = 1};

}  // namespace

static_assert(!std::is_convertible_v<std::string_view, Dataset>);

TEST(Dataset, DocumentationExample) {
  auto ds = Dataset::parse_odm_csv(mini, "mini.csv");
  EXPECT_EQ(ds.size(), 3u);
  EXPECT_EQ(ds.company_count(), 2u);
  EXPECT_EQ(ds.company_uuid(ds.company_of(1)), "h2");
  EXPECT_EQ(ds.raised_amounts()[0], 10500000000);
  auto eur = ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
  EXPECT_EQ(eur.amounts()[1], 20782851817);
  EXPECT_EQ(eur.totals_by_year()[0], (YearTotal{2023, 69782851817, 3}));
  EXPECT_EQ(eur.top_n(1)[0].uuid, "m1");
}

TEST(Dataset, LoadsTheOpenDataMapLayoutByColumnName) {
  auto ds = Dataset::load_odm_csv(data_dir + "small/funding_rounds.csv");
  EXPECT_EQ(ds.size(), 8u);
  EXPECT_EQ(ds.company_count(), 5u);
  EXPECT_EQ(ds.summary().rows, 8u);
  EXPECT_EQ(ds.days()[0], days_from_civil(2023, 6, 13));
  EXPECT_EQ(ds.raised_usd()[3], 22300000000);
  EXPECT_EQ(ds.raised_amounts()[3], Dataset::missing);
  EXPECT_EQ(ds.raised_currencies()[5], currencies::GBP.index());
  EXPECT_EQ(ds.raised_amounts()[6], 110000000);  // JPY has no minor unit
  EXPECT_EQ(Dataset::country_code(ds.countries()[5]), "GBR");
  EXPECT_EQ(ds.round_types()[1], RoundType::series_a);
  EXPECT_EQ(ds.round_types()[4], RoundType::undisclosed);
  EXPECT_EQ(ds.undisclosed_count(), 1u);
  EXPECT_EQ(ds.total_raised_usd_cents(), int128{219250000000});
}

TEST(Dataset, ReadsQuotedFieldsWithCommasDoubledQuotesAndNewlines) {
  // Row 3 has "General Catalyst,\nNvidia": one record on two lines.
  auto ds = Dataset::load_odm_csv(data_dir + "small/funding_rounds.csv");
  EXPECT_EQ(ds.company_uuid(ds.company_of(2)), "m1");
  EXPECT_EQ(ds.days()[2], days_from_civil(2024, 6, 11));
  EXPECT_EQ(ds.company_uuid(ds.company_of(3)), "h2");
}

TEST(Dataset, AcceptsBomCrlfAllQuotedAndReorderedColumns) {
  auto plain = Dataset::load_odm_csv(data_dir + "small/funding_rounds.csv");
  auto odd = Dataset::load_odm_csv(data_dir + "small_crlf_bom_reordered.csv");
  ASSERT_EQ(odd.size(), 8u);
  for (std::size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(odd.company_uuid(odd.company_of(i)), plain.company_uuid(plain.company_of(i)));
    EXPECT_EQ(odd.days()[i], plain.days()[i]);
    EXPECT_EQ(odd.raised_usd()[i], plain.raised_usd()[i]);
    EXPECT_EQ(odd.raised_amounts()[i], plain.raised_amounts()[i]);
    EXPECT_EQ(odd.raised_currencies()[i], plain.raised_currencies()[i]);
  }
}

TEST(Dataset, UnescapesDoubledQuotesInKeys) {
  auto ds = Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "\"a\"\"b\",2023-06-13,1,,\n", "q.csv");
  EXPECT_EQ(ds.company_uuid(0), "a\"b");
}

TEST(Dataset, SkipsBlankLinesAndReadsALastLineWithoutNewline) {
  ExactBuffer text(header6 + "m1,2023-06-13,1,,,\n\nm1,2023-06-14,2,,,");
  auto ds = Dataset::parse_odm_csv(text.view(), "t.csv");
  EXPECT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds.raised_usd()[1], 200);
}

TEST(Dataset, StrictModeNamesFileLineColumnFieldAndExpectation) {
  try {
    (void)Dataset::load_odm_csv(data_dir + "bad_rows.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().source, data_dir + "bad_rows.csv");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 4u);
    EXPECT_EQ(e.location().field, "announced_on");
    EXPECT_EQ(e.detail(), "expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)");
  }
}

TEST(Dataset, LenientModeSkipsCountsAndListsEveryBadRow) {
  auto ds = Dataset::load_odm_csv(data_dir + "bad_rows.csv", lenient);
  EXPECT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds.summary().skipped, 5u);
  ASSERT_EQ(ds.summary().problems.size(), 5u);
  const auto& p = ds.summary().problems;
  EXPECT_EQ(p[0], (LoadProblem{3, 4, "announced_on", "expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)"}));
  EXPECT_EQ(p[1], (LoadProblem{4, 15, "raised_amount_usd", "expected a non-negative amount such as 1500000, got \"12x\""}));
  EXPECT_EQ(p[2], (LoadProblem{5, 1, "", "expected 6 fields as in the header, got 5"}));
  EXPECT_EQ(p[3], (LoadProblem{6, 35, "raised_amount_currency_code",
                               "expected an ISO 4217 currency code such as EUR, got \"XYZ\""}));
  EXPECT_EQ(p[4], (LoadProblem{7, 42, "", "unexpected character after a closing quote: expected ',' or the end of the line"}));
  EXPECT_EQ(ds.company_uuid(ds.company_of(1)), "k4");
  EXPECT_EQ(fmt::format("{}", p[0]), "3:4: field 'announced_on': expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)");
}

TEST(Dataset, TruncatedQuoteIsAnErrorNotAnOverread) {
  ExactBuffer text(header6 + "m1,2023-06-13,1,,,\"Lightspeed, X");
  try {
    (void)Dataset::parse_odm_csv(text.view(), "cut.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "cut.csv:2:19: unterminated quoted field: expected a closing '\"' before the end of the input "
                           "(is the last line truncated?)");
  }
  auto ds = Dataset::parse_odm_csv(text.view(), "cut.csv", lenient);
  EXPECT_EQ(ds.size(), 0u);
  EXPECT_EQ(ds.summary().skipped, 1u);
}

TEST(Dataset, TruncatedFilesAnywhereNeverCrash) {
  const std::string full = header6 + "m1,2023-06-13,113000000,105000000,EUR,\"Lightspeed, \"\"X\"\" Niel\"\r\n";
  for (std::size_t n = 0; n <= full.size(); ++n) {
    ExactBuffer text(full.substr(0, n));
    try {
      auto ds = Dataset::parse_odm_csv(text.view(), "cut.csv", lenient);
      EXPECT_LE(ds.size(), 1u);
    } catch (const parse_error&) {
      // the header itself is cut: a clear error is the right answer
    }
  }
}

TEST(Dataset, MissingRequiredColumnIsNamed) {
  try {
    (void)Dataset::parse_odm_csv("company_uuid,announced_on\nm1,2023-06-13\n", "h.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "h.csv:1:1: field 'raised_amount_usd': missing column: expected a header naming raised_amount_usd");
  }
}

TEST(Dataset, EmptyFileIsAnError) {
  EXPECT_THROW((void)Dataset::parse_odm_csv("", "e.csv"), parse_error);
}

TEST(Dataset, ChunksSplitInsideQuotedNewlinesGiveTheSameRows) {
  // Every record spans three lines, so most guessed chunk starts fall inside
  // a quoted field and must be repaired.
  std::string text = header6;
  for (int i = 0; i < 300; ++i)
    text += fmt::format("c{},2023-06-13,{},,,\"a,\nb\"\"\n,c\"\n", i % 97, i + 1);
  for (unsigned threads : {1u, 2u, 3u, 7u, 16u}) {
    auto ds = Dataset::parse_odm_csv(text, "split.csv", LoadOptions{.threads = threads});
    ASSERT_EQ(ds.size(), 300u) << threads;
    EXPECT_EQ(ds.company_count(), 97u);
    EXPECT_EQ(ds.total_raised_usd_cents(), int128{4515000});  // 100 * (1 + ... + 300)
    EXPECT_EQ(ds.company_uuid(ds.company_of(299)), "c8");
    EXPECT_EQ(ds.company_of(97), 0u);
  }
}

TEST(Dataset, StrictErrorInALaterChunkReportsTheTrueLine) {
  std::string text = header6;
  for (int i = 0; i < 200; ++i) text += fmt::format("c{},2023-06-13,1,,,\"x\ny\"\n", i);
  text += "bad,2023-02-30,1,,,\n";
  try {
    (void)Dataset::parse_odm_csv(text, "late.csv", LoadOptions{.threads = 4});
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 402u);
    EXPECT_EQ(e.location().column, 5u);
  }
}

TEST(Dataset, RejectsNegativeAndOverlongAmounts) {
  auto ds = Dataset::parse_odm_csv(header6 + "m1,2023-06-13,-5,,,\nm1,2023-06-13,99999999999999999999,,,\n"
                                   "m1,2023-06-13,1.5,,,\n", "n.csv", lenient);
  EXPECT_EQ(ds.summary().skipped, 2u);
  EXPECT_EQ(ds.raised_usd()[0], 150);  // cents
}

TEST(Dataset, ReadsDaysAcrossCenturiesAndLeapYears) {
  auto ds = Dataset::parse_odm_csv(header6 + "a,2000-02-29,1,,,\na,1899-12-31,1,,,\na,2200-03-01,1,,,\n"
                                   "a,1970-01-01,1,,,\na,2024-12-31,1,,,\n", "days.csv");
  ASSERT_EQ(ds.size(), 5u);
  EXPECT_EQ(ds.days()[0], days_from_civil(2000, 2, 29));
  EXPECT_EQ(ds.days()[1], days_from_civil(1899, 12, 31));
  EXPECT_EQ(ds.days()[2], days_from_civil(2200, 3, 1));
  EXPECT_EQ(ds.days()[3], 0);
  EXPECT_EQ(ds.days()[4], 20088);
  auto bad = Dataset::parse_odm_csv(header6 + "a,1900-02-29,1,,,\na,2023-04-31,1,,,\na,2023-00-10,1,,,\n"
                                    "a,2023-01-00,1,,,\na,2023-1-10,1,,,\n", "bad.csv", lenient);
  EXPECT_EQ(bad.size(), 0u);
  EXPECT_EQ(bad.summary().skipped, 5u);
}

TEST(Dataset, MoreThreadsThanRowsLoadTheRows) {
  // The chunks after the first hold no company: their count must not wrap.
  for (unsigned threads : {2u, 3u}) {
    auto ds = Dataset::parse_odm_csv(header6 + "m1,2023-06-13,1,,,\n", "one.csv", LoadOptions{.threads = threads});
    ASSERT_EQ(ds.size(), 1u) << threads;
    EXPECT_EQ(ds.company_count(), 1u);
  }
}

TEST(Dataset, LoadingADirectoryIsAnErrorNamingIt) {
  try {
    (void)Dataset::load_odm_csv(data_dir + "small", LoadOptions{});
    FAIL() << "expected an error";
  } catch (const fundline::error& e) {
    EXPECT_NE(std::string(e.what()).find(data_dir + "small"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("directory"), std::string::npos) << e.what();
  }
}

TEST(Dataset, CarriageReturnOnlyLineEndsAreAnErrorNotAnEmptyDataset) {
  // Old Mac line ends: the whole file would read as one long header line.
  std::string text = header6 + "m1,2023-06-13,1,,,x\nm2,2023-06-13,2,,,y\n";
  std::replace(text.begin(), text.end(), '\n', '\r');
  try {
    (void)Dataset::parse_odm_csv(text, "cr.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 1u);
    EXPECT_EQ(e.location().column, header6.size());
    EXPECT_NE(std::string(e.what()).find("carriage return"), std::string::npos) << e.what();
  }
}

TEST(Dataset, AmountsThatOverflowWhenScaledAreRejectedNotWrapped) {
  // 184467440737095517 x 100 cents wraps a uint64 to 84.
  auto ds = Dataset::parse_odm_csv(header6 + "m1,2023-06-13,184467440737095517,,,\n"
                                   "m2,2023-06-13,,184467440737095517,USD,\n", "wrap.csv", lenient);
  EXPECT_EQ(ds.size(), 0u);
  EXPECT_EQ(ds.summary().skipped, 2u);
}

TEST(Dataset, ALoneCarriageReturnBeforeARecordIsALineEndNotPartOfTheKey) {
  // "\n\r" line ends, as some exporters write: the CSV reader of the importers
  // reads a lone CR as a line end; the keys must not start with it.
  const std::string text = header6 + "\rm1,2023-06-13,1,,,\n\rm2,2023-06-13,2,,,\n\r";
  for (unsigned threads : {1u, 3u}) {
    auto ds = Dataset::parse_odm_csv(text, "lfcr.csv", LoadOptions{.threads = threads});
    ASSERT_EQ(ds.size(), 2u) << threads;
    EXPECT_EQ(ds.company_uuid(ds.company_of(0)), "m1");
    EXPECT_EQ(ds.company_uuid(ds.company_of(1)), "m2");
  }
}

TEST(Dataset, AProblemPastTheHeadersFirstLineIsReportedAtTheQuoteThatRanOverIt) {
  // The quoted name runs over a line end; the bad byte is on line 2. Found by fuzzing.
  try {
    (void)Dataset::parse_odm_csv("company_uuid,\"a\n\xff\",announced_on\nm1,2023-06-13\n", "h.csv",
                                 LoadOptions{.mode = ParseMode::lenient});
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 1u) << e.what();
    EXPECT_EQ(e.location().column, 14u) << e.what();
  }
}

TEST(Dataset, TextAfterAClosingQuoteInTheHeaderIsNamed) {
  try {
    (void)Dataset::parse_odm_csv("company_uuid,\"announced_on\"x,raised_amount_usd,raised_amount,"
                                 "raised_amount_currency_code\nm1,2023-06-13,1,,\n", "h.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "h.csv:1:28: expected a comma or a line end after a closing quote in the header");
  }
}

// The row rules shared with import (docs/row-rules.md).

TEST(Dataset, YearsOutsideTheCalendarAreRefused) {
  try {
    (void)Dataset::parse_odm_csv(header6 + "a,2023-06-13,1,,,\na,0000-07-01,1,,,\n", "y.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "y.csv:3:3: field 'announced_on': expected a date YYYY-MM-DD, got \"0000-07-01\": "
                           "year 0 is out of range (1400..9999)");
  }
  auto ds = Dataset::parse_odm_csv(header6 + "a,1399-12-31,1,,,\na,1400-01-01,1,,,\na,9999-12-31,1,,,\n", "y.csv",
                                   LoadOptions{.mode = ParseMode::lenient});
  EXPECT_EQ(ds.size(), 2u);
  ASSERT_EQ(ds.summary().problems.size(), 1u);
  EXPECT_EQ(ds.summary().problems[0].line, 2u);
}

TEST(Dataset, AnAmountWithoutCurrencyIsRefusedUnlessItIsTheUsdFigure) {
  auto ds = Dataset::parse_odm_csv(header6 + "a,2023-06-13,2000000,2000000,,\nb,2023-06-13,2000000,1800000,,\n"
                                             "c,2023-06-13,,1800000,,\n",
                                   "c.csv", LoadOptions{.mode = ParseMode::lenient});
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds.raised_usd()[0], 200000000);
  EXPECT_EQ(ds.raised_amounts()[0], Dataset::missing);
  ASSERT_EQ(ds.summary().problems.size(), 2u);
  EXPECT_EQ(ds.summary().problems[0],
            (LoadProblem{3, 30, "raised_amount_currency_code",
                         "empty currency, but raised_amount is given (and differs from the USD figure): expected an "
                         "ISO code such as EUR"}));
  EXPECT_EQ(ds.summary().problems[1].message,
            "empty currency, but raised_amount is given: expected an ISO code such as EUR");
}

TEST(Dataset, ARepeatedRoundUuidIsAnErrorNamingTheFirstLine) {
  const std::string text =
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,funding_round_uuid\n"
      "a,2023-06-13,1,,,r1\nb,2023-06-14,2,,,r2\nc,2023-06-15,3,,,r1\n";
  try {
    (void)Dataset::parse_odm_csv(text, "r.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "r.csv:4:18: field 'funding_round_uuid': duplicate round id \"r1\": first seen on line 2");
  }
}

TEST(Dataset, LenientModeDropsARepeatedRoundAndItsCompanyIfItHasNoOtherRow) {
  const std::string text =
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,funding_round_uuid\n"
      "a,2023-06-13,1,,,r1\nc,2023-06-15,3,,,r1\nb,2023-06-14,2,,,r2\n";
  for (const unsigned threads : {1u, 3u}) {
    const auto ds = Dataset::parse_odm_csv(text, "r.csv", LoadOptions{.mode = ParseMode::lenient, .threads = threads});
    // Rows in = rows kept + rows reported.
    EXPECT_EQ(ds.size(), 2u);
    EXPECT_EQ(ds.summary().rows, 2u);
    EXPECT_EQ(ds.summary().skipped, 1u);
    ASSERT_EQ(ds.summary().problems.size(), 1u);
    EXPECT_EQ(ds.summary().problems[0].line, 3u);
    EXPECT_EQ(ds.company_count(), 2u);
    EXPECT_EQ(ds.company_uuid(ds.company_of(1)), "b");
    EXPECT_EQ(ds.raised_usd()[1], 200);
  }
}

TEST(Dataset, StrictModeReportsTheFirstProblemInFileOrder) {
  // The repeated round (line 3) is found after every row is read; the bad date (line 4) while reading.
  const std::string text =
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,funding_round_uuid\n"
      "a,2023-06-13,1,,,r1\nc,2023-06-15,3,,,r1\nb,2023-02-30,2,,,r2\n";
  try {
    (void)Dataset::parse_odm_csv(text, "r.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 3u);
  }
}

TEST(Dataset, AHeaderNamingAColumnTwiceIsAnErrorNamingIt) {
  try {
    (void)Dataset::parse_odm_csv("company_uuid,announced_on,raised_amount_usd,raised_amount,"
                                 "raised_amount_currency_code,company_uuid\nm1,2023-06-13,1,,,m2\n", "h.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "h.csv:1:1: field 'company_uuid': column company_uuid is named twice in the header "
                           "(columns 1 and 6): expected each name once");
  }
}

TEST(Dataset, KeepsCompanyNamesWhenAsked) {
  const std::string text =
      "company_name,company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "Mistral AI,m1,2023-06-13,1,,\n\"Helsing \"\"GmbH\"\"\",h2,2023-06-14,2,,\nMistral,m1,2023-06-15,3,,\n";
  for (const unsigned threads : {1u, 3u}) {
    LoadOptions options{.threads = threads};
    options.company_names = true;
    const auto ds = Dataset::parse_odm_csv(text, "n.csv", options);
    EXPECT_EQ(ds.company_name(*ds.find_company("m1")), "Mistral AI");
    EXPECT_EQ(ds.company_name(*ds.find_company("h2")), "Helsing \"GmbH\"");
  }
  EXPECT_EQ(Dataset::parse_odm_csv(text, "n.csv").company_name(0), "");
}

TEST(Dataset, RepeatedRoundUuidsInEveryChunkAreAllReportedInFileOrder) {
  // 40 rows, r0..r29 with rows 31..40 (lines 32..41) repeating r0, r3, ..., r27:
  // the repeats are searched while the chunks are concatenated.
  std::string text =
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,funding_round_uuid\n";
  for (int i = 0; i < 30; ++i) text += fmt::format("c{},2023-06-13,{},,,r{}\n", i % 7, i + 1, i);
  for (int i = 0; i < 10; ++i) text += fmt::format("d{},2023-06-14,1,,,r{}\n", i, 3 * i);
  for (const unsigned threads : {1u, 2u, 3u, 7u}) {
    const auto ds = Dataset::parse_odm_csv(text, "r.csv", LoadOptions{.mode = ParseMode::lenient, .threads = threads});
    EXPECT_EQ(ds.size(), 30u) << threads;
    EXPECT_EQ(ds.summary().rows, 30u);
    EXPECT_EQ(ds.summary().skipped, 10u);
    ASSERT_EQ(ds.summary().problems.size(), 10u);
    for (std::size_t k = 0; k < 10; ++k) {
      EXPECT_EQ(ds.summary().problems[k].line, 32 + k) << threads;
      EXPECT_EQ(ds.summary().problems[k].message,
                fmt::format("duplicate round id \"r{}\": first seen on line {}", 3 * k, 3 * k + 2));
    }
    EXPECT_EQ(ds.company_count(), 7u);  // the d companies had only repeated rounds
    EXPECT_EQ(ds.raised_usd()[29], 3000);
    try {
      (void)Dataset::parse_odm_csv(text, "r.csv", LoadOptions{.threads = threads});
      FAIL() << "expected parse_error";
    } catch (const parse_error& e) {
      EXPECT_STREQ(e.what(), "r.csv:32:19: field 'funding_round_uuid': duplicate round id \"r0\": first seen on line 2");
    }
  }
}
