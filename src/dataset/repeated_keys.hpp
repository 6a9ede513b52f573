// Internal: repeated keys among many (a funding_round_uuid given twice), for
// the Dataset loader and the streaming import.
//
// The keys are split by the top bits of their 64-bit hash into partitions of
// a few thousand, each small enough for its open-addressing table to stay in
// the core's cache; a table probe then costs no trip to memory, and the
// partitions are shared among threads. Texts are compared only when the
// hashes' low 32 bits match.
#pragma once

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "on_threads.hpp"

namespace fundline::detail {

// (repeat, first) index pairs, repeat ascending: key `repeat` equals the
// earlier key `first`, the first of its kind. hash_of(i) -> uint64;
// same(i, j) -> bool. Both are called from up to `threads` threads at once.
// O(n); n < 2^32.
template <class HashOf, class Same>
std::vector<std::pair<std::size_t, std::size_t>> find_repeats(std::size_t n, HashOf hash_of, Same same,
                                                              unsigned threads = 1) {
  using Repeats = std::vector<std::pair<std::size_t, std::size_t>>;
  if (n < 2) return {};
  threads = static_cast<unsigned>(std::clamp<std::size_t>(n / 65536, 1, std::max(1u, threads)));
  const auto range = [&](unsigned t) { return std::pair{n / threads * t, t + 1 == threads ? n : n / threads * (t + 1)}; };

  // About 4096 keys a partition: a table of 8192 four-byte slots.
  const unsigned bits = static_cast<unsigned>(std::bit_width(std::max<std::size_t>(n / 4096, 1)) - 1);
  const std::size_t partitions = std::size_t{1} << bits;
  const auto partition_of = [bits](std::uint64_t h) { return bits == 0 ? 0 : static_cast<std::size_t>(h >> (64 - bits)); };

  // Hashes, and how many keys of each thread's range fall in each partition.
  std::vector<std::uint64_t> hashes(n);
  std::vector<std::vector<std::size_t>> counts(threads, std::vector<std::size_t>(partitions, 0));
  on_threads(threads, [&](unsigned t) {
    const auto [from, to] = range(t);
    for (std::size_t k = from; k < to; ++k) ++counts[t][partition_of(hashes[k] = hash_of(k))];
  });
  // Each partition's keys, in index order (thread t's after thread t - 1's).
  struct Entry {
    std::uint32_t tag;    // the hash's low 32 bits
    std::uint32_t index;  // the key's
  };
  std::vector<std::size_t> begin(partitions + 1, 0);
  {
    std::size_t at = 0;
    for (std::size_t p = 0; p < partitions; ++p) {
      begin[p] = at;
      for (unsigned t = 0; t < threads; ++t) {
        const std::size_t c = counts[t][p];
        counts[t][p] = at;  // now where thread t writes its next key of partition p
        at += c;
      }
    }
    begin[partitions] = at;
  }
  std::vector<Entry> entries(n);
  on_threads(threads, [&](unsigned t) {
    const auto [from, to] = range(t);
    for (std::size_t k = from; k < to; ++k)
      entries[counts[t][partition_of(hashes[k])]++] = Entry{static_cast<std::uint32_t>(hashes[k]), static_cast<std::uint32_t>(k)};
  });
  hashes = {};

  std::vector<Repeats> found(threads);
  std::atomic<std::size_t> next{0};
  on_threads(threads, [&](unsigned t) {
    std::vector<std::uint32_t> table;  // an entry's place in its partition + 1; 0 is empty
    for (std::size_t p = next++; p < partitions; p = next++) {
      const Entry* const part = entries.data() + begin[p];
      const std::size_t size = begin[p + 1] - begin[p];
      const std::size_t slots = std::bit_ceil(std::max<std::size_t>(2 * size, 16));
      table.assign(slots, 0);
      for (std::size_t k = 0; k < size; ++k) {
        for (std::size_t i = part[k].tag & (slots - 1);; i = (i + 1) & (slots - 1)) {
          if (table[i] == 0) {
            table[i] = static_cast<std::uint32_t>(k + 1);
            break;
          }
          const Entry& seen = part[table[i] - 1];
          if (seen.tag == part[k].tag && same(seen.index, part[k].index)) {
            found[t].emplace_back(part[k].index, seen.index);
            break;
          }
        }
      }
    }
  });
  Repeats repeats;
  for (auto& f : found) repeats.insert(repeats.end(), f.begin(), f.end());
  std::sort(repeats.begin(), repeats.end());
  return repeats;
}

}  // namespace fundline::detail
