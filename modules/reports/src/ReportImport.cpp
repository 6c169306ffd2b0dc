#include "reports/ReportImport.h"

#include "reports/ReportReview.h"

#include "DateText.h"
#include "ReportsTr.h"
#include "core/IdentifierText.h"
#include "core/Parallel.h"
#include "core/JapaneseText.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Profile.h"
#include "handoff/ClinicalImport.h"
#include "storage/ReadingStore.h"
#include "storage/ReportStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {

namespace {

QString firstDate(const QString& text) {
  const FoldedText norm = normalizeTextNfkc(text);
  const auto dates = findDates(norm.text, 0);
  for (const DateInText& d : dates)
    if (d.yearGiven && d.precision == DateInText::Precision::Day) return d.date.toString(QStringLiteral("yyyyMMdd"));
  return QString();
}

QString headerKey(const QString& header) { return header.trimmed().toCaseFolded().remove(QLatin1Char(' ')).remove(QLatin1Char('_')); }

// ---- HL7 v2 -------------------------------------------------------------------------------

struct Hl7Delimiters {
  QChar field = QLatin1Char('|'), component = QLatin1Char('^'), repetition = QLatin1Char('~'), escape = QLatin1Char('\\'),
        subcomponent = QLatin1Char('&');
};

QString unescapeHl7(const QString& value, const Hl7Delimiters& d) {
  QString out;
  for (qsizetype i = 0; i < value.size(); ++i) {
    if (value.at(i) != d.escape) {
      out += value.at(i);
      continue;
    }
    const qsizetype end = value.indexOf(d.escape, i + 1);
    if (end < 0) {
      out += value.mid(i);
      break;
    }
    const QString code = value.mid(i + 1, end - i - 1);
    if (code == QLatin1String("F")) out += d.field;
    else if (code == QLatin1String("S")) out += d.component;
    else if (code == QLatin1String("T")) out += d.subcomponent;
    else if (code == QLatin1String("R")) out += d.repetition;
    else if (code == QLatin1String("E")) out += d.escape;
    else if (code == QLatin1String(".br")) out += QLatin1Char('\n');
    // Other escapes (formatting, hex) carry no text worth keeping.
    i = end;
  }
  return out;
}

// The encoding MSH-18 names, read from the raw bytes (the header is ASCII in every encoding).
QString hl7EncodingHint(const QByteArray& bytes) {
  const qsizetype msh = bytes.indexOf("MSH");
  if (msh < 0 || msh + 3 >= bytes.size()) return QString();
  const char separator = bytes.at(msh + 3);
  qsizetype end = bytes.indexOf('\r', msh);
  if (end < 0) end = bytes.indexOf('\n', msh);
  const QList<QByteArray> fields = bytes.mid(msh, end < 0 ? -1 : end - msh).split(separator);
  const QByteArray charset = fields.value(17).trimmed().toUpper();  // MSH-18 (MSH-1 is the separator itself)
  if (charset.contains("UTF-8") || charset.contains("UTF8")) return QStringLiteral("UTF-8");
  if (charset.contains("IR87") || charset.contains("IR 87") || charset.contains("2022")) return QStringLiteral("ISO-2022-JP");
  if (charset.contains("SJIS") || charset.contains("SHIFT")) return QStringLiteral("Shift_JIS");
  return QString();
}

Result<std::vector<SourceReport>> readHl7(const QString& path, const QString& text, QStringList* problems) {
  QString normalized = text;
  normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\r")).replace(QLatin1Char('\n'), QLatin1Char('\r'));
  std::vector<SourceReport> reports;
  Hl7Delimiters d;
  SourceReport* current = nullptr;
  bool oru = false;
  int message = 0;
  const QString name = QFileInfo(path).fileName();
  auto finish = [&] {
    if (!current) return;
    if (current->findings.trimmed().isEmpty() && current->impression.trimmed().isEmpty()) {
      if (problems) *problems << ReportsTr::tr("%1: no report text (OBX)").arg(current->where);
      reports.pop_back();
    }
    current = nullptr;
  };
  for (const QString& segment : normalized.split(QLatin1Char('\r'), Qt::SkipEmptyParts)) {
    const QString type = segment.left(3);
    if (type == QLatin1String("MSH")) {
      finish();
      ++message;
      if (segment.size() < 8) return fail(ReportsTr::tr("%1: message %2: a damaged MSH segment").arg(path).arg(message));
      d.field = segment.at(3);
      d.component = segment.at(4);
      d.repetition = segment.at(5);
      d.escape = segment.at(6);
      d.subcomponent = segment.at(7);
      const QStringList fields = segment.split(d.field);
      oru = fields.value(8).startsWith(QLatin1String("ORU"));  // MSH-9
      if (!oru) {
        if (problems) *problems << ReportsTr::tr("%1 message %2: not a result message (MSH-9 %3); skipped").arg(name).arg(message).arg(fields.value(8));
        continue;
      }
      reports.emplace_back();
      current = &reports.back();
      current->where = ReportsTr::tr("%1 message %2").arg(name).arg(message);
      continue;
    }
    if (!current || !oru) continue;
    const QStringList f = segment.split(d.field);
    auto component = [&](const QString& field, int n) { return unescapeHl7(field.split(d.repetition).value(0).split(d.component).value(n), d).trimmed(); };
    if (type == QLatin1String("PID")) {
      current->patientId = component(f.value(3), 0);
      for (const QString& repetition : f.value(5).split(d.repetition, Qt::SkipEmptyParts)) {
        const QStringList parts = repetition.split(d.component);
        const QString full = (unescapeHl7(parts.value(0), d) + QLatin1Char(' ') + unescapeHl7(parts.value(1), d)).trimmed();
        if (!full.isEmpty()) current->patientNames << full;
      }
      current->birthDate = f.value(7).left(8);
    } else if (type == QLatin1String("OBR")) {
      current->accessionNumber = component(f.value(3), 0);
      if (current->accessionNumber.isEmpty()) current->accessionNumber = component(f.value(18), 0);
      if (current->accessionNumber.isEmpty()) current->accessionNumber = component(f.value(2), 0);
      const QString when = f.value(7).isEmpty() ? f.value(6) : f.value(7);
      current->studyDate = when.left(8);
      // OBR-32 Principal Result Interpreter: ID&family&given.
      const QStringList interpreter = f.value(32).split(d.component).value(0).split(d.subcomponent);
      const QString author = (interpreter.value(1) + QLatin1Char(' ') + interpreter.value(2)).trimmed();
      if (!author.isEmpty()) current->author = unescapeHl7(author, d);
    } else if (type == QLatin1String("OBX")) {
      const QString valueType = f.value(2).trimmed();
      if (valueType != QLatin1String("TX") && valueType != QLatin1String("FT") && valueType != QLatin1String("ST")) continue;
      QStringList lines;
      for (const QString& line : f.value(5).split(d.repetition)) lines << unescapeHl7(line, d);
      const QString observation = f.value(3).toCaseFolded();
      const bool impression = observation.contains(QLatin1String("imp")) || observation.contains(QLatin1String("19005-8")) ||
                              observation.contains(QStringLiteral("診断")) || observation.contains(QStringLiteral("印象")) ||
                              observation.contains(QLatin1String("conclusion"));
      QString& target = impression ? current->impression : current->findings;
      if (!target.isEmpty()) target += QLatin1Char('\n');
      target += lines.join(QLatin1Char('\n'));
      if (current->author.isEmpty()) {
        const QStringList observer = f.value(16).split(d.component);
        current->author = (unescapeHl7(observer.value(1), d) + QLatin1Char(' ') + unescapeHl7(observer.value(2), d)).trimmed();
      }
    }
  }
  finish();
  return reports;
}

// ---- Spreadsheets -------------------------------------------------------------------------

Result<std::vector<SourceReport>> readSheet(const QString& path, const ReportMapping& mapping, QStringList* problems) {
  const auto sheet = readSpreadsheet(path);
  if (!sheet) return fail(sheet.error());
  std::map<QString, QList<int>> columnsOf;  // role -> columns
  for (const auto& [role, headers] : mapping.columns)
    for (int c = 0; c < sheet->header.size(); ++c)
      for (const QString& h : headers)
        if (headerKey(sheet->header[c]) == headerKey(h)) columnsOf[role] << c;
  if (!columnsOf.count(QStringLiteral("findings")) && !columnsOf.count(QStringLiteral("impression")))
    return fail(ReportsTr::tr("%1: no column of report text (findings or impression; a mapping file names them)").arg(path));
  if (!columnsOf.count(QStringLiteral("patient_id")) && !columnsOf.count(QStringLiteral("accession_number")))
    return fail(ReportsTr::tr("%1: no patient ID or accession number column (a mapping file names them)").arg(path));
  const QString name = QFileInfo(path).fileName();
  std::vector<SourceReport> reports;
  for (const SpreadsheetRow& row : sheet->rows) {
    auto value = [&](const QString& role) {
      QStringList values;
      for (int c : columnsOf[role])
        if (const QString v = row.value(c).trimmed(); !v.isEmpty()) values << v;
      return values;
    };
    SourceReport r;
    r.where = ReportsTr::tr("%1 row %2").arg(name).arg(row.number);
    r.patientId = value(QStringLiteral("patient_id")).value(0);
    r.accessionNumber = value(QStringLiteral("accession_number")).value(0);
    const QString date = value(QStringLiteral("study_date")).value(0);
    r.studyDate = firstDate(date);
    r.author = value(QStringLiteral("author")).value(0);
    r.patientNames = value(QStringLiteral("patient_name"));
    r.birthDate = firstDate(value(QStringLiteral("birth_date")).value(0));
    r.findings = value(QStringLiteral("findings")).join(QLatin1Char('\n'));
    r.impression = value(QStringLiteral("impression")).join(QLatin1Char('\n'));
    if (r.findings.isEmpty() && r.impression.isEmpty()) {
      if (problems) *problems << ReportsTr::tr("%1: no report text").arg(r.where);
      continue;
    }
    if (!date.isEmpty() && r.studyDate.isEmpty() && problems) *problems << ReportsTr::tr("%1: the study date %2 is not a date; ignored").arg(r.where, date);
    reports.push_back(r);
  }
  return reports;
}

}  // namespace

