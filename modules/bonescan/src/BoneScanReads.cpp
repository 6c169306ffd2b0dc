#include "bonescan/BoneScanReads.h"

#include "deid/CorrespondenceTable.h"

#include <QFileInfo>

#include <cmath>
#include <map>

namespace rc::bonescan {

namespace {

int columnNamed(const SpreadsheetTable& sheet, const QStringList& names) {
  for (int i = 0; i < sheet.header.size(); ++i)
    if (names.contains(sheetHeaderKey(sheet.header[i]))) return i;
  return -1;
}

const QStringList kCodeHeaders = {QStringLiteral("patient_code"), QStringLiteral("code"), QStringLiteral("研究id")};
const QStringList kIdHeaders = {QStringLiteral("patient_id"), QStringLiteral("患者id")};

}  // namespace

Result<BoneScanReadRecord> readingRecord(const ViewerReading& reading, qint64 caseId, const QString& reader) {
  for (const HotspotMarkRecord& m : reading.marks) {
    if (!regionIds().contains(m.region)) return fail(Tr::tr("unknown region \"%1\"").arg(m.region));
    if (!callIds().contains(m.call)) return fail(Tr::tr("unknown call \"%1\"").arg(m.call));
    if (m.view != QLatin1String("anterior") && m.view != QLatin1String("posterior")) return fail(Tr::tr("unknown view \"%1\"").arg(m.view));
  }
  const LesionCounts counts = countLesions(reading.marks);
  BoneScanReadRecord r;
  r.caseId = caseId;
  r.reader = reader;
  r.metastases = counts.metastases;
  r.superscan = reading.superscan;
  r.eod = eodGrade(counts.metastases, reading.superscan);
  if (reading.eodOverride && *reading.eodOverride != r.eod) {
    if (*reading.eodOverride < 0 || *reading.eodOverride > 4) return fail(Tr::tr("an EOD grade is 0 to 4, not %1").arg(*reading.eodOverride));
    if (reading.eodReason.trimmed().isEmpty())
      return fail(Tr::tr("the EOD grade %1 differs from the count's grade %2: give the reason").arg(*reading.eodOverride).arg(r.eod));
    r.eod = *reading.eodOverride;
    r.eodReason = reading.eodReason.trimmed();
  }
  r.metastasis = reading.metastasis.value_or(counts.metastases > 0 || reading.superscan);
  r.source = QStringLiteral("viewer");
  r.revision = reading.revision;
  return r;
}

Result<int> saveViewerReading(ReadingStudy& study, const ProjectRecord& project, const QString& seriesUid, const ViewerReading& reading) {
  const auto c = study.store().caseOf(project.id, seriesUid);
  if (!c) return fail(c.error());
  if (!c->has_value()) return fail(Tr::tr("%1 is not a case of %2").arg(seriesUid, project.name));
  const QString reader = study.actor().login;
  const SetAccess access = study.access(project, **c, reader);
  if (!access.canOpen || access.readOnly) return fail(access.reason);
  auto record = readingRecord(reading, c->value().id, reader);
  if (!record) return fail(record.error());
  BoneScanStore store(study.store().database());
  return store.saveRead(*record, reading.marks,
                        AuditEntry{QStringLiteral("bone-scan reading saved"), reader, c->value().patientCode,
                                   QStringLiteral("%1 metastases, EOD %2").arg(record->metastases).arg(record->eod), project.name, seriesUid});
}

Result<ViewerReading> loadViewerReading(ReadingStudy& study, const ProjectRecord& project, const QString& seriesUid,
                                        const QString& whose) {
  const auto c = study.store().caseOf(project.id, seriesUid);
  if (!c) return fail(c.error());
  if (!c->has_value()) return fail(Tr::tr("%1 is not a case of %2").arg(seriesUid, project.name));
  const QString reader = whose.isEmpty() ? study.actor().login : whose;
  const SetAccess access = study.access(project, **c, reader);
  if (!access.canOpen) return fail(access.reason);
  BoneScanStore store(study.store().database());
  const auto read = store.read(c->value().id, reader);
  if (!read) return fail(read.error());
  ViewerReading out;
  if (!read->has_value()) return out;
  const auto marks = store.marks(c->value().id, reader);
  if (!marks) return fail(marks.error());
  out.marks = *marks;
  out.superscan = read->value().superscan;
  if (!read->value().eodReason.isEmpty()) {
    out.eodOverride = read->value().eod;
    out.eodReason = read->value().eodReason;
  }
  // The reader's own yes/no only where it differs from what the marks give (else it follows them).
  if (read->value().metastasis != (countLesions(out.marks).metastases > 0 || out.superscan)) out.metastasis = read->value().metastasis;
  out.revision = read->value().revision;
  return out;
}

bool readsNeedCorrespondence(const SpreadsheetTable& sheet) {
  return columnNamed(sheet, kCodeHeaders) < 0 && columnNamed(sheet, kIdHeaders) >= 0;
}

Result<ReadsImportReport> importReads(CaseDatabase& db, ReadingStudy& study, const ProjectRecord& project, const CorrespondenceTable* table,
                                      const SpreadsheetTable& sheet, const QString& source) {
  if (!study.actorHas(role::dataManager))
    return fail(ReadingStudy::tr("%1 may not %2: that needs the role %3").arg(study.actor().login, Tr::tr("import readings"), role::dataManager));
  if (!project.archivedAt.isEmpty()) return fail(ReadingStudy::tr("the project %1 is archived").arg(project.name));
  const int codeColumn = columnNamed(sheet, kCodeHeaders);
  const int idColumn = codeColumn < 0 ? columnNamed(sheet, kIdHeaders) : -1;
  if (codeColumn < 0 && idColumn < 0) return fail(Tr::tr("%1: no patient_code or patient_id column").arg(source));
  if (idColumn >= 0 && !table) return fail(Tr::tr("the rows name patients by their original ID: the correspondence table is needed"));
  const int readerColumn = columnNamed(sheet, {QStringLiteral("reader"), QStringLiteral("読影医")});
  const int countColumn = columnNamed(sheet, {QStringLiteral("metastases"), QStringLiteral("転移数")});
  const int eodColumn = columnNamed(sheet, {QStringLiteral("eod")});
  const int yesNoColumn = columnNamed(sheet, {QStringLiteral("metastasis"), QStringLiteral("転移の有無")});
  const int dateColumn = columnNamed(sheet, {QStringLiteral("study_date"), QStringLiteral("検査日")});
  if (readerColumn < 0) return fail(Tr::tr("%1: no reader column").arg(source));
  if (countColumn < 0 && eodColumn < 0 && yesNoColumn < 0) return fail(Tr::tr("%1: no metastases, eod or metastasis column").arg(source));
  const int keyColumn = codeColumn >= 0 ? codeColumn : idColumn;

  const auto cases = study.store().cases(project.id);
  if (!cases) return fail(cases.error());
  std::map<QString, std::vector<const CaseRecord*>> casesOfPatient;
  for (const CaseRecord& c : *cases)
    if (c.excludedReason.isEmpty()) casesOfPatient[c.patientCode].push_back(&c);

  BoneScanStore store(db);
  ReadsImportReport report;
  const QString fileName = QFileInfo(source).fileName();
  for (const SpreadsheetRow& row : sheet.rows) {
    if (std::all_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return c.second.trimmed().isEmpty(); })) continue;
    const QString keyHeader = sheet.header.value(keyColumn);
    const QString key = row.value(keyColumn).trimmed();
    QString code = key;
    if (idColumn >= 0) {
      const QStringList found = table->codesOfTypedPatientId(key);
      code = found.size() == 1 ? found.front() : QString();
    }
    const auto patientCases = casesOfPatient.find(code);
    if (code.isEmpty() || patientCases == casesOfPatient.end()) {
      report.unmatched.push_back({row.number, keyHeader,
                                  idColumn >= 0 ? Tr::tr("no case of %1 belongs to a patient with this ID").arg(project.name)
                                                : Tr::tr("no case of %1 belongs to patient %2").arg(project.name, key)});
      continue;
    }
    const CaseRecord* theCase = nullptr;
    if (patientCases->second.size() == 1) {
      theCase = patientCases->second.front();
    } else {
      QString date = dateColumn >= 0 ? row.value(dateColumn).trimmed() : QString();
      date.remove(QLatin1Char('-'));
      for (const CaseRecord* c : patientCases->second)
        if (!date.isEmpty() && c->studyDate == date) theCase = c;
      if (!theCase) {
        report.unmatched.push_back({row.number, keyHeader, Tr::tr("the patient has %n cases in the project: give the study_date", nullptr,
                                                                  int(patientCases->second.size()))});
        continue;
      }
    }
    const QString reader = row.value(readerColumn).trimmed();
    const QString readerHeader = sheet.header.value(readerColumn);
    const auto person = study.store().person(reader);
    if (!person) return fail(person.error());
    std::vector<ProgramImportReport::Problem> bad;
    if (!person->has_value()) bad.push_back({row.number, readerHeader, Tr::tr("%1 is not one of this store's people").arg(reader)});
    else if (person->value().kind != QLatin1String("person"))
      bad.push_back({row.number, readerHeader, Tr::tr("%1 is a model: a program's result is not a reader's reading").arg(reader)});
    else if (std::none_of(theCase->assignments.begin(), theCase->assignments.end(), [&](const AssignmentRecord& a) { return a.reader == reader; }))
      bad.push_back({row.number, readerHeader, Tr::tr("%1 is not assigned to this case").arg(reader)});

