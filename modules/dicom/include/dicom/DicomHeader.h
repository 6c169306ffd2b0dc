#pragma once
// Header-only scan of one DICOM file: the attributes the case store and the browser need,
// text decoded per Specific Character Set. Parsing stops before Pixel Data, so a scan costs a
// few kilobytes of I/O per file whatever the image size.

#include "core/Result.h"

#include <QString>

#include <optional>

class DcmFileFormat;

namespace rc {

struct DicomHeader {
  QString filePath;
  qint64 fileSize = 0;

  QString transferSyntaxUid;
  QString sopClassUid;
  QString sopInstanceUid;
  QString specificCharacterSet;  // raw (0008,0005)

  // Patient
  QString patientId;
  QString issuerOfPatientId;
  QString patientName;  // decoded, all component groups (e.g. "Yamada^Tarou=山田^太郎=やまだ^たろう")
  QString patientBirthDate;
  QString patientSex;
  QString patientAge;

  // Study
  QString studyInstanceUid;
  QString studyDate;
  QString studyTime;
  QString studyDescription;
  QString accessionNumber;
  QString studyId;

  // Series
  QString seriesInstanceUid;
  QString seriesDate;
  QString seriesDescription;
  QString modality;
  QString bodyPartExamined;
  QString frameOfReferenceUid;
  int seriesNumber = 0;

  // Instance / image
  int instanceNumber = 0;
  int rows = 0;
  int columns = 0;
  int numberOfFrames = 1;
  QString photometricInterpretation;
  QString burnedInAnnotation;  // (0028,0301) "YES"/"NO"/""
  QString imageType;

  bool isImage() const { return rows > 0 && columns > 0; }
  bool isMediaDirectory() const { return sopClassUid == QLatin1String("1.2.840.10008.1.3.10"); }
};

// True when the file starts like DICOM: "DICM" at offset 128, or a plausible first element of
// a file without meta information (group 0000, 0002 or 0008 in either byte order).
bool looksLikeDicom(const QString& path);
// The same test on the first bytes of a file (up to 132 of them are looked at).
bool looksLikeDicom(const unsigned char* head, long long size);

// The Media Storage SOP Class UID of the file meta information (read from the first few
// kilobytes, without parsing the dataset); empty when there is none.
QString mediaStorageSopClassOf(const QString& path);

// Reads the header of `path`. Fails with a message naming the file and the reason for
// non-DICOM files, parse errors and files lacking the UIDs every stored object needs.
// A DICOMDIR is returned as such (isMediaDirectory()), without those UIDs.
Result<DicomHeader> readDicomHeader(const QString& path);
// The same from a file already parsed (`path` is where it was read from).
Result<DicomHeader> headerOf(DcmFileFormat& file, const QString& path);

}  // namespace rc
