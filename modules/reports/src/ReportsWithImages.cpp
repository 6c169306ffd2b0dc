#include "reports/ReportsWithImages.h"

#include "reports/ReportReview.h"

#include "ReportsTr.h"
#include "deid/CorrespondenceTable.h"
#include "dicom/CharacterSet.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"
#include "storage/ReadingStore.h"
#include "storage/ReportStore.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <mutex>

namespace rc {

namespace {

struct ReportText {
  QString findings, impression;
};

QString conceptOf(DcmItem* item) {
  DcmItem* concept = nullptr;
  if (item->findAndGetSequenceItem(DCM_ConceptNameCodeSequence, concept, 0).bad() || !concept) return QString();
  return dcm::ascii(concept, DCM_CodeValue) + QLatin1Char('|') + dcm::ascii(concept, DCM_CodeMeaning).toLower();
}

// Every TEXT value under `item`: an impression by its concept or its section's, else a finding.
void collectText(DcmItem* item, const CharacterSet& charset, bool inImpression, ReportText& out) {
  DcmSequenceOfItems* content = nullptr;
  if (item->findAndGetSequence(DCM_ContentSequence, content).bad() || !content) return;
  for (unsigned long n = 0; n < content->card(); ++n) {
    DcmItem* child = content->getItem(n);
    const QString concept = conceptOf(child);
    const bool impression = inImpression || concept.startsWith(QLatin1String("121072|")) || concept.startsWith(QLatin1String("121073|")) ||
                            concept.contains(QLatin1String("impression")) || concept.contains(QLatin1String("conclusion"));
    if (dcm::ascii(child, DCM_ValueType) == QLatin1String("TEXT")) {
      const QString text = dcm::text(child, DCM_TextValue, charset).trimmed();
      QString& target = impression ? out.impression : out.findings;
      if (!text.isEmpty()) target += (target.isEmpty() ? QString() : QStringLiteral("\n")) + text;
    }
    collectText(child, charset, impression, out);
  }
}

}  // namespace

ReportTextCleaner reportTextCleaner(const ScrubSettings& settings, const CorrespondenceTable& table) {
  struct Shared {
    ScrubSettings settings;
    std::once_flag made;
    std::shared_ptr<const TextScrubber> scrubber;
    std::vector<ScrubPatient> everyone;  // the table's patients
  };
  auto shared = std::make_shared<Shared>();
  shared->settings = settings;
  for (const CorrespondenceEntry& e : table.entries())
    if (e.optedOutAt.isEmpty())
      shared->everyone.push_back({e.identity.name, {}, e.identity.patientId, e.identity.birthDate, 0});
  return [shared](const QString& text, const PatientIdentity& patient, const PatientKeys& keys) {
    std::call_once(shared->made, [&] {
      if (auto made = TextScrubber::create(shared->settings)) shared->scrubber = made.value();
    });
    if (!shared->scrubber) return QString();
    ScrubContext context;
    context.patients.push_back({patient.name, {}, patient.patientId, patient.birthDate, keys.dateOffsetDays});
    context.tablePatients = &shared->everyone;
    return shared->scrubber->scrub(text, context).text;
  };
}

Result<int> reportsFromImportedSrs(const CaseStore& store, const QStringList& seriesUids, const QString& actor) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  std::vector<ReportRecord> records;
  for (const QString& seriesUid : seriesUids) {
    const auto series = db.series(seriesUid);
    if (!series) return fail(series.error());
    if (series->modality != QLatin1String("SR")) continue;
    const auto instances = db.instancesOfSeries(seriesUid);
    if (!instances) return fail(instances.error());
    for (const InstanceRecord& instance : instances.value()) {
      if (!isReportSr(instance.sopClassUid)) continue;
      auto read = readDicomFile(store.absoluteFilePath(instance.filePath), ReadScope::Everything);
      if (!read) return fail(read.error());
      DcmDataset* ds = read->file->getDataset();
      if (conceptOf(ds).startsWith(QLatin1String("126000|"))) continue;  // a TID 1500 measurement report: labels
      ReportText text;
      collectText(ds, CharacterSet(dcm::rawValue(ds, DCM_SpecificCharacterSet)), false, text);
      if (text.findings.isEmpty() && text.impression.isEmpty()) continue;
      ReportRecord r;
      r.studyUid = series->studyUid;
      r.source = ReportsTr::tr("SR with the images (series %1)").arg(series->seriesNumber);
      r.sourceKey = QStringLiteral("sr:") + instance.sopInstanceUid;  // a mapped UID: identifies nothing
      r.reportDate = series->studyDate;
      r.findings = text.findings;
      r.impression = text.impression;
      const QString reason = ReportsTr::tr("replaced when the report SR was imported");
      std::vector<ReportHighlight> replacements = placeholdersIn(QStringLiteral("findings"), r.findings, reason);
      for (const ReportHighlight& h : placeholdersIn(QStringLiteral("impression"), r.impression, reason)) replacements.push_back(h);
      r.replacements = replacementsJson(replacements);
      records.push_back(std::move(r));
    }
  }
  if (records.empty()) return 0;
  return ReportStore(db).add(records, {QStringLiteral("reports imported"), actor, QString(),
                                       ReportsTr::tr("%1 report SR(s) that came with the images").arg(records.size()), QString(), QString()});
}

}  // namespace rc
