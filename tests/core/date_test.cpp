#include "fundline/core/date.hpp"

#include <type_traits>

#include <gtest/gtest.h>

#include "fundline/core/day_number.hpp"

using namespace fundline;

// A day converts losslessly to a PartialDate; nothing else converts implicitly.
static_assert(std::is_convertible_v<Date, PartialDate>);
static_assert(!std::is_convertible_v<PartialDate, Date>);
static_assert(!std::is_convertible_v<const char*, PartialDate>);
static_assert(!std::is_default_constructible_v<PartialDate>);

TEST(PartialDate, DocumentationExample) {
  auto d = parse_date("2023-06-13");
  auto june = PartialDate::parse("2023-06");
  EXPECT_EQ(june.precision(), DatePrecision::month);
  EXPECT_EQ(june.first_day(), parse_date("2023-06-01"));
  EXPECT_EQ(june.last_day(), parse_date("2023-06-30"));
  EXPECT_TRUE(june.contains(d));
  EXPECT_EQ(fmt::format("{}", PartialDate::parse("2023-Q2")), "2023-Q2");
  try {
    (void)parse_date("2023-02-30");
    FAIL();
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "invalid date \"2023-02-30\": day 30 is out of range for 2023-02 (1..28)");
  }
}

TEST(Date, ParsesIsoDays) {
  EXPECT_EQ(parse_date("2024-06-11"), Date(2024, 6, 11));
  EXPECT_EQ(parse_date("2024-02-29"), Date(2024, 2, 29));
  EXPECT_EQ(to_iso(parse_date("2000-02-29")), "2000-02-29");
}

TEST(Date, RejectsImpossibleDays) {
  for (const char* bad : {"2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00"}) {
    EXPECT_THROW((void)parse_date(bad), parse_error) << bad;
    EXPECT_FALSE(try_parse_date(bad).has_value()) << bad;
  }
}

TEST(Date, RejectsMalformedText) {
  for (const char* bad : {"", "2023-6-13", "13/06/2023", "2023-06-13T00:00", "20230613", "2023-06-1x", "abcd-ef-gh"})
    EXPECT_THROW((void)parse_date(bad), parse_error) << bad;
}

TEST(Date, DayNumbersCountDaysSince1970) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2023, 6, 13), 19521);
  EXPECT_EQ(to_day_number(parse_date("2024-06-11")) - to_day_number(parse_date("2023-06-13")), 364);
  EXPECT_EQ(to_iso(from_day_number(19521)), "2023-06-13");
  EXPECT_EQ(to_iso(from_day_number(days_from_civil(1999, 1, 4))), "1999-01-04");
}

TEST(PartialDate, ParsesEveryPrecision) {
  EXPECT_EQ(PartialDate::parse("2023-06-13").precision(), DatePrecision::day);
  EXPECT_EQ(PartialDate::parse("2023-06").precision(), DatePrecision::month);
  EXPECT_EQ(PartialDate::parse("2023-Q4").precision(), DatePrecision::quarter);
  EXPECT_EQ(PartialDate::parse("2023").precision(), DatePrecision::year);
}

TEST(PartialDate, RejectsMalformedPeriods) {
  for (const char* bad : {"2023-13", "2023-Q5", "2023-Q0", "23", "2023-6", "June 2023", "2023-02-30"})
    EXPECT_THROW((void)PartialDate::parse(bad), parse_error) << bad;
}

TEST(PartialDate, CoversItsWholePeriod) {
  const auto q2 = PartialDate::quarter(2023, 2);
  EXPECT_EQ(q2.first_day(), parse_date("2023-04-01"));
  EXPECT_EQ(q2.last_day(), parse_date("2023-06-30"));
  const auto leap = PartialDate::month(2024, 2);
  EXPECT_EQ(leap.last_day(), parse_date("2024-02-29"));
  EXPECT_EQ(PartialDate::year(2023).last_day(), parse_date("2023-12-31"));
  EXPECT_TRUE(q2.contains(PartialDate::month(2023, 6)));
  EXPECT_FALSE(PartialDate::month(2023, 6).contains(q2));
  EXPECT_FALSE(q2.contains(parse_date("2023-07-01")));
}

TEST(PartialDate, OrdersByFirstDayThenFinerPrecisionFirst) {
  const PartialDate day = parse_date("2023-06-01");
  const auto month = PartialDate::month(2023, 6);
  const auto quarter = PartialDate::quarter(2023, 2);
  const auto year = PartialDate::year(2023);
  EXPECT_LT(day, month);
  EXPECT_LT(PartialDate::month(2023, 4), quarter);  // both start on April 1st
  EXPECT_LT(year, quarter);                          // year starts on January 1st
  EXPECT_LT(month, PartialDate(parse_date("2023-06-02")));
}

TEST(PartialDate, PrintsCanonicalText) {
  EXPECT_EQ(fmt::format("{}", PartialDate(parse_date("2023-06-13"))), "2023-06-13");
  EXPECT_EQ(fmt::format("{}", PartialDate::month(2023, 6)), "2023-06");
  EXPECT_EQ(fmt::format("{}", PartialDate::quarter(2024, 3)), "2024-Q3");
  EXPECT_EQ(fmt::format("{}", PartialDate::year(2025)), "2025");
  for (const char* text : {"2023-06-13", "2023-06", "2024-Q3", "2025"})
    EXPECT_EQ(PartialDate::parse(text).to_string(), text);
}

TEST(PartialDate, PeriodsOfTheLastAcceptedYearEndOnItsLastDay) {
  EXPECT_EQ(PartialDate::parse("9999").last_day(), parse_date("9999-12-31"));
  EXPECT_EQ(PartialDate::parse("9999-Q4").last_day(), parse_date("9999-12-31"));
  EXPECT_EQ(PartialDate::parse("9999-12").last_day(), parse_date("9999-12-31"));
  EXPECT_TRUE(PartialDate::parse("9999").contains(parse_date("9999-06-01")));
}
