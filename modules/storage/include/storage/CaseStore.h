#pragma once
// The case store: a folder holding the SQLite database (radcurator.sqlite) and the stored
// DICOM files (files/<series folder>/<SOP Instance UID>.dcm).
//
// Team mode: the database is on a PostgreSQL server shared by the department's workstations
// and the folder (its files) on a shared file system. The folder's radcurator-store.ini names
// the database (written once, without a password), so a workstation only names the folder.
// The correspondence table then stays on the workstation that de-identifies (its own data
// folder), never in the shared folder or database.
//
// CaseStore describes a store and is cheap to copy and safe to share between threads.
// CaseDatabase is one connection to it; Qt Sql connections belong to the thread that made
// them, so every thread opens its own (RAII) and the database runs in WAL mode so readers
// never wait for an import.

#include "core/Result.h"
#include "storage/DatabaseUrl.h"
#include "storage/Records.h"

#include <QSqlDatabase>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace rc {

class CaseStore {
public:
  // Opens the store in `directory`, creating folder and database when missing and migrating
  // the schema to the current version. Fails on a database written by a newer version.
  // `databaseUrl` (postgresql://...) puts a new store's database on PostgreSQL and must match
  // what an existing store's settings file names; empty: what the folder says, else the
  // RADCURATOR_DATABASE environment variable for a new store, else SQLite.
  static Result<CaseStore> open(const QString& directory, const QString& databaseUrl = QString());

  QString directory() const { return directory_; }
  // Where the database is, for messages: the SQLite file, or the server's URL (no password).
  QString databasePath() const;
  // Team mode: the database server; nullopt for SQLite.
  const std::optional<DatabaseUrl>& server() const { return server_; }
  bool isShared() const { return server_.has_value(); }
  QString filesDirectory() const;
  QString absoluteFilePath(const QString& relativePath) const;
  // The encrypted correspondence table: beside the case data, never inside files/. In team
  // mode it is this workstation's own (its data folder), never in the shared folder.
  QString correspondencePath() const;
  // Scratch space for files on their way into files/ (retrieved files before their
  // de-identification among them): in the folder, or this workstation's own in team mode.
  QString temporaryDirectory() const;
  // Edits that could not be saved yet (storage/LabelJournal.h): always this workstation's own.
  QString journalDirectory() const;

  static int schemaVersion();

private:
  explicit CaseStore(QString directory) : directory_(std::move(directory)) {}
  QString ownPath(const QString& relative) const;
  QString directory_;
  std::optional<DatabaseUrl> server_;
};

class CaseDatabase {
public:
  explicit CaseDatabase(const CaseStore& store);
  ~CaseDatabase();
  CaseDatabase(const CaseDatabase&) = delete;
  CaseDatabase& operator=(const CaseDatabase&) = delete;

  bool isOpen() const { return openError_.isEmpty(); }
  QString openError() const { return openError_; }
  QSqlDatabase& sql() { return db_; }
  // Team mode: this connection is not handed to the next CaseDatabase of the thread when this
  // one goes (it LISTENs, or holds session state of its own).
  void doNotReuse();
  const CaseStore& store() const { return store_; }

  // Files the instances of `batch` into the store: copies each file (temp name, then rename,
  // hashing as it copies) and writes patient, study, series and instance rows in ONE
  // transaction. On any failure nothing of the series is left: the transaction rolls back
  // and the files this call placed are removed. Instances already stored are skipped. A
  // batch whose items carry another patient code than the batch's, or whose study or series
  // the store files under another patient or study, is refused whole (the importer decides
  // per file before it gets here; this is the last line of defence).
  Result<StoreOutcome> storeSeries(const SeriesBatch& batch);

  Result<bool> hasInstance(const QString& sopInstanceUid);
  // The patient code a stored study is filed under; empty when the store has no such study.
  Result<QString> patientOfStudy(const QString& studyInstanceUid);
  // The study a stored series is filed under; empty when the store has no such series.
  Result<QString> studyOfSeries(const QString& seriesInstanceUid);
  Result<std::vector<SeriesSummary>> listSeries();
  Result<SeriesSummary> series(const QString& seriesInstanceUid);
  // The series an instance belongs to (empty when the store does not hold it).
  Result<QString> seriesOfInstance(const QString& sopInstanceUid);
  Result<std::vector<InstanceRecord>> instancesOfSeries(const QString& seriesInstanceUid);
  // Every instance of the store with the series, study and patient it is filed under.
  Result<std::vector<FiledInstance>> allInstances();
  // A series' files, ordered by instance number, with the names messages should use.
  Result<SeriesFiles> seriesFiles(const QString& seriesInstanceUid);
  Result<int> count(const QString& table);
  Status recordImport(const QString& source, int files, int series, int skipped, int errors);

  Result<QString> setting(const QString& key, const QString& fallback = QString());
  Status setSetting(const QString& key, const QString& value);
  // Settings a store fixes once (its de-identification profile): in one transaction, each of
  // `values` is written unless the key has a value already, and the values the store holds
  // afterwards are returned. Of two programs that set up a new store at once, one wins and
  // the other learns what it set.
  Result<QStringList> settingsOnce(const QList<QPair<QString, QString>>& values);
  // actor: who did it (default: the login name); project and series when the action was on one.
  Status recordAudit(const QString& action, const QString& patientCode, const QString& detail, const QString& actor = QString(),
                     const QString& project = QString(), const QString& seriesUid = QString());

  // The export ledger: what left the store, to whom, when, by whom (default: the login name).
  Result<qint64> recordExport(const QString& partner, const QString& destination, const std::vector<ExportItem>& items,
                              const QString& note = QString(), const QString& actor = QString());

  // Opt-out: deletes every row and file of the patient (studies, series, instances, and
  // whatever later hangs off them) in one transaction, records it in the audit log, and lists
  // the exports that already contained the patient.
  Result<OptOutReport> deletePatient(const QString& patientCode, const QString& actor);
  Result<std::vector<ExportRecord>> exportsContaining(const QString& patientCode);
  // Every export, oldest first, with its note, file count and patients.
  Result<std::vector<ExportRecord>> listExports();
  // Takes back the row of an export that did not happen after all (its files were not handed over).
  Status deleteExport(qint64 exportId);
  Result<bool> hasPatient(const QString& patientCode);

  // Burned-in text review.
  Result<std::vector<InstanceRecord>> instancesAwaitingBurnedInReview();
  Result<InstanceRecord> instance(const QString& sopInstanceUid);
  Status setBurnedInReview(const QString& sopInstanceUid, const QString& review);
  // Replaces an instance's file by a new object (a masked copy with a new SOP Instance UID).
  Status replaceInstance(const QString& oldSopInstanceUid, const QString& newSopInstanceUid, const QString& newFile,
                         const QString& review);

private:
  void openServer();
  Status migrate();
  Result<std::vector<SeriesSummary>> querySeries(const QString& where, const QVariantList& values);
  friend class CaseStore;

  CaseStore store_;
  QString connectionName_;
  QSqlDatabase db_;
  QString openError_;
  bool reusable_ = true;
};

}  // namespace rc
