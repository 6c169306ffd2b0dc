#include "dicom/DicomHeader.h"

#include "dicom/DatasetAccess.h"
#include "DicomTr.h"
#include "dicom/Codecs.h"
#include "dicom/DicomFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QFile>

#include <cstring>
#include <QFileInfo>

#include <climits>

namespace rc {

bool looksLikeDicom(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  const QByteArray head = file.read(132);
  return looksLikeDicom(reinterpret_cast<const unsigned char*>(head.constData()), head.size());
}

bool looksLikeDicom(const unsigned char* head, long long size) {
  if (size >= 132 && std::memcmp(head + 128, "DICM", 4) == 0) return true;
  if (size < 8) return false;
  const auto b = [&](int i) { return int(head[i]); };
  const int groupLE = b(0) | (b(1) << 8);
  const int groupBE = (b(0) << 8) | b(1);
  auto plausible = [](int group) { return group == 0x0000 || group == 0x0002 || group == 0x0008; };
  if (!plausible(groupLE) && !plausible(groupBE)) return false;
  // The element number of the first element is small in any real file (e.g. 0005, 0008).
  const int elementLE = b(2) | (b(3) << 8);
  const int elementBE = (b(2) << 8) | b(3);
  return elementLE < 0x0100 || elementBE < 0x0100;
}

Result<DicomHeader> readDicomHeader(const QString& path) {
  const QFileInfo info(path);
  if (!info.isFile()) return fail(DicomTr::tr("%1: file not found").arg(path));
  // Values over 4 KB (pixel data) stay on disk: the structure walk before the parse has
  // already checked that the file holds every byte its elements claim.
  auto read = readDicomFile(path, ReadScope::Header);
  if (!read) return fail(read.error());
  return headerOf(*read->file, path);
}

Result<DicomHeader> headerOf(DcmFileFormat& fileFormat, const QString& path) {
  const QFileInfo info(path);
  DcmDataset* ds = fileFormat.getDataset();
  DcmMetaInfo* meta = fileFormat.getMetaInfo();

  DicomHeader h;
  h.filePath = info.absoluteFilePath();
  h.fileSize = info.size();
  h.transferSyntaxUid = dcm::ascii(meta, DCM_TransferSyntaxUID);
  if (h.transferSyntaxUid.isEmpty()) {
    const DcmXfer xfer(ds->getOriginalXfer());
    if (xfer.getXfer() != EXS_Unknown) h.transferSyntaxUid = QString::fromLatin1(xfer.getXferID());
  }
  h.sopClassUid = dcm::ascii(ds, DCM_SOPClassUID);
  h.sopInstanceUid = dcm::ascii(ds, DCM_SOPInstanceUID);
  if (h.sopClassUid.isEmpty()) h.sopClassUid = dcm::ascii(meta, DCM_MediaStorageSOPClassUID);
  if (h.sopInstanceUid.isEmpty()) h.sopInstanceUid = dcm::ascii(meta, DCM_MediaStorageSOPInstanceUID);

  if (h.isMediaDirectory()) return h;  // a DICOMDIR carries no patient/study/series

  const QByteArray charsetRaw = dcm::rawValue(ds, DCM_SpecificCharacterSet);
  h.specificCharacterSet = QString::fromLatin1(charsetRaw).trimmed();
  const CharacterSet charset(charsetRaw);

  h.patientId = dcm::text(ds, DCM_PatientID, charset);
  h.issuerOfPatientId = dcm::text(ds, DCM_IssuerOfPatientID, charset);
  h.patientName = dcm::text(ds, DCM_PatientName, charset, TextKind::PersonName);
  h.patientBirthDate = dcm::ascii(ds, DCM_PatientBirthDate);
  h.patientSex = dcm::ascii(ds, DCM_PatientSex);
  h.patientAge = dcm::ascii(ds, DCM_PatientAge);

  h.studyInstanceUid = dcm::ascii(ds, DCM_StudyInstanceUID);
  h.studyDate = dcm::ascii(ds, DCM_StudyDate);
  h.studyTime = dcm::ascii(ds, DCM_StudyTime);
  h.studyDescription = dcm::text(ds, DCM_StudyDescription, charset);
  h.accessionNumber = dcm::text(ds, DCM_AccessionNumber, charset);
  h.studyId = dcm::text(ds, DCM_StudyID, charset);

  h.seriesInstanceUid = dcm::ascii(ds, DCM_SeriesInstanceUID);
  h.seriesDate = dcm::ascii(ds, DCM_SeriesDate);
  h.seriesDescription = dcm::text(ds, DCM_SeriesDescription, charset);
  h.modality = dcm::ascii(ds, DCM_Modality);
  h.bodyPartExamined = dcm::ascii(ds, DCM_BodyPartExamined);
  h.frameOfReferenceUid = dcm::ascii(ds, DCM_FrameOfReferenceUID);
  h.seriesNumber = dcm::integer(ds, DCM_SeriesNumber, INT_MIN, INT_MAX).value_or(0);

  h.instanceNumber = dcm::integer(ds, DCM_InstanceNumber, INT_MIN, INT_MAX).value_or(0);
  h.rows = dcm::integer(ds, DCM_Rows, 0, 65535).value_or(0);
  h.columns = dcm::integer(ds, DCM_Columns, 0, 65535).value_or(0);
  h.numberOfFrames = dcm::integer(ds, DCM_NumberOfFrames, 1, INT_MAX).value_or(1);
  h.photometricInterpretation = dcm::ascii(ds, DCM_PhotometricInterpretation);
  h.burnedInAnnotation = dcm::ascii(ds, DCM_BurnedInAnnotation).toUpper();
  h.imageType = dcm::ascii(ds, DCM_ImageType);

  // Every stored object is keyed by these; without them it cannot be filed.
  if (h.sopInstanceUid.isEmpty())
    return fail(DicomTr::tr("%1: missing SOP Instance UID (0008,0018)").arg(path));
  if (h.studyInstanceUid.isEmpty())
    return fail(DicomTr::tr("%1: missing Study Instance UID (0020,000D)").arg(path));
  if (h.seriesInstanceUid.isEmpty())
    return fail(DicomTr::tr("%1: missing Series Instance UID (0020,000E)").arg(path));
  return h;
}

}  // namespace rc
