#pragma once
// Run lengths of a line of 0/1 bytes, starting with a run of zeros (possibly empty) and
// alternating; a trailing run of zeros is left out. Shared by the stored form of a mask and
// by the undo deltas of mask edits (runs of the XOR of before and after).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rc {

// Appends the runs of bytes[0..count) to `runs` (any non-zero byte counts as 1) and returns
// how many were appended (0 for an all-zero line).
size_t encodeRuns(const std::uint8_t* bytes, size_t count, std::vector<std::uint32_t>& runs);

// Calls `ones(start, length)` for every run of ones of `runs` (runCount entries from `runs`).
// Returns false when the runs overrun `count` bytes.
template <typename OnOnes>
bool forEachRunOfOnes(const std::uint32_t* runs, size_t runCount, size_t count, OnOnes&& ones) {
  size_t at = 0;
  bool one = false;
  for (size_t r = 0; r < runCount; ++r) {
    const size_t length = runs[r];
    if (length > count - at) return false;
    if (one && length > 0) ones(at, length);
    at += length;
    one = !one;
  }
  return true;
}

}  // namespace rc
