#include "dose/StudyDose.h"

#include "DoseTr.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>

namespace rc {

namespace {

bool isDoseSrClass(const QString& sopClass) {
  return sopClass == QLatin1String("1.2.840.10008.5.1.4.1.1.88.67") || sopClass == QLatin1String("1.2.840.10008.5.1.4.1.1.88.76");
}

bool isCtImageClass(const QString& sopClass) {
  return sopClass == QLatin1String("1.2.840.10008.5.1.4.1.1.2") || sopClass == QLatin1String("1.2.840.10008.5.1.4.1.1.2.1");
}

DcmItem* firstItem(DcmItem* item, const DcmTagKey& sequence) {
  DcmItem* found = nullptr;
  return item->findAndGetSequenceItem(sequence, found, 0).good() ? found : nullptr;
}

struct CodeValue {
  QString value, scheme, meaning;
};

CodeValue codeIn(DcmItem* item, const DcmTagKey& sequence) {
  DcmItem* code = firstItem(item, sequence);
  if (!code) return {};
  return {dcm::ascii(code, DCM_CodeValue), dcm::ascii(code, DCM_CodingSchemeDesignator), dcm::ascii(code, DCM_CodeMeaning)};
}

// A NUM item's value in the unit asked for (the templates' units, with the few others scanners
// write); nothing when the unit is not one of them.
std::optional<double> numberIn(DcmItem* item, const char* wanted) {
  DcmItem* measured = firstItem(item, DCM_MeasuredValueSequence);
  if (!measured) return std::nullopt;
  bool ok = false;
  const double value = dcm::ascii(measured, DCM_NumericValue).toDouble(&ok);
  if (!ok || !std::isfinite(value)) return std::nullopt;
  const QString unit = codeIn(measured, DCM_MeasurementUnitsCodeSequence).value;
  static const std::map<QString, std::map<QString, double>> scale = {
      {QStringLiteral("mm"), {{QStringLiteral("mm"), 1.0}, {QStringLiteral("cm"), 10.0}, {QStringLiteral("m"), 1000.0}}},
      {QStringLiteral("mGy"), {{QStringLiteral("mGy"), 1.0}, {QStringLiteral("Gy"), 1000.0}, {QStringLiteral("uGy"), 0.001}}},
      {QStringLiteral("mGy.cm"), {{QStringLiteral("mGy.cm"), 1.0}, {QStringLiteral("Gy.cm"), 1000.0}, {QStringLiteral("mGy.mm"), 0.1}}},
      {QStringLiteral("kV"), {{QStringLiteral("kV"), 1.0}, {QStringLiteral("V"), 0.001}}},
      {QStringLiteral("mA"), {{QStringLiteral("mA"), 1.0}, {QStringLiteral("A"), 1000.0}, {QStringLiteral("uA"), 0.001}}},
      {QStringLiteral("s"), {{QStringLiteral("s"), 1.0}, {QStringLiteral("ms"), 0.001}}},
      {QStringLiteral("mA.s"), {{QStringLiteral("mA.s"), 1.0}, {QStringLiteral("uA.s"), 0.001}, {QStringLiteral("As"), 1000.0}}},
  };
  const auto units = scale.find(QLatin1String(wanted));
  if (units == scale.end()) return std::nullopt;
  const auto factor = units->second.find(unit);
  if (factor == units->second.end()) return std::nullopt;
  return value * factor->second;
}

template <typename Visit>
void forEachContentItem(DcmItem* item, const Visit& visit) {
  DcmSequenceOfItems* content = nullptr;
  if (item->findAndGetSequence(DCM_ContentSequence, content).bad() || !content) return;
  for (unsigned long n = 0; n < content->card(); ++n) visit(content->getItem(n));
}

// Everything of one CT Acquisition (TID 10013) at any depth; the first value of each wins (a
// second X-ray source of a dual-source scanner repeats the source parameters).
void readAcquisition(DcmItem* item, DoseEvent& event, QString& eventUid, QString& protocol) {
  forEachContentItem(item, [&](DcmItem* child) {
    const CodeValue concept = codeIn(child, DCM_ConceptNameCodeSequence);
    const QString code = concept.scheme == QLatin1String("DCM") ? concept.value : QString();
    auto setOnce = [&](std::optional<double>& slot, const char* unit) {
      if (!slot) slot = numberIn(child, unit);
    };
    if (code == QLatin1String("125203") && protocol.isEmpty()) protocol = dcm::ascii(child, DCM_TextValue);
    else if (code == QLatin1String("113820")) {
      const CodeValue type = codeIn(child, DCM_ConceptCodeSequence);
      event.acquisitionType = type.meaning;
      event.localizer = type.value == QLatin1String("113805");  // Constant Angle Acquisition
    } else if (code == QLatin1String("123014")) event.targetRegion = codeIn(child, DCM_ConceptCodeSequence).meaning;
    else if (code == QLatin1String("113769") && eventUid.isEmpty()) eventUid = dcm::ascii(child, DCM_UID);
    else if (code == QLatin1String("113825")) setOnce(event.scanLengthMm, "mm");
    else if (code == QLatin1String("113733")) setOnce(event.kvp, "kV");
    else if (code == QLatin1String("113734")) setOnce(event.tubeCurrentMa, "mA");
    else if (code == QLatin1String("113834")) setOnce(event.rotationTimeS, "s");
    else if (code == QLatin1String("113736")) setOnce(event.mAs, "mA.s");
    else if (code == QLatin1String("113830")) setOnce(event.ctdiVolMgy, "mGy");
    else if (code == QLatin1String("113838")) setOnce(event.dlpMgyCm, "mGy.cm");
    else if (code == QLatin1String("113930")) setOnce(event.ssdeMgy, "mGy");
    else if (code == QLatin1String("113835") && event.phantom.isEmpty()) event.phantom = codeIn(child, DCM_ConceptCodeSequence).meaning;
    readAcquisition(child, event, eventUid, protocol);
  });
}

// Events and total of one dose SR dataset; events already seen (by Irradiation Event UID, a
// second SR of the same study repeating them) are skipped.
Status readDoseDataset(DcmDataset* ds, const QString& path, StudyDose& dose, QSet<QString>& seenEvents) {
  const QString sopClass = dcm::ascii(ds, DCM_SOPClassUID);
  if (!isDoseSrClass(sopClass)) return fail(DoseTr::tr("%1: not an X-ray radiation dose SR (SOP class %2)").arg(path, sopClass));
  std::optional<double> total;
  double summed = 0;
  bool anyDlp = false;
  forEachContentItem(ds, [&](DcmItem* item) {
    const CodeValue concept = codeIn(item, DCM_ConceptNameCodeSequence);
    if (concept.scheme != QLatin1String("DCM")) return;
    if (concept.value == QLatin1String("113811")) {  // CT Accumulated Dose Data
      forEachContentItem(item, [&](DcmItem* child) {
        const CodeValue c = codeIn(child, DCM_ConceptNameCodeSequence);
        if (c.scheme == QLatin1String("DCM") && c.value == QLatin1String("113813") && !total) total = numberIn(child, "mGy.cm");
      });
    } else if (concept.value == QLatin1String("113819")) {  // CT Acquisition
      DoseEvent event;
      QString uid, protocol;
      readAcquisition(item, event, uid, protocol);
      if (!uid.isEmpty() && seenEvents.contains(uid)) return;
      if (!uid.isEmpty()) seenEvents.insert(uid);
      event.label = !protocol.trimmed().isEmpty() ? protocol.trimmed() : event.acquisitionType;
      if (!event.mAs && event.tubeCurrentMa && event.rotationTimeS) event.mAs = *event.tubeCurrentMa * *event.rotationTimeS;
      if (event.dlpMgyCm) summed += *event.dlpMgyCm, anyDlp = true;
      dose.events.push_back(event);
    }
  });
  if (total) dose.totalDlpMgyCm = dose.totalDlpMgyCm.value_or(0) + *total;
  else if (anyDlp) dose.totalDlpMgyCm = dose.totalDlpMgyCm.value_or(0) + summed;
  dose.source = StudyDose::Source::DoseReport;
  return Status::success();
}

// One CT series as an event, from what its images carry.
std::optional<DoseEvent> eventOfImages(const QStringList& files, const SeriesSummary& series) {
  DoseEvent event;
  double ctdiSum = 0, masSum = 0;
  int ctdiCount = 0, masCount = 0;
  double low = 0, high = 0, thickness = 0;
  bool anyPosition = false;
  for (const QString& file : files) {
    auto read = readDicomFile(file, ReadScope::Header);
    if (!read) continue;
    DcmDataset* ds = read->file->getDataset();
    Float64 ctdi = 0;
    if (ds->findAndGetFloat64(DCM_CTDIvol, ctdi).good() && std::isfinite(ctdi) && ctdi >= 0) ctdiSum += ctdi, ++ctdiCount;
    bool ok = false;
    const double mas = dcm::ascii(ds, DCM_Exposure).toDouble(&ok);
    if (ok && mas >= 0) masSum += mas, ++masCount;
    if (!event.kvp) {
      const double kvp = dcm::ascii(ds, DCM_KVP).toDouble(&ok);
      if (ok && kvp > 0) event.kvp = kvp;
    }
    if (event.phantom.isEmpty()) event.phantom = codeIn(ds, DCM_CTDIPhantomTypeCodeSequence).meaning;
    // Position along the slice normal, for the scanned length.
    Float64 ipp[3] = {0, 0, 0}, iop[6] = {0, 0, 0, 0, 0, 0};
    bool geometry = true;
    for (unsigned long i = 0; i < 3 && geometry; ++i) geometry = ds->findAndGetFloat64(DCM_ImagePositionPatient, ipp[i], i).good();
    for (unsigned long i = 0; i < 6 && geometry; ++i) geometry = ds->findAndGetFloat64(DCM_ImageOrientationPatient, iop[i], i).good();
    if (geometry) {
      const double n[3] = {iop[1] * iop[5] - iop[2] * iop[4], iop[2] * iop[3] - iop[0] * iop[5], iop[0] * iop[4] - iop[1] * iop[3]};
      const double along = ipp[0] * n[0] + ipp[1] * n[1] + ipp[2] * n[2];
      low = anyPosition ? std::min(low, along) : along;
      high = anyPosition ? std::max(high, along) : along;
      anyPosition = true;
      if (thickness == 0) thickness = std::max(0.0, dcm::ascii(ds, DCM_SliceThickness).toDouble());
    }
  }
  if (ctdiCount == 0) return std::nullopt;
  event.ctdiVolMgy = ctdiSum / ctdiCount;
  if (masCount > 0) event.mAs = masSum / masCount;
  if (anyPosition) event.scanLengthMm = high - low + thickness;
  event.label = DoseTr::tr("series %1").arg(series.seriesNumber);
  if (!series.seriesDescription.trimmed().isEmpty()) event.label += QStringLiteral(": ") + series.seriesDescription.trimmed();
  return event;
}

QString number(const std::optional<double>& value, int decimals) {
  return value ? QString::number(*value, 'f', decimals) : QString();
}

}  // namespace

const DoseEvent* StudyDose::mainEvent() const {
  const DoseEvent* best = nullptr;
  for (const DoseEvent& e : events)
    if (e.ctdiVolMgy && (!best || *e.ctdiVolMgy > *best->ctdiVolMgy)) best = &e;
  return best;
}

std::optional<double> StudyDose::maxCtdiVol() const {
  const DoseEvent* main = mainEvent();
  return main ? main->ctdiVolMgy : std::nullopt;
}

QString doseSourceName(StudyDose::Source source) {
  switch (source) {
    case StudyDose::Source::DoseReport: return QStringLiteral("RDSR");
    case StudyDose::Source::Images: return QStringLiteral("images");
    case StudyDose::Source::None: break;
  }
  return QStringLiteral("none");
}

Result<StudyDose> readRadiationDoseSr(const QString& path) {
  auto read = readDicomFile(path, ReadScope::Everything);
  if (!read) return fail(read.error());
  StudyDose dose;
  DcmDataset* ds = read->file->getDataset();
  dose.studyUid = dcm::ascii(ds, DCM_StudyInstanceUID);
  dose.studyDate = dcm::ascii(ds, DCM_StudyDate);
  dose.patientCode = dcm::ascii(ds, DCM_PatientID);
  QSet<QString> seen;
  if (const Status s = readDoseDataset(ds, path, dose, seen); !s) return fail(s.error());
  return dose;
}

Result<std::vector<StudyDose>> storedStudyDose(const CaseStore& store, const QString& studyUid) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto series = db.listSeries();
  if (!series) return fail(series.error());
  std::map<std::pair<QString, QString>, std::vector<const SeriesSummary*>> studies;  // (code, date/uid)
  for (const SeriesSummary& s : series.value())
    if (studyUid.isEmpty() || s.studyUid == studyUid) studies[{s.patientCode, s.studyDate + QLatin1Char('/') + s.studyUid}].push_back(&s);
  if (!studyUid.isEmpty() && studies.empty()) return fail(DoseTr::tr("study %1 is not in the store").arg(studyUid));

