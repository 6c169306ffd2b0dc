#include "storage/CaseStore.h"

#include "core/Files.h"
#include "core/LoginName.h"
#include "core/Sha256.h"
#include "Schema.h"
#include "StorageSupport.h"
#include "storage/ReadingStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <map>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace rc {

namespace {

const char* const kDatabaseFile = "radcurator.sqlite";
const char* const kFilesFolder = "files";
const char* const kSettingsFile = "radcurator-store.ini";

// Team mode: what stays on this workstation (the correspondence table, the scratch folder) is
// kept per store in the user's data folder, named by the database the store uses.
QString workstationFolder(const DatabaseUrl& server) {
  const QByteArray id = QCryptographicHash::hash(server.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
  return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
      .filePath(QStringLiteral("radcurator/stores/") + QString::fromLatin1(id));
}

// The store's settings file names its database server (never with a password).
Result<QString> namedDatabase(const QString& directory) {
  const QString path = QDir(directory).filePath(QLatin1String(kSettingsFile));
  if (!QFileInfo::exists(path)) return QString();
  QSettings ini(path, QSettings::IniFormat);
  if (ini.status() != QSettings::NoError) return fail(StorageTr::tr("%1: cannot read the store's settings").arg(path));
  return ini.value(QStringLiteral("database/url")).toString();
}

Status nameDatabase(const QString& directory, const DatabaseUrl& server) {
  const QString path = QDir(directory).filePath(QLatin1String(kSettingsFile));
  QSaveFile file(path);
  const QByteArray text = "# Written by RadCurator when the store was created. Every workstation that names this folder\n"
                          "# uses this database; the password comes from PGPASSWORD or ~/.pgpass.\n[database]\nurl=" +
                          server.toString().toUtf8() + "\n";
  if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
    return fail(StorageTr::tr("%1: cannot write the store's settings: %2").arg(path, file.errorString()));
  return Status::success();
}

bool sameDatabase(const DatabaseUrl& a, const DatabaseUrl& b) {
  return a.user == b.user && a.host == b.host && a.port == b.port && a.database == b.database && a.schemaName() == b.schemaName();
}

// Which database a store folder uses: what its settings file names, or for a new store the URL
// given (or RADCURATOR_DATABASE); nullopt: the SQLite file. A store keeps the engine it began on.
Result<std::optional<DatabaseUrl>> chooseDatabase(const QString& directory, const QString& given) {
  const auto named = namedDatabase(directory);
  if (!named) return fail(named.error());
  const bool sqliteThere = QFileInfo::exists(QDir(directory).filePath(QLatin1String(kDatabaseFile)));
  QString wanted = given;
  if (wanted.isEmpty() && named->isEmpty() && !sqliteThere) wanted = qEnvironmentVariable("RADCURATOR_DATABASE");
  if (wanted.isEmpty() && named->isEmpty()) return std::optional<DatabaseUrl>();
  if (!wanted.isEmpty() && sqliteThere)
    return fail(StorageTr::tr("%1: this store keeps its database in %2; it cannot be moved to a database server")
                    .arg(directory, QLatin1String(kDatabaseFile)));
  std::optional<DatabaseUrl> chosen;
  if (!named->isEmpty()) {
    auto parsed = DatabaseUrl::parse(named.value());
    if (!parsed) return fail(QStringLiteral("%1: %2").arg(QDir(directory).filePath(QLatin1String(kSettingsFile)), parsed.error()));
    chosen = parsed.value();
  }
  if (!wanted.isEmpty()) {
    auto asked = DatabaseUrl::parse(wanted);
    if (!asked) return fail(asked.error());
    if (!chosen) {
      if (asked->wantsNewSchema())
        asked->schema = QStringLiteral("rc_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
      const Status written = nameDatabase(directory, asked.value());
      if (!written) return fail(written.error());
      chosen = asked.value();
    } else if (asked->wantsNewSchema() ? !(asked->user == chosen->user && asked->host == chosen->host && asked->port == chosen->port &&
                                            asked->database == chosen->database)
                                        : !sameDatabase(asked.value(), chosen.value())) {
      return fail(StorageTr::tr("%1: this store's database is %2, not %3").arg(directory, chosen->toString(), asked->toString()));
    }
    chosen->password = asked->password;
  }
  return chosen;
}

// Series folders are named from a hash of the Series Instance UID: stable, short, and the
// same series always lands in the same place.
QString seriesFolderName(const QString& seriesUid) {
  return QStringLiteral("S") +
         QString::fromLatin1(QCryptographicHash::hash(seriesUid.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
}

QString instanceFileName(const QString& sopUid) {
  QString name;
  for (const QChar c : sopUid) name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' ? c : QChar(u'_');
  if (name.size() > 100 || name.startsWith(u'.'))
    name = QString::fromLatin1(QCryptographicHash::hash(sopUid.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
  return name + QStringLiteral(".dcm");
}

// Copies src to dst through a temporary file (atomic rename), hashing on the way.
Result<QString> copyWithHash(const QString& src, const QString& dst) {
  QFile in(src);
  if (!in.open(QIODevice::ReadOnly)) return fail(StorageTr::tr("%1: cannot read: %2").arg(src, in.errorString()));
  QSaveFile out(dst);
  if (!out.open(QIODevice::WriteOnly)) return fail(StorageTr::tr("%1: cannot write: %2").arg(dst, out.errorString()));
  Sha256 hash;
  thread_local std::vector<char> buffer(1 << 20);  // reused, as in sha256OfFile (core/Files.cpp)
  qint64 n = 0;
  while ((n = in.read(buffer.data(), qint64(buffer.size()))) > 0) {
    hash.add(QByteArrayView(buffer.data(), n));
    if (out.write(buffer.data(), n) != n) {
      out.cancelWriting();
      return fail(StorageTr::tr("%1: cannot write: %2").arg(dst, out.errorString()));
    }
  }
  if (in.error() != QFileDevice::NoError) {
    out.cancelWriting();
    return fail(StorageTr::tr("%1: cannot read: %2").arg(src, in.errorString()));
  }
  if (!out.commit()) return fail(StorageTr::tr("%1: cannot write: %2").arg(dst, out.errorString()));
  return QString::fromLatin1(hash.result().toHex());
}

// Moves a file of the store's own scratch folder into place (same file system): it is read
// once for its hash instead of being copied (the import writes every de-identified file there
// first; copying it again cost a second write of every byte). The caller syncs the file
// system once for all the files it moved, before their rows are committed. moveHashed is for
// a caller that hashed the scratch file it wrote (the import, on its worker threads).
Result<QString> moveHashed(const QString& src, const QString& dst, const QString& sha256) {
  if (::rename(QFile::encodeName(src).constData(), QFile::encodeName(dst).constData()) != 0) {
    // Team mode: the scratch folder is this workstation's and files/ on the shared file system.
    if (errno == EXDEV) {
      auto copied = copyWithHash(src, dst);
      if (copied) QFile::remove(src);
      return copied;
    }
    return fail(StorageTr::tr("%1: cannot write: %2").arg(dst, QString::fromLocal8Bit(std::strerror(errno))));
  }
  return sha256;
}

Result<QString> moveWithHash(const QString& src, const QString& dst) {
  const auto hash = sha256OfFile(src);
  if (!hash) return hash;
  return moveHashed(src, dst, hash.value());
}

}  // namespace

// ---- CaseStore ---------------------------------------------------------------------------------

int CaseStore::schemaVersion() { return int(schema::migrations().size()); }

QString CaseStore::databasePath() const {
  return server_ ? server_->toString() : QDir(directory_).filePath(QLatin1String(kDatabaseFile));
}
QString CaseStore::filesDirectory() const { return QDir(directory_).filePath(QLatin1String(kFilesFolder)); }
QString CaseStore::absoluteFilePath(const QString& relativePath) const {
  return QDir(filesDirectory()).filePath(relativePath);
}
// What is this workstation's own: in the store's folder for one desk, in the user's data folder
// when the folder is shared (team mode).
QString CaseStore::ownPath(const QString& relative) const {
  return QDir(server_ ? workstationFolder(*server_) : directory_).filePath(relative);
}
QString CaseStore::correspondencePath() const { return ownPath(QStringLiteral("correspondence/table.rcsec")); }
QString CaseStore::temporaryDirectory() const { return ownPath(QStringLiteral("tmp")); }
QString CaseStore::journalDirectory() const { return ownPath(QStringLiteral("journal")); }

Result<CaseStore> CaseStore::open(const QString& directory, const QString& databaseUrl) {
  if (directory.isEmpty()) return fail(StorageTr::tr("no case store folder given"));
  const QString absolute = QFileInfo(directory).absoluteFilePath();
  if (!QDir().mkpath(absolute) || !QDir().mkpath(QDir(absolute).filePath(QLatin1String(kFilesFolder))))
    return fail(StorageTr::tr("%1: cannot create the case store folder").arg(absolute));
  CaseStore store(absolute);
  // Creating the database (its WAL mode, the schema) is done by one program at a time: two
  // first imports on a new store would otherwise meet SQLite's "database is locked" while one
  // of them switches the journal mode. Held for the opening only; the kernel drops it with
  // the process however it ends.
  const QByteArray lockPath = QFile::encodeName(QDir(absolute).filePath(QStringLiteral(".radcurator-open.lock")));
  const int lock = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (lock < 0 || ::flock(lock, LOCK_EX) != 0) {
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    if (lock >= 0) ::close(lock);
    return fail(StorageTr::tr("%1: cannot lock the case store: %2").arg(absolute, reason));
  }
  struct Unlock {
    int fd;
    ~Unlock() { ::close(fd); }
  } unlock{lock};
  auto server = chooseDatabase(absolute, databaseUrl);
  if (!server) return fail(server.error());
  store.server_ = server.value();
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const Status migrated = db.migrate();
  if (!migrated) return fail(migrated.error());
  return store;
}

// ---- CaseDatabase ------------------------------------------------------------------------------

namespace {

// PostgreSQL: a new connection costs the server a process and a cold catalog cache (some 20 ms
// of the first statements), so the connections a thread made are kept when their CaseDatabase
// goes and handed to the next one of the same store in that thread (Qt Sql connections belong
// to the thread that made them). A kept connection is checked before it is handed out: one that
// died with its server is dropped and a new one made.
struct IdleConnections {
  std::map<QString, std::vector<QString>> byStore;  // database URL -> connection names
  ~IdleConnections() {
    for (auto& [store, names] : byStore)
      for (const QString& name : names) QSqlDatabase::removeDatabase(name);
  }
};
thread_local IdleConnections idleConnections;
constexpr size_t kIdlePerStore = 4;

}  // namespace

CaseDatabase::CaseDatabase(const CaseStore& store)
    : store_(store), connectionName_(QStringLiteral("rc-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
  if (store.isShared()) {
    auto& idle = idleConnections.byStore[store.server()->toString()];
    while (!idle.empty()) {
      const QString name = idle.back();
      idle.pop_back();
      QSqlDatabase kept = QSqlDatabase::database(name, false);
      if (kept.isOpen() && QSqlQuery(kept).exec(QStringLiteral("SELECT 1"))) {
        connectionName_ = name;
        db_ = kept;
        return;
      }
      kept = QSqlDatabase();
      QSqlDatabase::removeDatabase(name);
    }
    openServer();
    return;
  }
  db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
  db_.setDatabaseName(store.databasePath());
  db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
  if (!db_.open()) {
    openError_ = StorageTr::tr("%1: cannot open database: %2").arg(store.databasePath(), db_.lastError().text());
    return;
  }
  QSqlQuery q(db_);
  // WAL: readers proceed while an import writes. NORMAL sync is durable at each commit in WAL.
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
    if (!q.exec(QLatin1String(pragma))) {
      openError_ = StorageTr::tr("%1: %2").arg(store.databasePath(), sqlError(q));
      return;
    }
  }
}

void CaseDatabase::openServer() {
  const DatabaseUrl& server = *store_.server();
  db_ = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName_);
  if (!db_.isValid()) {
    openError_ = StorageTr::tr("%1: Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)").arg(server.toString());
    return;
  }
  db_.setHostName(server.host);
  db_.setPort(server.port);
  db_.setUserName(server.user);
  if (!server.password.isEmpty()) db_.setPassword(server.password);
  db_.setDatabaseName(server.database);
  // The store's schema first in the search path; a dead server or line is noticed within
  // seconds rather than at the kernel's TCP timeout (keepalives).
  db_.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=radcurator;keepalives_idle=10;"
                                       "keepalives_interval=5;keepalives_count=3;options='-csearch_path=%1 -cclient_min_messages=warning'")
                            .arg(server.schemaName()));
  if (!db_.open()) {
    openError_ = StorageTr::tr("%1: cannot connect to the database: %2").arg(server.toString(), db_.lastError().text().trimmed());
    return;
  }
  QSqlQuery q(db_);
  // Two workstations creating the same new schema at once: one of them meets a duplicate, and
  // the schema is there all the same.
  const QString exists = QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = '%1'").arg(server.schemaName());
  if (!(q.exec(exists) && q.next()) && !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(server.schemaName())) &&
      !(q.exec(exists) && q.next()))
    openError_ = StorageTr::tr("%1: cannot create schema %2: %3").arg(server.toString(), server.schemaName(), sqlError(q));
}

void CaseDatabase::doNotReuse() { reusable_ = false; }

CaseDatabase::~CaseDatabase() {
  if (store_.isShared() && reusable_ && openError_.isEmpty() && db_.isOpen()) {
    auto& idle = idleConnections.byStore[store_.server()->toString()];
    if (idle.size() < kIdlePerStore) {
      db_ = QSqlDatabase();
      idle.push_back(connectionName_);
      return;
    }
  }
  db_.close();
  db_ = QSqlDatabase();
  QSqlDatabase::removeDatabase(connectionName_);
}

namespace {

// The few words a migration statement says differently on PostgreSQL.
QString forPostgres(const char* statement) {
  static const QRegularExpression rowid(QStringLiteral("(^|[\\s(])id INTEGER PRIMARY KEY"));
  static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
  static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
  QString text = QString::fromUtf8(statement);
  text.replace(rowid, QStringLiteral("\\1id SERIAL PRIMARY KEY"));
  text.replace(blob, QStringLiteral("BYTEA"));
  text.replace(real, QStringLiteral("DOUBLE PRECISION"));
  return text;
}

}  // namespace

Status CaseDatabase::migrate() {
  Transaction tx(db_);
  if (!tx.begun()) return fail(StorageTr::tr("%1: cannot lock database: %2").arg(store_.databasePath(), tx.error()));
  QSqlQuery q(db_);
  auto rollback = [&](const QString& message) { return Status(fail(message)); };
  const bool postgres = isPostgres(db_);
  if (postgres && !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
    return rollback(StorageTr::tr("%1: %2").arg(store_.databasePath(), sqlError(q)));
  if (!q.exec(postgres ? QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version") : QStringLiteral("PRAGMA user_version")) ||
      !q.next())
    return rollback(StorageTr::tr("%1: not a case database: %2").arg(store_.databasePath(), sqlError(q)));
  const int version = q.value(0).toInt();
  const int latest = CaseStore::schemaVersion();
  if (version > latest) {
    return rollback(StorageTr::tr("%1: database schema version %2 is newer than this RadCurator (%3); "
                                  "use a newer version")
                        .arg(store_.databasePath())
                        .arg(version)
                        .arg(latest));
  }
  for (int v = version + 1; v <= latest; ++v) {
    for (const schema::Statement& statement : schema::migrations()[size_t(v - 1)]) {
      const char* text = postgres ? statement.postgres : statement.sqlite;
      if (!text) continue;
      if (!q.exec(postgres ? forPostgres(text) : QString::fromUtf8(text)))
        return rollback(StorageTr::tr("%1: migration to schema %2 failed: %3").arg(store_.databasePath()).arg(v).arg(sqlError(q)));
    }
    const bool stamped = postgres ? q.exec(QStringLiteral("DELETE FROM schema_version")) &&
                                        q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(v))
                                  : q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
    if (!stamped) return rollback(StorageTr::tr("%1: %2").arg(store_.databasePath(), sqlError(q)));
  }
  if (!tx.commit()) return rollback(StorageTr::tr("%1: %2").arg(store_.databasePath(), tx.error()));
  return Status::success();
}

Result<bool> CaseDatabase::hasInstance(const QString& sopInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT 1 FROM instances WHERE sop_instance_uid = ?"));
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  return q.next();
}

Result<QString> CaseDatabase::patientOfStudy(const QString& studyInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT p.code FROM studies st JOIN patients p ON st.patient_id = p.id WHERE st.study_uid = ?"));
  q.addBindValue(studyInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toString() : QString();
}

Result<QString> CaseDatabase::studyOfSeries(const QString& seriesInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT st.study_uid FROM series se JOIN studies st ON se.study_id = st.id WHERE se.series_uid = ?"));
  q.addBindValue(seriesInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toString() : QString();
}

Result<StoreOutcome> CaseDatabase::storeSeries(const SeriesBatch& batch) {
  StoreOutcome outcome;
  for (const auto& item : batch.instances) {
    if (item.patientCode != batch.patient.code)
      return fail(StorageTr::tr("series %1: instance %2 carries patient code %3, not %4; nothing of the series was filed")
                      .arg(batch.series.uid, item.record.sopInstanceUid, item.patientCode, batch.patient.code));
  }
  const QString folder = seriesFolderName(batch.series.uid);
  const QString absoluteFolder = store_.absoluteFilePath(folder);
  if (!QDir().mkpath(absoluteFolder))
    return fail(StorageTr::tr("%1: cannot create folder").arg(absoluteFolder));

  // 1. Place the files that are new (temporary name, then rename).
  struct Placed {
    const SeriesBatch::Item* item;
    QString relativePath;
    QString sha256;
    qint64 size;
  };
  std::vector<Placed> placed;
  bool moved = false;
  auto removePlaced = [&] {
    for (const Placed& p : placed) QFile::remove(store_.absoluteFilePath(p.relativePath));
  };
  // One statement prepared for the series (a database server answers each in a round trip).
  QSqlQuery stored(db_);
  if (!stored.prepare(QStringLiteral("SELECT 1 FROM instances WHERE sop_instance_uid = ?"))) return fail(sqlError(stored));
  for (const auto& item : batch.instances) {
    stored.addBindValue(item.record.sopInstanceUid);
    if (!stored.exec()) {
      removePlaced();
      return fail(sqlError(stored));
    }
    const bool present = stored.next();
    stored.finish();
    if (present) {
      ++outcome.alreadyPresent;
      continue;
    }
    const QString relative = folder + QLatin1Char('/') + instanceFileName(item.record.sopInstanceUid);
    const bool scratch = QFileInfo(item.sourcePath).absoluteFilePath().startsWith(QDir(store_.temporaryDirectory()).absolutePath() + QLatin1Char('/'));
    const auto hash = !scratch                 ? copyWithHash(item.sourcePath, store_.absoluteFilePath(relative))
                      : item.sha256.isEmpty() ? moveWithHash(item.sourcePath, store_.absoluteFilePath(relative))
                                              : moveHashed(item.sourcePath, store_.absoluteFilePath(relative), item.sha256);
    if (!hash) {
      removePlaced();
      return fail(hash.error());
    }
    placed.push_back({&item, relative, hash.value(), QFileInfo(store_.absoluteFilePath(relative)).size()});
    moved = moved || scratch;
  }
  if (placed.empty()) return outcome;
  // Files moved in from the scratch folder reach the disk before their rows do: one syncfs
  // for the series instead of an fsync per file (a crash may leave files without rows, which
  // the store check lists, never rows without their bytes).
  if (moved) {
    if (const Status synced = syncFileSystemOf(absoluteFolder); !synced) {
      removePlaced();
      return fail(synced.error());
    }
  }

  // 2. All rows of the series in one transaction.
  QSqlQuery q(db_);
  Transaction tx(db_);
  auto abort = [&](const QString& message) -> Result<StoreOutcome> {
    removePlaced();  // the rows roll back when tx goes
    return fail(StorageTr::tr("series %1: %2").arg(batch.series.uid, message));
  };
  if (!tx.begun()) return abort(tx.error());

  const PatientRecord& p = batch.patient;
  q.prepare(QStringLiteral(
      "INSERT INTO patients (code, name, sex, birth_date, age) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT(code) DO UPDATE SET "
      "name = CASE WHEN patients.name = '' THEN excluded.name ELSE patients.name END, "
      "sex = CASE WHEN patients.sex = '' THEN excluded.sex ELSE patients.sex END, "
      "birth_date = CASE WHEN patients.birth_date = '' THEN excluded.birth_date ELSE patients.birth_date END, "
      "age = CASE WHEN patients.age = '' THEN excluded.age ELSE patients.age END"));
  for (const QString& v : {p.code, p.name, p.sex, p.birthDate, p.age}) q.addBindValue(notNull(v));
  if (!q.exec()) return abort(sqlError(q));
  q.prepare(QStringLiteral("SELECT id FROM patients WHERE code = ?"));
  q.addBindValue(p.code);
  if (!q.exec() || !q.next()) return abort(sqlError(q));
  const qint64 patientId = q.value(0).toLongLong();

  const StudyRecord& s = batch.study;
  q.prepare(QStringLiteral(
      "INSERT INTO studies (patient_id, study_uid, study_date, study_time, description, accession_number) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(study_uid) DO NOTHING"));
  q.addBindValue(patientId);
  for (const QString& v : {s.uid, s.date, s.time, s.description, s.accessionNumber}) q.addBindValue(notNull(v));
  if (!q.exec()) return abort(sqlError(q));
  q.prepare(QStringLiteral("SELECT id, patient_id FROM studies WHERE study_uid = ?"));
  q.addBindValue(s.uid);
  if (!q.exec() || !q.next()) return abort(sqlError(q));
  const qint64 studyId = q.value(0).toLongLong();
  if (q.value(1).toLongLong() != patientId)
    return abort(StorageTr::tr("study %1 is already filed under another patient").arg(s.uid));
  if (!s.accessionKey.isEmpty()) {
    q.prepare(QStringLiteral("UPDATE studies SET accession_key = ? WHERE id = ? AND accession_key = ''"));
    q.addBindValue(s.accessionKey);
    q.addBindValue(studyId);
    if (!q.exec()) return abort(sqlError(q));
  }

  const SeriesRecord& r = batch.series;
  q.prepare(QStringLiteral(
      "INSERT INTO series (study_id, series_uid, modality, body_part, description, series_date, series_number, "
      "rows, columns, transfer_syntax_uid, folder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT(series_uid) DO NOTHING"));
  q.addBindValue(studyId);
  for (const QString& v : {r.uid, r.modality, r.bodyPart, r.description, r.date}) q.addBindValue(notNull(v));
  q.addBindValue(r.number);
  q.addBindValue(r.rows);
  q.addBindValue(r.columns);
  q.addBindValue(notNull(r.transferSyntaxUid));
  q.addBindValue(folder);
  if (!q.exec()) return abort(sqlError(q));
  q.prepare(QStringLiteral("SELECT id, study_id FROM series WHERE series_uid = ?"));
  q.addBindValue(r.uid);
  if (!q.exec() || !q.next()) return abort(sqlError(q));
  const qint64 seriesId = q.value(0).toLongLong();
  if (q.value(1).toLongLong() != studyId)
    return abort(StorageTr::tr("series is already filed under another study"));

  q.prepare(QStringLiteral(
      "INSERT INTO instances (series_id, sop_instance_uid, sop_class_uid, instance_number, rows, columns, frames, "
      "transfer_syntax_uid, file_path, file_size, sha256, burned_in_risk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  for (const Placed& item : placed) {
    const InstanceRecord& i = item.item->record;
    q.addBindValue(seriesId);
    q.addBindValue(notNull(i.sopInstanceUid));
    q.addBindValue(notNull(i.sopClassUid));
    q.addBindValue(i.instanceNumber);
    q.addBindValue(i.rows);
    q.addBindValue(i.columns);
    q.addBindValue(i.frames);
    q.addBindValue(notNull(i.transferSyntaxUid));
    q.addBindValue(item.relativePath);
    q.addBindValue(item.size);
    q.addBindValue(item.sha256);
    q.addBindValue(notNull(i.burnedInRisk));
    if (!q.exec()) return abort(StorageTr::tr("instance %1: %2").arg(i.sopInstanceUid, sqlError(q)));
  }
  q.prepare(QStringLiteral(
      "UPDATE series SET instance_count = (SELECT COUNT(*) FROM instances WHERE series_id = ?), "
      "frame_count = (SELECT COALESCE(SUM(frames), 0) FROM instances WHERE series_id = ?) WHERE id = ?"));
  for (int n = 0; n < 3; ++n) q.addBindValue(seriesId);
  if (!q.exec()) return abort(sqlError(q));
  if (!tx.commit()) return abort(tx.error());
  outcome.stored = int(placed.size());
  return outcome;
}

Result<std::vector<SeriesSummary>> CaseDatabase::querySeries(const QString& where, const QVariantList& values) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral(
                "SELECT p.code, p.name, p.sex, st.study_uid, st.study_date, st.description, se.series_uid, se.modality, "
                "se.body_part, se.description, se.series_number, se.instance_count, se.frame_count, se.rows, se.columns, "
                "se.transfer_syntax_uid, (SELECT COUNT(*) FROM instances i WHERE i.series_id = se.id "
                "AND i.burned_in_risk <> '' AND i.burned_in_review = ''), "
                "EXISTS (SELECT 1 FROM label_sets l WHERE l.series_id = se.id) "
                "FROM series se JOIN studies st ON se.study_id = st.id "
                "JOIN patients p ON st.patient_id = p.id %1 "
                "ORDER BY p.code, st.study_date, st.study_uid, se.series_number, se.series_uid")
                .arg(where));
  for (const QVariant& v : values) q.addBindValue(v);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<SeriesSummary> rows;
  while (q.next()) {
    SeriesSummary s;
    s.patientCode = q.value(0).toString();
    s.patientName = q.value(1).toString();
    s.patientSex = q.value(2).toString();
    s.studyUid = q.value(3).toString();
    s.studyDate = q.value(4).toString();
    s.studyDescription = q.value(5).toString();
    s.seriesUid = q.value(6).toString();
    s.modality = q.value(7).toString();
    s.bodyPart = q.value(8).toString();
    s.seriesDescription = q.value(9).toString();
    s.seriesNumber = q.value(10).toInt();
    s.instanceCount = q.value(11).toInt();
    s.frameCount = q.value(12).toInt();
    s.rows = q.value(13).toInt();
    s.columns = q.value(14).toInt();
    s.transferSyntaxUid = q.value(15).toString();
    s.burnedInPending = q.value(16).toInt();
    s.hasLabels = q.value(17).toBool();
    rows.push_back(s);
  }
  return rows;
}

Result<std::vector<SeriesSummary>> CaseDatabase::listSeries() { return querySeries(QString(), {}); }

Result<SeriesSummary> CaseDatabase::series(const QString& seriesInstanceUid) {
  const auto rows = querySeries(QStringLiteral("WHERE se.series_uid = ?"), {seriesInstanceUid});
  if (!rows) return fail(rows.error());
  if (rows->empty()) return fail(StorageTr::tr("no series %1 in the store").arg(seriesInstanceUid));
  return rows->front();
}

namespace {

const char* const kInstanceColumns =
    "i.id, i.series_id, i.sop_instance_uid, i.sop_class_uid, i.instance_number, i.rows, i.columns, i.frames, "
    "i.transfer_syntax_uid, i.file_path, i.file_size, i.sha256, i.burned_in_risk, i.burned_in_review";

InstanceRecord instanceFrom(const QSqlQuery& q) {
  InstanceRecord r;
  r.id = q.value(0).toLongLong();
  r.seriesId = q.value(1).toLongLong();
  r.sopInstanceUid = q.value(2).toString();
  r.sopClassUid = q.value(3).toString();
  r.instanceNumber = q.value(4).toInt();
  r.rows = q.value(5).toInt();
  r.columns = q.value(6).toInt();
  r.frames = q.value(7).toInt();
  r.transferSyntaxUid = q.value(8).toString();
  r.filePath = q.value(9).toString();
  r.fileSize = q.value(10).toLongLong();
  r.sha256 = q.value(11).toString();
  r.burnedInRisk = q.value(12).toString();
  r.burnedInReview = q.value(13).toString();
  return r;
}

}  // namespace

Result<std::vector<FiledInstance>> CaseDatabase::allInstances() {
  QSqlQuery q(db_);
  if (!q.exec(QStringLiteral("SELECT %1, se.series_uid, st.study_uid, p.code FROM instances i "
                             "JOIN series se ON i.series_id = se.id JOIN studies st ON se.study_id = st.id "
                             "JOIN patients p ON st.patient_id = p.id ORDER BY i.id")
                  .arg(QLatin1String(kInstanceColumns))))
    return fail(sqlError(q));
  std::vector<FiledInstance> rows;
  while (q.next()) rows.push_back({instanceFrom(q), q.value(14).toString(), q.value(15).toString(), q.value(16).toString()});
  return rows;
}

Result<std::vector<InstanceRecord>> CaseDatabase::instancesOfSeries(const QString& seriesInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT %1 FROM instances i JOIN series se ON i.series_id = se.id "
                           "WHERE se.series_uid = ? ORDER BY i.instance_number, i.id")
                .arg(QLatin1String(kInstanceColumns)));
  q.addBindValue(seriesInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<InstanceRecord> rows;
  while (q.next()) rows.push_back(instanceFrom(q));
  return rows;
}

Result<InstanceRecord> CaseDatabase::instance(const QString& sopInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT %1 FROM instances i WHERE i.sop_instance_uid = ?").arg(QLatin1String(kInstanceColumns)));
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return fail(StorageTr::tr("no instance %1 in the store").arg(sopInstanceUid));
  return instanceFrom(q);
}

Result<std::vector<InstanceRecord>> CaseDatabase::instancesAwaitingBurnedInReview() {
  QSqlQuery q(db_);
  if (!q.exec(QStringLiteral("SELECT %1 FROM instances i WHERE i.burned_in_risk <> '' AND i.burned_in_review = '' "
                             "ORDER BY i.series_id, i.instance_number")
                  .arg(QLatin1String(kInstanceColumns))))
    return fail(sqlError(q));
  std::vector<InstanceRecord> rows;
  while (q.next()) rows.push_back(instanceFrom(q));
  return rows;
}

Status CaseDatabase::setBurnedInReview(const QString& sopInstanceUid, const QString& review) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("UPDATE instances SET burned_in_review = ? WHERE sop_instance_uid = ?"));
  q.addBindValue(notNull(review));
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  if (q.numRowsAffected() != 1) return fail(StorageTr::tr("no instance %1 in the store").arg(sopInstanceUid));
  return Status::success();
}

Status CaseDatabase::replaceInstance(const QString& oldSop, const QString& newSop, const QString& newFile,
                                     const QString& review) {
  const auto old = instance(oldSop);
  if (!old) return fail(old.error());
  const QString folder = old->filePath.section(QLatin1Char('/'), 0, 0);
  const QString relative = folder + QLatin1Char('/') + instanceFileName(newSop);
  const auto hash = copyWithHash(newFile, store_.absoluteFilePath(relative));
  if (!hash) return fail(hash.error());
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("UPDATE instances SET sop_instance_uid = ?, file_path = ?, file_size = ?, sha256 = ?, "
                           "transfer_syntax_uid = '1.2.840.10008.1.2.1', burned_in_review = ? WHERE sop_instance_uid = ?"));
  q.addBindValue(newSop);
  q.addBindValue(relative);
  q.addBindValue(QFileInfo(store_.absoluteFilePath(relative)).size());
  q.addBindValue(hash.value());
  q.addBindValue(notNull(review));
  q.addBindValue(oldSop);
  if (!q.exec() || q.numRowsAffected() != 1) {
    QFile::remove(store_.absoluteFilePath(relative));
    return fail(sqlError(q));
  }
  if (relative != old->filePath) QFile::remove(store_.absoluteFilePath(old->filePath));
  return Status::success();
}

