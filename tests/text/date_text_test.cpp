#include "fundline/text/date_text.hpp"

#include <gtest/gtest.h>

using namespace fundline;

TEST(DateText, DocumentationExample) {
  EXPECT_EQ(format_date(PartialDate::parse("2023-06-13"), Language::en), "13 June 2023");
  EXPECT_EQ(format_date(PartialDate::parse("2023-06-13"), Language::fr), "13 juin 2023");
  EXPECT_EQ(format_date(PartialDate::parse("2024-02"), Language::fr), "février 2024");
  EXPECT_EQ(format_date(PartialDate::parse("2023-Q2"), Language::fr), "T2 2023");
  EXPECT_EQ(format_date(PartialDate::parse("2023-06-01"), Language::fr), "1er juin 2023");
  EXPECT_EQ(format_month_short(parse_date("2023-12-11"), Language::fr), "déc. 2023");
  EXPECT_EQ(format_date_span(PartialDate::parse("2023-06-13"), PartialDate::parse("2024-06-11"), Language::en),
            "from 13 June 2023 to 11 June 2024");
  EXPECT_EQ(format_date_span(PartialDate::parse("2023-06-13"), PartialDate::parse("2024-06-11"), Language::fr),
            "du 13 juin 2023 au 11 juin 2024");
  EXPECT_EQ(format_date_span(PartialDate::parse("2023-04"), PartialDate::parse("2023-08"), Language::fr),
            "d’avril 2023 à août 2023");
}

TEST(DateText, EachPrecisionInEnglish) {
  EXPECT_EQ(format_date(PartialDate::parse("2023-06"), Language::en), "June 2023");
  EXPECT_EQ(format_date(PartialDate::parse("2023-Q2"), Language::en), "Q2 2023");
  EXPECT_EQ(format_date(PartialDate::parse("2023"), Language::en), "2023");
  EXPECT_EQ(format_date(PartialDate::parse("2023-06-01"), Language::en), "1 June 2023");
}

TEST(DateText, EachPrecisionInFrench) {
  EXPECT_EQ(format_date(PartialDate::parse("2023-06"), Language::fr), "juin 2023");
  EXPECT_EQ(format_date(PartialDate::parse("2025-08-09"), Language::fr), "9 août 2025");
  EXPECT_EQ(format_date(PartialDate::parse("2023"), Language::fr), "2023");
}

TEST(DateText, ShortMonthsForAxes) {
  EXPECT_EQ(format_month_short(parse_date("2023-06-13"), Language::en), "Jun 2023");
  EXPECT_EQ(format_month_short(parse_date("2024-02-26"), Language::fr), "févr. 2024");
}

TEST(DateText, RejectsImpossibleMonths) {
  EXPECT_THROW((void)month_name(13, Language::en), error);
  EXPECT_THROW((void)month_abbreviation(0, Language::fr), error);
}

TEST(DateText, SpansInSentences) {
  const auto d = [](const char* text) { return PartialDate::parse(text); };
  EXPECT_EQ(format_date_span(d("2023-06-13"), d("2024-06-11"), Language::en), "from 13 June 2023 to 11 June 2024");
  EXPECT_EQ(format_date_span(d("2023-06-13"), d("2024-06-11"), Language::fr), "du 13 juin 2023 au 11 juin 2024");
  EXPECT_EQ(format_date_span(d("2023-06-01"), d("2023-07-01"), Language::fr), "du 1er juin 2023 au 1er juillet 2023");
  EXPECT_EQ(format_date_span(d("2023-06"), d("2024-06"), Language::fr), "de juin 2023 à juin 2024");
  EXPECT_EQ(format_date_span(d("2023-04"), d("2023-08"), Language::fr), "d’avril 2023 à août 2023");
  EXPECT_EQ(format_date_span(d("2023-06-13"), d("2023-06-13"), Language::en), "on 13 June 2023");
  EXPECT_EQ(format_date_span(d("2023-06-13"), d("2023-06-13"), Language::fr), "le 13 juin 2023");
}
