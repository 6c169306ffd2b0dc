#pragma once
// DICOM Segmentation (SEG) objects, both ways, with DCMTK's dcmseg.
//
// Writing: one BINARY SEG for the segments of one series. Frames are written only where a
// segment has voxels; every frame names its source image (Derivation Image / Source Image
// Sequence, with the frame number for multi-frame sources), its plane position and its
// segment; orientation and pixel measures are shared. Patient, study and frame of reference
// come from the (de-identified) source series. Segments without voxels stay in the Segment
// Sequence. The file is written under a temporary name and renamed; an existing file is
// never replaced.
//
// Reading: a SEG (ours or another tool's: BINARY, or FRACTIONAL thresholded at 50%) onto the
// volume of its source series. Frames are placed by their source image reference, else by
// their plane position; a frame that fits nowhere is an error, not a guess.

#include "core/Labels.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace rc {

struct SegWriteOptions {
  QString seriesDescription = QStringLiteral("RadCurator segmentation");
  int seriesNumber = 900;
  QString contentCreator;  // the reader, as a person name (may be empty)
  bool deflate = false;    // Deflated Explicit VR Little Endian: smaller files
  // Given: the object's UIDs (the same labels exported again are the same object); empty: new.
  QString sopInstanceUid, seriesInstanceUid;
};

// What an export wrote.
struct WrittenObject {
  QString path;
  QString sopClassUid;
  QString sopInstanceUid;
  QString seriesInstanceUid;
  int frames = 0;
  // SEG only: segment numbers in the object, by the store's segment number (SEG numbers
  // segments 1, 2, 3... in the order written).
  std::vector<std::pair<int, int>> segmentNumbers;
  // SR only: the findings written, and what was left out of the report and why.
  int findings = 0;
  QStringList leftOut;
};

// `segments` are written in this order with their voxels from `voxels` (on `source`'s grid).
Result<WrittenObject> writeSegmentation(const Volume& source, const std::vector<Segment>& segments, const LabelMap& voxels,
                                        const QString& outputFile, const SegWriteOptions& options = {});

// The parts of a SEG needed before reading it: what it is and which series it is on.
struct SegInfo {
  QString sopInstanceUid;
  QString seriesInstanceUid;
  QString referencedSeriesUid;  // the source series
  QString frameOfReferenceUid;
  QString segmentationType;     // BINARY, FRACTIONAL
  int frames = 0;
  int segmentCount = 0;
};
Result<SegInfo> readSegmentationInfo(const QString& file);

// How UIDs in an object become UIDs in the store (e.g. the keyed de-identification mapping,
// for a SEG made on the original images). Empty: as they are.
using UidMapping = std::function<QString(const QString&)>;

struct SegReadOptions {
  // FRACTIONAL SEGs: a voxel belongs to its segment from this fraction of the Maximum
  // Fractional Value on (PS3.3: the value is a probability or an occupancy). 0.5 by default;
  // dcmjs, for one, writes 1 of 255 for "in", which 0.5 reads as nothing.
  double fractionalThreshold = 0.5;
};

// A FRACTIONAL segment that came out empty although the file has non-zero values for it.
struct EmptiedSegment {
  int number = 0;  // as in the SEG
  QString label;
  int lowest = 0, highest = 0;  // its non-zero values
  int maximum = 255;            // the object's Maximum Fractional Value
  QString describe(double threshold) const;
};

// A SEG's segments (numbered as in the SEG) and their voxels on the source's grid.
struct ReadSegments {
  std::vector<Segment> segments;
  LabelMap voxels;
};

// `emptied` (when given) receives the FRACTIONAL segments the threshold left empty.
Result<ReadSegments> readSegmentation(const QString& file, const Volume& source, const UidMapping& mapUid = UidMapping(),
                                      const SegReadOptions& options = {}, std::vector<EmptiedSegment>* emptied = nullptr);

}  // namespace rc
