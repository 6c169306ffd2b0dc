#pragma once
// Synthetic whole-body bone scans (99mTc-MDP / -HMDP planar scintigraphy) for the bone-scan
// study's demo and tests: per patient one NM Image Storage object with the anterior and the
// posterior view as two frames (Detector Vector 1\2, each detector's View Code Sequence),
// 256 x 1024 pixels of 2.26 mm, 16-bit counts: a skeleton-like pattern, metastasis-like
// hotspots at known places, bladder activity far above everything else (the reason a window
// on the maximum fails), and a GE-style private group that carries the patient's name (as
// GE's (0009,xxxx) elements have). Also the analysis programs' results for them as a CSV.

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rc {

struct BoneScanHotspot {
  QString region;  // bonescan region id
  double x = 0, y = 0;  // pixel column and row in the anterior view (the posterior view is its mirror)
};

struct BoneScanPhantomPatient {
  QString patientId, patientName, birthDate, studyDate;
  QString tracer;  // "MDP" or "HMDP"
  std::vector<BoneScanHotspot> hotspots;
  QString file, seriesUid, sopInstanceUid;  // the anterior view's, in SeparateImages
};

struct BoneScanPhantomResult {
  std::vector<BoneScanPhantomPatient> patients;
  QString programsCsv;  // patient_id, program, version, tracer, bsi, hotspots (empty for the earlier scans)
};

constexpr int kBoneScanColumns = 256;
constexpr int kBoneScanRows = 1024;
constexpr double kBoneScanPixelMm = 2.26;

// How the views are stored: as the two frames of one object (Detector Vector 1\2), or as one
// single-frame object per view (each with its one detector's View Code Sequence).
enum class BoneScanLayout { Frames, SeparateImages };

// `patients` whole-body scans (at least 1) into `directory`, and programs.csv beside them.
// `yearEarlier`: the same patients' scans a year before (other study, half the metastases,
// no programs.csv), to show beside the later ones.
Result<BoneScanPhantomResult> writeBoneScanPhantom(const QString& directory, int patients = 6, BoneScanLayout layout = BoneScanLayout::Frames,
                                                   bool yearEarlier = false);

}  // namespace rc
