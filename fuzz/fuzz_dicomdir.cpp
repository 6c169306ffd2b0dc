// libFuzzer harness: a medium's DICOMDIR read (references resolved against the scratch folder).
#include "FuzzSupport.h"
#include "dicom/DicomDir.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  const auto result = rc::readDicomDir(rc::fuzz::writeInput(data, size, QStringLiteral("DICOMDIR")));
  if (!result) rc::fuzz::noteGuarded(result.error(), data, size);
  return 0;
}
