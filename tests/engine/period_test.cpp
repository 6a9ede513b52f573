#include "fundline/engine/period.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Date day(const char* iso) { return parse_date(iso); }
}  // namespace

TEST(Period, DocumentationExample) {
  EXPECT_EQ(period_start(parse_date("2024-06-11"), Period::quarter), day("2024-04-01"));
  EXPECT_EQ(next_period_start(parse_date("2024-04-01"), Period::quarter), day("2024-07-01"));
  EXPECT_EQ(days_between(parse_date("2023-06-13"), parse_date("2024-06-11")), 364);
  EXPECT_EQ(months_between(parse_date("2023-04-01"), parse_date("2024-06-11")), 14);
  EXPECT_EQ(period_label(parse_date("2024-04-01"), Period::quarter), "2024-Q2");
}

TEST(Period, StartsAndLabels) {
  EXPECT_EQ(period_start(day("2024-12-31"), Period::year), day("2024-01-01"));
  EXPECT_EQ(period_start(day("2024-12-31"), Period::month), day("2024-12-01"));
  EXPECT_EQ(next_period_start(day("2024-12-15"), Period::month), day("2025-01-01"));
  EXPECT_EQ(next_period_start(day("2024-02-28"), Period::day), day("2024-02-29"));
  EXPECT_EQ(period_label(day("2024-02-28"), Period::month), "2024-02");
  EXPECT_EQ(period_label(day("2024-02-28"), Period::year), "2024");
  EXPECT_EQ(period_label(day("2024-02-28"), Period::day), "2024-02-28");
}

TEST(Period, WholeMonthsCountOnceTheDayIsReached) {
  EXPECT_EQ(months_between(day("2024-01-31"), day("2024-02-29")), 0);
  EXPECT_EQ(months_between(day("2024-01-15"), day("2024-02-15")), 1);
  EXPECT_EQ(months_between(day("2024-02-15"), day("2024-01-15")), -1);
  EXPECT_EQ(days_between(day("2024-02-15"), day("2024-01-15")), -31);
}
