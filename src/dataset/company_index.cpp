#include "fundline/dataset/company_index.hpp"

#include <cstring>

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

std::size_t CompanyIndex::probe(std::string_view key, std::uint64_t h) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  std::size_t i = static_cast<std::size_t>(h) & mask;
  for (;;) {
    const Slot& s = slots_[i];
    if (s.id_plus_one == 0) return i;
    if (s.tag == tag && this->key(s.id_plus_one - 1) == key) return i;
    i = (i + 1) & mask;
  }
}

void CompanyIndex::reserve(std::size_t n, std::size_t key_size) {
  arena_.reserve(n * key_size);
  offsets_.reserve(n + 1);
  std::size_t want = 16;
  while (want < 2 * n) want *= 2;
  if (want > slots_.size()) {
    slots_.assign(want, Slot{});
    for (CompanyId id = 0; id < size(); ++id) {
      const auto h = hash(key(id));
      slots_[probe(key(id), h)] = Slot{id + 1, static_cast<std::uint32_t>(h >> 32)};
    }
  }
}

void CompanyIndex::grow() { reserve(slots_.empty() ? 8 : slots_.size(), 0); }

CompanyId CompanyIndex::intern(std::string_view key) {
  if (2 * (size() + 1) > slots_.size()) grow();
  const auto h = hash(key);
  const std::size_t i = probe(key, h);
  if (slots_[i].id_plus_one != 0) return slots_[i].id_plus_one - 1;
  const auto id = static_cast<CompanyId>(size());
  arena_.append(key);
  offsets_.push_back(arena_.size());
  slots_[i] = Slot{id + 1, static_cast<std::uint32_t>(h >> 32)};
  return id;
}

std::optional<CompanyId> CompanyIndex::find(std::string_view key) const noexcept {
  if (slots_.empty()) return std::nullopt;
  const std::size_t i = probe(key, hash(key));
  if (slots_[i].id_plus_one == 0) return std::nullopt;
  return slots_[i].id_plus_one - 1;
}

}  // namespace fundline
