// fundline/dataset/company_index.hpp - interned company identifiers.
//
// A CompanyIndex gives each distinct company key (a Crunchbase uuid) a dense
// CompanyId 0, 1, 2, ... in first-seen order, so that columns store four bytes
// a round instead of a string. Keys live once in one character arena; the
// hash table holds only ids and hash tags, so it stays small and the look-up
// of a new key allocates nothing but amortised arena growth.
//
// Complexity: intern() and find() are expected O(key length); key() is O(1).
// Millions of random look-ups are bound by memory latency, not by hashing:
// find_many() overlaps the cache misses of a batch, and prefetch() lets a
// loader start fetching a slot a few rows before it interns the key.
//
//   fundline::CompanyIndex index;
//   index.intern("mistral-ai");           // 0 (new)
//   index.intern("helsing");              // 1 (new)
//   index.intern("mistral-ai");           // 0 (known)
//   index.find("helsing");                // std::optional{1}
//   index.find("unknown");                // std::nullopt
//   index.key(1);                         // "helsing"
//   index.size();                         // 2
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fundline {

using CompanyId = std::uint32_t;

class CompanyIndex {
 public:
  // The id of key, adding it if it is new.
  CompanyId intern(std::string_view key) { return intern(key, hash(key)); }
  // The same with h == hash(key) computed beforehand.
  CompanyId intern(std::string_view key, std::uint64_t h);
  [[nodiscard]] std::optional<CompanyId> find(std::string_view key) const noexcept;
  // The same with h == hash(key) computed beforehand (after a prefetch(h)).
  [[nodiscard]] std::optional<CompanyId> find(std::string_view key, std::uint64_t h) const noexcept;
  // out[i] = the id of keys[i], or missing. Same results as find(), faster for big batches.
  void find_many(std::span<const std::string_view> keys, std::span<CompanyId> out, CompanyId missing) const noexcept;
  // A hint that key with hash h will be looked up soon.
  void prefetch(std::uint64_t h) const noexcept {
    if (!slots_.empty()) __builtin_prefetch(&slots_[static_cast<std::size_t>(h) & (slots_.size() - 1)]);
  }
  [[nodiscard]] std::string_view key(CompanyId id) const noexcept {
    return std::string_view(arena_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  [[nodiscard]] std::size_t size() const noexcept { return offsets_.size() - 1; }
  // Total characters of all keys.
  [[nodiscard]] std::size_t key_bytes() const noexcept { return arena_.size(); }
  // Reserves room for about n keys of about key_size characters.
  void reserve(std::size_t n, std::size_t key_size = 36);

  [[nodiscard]] static std::uint64_t hash(std::string_view key) noexcept;

 private:
  // 16 bytes: the key's place is in the slot, so a hit costs two cache
  // misses (slot, key) instead of three (slot, offsets, key).
  struct Slot {
    std::uint32_t id_plus_one = 0;  // 0 = empty
    std::uint32_t tag = 0;          // high half of the hash: most mismatches end here
    std::uint64_t place = 0;        // arena offset << 16 | key size (0xFFFF: see offsets_)
  };
  static constexpr std::uint64_t long_key = 0xFFFF;
  void grow();
  [[nodiscard]] bool matches(const Slot& s, std::string_view key) const noexcept;
  [[nodiscard]] std::size_t probe(std::string_view key, std::uint64_t h) const noexcept;
  [[nodiscard]] Slot make_slot(CompanyId id, std::uint64_t h) const noexcept;

  std::string arena_;
  std::vector<std::uint64_t> offsets_{0};
  std::vector<Slot> slots_;
};

}  // namespace fundline
