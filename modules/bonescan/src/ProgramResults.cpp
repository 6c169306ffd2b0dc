#include "bonescan/ProgramResults.h"

#include "bonescan/BoneScan.h"
#include "deid/CorrespondenceTable.h"
#include "storage/BoneScanStore.h"
#include "storage/ReadingStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace rc::bonescan {

namespace {

const QStringList kFields = {QStringLiteral("program"), QStringLiteral("version"), QStringLiteral("tracer"), QStringLiteral("bsi"),
                             QStringLiteral("hotspots"), QStringLiteral("study_date")};

int columnOf(const SpreadsheetTable& table, const QString& header) {
  for (int i = 0; i < table.header.size(); ++i)
    if (sheetHeaderKey(table.header[i]) == sheetHeaderKey(header)) return i;
  return -1;
}

// The original ID through the table, in any form it was typed (as clinical data).
QString codeOfPatientId(const CorrespondenceTable& table, const QString& id, QString* problem) {
  const QStringList found = table.codesOfTypedPatientId(id);
  if (found.size() > 1) *problem = Tr::tr("the ID belongs to %n patients (several issuers)", nullptr, int(found.size()));
  return found.size() == 1 ? found.front() : QString();
}

// YYYYMMDD from YYYYMMDD or YYYY-MM-DD (the spreadsheet reader gives dates that way).
std::optional<QString> dicomDate(const QString& text) {
  QString t = text.trimmed();
  t.remove(QLatin1Char('-'));
  t.remove(QLatin1Char('/'));
  if (t.size() != 8 || !QDate::fromString(t, QStringLiteral("yyyyMMdd")).isValid()) return std::nullopt;
  return t;
}

}  // namespace

Result<ProgramResultMapping> ProgramResultMapping::fromJson(const QByteArray& json, const QString& fileName) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject()) return fail(Tr::tr("%1: not a JSON object (%2)").arg(fileName, error.errorString()));
  ProgramResultMapping m;
  const QJsonObject key = doc.object().value(QStringLiteral("key")).toObject();
  m.keyColumn = key.value(QStringLiteral("column")).toString();
  const QString kind = key.value(QStringLiteral("kind")).toString(QStringLiteral("patient-code"));
  if (m.keyColumn.isEmpty()) return fail(Tr::tr("%1: \"key\" needs a \"column\"").arg(fileName));
  if (kind == QLatin1String("original-id")) m.key = Key::OriginalPatientId;
  else if (kind != QLatin1String("patient-code"))
    return fail(Tr::tr("%1: key kind \"%2\" is neither patient-code nor original-id").arg(fileName, kind));
  const QJsonObject columns = doc.object().value(QStringLiteral("columns")).toObject();
  for (auto it = columns.begin(); it != columns.end(); ++it) {
    if (!kFields.contains(it.key())) return fail(Tr::tr("%1: unknown field \"%2\" (fields: %3)").arg(fileName, it.key(), kFields.join(QStringLiteral(", "))));
    m.columns[it.key()] = it.value().toString();
  }
  const QJsonObject regions = doc.object().value(QStringLiteral("regions")).toObject();
  for (auto it = regions.begin(); it != regions.end(); ++it) {
    if (!regionIds().contains(it.value().toString()))
      return fail(Tr::tr("%1: unknown region \"%2\" (regions: %3)").arg(fileName, it.value().toString(), regionIds().join(QStringLiteral(", "))));
    m.regionColumns[it.key()] = it.value().toString();
  }
  for (const QString& needed : {QStringLiteral("program"), QStringLiteral("tracer")})
    if (!m.columns.count(needed)) return fail(Tr::tr("%1: the mapping names no column for \"%2\"").arg(fileName, needed));
  return m;
}

