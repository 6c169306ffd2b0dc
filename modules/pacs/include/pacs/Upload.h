#pragma once
// Upload to a research database over DICOMweb: STOW-RS (HTTPS, basic or bearer
// authentication, Qt Network), resumable: for each series the server is asked first (QIDO-RS)
// which instances it has, and those are not sent again. What goes is a dataset export (the
// export profile, the PHI scan, the gates) recorded in the export ledger under the URL, so an
// opt-out names the upload; a package made earlier is checked against its manifest and
// recorded again under the URL.

#include "core/Progress.h"
#include "core/Result.h"
#include "storage/CaseStore.h"

#include <QStringList>
#include <QUrl>

namespace rc {
class CorrespondenceTable;
class DeidProfile;
}  // namespace rc

namespace rc::pacs {

struct WebTarget {
  QUrl url;                // the DICOMweb root, e.g. https://host/dicom-web
  QString user, password;  // basic authentication
  QString token;           // bearer authentication (instead)
  QString caCertificates;  // PEM file trusted besides the system's, for a hospital's own CA
  int timeoutSeconds = 120;
  int filesPerRequest = 25;
};

struct UploadReport {
  int files = 0;
  int sent = 0;           // stored by the server
  int alreadyThere = 0;   // found by QIDO-RS, not sent again
  QStringList failures;   // "<file>: <reason>"
  qint64 exportId = 0;    // the ledger row
  QString problem;        // what stopped the upload
  bool cancelled = false;
  bool ok() const { return problem.isEmpty() && failures.isEmpty() && !cancelled; }
  QString summaryLine() const;
};

struct UploadRequest {
  QStringList cases;  // patient codes; empty: every case of the store
  QString actor;
  const CorrespondenceTable* table = nullptr;
  const DeidProfile* profile = nullptr;
};

UploadReport uploadCases(const WebTarget& target, const CaseStore& store, const UploadRequest& request, Progress& progress = Progress::none());
UploadReport uploadPackage(const WebTarget& target, const CaseStore& store, const QString& packagePath, const QString& actor,
                           Progress& progress = Progress::none());
// The files as they are (the two above call this on what they checked).
UploadReport uploadFiles(const WebTarget& target, const QStringList& files, Progress& progress = Progress::none());

}  // namespace rc::pacs
