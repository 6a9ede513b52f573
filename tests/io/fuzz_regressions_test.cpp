// Inputs libFuzzer found (scripts/fuzz.sh), kept as unit tests.
#include <gtest/gtest.h>

#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/csv_reader.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"

using namespace fundline;

// csv_reader_fuzz: only the first byte-order mark is one; a second is data.
TEST(FuzzRegressions, OnlyTheFirstByteOrderMarkIsSkipped) {
  auto csv = CsvReader::from_string("\xEF\xBB\xBF\xEF\xBB\xBFnam , amount\n", "t.csv");
  CsvRecord r;
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r[0].text, "\xEF\xBB\xBFnam ");
}

// crunchbase_import_fuzz: a bulk cb_url holding '<' did not survive the
// fundline CSV layout's "Publisher <url>" cell.
TEST(FuzzRegressions, SourcesWithAngleBracketsRoundTrip) {
  Company c{.id = "c", .name = "C"};
  c.sources = {Source{.publisher = "Crunchbase", .url = "https://www.<<<<crunchbase.com/funding_round/x"},
               Source{.publisher = "a <b> \\", .url = ""}, Source{.publisher = "", .url = ""},
               Source{.publisher = "x ", .url = "u>"}};
  EXPECT_EQ(import_csv_text(to_csv_text({c}), "t.csv").companies.at(0), c);
}

// json_fuzz: nlohmann's out_of_range for a number beyond a double escaped
// parse_companies_json as a non-fundline exception (fixed on branch json).
TEST(FuzzRegressions, JsonNumberOverflowIsAParseError) {
  EXPECT_THROW((void)parse_companies_json("[1e400]", "x.json"), parse_error);
}