Result<ProgramResultMapping> ProgramResultMapping::guess(const SpreadsheetTable& table) {
  ProgramResultMapping m;
  for (const QString& h : table.header) {
    const QString k = sheetHeaderKey(h);
    if (k == QLatin1String("patient_code") || k == QLatin1String("code") || k == QLatin1String("研究id")) {
      m.keyColumn = h;
      m.key = Key::PatientCode;
    } else if ((k == QLatin1String("patient_id") || k == QLatin1String("患者id")) && m.keyColumn.isEmpty()) {
      m.keyColumn = h;
      m.key = Key::OriginalPatientId;
    } else if (kFields.contains(k)) {
      m.columns[k] = h;
    } else if (k.startsWith(QLatin1String("bsi_")) && regionIds().contains(k.mid(4))) {
      m.regionColumns[h] = k.mid(4);
    }
  }
  if (m.keyColumn.isEmpty()) return fail(Tr::tr("no patient_code or patient_id column (columns: %1)").arg(table.header.join(QStringLiteral(", "))));
  for (const QString& needed : {QStringLiteral("program"), QStringLiteral("tracer")})
    if (!m.columns.count(needed)) return fail(Tr::tr("no \"%1\" column (columns: %2)").arg(needed, table.header.join(QStringLiteral(", "))));
  if (!m.columns.count(QStringLiteral("bsi")) && !m.columns.count(QStringLiteral("hotspots")))
    return fail(Tr::tr("neither a \"bsi\" nor a \"hotspots\" column (columns: %1)").arg(table.header.join(QStringLiteral(", "))));
  return m;
}