Result<QString> CaseDatabase::setting(const QString& key, const QString& fallback) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
  q.addBindValue(key);
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toString() : fallback;
}

Status CaseDatabase::setSetting(const QString& key, const QString& value) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
  q.addBindValue(key);
  q.addBindValue(notNull(value));
  if (!q.exec()) return fail(sqlError(q));
  return Status::success();
}

Result<QStringList> CaseDatabase::settingsOnce(const QList<QPair<QString, QString>>& values) {
  Transaction tx(db_);
  if (!tx.begun()) return fail(StorageTr::tr("%1: cannot lock database: %2").arg(store_.databasePath(), tx.error()));
  QStringList held;
  for (const auto& [key, value] : values) {
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING"));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    if (!q.exec()) return fail(sqlError(q));
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next()) return fail(sqlError(q));
    held << q.value(0).toString();
  }
  if (!tx.commit()) return fail(StorageTr::tr("%1: %2").arg(store_.databasePath(), tx.error()));
  return held;
}

Status CaseDatabase::recordAudit(const QString& action, const QString& patientCode, const QString& detail, const QString& actor,
                                 const QString& project, const QString& seriesUid) {
  return writeAudit(db_, AuditEntry{action, actor, patientCode, detail, project, seriesUid});
}

Result<bool> CaseDatabase::hasPatient(const QString& patientCode) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT 1 FROM patients WHERE code = ?"));
  q.addBindValue(patientCode);
  if (!q.exec()) return fail(sqlError(q));
  return q.next();
}

