// One CSV tokenizer under both CSV paths: CsvReader (streaming; import, the
// ECB reader, rank) and the columnar scanner (report and the other Dataset
// loaders) give the same file the same verdict, row for row: the same good
// records with the same fields, and the same problems at the same line and
// column. The property test feeds both random CSV-ish bytes.
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "../../src/dataset/csv_scan.hpp"
#include "fundline/io/csv_reader.hpp"

using namespace fundline;
using namespace std::string_literals;

namespace {

constexpr std::size_t columns = 3;

struct Row {
  std::size_t line = 0;
  std::vector<std::string> fields;
  friend bool operator==(const Row&, const Row&) = default;
};
struct Spot {
  std::size_t line = 0, column = 0;
  friend bool operator==(const Spot&, const Spot&) = default;
};
struct Verdict {
  std::vector<Row> rows;
  std::vector<Spot> problems;
  std::vector<std::string> messages;
  friend bool operator==(const Verdict& a, const Verdict& b) { return a.rows == b.rows && a.problems == b.problems; }
};

void PrintTo(const Verdict& v, std::ostream* os) {
  for (const auto& r : v.rows) {
    *os << "\n  row line " << r.line << ":";
    for (const auto& f : r.fields) *os << " [" << f << "]";
  }
  for (std::size_t i = 0; i < v.problems.size(); ++i)
    *os << "\n  problem " << v.problems[i].line << ":" << v.problems[i].column << " " << v.messages[i];
}

// CsvReader's lenient loop, as the importer runs it: a record with the
// wrong number of fields is rejected at its start and read again from its
// second line.
Verdict read_with_csv_reader(const std::string& text, bool from_stream) {
  Verdict v;
  std::istringstream in(text);
  auto csv = from_stream ? CsvReader::from_stream(in, "t.csv") : CsvReader::from_string(text, "t.csv");
  CsvRecord r;
  if (!csv.next(r)) return v;  // the header: clean by construction
  for (;;) {
    try {
      if (!csv.next(r)) break;
    } catch (const parse_error& e) {
      v.problems.push_back({e.location().line, e.location().column});
      v.messages.emplace_back(e.detail());
      continue;
    }
    if (r.size() != columns) {
      v.problems.push_back({r[0].line, r[0].column});
      v.messages.push_back(fmt::format("{} fields", r.size()));
      (void)csv.reread_after_first_line();
      continue;
    }
    Row& row = v.rows.emplace_back();
    row.line = r.line;
    for (const auto& f : r.fields) row.fields.push_back(f.text);
  }
  return v;
}

// The columnar scanner, as the Dataset loaders run it.
struct Collect {
  const char* base = nullptr;
  std::vector<std::size_t> starts;
  std::vector<std::vector<std::string>> fields;
  bool row(const detail::FieldView* views, detail::RowError&) {
    starts.push_back(static_cast<std::size_t>(views[0].data - base) - (views[0].quoted ? 1 : 0));
    auto& out = fields.emplace_back();
    std::string scratch;
    for (std::size_t i = 0; i < columns; ++i) out.emplace_back(detail::unescape(views[i], scratch));
    return true;
  }
};

Verdict read_with_scanner(const std::string& text, unsigned threads) {
  Verdict v;
  const auto header = detail::read_header(text, "t.csv", {"h1", "h2", "h3"}, columns);
  LoadSummary summary;
  const auto parts = detail::parse_chunks<Collect>(
      text, "t.csv", header, LoadOptions{.mode = ParseMode::lenient, .threads = threads}, nullptr,
      [&] { return Collect{text.data(), {}, {}}; }, summary);
  std::vector<std::size_t> starts, lines, cols;
  std::vector<std::vector<std::string>> fields;
  for (const auto& p : parts) {
    starts.insert(starts.end(), p.starts.begin(), p.starts.end());
    fields.insert(fields.end(), p.fields.begin(), p.fields.end());
  }
  detail::locate(text, starts, lines, cols, nullptr);
  for (std::size_t i = 0; i < starts.size(); ++i) v.rows.push_back({lines[i], fields[i]});
  for (const auto& p : summary.problems) {
    v.problems.push_back({p.line, p.column});
    v.messages.push_back(p.message);
  }
  return v;
}

// Random bytes that CSV readers find hard: quotes, CRs, LFs, delimiters,
// NULs, bad and good UTF-8, byte-order marks.
std::string random_body(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "b", "xy", ",", ",", ",", "\"", "\"", "\"\"", "\r", "\n", "\n", "\r\n", "\n\r", std::string(1, '\0'),
      "\xC3\xA9", "\xC3", "\xFF", "\xE2\x82\xAC", "\xEF\xBB\xBF", " ", "1,2,3\n", "\"q,\"\"r\",s,t\n"};
  std::string s;
  const std::size_t n = rng() % 40;
  for (std::size_t i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
  return s;
}

// The columnar scanner's verdict on text (one chunk), once CsvReader (from
// a string and from a stream) and the scanner in three chunks, split at
// guessed line starts and repaired, gave the same.
testing::AssertionResult one_verdict(const std::string& text, Verdict& scanner) {
  scanner = read_with_scanner(text, 1);
  const std::pair<const char*, Verdict> others[] = {{"CsvReader from a string", read_with_csv_reader(text, false)},
                                                    {"CsvReader from a stream", read_with_csv_reader(text, true)},
                                                    {"the scanner in three chunks", read_with_scanner(text, 3)}};
  for (const auto& [who, verdict] : others)
    if (!(verdict == scanner))
      return testing::AssertionFailure() << who << " differs from the scanner on " << testing::PrintToString(text)
                                         << ":\n  " << testing::PrintToString(verdict) << "\nvs\n  "
                                         << testing::PrintToString(scanner);
  return testing::AssertionSuccess();
}

}  // namespace

