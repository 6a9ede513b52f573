#include "fundline/dataset/as_of_queries.hpp"

#include <fmt/format.h>

#include "csv_scan.hpp"
#include "field_parsers.hpp"

namespace fundline {
namespace {

class QueryBuilder {
 public:
  QueryBuilder(const Dataset& dataset, const char* base, std::size_t expected) : dataset_(&dataset), base_(base) {
    queries_.reserve(expected);
  }

  bool row(const detail::FieldView* v, detail::RowError& err) {
    const std::string_view uuid = detail::unescape(v[0], scratch_);
    if (uuid.empty()) {
      err = {static_cast<std::size_t>(v[0].data - base_), 0, "expected a company uuid, got an empty field"};
      return false;
    }
    DayNumber day = 0;
    if (!detail::parse_iso_day(v[1].raw(), day)) {
      err = {static_cast<std::size_t>(v[1].data - base_), 1,
             fmt::format("expected a date YYYY-MM-DD, got \"{}\"", v[1].raw())};
      return false;
    }
    const auto id = dataset_->find_company(uuid);
    queries_.push_back(AsOfQuery{id ? *id : AsOfQuery::unknown, day});
    return true;
  }

  std::vector<AsOfQuery>& queries() { return queries_; }

 private:
  const Dataset* dataset_;
  const char* base_;
  std::vector<AsOfQuery> queries_;
  std::string scratch_;
};

AsOfQueries parse_queries(std::string_view text, std::string_view source, const Dataset& dataset,
                          const LoadOptions& options, const detail::MappedFile* file) {
  static const std::vector<std::string> names{"company_uuid", "as_of"};
  const auto header = detail::read_header(text, source, names, 2);
  AsOfQueries out;
  out.summary.source = std::string(source);
  const std::size_t expected = text.size() / 48 / std::max(1u, options.threads != 0 ? options.threads : 2u) + 16;
  auto parts = detail::parse_chunks<QueryBuilder>(
      text, source, header, options, file, [&] { return QueryBuilder(dataset, text.data(), expected); }, out.summary);
  out.queries = std::move(parts.front().queries());
  std::size_t total = out.queries.size();
  for (std::size_t i = 1; i < parts.size(); ++i) total += parts[i].queries().size();
  out.queries.reserve(total);
  for (std::size_t i = 1; i < parts.size(); ++i)
    out.queries.insert(out.queries.end(), parts[i].queries().begin(), parts[i].queries().end());
  return out;
}

}  // namespace

AsOfQueries load_as_of_queries_csv(const std::filesystem::path& path, const Dataset& dataset,
                                   const LoadOptions& options) {
  const detail::MappedFile file(path);
  return parse_queries(file.text(), path.string(), dataset, options, &file);
}

AsOfQueries parse_as_of_queries_csv(std::string_view text, std::string_view source_name, const Dataset& dataset,
                                    const LoadOptions& options) {
  return parse_queries(text, source_name, dataset, options, nullptr);
}

}  // namespace fundline
