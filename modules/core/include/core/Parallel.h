#pragma once
// parallelFor: the project's one small thread pool for per-file work (header scans, decoding).

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace rc {

inline int defaultThreadCount() { return int(std::max(1u, std::thread::hardware_concurrency())); }

// Calls fn(i) for every i in [0, count) on up to `threads` threads (0 = one per core),
// each index exactly once. fn returns false to stop handing out further indices. An
// exception thrown by fn stops the loop and is rethrown in the calling thread once every
// worker has finished (never std::terminate from a worker thread).
template <class F>
void parallelFor(size_t count, int threads, F&& fn) {
  if (count == 0) return;
  const size_t n = std::min(count, size_t(threads > 0 ? threads : defaultThreadCount()));
  std::atomic<size_t> next{0};
  std::atomic<bool> stop{false};
  std::mutex errorMutex;
  std::exception_ptr error;
  auto worker = [&] {
    try {
      while (!stop.load()) {
        const size_t i = next.fetch_add(1);
        if (i >= count) return;
        if (!fn(i)) stop.store(true);
      }
    } catch (...) {
      stop.store(true);
      std::lock_guard<std::mutex> lock(errorMutex);
      if (!error) error = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace rc
