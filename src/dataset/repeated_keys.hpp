// Internal: repeated keys among many (a funding_round_uuid given twice), for
// the Dataset loader and the streaming import. One open-addressing table of
// indices keyed by a 64-bit hash; texts are compared only when hashes match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace fundline::detail {

// (repeat, first) index pairs, repeat ascending: key `repeat` equals the
// earlier key `first`. hash_of(i) -> uint64; same(i, j) -> bool. O(n).
template <class HashOf, class Same>
std::vector<std::pair<std::size_t, std::size_t>> find_repeats(std::size_t n, HashOf hash_of, Same same) {
  std::vector<std::pair<std::size_t, std::size_t>> repeats;
  if (n < 2) return repeats;
  std::size_t slots = 16;
  while (slots < n * 2) slots *= 2;
  std::vector<std::uint32_t> table(slots, 0);  // key index + 1 (n < 2^32 rows); 0 is empty
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint64_t h = hash_of(k);
    for (std::size_t i = h & (slots - 1);; i = (i + 1) & (slots - 1)) {
      if (table[i] == 0) {
        table[i] = static_cast<std::uint32_t>(k + 1);
        break;
      }
      const std::size_t seen = table[i] - 1;
      if (hash_of(seen) == h && same(seen, k)) {
        repeats.emplace_back(k, seen);
        break;
      }
    }
  }
  return repeats;
}

}  // namespace fundline::detail
