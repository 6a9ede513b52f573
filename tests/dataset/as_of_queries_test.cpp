#include "fundline/dataset/as_of_queries.hpp"

#include <gtest/gtest.h>

#include "mini_dataset.hpp"

using namespace fundline;

namespace {
Dataset mini() { return fundline::test::mini_dataset(); }
}  // namespace

TEST(AsOfQueries, DocumentationExample) {
  const auto ds = mini();
  auto q = parse_as_of_queries_csv("company_uuid,as_of\nm1,2023-12-31\nnobody,2024-01-01\n", "q.csv", ds);
  ASSERT_EQ(q.queries.size(), 2u);
  EXPECT_EQ(q.queries[0].company, 0u);
  EXPECT_EQ(q.queries[0].day, days_from_civil(2023, 12, 31));
  EXPECT_EQ(q.queries[1].company, AsOfQuery::unknown);
}

TEST(AsOfQueries, FindsColumnsByNameAndIgnoresOthers) {
  const auto ds = mini();
  auto q = parse_as_of_queries_csv("note,as_of,company_uuid\r\n\"x, y\",2024-01-01,h2\r\n", "q.csv", ds);
  ASSERT_EQ(q.queries.size(), 1u);
  EXPECT_EQ(q.queries[0].company, 1u);
}

TEST(AsOfQueries, StrictModeNamesTheBadDate) {
  const auto ds = mini();
  try {
    (void)parse_as_of_queries_csv("company_uuid,as_of\nm1,2023-12-31\nm1,31/12/2023\n", "q.csv", ds);
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "q.csv:3:4: field 'as_of': expected a date YYYY-MM-DD, got \"31/12/2023\"");
  }
}

TEST(AsOfQueries, LenientModeSkipsAndCounts) {
  const auto ds = mini();
  auto q = parse_as_of_queries_csv("company_uuid,as_of\n,2023-12-31\nm1,2023-12-31\n", "q.csv", ds,
                                   LoadOptions{.mode = ParseMode::lenient});
  EXPECT_EQ(q.queries.size(), 1u);
  EXPECT_EQ(q.summary.skipped, 1u);
  EXPECT_EQ(q.summary.problems[0], (LoadProblem{2, 1, "company_uuid", "expected a company uuid, got an empty field"}));
}
