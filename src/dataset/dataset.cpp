#include "fundline/dataset/dataset.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <thread>
#include <string>

#include <fmt/format.h>

#include "csv_scan.hpp"
#include "field_parsers.hpp"
#include "repeated_keys.hpp"

namespace fundline {
namespace {

enum Role : int {
  company_uuid, announced_on, raised_usd, raised_amount, currency_code, country, type, code, round_uuid, company_name
};

const std::vector<std::string>& odm_names() {
  static const std::vector<std::string> names{
      "company_uuid", "announced_on", "raised_amount_usd", "raised_amount", "raised_amount_currency_code",
      "country_code", "funding_round_type", "funding_round_code", "funding_round_uuid", "company_name"};
  return names;
}
constexpr std::size_t odm_required = 5;

// A row's funding_round_uuid: its hash and where its text is, in 16 bytes
// (the report's peak memory is the columns'; these live only while loading).
struct RoundKey {
  static constexpr std::uint64_t max_size = (std::uint64_t{1} << 23) - 1;
  static constexpr std::uint64_t max_offset = (std::uint64_t{1} << 40) - 1;
  std::uint64_t hash = 0;
  std::uint64_t place = 0;  // offset << 24 | size << 1 | escaped; size 0: no uuid on the row

  [[nodiscard]] std::size_t offset() const noexcept { return static_cast<std::size_t>(place >> 24); }
  [[nodiscard]] std::uint32_t size() const noexcept { return static_cast<std::uint32_t>((place >> 1) & max_size); }
  [[nodiscard]] bool escaped() const noexcept { return (place & 1) != 0; }
};

}  // namespace

// One chunk's rows, appended by the CSV scanner.
class DatasetBuilder {
 public:
  DatasetBuilder(std::size_t expected_rows, std::size_t reserved_rows) {
    ds_.company_.reserve(reserved_rows);
    Dataset::for_each_value_column([&](auto column) { (ds_.*column).reserve(reserved_rows); });
    ds_.companies_.reserve(expected_rows / 2);
  }
  DatasetBuilder(DatasetBuilder&&) = default;
  DatasetBuilder& operator=(DatasetBuilder&&) = default;

