#include "PhantomDicom.h"

#include "dicom/CharacterSet.h"
#include "dicom/Uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <QFile>

namespace rc {

namespace {

QByteArray toLatin1(const QString& s) { return s.toLatin1(); }

}  // namespace

void putString(DcmItem* ds, const DcmTagKey& tag, const QString& value) {
  ds->putAndInsertString(tag, toLatin1(value).constData());
}

QString phantomUid(const PhantomOptions& o, const QString& what) {
  return uidFromBytes(("radcurator-phantom/" + o.patientId + "/" + what).toUtf8());
}

void putPatientAndInstitution(DcmItem* ds, const PhantomOptions& o) {
  ds->putAndInsertString(DCM_SpecificCharacterSet, "\\ISO 2022 IR 87");
  // Each component group is encoded with its own return to ASCII before '^', '=' and '\'.
  const QByteArray name = encodeIso2022Japanese(o.patientName);
  ds->putAndInsertString(DCM_PatientName, name.constData());
  putString(ds, DCM_PatientID, o.patientId);
  putString(ds, DCM_IssuerOfPatientID, QStringLiteral("RADCURATOR-DEMO-HOSPITAL"));
  putString(ds, DCM_PatientBirthDate, o.patientBirthDate);
  putString(ds, DCM_PatientSex, o.patientSex);
  putString(ds, DCM_PatientAge, QStringLiteral("067Y"));
  putString(ds, DCM_PatientSize, QStringLiteral("1.68"));
  putString(ds, DCM_PatientWeight, QStringLiteral("61"));
  ds->putAndInsertString(DCM_OtherPatientNames, encodeIso2022Japanese(QStringLiteral("YAMADA^TAROU")).constData());
  putString(ds, DCM_PatientComments, QStringLiteral("Synthetic demo patient; smoker 40 pack-years"));
  putString(ds, DCM_InstitutionName, QStringLiteral("RadCurator Demo Hospital"));
  putString(ds, DCM_InstitutionAddress, QStringLiteral("1-1 Demo-cho, Chiyoda-ku, Tokyo"));
  putString(ds, DCM_ReferringPhysicianName, QStringLiteral("SUZUKI^ICHIRO"));
  putString(ds, DCM_PerformingPhysicianName, QStringLiteral("TANAKA^HANAKO"));
  putString(ds, DCM_OperatorsName, QStringLiteral("SATO^JIRO"));
  putString(ds, DCM_StationName, QStringLiteral("DEMO-STATION-1"));
  putString(ds, DCM_Manufacturer, QStringLiteral("RadCurator"));
  putString(ds, DCM_ManufacturerModelName, QStringLiteral("Synthetic chest phantom"));
  putString(ds, DCM_BodyPartExamined, QStringLiteral("CHEST"));
}

Status save(DcmFileFormat& file, const QString& path) {
  const QString temp = path + QStringLiteral(".part");
  const OFCondition status = file.saveFile(OFFilename(QFile::encodeName(temp).constData()), EXS_LittleEndianExplicit);
  if (status.bad()) {
    QFile::remove(temp);
    return fail(PhantomTr::tr("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(status.text())));
  }
  QFile::remove(path);
  if (!QFile::rename(temp, path)) return fail(PhantomTr::tr("%1: cannot write").arg(path));
  return Status::success();
}

}  // namespace rc
