#include "casework/StoreCheck.h"

#include "core/Files.h"
#include "core/Parallel.h"
#include "dicom/DicomHeader.h"
#include "casework/StoreDeid.h"
#include "storage/ScratchSpace.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

namespace rc {

namespace {
struct StoreCheckTr {
  Q_DECLARE_TR_FUNCTIONS(StoreCheck)
};
}  // namespace

Result<StoreCheckReport> checkStore(const CaseStore& store, Progress& progress, const std::optional<QString>& passphrase) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto rows = db.allInstances();
  if (!rows) return fail(rows.error());
  const auto profile = storeProfile(store);
  if (!profile) return fail(profile.error());
  // Under a profile that writes the code into Patient ID, every file must carry it; under
  // one that empties Patient ID, a non-empty one must still be the code.
  const bool codeWritten = profile.value()->issuesPatientCodes();

  StoreCheckReport report;
  report.instancesChecked = int(rows->size());
  QMutex mutex;
  auto problem = [&](const QString& where, const QString& reason) {
    QMutexLocker lock(&mutex);
    report.problems.push_back({where, reason});
  };
  std::atomic<qint64> done{0};
  const qint64 total = qint64(rows->size());
  parallelFor(rows->size(), 0, [&](size_t i) {
    if (progress.cancelled()) return false;
    const FiledInstance& row = (*rows)[i];
    const QString path = store.absoluteFilePath(row.record.filePath);
    const QString where = StoreCheckTr::tr("instance %1 (%2)").arg(row.record.sopInstanceUid, row.record.filePath);
    progress.report(++done, total, StoreCheckTr::tr("Checking stored files"));
    if (!QFileInfo(path).isFile()) {
      problem(where, StoreCheckTr::tr("the file is missing"));
      return true;
    }
    const auto hash = sha256OfFile(path);
    if (!hash) {
      problem(where, hash.error());
      return true;
    }
    if (hash.value() != row.record.sha256)
      problem(where, StoreCheckTr::tr("the file's SHA-256 is not the one recorded when it was filed"));
    const auto header = readDicomHeader(path);
    if (!header) {
      problem(where, header.error());
      return true;
    }
    if (header->sopInstanceUid != row.record.sopInstanceUid)
      problem(where, StoreCheckTr::tr("the file's SOP Instance UID is %1").arg(header->sopInstanceUid));
    if (header->seriesInstanceUid != row.seriesUid)
      problem(where, StoreCheckTr::tr("the file's Series Instance UID is %1, the row's %2").arg(header->seriesInstanceUid, row.seriesUid));
    if (header->studyInstanceUid != row.studyUid)
      problem(where, StoreCheckTr::tr("the file's Study Instance UID is %1, the row's %2").arg(header->studyInstanceUid, row.studyUid));
    if ((codeWritten || !header->patientId.isEmpty()) && header->patientId != row.patientCode)
      problem(where, StoreCheckTr::tr("the file carries patient code \"%1\" but is filed under patient %2")
                         .arg(header->patientId, row.patientCode));
    return true;
  });
  if (progress.cancelled()) return cancelledFailure(StoreCheckTr::tr("the check was cancelled"));

  // Files no row names.
  QSet<QString> named;
  for (const FiledInstance& row : rows.value()) named.insert(QDir::cleanPath(store.absoluteFilePath(row.record.filePath)));
  QDirIterator it(store.filesDirectory(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
  QStringList orphans;
  while (it.hasNext()) {
    const QString file = QDir::cleanPath(it.next());
    ++report.filesOnDisk;
    if (!named.contains(file)) orphans << file;
  }
  orphans.sort();
  for (const QString& file : orphans)
    report.problems.push_back({QDir(store.filesDirectory()).relativeFilePath(file), StoreCheckTr::tr("no row of the database names this file")});
  // What killed jobs left behind, and the correspondence table.
  for (const AbandonedScratch& a : abandonedScratch(store))
    report.problems.push_back({a.path, StoreCheckTr::tr("left in the scratch folder by an interrupted import or export (%n file(s)); "
                                                        "check --repair or the next start removes it", nullptr, a.files)});
  const QString table = store.correspondencePath();
  const QString tableName = QDir(store.directory()).relativeFilePath(table);
  if (CorrespondenceTable::exists(table)) {
    if (const Status readable = CorrespondenceTable::inspect(table); !readable)
      report.problems.push_back({tableName, StoreCheckTr::tr("the correspondence table cannot be read: %1").arg(readable.error())});
    else if (passphrase)
      if (const auto opened = CorrespondenceTable::open(table, *passphrase); !opened)
        report.problems.push_back({tableName, StoreCheckTr::tr("the correspondence table cannot be opened: %1").arg(opened.error())});
  } else if (QFileInfo::exists(table) || !rows->empty()) {
    report.problems.push_back({tableName, QFileInfo::exists(table) ? StoreCheckTr::tr("the correspondence table is not a file")
                                                                    : StoreCheckTr::tr("the store holds patients but no correspondence table")});
  }
  std::sort(report.problems.begin(), report.problems.end(),
            [](const StoreProblem& a, const StoreProblem& b) { return a.where < b.where; });
  return report;
}

}  // namespace rc
