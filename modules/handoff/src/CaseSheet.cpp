#include "handoff/CaseSheet.h"

#include "dose/StudyDose.h"

#include "core/CsvText.h"

#include "casework/AdcWork.h"

#include "annotate/ClinicalTemplate.h"
#include "annotate/Vocabulary.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/LabelStore.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <set>

namespace rc {

namespace {

struct SheetTr {
  Q_DECLARE_TR_FUNCTIONS(CaseSheet)
};

enum Column { PatientCode, ExamDate, Findings, Eod, Metastasis, Age, Sex, Height, Weight };

std::vector<SheetColumn> standardColumns() {
  return {
      {QStringLiteral("patient_code"), QStringLiteral("患者符号"), QStringLiteral("Patient code"), true},
      {QStringLiteral("exam_date"), QStringLiteral("検査日"), QStringLiteral("Exam date"), true},
      {QStringLiteral("findings"), QStringLiteral("所見"), QStringLiteral("Findings"), true},
      {QStringLiteral("eod"), QStringLiteral("EOD"), QStringLiteral("EOD"), true},
      {QStringLiteral("metastasis"), QStringLiteral("転移の有無"), QStringLiteral("Metastasis"), true},
      {QStringLiteral("age"), QStringLiteral("年齢"), QStringLiteral("Age"), true},
      {QStringLiteral("sex"), QStringLiteral("性別"), QStringLiteral("Sex"), true},
      {QStringLiteral("height"), QStringLiteral("身長"), QStringLiteral("Height (cm)"), false},
      {QStringLiteral("weight"), QStringLiteral("体重"), QStringLiteral("Weight (kg)"), false},
  };
}

// The finding columns a sheet template may choose.
const std::vector<SheetColumn>& findingColumns() {
  static const std::vector<SheetColumn> columns = {
      {QStringLiteral("disease_class"), QStringLiteral("疾患分類"), QStringLiteral("Disease class"), false},
      {QStringLiteral("finding_type"), QStringLiteral("所見の種類"), QStringLiteral("Finding type"), false},
      {QStringLiteral("location"), QStringLiteral("部位"), QStringLiteral("Location"), false},
      {QStringLiteral("long_axis"), QStringLiteral("長径 (mm)"), QStringLiteral("Long axis (mm)"), false},
      {QStringLiteral("short_axis"), QStringLiteral("短径 (mm)"), QStringLiteral("Short axis (mm)"), false},
      // The tumour-specific ADC map: all verified segments of the exam's ADC series (10^-6 mm²/s).
      {QStringLiteral("adc_volume"), QStringLiteral("腫瘍拡散体積 (mL)"), QStringLiteral("Tumour diffusion volume (mL)"), false},
      {QStringLiteral("adc_mean"), QStringLiteral("ADC平均 (×10⁻⁶ mm²/s)"), QStringLiteral("ADC mean (10^-6 mm2/s)"), false},
      {QStringLiteral("adc_median"), QStringLiteral("ADC中央値 (×10⁻⁶ mm²/s)"), QStringLiteral("ADC median (10^-6 mm2/s)"), false},
      {QStringLiteral("adc_sd"), QStringLiteral("ADC標準偏差"), QStringLiteral("ADC SD"), false},
      {QStringLiteral("adc_p10"), QStringLiteral("ADC 10パーセンタイル"), QStringLiteral("ADC 10th percentile"), false},
      {QStringLiteral("adc_p25"), QStringLiteral("ADC 25パーセンタイル"), QStringLiteral("ADC 25th percentile"), false},
      {QStringLiteral("adc_p75"), QStringLiteral("ADC 75パーセンタイル"), QStringLiteral("ADC 75th percentile"), false},
      {QStringLiteral("adc_p90"), QStringLiteral("ADC 90パーセンタイル"), QStringLiteral("ADC 90th percentile"), false},
      {QStringLiteral("adc_skewness"), QStringLiteral("ADC歪度"), QStringLiteral("ADC skewness"), false},
      {QStringLiteral("adc_kurtosis"), QStringLiteral("ADC尖度"), QStringLiteral("ADC kurtosis"), false},
      {QStringLiteral("adc_entropy"), QStringLiteral("ADCエントロピー (bit)"), QStringLiteral("ADC entropy (bits)"), false},
      // Radiation dose of the exam (dose/StudyDose.h): totals, then the acquisition with the
      // highest CTDIvol, which stands for the exam.
      {QStringLiteral("dose_source"), QStringLiteral("線量情報の出典"), QStringLiteral("Dose source"), false},
      {QStringLiteral("dose_events"), QStringLiteral("照射イベント数"), QStringLiteral("Irradiation events"), false},
      {QStringLiteral("ctdivol_max"), QStringLiteral("CTDIvol 最大 (mGy)"), QStringLiteral("CTDIvol max (mGy)"), false},
      {QStringLiteral("dlp_total"), QStringLiteral("DLP 合計 (mGy·cm)"), QStringLiteral("DLP total (mGy.cm)"), false},
      {QStringLiteral("scan_length"), QStringLiteral("撮影範囲 (mm)"), QStringLiteral("Scan length (mm)"), false},
      {QStringLiteral("kvp"), QStringLiteral("管電圧 (kV)"), QStringLiteral("Tube voltage (kV)"), false},
      {QStringLiteral("mas"), QStringLiteral("mAs"), QStringLiteral("mAs"), false},
      {QStringLiteral("phantom"), QStringLiteral("CTDIファントム"), QStringLiteral("CTDI phantom"), false},
      {QStringLiteral("ssde"), QStringLiteral("SSDE (mGy)"), QStringLiteral("SSDE (mGy)"), false},
  };
  return columns;
}

bool isDoseColumn(const QString& id) {
  static const QStringList ids = {QStringLiteral("dose_source"), QStringLiteral("dose_events"), QStringLiteral("ctdivol_max"),
                                  QStringLiteral("dlp_total"),   QStringLiteral("scan_length"), QStringLiteral("kvp"),
                                  QStringLiteral("mas"),         QStringLiteral("phantom"),     QStringLiteral("ssde")};
  return ids.contains(id);
}

QString termText(const CodedConcept& code, bool japanese) {
  if (code.isEmpty()) return QString();
  const VocabularyTerm* term = Vocabulary::builtIn().find(code);
  return term ? term->label(japanese) : code.meaning;
}

QVariant number(const QJsonValue& v) {
  if (v.isDouble()) return v.toDouble();
  bool ok = false;
  const double d = v.toString().toDouble(&ok);
  return ok ? QVariant(d) : QVariant();
}

// What the site profile kept in the header of one image of the exam.
struct HeaderFacts {
  QVariant age, height, weight;
  QString sex;
};

HeaderFacts headerFacts(const QString& file) {
  HeaderFacts facts;
  auto read = readDicomFile(file, ReadScope::Header);
  if (!read) return facts;
  DcmDataset* ds = read->file->getDataset();
  const QString age = dcm::ascii(ds, DCM_PatientAge);  // "065Y"
  if (age.endsWith(QLatin1Char('Y')) && age.size() == 4) facts.age = double(age.left(3).toInt());
  facts.sex = dcm::ascii(ds, DCM_PatientSex);
  bool ok = false;
  const double size = dcm::ascii(ds, DCM_PatientSize).toDouble(&ok);  // metres
  if (ok && size > 0) facts.height = std::round(size * 1000.0) / 10.0;
  const double weight = dcm::ascii(ds, DCM_PatientWeight).toDouble(&ok);
  if (ok && weight > 0) facts.weight = weight;
  return facts;
}

QString sexText(const QString& code, bool japanese) {
  if (code == QLatin1String("M")) return japanese ? QStringLiteral("男") : QStringLiteral("M");
  if (code == QLatin1String("F")) return japanese ? QStringLiteral("女") : QStringLiteral("F");
  if (code == QLatin1String("O")) return japanese ? QStringLiteral("その他") : QStringLiteral("O");
  return QString();
}

}  // namespace

QStringList SheetTemplate::builtInIds() {
  return {QStringLiteral("chest"), QStringLiteral("bone-scan"), QStringLiteral("adc"), QStringLiteral("dose")};
}

Result<SheetTemplate> SheetTemplate::builtIn(const QString& id) {
  if (!builtInIds().contains(id))
    return fail(SheetTr::tr("no built-in sheet template \"%1\" (there are: %2)").arg(id, builtInIds().join(QStringLiteral(", "))));
  return load(QStringLiteral(":/sheets/%1.json").arg(id));
}

Result<SheetTemplate> SheetTemplate::load(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return fail(SheetTr::tr("%1: cannot read the sheet template: %2").arg(path, f.errorString()));
  return parse(f.readAll(), path);
}

Result<SheetTemplate> SheetTemplate::parse(const QByteArray& json, const QString& fileName) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject()) {
    const int line = int(json.left(error.offset).count('\n')) + 1;
    return fail(SheetTr::tr("%1, line %2: %3").arg(fileName).arg(line).arg(error.errorString()));
  }
  const QJsonObject o = doc.object();
  if (o.value(QLatin1String("format")).toInt() != 1) return fail(SheetTr::tr("%1, key format: only format 1 is known").arg(fileName));
  SheetTemplate t;
  t.id = QFileInfo(fileName).completeBaseName();
  t.clinicalTemplate = o.value(QLatin1String("clinicalTemplate")).toString(t.clinicalTemplate);
  if (!o.value(QLatin1String("columns")).isArray()) return fail(SheetTr::tr("%1, key columns: a list [...] is needed").arg(fileName));
  for (const QJsonValue& c : o.value(QLatin1String("columns")).toArray()) t.columns << c.toString();
  return t;
}