TEST(CsvTokenizer, BothPathsGiveTheSameVerdictOnRandomBytes) {
  std::mt19937 rng(9);
  std::size_t rows = 0, problems = 0;
  for (int round = 0; round < 5000; ++round) {
    const std::string text = std::string(rng() % 4 == 0 ? "\xEF\xBB\xBF" : "") + "h1,h2,h3\n" + random_body(rng);
    Verdict scanner;
    ASSERT_TRUE(one_verdict(text, scanner)) << "round " << round;
    rows += scanner.rows.size();
    problems += scanner.problems.size();
  }
  // Not vacuous: the inputs hold good records and bad ones.
  EXPECT_GT(rows, 1000u);
  EXPECT_GT(problems, 1000u);
}

// Long inputs of mostly good records (fields of any length, quoted ones
// with delimiters and line ends inside) with now and then a doubled quote,
// a CR, a NUL, UTF-8, a stray quote or a missing field: the columnar
// scanner reads the plain records the fast way (scan::PlainRecords, block
// by block) and the others by the rules, and must agree with CsvReader on
// every record and every problem.
TEST(CsvTokenizer, PlainRecordsReadFastGiveTheSameVerdictAsTheRules) {
  std::mt19937 rng(21);
  auto word = [&](std::size_t max) {
    static const std::string letters = "abcdefghij 0123456789-|.:/";
    std::string w;
    for (std::size_t n = rng() % (max + 1); n > 0; --n) w += letters[rng() % letters.size()];
    return w;
  };
  auto field = [&]() -> std::string {
    switch (rng() % 40) {
      case 0: return "\"a\"\"b\"";          // a doubled quote
      case 1: return "x\ry";                 // a CR inside
      case 2: return std::string("n\0l", 3);  // a NUL
      case 3: return "\xC3\xA9t\xC3\xA9";     // UTF-8
      case 4: return "st\"ray";              // a stray quote
      case 5: return "\"open";               // an unterminated quote, unless a later one closes it
      case 6: return "\"q\"x";                // text after a closing quote
      default: break;
    }
    if (rng() % 4 != 0) return word(rng() % 5 == 0 ? 150 : 12);
    std::string quoted = "\"";
    quoted += word(20);
    quoted += rng() % 3 == 0 ? ",\n" : ", ";
    quoted += word(90);
    quoted += '"';
    return quoted;
  };
  std::size_t rows = 0, problems = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text = "h1,h2,h3\n";
    for (int r = 0; r < 60; ++r) {
      const std::size_t n = rng() % 30 == 0 ? 2 : 3;
      for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) text += ',';
        text += field();
      }
      text += rng() % 25 == 0 ? "\r\n" : rng() % 25 == 0 ? "\n\n" : "\n";
    }
    if (rng() % 2 == 0) text.resize(text.size() - rng() % 100);  // now and then cut short
    Verdict scanner;
    ASSERT_TRUE(one_verdict(text, scanner)) << "round " << round;
    rows += scanner.rows.size();
    problems += scanner.problems.size();
  }
  EXPECT_GT(rows, 5000u);
  EXPECT_GT(problems, 1000u);
}

// Inside quotes the delimiter is text, but a NUL or a byte >= 0x80 is
// checked as anywhere else, even when the delimiter is that byte.
TEST(CsvTokenizer, InsideQuotesEveryByteIsCheckedWhateverTheDelimiter) {
  struct Fields {
    std::size_t count = 0;
    void field(const detail::FieldView&) { ++count; }
  };
  auto scan = [](const std::string& text, char delimiter) {
    Fields sink;
    const auto s = detail::scan_csv_record(text.data(), text.size(), 0, true, delimiter, sink);
    return s.status == detail::CsvScan::Status::record ? fmt::format("fields: {}", sink.count)
                                                       : fmt::format("problem at {}", s.problem.offset);
  };
  EXPECT_EQ(scan("\"a;b\";x\n", ';'), "fields: 2");
  EXPECT_EQ(scan("\"a\0b\"\0x\n"s, '\0'), "problem at 2");            // a NUL inside quotes
  EXPECT_EQ(scan("\"\xC3\xA9\"\xC3x\n", '\xC3'), "fields: 2");         // an é inside quotes, then the delimiter
  EXPECT_EQ(scan("\"\xC3x\"\n", '\xC3'), "problem at 1");              // a lone 0xC3 inside quotes is bad UTF-8
}

