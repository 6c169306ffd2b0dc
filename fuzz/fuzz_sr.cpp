// libFuzzer harness: a TID 1500 measurement report read into findings.
#include "FuzzSupport.h"
#include "exchange/Sr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  const auto result = rc::readMeasurementReport(rc::fuzz::writeInput(data, size));
  if (!result) rc::fuzz::noteGuarded(result.error(), data, size);
  return 0;
}
