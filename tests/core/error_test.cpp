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
}

TEST(DayNumber, RoundTripsEveryDayOfFourCenturies) {
  for (DayNumber n = days_from_civil(1800, 1, 1); n < days_from_civil(2200, 1, 1); ++n) {
    const CivilDay c = civil_from_days(n);
    ASSERT_EQ(days_from_civil(c.year, c.month, c.day), n);
  }
  EXPECT_EQ(to_day_number(from_day_number(-1)), -1);
}
