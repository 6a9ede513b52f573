#include "fundline/core/error.hpp"

#include <type_traits>

#include <gtest/gtest.h>

#include "fundline/core/day_number.hpp"
#include "fundline/core/money.hpp"

using namespace fundline;

static_assert(std::is_base_of_v<std::runtime_error, error>);
static_assert(std::is_base_of_v<error, parse_error>);
static_assert(std::is_base_of_v<parse_error, unknown_currency>);
static_assert(std::is_base_of_v<error, overflow_error>);
static_assert(std::is_base_of_v<error, currency_mismatch>);
static_assert(std::is_base_of_v<error, inconsistent_data>);
static_assert(std::is_base_of_v<error, fx_error>);

TEST(Error, DocumentationExample) {
  try {
    auto m = Money::parse("12.345", Currency::from_code("EUR"));
    FAIL() << m;
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "invalid EUR amount \"12.345\": too many decimal places: at most 2 allowed");
  }
}

TEST(Error, ParseErrorNamesSourceLineColumnAndField) {
  const parse_error e(SourceLocation{"rounds.csv", 12, 5, "announced_on"}, "invalid date \"2023-02-30\"");
  EXPECT_STREQ(e.what(), "rounds.csv:12:5: field 'announced_on': invalid date \"2023-02-30\"");
  EXPECT_EQ(e.detail(), "invalid date \"2023-02-30\"");
  EXPECT_EQ(e.location().line, 12u);
}

TEST(Error, ParseErrorWithoutAFileSaysInput) {
  EXPECT_STREQ(parse_error(SourceLocation{}, "bad").what(), "<input>: bad");
}

TEST(DayNumber, DocumentationExample) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2023, 6, 13), 19521);
  EXPECT_EQ(to_day_number(parse_date("2024-06-11")) - to_day_number(parse_date("2023-06-13")), 364);
  EXPECT_EQ(to_iso(from_day_number(19521)), "2023-06-13");
  DayNumber n = 0;
  EXPECT_TRUE(detail::parse_iso_day("2023-06-13", n));
  EXPECT_EQ(n, 19521);
  EXPECT_FALSE(detail::parse_iso_day("0000-06-13", n));
}

TEST(DayNumber, ParseIsoDayAgreesWithParseDateOnEveryWeekOfItsRange) {
  // The loaders' fast path and parse_date are one calendar: same days, same verdicts.
  for (DayNumber d = days_from_civil(1400, 1, 1); d <= days_from_civil(9999, 12, 31); d += 5) {
    DayNumber n = -1;
    ASSERT_TRUE(detail::parse_iso_day(to_iso(from_day_number(d)), n)) << d;
    ASSERT_EQ(n, d);
  }
  for (const char* text : {"2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "1399-12-31",
                           "1400-01-01", "9999-12-31", "2023-13-01", "2023-00-10", "2023-06-00", "2023-06-31",
                           "2023-6-13", "2023/06/13", "20230-6-13"}) {
    DayNumber n = 0;
    const auto expected = try_parse_date(text);
    EXPECT_EQ(detail::parse_iso_day(text, n), expected.has_value()) << text;
    if (expected) {
      EXPECT_EQ(n, to_day_number(*expected)) << text;
    }
  }
}

TEST(DayNumber, RoundTripsEveryDayOfFourCenturies) {
  for (DayNumber n = days_from_civil(1800, 1, 1); n < days_from_civil(2200, 1, 1); ++n) {
    const CivilDay c = civil_from_days(n);
    ASSERT_EQ(days_from_civil(c.year, c.month, c.day), n);
  }
  EXPECT_EQ(to_day_number(from_day_number(-1)), -1);
}
