#pragma once
// Series assembly: the files of one series become a Volume.
//
// - Slices are ordered by their position along the slice normal (Image Position/Orientation,
//   or the per-frame functional groups of enhanced objects, or the RT dose grid offsets), never
//   by file name or instance number; frames without geometry keep their frame order.
// - Frames that share positions (DWI b-values, echoes, time points, extra orientations) are
//   split into stacks; one stack is loaded and the others are listed.
// - Rescale slope/intercept is applied (CT in HU); MONOCHROME1 is flagged for inverted display;
//   colour (RGB, YBR, palette) becomes Rgb8.
// - Pixel data is decoded with every registered codec (JPEG, JPEG-LS, RLE, JPEG 2000), files
//   in parallel; a frame that cannot be decoded fails the load with file and reason.

#include "core/Progress.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rc {

struct StackInfo {
  QString label;    // e.g. "b=1000", "axial 512x512", "echo 2"
  int frameCount = 0;
  std::optional<double> bValue;  // diffusion stacks: the b-value in s/mm²
  QString bValueSource;          // and the tag it came from
};

struct LoadOptions {
  int stack = 0;    // which stack to load (0 = the first listed)
  int threads = 0;  // decoding threads; 0 = one per core
  bool allStacks = false;  // decode every stack into LoadedVolume::stackVolumes (diffusion)
  // How messages name each file, e.g. "series 2.25.1…, instance 2.25.9…" for the files of a
  // stored series (whose paths mean nothing to a user). Files not listed keep their path.
  QHash<QString, QString> fileLabels;
};

struct LoadedVolume {
  std::shared_ptr<Volume> volume;
  std::vector<StackInfo> stacks;
  int stack = 0;
  std::vector<std::shared_ptr<Volume>> stackVolumes;  // one per stack, with LoadOptions::allStacks
};

Result<LoadedVolume> loadVolume(const QStringList& files, const LoadOptions& options = {},
                                Progress& progress = Progress::none());

}  // namespace rc