Result<ReportMapping> ReportMapping::fromJson(const QByteArray& json, const QString& fileName) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject()) return fail(ReportsTr::tr("%1: not a mapping file: %2").arg(fileName, error.errorString()));
  static const QStringList roles = {QStringLiteral("patient_id"), QStringLiteral("accession_number"), QStringLiteral("study_date"),
                                    QStringLiteral("findings"),   QStringLiteral("impression"),       QStringLiteral("author"),
                                    QStringLiteral("patient_name"), QStringLiteral("birth_date")};
  ReportMapping mapping;
  const QJsonObject columns = doc.object().value(QStringLiteral("columns")).toObject();
  for (auto it = columns.begin(); it != columns.end(); ++it) {
    if (!roles.contains(it.key()))
      return fail(ReportsTr::tr("%1: unknown role \"%2\" (roles: %3)").arg(fileName, it.key(), roles.join(QStringLiteral(", "))));
    QStringList headers;
    if (it->isArray())
      for (const QJsonValue& v : it->toArray()) headers << v.toString();
    else
      headers << it->toString();
    mapping.columns[it.key()] = headers;
  }
  return mapping;
}

ReportMapping ReportMapping::usual() {
  ReportMapping m;
  m.columns[QStringLiteral("patient_id")] = {QStringLiteral("患者ID"), QStringLiteral("患者番号"), QStringLiteral("patient_id"), QStringLiteral("patient id")};
  m.columns[QStringLiteral("accession_number")] = {QStringLiteral("受付番号"), QStringLiteral("オーダ番号"), QStringLiteral("accession_number"),
                                                   QStringLiteral("accession")};
  m.columns[QStringLiteral("study_date")] = {QStringLiteral("検査日"), QStringLiteral("検査日時"), QStringLiteral("study_date"), QStringLiteral("exam_date")};
  m.columns[QStringLiteral("findings")] = {QStringLiteral("所見"), QStringLiteral("findings")};
  m.columns[QStringLiteral("impression")] = {QStringLiteral("診断"), QStringLiteral("印象"), QStringLiteral("impression"), QStringLiteral("conclusion")};
  m.columns[QStringLiteral("author")] = {QStringLiteral("読影医"), QStringLiteral("author"), QStringLiteral("radiologist")};
  m.columns[QStringLiteral("patient_name")] = {QStringLiteral("氏名"), QStringLiteral("患者氏名"), QStringLiteral("患者名"), QStringLiteral("カナ氏名"),
                                               QStringLiteral("patient_name"), QStringLiteral("name")};
  m.columns[QStringLiteral("birth_date")] = {QStringLiteral("生年月日"), QStringLiteral("birth_date"), QStringLiteral("dob")};
  return m;
}

