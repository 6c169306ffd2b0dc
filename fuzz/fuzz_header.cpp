// libFuzzer harness: the header scan every imported file goes through first.
#include "FuzzSupport.h"
#include "dicom/DicomHeader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  const auto result = rc::readDicomHeader(rc::fuzz::writeInput(data, size));
  if (!result) rc::fuzz::noteGuarded(result.error(), data, size);
  return 0;
}