Result<ProgramImportReport> importProgramResults(CaseDatabase& db, const CorrespondenceTable* table, const SpreadsheetTable& sheet,
                                                 const ProgramResultMapping& mapping, const QString& source, const QString& actor) {
  if (mapping.key == ProgramResultMapping::Key::OriginalPatientId && !table)
    return fail(Tr::tr("the rows name patients by their original ID: the correspondence table is needed"));
  const int keyIndex = columnOf(sheet, mapping.keyColumn);
  if (keyIndex < 0) return fail(Tr::tr("%1: no column \"%2\"").arg(source, mapping.keyColumn));
  std::map<QString, int> index;
  for (const auto& [field, header] : mapping.columns) {
    const int i = columnOf(sheet, header);
    if (i < 0) return fail(Tr::tr("%1: no column \"%2\" (for %3)").arg(source, header, field));
    index[field] = i;
  }
  std::vector<std::pair<int, QString>> regionIndex;
  for (const auto& [header, region] : mapping.regionColumns) {
    const int i = columnOf(sheet, header);
    if (i < 0) return fail(Tr::tr("%1: no column \"%2\" (for the BSI of %3)").arg(source, header, region));
    regionIndex.emplace_back(i, region);
  }
  auto cell = [&](const SpreadsheetRow& row, const QString& field) {
    const auto it = index.find(field);
    return it == index.end() ? QString() : row.value(it->second).trimmed();
  };
  auto header = [&](const QString& field) { return mapping.columns.count(field) ? mapping.columns.at(field) : field; };

  const auto series = db.listSeries();
  if (!series) return fail(series.error());
  QSet<QString> codes;
  for (const SeriesSummary& s : *series) codes.insert(s.patientCode);

  ProgramImportReport report;
  std::vector<ProgramResultRecord> results;
  std::map<QString, int> firstRowOf;  // patient, date, program, version -> row
  const QString fileName = QFileInfo(source).fileName();
  for (const SpreadsheetRow& row : sheet.rows) {
    const QString key = row.value(keyIndex).trimmed();
    if (std::all_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return c.second.trimmed().isEmpty(); })) continue;
    QString code, problem;
    if (mapping.key == ProgramResultMapping::Key::PatientCode) code = key;
    else code = codeOfPatientId(*table, key, &problem);
    if (code.isEmpty() || !codes.contains(code)) {
      // The original ID is not repeated in the report: row and column say which row it is.
      report.unmatched.push_back({row.number, mapping.keyColumn,
                                  !problem.isEmpty() ? problem
                                  : mapping.key == ProgramResultMapping::Key::PatientCode ? Tr::tr("no patient %1 in the store").arg(key)
                                                                                         : Tr::tr("no patient of the store has this ID")});
      continue;
    }
    ProgramResultRecord r;
    r.patientCode = code;
    r.program = cell(row, QStringLiteral("program"));
    r.version = cell(row, QStringLiteral("version"));
    r.source = QStringLiteral("%1 row %2").arg(fileName).arg(row.number);
    std::vector<ProgramImportReport::Problem> bad;
    if (r.program.isEmpty()) bad.push_back({row.number, header(QStringLiteral("program")), Tr::tr("no program named")});
    const QString tracerText = cell(row, QStringLiteral("tracer"));
    if (const auto tracer = tracerOf(tracerText)) r.tracer = *tracer;
    else
      bad.push_back({row.number, header(QStringLiteral("tracer")),
                     tracerText.isEmpty() ? Tr::tr("no tracer given") : Tr::tr("unknown tracer \"%1\" (99mTc-MDP or 99mTc-HMDP)").arg(tracerText)});
    if (const QString d = cell(row, QStringLiteral("study_date")); !d.isEmpty()) {
      if (const auto date = dicomDate(d)) r.studyDate = *date;
      else bad.push_back({row.number, header(QStringLiteral("study_date")), Tr::tr("\"%1\" is not a date").arg(d)});
    }
    auto bsiValue = [&](const QString& text, const QString& column) -> std::optional<double> {
      bool ok = false;
      const double v = text.normalized(QString::NormalizationForm_KC).toDouble(&ok);
      if (!ok || !std::isfinite(v) || v < 0 || v > 100) {
        bad.push_back({row.number, column, Tr::tr("BSI \"%1\" is not a percentage from 0 to 100").arg(text)});
        return std::nullopt;
      }
      return v;
    };
    if (const QString b = cell(row, QStringLiteral("bsi")); !b.isEmpty()) r.bsi = bsiValue(b, header(QStringLiteral("bsi")));
    if (const QString h = cell(row, QStringLiteral("hotspots")); !h.isEmpty()) {
      bool ok = false;
      const double v = h.normalized(QString::NormalizationForm_KC).toDouble(&ok);
      if (!ok || v < 0 || v != std::floor(v) || v > 100000)
        bad.push_back({row.number, header(QStringLiteral("hotspots")), Tr::tr("hotspot count \"%1\" is not a whole number >= 0").arg(h)});
      else r.hotspots = int(v);
    }
    if (!r.bsi && !r.hotspots && bad.empty())
      bad.push_back({row.number, header(QStringLiteral("bsi")), Tr::tr("the row gives neither a BSI nor a hotspot count")});
    QJsonObject regions;
    for (const auto& [column, region] : regionIndex) {
      const QString v = row.value(column).trimmed();
      if (v.isEmpty()) continue;
      if (const auto b = bsiValue(v, sheet.header.value(column))) regions.insert(region, *b);
    }
    if (!regions.isEmpty()) r.regionBsi = QString::fromUtf8(QJsonDocument(regions).toJson(QJsonDocument::Compact));
    const QString identity = QStringList{code, r.studyDate, r.program, r.version}.join(QChar(0x1f));
    if (bad.empty()) {
      if (const auto first = firstRowOf.find(identity); first != firstRowOf.end())
        bad.push_back({row.number, header(QStringLiteral("program")),
                       Tr::tr("repeats row %1 (same patient, program and version)").arg(first->second)});
    }
    if (!bad.empty()) {
      report.invalid.insert(report.invalid.end(), bad.begin(), bad.end());
      continue;
    }
    firstRowOf[identity] = row.number;
    results.push_back(std::move(r));
  }
  if (!results.empty()) {
    BoneScanStore store(db);
    const auto replaced = store.saveResults(
        results, AuditEntry{QStringLiteral("program results imported"), actor, QString(),
                            QStringLiteral("%1: %2 results").arg(fileName).arg(results.size()), QString(), QString()});
    if (!replaced) return fail(replaced.error());
    report.replaced = *replaced;
  }
  report.stored = int(results.size());
  return report;
}

}  // namespace rc::bonescan
