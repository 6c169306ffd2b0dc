#pragma once
// What the series assembler needs to know about an image file and each of its frames,
// read from the header (classic attributes or enhanced functional groups).

#include "core/Result.h"
#include "core/Volume.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QString>

#include <optional>
#include <vector>

namespace rc {

enum class SampleStorage { Integer, Float32, Float64 };

struct PixelFormat {
  int rows = 0;
  int columns = 0;
  int samples = 1;
  int bitsAllocated = 0;
  int bitsStored = 0;
  int highBit = 0;
  int pixelRepresentation = 0;  // 1 = two's complement
  int planarConfiguration = 0;
  QString photometric;
  SampleStorage storage = SampleStorage::Integer;

  bool isColor() const { return samples == 3 || photometric == QLatin1String("PALETTE COLOR"); }
  // Range of stored values representable with these bits.
  double minStored() const;
  double maxStored() const;
};

struct FrameGeometry {
  std::optional<Vec3> position;
  std::optional<std::array<Vec3, 2>> orientation;  // row direction, column direction
  std::optional<std::array<double, 2>> pixelSpacing;  // between rows, between columns
  double sliceThickness = 0;
  double spacingBetweenSlices = 0;
};

struct FrameMeta {
  int file = 0;
  int frame = 0;
  FrameGeometry geometry;
  double slope = 1;
  double intercept = 0;
  std::optional<double> bValue;
  QString bValueSource;  // which tag gave the b-value (standard or a vendor's)
  // An impossible b-value in the standard tag (negative, not finite, over 100,000 s/mm²):
  // the value as written. Never turned into a plausible one or into "no b-value".
  QString impossibleBValue;
  std::optional<int> echoNumber;
  std::optional<int> temporalPosition;
  int instanceNumber = 0;
};

struct FileMeta {
  QString path;
  QString sopClassUid;
  QString sopInstanceUid;
  QString seriesInstanceUid;
  QString modality;
  QString frameOfReferenceUid;
  QString transferSyntaxUid;
  PixelFormat format;
  int frames = 1;
  std::optional<WindowLevel> window;
  std::optional<double> paddingStored;
  QString unit;  // UCUM code of the Real World Value Mapping (parametric maps), e.g. "um2/s"
};

// Reads the file's metadata and appends one FrameMeta per frame to `frames`. The frame count
// and image size the header claims are checked against the pixel data first (native value
// length, number of fragments, the codestream's own header), so that a lying header never
// makes the loader reserve memory for data that is not there.
Result<FileMeta> readImageMetadata(const QString& path, int fileIndex,
                                   std::vector<FrameMeta>& frames);


}  // namespace rc
