#pragma once
// Decodes one frame of a loaded dataset and writes real-world values into a volume slice.

#include "ImageMetadata.h"

#include "core/Result.h"
#include "core/Volume.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <atomic>
#include <cstdint>
#include <vector>

namespace rc {

struct SliceTarget {
  PixelType type;
  void* voxels;  // start of the slice, width*height voxels of `type`
  // Set when a value does not fit an integer target; the caller then reloads as Float32.
  std::atomic<bool>* overflow;
};

class FrameDecoder {
public:
  FrameDecoder(DcmItem* dataset, const FileMeta& meta);

  // Frames must be requested in increasing order for compressed multi-frame objects without
  // an offset table (the decoder carries the fragment position from frame to frame).
  Status decode(int frame, double slope, double intercept, const SliceTarget& target);

private:
  Status grayscale(const std::uint8_t* src, double slope, double intercept, const SliceTarget& t) const;
  Status palette(const std::uint8_t* src, const SliceTarget& t) const;
  Status color(const std::uint8_t* src, const QString& colorModel, int planar, const SliceTarget& t) const;
  QString where(int frame) const;

  DcmItem* dataset_;
  const FileMeta& meta_;
  DcmFileCache cache_;
  std::uint32_t startFragment_ = 0;
  std::vector<std::uint8_t> scratch_;
};

}  // namespace rc
