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
      err = {static_cast<std::size_t>(v[1].data - base_), 1, detail::iso_day_error(v[1].raw())};
      return false;
    }
    if (v[0].escaped) {  // uuid lives in scratch_: look it up now
      const auto id = dataset_->find_company(uuid);
      queries_.push_back(AsOfQuery{id ? *id : AsOfQuery::unknown, day});
      return true;
    }
    pending_rows_.push_back(queries_.size());
    pending_keys_.push_back(uuid);
    queries_.push_back(AsOfQuery{AsOfQuery::unknown, day});
    if (pending_keys_.size() == pending_limit) flush();
    return true;
  }

  // Resolves the uuids read since the last flush, as one batch.
  void flush() {
    pending_ids_.resize(pending_keys_.size());
    dataset_->companies().find_many(pending_keys_, pending_ids_, AsOfQuery::unknown);
    for (std::size_t i = 0; i < pending_rows_.size(); ++i) queries_[pending_rows_[i]].company = pending_ids_[i];
    pending_rows_.clear();
    pending_keys_.clear();
  }

  std::vector<AsOfQuery>& queries() {
    flush();
    return queries_;
  }

 private:
  const Dataset* dataset_;
  const char* base_;
  std::vector<AsOfQuery> queries_;
  std::string scratch_;
  // uuids point into the text, which outlives the builder.
  static constexpr std::size_t pending_limit = 256;
  std::vector<std::size_t> pending_rows_;
  std::vector<std::string_view> pending_keys_;
  std::vector<CompanyId> pending_ids_;
};

AsOfQueries parse_queries(std::string_view text, std::string_view source, const Dataset& dataset,
                          const LoadOptions& options, const detail::MappedFile* file) {
  static const std::vector<std::string> names{"company_uuid", "as_of"};
  const auto header = detail::read_header(text, source, names, 2);
  AsOfQueries out;
  out.summary.source = std::string(source);
  const std::size_t expected = text.size() / 48 / std::max(1u, options.threads != 0 ? options.threads : 2u) + 16;
  // The first part is sized for the whole file (virtual memory until
  // written), so that the others are appended to it in place.
  bool first_part = true;
  auto parts = detail::parse_chunks<QueryBuilder>(
      text, source, header, options, file,
      [&] {
        const std::size_t reserved = first_part ? text.size() / 48 + 16 : expected;
        first_part = false;
        return QueryBuilder(dataset, text.data(), reserved);
      },
      out.summary);
  out.queries = std::move(parts.front().queries());
  std::size_t total = out.queries.size();
  for (std::size_t i = 1; i < parts.size(); ++i) total += parts[i].queries().size();
  out.queries.reserve(total);  // a no-op unless the rows outran the estimate
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
