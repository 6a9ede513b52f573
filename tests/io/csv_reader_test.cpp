#include "fundline/io/csv_reader.hpp"

#include <sstream>
#include <streambuf>
#include <type_traits>

#include <gtest/gtest.h>

using namespace fundline;

namespace {

std::vector<std::vector<std::string>> read_all(std::string text, CsvOptions options = {}) {
  auto csv = CsvReader::from_string(std::move(text), "t.csv", options);
  std::vector<std::vector<std::string>> out;
  CsvRecord r;
  while (csv.next(r)) {
    auto& row = out.emplace_back();
    for (const auto& f : r.fields) row.push_back(f.text);
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

// Returns the parse_error next() throws on the first record after `skip` good ones.
parse_error first_error(std::string text, CsvOptions options = {}) {
  auto csv = CsvReader::from_string(std::move(text), "t.csv", options);
  CsvRecord r;
  try {
    while (csv.next(r)) {
    }
  } catch (const parse_error& e) {
    return e;
  }
  ADD_FAILURE() << "expected a parse_error";
  return parse_error("none");
}

// An endless line of 'a' bytes, produced on demand: a 1 GB line without 1 GB of memory.
class LongLine : public std::streambuf {
 public:
  explicit LongLine(std::uint64_t bytes) : left_(bytes), chunk_(1 << 16, 'a') {}

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left_, chunk_.size()));
    left_ -= n;
    setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
    return traits_type::to_int_type(chunk_[0]);
  }

 private:
  std::uint64_t left_;
  std::string chunk_;
};

}  // namespace

static_assert(!std::is_copy_constructible_v<CsvReader>);
static_assert(std::is_move_constructible_v<CsvReader>);

TEST(CsvReader, DocumentationExample) {
  auto csv = CsvReader::from_string("name,amount\n\"Mistral, AI\",105\n", "mini.csv");
  CsvRecord r;
  EXPECT_TRUE(csv.next(r));
  EXPECT_TRUE(csv.next(r));
  EXPECT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].text, "Mistral, AI");
  EXPECT_EQ(r[1].line, 2u);
  EXPECT_EQ(r[1].column, 15u);
  EXPECT_FALSE(csv.next(r));
  EXPECT_EQ(trim_blanks(" USD\t"), "USD");
}

TEST(CsvReader, ReadsQuotedCommasDoubledQuotesAndNewlines) {
  EXPECT_EQ(read_all("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\n"),
            (Rows{{"a", "b, c", "say \"hi\"", "two\nlines"}}));
}

TEST(CsvReader, CountsLinesInsideQuotedFields) {
  auto csv = CsvReader::from_string("\"x\ny\",z\nnext,row\n", "t.csv");
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r[1].line, 2u);
  EXPECT_EQ(r[1].column, 4u);
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r.line, 3u);
}

TEST(CsvReader, AcceptsCrlfLfAndAFinalLineWithoutLineEnd) {
  EXPECT_EQ(read_all("a,b\r\nc,d\ne,f"), (Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
}

TEST(CsvReader, SkipsTheByteOrderMark) {
  EXPECT_EQ(read_all("\xEF\xBB\xBFname\nx\n"), (Rows{{"name"}, {"x"}}));
}

TEST(CsvReader, KeepsEmptyFields) {
  EXPECT_EQ(read_all(",,\n\"\",x,\n"), (Rows{{"", "", ""}, {"", "x", ""}}));
}

TEST(CsvReader, SkipsBlankLines) {
  EXPECT_EQ(read_all("a\n\n\r\nb\n\n"), (Rows{{"a"}, {"b"}}));
}

TEST(CsvReader, ACarriageReturnBeforeARecordEndsTheLineAndColumnsStillCountBytes) {
  // "\n\r" line ends, as some exporters write: the CR starts the next line,
  // so the record's first field is at byte column 2, as the columnar loader
  // reports it.
  auto csv = CsvReader::from_string("a,b\n\rc,d\n\r", "t.csv");
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r[0].text, "c");
  EXPECT_EQ(r.line, 2u);
  EXPECT_EQ(r[0].line, 2u);
  EXPECT_EQ(r[0].column, 2u);
  EXPECT_EQ(r[1].column, 4u);
  EXPECT_FALSE(csv.next(r));
}

TEST(CsvReader, ReadsFromAStreamAcrossBufferRefills) {
  std::string big(200000, 'x');
  std::istringstream in("h\n\"" + big + "\",2\n");
  auto csv = CsvReader::from_stream(in, "s.csv");
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r[0].text.size(), 200000u);
  EXPECT_EQ(r[1].text, "2");
  EXPECT_EQ(csv.bytes_read(), 200007u);
}

TEST(CsvReader, UnterminatedQuoteNamesWhereTheFieldStarts) {
  const auto e = first_error("a,b\nc,\"never closed\nmore\n");
  EXPECT_EQ(e.location().line, 2u);
  EXPECT_EQ(e.location().column, 3u);
  EXPECT_NE(std::string(e.what()).find("unterminated quoted field"), std::string::npos);
}

