#include "fundline/dataset/investments.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "csv_scan.hpp"
#include "fundline/core/error.hpp"
#include "fundline/dataset/dataset.hpp"

namespace fundline {
namespace {

// Interns keys a few at a time after prefetching their slots, so that the
// cache misses of consecutive new keys overlap.
template <class Get, class Use>
void intern_prefetched(CompanyIndex& index, std::size_t n, Get key, Use use) {
  constexpr std::size_t ahead = 8;
  std::array<std::uint64_t, ahead> hashes{};
  for (std::size_t i = 0; i < std::min(n, ahead); ++i) {
    hashes[i] = CompanyIndex::hash(key(i));
    index.prefetch(hashes[i]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t h = hashes[i % ahead];
    if (i + ahead < n) {
      hashes[i % ahead] = CompanyIndex::hash(key(i + ahead));
      index.prefetch(hashes[i % ahead]);
    }
    use(i, index.intern(key(i), h));
  }
}

}  // namespace

// One chunk of funding_rounds.csv: its funding_round_uuid column.
class RoundKeysBuilder {
 public:
  enum Role : int { uuid, first_column };

  RoundKeysBuilder(const char* base, bool track_records, int first_role, std::size_t expected)
      : base_(base), track_(track_records), first_role_(first_role) {
    chars_.reserve(expected * 36);
    ends_.reserve(expected + 1);
  }

  bool row(const detail::FieldView* v, detail::RowError&) {
    // An empty uuid is kept (the round exists, nothing can name it);
    // investments.csv rejects an empty funding_round_uuid.
    // Copied: reading them from the file again later would fault its
    // released pages back in.
    chars_ += detail::unescape(v[uuid], scratch_);
    ends_.push_back(chars_.size());
    if (track_) record_.push_back(static_cast<std::size_t>(v[first_role_].data - base_));
    return true;
  }

  [[nodiscard]] std::size_t size() const noexcept { return ends_.size() - 1; }
  [[nodiscard]] std::string_view key(std::size_t i) const noexcept {
    return std::string_view(chars_).substr(ends_[i], ends_[i + 1] - ends_[i]);
  }

  static RoundKeys load(std::string_view text, std::string_view source, const Dataset& rounds,
                        const LoadOptions& options, const detail::MappedFile* file) {
    auto header = detail::read_header(text, source, {"funding_round_uuid"}, 1);
    // The first field's place marks each record, to line rows up with the
    // Dataset's skipped rows; the uuid column itself may be that field.
    if (!header.role_of.empty() && header.role_of[0] < 0) {
      header.role_of[0] = first_column;
      header.role_names.emplace_back();
    }
    const int first_role = header.role_of.empty() ? static_cast<int>(first_column) : header.role_of[0];
    const bool track = options.mode == ParseMode::lenient && rounds.summary().skipped > 0;
    LoadSummary summary;
    summary.source = std::string(source);
    const unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t expected = text.size() / 200 / threads + 16;
    auto parts = detail::parse_chunks<RoundKeysBuilder>(
        text, source, header, options, file, [&] { return RoundKeysBuilder(text.data(), track, first_role, expected); },
        summary);

    // Rows the Dataset skipped for a bad field (structural problems were
    // skipped here too): their records, by the byte offset of the problem.
    std::vector<std::size_t> dropped;
    if (track) dropped = bad_field_offsets(text, rounds.summary());
    std::size_t kept = 0;
    for (const auto& p : parts) kept += p.size();
    kept -= std::min(kept, dropped.size());
    if (kept != rounds.size())
      throw inconsistent_data(fmt::format("{} has {} rounds, the Dataset {}: read the file the Dataset was loaded "
                                          "from, with the same options",
                                          source, kept, rounds.size()));

    RoundKeys out;
    out.rounds_ = rounds.size();
    out.key_of_row_.assign(rounds.size(), RoundKeys::no_key);
    out.keys_.reserve(rounds.size());
    std::vector<std::string_view> keys;
    keys.reserve(rounds.size());
    std::size_t d = 0;
    for (auto& p : parts) {
      for (std::size_t i = 0; i < p.size(); ++i) {
        if (d < dropped.size() && i + 1 <= p.record_.size()) {
          // The record holding dropped[d] is the last whose first field starts at or before it.
          const bool last = i + 1 == p.record_.size();
          const std::size_t next = last ? static_cast<std::size_t>(-1) : p.record_[i + 1];
          if (p.record_[i] <= dropped[d] && dropped[d] < next) {
            while (d < dropped.size() && dropped[d] < next) ++d;
            continue;
          }
        }
        keys.push_back(p.key(i));
      }
    }
    std::vector<std::uint32_t> row_of_key;
    row_of_key.reserve(keys.size());
    std::size_t non_empty = 0;
    std::vector<std::string_view> present;
    std::vector<std::uint32_t> present_row;
    present.reserve(keys.size());
    present_row.reserve(keys.size());
    for (std::size_t r = 0; r < keys.size(); ++r)
      if (!keys[r].empty()) {
        present.push_back(keys[r]);
        present_row.push_back(static_cast<std::uint32_t>(r));
      }
    non_empty = present.size();
    intern_prefetched(
        out.keys_, non_empty, [&](std::size_t i) { return present[i]; },
        [&](std::size_t i, CompanyId k) {
          if (k == out.row_.size()) out.row_.push_back(0);
          out.row_[k] = present_row[i];  // a later round with the same uuid wins
          out.key_of_row_[present_row[i]] = k;
        });
    return out;
  }