  bool row(const detail::FieldView* v, detail::RowError& err) {
    auto fail = [&](int role, std::string message) {
      err.offset = static_cast<std::size_t>(v[role].data - base_);
      err.role = role;
      err.message = std::move(message);
      return false;
    };
    auto shown = [&](int role) { return std::string(v[role].raw()); };

    const std::string_view uuid = detail::unescape(v[company_uuid], scratch_);
    if (uuid.empty()) return fail(company_uuid, "expected a company uuid, got an empty field");
    DayNumber day = 0;
    if (!detail::parse_iso_day(v[announced_on].raw(), day))
      return fail(announced_on, detail::iso_day_error(shown(announced_on)));
    std::int64_t usd = Dataset::missing;
    if (!v[raised_usd].empty() && !detail::parse_minor_units(v[raised_usd].raw(), 2, usd))
      return fail(raised_usd, fmt::format("expected a non-negative amount such as 1500000, got \"{}\"", shown(raised_usd)));
    std::uint8_t ccy = Dataset::no_currency;
    if (!v[currency_code].empty()) {
      auto c = currencies_.find(v[currency_code].raw());
      if (!c)
        return fail(currency_code, fmt::format("expected an ISO 4217 currency code such as EUR, got \"{}\"",
                                               shown(currency_code)));
      ccy = *c;
    }
    std::int64_t amount = Dataset::missing;
    if (!v[raised_amount].empty()) {
      std::int64_t parsed = 0;
      if (ccy == Dataset::no_currency) {
        // The open-data-map leaves the code empty when the figure is the USD
        // one; any other figure in no currency is refused, as import does.
        if (usd == Dataset::missing || !detail::parse_minor_units(v[raised_amount].raw(), 2, parsed) || parsed != usd)
          return fail(currency_code,
                      fmt::format("empty currency, but raised_amount is given{}: expected an ISO code such as EUR",
                                  usd != Dataset::missing ? " (and differs from the USD figure)" : ""));
      } else {
        if (!detail::parse_minor_units(v[raised_amount].raw(), Currency::at(ccy).exponent(), parsed))
          return fail(raised_amount, fmt::format("expected a non-negative amount such as 1500000, got \"{}\"",
                                                 shown(raised_amount)));
        amount = parsed;
      }
    }
    std::uint32_t packed = 0;
    if (!v[country].empty()) {
      const std::string_view s = v[country].raw();
      bool ok = s.size() >= 2 && s.size() <= 3;
      for (std::size_t i = 0; ok && i < s.size(); ++i) {
        ok = s[i] >= 'A' && s[i] <= 'Z';
        packed |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])) << (8 * i);
      }
      if (!ok)
        return fail(country, fmt::format("expected a country code such as USA or FRA, got \"{}\"", shown(country)));
    }
    RoundType rt = RoundType::undisclosed;
    if (v[type].data != nullptr) {
      auto t = types_.find(v[type].raw(), v[code].raw());
      if (!t)
        return fail(type, fmt::format("expected a Crunchbase round type such as seed or venture with a code A..J, "
                                      "got \"{}\" with code \"{}\"", shown(type), shown(code)));
      rt = *t;
    }
    if (v[round_uuid].data != nullptr) {  // the file has the column: one key a row
      RoundKey key{0x9E3779B97F4A7C15u * (ds_.company_.size() + 1), 0};  // no uuid: a hash of its own
      if (!v[round_uuid].empty()) {
        const auto offset = static_cast<std::uint64_t>(v[round_uuid].data - base_);
        if (v[round_uuid].size > RoundKey::max_size || offset > RoundKey::max_offset)
          return fail(round_uuid, "expected a round uuid shorter than 8 MiB, in a file under 1 TiB");
        key = RoundKey{CompanyIndex::hash(detail::unescape(v[round_uuid], round_scratch_)),
                       offset << 24 | std::uint64_t{v[round_uuid].size} << 1 | std::uint64_t{v[round_uuid].escaped}};
      }
      if (round_keys_.empty()) round_keys_.reserve(ds_.company_.capacity());  // sized like the columns
      round_keys_.push_back(key);
    }
    const std::string_view name = keep_names_ ? v[company_name].raw() : std::string_view();
    if (v[company_uuid].escaped || (keep_names_ && v[company_name].escaped)) {
      // uuid or name lives in a scratch string: intern it now, in order
      drain();
      std::string name_scratch;
      ds_.company_.push_back(intern_named(uuid, CompanyIndex::hash(uuid), detail::unescape(v[company_name], name_scratch)));
    } else {
      defer_intern(uuid, name);
    }
    ds_.day_.push_back(day);
    ds_.raised_usd_.push_back(usd);
    ds_.raised_amount_.push_back(amount);
    ds_.raised_currency_.push_back(ccy);
    ds_.country_.push_back(packed);
    ds_.round_type_.push_back(rt);
    return true;
  }

  void set_base(const char* base) { base_ = base; }

  // Interns the uuids still waiting in the ring.
  void drain() {
    for (; ring_used_ > 0; --ring_used_) {
      const Pending& p = ring_[(ring_next_ + ring_size - ring_used_) % ring_size];
      ds_.company_[p.row] = intern_named(p.key, p.hash, p.name);
    }
  }

  void set_keep_names(bool keep) {
    keep_names_ = keep;
    if (keep) ds_.name_begin_.assign(1, 0);
  }

  // Concatenates the parts' rows into the first, re-interning the other
  // parts' companies.
  static Dataset concatenate(std::vector<DatasetBuilder>& parts) {
    Dataset out = std::move(parts.front().ds_);
    if (parts.size() == 1) return out;
    std::size_t total = out.company_.size();
    for (std::size_t i = 1; i < parts.size(); ++i) total += parts[i].ds_.company_.size();

    constexpr CompanyId ahead = 8;
    // The first part's index now lives in `out`: its moved-from shell would count as size_t(-1).
    std::size_t keys = out.companies_.size(), key_bytes = out.companies_.key_bytes();
    for (std::size_t i = 1; i < parts.size(); ++i) {
      keys += parts[i].ds_.companies_.size();
      key_bytes += parts[i].ds_.companies_.key_bytes();
    }
    out.companies_.reserve(keys, keys == 0 ? 0 : key_bytes / keys + 1);  // an upper bound: no regrowth
    std::vector<std::vector<CompanyId>> remaps(parts.size());
    for (std::size_t i = 1; i < parts.size(); ++i) {
      const CompanyIndex& from = parts[i].ds_.companies_;
      auto& remap = remaps[i];
      remap.resize(from.size());
      std::vector<std::uint64_t> hashes(remap.size());
      for (CompanyId id = 0; id < remap.size(); ++id) hashes[id] = CompanyIndex::hash(from.key(id));
      const bool names = !out.name_begin_.empty();
      for (CompanyId id = 0; id < remap.size(); ++id) {
        if (id + ahead < remap.size()) out.companies_.prefetch(hashes[id + ahead]);
        const std::size_t before = out.companies_.size();
        remap[id] = out.companies_.intern(from.key(id), hashes[id]);
        if (names && out.companies_.size() != before) out.add_name(parts[i].ds_.company_name(id));
      }
      parts[i].ds_.companies_ = CompanyIndex{};
      parts[i].ds_.names_ = {};
      parts[i].ds_.name_begin_ = {};
    }
    // The first part's columns were reserved for the whole file (virtual
    // memory until written): the other parts are appended in place, and
    // each part's copy is freed as soon as it is appended.
    {
      auto& first = out.company_;
      first.reserve(total);  // no-op unless the file's rows outran the estimate
      for (std::size_t i = 1; i < parts.size(); ++i) {
        auto& part = parts[i].ds_.company_;
        const std::size_t at = first.size();
        first.resize(at + part.size());
        CompanyId* to = first.data() + at;
        for (std::size_t r = 0; r < part.size(); ++r) to[r] = remaps[i][part[r]];
        part = {};
      }
    }
    Dataset::for_each_value_column([&](auto column) {
      auto& first = out.*column;
      first.reserve(total);
      for (std::size_t i = 1; i < parts.size(); ++i) {
        auto& part = parts[i].ds_.*column;
        first.insert(first.end(), part.begin(), part.end());
        part = {};
      }
    });
    return out;
  }

  // Strict mode reports the first problem in file order. Threads find
  // problems in their own chunks, and a repeated round id is found only once
  // every row is read, so on any problem the file is read again leniently and
  // the first problem it lists is the one thrown (error paths only).
  static Dataset load(std::string_view text, std::string_view source, const LoadOptions& options,
                      const detail::MappedFile* file) {
    if (options.mode == ParseMode::lenient) return load_once(text, source, options, file);
    try {
      return load_once(text, source, options, file);
    } catch (const parse_error&) {
      LoadOptions again = options;
      again.mode = ParseMode::lenient;
      const Dataset all = load_once(text, source, again, file);
      if (all.summary_.problems.empty()) throw;
      const LoadProblem& p = all.summary_.problems.front();
      throw parse_error(SourceLocation{std::string(source), p.line, p.column, p.field}, p.message);
    }
  }

  static Dataset load_once(std::string_view text, std::string_view source, const LoadOptions& options,
                           const detail::MappedFile* file) {
    const auto header = detail::read_header(text, source, odm_names(), odm_required);
    LoadSummary summary;
    summary.source = std::string(source);
    const unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t expected = text.size() / 200 / threads + 16;
    // The first part is sized for the whole file, so that concatenate
    // appends the others to it in place instead of copying it.
    bool first_part = true;
    auto parts = detail::parse_chunks<DatasetBuilder>(
        text, source, header, options, file,
        [&] {
          DatasetBuilder b(expected, first_part ? expected * threads : expected);
          first_part = false;
          b.set_base(text.data());
          b.set_keep_names(options.company_names);
          return b;
        },
        summary);
    // Round keys stay in their parts (no copy): part p holds rows first[p]..first[p + 1).
    std::vector<const RoundKey*> keys_of;
    std::vector<std::size_t> first{0};
    std::size_t rows = 0;
    for (auto& part : parts) {
      part.drain();
      keys_of.push_back(part.round_keys_.data());
      first.push_back(first.back() + part.round_keys_.size());
      rows += part.ds_.size();
    }
    const auto key = [&](std::size_t row) -> const RoundKey& {
      std::size_t p = 0;
      while (row >= first[p + 1]) ++p;
      return keys_of[p][row - first[p]];
    };
    // The repeated-round-id search needs only the keys and the text: it runs
    // on a thread of its own while the parts are concatenated (which is
    // serial), and its verdict is applied to the concatenated rows after.
    const bool check = first.back() == rows;
    const bool beside = check && parts.size() > 1 && threads > 1;
    Repeats repeats;
    std::exception_ptr failure;
    std::optional<Dataset> out;
    {
      std::jthread finder;
      if (beside)
        finder = std::jthread([&] {
          try {
            repeats = find_repeated_round_ids(rows, key, text, threads - 1);
          } catch (...) {
            failure = std::current_exception();
          }
        });
      out.emplace(concatenate(parts));
    }
    if (failure) std::rethrow_exception(failure);
    if (check && !beside) repeats = find_repeated_round_ids(rows, key, text, threads);
    reject_repeated_round_ids(*out, repeats, key, text, source, options, summary, file);
    for (auto& part : parts) part.round_keys_ = {};
    out->summary_ = std::move(summary);
    return std::move(*out);
  }

  using Repeats = std::vector<std::pair<std::size_t, std::size_t>>;

  // The text of a round key's funding_round_uuid.
  static std::string round_id_text(std::string_view text, const RoundKey& k) {
    std::string scratch;
    const detail::FieldView v{text.data() + k.offset(), k.size(), k.escaped()};
    return std::string(detail::unescape(v, scratch));
  }

  // (repeat, first) row pairs of a funding_round_uuid given twice, repeat ascending.
  template <class KeyOfRow>
  static Repeats find_repeated_round_ids(std::size_t rows, const KeyOfRow& keys, std::string_view text,
                                         unsigned threads) {
    return detail::find_repeats(
        rows, [&](std::size_t i) { return keys(i).hash; },
        [&](std::size_t i, std::size_t j) {
          return keys(i).size() != 0 && keys(j).size() != 0 &&
                 round_id_text(text, keys(i)) == round_id_text(text, keys(j));
        },
        threads);
  }

  // A funding_round_uuid names one round: a second row with it is refused
  // (strict: an error; lenient: the row is skipped and reported), as import
  // does. One hash table of the rows' uuid hashes; texts compared on a match.
  template <class KeyOfRow>
  static void reject_repeated_round_ids(Dataset& out, const Repeats& repeats, const KeyOfRow& keys,
                                        std::string_view text, std::string_view source, const LoadOptions& options,
                                        LoadSummary& summary, const detail::MappedFile* file) {
    auto text_of = [&](const RoundKey& k) { return round_id_text(text, k); };
    if (repeats.empty()) return;
    std::vector<std::size_t> offsets;
    for (const auto& [k, first] : repeats) {
      offsets.push_back(keys(k).offset());
      offsets.push_back(keys(first).offset());
    }
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    std::vector<std::size_t> lines, columns;
    detail::locate(text, offsets, lines, columns, file);
    auto at = [&](std::size_t offset) {
      return static_cast<std::size_t>(std::lower_bound(offsets.begin(), offsets.end(), offset) - offsets.begin());
    };
    auto problem = [&](const std::pair<std::size_t, std::size_t>& r) {
      const std::size_t i = at(keys(r.first).offset());
      return LoadProblem{lines[i], columns[i], "funding_round_uuid",
                         fmt::format("duplicate round id \"{}\": first seen on line {}", text_of(keys(r.first)),
                                     lines[at(keys(r.second).offset())])};
    };
    if (options.mode == ParseMode::strict) {
      const LoadProblem p = problem(repeats.front());
      throw parse_error(SourceLocation{std::string(source), p.line, p.column, p.field}, p.message);
    }
    std::vector<bool> drop(out.size(), false);
    for (const auto& r : repeats) {
      drop[r.first] = true;
      summary.problems.push_back(problem(r));
    }
    std::stable_sort(summary.problems.begin(), summary.problems.end(),
                     [](const LoadProblem& x, const LoadProblem& y) { return x.line < y.line; });
    summary.rows -= repeats.size();
    summary.skipped += repeats.size();
    out.drop_rows(drop);
  }

 private:
  // A company id is written a few rows after its row: the uuid's hash slot
  // is prefetched when the row is read and interned when the ring comes
  // round, so the cache miss of a new company overlaps the next rows' work.
  // Ids stay in first-seen order (the ring is first in, first out).
  struct Pending {
    std::size_t row = 0;
    std::string_view key;  // into the text, which outlives the builder
    std::uint64_t hash = 0;
    std::string_view name;  // company_name, when kept
  };
  static constexpr std::size_t ring_size = 8;

  // Interns key; a new company's name (when kept) is the one on its first row.
  CompanyId intern_named(std::string_view key, std::uint64_t h, std::string_view name) {
    const std::size_t before = ds_.companies_.size();
    const CompanyId id = ds_.companies_.intern(key, h);
    if (keep_names_ && ds_.companies_.size() != before) ds_.add_name(name);
    return id;
  }

  void defer_intern(std::string_view uuid, std::string_view name) {
    const std::uint64_t h = CompanyIndex::hash(uuid);
    ds_.companies_.prefetch(h);
    if (ring_used_ == ring_size) {
      const Pending& oldest = ring_[ring_next_];
      ds_.company_[oldest.row] = intern_named(oldest.key, oldest.hash, oldest.name);
      --ring_used_;
    }
    ring_[ring_next_] = Pending{ds_.company_.size(), uuid, h, name};
    ring_next_ = (ring_next_ + 1) % ring_size;
    ++ring_used_;
    ds_.company_.push_back(0);
  }

  Dataset ds_;
  std::array<Pending, ring_size> ring_{};
  std::size_t ring_next_ = 0, ring_used_ = 0;
  const char* base_ = nullptr;
  std::string scratch_, round_scratch_;
  bool keep_names_ = false;
  detail::CurrencyCache currencies_;
  detail::RoundTypeCache types_;

 public:
  std::vector<RoundKey> round_keys_;  // one a row when the file has funding_round_uuid
};