    BoneScanReadRecord r;
    r.caseId = theCase->id;
    r.reader = reader;
    r.source = QStringLiteral("imported");
    std::optional<int> count, eod;
    std::optional<bool> present;
    auto whole = [&](int column, int max, const QString& what) -> std::optional<int> {
      const QString text = row.value(column).trimmed();
      if (column < 0 || text.isEmpty()) return std::nullopt;
      bool ok = false;
      const double v = text.normalized(QString::NormalizationForm_KC).toDouble(&ok);
      if (!ok || v < 0 || v > max || v != std::floor(v)) {
        bad.push_back({row.number, sheet.header.value(column), Tr::tr("%1 \"%2\" is not a whole number from 0 to %3").arg(what, text).arg(max)});
        return std::nullopt;
      }
      return int(v);
    };
    count = whole(countColumn, 100000, Tr::tr("the count of metastases"));
    eod = whole(eodColumn, 4, Tr::tr("the EOD grade"));
    if (yesNoColumn >= 0 && !row.value(yesNoColumn).trimmed().isEmpty()) {
      present = yesNo(row.value(yesNoColumn));
      if (!present)
        bad.push_back({row.number, sheet.header.value(yesNoColumn), Tr::tr("\"%1\" is not yes/no, 1/0 or あり/なし").arg(row.value(yesNoColumn))});
    }
    if (bad.empty() && !count && !eod && !present) bad.push_back({row.number, readerHeader, Tr::tr("the row gives no reading")});
    if (bad.empty()) {
      r.superscan = eod == 4;
      r.metastases = count.value_or(0);
      const int byRule = eodGrade(r.metastases, r.superscan);
      r.eod = eod.value_or(byRule);
      if (count && eod && *eod != byRule)
        r.eodReason = Tr::tr("as given on paper (%n metastases give EOD %1)", nullptr, r.metastases).arg(byRule);
      r.metastasis = present.value_or(r.metastases > 0 || r.superscan);
      if (present && count && !*present && *count > 0)
        bad.push_back({row.number, sheet.header.value(yesNoColumn), Tr::tr("metastasis \"no\" with %n metastases counted", nullptr, *count)});
    }
    if (!bad.empty()) {
      report.invalid.insert(report.invalid.end(), bad.begin(), bad.end());
      continue;
    }
    const auto stored = store.read(theCase->id, reader);
    if (!stored) return fail(stored.error());
    if (stored->has_value() && stored->value().source == QLatin1String("viewer")) {
      report.invalid.push_back({row.number, readerHeader, Tr::tr("%1 read this case in the viewer; that reading is kept").arg(reader)});
      continue;
    }
    r.revision = stored->has_value() ? stored->value().revision : 0;
    const auto saved = store.saveRead(r, std::nullopt,
                                      AuditEntry{QStringLiteral("bone-scan reading imported"), study.actor().login, theCase->patientCode,
                                                 QStringLiteral("%1 (%2 row %3)").arg(reader, fileName).arg(row.number), project.name,
                                                 theCase->seriesUid});
    if (!saved) return fail(saved.error());
    ++report.stored;
    if (stored->has_value()) ++report.replaced;
  }
  return report;
}

Result<std::vector<BoneScanReadRecord>> visibleReads(ReadingStudy& study, const ProjectRecord& project) {
  BoneScanStore store(study.store().database());
  auto all = store.reads(project.id);
  if (!all) return all;
  const auto cases = study.store().cases(project.id);
  if (!cases) return fail(cases.error());
  std::map<qint64, const CaseRecord*> caseById;
  for (const CaseRecord& c : *cases) caseById[c.id] = &c;
  std::vector<BoneScanReadRecord> out;
  for (const BoneScanReadRecord& r : *all) {
    const auto c = caseById.find(r.caseId);
    if (c == caseById.end()) continue;
    if (study.access(project, *c->second, r.reader).canOpen) out.push_back(r);
  }
  return out;
}

}  // namespace rc::bonescan