QString columnLetter(int column) {
  QString letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) letters.prepend(QChar(QLatin1Char('A').unicode() + (n - 1) % 26));
  return letters;
}

std::vector<MissingCell> CaseSheet::missing(bool japanese) const {
  std::vector<MissingCell> out;
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < columns.size(); ++c) {
      if (!columns[c].required) continue;
      const QVariant& v = c < rows[r].values.size() ? rows[r].values[c] : QVariant();
      if (v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) continue;
      out.push_back({int(r) + 1, columnLetter(int(c)) + QLatin1Char(' ') + (japanese ? columns[c].japanese : columns[c].english), rows[r].patientCode});
    }
  return out;
}

namespace {
QString columnName(const std::vector<SheetColumn>& columns, size_t c, bool japanese) {
  return columnLetter(int(c)) + QLatin1Char(' ') + (japanese ? columns[c].japanese : columns[c].english);
}
}  // namespace

std::vector<CellProblem> CaseSheet::unwritable(bool japanese) const {
  std::vector<CellProblem> out;
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < rows[r].values.size() && c < columns.size(); ++c) {
      const QVariant& v = rows[r].values[c];
      if (v.typeId() != QMetaType::QString) continue;
      const QString text = v.toString();
      // Excel counts UTF-16 code units, as QString does.
      if (text.size() > kMaxCellCharacters)
        out.push_back({int(r) + 1, columnName(columns, c, japanese), rows[r].patientCode,
                       SheetTr::tr("%1 characters; a spreadsheet cell holds at most %2").arg(text.size()).arg(kMaxCellCharacters)});
      if (text.contains(QChar(0)))
        out.push_back({int(r) + 1, columnName(columns, c, japanese), rows[r].patientCode, SheetTr::tr("holds a NUL character")});
    }
  return out;
}

