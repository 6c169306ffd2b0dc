// libFuzzer harness: a SEG read onto a source volume of the size its own header claims (up to
// a few slices), so that frame placement, unpacking and the frame count checks all run.
#include "FuzzSupport.h"
#include "exchange/Seg.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  const QString input = rc::fuzz::writeInput(data, size);
  const auto info = rc::readSegmentationInfo(input);
  if (!info) return 0;
  // Rows/Columns are re-read by readSegmentation; a 64x64x4 source keeps the work bounded
  // and a wrong size is one of the paths worth exercising.
  rc::Volume source(rc::PixelType::Int16, {64, 64, std::clamp(info->frames, 1, 4)});
  for (int k = 0; k < source.sliceCount(); ++k)
    source.slices.push_back({QStringLiteral("1.2.3.%1").arg(k + 1), QString(), 0, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), 1});
  source.hasPatientOrientation = true;
  const auto result = rc::readSegmentation(input, source);
  if (!result) rc::fuzz::noteGuarded(result.error(), data, size);
  return 0;
}
