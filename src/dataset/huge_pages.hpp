// Internal: ask for transparent huge pages on a large, randomly accessed
// array before it is first touched. Random probes into tens of megabytes
// (the company hash table, the as-of index) miss the TLB on nearly every
// access with 4 KiB pages, and a miss costs a page walk (two under
// virtualisation); 2 MiB pages make the whole table fit in the TLB.
// Only a hint: without THP support nothing changes.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>

namespace fundline::detail {

inline void advise_huge_pages(const void* data, std::size_t bytes) noexcept {
#ifdef MADV_HUGEPAGE
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  if (bytes < 2 * huge) return;
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

// A vector of n value-initialised elements whose pages are huge-page hinted
// before they are written.
template <class Vector>
void assign_hinted(Vector& v, std::size_t n) {
  Vector fresh;
  fresh.reserve(n);
  advise_huge_pages(fresh.data(), n * sizeof(typename Vector::value_type));
  fresh.resize(n);
  v.swap(fresh);
}

}  // namespace fundline::detail