TEST(CsvReader, RejectsInvalidUtf8WithItsByteOffset) {
  const auto e = first_error("ok\nbad\xC3\x28,x\n");
  EXPECT_EQ(e.location().line, 2u);
  EXPECT_STREQ(e.what(), "t.csv:2:4: invalid UTF-8 at byte offset 6: byte 0x28 does not continue the sequence");
}

TEST(CsvReader, RejectsOverlongAndSurrogateUtf8) {
  EXPECT_NE(check_utf8("\xC0\x80"), "");
  EXPECT_NE(check_utf8("\xED\xA0\x80"), "");
  EXPECT_NE(check_utf8("\xF4\x90\x80\x80"), "");
  EXPECT_EQ(check_utf8("€ ¥ ₹ 😀"), "");
  EXPECT_EQ(check_utf8("\xE2\x82"), "invalid UTF-8 at byte offset 0: the input ends inside a multi-byte character");
}

TEST(CsvReader, RejectsNulBytes) {
  const auto e = first_error(std::string("a,b\nPNG\0\0", 9));
  EXPECT_NE(std::string(e.what()).find("NUL byte"), std::string::npos);
}

TEST(CsvReader, ContinuesAfterABadRecord) {
  auto csv = CsvReader::from_string("a\nb\xFF\nc\n", "t.csv");
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  EXPECT_THROW((void)csv.next(r), parse_error);
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r[0].text, "c");
  EXPECT_EQ(r.line, 3u);
}

TEST(CsvReader, RejectsAStrayQuote) {
  const auto e = first_error("ab\"c\n");
  EXPECT_EQ(e.location().column, 3u);
  const auto after = first_error("\"ab\"c,d\n");
  EXPECT_NE(std::string(after.what()).find("after a closing quote"), std::string::npos);
}

TEST(CsvReader, LimitsFieldSize) {
  const auto e = first_error("h\n" + std::string(2000, 'x') + "\n", CsvOptions{.max_field_bytes = 1024});
  EXPECT_STREQ(e.what(), "t.csv:2:1: field longer than 1024 bytes: expected a CSV field (is this a CSV file?)");
}

TEST(CsvReader, AGigabyteLineIsAnErrorNotAnOutOfMemory) {
  LongLine source(std::uint64_t{1} << 30);
  std::istream in(&source);
  auto csv = CsvReader::from_stream(in, "huge.csv");
  CsvRecord r;
  try {
    (void)csv.next(r);
    FAIL() << "expected a parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "huge.csv:1:1: field longer than 16777216 bytes: expected a CSV field (is this a CSV file?)");
  }
  EXPECT_EQ(csv.bytes_read(), std::uint64_t{1} << 30);
  EXPECT_LE(r[0].text.capacity(), std::size_t{32} << 20);
}

TEST(CsvReader, LimitsTheNumberOfFields) {
  auto csv = CsvReader::from_string(std::string(1'000'000, ',') + "\nnext\n", "t.csv");
  CsvRecord r;
  try {
    (void)csv.next(r);
    FAIL() << "expected a parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "t.csv:1:1: more than 65536 fields: expected a CSV line (is this a CSV file?)");
  }
  EXPECT_EQ(r.size(), 65536u);
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r[0].text, "next");
}

TEST(CsvReader, ADirectoryIsAnErrorNamingIt) {
  const std::string dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/import";
  try {
    auto csv = CsvReader::from_file(dir);
    CsvRecord r;
    (void)csv.next(r);
    FAIL() << "expected an error";
  } catch (const fundline::error& e) {
    EXPECT_NE(std::string(e.what()).find(dir), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("directory"), std::string::npos) << e.what();
  }
}

// A delimiter the tokenizer gives another meaning is refused at once, by name.
TEST(CsvReader, RefusesADelimiterThatIsAQuoteALineEndNulOrNotAscii) {
  for (const char d : {'"', '\n', '\r', '\0', '\xC3'}) {
    CsvOptions o;
    o.delimiter = d;
    EXPECT_THROW((void)CsvReader::from_string("a,b\n", "t.csv", o), error) << static_cast<int>(d);
  }
  CsvOptions quote;
  quote.delimiter = '"';
  try {
    (void)CsvReader::from_string("a,b\n", "t.csv", quote);
    FAIL() << "expected an error";
  } catch (const error& e) {
    EXPECT_STREQ(e.what(), "t.csv: a CSV delimiter of byte 0x22 cannot be read: expected an ASCII character other "
                           "than a quote, a line end or NUL, such as ',' or ';'");
  }
  CsvOptions semicolon;
  semicolon.delimiter = ';';
  auto csv = CsvReader::from_string("a;b\n", "t.csv", semicolon);
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r.size(), 2u);
}