 private:
  // Byte offsets of the Dataset's field problems (lines and columns back to bytes).
  static std::vector<std::size_t> bad_field_offsets(std::string_view text, const LoadSummary& s) {
    std::vector<std::size_t> out;
    std::size_t line = 1, line_start = 0;
    for (const auto& p : s.problems) {
      if (p.field.empty()) continue;
      while (line < p.line) {
        const auto nl = text.find('\n', line_start);
        if (nl == std::string_view::npos) break;
        line_start = nl + 1;
        ++line;
      }
      out.push_back(line_start + p.column - 1);
    }
    return out;
  }

  const char* base_;
  bool track_;
  int first_role_;
  std::string chars_;                     // the uuids end to end
  std::vector<std::uint64_t> ends_{0};
  std::vector<std::size_t> record_;       // offset of each row's first field (lenient re-alignment only)
  std::string scratch_;
};

RoundKeys RoundKeys::load_odm_csv(const std::filesystem::path& path, const Dataset& rounds,
                                  const LoadOptions& options) {
  const detail::MappedFile file(path);
  return RoundKeysBuilder::load(file.text(), path.string(), rounds, options, &file);
}

RoundKeys RoundKeys::parse_odm_csv(std::string_view text, std::string_view source_name, const Dataset& rounds,
                                   const LoadOptions& options) {
  return RoundKeysBuilder::load(text, source_name, rounds, options, nullptr);
}

// One chunk of investments.csv.
class InvestmentsBuilder {
 public:
  enum Role : int { round_uuid, investor_uuid, lead, investor_name, investor_type };

  InvestmentsBuilder(const char* base, const RoundKeys& keys, std::size_t expected) : base_(base), keys_(&keys) {
    round_.reserve(expected);
    investor_.reserve(expected);
    lead_.reserve(expected);
  }

  bool row(const detail::FieldView* v, detail::RowError& err) {
    auto fail = [&](int role, std::string message) {
      err.offset = static_cast<std::size_t>(v[role].data - base_);
      err.role = role;
      err.message = std::move(message);
      return false;
    };
    const std::string_view round = detail::unescape(v[round_uuid], round_scratch_);
    if (round.empty()) return fail(round_uuid, "expected a funding round uuid, got an empty field");
    const std::string_view investor = detail::unescape(v[investor_uuid], investor_scratch_);
    if (investor.empty()) return fail(investor_uuid, "expected an investor uuid, got an empty field");
    LeadFlag flag = LeadFlag::unknown;
    const std::string_view l = v[lead].raw();
    if (l == "True") {
      flag = LeadFlag::yes;
    } else if (l == "False") {
      flag = LeadFlag::no;
    } else if (!l.empty()) {
      return fail(lead, fmt::format("expected True, False or an empty field, got \"{}\"", l));
    }
    if (v[round_uuid].escaped || v[investor_uuid].escaped || v[investor_name].escaped || v[investor_type].escaped) {
      // The unescaped text lives in scratch strings: finish this row now, in order.
      drain();
      resolve(Pending{round, CompanyIndex::hash(round), investor, v[investor_name], v[investor_type], flag});
      return true;
    }
    defer(Pending{round, CompanyIndex::hash(round), investor, v[investor_name], v[investor_type], flag});
    return true;
  }

  // Resolves the rows still waiting in the ring.
  void drain() {
    for (; ring_used_ > 0; --ring_used_) resolve(ring_[(ring_next_ + ring_size - ring_used_) % ring_size]);
  }

