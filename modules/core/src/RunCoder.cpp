#include "core/RunCoder.h"

namespace rc {

size_t encodeRuns(const std::uint8_t* bytes, size_t count, std::vector<std::uint32_t>& runs) {
  const size_t before = runs.size();
  bool current = false;
  std::uint32_t length = 0;
  for (size_t n = 0; n < count; ++n) {
    const bool v = bytes[n] != 0;
    if (v != current) {
      runs.push_back(length);
      current = v;
      length = 0;
    }
    ++length;
  }
  if (current) runs.push_back(length);  // a trailing run of zeros is implied
  return runs.size() - before;
}

}  // namespace rc
