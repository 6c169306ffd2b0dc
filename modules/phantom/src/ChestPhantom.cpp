#include "phantom/ChestPhantom.h"

#include "PhantomDicom.h"

#include "dicom/CharacterSet.h"
#include "dicom/Uid.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>

namespace rc {

namespace {


using P3 = std::array<double, 3>;

double sq(double v) { return v * v; }

// Ellipsoid "inside-ness" (<= 1 inside).
double ellipsoid(const P3& p, const P3& c, const P3& r) {
  return sq((p[0] - c[0]) / r[0]) + sq((p[1] - c[1]) / r[1]) + sq((p[2] - c[2]) / r[2]);
}

// Smooth edge: 1 well inside, 0 outside, linear over one voxel at distance `radius`.
double coverage(double distance, double radius, double voxel) {
  return std::clamp((radius - distance) / voxel + 0.5, 0.0, 1.0);
}

double distanceToSegment(const P3& p, const P3& a, const P3& b) {
  const P3 ab = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
  const P3 ap = {p[0] - a[0], p[1] - a[1], p[2] - a[2]};
  const double len2 = sq(ab[0]) + sq(ab[1]) + sq(ab[2]);
  const double t = len2 > 0 ? std::clamp((ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / len2, 0.0, 1.0) : 0.0;
  return std::sqrt(sq(ap[0] - t * ab[0]) + sq(ap[1] - t * ab[1]) + sq(ap[2] - t * ab[2]));
}

struct Segment {
  P3 a, b;
  double radius;
};

struct Lung {
  P3 center, radii;
};

const Lung kRightLung{{-72, 5, -140}, {58, 80, 135}};
const Lung kLeftLung{{72, 5, -150}, {55, 78, 125}};
const P3 kHeartCenter{18, -28, -205}, kHeartRadii{62, 50, 55};

bool inLung(const P3& p) {
  const bool lung = ellipsoid(p, kRightLung.center, kRightLung.radii) <= 1 ||
                    ellipsoid(p, kLeftLung.center, kLeftLung.radii) <= 1;
  return lung && ellipsoid(p, kHeartCenter, kHeartRadii) > 1;
}

// Pulmonary vessels: random branching trees from each hilum, kept inside the lungs.
std::vector<Segment> growVessels(std::mt19937& rng) {
  std::vector<Segment> segments;
  std::uniform_real_distribution<double> unit(-1.0, 1.0);
  std::uniform_real_distribution<double> length(22.0, 45.0);
  struct Branch {
    P3 start;
    P3 direction;
    double radius;
    int depth;
  };
  std::vector<Branch> todo;
  for (const P3 hilum : {P3{-42, 8, -150}, P3{42, 8, -155}}) {
    for (int n = 0; n < 7; ++n) {
      const double side = hilum[0] < 0 ? -1 : 1;
      P3 d = {side * (0.6 + 0.4 * std::abs(unit(rng))), 0.5 * unit(rng), 1.3 * unit(rng)};
      todo.push_back({hilum, d, 4.5, 0});
    }
  }
  while (!todo.empty()) {
    Branch b = todo.back();
    todo.pop_back();
    const double norm = std::sqrt(sq(b.direction[0]) + sq(b.direction[1]) + sq(b.direction[2]));
    const double l = length(rng) * (1.0 - 0.12 * b.depth);
    const P3 end = {b.start[0] + b.direction[0] / norm * l, b.start[1] + b.direction[1] / norm * l,
                    b.start[2] + b.direction[2] / norm * l};
    if (!inLung(end)) continue;
    segments.push_back({b.start, end, b.radius});
    if (b.depth >= 5 || b.radius < 1.0) continue;
    for (int child = 0; child < 2; ++child) {
      P3 d = {b.direction[0] / norm + 0.6 * unit(rng), b.direction[1] / norm + 0.6 * unit(rng),
              b.direction[2] / norm + 0.6 * unit(rng)};
      todo.push_back({end, d, b.radius * 0.72, b.depth + 1});
    }
  }
  return segments;
}

struct Grid {
  int n;        // matrix
  int slices;
  double ps;    // pixel spacing
  double ss;    // slice spacing
  P3 position(int i, int j, int k) const {
    return {(i - (n - 1) / 2.0) * ps, (j - (n - 1) / 2.0) * ps + 10.0, -k * ss - 5.0};
  }
};

// Hounsfield value of the phantom at p, before noise; `vessel` is the vessel coverage there.
double tissueHu(const P3& p, double vessel, const std::vector<PhantomNodule>& nodules, double voxel) {
  const double x = p[0], y = p[1], z = p[2];
  if (y > 140 && y < 150 && std::abs(x) < 200) return 100;  // table
  const double body = sq(x / 165) + sq((y - 10) / 115);
  if (body > 1) return -1000;
  double hu = body > 0.81 ? -100 : 45;  // subcutaneous fat, then muscle
  // Ribs: an oblique ring inside the chest wall, skipping the front.
  if (body > 0.66 && body < 0.74 && y > -70 && std::fmod(-z + 0.35 * y + 600.0, 28.0) < 8.5) hu = 750;
  // Sternum.
  if (std::abs(x) < 16 && y > -102 && y < -90 && z < -55 && z > -235) hu = 500;
  if (inLung(p)) {
    hu = -860;
    hu += (35 - hu) * vessel;
    for (const PhantomNodule& nodule : nodules) {
      const double d = std::sqrt(sq(x - nodule.center[0]) + sq(y - nodule.center[1]) + sq(z - nodule.center[2]));
      const double c = coverage(d, nodule.radius, voxel);
      if (c > 0) hu += (nodule.hu - hu) * c;
    }
  } else if (ellipsoid(p, kHeartCenter, kHeartRadii) <= 1) {
    hu = 40;
  }
  // Trachea (air) above the carina.
  if (z > -110 && sq(x) + sq(y + 10) < 81) hu = -1000;
  // Descending aorta.
  if (z > -270 && z < -50 && sq(x - 24) + sq(y - 45) < 144) hu = 45;
  // Vertebral bodies with discs every 28 mm, cortex, and the spinal canal.
  const double spine = std::sqrt(sq(x) + sq(y - 75));
  if (spine < 17) hu = std::fmod(-z + 600.0, 28.0) < 5 ? 70 : (spine > 15 ? 800 : 330);
  if (std::sqrt(sq(x) + sq(y - 100)) < 7) hu = 20;
  return hu;
}

}  // namespace

Result<PhantomResult> writeChestPhantom(const QString& directory, const PhantomOptions& o, Progress& progress) {
  if (!QDir().mkpath(directory)) return fail(PhantomTr::tr("%1: cannot create folder").arg(directory));
  const Grid grid{o.matrix, o.slices, o.pixelSpacing, o.sliceSpacing};
  std::mt19937 rng(o.seed);

  PhantomResult result;
  result.nodules = {
      {{-70, -10, -70}, 6.0, 35, QStringLiteral("solid nodule, right upper lobe, 12 mm")},
      {{80, 30, -205}, 10.0, 30, QStringLiteral("solid mass, left lower lobe, 20 mm")},
      {{-88, 25, -185}, 8.0, -550, QStringLiteral("ground-glass nodule, right lower lobe, 16 mm")},
      {{60, -25, -95}, 3.5, 25, QStringLiteral("small nodule, left upper lobe, 7 mm")},
  };
  const std::vector<Segment> vessels = growVessels(rng);

  // Vessel coverage on the CT grid, rasterised per segment over its bounding box.
  const size_t sliceSize = size_t(grid.n) * grid.n;
  std::vector<std::uint8_t> vesselMap(sliceSize * size_t(grid.slices), 0);
  for (const Segment& s : vessels) {
    const P3 lo = {std::min(s.a[0], s.b[0]) - s.radius - grid.ps, std::min(s.a[1], s.b[1]) - s.radius - grid.ps,
                   std::min(s.a[2], s.b[2]) - s.radius - grid.ss};
    const P3 hi = {std::max(s.a[0], s.b[0]) + s.radius + grid.ps, std::max(s.a[1], s.b[1]) + s.radius + grid.ps,
                   std::max(s.a[2], s.b[2]) + s.radius + grid.ss};
    const int i0 = std::max(0, int(lo[0] / grid.ps + (grid.n - 1) / 2.0));
    const int i1 = std::min(grid.n - 1, int(hi[0] / grid.ps + (grid.n - 1) / 2.0) + 1);
    const int j0 = std::max(0, int((lo[1] - 10.0) / grid.ps + (grid.n - 1) / 2.0));
    const int j1 = std::min(grid.n - 1, int((hi[1] - 10.0) / grid.ps + (grid.n - 1) / 2.0) + 1);
    const int k0 = std::max(0, int((-hi[2] - 5.0) / grid.ss));
    const int k1 = std::min(grid.slices - 1, int((-lo[2] - 5.0) / grid.ss) + 1);
    for (int k = k0; k <= k1; ++k)
      for (int j = j0; j <= j1; ++j)
        for (int i = i0; i <= i1; ++i) {
          const double c = coverage(distanceToSegment(grid.position(i, j, k), s.a, s.b), s.radius, grid.ps);
          auto& cell = vesselMap[size_t(k) * sliceSize + size_t(j) * grid.n + size_t(i)];
          cell = std::max(cell, std::uint8_t(c * 255));
        }
  }

  // CT slices.
  const QString studyUid = phantomUid(o, QStringLiteral("ct-study"));
  const QString seriesUid = phantomUid(o, QStringLiteral("ct-series"));
  const QString frameUid = phantomUid(o, QStringLiteral("ct-frame"));
  result.studyInstanceUid = studyUid;
  result.ctSeriesInstanceUid = seriesUid;
  std::normal_distribution<double> noise(0.0, 12.0);
  std::vector<std::uint16_t> pixels(sliceSize);
  // The radiograph is a projection of the same anatomy along y (anterior-posterior).
  std::vector<double> projection(size_t(grid.n) * grid.slices, 0.0);
  const QString ctDir = QDir(directory).filePath(QStringLiteral("CT"));
  QDir().mkpath(ctDir);
  const int totalSteps = grid.slices + 1;

  for (int k = 0; k < grid.slices; ++k) {
    if (progress.cancelled()) return cancelledFailure(PhantomTr::tr("cancelled"));
    for (int j = 0; j < grid.n; ++j)
      for (int i = 0; i < grid.n; ++i) {
        const P3 p = grid.position(i, j, k);
        const double vessel = vesselMap[size_t(k) * sliceSize + size_t(j) * grid.n + size_t(i)] / 255.0;
        const double hu = tissueHu(p, vessel, result.nodules, grid.ps);
        projection[size_t(k) * grid.n + size_t(i)] += std::max(0.0, 1.0 + hu / 1000.0) * 0.02 * grid.ps;
        const double noisy = hu + (hu > -990 ? noise(rng) : noise(rng) * 0.2);
        pixels[size_t(j) * grid.n + size_t(i)] = std::uint16_t(std::clamp(std::lround(noisy + 1024.0), 0L, 4095L));
      }

    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    putPatientAndInstitution(ds, o);
    const P3 position = grid.position(0, 0, k);
    putString(ds, DCM_SOPClassUID, QString::fromLatin1(UID_CTImageStorage));
    putString(ds, DCM_SOPInstanceUID, phantomUid(o, QStringLiteral("ct/") + QString::number(k)));
    putString(ds, DCM_ImageType, QStringLiteral("ORIGINAL\\PRIMARY\\AXIAL"));
    putString(ds, DCM_StudyDate, QStringLiteral("20260110"));
    putString(ds, DCM_SeriesDate, QStringLiteral("20260110"));
    putString(ds, DCM_StudyTime, QStringLiteral("101500"));
    putString(ds, DCM_AccessionNumber, QStringLiteral("ACC-20260110-77"));
    putString(ds, DCM_Modality, QStringLiteral("CT"));
    putString(ds, DCM_StudyDescription, QStringLiteral("CT CHEST (synthetic phantom)"));
    putString(ds, DCM_SeriesDescription, QStringLiteral("Chest 2.5 mm lung kernel"));
    putString(ds, DCM_StudyInstanceUID, studyUid);
    putString(ds, DCM_SeriesInstanceUID, seriesUid);
    putString(ds, DCM_StudyID, QStringLiteral("7701"));
    putString(ds, DCM_SeriesNumber, QStringLiteral("2"));
    putString(ds, DCM_AcquisitionNumber, QStringLiteral("1"));
    putString(ds, DCM_InstanceNumber, QString::number(k + 1));
    ds->putAndInsertString(DCM_PatientOrientation, "");
    putString(ds, DCM_ImagePositionPatient, QStringLiteral("%1\\%2\\%3").arg(position[0], 0, 'f', 3).arg(position[1], 0, 'f', 3).arg(position[2], 0, 'f', 3));
    putString(ds, DCM_ImageOrientationPatient, QStringLiteral("1\\0\\0\\0\\1\\0"));
    putString(ds, DCM_FrameOfReferenceUID, frameUid);
    ds->putAndInsertString(DCM_PositionReferenceIndicator, "");
    putString(ds, DCM_SliceLocation, QString::number(position[2], 'f', 3));
    putString(ds, DCM_SliceThickness, QString::number(grid.ss, 'f', 2));
    putString(ds, DCM_KVP, QStringLiteral("120"));
    putString(ds, DCM_ConvolutionKernel, QStringLiteral("LUNG"));
    putString(ds, DCM_PatientPosition, QStringLiteral("HFS"));
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    putString(ds, DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
    ds->putAndInsertUint16(DCM_Rows, Uint16(grid.n));
    ds->putAndInsertUint16(DCM_Columns, Uint16(grid.n));
    putString(ds, DCM_PixelSpacing, QStringLiteral("%1\\%1").arg(grid.ps, 0, 'f', 4));
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 12);
    ds->putAndInsertUint16(DCM_HighBit, 11);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    putString(ds, DCM_WindowCenter, QStringLiteral("-600"));
    putString(ds, DCM_WindowWidth, QStringLiteral("1500"));
    putString(ds, DCM_RescaleIntercept, QStringLiteral("-1024"));
    putString(ds, DCM_RescaleSlope, QStringLiteral("1"));
    putString(ds, DCM_RescaleType, QStringLiteral("HU"));
    ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), Uint32(pixels.size()));
    const QString path = QDir(ctDir).filePath(QStringLiteral("IMG%1.dcm").arg(k + 1, 4, 10, QLatin1Char('0')));
    const Status saved = save(file, path);
    if (!saved) return fail(saved.error());
    result.ctFiles << path;
    progress.report(k + 1, totalSteps, PhantomTr::tr("Writing synthetic CT"));
  }

