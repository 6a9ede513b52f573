#include "fundline/dataset/load_options.hpp"

#include <gtest/gtest.h>

#include "fundline/dataset/dataset.hpp"

using namespace fundline;

TEST(LoadOptions, DocumentationExample) {
  const std::string text =
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "m1,2023-06-13,113000000,105000000,EUR\n"
      "m1,2023-13-01,1,,\n";
  try {
    (void)Dataset::parse_odm_csv(text, "x.csv");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "x.csv:3:4: field 'announced_on': expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)");
  }
  auto ds = Dataset::parse_odm_csv(text, "x.csv", LoadOptions{.mode = ParseMode::lenient});
  EXPECT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds.summary().skipped, 1u);
  EXPECT_EQ(ds.summary().problems[0],
            (LoadProblem{3, 4, "announced_on", "expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)"}));
  EXPECT_EQ(fmt::format("{}", ds.summary().problems[0]),
            "3:4: field 'announced_on': expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)");
}

TEST(LoadOptions, DefaultsToStrictWithAThreadACore) {
  const LoadOptions options;
  EXPECT_EQ(options.mode, ParseMode::strict);
  EXPECT_EQ(options.threads, 0u);
}