  std::vector<StudyDose> out;
  for (const auto& [key, members] : studies) {
    StudyDose dose;
    dose.patientCode = members.front()->patientCode;
    dose.studyUid = members.front()->studyUid;
    dose.studyDate = members.front()->studyDate;
    QSet<QString> seenEvents;
    // The dose SRs first: what the scanner reported is the reference.
    for (const SeriesSummary* s : members) {
      if (s->modality != QLatin1String("SR")) continue;
      const auto instances = db.instancesOfSeries(s->seriesUid);
      if (!instances) return fail(instances.error());
      for (const InstanceRecord& instance : instances.value()) {
        if (!isDoseSrClass(instance.sopClassUid)) continue;
        const QString path = store.absoluteFilePath(instance.filePath);
        auto read = readDicomFile(path, ReadScope::Everything);
        if (!read) return fail(read.error());
        if (const Status s = readDoseDataset(read->file->getDataset(), path, dose, seenEvents); !s) return fail(s.error());
      }
    }
    if (dose.source == StudyDose::Source::None) {
      for (const SeriesSummary* s : members) {
        if (s->modality != QLatin1String("CT")) continue;
        const auto instances = db.instancesOfSeries(s->seriesUid);
        if (!instances) return fail(instances.error());
        QStringList files;
        for (const InstanceRecord& instance : instances.value())
          if (isCtImageClass(instance.sopClassUid)) files << store.absoluteFilePath(instance.filePath);
        if (auto event = eventOfImages(files, *s)) {
          dose.events.push_back(*event);
          dose.source = StudyDose::Source::Images;
        }
      }
    }
    out.push_back(std::move(dose));
  }
  return out;
}

