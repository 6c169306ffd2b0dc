#include "phantom/ReportsPhantom.h"

#include "PhantomDicom.h"
#include "core/Files.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QFile>

namespace rc {

namespace {

void code(DcmItem* item, const DcmTagKey& sequence, const char* value, const char* scheme, const char* meaning) {
  DcmItem* c = nullptr;
  if (item->findOrCreateSequenceItem(sequence, c, -2).good() && c) {
    c->putAndInsertString(DCM_CodeValue, value);
    c->putAndInsertString(DCM_CodingSchemeDesignator, scheme);
    c->putAndInsertString(DCM_CodeMeaning, meaning);
  }
}

// A content item appended to `parent`'s Content Sequence.
DcmItem* contentItem(DcmItem* parent, const char* relationship, const char* valueType, const char* conceptValue, const char* conceptMeaning) {
  DcmItem* item = nullptr;
  if (parent->findOrCreateSequenceItem(DCM_ContentSequence, item, -2).bad() || !item) return nullptr;
  item->putAndInsertString(DCM_RelationshipType, relationship);
  item->putAndInsertString(DCM_ValueType, valueType);
  code(item, DCM_ConceptNameCodeSequence, conceptValue, "DCM", conceptMeaning);
  if (QByteArray(valueType) == "CONTAINER") item->putAndInsertString(DCM_ContinuityOfContent, "SEPARATE");
  return item;
}

void number(DcmItem* parent, const char* conceptValue, const char* meaning, const char* value, const char* unit) {
  DcmItem* item = contentItem(parent, "CONTAINS", "NUM", conceptValue, meaning);
  DcmItem* measured = nullptr;
  if (item && item->findOrCreateSequenceItem(DCM_MeasuredValueSequence, measured, -2).good() && measured) {
    measured->putAndInsertString(DCM_NumericValue, value);
    code(measured, DCM_MeasurementUnitsCodeSequence, unit, "UCUM", unit);
  }
}

void text(DcmItem* parent, const char* relationship, const char* conceptValue, const char* meaning, const QString& value) {
  if (DcmItem* item = contentItem(parent, relationship, "TEXT", conceptValue, meaning)) putString(item, DCM_TextValue, value);
}

struct Event {
  const char* protocol;
  const char* typeValue;
  const char* typeScheme;
  const char* typeMeaning;
  const char* length;
  const char* current;
  const char* ctdi;
  const char* dlp;
  const char* ssde;
};

void acquisition(DcmItem* root, const Event& e, const QString& eventUid) {
  DcmItem* acq = contentItem(root, "CONTAINS", "CONTAINER", "113819", "CT Acquisition");
  text(acq, "CONTAINS", "125203", "Acquisition Protocol", QString::fromLatin1(e.protocol));
  if (DcmItem* region = contentItem(acq, "CONTAINS", "CODE", "123014", "Target Region")) code(region, DCM_ConceptCodeSequence, "51185008", "SCT", "Chest");
  if (DcmItem* type = contentItem(acq, "CONTAINS", "CODE", "113820", "CT Acquisition Type"))
    code(type, DCM_ConceptCodeSequence, e.typeValue, e.typeScheme, e.typeMeaning);
  if (DcmItem* uid = contentItem(acq, "CONTAINS", "UIDREF", "113769", "Irradiation Event UID")) putString(uid, DCM_UID, eventUid);
  DcmItem* parameters = contentItem(acq, "CONTAINS", "CONTAINER", "113822", "CT Acquisition Parameters");
  number(parameters, "113825", "Scanning Length", e.length, "mm");
  DcmItem* source = contentItem(parameters, "CONTAINS", "CONTAINER", "113831", "CT X-Ray Source Parameters");
  text(source, "CONTAINS", "113832", "Identification of the X-Ray Source", QStringLiteral("A"));
  number(source, "113733", "KVP", "120", "kV");
  number(source, "113734", "X-Ray Tube Current", e.current, "mA");
  number(source, "113834", "Exposure Time per Rotation", "0.5", "s");
  DcmItem* dose = contentItem(acq, "CONTAINS", "CONTAINER", "113829", "CT Dose");
  number(dose, "113830", "Mean CTDIvol", e.ctdi, "mGy");
  if (DcmItem* phantom = contentItem(dose, "CONTAINS", "CODE", "113835", "CTDIw Phantom Type"))
    code(phantom, DCM_ConceptCodeSequence, "113691", "DCM", "IEC Body Dosimetry Phantom");
  number(dose, "113838", "DLP", e.dlp, "mGy.cm");
  if (e.ssde) number(dose, "113930", "Size Specific Dose Estimation", e.ssde, "mGy");
  if (DcmItem* person = contentItem(acq, "CONTAINS", "PNAME", "113870", "Person Name")) {
    putString(person, DCM_PersonName, QStringLiteral("KOBAYASHI^NAOKI"));
    if (DcmItem* role = contentItem(person, "HAS PROPERTIES", "CODE", "113875", "Person Role in Procedure"))
      code(role, DCM_ConceptCodeSequence, "113850", "DCM", "Irradiation Authorizing");
    text(person, "HAS PROPERTIES", "113871", "Person ID", QStringLiteral("STAFF-0451"));
  }
}

Status writeDoseReport(const QString& ctFile, const QString& path) {
  DcmFileFormat ct;
  if (ct.loadFile(OFFilename(QFile::encodeName(ctFile).constData())).bad()) return fail(PhantomTr::tr("%1: cannot be read").arg(ctFile));
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  // Patient and study as the CT has them.
  for (const DcmTagKey& tag : {DCM_SpecificCharacterSet, DCM_PatientName, DCM_PatientID, DCM_IssuerOfPatientID, DCM_PatientBirthDate,
                               DCM_PatientSex, DCM_PatientAge, DCM_StudyInstanceUID, DCM_StudyDate, DCM_StudyTime, DCM_StudyID,
                               DCM_AccessionNumber, DCM_ReferringPhysicianName, DCM_InstitutionName}) {
    DcmElement* element = nullptr;
    if (ct.getDataset()->findAndGetElement(tag, element).good() && element) ds->insert(static_cast<DcmElement*>(element->clone()), OFTrue);
  }
  ds->putAndInsertString(DCM_SOPClassUID, UID_XRayRadiationDoseSRStorage);
  const QString study = QString::fromLatin1([&] { OFString s; ds->findAndGetOFString(DCM_StudyInstanceUID, s); return QByteArray(s.c_str()); }());
  putString(ds, DCM_SOPInstanceUID, study + QStringLiteral(".9001.1"));
  putString(ds, DCM_SeriesInstanceUID, study + QStringLiteral(".9001"));
  putString(ds, DCM_Modality, QStringLiteral("SR"));
  putString(ds, DCM_SeriesNumber, QStringLiteral("9001"));
  putString(ds, DCM_InstanceNumber, QStringLiteral("1"));
  ds->insertEmptyElement(DCM_ReferencedPerformedProcedureStepSequence);
  ds->insertEmptyElement(DCM_PerformedProcedureCodeSequence);
  putString(ds, DCM_Manufacturer, QStringLiteral("RadCurator demo scanner"));
  putString(ds, DCM_ManufacturerModelName, QStringLiteral("Phantom CT"));
  putString(ds, DCM_DeviceSerialNumber, QStringLiteral("SN-DEMO-7731"));
  putString(ds, DCM_SoftwareVersions, QStringLiteral("1.0"));
  putString(ds, DCM_StationName, QStringLiteral("DEMO-CT-1"));
  putString(ds, DCM_ContentDate, QStringLiteral("20260110"));
  putString(ds, DCM_ContentTime, QStringLiteral("101900"));
  putString(ds, DCM_CompletionFlag, QStringLiteral("COMPLETE"));
  putString(ds, DCM_VerificationFlag, QStringLiteral("UNVERIFIED"));
  putString(ds, DCM_ValueType, QStringLiteral("CONTAINER"));
  putString(ds, DCM_ContinuityOfContent, QStringLiteral("SEPARATE"));
  code(ds, DCM_ConceptNameCodeSequence, "113701", "DCM", "X-Ray Radiation Dose Report");
  DcmItem* templ = nullptr;
  if (ds->findOrCreateSequenceItem(DCM_ContentTemplateSequence, templ, -2).good() && templ) {
    templ->putAndInsertString(DCM_MappingResource, "DCMR");
    templ->putAndInsertString(DCM_TemplateIdentifier, "10011");
  }
  if (DcmItem* procedure = contentItem(ds, "HAS CONCEPT MOD", "CODE", "121058", "Procedure reported"))
    code(procedure, DCM_ConceptCodeSequence, "77477000", "SCT", "Computed Tomography X-Ray");
  if (DcmItem* observer = contentItem(ds, "HAS OBS CONTEXT", "CODE", "121005", "Observer Type")) code(observer, DCM_ConceptCodeSequence, "121007", "DCM", "Device");
  if (DcmItem* device = contentItem(ds, "HAS OBS CONTEXT", "UIDREF", "121012", "Device Observer UID")) putString(device, DCM_UID, QStringLiteral("1.2.392.200036.9116.2.6.1.48.1214833767.7"));
  text(ds, "HAS OBS CONTEXT", "121013", "Device Observer Name", QStringLiteral("DEMO-CT-1"));
  text(ds, "HAS OBS CONTEXT", "121016", "Device Observer Serial Number", QStringLiteral("SN-DEMO-7731"));
  text(ds, "HAS OBS CONTEXT", "121017", "Device Observer Physical Location During Observation", QStringLiteral("RadCurator Demo Hospital CT room 1"));
  if (DcmItem* person = contentItem(ds, "HAS OBS CONTEXT", "PNAME", "121008", "Person Observer Name")) putString(person, DCM_PersonName, QStringLiteral("SATO^JIRO"));
  if (DcmItem* start = contentItem(ds, "HAS OBS CONTEXT", "DATETIME", "113809", "Start of X-Ray Irradiation")) putString(start, DCM_DateTime, QStringLiteral("20260110101500"));
  if (DcmItem* end = contentItem(ds, "HAS OBS CONTEXT", "DATETIME", "113810", "End of X-Ray Irradiation")) putString(end, DCM_DateTime, QStringLiteral("20260110101830"));
  if (DcmItem* scope = contentItem(ds, "HAS OBS CONTEXT", "CODE", "113705", "Scope of Accumulation")) {
    code(scope, DCM_ConceptCodeSequence, "113014", "DCM", "Study");
    if (DcmItem* uid = contentItem(scope, "HAS PROPERTIES", "UIDREF", "110180", "Study Instance UID")) putString(uid, DCM_UID, study);
  }
  DcmItem* accumulated = contentItem(ds, "CONTAINS", "CONTAINER", "113811", "CT Accumulated Dose Data");
  number(accumulated, "113812", "Total Number of Irradiation Events", "2", "{events}");
  number(accumulated, "113813", "CT Dose Length Product Total", "285.34", "mGy.cm");
  acquisition(ds, {"Scout chest", "113805", "DCM", "Constant Angle Acquisition", "400", "30", "0.11", "4.40", nullptr}, study + QStringLiteral(".9001.11"));
  acquisition(ds, {"Chest routine", "P5-08001", "SRT", "Spiral Acquisition", "310", "180", "9.06", "280.94", "11.8"}, study + QStringLiteral(".9001.12"));
  return save(file, path);
}

}  // namespace

Result<ReportsPhantomResult> writeReportsPhantom(const QString& directory, const PhantomResult& chest) {
  if (chest.ctFiles.isEmpty()) return fail(PhantomTr::tr("no CT to report on"));
  ReportsPhantomResult out;
  const QString doseFolder = QDir(directory).filePath(QStringLiteral("dose"));
  const QString reportFolder = QDir(directory).filePath(QStringLiteral("reports"));
  if (!QDir().mkpath(doseFolder) || !QDir().mkpath(reportFolder)) return fail(PhantomTr::tr("%1: the folders cannot be made").arg(directory));
  out.doseReport = QDir(doseFolder).filePath(QStringLiteral("RDSR_001.dcm"));
  if (const Status s = writeDoseReport(chest.ctFiles.front(), out.doseReport); !s) return fail(s.error());
  // The RIS's export, as Japanese hospitals' RIS write it (UTF-8 with a BOM here).
  out.risCsv = QDir(reportFolder).filePath(QStringLiteral("ris-reports.csv"));
  const QString csv = QStringLiteral(
      "患者ID,受付番号,検査日,氏名,生年月日,所見,診断,読影医\r\n"
      "DEMO-0001,ACC-20260110-77,2026/01/10,山田 太郎,1958/03/14,\"山田太郎様（昭和33年3月14日生）。右肺上葉に径 14 mm の充実性結節、"
      "左肺下葉に径 9 mm の結節を認める。前回令和7年11月4日の胸部X線と比較し新出。縦隔リンパ節腫大なし。紹介元 鈴木一郎先生（内線 2301）に連絡済み。\","
      "\"肺癌疑い。造影CTおよびPET-CTを推奨。\",鷲尾 誠\r\n"
      "DEMO-0001,ACC-20260105-12,2026/01/05,山田 太郎,1958/03/14,\"胸部単純X線。右上肺野に結節影。心拡大なし。\",\"CTでの精査を推奨。\",田村 健一\r\n");
  if (const Status s = writeFileAtomically(out.risCsv, "\xEF\xBB\xBF" + csv.toUtf8()); !s) return fail(s.error());
  return out;
}

}  // namespace rc
