#include "handoff/ClinicalImport.h"

#include "annotate/ClinicalTemplate.h"
#include "deid/CorrespondenceTable.h"
#include "deid/PhiScanner.h"
#include "storage/ClinicalRecordStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace rc {

namespace {

struct ClinicalImportTr {
  Q_DECLARE_TR_FUNCTIONS(ClinicalImport)
};

const QStringList kCodeColumns = {QStringLiteral("患者符号"), QStringLiteral("Patient code"), QStringLiteral("patient_code")};
const QStringList kOriginalIdColumns = {QStringLiteral("患者ID"), QStringLiteral("Patient ID"), QStringLiteral("patient_id")};

QString shown(const QJsonValue& v) {
  if (v.isDouble()) return QString::number(v.toDouble(), 'g', 12);
  if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
  return v.toString();
}

}  // namespace

Result<ClinicalMapping> ClinicalMapping::fromJson(const QByteArray& json, const QString& fileName) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject()) return fail(ClinicalImportTr::tr("%1: not a mapping: %2").arg(fileName, error.errorString()));
  const QJsonObject o = doc.object();
  ClinicalMapping m;
  m.templateId = o.value(QLatin1String("template")).toString(m.templateId);
  const QJsonObject key = o.value(QLatin1String("key")).toObject();
  m.keyColumn = key.value(QLatin1String("column")).toString();
  const QString kind = key.value(QLatin1String("kind")).toString(QStringLiteral("patient-code"));
  if (kind != QLatin1String("patient-code") && kind != QLatin1String("original-id"))
    return fail(ClinicalImportTr::tr("%1: key kind \"%2\" is neither patient-code nor original-id").arg(fileName, kind));
  m.key = kind == QLatin1String("original-id") ? Key::OriginalPatientId : Key::PatientCode;
  if (m.keyColumn.isEmpty()) return fail(ClinicalImportTr::tr("%1: the key column is missing (\"key\": {\"column\": ...})").arg(fileName));
  const QJsonObject columns = o.value(QLatin1String("columns")).toObject();
  for (auto it = columns.begin(); it != columns.end(); ++it) m.fields[it.key()] = it.value().toString();
  return m;
}