QByteArray doseCsv(const std::vector<StudyDose>& studies) {
  QStringList lines;
  lines << QStringLiteral(
      "patient_code,study_uid,study_date,source,event,acquisition_type,target_region,ctdivol_mgy,dlp_mgy_cm,"
      "scan_length_mm,kvp,tube_current_ma,rotation_time_s,mas,phantom,ssde_mgy,total_dlp_mgy_cm");
  // Free text (protocol names, region meanings) quoted, and never read as a formula.
  auto text = [](QString value) {
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front())) value.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
  };
  for (const StudyDose& study : studies) {
    const QString head = QStringList{text(study.patientCode), study.studyUid, study.studyDate, doseSourceName(study.source)}.join(QLatin1Char(','));
    const QString total = number(study.totalDlpMgyCm, 2);
    if (study.events.empty()) {
      lines << head + QStringLiteral(",,,,,,,,,,,,") + total;
      continue;
    }
    for (const DoseEvent& e : study.events)
      lines << QStringList{head, text(e.label), text(e.acquisitionType), text(e.targetRegion), number(e.ctdiVolMgy, 2),
                           number(e.dlpMgyCm, 2), number(e.scanLengthMm, 1), number(e.kvp, 0), number(e.tubeCurrentMa, 0),
                           number(e.rotationTimeS, 3), number(e.mAs, 1), text(e.phantom), number(e.ssdeMgy, 2), total}
                   .join(QLatin1Char(','));
  }
  return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

}  // namespace rc