// Which records the fast way takes: the plain ones, and only whole.
TEST(CsvTokenizer, PlainRecordsTakeOnlyRecordsWithoutExceptions) {
  // The fast way reads whole 64-byte blocks: the last bytes of the input are left to the rules.
  const std::string next_line = std::string(130, 'p') + "\n";
  struct Count {
    std::size_t fields = 0;
    void field(const detail::FieldView&) { ++fields; }
  };
  auto read = [&](const std::string& record) {
    const std::string text = record + "\n" + next_line;
    detail::scan::PlainRecords plain(text.data(), text.size(), ',');
    Count sink;
    return plain.read(0, sink) == detail::no_offset ? std::string("rules") : "fields: " + std::to_string(sink.fields);
  };
  EXPECT_EQ(read("a,\"b,c\n d\",,"), "fields: 4");
  EXPECT_EQ(read("a,\"b\"\"c\","), "rules");  // a doubled quote to undo
  EXPECT_EQ(read("a,b\"c,"), "rules");        // a stray quote
  EXPECT_EQ(read("a,\"b\"c,"), "rules");       // text after a closing quote
  EXPECT_EQ(read("a\r,b,"), "rules");          // a CR
  EXPECT_EQ(read("\xC3\xA9,b,"), "rules");     // a byte >= 0x80
  EXPECT_EQ(read("a,\"b,"), "rules");          // a quote left open up to the end
  EXPECT_EQ(read(std::string(200, 'r')), "fields: 1");  // over several blocks
  // A closing quote on a block's last byte (offset 63) and what follows it in the next block.
  const std::string to_63 = std::string(1, '"').append(62, 'q').append(1, '"');
  EXPECT_EQ(read(to_63 + ",b"), "fields: 2");
  EXPECT_EQ(read(to_63 + "x,b"), "rules");
  const std::string commas_to_63 = std::string(1, 'a').append(62, ',');
  EXPECT_EQ(read(commas_to_63 + "\"q\"\"r\""), "rules");  // a doubled quote at offsets 65 and 66
  EXPECT_EQ(read(commas_to_63 + "z\"q"), "rules");        // a stray quote at offset 64
}

TEST(CsvTokenizer, BothPathsNameTheSameSpotAndGiveTheSameText) {
  // A stray opening quote on line 2 swallows line 3 up to the quote there;
  // both paths report it at that opening quote and resume on line 3.
  const std::string text = "h1,h2,h3\n\"a,b,c\nd,e\"x,f\ng,h,i\n";
  const Verdict reader = read_with_csv_reader(text, false), scanner = read_with_scanner(text, 1);
  EXPECT_EQ(reader, scanner);
  ASSERT_EQ(scanner.problems, (std::vector<Spot>{{2, 1}, {3, 4}}));
  const std::string expected =
      "unexpected character after a closing quote: expected ',' or the end of the line (line 3, column 5, in the "
      "record whose quoted field opens here and runs over line ends: is the quote stray? The record is skipped; "
      "reading resumes on line 3)";
  EXPECT_EQ(reader.messages[0], expected);
  EXPECT_EQ(scanner.messages[0], expected);
  // Line 3 read again: its quote in an unquoted field is stray.
  EXPECT_EQ(scanner.messages[1], "'\"' inside an unquoted field: expected the whole field quoted, with quotes doubled");
  EXPECT_EQ(scanner.rows, (std::vector<Row>{{4, {"g", "h", "i"}}}));
}

TEST(CsvTokenizer, NulAndBadUtf8AreProblemsForBothPaths) {
  const std::string text = "h1,h2,h3\nok,\0,x\nbad,\xC3(,y\nfine,\xC3\xA9,z\n"s;
  const Verdict reader = read_with_csv_reader(text, false), scanner = read_with_scanner(text, 1);
  EXPECT_EQ(reader, scanner);
  EXPECT_EQ(scanner.problems, (std::vector<Spot>{{2, 4}, {3, 5}}));
  EXPECT_EQ(scanner.messages[0], "NUL byte at byte offset 12: expected text (this does not look like a CSV file)");
  EXPECT_EQ(scanner.messages[1], "invalid UTF-8 at byte offset 20: byte 0x28 does not continue the sequence");
  EXPECT_EQ(scanner.rows, (std::vector<Row>{{4, {"fine", "\xC3\xA9", "z"}}}));
}

TEST(CsvTokenizer, CarriageReturnsEndLinesOnlyBeforeALineFeedARecordOrTheEnd) {
  // "\r\n", "\n\r" (the CR before a record: its first field at column 2), a
  // CR inside a field or before a comma (text), a CR at the end of the input (a line end).
  const std::string text = "h1,h2,h3\r\n1,2,3\n\r4,5\r6,7\r\n8\r,9,10\r";
  const Verdict reader = read_with_csv_reader(text, false), scanner = read_with_scanner(text, 1);
  EXPECT_EQ(reader, scanner);
  EXPECT_EQ(scanner.rows, (std::vector<Row>{{2, {"1", "2", "3"}}, {3, {"4", "5\r6", "7"}}, {4, {"8\r", "9", "10"}}}));
  EXPECT_TRUE(scanner.problems.empty());
}