std::vector<CellProblem> CaseSheet::findIdentifiers(bool japanese, const std::function<QString(const QString&)>& containsIdentifier) const {
  std::vector<CellProblem> out;
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < rows[r].values.size() && c < columns.size(); ++c) {
      const QVariant& v = rows[r].values[c];
      if (v.typeId() != QMetaType::QString) continue;
      const QString what = containsIdentifier(v.toString());
      if (!what.isEmpty()) out.push_back({int(r) + 1, columnName(columns, c, japanese), rows[r].patientCode, SheetTr::tr("contains %1").arg(what)});
    }
  return out;
}

Result<CaseSheet> buildCaseSheet(const CaseStore& store, const QStringList& patientCodes, bool japanese,
                                 const SheetTemplate& extraColumns, const std::map<QString, LabelChoice>* labelSets,
                                 const SheetAdditions* additions) {
  const auto extraTemplate = ClinicalTemplate::builtIn(extraColumns.clinicalTemplate);
  if (!extraTemplate) return fail(extraTemplate.error());
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto series = db.listSeries();
  if (!series) return fail(series.error());
  // Exams (studies) of the chosen patients, in patient and date order.
  std::map<std::pair<QString, QString>, std::vector<const SeriesSummary*>> exams;  // (code, date+uid)
  for (const SeriesSummary& s : series.value())
    if (patientCodes.contains(s.patientCode) && (!labelSets || labelSets->count(s.seriesUid)))
      exams[{s.patientCode, s.studyDate + QLatin1Char('/') + s.studyUid}].push_back(&s);

  CaseSheet sheet;
  sheet.columns = standardColumns();
  for (const QString& id : extraColumns.columns) {
    if (id.startsWith(QLatin1String("clinical:"))) {
      const TemplateField* f = extraTemplate->field(id.mid(9));
      if (!f) return fail(SheetTr::tr("sheet template %1: the clinical template \"%2\" has no field \"%3\"").arg(extraColumns.id, extraColumns.clinicalTemplate, id.mid(9)));
      QString ja = f->label(true), en = f->label(false);
      if (!f->unit.isEmpty()) ja += QStringLiteral(" (%1)").arg(f->unit), en += QStringLiteral(" (%1)").arg(f->unit);
      sheet.columns.push_back({id, ja, en, false});
      continue;
    }
    const auto known = std::find_if(findingColumns().begin(), findingColumns().end(), [&](const SheetColumn& c) { return c.id == id; });
    if (known == findingColumns().end()) return fail(SheetTr::tr("sheet template %1: no column \"%2\"").arg(extraColumns.id, id));
    sheet.columns.push_back(*known);
  }
  // A reading study's sheet says whose labels each row's findings are.
  if (labelSets) sheet.columns.push_back({QStringLiteral("label_set"), QStringLiteral("ラベルセット"), QStringLiteral("Label set"), false});
  if (additions) sheet.columns.insert(sheet.columns.end(), additions->columns.begin(), additions->columns.end());
  auto put = [&sheet](SheetRow& row, const QString& id, const QVariant& value) {
    for (size_t c = 0; c < sheet.columns.size(); ++c)
      if (sheet.columns[c].id == id) row.values[c] = value;
  };
  LabelStore labelStore(db);
  ClinicalRecordStore clinicalStore(db);
  for (const auto& [key, members] : exams) {
    const SeriesSummary& first = *members.front();
    SheetRow row;
    row.patientCode = first.patientCode;
    row.studyUid = first.studyUid;
    row.values.assign(sheet.columns.size(), QVariant());
    row.values[PatientCode] = first.patientCode;
    const QDate date = QDate::fromString(first.studyDate, QStringLiteral("yyyyMMdd"));
    if (date.isValid()) row.values[ExamDate] = date;

    // Findings of every labelled series of the exam.
    QStringList findings, classes, types, locations;
    std::optional<double> longAxis, shortAxis;
    bool noFinding = false;
    QStringList sources;
    for (const SeriesSummary* s : members) {
      LabelSetKey key = LabelSetKey::ofSeries(s->seriesUid);
      if (labelSets) {
        const LabelChoice& choice = labelSets->at(s->seriesUid);
        if (choice.key.seriesUid.isEmpty()) continue;  // no final labels
        key = choice.key;
        if (!sources.contains(choice.source)) sources << choice.source;
      }
      const auto stored = labelStore.load(key);
      if (!stored) return fail(stored.error());
      if (!stored->has_value()) continue;
      const LabelSet& labels = stored.value()->labels;
      noFinding = noFinding || labels.noFinding;
      for (const Finding& f : labels.findings) {
        QStringList parts;
        for (const CodedConcept* c : {&f.diseaseClass, &f.finding, &f.site})
          if (const QString t = termText(*c, japanese); !t.isEmpty() && !parts.contains(t)) parts << t;
        if (f.longAxisMm && f.shortAxisMm) parts << QStringLiteral("%1 x %2 mm").arg(*f.longAxisMm, 0, 'f', 1).arg(*f.shortAxisMm, 0, 'f', 1);
        else if (f.longAxisMm) parts << QStringLiteral("%1 mm").arg(*f.longAxisMm, 0, 'f', 1);
        findings << (parts.isEmpty() ? f.trackingId : parts.join(QStringLiteral(", ")));
        for (auto [list, code] : {std::pair{&classes, &f.diseaseClass}, std::pair{&types, &f.finding}, std::pair{&locations, &f.site}})
          if (const QString t = termText(*code, japanese); !t.isEmpty() && !list->contains(t)) *list << t;
        if (f.longAxisMm && (!longAxis || *f.longAxisMm > *longAxis)) longAxis = f.longAxisMm, shortAxis = f.shortAxisMm;
      }
    }
    if (labelSets) put(row, QStringLiteral("label_set"), sources.join(QStringLiteral("; ")));
    if (!findings.isEmpty()) row.values[Findings] = findings.join(QStringLiteral("; "));
    else if (noFinding) row.values[Findings] = japanese ? QStringLiteral("所見なし") : QStringLiteral("No finding");
    if (!classes.isEmpty()) put(row, QStringLiteral("disease_class"), classes.join(QStringLiteral("; ")));
    if (!types.isEmpty()) put(row, QStringLiteral("finding_type"), types.join(QStringLiteral("; ")));
    if (!locations.isEmpty()) put(row, QStringLiteral("location"), locations.join(QStringLiteral("; ")));
    if (longAxis) put(row, QStringLiteral("long_axis"), *longAxis);
    if (shortAxis) put(row, QStringLiteral("short_axis"), *shortAxis);
    if (std::any_of(extraColumns.columns.begin(), extraColumns.columns.end(), [](const QString& id) { return id.startsWith(QLatin1String("adc_")); })) {
      for (const SeriesSummary* s : members) {
        const auto adc = tumourAdcDistribution(db, s->seriesUid);
        if (!adc) return fail(adc.error());
        if (!adc->has_value()) continue;
        const ValueDistribution& d = **adc;
        for (auto [id, value] : {std::pair{"adc_volume", d.volumeMl}, std::pair{"adc_mean", d.mean}, std::pair{"adc_median", d.median},
                                 std::pair{"adc_sd", d.sd}, std::pair{"adc_p10", d.p10}, std::pair{"adc_p25", d.p25},
                                 std::pair{"adc_p75", d.p75}, std::pair{"adc_p90", d.p90}, std::pair{"adc_skewness", d.skewness},
                                 std::pair{"adc_kurtosis", d.kurtosis}, std::pair{"adc_entropy", d.entropy}})
          put(row, QLatin1String(id), value);
        break;  // one ADC series per exam: the first labelled one
      }
    }

    if (std::any_of(extraColumns.columns.begin(), extraColumns.columns.end(), isDoseColumn)) {
      const auto dose = storedStudyDose(store, first.studyUid);
      if (!dose) return fail(dose.error());
      for (const StudyDose& d : dose.value()) {
        put(row, QStringLiteral("dose_source"), doseSourceName(d.source));
        put(row, QStringLiteral("dose_events"), double(d.events.size()));
        if (d.totalDlpMgyCm) put(row, QStringLiteral("dlp_total"), *d.totalDlpMgyCm);
        const DoseEvent* main = d.mainEvent();
        if (!main) continue;
        for (auto [id, value] : {std::pair{"ctdivol_max", main->ctdiVolMgy}, std::pair{"scan_length", main->scanLengthMm},
                                 std::pair{"kvp", main->kvp}, std::pair{"mas", main->mAs}, std::pair{"ssde", main->ssdeMgy}})
          if (value) put(row, QLatin1String(id), *value);
        if (!main->phantom.isEmpty()) put(row, QStringLiteral("phantom"), main->phantom);
      }
    }

    // The clinical record first; what the DICOM header kept where it has nothing.
    const auto record = clinicalStore.load(first.patientCode);
    if (!record) return fail(record.error());
    QJsonObject clinical;
    std::optional<ClinicalTemplate> clinicalTemplate;
    if (record->has_value()) {
      clinical = record.value()->values;
      if (auto t = ClinicalTemplate::builtIn(record.value()->templateId)) clinicalTemplate = std::move(t).value();
    }
    auto display = [&](const QString& field) -> QVariant {
      if (!clinical.contains(field) || clinical.value(field).isNull()) return QVariant();
      return clinicalTemplate ? clinicalTemplate->display(field, clinical.value(field), japanese) : clinical.value(field).toVariant().toString();
    };
    for (const QString& id : extraColumns.columns) {
      if (!id.startsWith(QLatin1String("clinical:"))) continue;
      const QString field = id.mid(9);
      const TemplateField* f = extraTemplate->field(field);
      const QJsonValue v = clinical.value(field);
      if (v.isNull() || v.isUndefined()) continue;
      // Numbers stay numbers; choices and text as the reader reads them.
      put(row, id, (f->type == TemplateField::Type::Integer || f->type == TemplateField::Type::Number) ? number(v)
                                                                                                      : QVariant(extraTemplate->display(field, v, japanese)));
    }
    row.values[Eod] = number(clinical.value(QStringLiteral("eod")));
    row.values[Metastasis] = display(QStringLiteral("metastasis"));
    if (additions && additions->valuesOf)
      for (const SeriesSummary* s : members)
        for (const auto& [id, value] : additions->valuesOf(s->seriesUid))
          if (value.isValid()) {
            if (id == QLatin1String("eod")) row.values[Eod] = value;
            else if (id == QLatin1String("metastasis")) row.values[Metastasis] = value;
            else if (id == QLatin1String("findings") && !row.values[Findings].isValid()) row.values[Findings] = value;
            else put(row, id, value);
          }
    row.values[Age] = number(clinical.value(QStringLiteral("age")));
    row.values[Sex] = display(QStringLiteral("sex"));
    row.values[Height] = number(clinical.value(QStringLiteral("height")));
    row.values[Weight] = number(clinical.value(QStringLiteral("weight")));
    if (!row.values[Age].isValid() || !row.values[Sex].isValid() || !row.values[Height].isValid() || !row.values[Weight].isValid()) {
      const auto files = db.seriesFiles(first.seriesUid);
      const HeaderFacts facts = files && !files->paths.isEmpty() ? headerFacts(files->paths.front()) : HeaderFacts();
      if (!row.values[Age].isValid()) row.values[Age] = facts.age;
      if (!row.values[Sex].isValid() && !sexText(facts.sex, japanese).isEmpty()) row.values[Sex] = sexText(facts.sex, japanese);
      if (!row.values[Height].isValid()) row.values[Height] = facts.height;
      if (!row.values[Weight].isValid()) row.values[Weight] = facts.weight;
    }
    sheet.rows.push_back(std::move(row));
  }
  if (sheet.rows.empty()) return fail(SheetTr::tr("none of the chosen cases (%1) is in the store").arg(patientCodes.join(QStringLiteral(", "))));
  return sheet;
}

