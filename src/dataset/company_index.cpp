#include "fundline/dataset/company_index.hpp"

#include <cstring>

#include "huge_pages.hpp"

namespace fundline {

std::uint64_t CompanyIndex::hash(std::string_view key) noexcept {
  // Eight bytes a step with a multiply-xorshift mix: uuids are 36 bytes, so
  // this is five multiplications instead of FNV's thirty-six.
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = key.size() * k;
  const char* p = key.data();
  std::size_t n = key.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}

bool CompanyIndex::matches(const Slot& s, std::string_view key) const noexcept {
  const std::uint64_t size = s.place & long_key;
  if (size == long_key) return this->key(s.id_plus_one - 1) == key;
  return size == key.size() && std::memcmp(arena_.data() + (s.place >> 16), key.data(), key.size()) == 0;
}

CompanyIndex::Slot CompanyIndex::make_slot(CompanyId id, std::uint64_t h) const noexcept {
  const std::uint64_t size = offsets_[id + 1] - offsets_[id];
  return Slot{id + 1, static_cast<std::uint32_t>(h >> 32), offsets_[id] << 16 | (size < long_key ? size : long_key)};
}

std::size_t CompanyIndex::probe(std::string_view key, std::uint64_t h) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  std::size_t i = static_cast<std::size_t>(h) & mask;
  for (;;) {
    const Slot& s = slots_[i];
    if (s.id_plus_one == 0) return i;
    if (s.tag == tag && matches(s, key)) return i;
    i = (i + 1) & mask;
  }
}

void CompanyIndex::reserve(std::size_t n, std::size_t key_size) {
  if (n * key_size > arena_.capacity()) {
    arena_.reserve(n * key_size);
    detail::advise_huge_pages(arena_.data(), arena_.capacity());
  }
  offsets_.reserve(n + 1);
  std::size_t want = 16;
  while (want < 2 * n) want *= 2;
  if (want > slots_.size()) {
    detail::assign_hinted(slots_, want);
    for (CompanyId id = 0; id < size(); ++id) {
      const auto h = hash(key(id));
      slots_[probe(key(id), h)] = make_slot(id, h);
    }
  }
}

void CompanyIndex::grow() { reserve(slots_.empty() ? 8 : slots_.size(), 0); }

CompanyId CompanyIndex::intern(std::string_view key, std::uint64_t h) {
  if (2 * (size() + 1) > slots_.size()) grow();
  const std::size_t i = probe(key, h);
  if (slots_[i].id_plus_one != 0) return slots_[i].id_plus_one - 1;
  const auto id = static_cast<CompanyId>(size());
  arena_.append(key);
  offsets_.push_back(arena_.size());
  slots_[i] = make_slot(id, h);
  return id;
}

std::optional<CompanyId> CompanyIndex::find(std::string_view key) const noexcept {
  if (slots_.empty()) return std::nullopt;
  const std::size_t i = probe(key, hash(key));
  if (slots_[i].id_plus_one == 0) return std::nullopt;
  return slots_[i].id_plus_one - 1;
}

std::optional<CompanyId> CompanyIndex::find(std::string_view key, std::uint64_t h) const noexcept {
  if (slots_.empty()) return std::nullopt;
  const std::size_t i = probe(key, h);
  if (slots_[i].id_plus_one == 0) return std::nullopt;
  return slots_[i].id_plus_one - 1;
}

void CompanyIndex::find_many(std::span<const std::string_view> keys, std::span<CompanyId> out,
                             CompanyId missing) const noexcept {
  if (slots_.empty()) {
    for (auto& o : out) o = missing;
    return;
  }
  // Three passes over a small batch, each issuing the next level's loads for
  // every key before waiting on any: hash and fetch the home slots; walk to
  // the first slot with the right tag and fetch its key bytes; compare.
  constexpr std::size_t batch = 32;
  const std::size_t mask = slots_.size() - 1;
  std::uint64_t hashes[batch];
  std::size_t candidate[batch];
  for (std::size_t base = 0; base < keys.size(); base += batch) {
    const std::size_t n = std::min(batch, keys.size() - base);
    for (std::size_t j = 0; j < n; ++j) {
      hashes[j] = hash(keys[base + j]);
      __builtin_prefetch(&slots_[static_cast<std::size_t>(hashes[j]) & mask]);
    }
    for (std::size_t j = 0; j < n; ++j) {
      const auto tag = static_cast<std::uint32_t>(hashes[j] >> 32);
      std::size_t i = static_cast<std::size_t>(hashes[j]) & mask;
      while (slots_[i].id_plus_one != 0 && slots_[i].tag != tag) i = (i + 1) & mask;
      candidate[j] = i;
      if (slots_[i].id_plus_one != 0) __builtin_prefetch(arena_.data() + (slots_[i].place >> 16));
    }
    for (std::size_t j = 0; j < n; ++j) {
      const Slot& s = slots_[candidate[j]];
      const std::string_view key = keys[base + j];
      if (s.id_plus_one == 0) {
        out[base + j] = missing;
      } else if (matches(s, key)) {
        out[base + j] = s.id_plus_one - 1;
      } else {  // a tag collision: finish the probe the slow way
        const Slot& t = slots_[probe(key, hashes[j])];
        out[base + j] = t.id_plus_one == 0 ? missing : t.id_plus_one - 1;
      }
    }
  }
}

}  // namespace fundline
