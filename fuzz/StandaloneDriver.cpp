// Runs a libFuzzer harness over files without libFuzzer (GCC has none): each argument, or each
// file under an argument that is a folder, is one input. The sanitizer build of the test suite
// runs every harness this way over its seeds, so the harnesses run under ASan/UBSan in CI;
// scripts/fuzz runs them with clang and libFuzzer to find new inputs.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const fs::path p(argv[i]);
    std::error_code error;
    if (fs::is_directory(p, error)) {
      for (const auto& entry : fs::recursive_directory_iterator(p, error))
        if (entry.is_regular_file(error)) inputs.push_back(entry.path());
    } else {
      inputs.push_back(p);
    }
  }
  for (const fs::path& input : inputs) {
    std::ifstream file(input, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("ran %zu inputs\n", inputs.size());
  return 0;
}