Status writeCaseSheetCsv(const CaseSheet& sheet, const QString& path, bool japanese, bool incomplete) {
  auto quote = [](const QString& s) { return csvField(s); };
  QString text;
  QStringList header;
  for (const SheetColumn& c : sheet.columns) header << quote(japanese ? c.japanese : c.english);
  text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
  for (const SheetRow& r : sheet.rows) {
    QStringList cells;
    for (const QVariant& v : r.values) {
      if (!v.isValid()) cells << QString();
      else if (v.typeId() == QMetaType::QDate) cells << v.toDate().toString(Qt::ISODate);
      else if (v.typeId() == QMetaType::Double) cells << QString::number(v.toDouble(), 'g', 12);
      else cells << quote(v.toString());
    }
    text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
  }
  if (incomplete)
    text += quote(japanese ? QStringLiteral("注意: 必須項目が空欄のまま出力されました（不完全なシート）")
                           : QStringLiteral("NOTE: exported with empty required cells (incomplete sheet)")) +
            QStringLiteral("\r\n");
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return fail(SheetTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
  f.write("\xEF\xBB\xBF");  // the BOM: Excel reads UTF-8 only with it
  f.write(text.toUtf8());
  if (!f.flush()) return fail(SheetTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
  return Status::success();
}

}  // namespace rc