QByteArray ClinicalMapping::toJson() const {
  QJsonObject columns;
  for (const auto& [column, field] : fields) columns.insert(column, field);
  QJsonObject o{{QStringLiteral("template"), templateId},
                {QStringLiteral("key"), QJsonObject{{QStringLiteral("column"), keyColumn},
                                                    {QStringLiteral("kind"), key == Key::OriginalPatientId ? QStringLiteral("original-id")
                                                                                                           : QStringLiteral("patient-code")}}},
                {QStringLiteral("columns"), columns}};
  return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ClinicalMapping> ClinicalMapping::guess(const SpreadsheetTable& table, const QString& templateId) {
  const auto clinicalTemplate = ClinicalTemplate::builtIn(templateId);
  if (!clinicalTemplate) return fail(clinicalTemplate.error());
  ClinicalMapping m;
  m.templateId = templateId;
  for (const QString& h : table.header) {
    if (m.keyColumn.isEmpty() && kCodeColumns.contains(h)) m.keyColumn = h, m.key = Key::PatientCode;
    else if (m.keyColumn.isEmpty() && kOriginalIdColumns.contains(h)) m.keyColumn = h, m.key = Key::OriginalPatientId;
    for (const TemplateField& f : clinicalTemplate->fields())
      if (h == f.id || h == f.label(true) || h.compare(f.label(false), Qt::CaseInsensitive) == 0) m.fields[h] = f.id;
  }
  if (m.keyColumn.isEmpty())
    return fail(ClinicalImportTr::tr("no column names the patient (%1, or %2 inside the hospital); give a mapping file")
                    .arg(kCodeColumns.join(QStringLiteral(" / ")), kOriginalIdColumns.join(QStringLiteral(" / "))));
  return m;
}

Result<ClinicalImportReport> importClinicalData(const CaseStore& store, const CorrespondenceTable* table, const SpreadsheetTable& sheet,
                                                const ClinicalMapping& mapping, bool overwrite, const QString& actor) {
  const auto clinicalTemplate = ClinicalTemplate::builtIn(mapping.templateId);
  if (!clinicalTemplate) return fail(clinicalTemplate.error());
  const int keyIndex = int(sheet.header.indexOf(mapping.keyColumn));
  if (keyIndex < 0) return fail(ClinicalImportTr::tr("the sheet has no column \"%1\"").arg(mapping.keyColumn));
  if (mapping.key == ClinicalMapping::Key::OriginalPatientId && !table)
    return fail(ClinicalImportTr::tr("rows are matched by the original patient ID: the correspondence table's passphrase is needed"));
  std::vector<std::pair<int, QString>> columns;  // sheet index, field id
  for (const auto& [column, field] : mapping.fields) {
    const int index = int(sheet.header.indexOf(column));
    if (index < 0) return fail(ClinicalImportTr::tr("the sheet has no column \"%1\"").arg(column));
    if (!clinicalTemplate->field(field))
      return fail(ClinicalImportTr::tr("the template \"%1\" has no field \"%2\"").arg(mapping.templateId, field));
    columns.emplace_back(index, field);
  }
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto series = db.listSeries();
  if (!series) return fail(series.error());
  QSet<QString> codes;
  for (const SeriesSummary& s : series.value()) codes.insert(s.patientCode);

  // With the table at hand, no value that names a patient of it enters a record (the export
  // checks the case sheet again, with or without this).
  PhiScanner knownPatients;
  if (table) knownPatients.addCorrespondence(*table);

  ClinicalImportReport report;
  ClinicalRecordStore records(db);
  std::map<QString, ClinicalRecord> changed;
  for (const SpreadsheetRow& row : sheet.rows) {
    const int rowNumber = row.number;
    const QString key = row.value(keyIndex).trimmed();
    if (key.isEmpty() && std::all_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return c.second.trimmed().isEmpty(); })) continue;
    QString code;
    if (mapping.key == ClinicalMapping::Key::PatientCode) {
      code = key;
    } else {
      // Inside the hospital: the original ID, through the table (it stays there).
      // In any form it was typed in (full-width digits, other hyphens, spaces): one folding.
      const QStringList found = table->codesOfTypedPatientId(key);
      if (found.size() > 1) {
        report.unmatched.push_back({rowNumber, mapping.keyColumn, ClinicalImportTr::tr("the ID belongs to %n patients (several issuers)", nullptr, int(found.size()))});
        continue;
      }
      code = found.value(0);
    }
    if (code.isEmpty() || !codes.contains(code)) {
      // The original ID is not repeated in the report: row and column say which row it is.
      report.unmatched.push_back({rowNumber, mapping.keyColumn,
                                  mapping.key == ClinicalMapping::Key::PatientCode ? ClinicalImportTr::tr("no patient %1 in the store").arg(key)
                                                                                   : ClinicalImportTr::tr("no patient of the store has this ID")});
      continue;
    }
    if (!changed.count(code)) {
      const auto stored = records.load(code);
      if (!stored) return fail(stored.error());
      ClinicalRecord record;
      if (stored->has_value()) record = stored->value();
      record.patientCode = code;
      if (record.templateId.isEmpty()) record.templateId = mapping.templateId;
      changed[code] = record;
    }
    ClinicalRecord& record = changed[code];
    for (const auto& [index, field] : columns) {
      const QString text = row.value(index).trimmed();
      if (text.isEmpty()) continue;  // an empty cell never clears a value
      if (const QString named = table ? knownPatients.findInText(text) : QString(); !named.isEmpty()) {
        report.invalid.push_back({rowNumber, sheet.header.value(index), ClinicalImportTr::tr("refused: contains %1").arg(named)});
        continue;
      }
      const auto value = clinicalTemplate->validate(field, text);
      if (!value) {
        report.invalid.push_back({rowNumber, sheet.header.value(index), value.error()});
        continue;
      }
      const QJsonValue old = record.values.value(field);
      if (old == value.value()) continue;
      ClinicalImportReport::Change change{code, field, shown(old), shown(value.value())};
      if (!old.isNull() && !old.isUndefined() && !overwrite) {
        report.conflicts.push_back(change);
        continue;
      }
      record.values.insert(field, value.value());
      report.updated.push_back(change);
    }
  }
  for (auto& [code, record] : changed) {
    const bool touched = std::any_of(report.updated.begin(), report.updated.end(), [&](const auto& c) { return c.patientCode == code; });
    if (!touched) continue;
    const auto saved = records.save(record, actor);
    if (!saved) return fail(saved.error());
    ++report.patients;
  }
  return report;
}

}  // namespace rc