Result<std::vector<SourceReport>> readReportSource(const QString& path, const ReportMapping& mapping, QStringList* problems) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(ReportsTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  const QByteArray head = file.peek(256);
  const QString refusedPdf = ReportsTr::tr("%1: refused: a PDF report's text cannot be de-identified reliably; export the reports as "
                                           "text (CSV or HL7) from the RIS")
                                 .arg(path);
  if (head.startsWith("%PDF")) return fail(refusedPdf);
  if (head.size() >= 132 && head.mid(128, 4) == "DICM") {
    if (file.peek(4096).contains("1.2.840.10008.5.1.4.1.1.104.1")) return fail(refusedPdf);  // Encapsulated PDF Storage
    return fail(ReportsTr::tr("%1: a DICOM file; reports that arrive as SR come in with their images (radcurator-cli import)").arg(path));
  }
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")) return readSheet(path, mapping, problems);
  if (file.size() > (qint64(256) << 20)) return fail(ReportsTr::tr("%1: too large for a report file").arg(path));
  const QByteArray bytes = file.readAll();
  const auto text = decodeJapaneseText(bytes, path, hl7EncodingHint(bytes));
  if (!text) return fail(text.error());
  if (text->trimmed().startsWith(QLatin1String("MSH"))) return readHl7(path, *text, problems);
  return fail(ReportsTr::tr("%1: not a report file (CSV, XLSX or HL7 v2)").arg(path));
}