Result<std::vector<ExportRecord>> CaseDatabase::exportsContaining(const QString& patientCode) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT DISTINCT e.id, e.created_at, e.partner, e.destination, e.created_by FROM exports e "
                           "JOIN export_items i ON i.export_id = e.id WHERE i.patient_code = ? ORDER BY e.created_at, e.id"));
  q.addBindValue(patientCode);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<ExportRecord> rows;
  while (q.next())
    rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), QString(), 0, QStringList()});
  return rows;
}

Result<OptOutReport> CaseDatabase::deletePatient(const QString& patientCode, const QString& actor) {
  OptOutReport report;
  report.patientCode = patientCode;
  const auto exports = exportsContaining(patientCode);
  if (!exports) return fail(exports.error());
  report.exportsContainingPatient = exports.value();
  const auto present = hasPatient(patientCode);
  if (!present) return fail(present.error());
  if (!present.value() && report.exportsContainingPatient.empty())
    return fail(StorageTr::tr("no patient %1 in the store").arg(patientCode));

  QSqlQuery q(db_);
  Transaction tx(db_);
  auto abort = [&](const QString& message) -> Result<OptOutReport> {
    return fail(StorageTr::tr("opt-out of %1: %2").arg(patientCode, message));
  };
  if (!tx.begun()) return abort(tx.error());
  q.prepare(QStringLiteral("SELECT COUNT(DISTINCT st.id), COUNT(DISTINCT se.id), COUNT(i.id) FROM patients p "
                           "LEFT JOIN studies st ON st.patient_id = p.id LEFT JOIN series se ON se.study_id = st.id "
                           "LEFT JOIN instances i ON i.series_id = se.id WHERE p.code = ?"));
  q.addBindValue(patientCode);
  if (!q.exec() || !q.next()) return abort(sqlError(q));
  report.studies = q.value(0).toInt();
  report.series = q.value(1).toInt();
  report.instances = q.value(2).toInt();
  QStringList folders;
  q.prepare(QStringLiteral("SELECT se.folder FROM series se JOIN studies st ON se.study_id = st.id "
                           "JOIN patients p ON st.patient_id = p.id WHERE p.code = ?"));
  q.addBindValue(patientCode);
  if (!q.exec()) return abort(sqlError(q));
  while (q.next()) folders << q.value(0).toString();
  // The audit rows that name the patient (by code or by one of the patient's series) keep who
  // did what and when, without the patient's details.
  q.prepare(QStringLiteral("UPDATE audit_log SET patient_code = '', series_uid = '', detail = 'patient details removed by an opt-out' "
                           "WHERE patient_code = ? OR (series_uid <> '' AND series_uid IN (SELECT se.series_uid FROM series se "
                           "JOIN studies st ON se.study_id = st.id JOIN patients p ON st.patient_id = p.id WHERE p.code = ?))"));
  q.addBindValue(patientCode);
  q.addBindValue(patientCode);
  if (!q.exec()) return abort(sqlError(q));
  q.prepare(QStringLiteral("DELETE FROM patients WHERE code = ?"));  // studies, series, instances cascade
  q.addBindValue(patientCode);
  if (!q.exec()) return abort(sqlError(q));
  const Status audited =  // inside the transaction: no deletion without its audit entry
      recordAudit(QStringLiteral("opt-out"), patientCode,
                  QStringLiteral("%1 studies, %2 series, %3 instances deleted; %4 earlier exports contained the patient")
                      .arg(report.studies).arg(report.series).arg(report.instances).arg(report.exportsContainingPatient.size()),
                  actor);
  if (!audited) return abort(audited.error());
  if (!tx.commit()) return abort(tx.error());
  // The rows are gone; now the files (each series has its own folder).
  for (const QString& folder : folders) {
    QDir dir(store_.absoluteFilePath(folder));
    report.filesDeleted += int(dir.entryList(QDir::Files).size());
    dir.removeRecursively();
  }
  return report;
}

