// libFuzzer harness: a TID 1500 measurement report read into findings.
#include "FuzzSupport.h"
#include "exchange/Sr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  (void)rc::readMeasurementReport(rc::fuzz::writeInput(data, size));
  return 0;
}