ReportDates reportDatesOf(const DeidProfile& profile) {
  switch (profile.ruleFor(0x0008, 0x0020).action) {
    case DeidAction::Keep: return ReportDates::Keep;
    case DeidAction::ShiftDate: return ReportDates::Shift;
    default: return ReportDates::Remove;
  }
}

ScrubSettings reportScrubSettings(const CaseStore& store, const DeidProfile& profile) {
  ScrubSettings settings;
  settings.dates = reportDatesOf(profile);
  for (const auto& [name, list] : {std::pair{QStringLiteral("staff-names.txt"), &settings.staffNames},
                                   std::pair{QStringLiteral("hospital-names.txt"), &settings.institutions}}) {
    QFile file(QDir(store.directory()).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) continue;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
      if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#'))) *list << line.trimmed();
  }
  return settings;
}

Result<ReportImportReport> importReports(const CaseStore& store, const CorrespondenceTable& table, const DeidProfile& profile,
                                         const TextScrubber& scrubber, const std::vector<SourceReport>& reports, const QString& actor) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  ReportStore stored(db);
  const ReportDates dates = reportDatesOf(profile);
  ReportImportReport out;
  out.read = int(reports.size());

  // Every patient of the table, whose identifiers must not appear in any report.
  std::vector<ScrubPatient> everyone;
  for (const CorrespondenceEntry& e : table.entries())
    if (e.optedOutAt.isEmpty()) everyone.push_back({e.identity.name, {}, e.identity.patientId, e.identity.birthDate, 0});
  auto treated = [&](const QString& date, int offset) -> QString {
    if (date.isEmpty()) return QString();
    switch (dates) {
      case ReportDates::Keep: return date;
      case ReportDates::Shift: {
        const QDate d = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
        return d.isValid() ? d.addDays(offset).toString(QStringLiteral("yyyyMMdd")) : QString();
      }
      case ReportDates::Remove: return QString();
    }
    return QString();
  };

  std::vector<ReportRecord> records;
  std::vector<std::pair<const SourceReport*, ScrubContext>> toScrub;  // per record
  for (const SourceReport& r : reports) {
    // 1. The study: by accession number, else by patient ID and date.
    QString studyUid, code;
    QStringList candidates;
    if (!r.accessionNumber.isEmpty()) {
      const auto byAccession = stored.studiesWithAccessionKey(keyedIdentifierHash(table.secret(), QStringLiteral("accession"), r.accessionNumber));
      if (!byAccession) return fail(byAccession.error());
      candidates = byAccession.value();
    }
    if (candidates.isEmpty() && !r.patientId.isEmpty()) {
      for (const QString& c : table.codesOfTypedPatientId(r.patientId)) {
        const CorrespondenceEntry* entry = table.findByCode(c);
        const auto studies = stored.studiesOfPatient(c);
        if (!studies) return fail(studies.error());
        for (const auto& [uid, date] : studies.value())
          if (r.studyDate.isEmpty() || dates == ReportDates::Remove || date == treated(r.studyDate, table.dateOffsetDays(entry->identity)))
            candidates << uid;
      }
    }
    if (candidates.size() != 1) {
      out.unmatched.push_back({r.where, candidates.isEmpty()
                                            ? ReportsTr::tr("no stored study has this accession number, or this patient ID and date")
                                            : ReportsTr::tr("%1 stored studies match; give the accession number or the study date").arg(candidates.size())});
      continue;
    }
    studyUid = candidates.front();
    const auto owner = db.patientOfStudy(studyUid);
    if (!owner) return fail(owner.error());
    code = owner.value();
    const CorrespondenceEntry* entry = table.findByCode(code);
    if (!entry || !entry->optedOutAt.isEmpty()) {
      out.refused.push_back({r.where, ReportsTr::tr("the patient opted out; not imported")});
      continue;
    }

    // 2. The text, without the identifiers of this patient, of every other, of anybody.
    ScrubContext context;
    ScrubPatient own{entry->identity.name, r.patientNames, entry->identity.patientId, entry->identity.birthDate, table.dateOffsetDays(entry->identity)};
    if (!r.birthDate.isEmpty() && r.birthDate != own.birthDate) context.patients.push_back({QString(), {}, QString(), r.birthDate, own.dateOffsetDays});
    context.patients.insert(context.patients.begin(), own);
    context.tablePatients = &everyone;
    context.identifiers = QStringList{r.accessionNumber, r.patientId};
    context.identifiers.removeAll(QString());
    context.reportDate = QDate::fromString(r.studyDate, QStringLiteral("yyyyMMdd"));
    toScrub.emplace_back(&r, std::move(context));

    ReportRecord record;
    record.studyUid = studyUid;
    record.source = r.where;
    record.sourceKey = keyedIdentifierHash(table.secret(), QStringLiteral("report"),
                                           QStringList{r.patientId, r.accessionNumber, r.studyDate, r.findings, r.impression}.join(QChar(0x1f)));
    if (!r.author.trimmed().isEmpty()) {
      const auto pseudonym = stored.authorPseudonym(keyedIdentifierHash(table.secret(), QStringLiteral("author"), r.author));
      if (!pseudonym) return fail(pseudonym.error());
      record.author = pseudonym.value();
    }
    record.reportDate = treated(r.studyDate, own.dateOffsetDays);
    records.push_back(std::move(record));
  }
  // The texts on every core (the reports are independent; the scrubber is thread-safe).
  parallelFor(records.size(), 0, [&](size_t i) {
    const auto& [source, context] = toScrub[i];
    const ScrubbedText findings = scrubber.scrub(source->findings, context);
    const ScrubbedText impression = scrubber.scrub(source->impression, context);
    std::vector<ReportHighlight> replacements;
    for (const auto& [field, cleaned] : {std::pair{QStringLiteral("findings"), &findings}, std::pair{QStringLiteral("impression"), &impression}})
      for (const Replacement& x : cleaned->replacements) replacements.push_back({field, x.start, x.length, kindName(x.kind), x.reason});
    records[i].findings = findings.text;
    records[i].impression = impression.text;
    records[i].replacements = replacementsJson(replacements);
    return true;
  });
  if (!records.empty()) {
    const auto added = stored.add(records, {QStringLiteral("reports imported"), actor, QString(),
                                            ReportsTr::tr("%1 report(s) read, %2 matched").arg(reports.size()).arg(records.size()), QString(), QString()});
    if (!added) return fail(added.error());
    out.stored = added.value();
    out.alreadyStored = int(records.size()) - added.value();
  }
  return out;
}

}  // namespace rc