  static Investments load(std::string_view text, std::string_view source, const RoundKeys& keys,
                          const LoadOptions& options, const detail::MappedFile* file) {
    const auto header = detail::read_header(
        text, source, {"funding_round_uuid", "investor_uuid", "is_lead_investor", "investor_name", "investor_type"},
        3);
    Investments out;
    out.summary_.source = std::string(source);
    const unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t expected = text.size() / 350 / threads + 16;
    auto parts = detail::parse_chunks<InvestmentsBuilder>(
        text, source, header, options, file, [&] { return InvestmentsBuilder(text.data(), keys, expected); },
        out.summary_);
    for (auto& part : parts) part.drain();
    out.round_count_ = keys.rounds();

    // Investor ids in uuid order: every distinct uuid of every part, sorted.
    struct Entry {
      std::string_view uuid;
      std::uint32_t part, local;
    };
    std::vector<Entry> all;
    for (std::uint32_t p = 0; p < parts.size(); ++p)
      for (CompanyId i = 0; i < parts[p].investors_.size(); ++i) all.push_back({parts[p].investors_.key(i), p, i});
    std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
      return a.uuid != b.uuid ? a.uuid < b.uuid : a.part < b.part;  // the first part first: it saw the uuid first
    });
    std::vector<std::vector<InvestorId>> remap(parts.size());
    for (std::size_t p = 0; p < parts.size(); ++p) remap[p].resize(parts[p].investors_.size());
    out.investors_.reserve(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
      const bool first = i == 0 || all[i].uuid != all[i - 1].uuid;
      if (first) {
        out.investors_.intern(all[i].uuid);
        const auto& part = parts[all[i].part];
        out.names_.push(part.names_[all[i].local]);
        out.types_.push(part.types_[all[i].local]);
      }
      remap[all[i].part][all[i].local] = static_cast<InvestorId>(out.investors_.size() - 1);
    }
    std::size_t rows = 0;
    for (const auto& p : parts) {
      rows += p.round_.size();
      out.orphans_ += p.orphans_;
    }
    out.round_.reserve(rows);
    out.investor_.reserve(rows);
    out.lead_.reserve(rows);
    for (std::size_t p = 0; p < parts.size(); ++p) {
      auto& part = parts[p];
      out.round_.insert(out.round_.end(), part.round_.begin(), part.round_.end());
      part.round_ = {};
      for (CompanyId local : part.investor_) out.investor_.push_back(remap[p][local]);
      part.investor_ = {};
      out.lead_.insert(out.lead_.end(), part.lead_.begin(), part.lead_.end());
      part.lead_ = {};
    }
    return out;
  }

 private:
  // A row's round is looked up a few rows after the row is read: its hash
  // slot is prefetched first, so the cache misses of a million-round table
  // overlap the next rows' parsing. Rows stay in file order (first in, first out).
  struct Pending {
    std::string_view round, investor;  // into the text, which outlives the builder
    std::uint64_t hash = 0;
    detail::FieldView name, type;
    LeadFlag flag = LeadFlag::unknown;
    Pending() = default;
    Pending(std::string_view r, std::uint64_t h, std::string_view i, detail::FieldView n, detail::FieldView t,
            LeadFlag f)
        : round(r), investor(i), hash(h), name(n), type(t), flag(f) {}
  };
  static constexpr std::size_t ring_size = 8;

  void defer(const Pending& p) {
    keys_->prefetch(p.hash);
    if (ring_used_ == ring_size) {
      resolve(ring_[ring_next_]);
      --ring_used_;
    }
    ring_[ring_next_] = p;
    ring_next_ = (ring_next_ + 1) % ring_size;
    ++ring_used_;
  }

  void resolve(const Pending& p) {
    const auto row = keys_->find(p.round, p.hash);
    if (!row) {
      ++orphans_;  // an orphan adds no investor
      return;
    }
    const CompanyId id = investors_.intern(p.investor);
    if (id == names_.size()) {
      names_.emplace_back(detail::unescape(p.name, text_scratch_));
      types_.emplace_back(detail::unescape(p.type, text_scratch_));
    }
    round_.push_back(*row);
    investor_.push_back(id);
    lead_.push_back(p.flag);
  }

  const char* base_;
  const RoundKeys* keys_;
  std::array<Pending, ring_size> ring_{};
  std::size_t ring_next_ = 0, ring_used_ = 0;
  CompanyIndex investors_;  // this part's, first seen first
  std::vector<std::string> names_, types_;
  std::vector<std::uint32_t> round_;
  std::vector<CompanyId> investor_;
  std::vector<LeadFlag> lead_;
  std::size_t orphans_ = 0;
  std::string round_scratch_, investor_scratch_, text_scratch_;
};

Investments Investments::load_bulk_csv(const std::filesystem::path& path, const RoundKeys& rounds,
                                       const LoadOptions& options) {
  const detail::MappedFile file(path);
  return InvestmentsBuilder::load(file.text(), path.string(), rounds, options, &file);
}

Investments Investments::parse_bulk_csv(std::string_view text, std::string_view source_name, const RoundKeys& rounds,
                                        const LoadOptions& options) {
  return InvestmentsBuilder::load(text, source_name, rounds, options, nullptr);
}

std::vector<InvestorId> Investments::find_investors_named(std::string_view name) const {
  std::vector<InvestorId> out;
  for (InvestorId i = 0; i < investor_count(); ++i)
    if (names_.at(i) == name) out.push_back(i);
  return out;
}

}  // namespace fundline