  // Chest radiograph (CR, PA): log-exposure image, MONOCHROME1 like most CR plates, at 0.7 mm.
  const double xrSpacing = 0.7;
  const int columns = int(grid.n * grid.ps / xrSpacing);
  const int rows = int(grid.slices * grid.ss / xrSpacing);
  const double maxLine = *std::max_element(projection.begin(), projection.end());
  std::vector<std::uint16_t> xray(size_t(rows) * columns);
  std::normal_distribution<double> grain(0.0, 10.0);
  for (int r = 0; r < rows; ++r) {
    const double fz = std::clamp(r * xrSpacing / grid.ss, 0.0, grid.slices - 1.0);
    const int z0 = int(fz), z1 = std::min(z0 + 1, grid.slices - 1);
    for (int c = 0; c < columns; ++c) {
      const double fx = std::clamp(c * xrSpacing / grid.ps, 0.0, grid.n - 1.0);
      const int x0 = int(fx), x1 = std::min(x0 + 1, grid.n - 1);
      auto at = [&](int z, int x) { return projection[size_t(z) * grid.n + size_t(x)]; };
      const double top = at(z0, x0) + (at(z0, x1) - at(z0, x0)) * (fx - x0);
      const double bottom = at(z1, x0) + (at(z1, x1) - at(z1, x0)) * (fx - x0);
      const double line = top + (bottom - top) * (fz - z0);
      const double value = 4095.0 * (1.0 - line / maxLine) * 0.92 + 150 + grain(rng);
      xray[size_t(r) * columns + size_t(c)] = std::uint16_t(std::clamp(std::lround(value), 0L, 4095L));
    }
  }
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  putPatientAndInstitution(ds, o);
  putString(ds, DCM_SOPClassUID, QString::fromLatin1(UID_ComputedRadiographyImageStorage));
  putString(ds, DCM_SOPInstanceUID, phantomUid(o, QStringLiteral("cr/1")));
  putString(ds, DCM_ImageType, QStringLiteral("ORIGINAL\\PRIMARY"));
  putString(ds, DCM_StudyDate, QStringLiteral("20260105"));
  putString(ds, DCM_StudyTime, QStringLiteral("091000"));
  putString(ds, DCM_AccessionNumber, QStringLiteral("ACC-20260105-12"));
  putString(ds, DCM_Modality, QStringLiteral("CR"));
  putString(ds, DCM_StudyDescription, QStringLiteral("CHEST PA (synthetic phantom)"));
  putString(ds, DCM_SeriesDescription, QStringLiteral("Chest PA"));
  putString(ds, DCM_StudyInstanceUID, phantomUid(o, QStringLiteral("cr-study")));
  putString(ds, DCM_SeriesInstanceUID, phantomUid(o, QStringLiteral("cr-series")));
  putString(ds, DCM_StudyID, QStringLiteral("7700"));
  putString(ds, DCM_SeriesNumber, QStringLiteral("1"));
  putString(ds, DCM_InstanceNumber, QStringLiteral("1"));
  putString(ds, DCM_PatientOrientation, QStringLiteral("L\\F"));
  putString(ds, DCM_ViewPosition, QStringLiteral("PA"));
  putString(ds, DCM_KVP, QStringLiteral("125"));
  putString(ds, DCM_ImagerPixelSpacing, QStringLiteral("%1\\%1").arg(xrSpacing, 0, 'f', 3));
  putString(ds, DCM_PixelSpacing, QStringLiteral("%1\\%1").arg(xrSpacing, 0, 'f', 3));
  ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
  putString(ds, DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME1"));
  ds->putAndInsertUint16(DCM_Rows, Uint16(rows));
  ds->putAndInsertUint16(DCM_Columns, Uint16(columns));
  ds->putAndInsertUint16(DCM_BitsAllocated, 16);
  ds->putAndInsertUint16(DCM_BitsStored, 12);
  ds->putAndInsertUint16(DCM_HighBit, 11);
  ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
  putString(ds, DCM_BurnedInAnnotation, QStringLiteral("NO"));
  ds->putAndInsertUint16Array(DCM_PixelData, xray.data(), Uint32(xray.size()));
  const QString crDir = QDir(directory).filePath(QStringLiteral("CR"));
  QDir().mkpath(crDir);
  result.xrayFile = QDir(crDir).filePath(QStringLiteral("CHEST_PA.dcm"));
  const Status saved = save(file, result.xrayFile);
  if (!saved) return fail(saved.error());
  progress.report(totalSteps, totalSteps, PhantomTr::tr("Writing synthetic chest X-ray"));
  return result;
}

}  // namespace rc
