// libFuzzer harness: the header scan every imported file goes through first.
#include "FuzzSupport.h"
#include "dicom/DicomHeader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  (void)rc::readDicomHeader(rc::fuzz::writeInput(data, size));
  return 0;
}