Dataset Dataset::load_odm_csv(const std::filesystem::path& path, const LoadOptions& options) {
  const detail::MappedFile file(path);
  return DatasetBuilder::load(file.text(), path.string(), options, &file);
}

Dataset Dataset::parse_odm_csv(std::string_view text, std::string_view source_name, const LoadOptions& options) {
  return DatasetBuilder::load(text, source_name, options, nullptr);
}

void Dataset::add_name(std::string_view name) {
  names_.append(name);
  name_begin_.push_back(names_.size());
}

std::string_view Dataset::company_name(CompanyId id) const noexcept {
  if (id + std::size_t{1} >= name_begin_.size()) return {};
  return std::string_view(names_).substr(name_begin_[id], name_begin_[id + 1] - name_begin_[id]);
}

// Removes the rows marked; companies left without a row are removed too, and
// ids are given again in first-seen order.
void Dataset::drop_rows(const std::vector<bool>& drop) {
  CompanyIndex companies;
  std::string names;
  std::vector<std::size_t> name_begin;
  if (!name_begin_.empty()) name_begin.push_back(0);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    if (drop[i]) continue;
    const std::size_t before = companies.size();
    const CompanyId id = companies.intern(companies_.key(company_[i]));
    if (!name_begin.empty() && companies.size() != before) {
      names += company_name(company_[i]);
      name_begin.push_back(names.size());
    }
    company_[kept] = id;
    for_each_value_column([&](auto column) { (this->*column)[kept] = (this->*column)[i]; });
    ++kept;
  }
  company_.resize(kept);
  for_each_value_column([&](auto column) { (this->*column).resize(kept); });
  companies_ = std::move(companies);
  names_ = std::move(names);
  name_begin_ = std::move(name_begin);
}

std::string Dataset::country_code(std::uint32_t packed) {
  std::string out;
  for (; packed != 0; packed >>= 8) out += static_cast<char>(packed & 0xFF);
  return out;
}

std::size_t Dataset::undisclosed_count() const noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < size(); ++i)
    n += raised_usd_[i] == missing && (raised_amount_[i] == missing || raised_currency_[i] == no_currency);
  return n;
}

int128 Dataset::total_raised_usd_cents() const noexcept {
  int128 sum = 0;
  for (std::int64_t v : raised_usd_)
    if (v != missing) sum += v;
  return sum;
}

}  // namespace fundline
