#pragma once
// The project's own demo data: a synthetic chest CT (body, fat, lungs with branching
// vessels, heart, spine, ribs, a few nodules) and a synthetic chest radiograph projected from
// it, written as valid DICOM. The real samples in ../shared/data may not be redistributed.
//
// The fake patient carries a Japanese name in ISO 2022 IR 87 and the identifiers a hospital
// file would (birth date, institution, physicians, accession number) so that import,
// character-set decoding and de-identification have something real to work on.

#include "core/Progress.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace rc {

struct PhantomOptions {
  int matrix = 256;            // CT rows = columns
  int slices = 120;
  double pixelSpacing = 1.4;   // mm
  double sliceSpacing = 2.5;   // mm
  unsigned seed = 20261123;    // noise; the same seed gives byte-identical files
  QString patientId = QStringLiteral("DEMO-0001");
  QString patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
  QString patientBirthDate = QStringLiteral("19580314");
  QString patientSex = QStringLiteral("M");
};

struct PhantomNodule {
  std::array<double, 3> center;  // patient coordinates (LPS, mm)
  double radius;                 // mm
  double hu;
  QString description;
};

struct PhantomResult {
  QStringList ctFiles;
  QString xrayFile;
  QString studyInstanceUid;      // CT study
  QString ctSeriesInstanceUid;
  std::vector<PhantomNodule> nodules;
};

Result<PhantomResult> writeChestPhantom(const QString& directory, const PhantomOptions& options = {},
                                        Progress& progress = Progress::none());

}  // namespace rc
