#pragma once
// A DWI series as b-value shells.
//
// The loader splits a DWI series into stacks (one volume per b-value and direction). Volumes
// whose b-values lie within 1 s/mm² of each other form one shell: real Philips exports label
// their b=0 volumes 0.001 ... 0.004. A shell's image is the geometric mean of its volumes
// (the trace-weighted image for directional volumes), in Float32.

#include "core/Progress.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace rc {

struct DiffusionShell {
  double bValue = 0;      // mean of its volumes' b-values, s/mm²
  int volumeCount = 0;    // directions (or repeats) averaged
  std::shared_ptr<Volume> image;  // Float32 trace-weighted image
};

struct DiffusionSeries {
  QString seriesInstanceUid;
  QString bValueSource;   // the tag the b-values came from, e.g. "(0018,9087)" or "Philips (2001,1003)"
  std::vector<DiffusionShell> shells;  // by increasing b-value
  QStringList warnings;
};

// One loaded volume with its b-value (nullopt: the files give none).
struct BValueVolume {
  std::optional<double> bValue;
  QString source;
  std::shared_ptr<Volume> volume;
};

// Groups volumes into shells. Fails with a clear reason when a volume has no b-value, when
// the volumes are not on one grid, or when fewer than two shells result.
Result<DiffusionSeries> groupShells(const std::vector<BValueVolume>& volumes, Progress& progress = Progress::none());

// Loads the files of a DWI series and groups them (every stack is decoded).
Result<DiffusionSeries> loadDiffusion(const QStringList& files, Progress& progress = Progress::none());

// Same dimensions, spacing (1e-3 mm), origin (1e-2 mm) and axes: voxel i of one is voxel i of the other.
bool onSameGrid(const Volume& a, const Volume& b);

// "b=0 (5 volumes), b=1000 (12 volumes)" for messages and the GUI.
QString describeShells(const DiffusionSeries& series);

}  // namespace rc
