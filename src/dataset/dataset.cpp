#include "fundline/dataset/dataset.hpp"

#include <array>
#include <type_traits>
#include <string>

#include <fmt/format.h>

#include "csv_scan.hpp"
#include "field_parsers.hpp"

namespace fundline {
namespace {

enum Role : int { company_uuid, announced_on, raised_usd, raised_amount, currency_code, country, type, code };

const std::vector<std::string>& odm_names() {
  static const std::vector<std::string> names{
      "company_uuid", "announced_on", "raised_amount_usd", "raised_amount", "raised_amount_currency_code",
      "country_code", "funding_round_type", "funding_round_code"};
  return names;
}
constexpr std::size_t odm_required = 5;

// (funding_round_type, funding_round_code) -> RoundType, remembered: a
// column repeats a couple of dozen pairs, and try_parse_round_type allocates.
class RoundTypeCache {
 public:
  std::optional<RoundType> find(std::string_view t, std::string_view c) {
    std::uint32_t h = 2166136261u;
    for (char ch : t) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
    h = (h ^ 0x1Fu) * 16777619u;
    for (char ch : c) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Entry& e = table_[i];
      if (!e.used) {
        auto parsed = try_parse_round_type(t, c);
        if (!parsed || used_ * 2 >= table_.size()) return parsed;
        e = Entry{true, h, std::string(t), std::string(c), *parsed};
        ++used_;
        return parsed;
      }
      if (e.hash == h && e.type == t && e.code == c) return e.value;
    }
  }

 private:
  struct Entry {
    bool used = false;
    std::uint32_t hash = 0;
    std::string type, code;
    RoundType value{};
  };
  static constexpr std::size_t mask = 127;
  std::array<Entry, mask + 1> table_{};
  std::size_t used_ = 0;
};

}  // namespace

// One chunk's rows, appended by the CSV scanner.
class DatasetBuilder {
 public:
  explicit DatasetBuilder(std::size_t expected_rows) {
    ds_.company_.reserve(expected_rows);
    ds_.day_.reserve(expected_rows);
    ds_.raised_usd_.reserve(expected_rows);
    ds_.raised_amount_.reserve(expected_rows);
    ds_.raised_currency_.reserve(expected_rows);
    ds_.country_.reserve(expected_rows);
    ds_.round_type_.reserve(expected_rows);
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
      return fail(announced_on, fmt::format("expected a date YYYY-MM-DD, got \"{}\"", shown(announced_on)));
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
      const int exponent = ccy == Dataset::no_currency ? 0 : Currency::at(ccy).exponent();
      std::int64_t parsed = 0;
      if (!detail::parse_minor_units(v[raised_amount].raw(), ccy == Dataset::no_currency ? 6 : exponent, parsed))
        return fail(raised_amount, fmt::format("expected a non-negative amount such as 1500000, got \"{}\"",
                                               shown(raised_amount)));
      if (ccy != Dataset::no_currency) amount = parsed;
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
    if (v[company_uuid].escaped) {  // uuid lives in scratch_: intern it now, in order
      drain();
      ds_.company_.push_back(ds_.companies_.intern(uuid));
    } else {
      defer_intern(uuid);
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
      ds_.company_[p.row] = ds_.companies_.intern(p.key, p.hash);
    }
  }

  // Concatenates the parts' rows into the first, re-interning the other
  // parts' companies. One column at a time, each part's copy freed as soon
  // as it is copied, so the peak is the columns plus one column, not twice.
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
      for (CompanyId id = 0; id < remap.size(); ++id) {
        if (id + ahead < remap.size()) out.companies_.prefetch(hashes[id + ahead]);
        remap[id] = out.companies_.intern(from.key(id), hashes[id]);
      }
      parts[i].ds_.companies_ = CompanyIndex{};
    }
    auto column = [&](auto member, bool remap_companies) {
      auto& first = out.*member;
      std::remove_reference_t<decltype(first)> merged;
      merged.reserve(total);
      merged.insert(merged.end(), first.begin(), first.end());
      first = {};
      for (std::size_t i = 1; i < parts.size(); ++i) {
        auto& part = parts[i].ds_.*member;
        if constexpr (std::is_same_v<std::remove_reference_t<decltype(first)>, std::vector<CompanyId>>) {
          if (remap_companies) {
            for (CompanyId c : part) merged.push_back(remaps[i][c]);
            part = {};
            continue;
          }
        }
        merged.insert(merged.end(), part.begin(), part.end());
        part = {};
      }
      first = std::move(merged);
    };
    column(&Dataset::company_, true);
    column(&Dataset::day_, false);
    column(&Dataset::raised_usd_, false);
    column(&Dataset::raised_amount_, false);
    column(&Dataset::raised_currency_, false);
    column(&Dataset::country_, false);
    column(&Dataset::round_type_, false);
    return out;
  }

  static Dataset load(std::string_view text, std::string_view source, const LoadOptions& options,
                      const detail::MappedFile* file) {
    const auto header = detail::read_header(text, source, odm_names(), odm_required);
    LoadSummary summary;
    summary.source = std::string(source);
    const unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t expected = text.size() / 200 / threads + 16;
    auto parts = detail::parse_chunks<DatasetBuilder>(
        text, source, header, options, file,
        [&] {
          DatasetBuilder b(expected);
          b.set_base(text.data());
          return b;
        },
        summary);
    for (auto& part : parts) part.drain();
    Dataset out = concatenate(parts);
    out.summary_ = std::move(summary);
    return out;
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
  };
  static constexpr std::size_t ring_size = 8;

  void defer_intern(std::string_view uuid) {
    const std::uint64_t h = CompanyIndex::hash(uuid);
    ds_.companies_.prefetch(h);
    if (ring_used_ == ring_size) {
      const Pending& oldest = ring_[ring_next_];
      ds_.company_[oldest.row] = ds_.companies_.intern(oldest.key, oldest.hash);
      --ring_used_;
    }
    ring_[ring_next_] = Pending{ds_.company_.size(), uuid, h};
    ring_next_ = (ring_next_ + 1) % ring_size;
    ++ring_used_;
    ds_.company_.push_back(0);
  }

  Dataset ds_;
  std::array<Pending, ring_size> ring_{};
  std::size_t ring_next_ = 0, ring_used_ = 0;
  const char* base_ = nullptr;
  std::string scratch_;
  detail::CurrencyCache currencies_;
  RoundTypeCache types_;
};

Dataset Dataset::load_odm_csv(const std::filesystem::path& path, const LoadOptions& options) {
  const detail::MappedFile file(path);
  return DatasetBuilder::load(file.text(), path.string(), options, &file);
}

Dataset Dataset::parse_odm_csv(std::string_view text, std::string_view source_name, const LoadOptions& options) {
  return DatasetBuilder::load(text, source_name, options, nullptr);
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
