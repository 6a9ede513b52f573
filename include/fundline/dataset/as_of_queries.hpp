// fundline/dataset/as_of_queries.hpp - reading a batch of as-of look-ups.
//
// A queries file is CSV with the columns company_uuid and as_of (found by
// header name; other columns are ignored), one look-up a row. Companies the
// Dataset does not know get AsOfQuery::unknown (they have raised 0). Same
// CSV rules, strict/lenient modes and threading as Dataset::load_odm_csv.
//
//   // continues the example of fundline/dataset/dataset.hpp (ds: companies m1 and h2)
//   auto q = fundline::parse_as_of_queries_csv(
//       "company_uuid,as_of\nm1,2023-12-31\nnobody,2024-01-01\n", "q.csv", ds);
//   q.queries.size();                              // 2
//   q.queries[0].company;                          // 0 (m1)
//   q.queries[0].day == days_from_civil(2023, 12, 31);   // true
//   q.queries[1].company == fundline::AsOfQuery::unknown;  // true
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "fundline/dataset/dataset.hpp"

namespace fundline {

struct AsOfQueries {
  std::vector<AsOfQuery> queries;
  LoadSummary summary;
};

[[nodiscard]] AsOfQueries load_as_of_queries_csv(const std::filesystem::path& path, const Dataset& dataset,
                                                 const LoadOptions& options = {});
[[nodiscard]] AsOfQueries parse_as_of_queries_csv(std::string_view text, std::string_view source_name,
                                                  const Dataset& dataset, const LoadOptions& options = {});

}  // namespace fundline
