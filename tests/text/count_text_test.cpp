#include "fundline/text/count_text.hpp"

#include <gtest/gtest.h>

using namespace fundline;

TEST(CountText, DocumentationExample) {
  EXPECT_EQ(count_noun(3, "tour", "tours", Language::fr), "trois tours");
  EXPECT_EQ(count_noun(1, "levée", "levées", Language::fr, Gender::feminine), "une levée");
  EXPECT_EQ(count_noun(18, "month", "months", Language::en), "18 months");
  EXPECT_EQ(format_months(12, Language::fr), "un an");
  EXPECT_EQ(format_months(18, Language::fr), "18 mois");
  EXPECT_EQ(format_months(24, Language::en), "two years");
  EXPECT_EQ(nearest_months_between(parse_date("2023-06-13"), parse_date("2024-06-11")), 12);
}

TEST(CountText, WordsUpToTenThenDigits) {
  EXPECT_EQ(count_word(0, Language::fr), "zéro");
  EXPECT_EQ(count_word(10, Language::en), "ten");
  EXPECT_EQ(count_word(11, Language::en), "11");
  EXPECT_EQ(count_word(-1, Language::fr), "-1");
}

TEST(CountText, PluralRulesDifferByLanguage) {
  EXPECT_EQ(count_noun(0, "round", "rounds", Language::en), "zero rounds");
  EXPECT_EQ(count_noun(0, "tour", "tours", Language::fr), "zéro tour");
  EXPECT_EQ(count_noun(1, "round", "rounds", Language::en), "one round");
  EXPECT_EQ(count_noun(2, "tour", "tours", Language::fr), "deux tours");
}

TEST(CountText, MonthSpans) {
  EXPECT_EQ(format_months(1, Language::fr), "un mois");
  EXPECT_EQ(format_months(12, Language::en), "one year");
  EXPECT_EQ(format_months(36, Language::fr), "trois ans");
  EXPECT_EQ(format_months(7, Language::en), "seven months");
}

TEST(CountText, MonthsBetweenRoundsToNearestMonth) {
  EXPECT_EQ(nearest_months_between(parse_date("2023-06-13"), parse_date("2023-06-13")), 0);
  EXPECT_EQ(nearest_months_between(parse_date("2023-06-13"), parse_date("2023-06-27")), 0);
  EXPECT_EQ(nearest_months_between(parse_date("2023-06-13"), parse_date("2023-06-28")), 1);
  EXPECT_EQ(nearest_months_between(parse_date("2023-01-31"), parse_date("2023-02-28")), 1);
  EXPECT_EQ(nearest_months_between(parse_date("2024-06-11"), parse_date("2023-06-13")), -12);
  EXPECT_EQ(nearest_months_between(parse_date("2023-06-13"), parse_date("2025-09-09")), 27);
}
