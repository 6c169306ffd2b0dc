#include "phantom/BoneScanPhantom.h"

#include "PhantomDicom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrat.h>

#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <random>

namespace rc {

namespace {

constexpr int W = kBoneScanColumns, H = kBoneScanRows;
constexpr double kBone = 110, kSoftTissue = 18, kHotspot = 520, kBladder = 2600;

double sq(double v) { return v * v; }

// Bone uptake at (x, y) of the anterior view; `posterior` shifts the weight to the spine and
// scapulae, which lie nearer the back.
double skeleton(double x, double y, bool posterior) {
  const double cx = W / 2.0;
  const double dx = x - cx, adx = std::abs(dx);
  double u = 0;
  auto add = [&u](double v) { u = std::max(u, v); };
  if (sq(dx / 30) + sq((y - 70) / 38) <= 1 && sq(dx / 25) + sq((y - 70) / 32) >= 1) add(1.2);  // skull vault
  if (adx <= 6 && y >= 108 && y <= 420) add(posterior ? 1.4 : 1.0);                          // spine
  if (adx <= 9 && y > 420 && y <= 462) add(1.1);                                              // sacrum
  if (!posterior && adx <= 4 && y >= 165 && y <= 262) add(0.8);                               // sternum
  for (int r = 0; r < 10; ++r) {                                                              // ribs
    const double y0 = 168 + r * 16;
    const double curve = y0 + 10 * (1 - std::cos(std::min(1.0, adx / 58) * M_PI / 2)) * 2;
    if (adx >= 6 && adx <= 58 + r && std::abs(y - curve) <= 2.2) add(0.75);
  }
  if (adx <= 56 && adx >= 8 && std::abs(y - (160 - adx * 0.18)) <= 2.5) add(0.9);              // clavicles
  if (posterior && adx >= 30 && adx <= 58 && y >= 180 && y <= 262 && (adx - 30) <= (262 - y) * 0.4) add(0.8);  // scapulae
  if (adx >= 70 && adx <= 78 && y >= 168 && y <= 360) add(0.9);                               // humeri
  if (sq(dx / 60) + sq((y - 448) / 34) <= 1 && sq(dx / 50) + sq((y - 448) / 26) >= 1) add(1.1);  // pelvis
  if (adx >= 22 && adx <= 32 && y >= 478 && y <= 720) add(0.9);                               // femora
  if (adx >= 18 && adx <= 26 && y >= 730 && y <= 940) add(0.7);                               // tibiae
  return u;
}

bool inBody(double x, double y) {
  const double dx = std::abs(x - W / 2.0);
  if (sq((x - W / 2.0) / 34) + sq((y - 70) / 44) <= 1) return true;  // head
  if (y >= 110 && y <= 470 && dx <= 62 + (y < 160 ? (y - 110) * 0.4 : 20)) return true;  // trunk
  if (y >= 165 && y <= 370 && dx >= 64 && dx <= 84) return true;  // arms
  return y > 470 && y <= 960 && dx >= 12 && dx <= 38;             // legs
}

// Where metastases go, head to feet (patient's right is the anterior view's left).
std::vector<BoneScanHotspot> candidateSpots() {
  std::vector<BoneScanHotspot> spots = {
      {QStringLiteral("thoracic-spine"), 128, 205}, {QStringLiteral("lumbar-spine"), 128, 372}, {QStringLiteral("ribs-right"), 84, 232},
      {QStringLiteral("pelvis"), 90, 448},          {QStringLiteral("skull"), 108, 52},         {QStringLiteral("ribs-left"), 174, 250},
      {QStringLiteral("femur-left"), 155, 560},     {QStringLiteral("humerus-right"), 54, 250}, {QStringLiteral("thoracic-spine"), 128, 280},
      {QStringLiteral("sternum"), 128, 180},        {QStringLiteral("pelvis"), 168, 452},       {QStringLiteral("lumbar-spine"), 128, 404}};
  // More along the spine and ribs for the extensive cases.
  for (int i = 0; i < 14; ++i)
    spots.push_back({i % 2 ? QStringLiteral("ribs-left") : QStringLiteral("ribs-right"), i % 2 ? 168.0 + i : 88.0 - i, 176.0 + i * 11});
  return spots;
}

struct PatientPlan {
  const char* id;
  const char* name;
  const char* tracer;
  int metastases;
};

const PatientPlan kPlans[] = {
    {"BONE-0001", "SATO^HANAKO=佐藤^花子=さとう^はなこ", "MDP", 0},     {"BONE-0002", "SUZUKI^YOKO=鈴木^洋子=すずき^ようこ", "HMDP", 3},
    {"BONE-0003", "TAKAHASHI^KEIKO=高橋^恵子=たかはし^けいこ", "MDP", 8}, {"BONE-0004", "ITO^MICHIKO=伊藤^美智子=いとう^みちこ", "HMDP", 0},
    {"BONE-0005", "WATANABE^AKIKO=渡辺^明子=わたなべ^あきこ", "MDP", 1}, {"BONE-0006", "NAKAMURA^YUMI=中村^由美=なかむら^ゆみ", "HMDP", 22}};

void putCode(DcmItem* item, const char* value, const char* scheme, const char* meaning) {
  item->putAndInsertString(DCM_CodeValue, value);
  item->putAndInsertString(DCM_CodingSchemeDesignator, scheme);
  item->putAndInsertString(DCM_CodeMeaning, meaning);
}

std::vector<Uint16> viewPixels(const std::vector<BoneScanHotspot>& hotspots, bool posterior, std::mt19937& random) {
  std::vector<Uint16> out(size_t(W) * H);
  std::normal_distribution<double> unit(0, 1);
  for (int row = 0; row < H; ++row)
    for (int column = 0; column < W; ++column) {
      // The posterior view shows the patient from behind: the anterior view's columns mirrored.
      const double x = posterior ? W - 1 - column : column, y = row;
      double mean = inBody(x, y) ? kSoftTissue : 1.5;
      mean += kBone * skeleton(x, y, posterior);
      for (const BoneScanHotspot& h : hotspots) mean += kHotspot * std::exp(-(sq(x - h.x) + sq(y - h.y)) / (2 * sq(3.2)));
      mean += (posterior ? 0.6 : 1.0) * kBladder * std::exp(-(sq((x - W / 2.0) / 15) + sq((y - 478) / 11)));
      const double counts = mean + std::sqrt(mean) * unit(random);  // Poisson, as a normal
      out[size_t(row) * W + size_t(column)] = Uint16(std::clamp(std::lround(counts), 0L, 65535L));
    }
  return out;
}

}  // namespace

Result<BoneScanPhantomResult> writeBoneScanPhantom(const QString& directory, int patients, BoneScanLayout layout, bool yearEarlier) {
  if (patients < 1) return fail(PhantomTr::tr("a bone-scan phantom needs at least one patient"));
  if (!QDir().mkpath(directory)) return fail(PhantomTr::tr("%1: cannot create the folder").arg(directory));
  const std::vector<BoneScanHotspot> spots = candidateSpots();
  BoneScanPhantomResult result;
  QString csv = QStringLiteral("patient_id,program,version,tracer,bsi,hotspots\r\n");
  for (int n = 0; n < patients; ++n) {
    const PatientPlan& plan = kPlans[size_t(n) % std::size(kPlans)];
    BoneScanPhantomPatient patient;
    patient.patientId = n < int(std::size(kPlans)) ? QString::fromLatin1(plan.id) : QStringLiteral("BONE-%1").arg(n + 1, 4, 10, QLatin1Char('0'));
    patient.patientName = QString::fromUtf8(plan.name);
    patient.birthDate = QStringLiteral("19%1%2").arg(45 + n % 30).arg(QStringLiteral("0612"));
    patient.studyDate = QStringLiteral("%1-03-%2").arg(yearEarlier ? 2025 : 2026).arg(2 + n % 27, 2, 10, QLatin1Char('0')).remove(QLatin1Char('-'));
    // A year earlier the disease had not spread as far: half the metastases.
    const int metastases = yearEarlier ? plan.metastases / 2 : plan.metastases;
    patient.tracer = QString::fromLatin1(plan.tracer);
    for (int h = 0; h < metastases; ++h) patient.hotspots.push_back(spots[size_t(h) % spots.size()]);

    PhantomOptions o;
    o.patientId = patient.patientId;
    o.patientName = patient.patientName;
    o.patientBirthDate = patient.birthDate;
    o.patientSex = QStringLiteral("F");
    const QString scanTag = yearEarlier ? QStringLiteral("-earlier") : QString();  // another study, other UIDs
    patient.seriesUid = phantomUid(o, QStringLiteral("bone-scan-series") + scanTag);
    patient.sopInstanceUid = phantomUid(o, QStringLiteral("bone-scan-image") + scanTag);
    std::mt19937 random(20261207u + unsigned(n));
    const std::vector<Uint16> views[2] = {viewPixels(patient.hotspots, false, random), viewPixels(patient.hotspots, true, random)};
    // One NM object of the given views (0 anterior, 1 posterior), one frame each.
    auto writeObject = [&](const std::vector<int>& sides, const QString& sopUid, int instance, const QString& path) -> Status {
      DcmFileFormat file;
      DcmDataset* ds = file.getDataset();
      putPatientAndInstitution(ds, o);
      putString(ds, DCM_BodyPartExamined, QStringLiteral("WHOLEBODY"));
      putString(ds, DCM_ManufacturerModelName, QStringLiteral("Synthetic bone-scan phantom"));
      putString(ds, DCM_SOPClassUID, QString::fromLatin1(UID_NuclearMedicineImageStorage));
      putString(ds, DCM_SOPInstanceUID, sopUid);
      putString(ds, DCM_StudyInstanceUID, phantomUid(o, QStringLiteral("bone-scan-study") + scanTag));
      putString(ds, DCM_SeriesInstanceUID, patient.seriesUid);
      putString(ds, DCM_StudyDate, patient.studyDate);
      putString(ds, DCM_SeriesDate, patient.studyDate);
      putString(ds, DCM_StudyTime, QStringLiteral("141500"));
      putString(ds, DCM_AccessionNumber, QStringLiteral("NM-%1-%2").arg(patient.studyDate).arg(n + 1));
      putString(ds, DCM_Modality, QStringLiteral("NM"));
      putString(ds, DCM_StudyDescription, QStringLiteral("BONE SCAN WHOLE BODY (synthetic phantom)"));
      putString(ds, DCM_SeriesDescription, QStringLiteral("WB ANT/POST"));
      putString(ds, DCM_StudyID, QStringLiteral("%1").arg(7700 + n));
      putString(ds, DCM_SeriesNumber, QStringLiteral("1"));
      putString(ds, DCM_InstanceNumber, QString::number(instance));
      if (sides.size() == 1) putString(ds, DCM_ImageID, sides[0] == 0 ? QStringLiteral("WB ANT") : QStringLiteral("WB POST"));
      ds->putAndInsertString(DCM_PatientOrientation, "");
      putString(ds, DCM_ImageType, QStringLiteral("ORIGINAL\\PRIMARY\\WHOLE BODY\\EMISSION"));
      putString(ds, DCM_SamplesPerPixel, QStringLiteral("1"));
      putString(ds, DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
      ds->putAndInsertUint16(DCM_Rows, H);
      ds->putAndInsertUint16(DCM_Columns, W);
      ds->putAndInsertUint16(DCM_BitsAllocated, 16);
      ds->putAndInsertUint16(DCM_BitsStored, 16);
      ds->putAndInsertUint16(DCM_HighBit, 15);
      ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
      putString(ds, DCM_PixelSpacing, QStringLiteral("%1\\%1").arg(kBoneScanPixelMm));
      const Uint16 frames = Uint16(sides.size());
      putString(ds, DCM_NumberOfFrames, QString::number(frames));
      // A whole-body scan's frames run over energy window and detector (one frame per view).
      auto* pointer = new DcmAttributeTag(DCM_FrameIncrementPointer);
      pointer->putTagVal(DCM_EnergyWindowVector, 0);
      pointer->putTagVal(DCM_DetectorVector, 1);
      ds->insert(pointer, true);
      putString(ds, DCM_ActualFrameDuration, QStringLiteral("900000"));
      putString(ds, DCM_ScanVelocity, QStringLiteral("2.5"));
      putString(ds, DCM_ScanLength, QString::number(int(H * kBoneScanPixelMm)));
      ds->putAndInsertString(DCM_CountsAccumulated, "");
      ds->insertEmptyElement(DCM_PatientOrientationCodeSequence);
      ds->insertEmptyElement(DCM_PatientGantryRelationshipCodeSequence);
      ds->putAndInsertUint16(DCM_NumberOfEnergyWindows, 1);
      const std::vector<Uint16> windows(frames, 1);
      std::vector<Uint16> detectors;
      for (Uint16 d = 1; d <= frames; ++d) detectors.push_back(d);
      ds->putAndInsertUint16Array(DCM_EnergyWindowVector, windows.data(), frames);
      ds->putAndInsertUint16(DCM_NumberOfDetectors, frames);
      ds->putAndInsertUint16Array(DCM_DetectorVector, detectors.data(), frames);
      DcmItem* window = nullptr;
      if (ds->findOrCreateSequenceItem(DCM_EnergyWindowInformationSequence, window, 0).good()) {
        DcmItem* range = nullptr;
        if (window->findOrCreateSequenceItem(DCM_EnergyWindowRangeSequence, range, 0).good()) {
          putString(range, DCM_EnergyWindowLowerLimit, QStringLiteral("126"));
          putString(range, DCM_EnergyWindowUpperLimit, QStringLiteral("154"));
        }
        putString(window, DCM_EnergyWindowName, QStringLiteral("Tc99m"));
      }
      DcmItem* drug = nullptr;
      if (ds->findOrCreateSequenceItem(DCM_RadiopharmaceuticalInformationSequence, drug, 0).good()) {
        putString(drug, DCM_Radiopharmaceutical, patient.tracer == QLatin1String("MDP") ? QStringLiteral("Tc99m MDP") : QStringLiteral("Tc99m HMDP"));
        putString(drug, DCM_RadionuclideTotalDose, QStringLiteral("740"));
        DcmItem* nuclide = nullptr;
        if (drug->findOrCreateSequenceItem(DCM_RadionuclideCodeSequence, nuclide, 0).good()) putCode(nuclide, "C-163A8", "SRT", "^99m^Technetium");
      }
      for (int d = 0; d < int(sides.size()); ++d) {
        const int side = sides[size_t(d)];
        DcmItem* detector = nullptr;
        if (ds->findOrCreateSequenceItem(DCM_DetectorInformationSequence, detector, d).bad()) continue;
        putString(detector, DCM_CollimatorType, QStringLiteral("PARA"));
        putString(detector, DCM_ImagePositionPatient, QStringLiteral("0\\0\\0"));
        putString(detector, DCM_ImageOrientationPatient, side == 0 ? QStringLiteral("1\\0\\0\\0\\0\\-1") : QStringLiteral("-1\\0\\0\\0\\0\\-1"));
        DcmItem* view = nullptr;
        if (detector->findOrCreateSequenceItem(DCM_ViewCodeSequence, view, 0).good())
          side == 0 ? putCode(view, "G-5215", "SRT", "Anterior projection") : putCode(view, "G-5216", "SRT", "Posterior projection");
      }
      // A GE private group that names the patient (GE Genie workstations have done so).
      ds->putAndInsertString(DcmTag(0x0009, 0x0010, EVR_LO), "GEMS_GENIE_1");
      ds->putAndInsertString(DcmTag(0x0009, 0x1010, EVR_LO), QString(patient.patientName).section(QLatin1Char('='), 0, 0).toLatin1().constData());

      std::vector<Uint16> pixels;
      for (int side : sides) pixels.insert(pixels.end(), views[side].begin(), views[side].end());
      ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), Uint32(pixels.size()));
      return save(file, path);
    };

    const QString stem = QDir(directory).filePath(QStringLiteral("bone-scan-%1%2").arg(patient.patientId, yearEarlier ? QStringLiteral("-2025") : QString()));
    if (layout == BoneScanLayout::Frames) {
      patient.file = stem + QStringLiteral(".dcm");
      if (const Status saved = writeObject({0, 1}, patient.sopInstanceUid, 1, patient.file); !saved) return fail(saved.error());
    } else {
      patient.file = stem + QStringLiteral("-ant.dcm");
      if (const Status saved = writeObject({0}, patient.sopInstanceUid, 1, patient.file); !saved) return fail(saved.error());
      if (const Status saved = writeObject({1}, phantomUid(o, QStringLiteral("bone-scan-image-posterior") + scanTag), 2, stem + QStringLiteral("-post.dcm")); !saved)
        return fail(saved.error());
    }

    // The programs: BONENAVI on MDP scans, VSBONE 2.0 and 3.0 on HMDP scans; their BSI grows
    // with the metastases, and the older VSBONE sees one more hotspot.
    const int m = plan.metastases;
    auto row = [&](const char* program, const char* version, double bsi, int hotspots) {
      csv += QStringLiteral("%1,%2,%3,99mTc-%4,%5,%6\r\n").arg(patient.patientId, QLatin1String(program), QLatin1String(version), patient.tracer)
                 .arg(bsi, 0, 'f', 2)
                 .arg(hotspots);
    };
    if (patient.tracer == QLatin1String("MDP")) {
      row("BONENAVI", "2.1", m ? 0.18 * m + 0.12 : 0.0, m);
    } else {
      row("VSBONE", "2.0", m ? 0.21 * m + 0.2 : 0.05, m + 1);
      row("VSBONE", "3.0", m ? 0.19 * m + 0.1 : 0.0, m);
      // A result of BONENAVI on an HMDP scan: not its tracer, never counted.
      if (n == 1) row("BONENAVI", "2.1", 0.9, m + 2);
    }
    result.patients.push_back(std::move(patient));
  }
  if (yearEarlier) return result;  // the programs' results are of this year's scans
  result.programsCsv = QDir(directory).filePath(QStringLiteral("programs.csv"));
  QSaveFile out(result.programsCsv);
  if (!out.open(QIODevice::WriteOnly) || out.write(csv.toUtf8()) < 0 || !out.commit())
    return fail(PhantomTr::tr("%1: cannot write").arg(result.programsCsv));
  return result;
}

}  // namespace rc
