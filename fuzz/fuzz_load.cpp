// libFuzzer harness: a series of one file assembled into a Volume (headers, sizes, every codec).
#include "FuzzSupport.h"
#include "dicom/VolumeLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  rc::LoadOptions options;
  options.threads = 1;
  const auto result = rc::loadVolume({rc::fuzz::writeInput(data, size)}, options);
  if (!result) rc::fuzz::noteGuarded(result.error(), data, size);
  return 0;
}