Result<SeriesFiles> CaseDatabase::seriesFiles(const QString& seriesInstanceUid) {
  const auto instances = instancesOfSeries(seriesInstanceUid);
  if (!instances) return fail(instances.error());
  SeriesFiles files;
  for (const InstanceRecord& r : instances.value()) {
    const QString path = store_.absoluteFilePath(r.filePath);
    files.paths << path;
    files.labels.insert(path, StorageTr::tr("series %1, instance %2").arg(seriesInstanceUid, r.sopInstanceUid));
  }
  return files;
}

Status CaseDatabase::recordImport(const QString& source, int files, int series, int skipped, int errors) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral(
      "INSERT INTO imports (started_at, source, files_imported, series_imported, skipped, errors) "
      "VALUES (?, ?, ?, ?, ?, ?)"));
  q.addBindValue(utcNow());
  q.addBindValue(notNull(source));
  q.addBindValue(files);
  q.addBindValue(series);
  q.addBindValue(skipped);
  q.addBindValue(errors);
  if (!q.exec()) return fail(sqlError(q));
  return recordAudit(QStringLiteral("import"), QString(),
                     QStringLiteral("%1: %2 files, %3 series, %4 skipped, %5 errors").arg(source).arg(files).arg(series).arg(skipped).arg(errors));
}

Result<int> CaseDatabase::count(const QString& table) {
  static const QStringList allowed = {QStringLiteral("patients"), QStringLiteral("studies"), QStringLiteral("series"),
                                      QStringLiteral("instances"), QStringLiteral("imports")};
  if (!allowed.contains(table)) return fail(StorageTr::tr("unknown table %1").arg(table));
  QSqlQuery q(db_);
  if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) return fail(sqlError(q));
  return q.value(0).toInt();
}

Result<QString> CaseDatabase::seriesOfInstance(const QString& sopInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT se.series_uid FROM instances i JOIN series se ON i.series_id = se.id "
                           "WHERE i.sop_instance_uid = ?"));
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toString() : QString();
}

}  // namespace rc
