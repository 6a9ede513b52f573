#include "fundline/fx/ecb_file.hpp"

#include <gtest/gtest.h>

#include "fundline/core/error.hpp"

using namespace fundline;

TEST(EcbRates, DocumentationExample) {
  auto ecb = parse_ecb_csv("Date,USD,JPY,\n2024-06-11,1.0730,168.53,\n", "mini.csv");
  EXPECT_EQ(ecb.days.size(), 1u);
  EXPECT_EQ(ecb.currencies[0], currencies::USD);
  EXPECT_EQ(ecb.micro[0][0], 1073000);
  EXPECT_EQ(bundled_ecb_rates().days.size(), 6747u);
}

TEST(EcbRates, ReadsTheHistoryNewestFirstIntoAscendingDays) {
  auto ecb = parse_ecb_csv("Date,USD,CYP,\n2024-06-11,1.0730,N/A,\n2024-06-10,1.0744,N/A,\n", "h.csv");
  ASSERT_EQ(ecb.days.size(), 2u);
  EXPECT_EQ(ecb.days[0], days_from_civil(2024, 6, 10));
  EXPECT_EQ(ecb.micro[0][0], 1074400);
  EXPECT_EQ(ecb.micro[1][1], 0);  // N/A: no fixing
}

TEST(EcbRates, ReadsTheDailyFile) {
  auto ecb = parse_ecb_csv("Date, USD, JPY, \r\n09 May 2025, 1.1252, 163.36, \r\n", "eurofxref.csv");
  ASSERT_EQ(ecb.days.size(), 1u);
  EXPECT_EQ(ecb.days[0], days_from_civil(2025, 5, 9));
  EXPECT_EQ(ecb.micro[1][0], 163360000);
}

TEST(EcbRates, BundledHistoryMatchesPublishedFixings) {
  const EcbRates& ecb = bundled_ecb_rates();
  EXPECT_EQ(ecb.days.front(), days_from_civil(1999, 1, 4));
  EXPECT_EQ(ecb.days.back(), days_from_civil(2025, 5, 9));
  EXPECT_EQ(ecb.currencies.front(), currencies::USD);
  const auto day = std::lower_bound(ecb.days.begin(), ecb.days.end(), days_from_civil(2023, 6, 13));
  EXPECT_EQ(ecb.micro[0][static_cast<std::size_t>(day - ecb.days.begin())], 1079300);
}

TEST(EcbRates, UnknownCurrencyColumnNamesFileLineAndColumn) {
  try {
    (void)parse_ecb_csv("Date,USD,XXQ,\n", "rates.csv");
    FAIL();
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "rates.csv:1:10: unknown currency column \"XXQ\": expected an ISO 4217 code");
  }
}

TEST(EcbRates, MalformedRateNamesFieldAndExpectation) {
  try {
    (void)parse_ecb_csv("Date,USD,\n2024-06-11,1.07x,\n", "rates.csv");
    FAIL();
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 2u);
    EXPECT_EQ(e.location().column, 12u);
    EXPECT_EQ(e.location().field, "USD");
  }
  EXPECT_THROW((void)parse_ecb_csv("Date,USD,\n2024-06-11,-1.07,\n", "r.csv"), parse_error);
  EXPECT_THROW((void)parse_ecb_csv("Date,USD,\n2024-06-11,0,\n", "r.csv"), parse_error);
  EXPECT_THROW((void)parse_ecb_csv("Date,USD,\n2024-06-11,1.1234567,\n", "r.csv"), parse_error);
}

TEST(EcbRates, RejectsImpossibleDatesWrongWidthsAndDuplicates) {
  EXPECT_THROW((void)parse_ecb_csv("Date,USD,\n2023-02-30,1.07,\n", "r.csv"), parse_error);
  EXPECT_THROW((void)parse_ecb_csv("Date,USD,JPY,\n2023-02-03,1.07,\n", "r.csv"), parse_error);
  EXPECT_THROW((void)parse_ecb_csv("Date,USD,\n2023-02-03,1.07,\n2023-02-03,1.08,\n", "r.csv"), parse_error);
}

TEST(EcbRates, RejectsFilesThatAreNotEcbTables) {
  EXPECT_THROW((void)parse_ecb_csv("", "r.csv"), parse_error);
  EXPECT_THROW((void)parse_ecb_csv("{\"json\": true}", "r.csv"), parse_error);
  EXPECT_THROW((void)parse_ecb_csv("Date,\n", "r.csv"), parse_error);
  EXPECT_THROW((void)load_ecb_csv("/nonexistent/eurofxref-hist.csv"), error);
}

TEST(EcbRates, DuplicateDayNamesTheLineOfTheSecondRow) {
  try {
    (void)parse_ecb_csv("Date,USD,\n2024-06-11,1.07,\n2024-06-10,1.08,\n2024-06-11,1.09,\n", "rates.csv");
    FAIL();
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 4u);
    EXPECT_EQ(e.location().column, 1u);
    EXPECT_NE(std::string(e.what()).find("two rows for 2024-06-11 (lines 2 and 4)"), std::string::npos) << e.what();
  }
}
