// Internal: one piece of work split over threads, for the loaders and the
// conversion. fn(t) runs for every t in [0, threads): fn(0) on the calling
// thread, the others on threads of their own. An exception escaping a
// thread would terminate the program, so each thread's is kept (out of
// memory, a refused row) and, once all are joined, the first in thread order
// is rethrown on the caller's thread: work split in order keeps the error
// of its earliest part.
#pragma once

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace fundline::detail {

template <class Fn>
void on_threads(unsigned threads, const Fn& fn) {
  threads = std::max(threads, 1u);
  std::vector<std::exception_ptr> failures(threads);
  const auto run = [&](unsigned t) {
    try {
      fn(t);
    } catch (...) {
      failures[t] = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> workers;  // joined before anything they use goes
    for (unsigned t = 1; t < threads; ++t) workers.emplace_back(run, t);
    run(0);
  }
  for (const auto& f : failures)
    if (f) std::rethrow_exception(f);
}

}  // namespace fundline::detail
