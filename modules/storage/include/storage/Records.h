#pragma once
// Rows of the case database, as plain values. Storage knows nothing about DICOM parsing:
// the importer fills these from headers.

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace rc {

struct PatientRecord {
  qint64 id = 0;
  QString code;  // the key shown everywhere (research code once de-identification is on)
  QString name;
  QString sex;
  QString birthDate;
  QString age;
};

struct StudyRecord {
  qint64 id = 0;
  qint64 patientId = 0;
  QString uid;
  QString date;
  QString time;
  QString description;
  QString accessionNumber;
  QString accessionKey;  // keyed hash of the original accession number (reports find their study by it)
};

struct SeriesRecord {
  qint64 id = 0;
  qint64 studyId = 0;
  QString uid;
  QString modality;
  QString bodyPart;
  QString description;
  QString date;
  int number = 0;
  int rows = 0;
  int columns = 0;
  int instanceCount = 0;
  int frameCount = 0;
  QString transferSyntaxUid;
  QString folder;  // relative to the store's files/ folder
};

struct InstanceRecord {
  qint64 id = 0;
  qint64 seriesId = 0;
  QString sopInstanceUid;
  QString sopClassUid;
  int instanceNumber = 0;
  int rows = 0;
  int columns = 0;
  int frames = 1;
  QString transferSyntaxUid;
  QString filePath;  // relative to the store's files/ folder
  qint64 fileSize = 0;
  QString sha256;    // of the stored file
  QString burnedInRisk;    // why the pixels may carry text; empty when not suspected
  QString burnedInReview;  // "", "confirmed" (no text) or "masked"
};

// An instance row with the keys it is filed under (for checking the store).
struct FiledInstance {
  InstanceRecord record;
  QString seriesUid;
  QString studyUid;
  QString patientCode;
};

// One line of the browser / `radcurator-cli list`.
struct SeriesSummary {
  QString patientCode;
  QString patientName;
  QString patientSex;
  QString studyUid;
  QString studyDate;
  QString studyDescription;
  QString seriesUid;
  QString modality;
  QString bodyPart;
  QString seriesDescription;
  int seriesNumber = 0;
  int instanceCount = 0;
  int frameCount = 0;
  int rows = 0;
  int columns = 0;
  QString transferSyntaxUid;
  int burnedInPending = 0;  // images that may carry burned-in text and await a review
  bool hasLabels = false;   // segments or findings are stored for the series
};

// A series ready to be filed: its rows plus, per instance, the file to copy in.
struct SeriesBatch {
  PatientRecord patient;
  StudyRecord study;
  SeriesRecord series;
  struct Item {
    InstanceRecord record;
    QString sourcePath;
    QString patientCode;  // the code written into this file: must be the batch's patient
    QString sha256;       // of the file at sourcePath, if the caller hashed the scratch file it wrote
  };
  std::vector<Item> instances;
};

// One hand-off to a partner, from the export ledger.
struct ExportRecord {
  qint64 id = 0;
  QString createdAt;
  QString partner;
  QString destination;
  QString createdBy;
  QString note;          // purpose, the package's hash (listExports)
  int files = 0;         // listExports
  QStringList patients;  // listExports
};

// One file of an export, for the ledger.
struct ExportItem {
  QString patientCode;
  QString studyUid;
  QString seriesUid;
  QString sopInstanceUid;
  QString fileSha256;
};

struct OptOutReport {
  QString patientCode;
  int studies = 0;
  int series = 0;
  int instances = 0;
  int filesDeleted = 0;
  std::vector<ExportRecord> exportsContainingPatient;
};

// The files of a stored series, and how messages should name each one: by series and
// instance, not by the store's internal path (which means nothing to a user).
struct SeriesFiles {
  QStringList paths;               // absolute, ordered by instance number
  QHash<QString, QString> labels;  // path -> "series <UID>, instance <UID>"
  bool isEmpty() const { return paths.isEmpty(); }
};

struct StoreOutcome {
  int stored = 0;          // instances newly filed
  int alreadyPresent = 0;  // instances the store already had (same SOP Instance UID)
};

}  // namespace rc
