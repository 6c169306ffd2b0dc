// storage: schema creation and migration, idempotent filing, rollback of a failed series,
// and reading while another thread imports.

#include "PostgresServer.h"
#include "TestSupport.h"
#include "storage/CaseStore.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/EditSessions.h"
#include "storage/LabelStore.h"
#include "../modules/storage/src/Schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace rc;

namespace {

// A batch of `count` instances whose "files" are small byte blobs in `dir`.
SeriesBatch makeBatch(const QString& dir, const QString& seriesUid, int count, const QString& patient = QStringLiteral("RC-000001"),
                      const QString& studyUid = QStringLiteral("1.2.3.1")) {
  SeriesBatch batch;
  batch.patient.code = patient;
  batch.patient.name = QStringLiteral("RC-000001");
  batch.patient.sex = QStringLiteral("F");
  batch.study.uid = studyUid;
  batch.study.date = QStringLiteral("20260110");
  batch.series.uid = seriesUid;
  batch.series.modality = QStringLiteral("CT");
  batch.series.description = QStringLiteral("chest");
  for (int i = 0; i < count; ++i) {
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.bin").arg(seriesUid).arg(i));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(QByteArray(1000 + i, char('a' + i % 26)));
    InstanceRecord r;
    r.sopInstanceUid = QStringLiteral("%1.%2").arg(seriesUid).arg(i + 1);
    r.instanceNumber = i + 1;
    r.frames = 1;
    batch.instances.push_back({r, path, patient, QString()});
  }
  return batch;
}

int filesUnder(const QString& dir) {
  int n = 0;
  QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    it.next();
    ++n;
  }
  return n;
}

}  // namespace

class TestStorage : public QObject {
  Q_OBJECT
private slots:
  void aNewStoreKeepsItsDatabaseWhereItIsTold() {
    // The *_postgresql run really keeps its stores on the server: no SQLite file, the server
    // named in the folder's settings, and the store keeps to it.
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY2(store.ok(), qPrintable(store.error()));
    QCOMPARE(store->isShared(), rc::test::onPostgres());
    QCOMPARE(QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("radcurator.sqlite"))), !rc::test::onPostgres());
    QCOMPARE(QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("radcurator-store.ini"))), rc::test::onPostgres());
    CaseDatabase db(store.value());
    QCOMPARE(db.sql().driverName(), rc::test::onPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
    if (!rc::test::onPostgres()) {
      // A SQLite store is not moved to a server by naming one later.
      const auto moved = CaseStore::open(dir.path(), QStringLiteral("postgresql://rc@127.0.0.1:1/rc"));
      QVERIFY(!moved.ok());
      QVERIFY2(moved.error().contains(QStringLiteral("radcurator.sqlite")), qPrintable(moved.error()));
      return;
    }
    // Naming the folder alone finds the same database; naming another one is refused.
    const auto again = CaseStore::open(dir.path(), QString());
    QVERIFY2(again.ok() && again->server()->toString() == store->server()->toString(), qPrintable(again.error()));
    const auto other = CaseStore::open(dir.path(), QStringLiteral("postgresql://rc@127.0.0.1:%1/other").arg(store->server()->port));
    QVERIFY(!other.ok());
    QVERIFY2(other.error().contains(QStringLiteral("this store's database is")), qPrintable(other.error()));
    QVERIFY(!QFile(QDir(dir.path()).filePath(QStringLiteral("radcurator-store.ini"))).readAll().contains("password"));
    // What stays on the workstation is not in the shared folder.
    QVERIFY(!store->correspondencePath().startsWith(dir.path()));
    QVERIFY(!store->temporaryDirectory().startsWith(dir.path()));
  }

  void databaseUrlsAreReadStrictly() {
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://reader:s3cret@db.hospital.local:6543/radcurator?schema=chest_ct"));
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QCOMPARE(url->user, QStringLiteral("reader"));
    QCOMPARE(url->password, QStringLiteral("s3cret"));
    QCOMPARE(url->port, 6543);
    QCOMPARE(url->schemaName(), QStringLiteral("chest_ct"));
    QCOMPARE(url->toString(), QStringLiteral("postgresql://reader@db.hospital.local:6543/radcurator?schema=chest_ct"));
    for (const char* bad : {"mysql://a@b/c", "postgresql://b:5432/c", "postgresql://a@b:5432/", "postgresql://a@b/c?schema=Robert'); DROP",
                            "postgresql://a:pw@b/c?sslmode=disable"}) {
      const auto refused = DatabaseUrl::parse(QLatin1String(bad));
      QVERIFY2(!refused.ok(), bad);
      QVERIFY2(!refused.error().contains(QStringLiteral("pw")), qPrintable(refused.error()));
    }
  }

  void createsSchemaInAnEmptyFile() {
    QTemporaryDir dir;
    // An empty database file (e.g. made by `touch`) is migrated like a missing one.
    QFile empty(QDir(dir.path()).filePath(QStringLiteral("radcurator.sqlite")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const auto store = CaseStore::open(dir.path());
    QVERIFY2(store.ok(), qPrintable(store.error()));
    CaseDatabase db(store.value());
    QVERIFY(db.isOpen());
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), CaseStore::schemaVersion());
    for (const char* table : {"patients", "studies", "series", "instances", "imports"}) {
      const auto n = db.count(QLatin1String(table));
      QVERIFY2(n.ok(), qPrintable(n.error()));
      QCOMPARE(n.value(), 0);
    }
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
  }

  void reopeningKeepsDataAndVersion() {
    QTemporaryDir dir;
    {
      const auto store = CaseStore::open(dir.path());
      QVERIFY(store.ok());
      CaseDatabase db(store.value());
      QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.2.3.4"), 3)).ok());
    }
    const auto again = CaseStore::open(dir.path());
    QVERIFY(again.ok());
    CaseDatabase db(again.value());
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 3);
  }

  void refusesANewerSchema() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    {
      CaseDatabase db(store.value());
      const QString stamp = store->isShared() ? QStringLiteral("UPDATE schema_version SET version = %1") : QStringLiteral("PRAGMA user_version = %1");
      QVERIFY(QSqlQuery(db.sql()).exec(stamp.arg(CaseStore::schemaVersion() + 1)));
    }
    const auto newer = CaseStore::open(dir.path());
    QVERIFY(!newer.ok());
    QVERIFY2(newer.error().contains(QStringLiteral("newer")), qPrintable(newer.error()));
  }

  void storingTwiceCreatesNoDuplicates() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    const SeriesBatch batch = makeBatch(dir.path(), QStringLiteral("1.2.3.5"), 4);
    const auto first = db.storeSeries(batch);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->stored, 4);
    const auto second = db.storeSeries(batch);
    QVERIFY(second.ok());
    QCOMPARE(second->stored, 0);
    QCOMPARE(second->alreadyPresent, 4);
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 4);
    QCOMPARE(db.count(QStringLiteral("series")).value(), 1);
    QCOMPARE(filesUnder(store->filesDirectory()), 4);
    const auto rows = db.listSeries();
    QVERIFY(rows.ok());
    QCOMPARE(rows->front().instanceCount, 4);
    // Stored files are intact copies: their hashes are recorded and match the content.
    const auto instances = db.instancesOfSeries(QStringLiteral("1.2.3.5"));
    QVERIFY(instances.ok());
    for (const InstanceRecord& r : instances.value()) {
      QFile f(store->absoluteFilePath(r.filePath));
      QVERIFY(f.open(QIODevice::ReadOnly));
      QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()), r.sha256);
    }
  }

  void aFailedSeriesRollsBack_data() {
    QTest::addColumn<QString>("breakage");
    QTest::newRow("source file missing") << QStringLiteral("missing-file");
    QTest::newRow("row rejected by the database") << QStringLiteral("empty-uid");
  }
  void aFailedSeriesRollsBack() {
    QFETCH(QString, breakage);
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.2.3.6"), 2)).ok());
    const int filesBefore = filesUnder(store->filesDirectory());

    SeriesBatch bad = makeBatch(dir.path(), QStringLiteral("1.2.3.7"), 5);
    if (breakage == QLatin1String("missing-file")) bad.instances[3].sourcePath = dir.filePath(QStringLiteral("gone.dcm"));
    else bad.instances[4].record.sopInstanceUid = QStringLiteral("");  // violates the CHECK
    const auto result = db.storeSeries(bad);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    // Nothing of the failed series remains: no rows, no files; the earlier series is intact.
    QCOMPARE(db.count(QStringLiteral("series")).value(), 1);
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 2);
    QCOMPARE(filesUnder(store->filesDirectory()), filesBefore);
    QVERIFY(!db.hasInstance(QStringLiteral("1.2.3.7.1")).value());
  }

  void readersSeeWholeSeriesWhileImporting() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    constexpr int kSeries = 30, kPerSeries = 20;
    std::vector<SeriesBatch> batches;
    for (int s = 0; s < kSeries; ++s) batches.push_back(makeBatch(dir.path(), QStringLiteral("1.2.9.%1").arg(s + 1), kPerSeries));

    std::atomic<bool> done{false};
    std::atomic<int> reads{0}, partial{0}, readErrors{0};
    std::thread reader([&] {
      CaseDatabase db(store.value());  // its own connection, on its own thread
      while (!done.load()) {
        const auto rows = db.listSeries();
        if (!rows) {
          ++readErrors;
          continue;
        }
        ++reads;
        for (const SeriesSummary& s : rows.value())
          if (s.instanceCount != kPerSeries) ++partial;
        // Instances are only ever visible together with their whole series.
        const auto n = db.count(QStringLiteral("instances"));
        if (n && n.value() % kPerSeries != 0) ++partial;
      }
    });
    QString writeError;
    {
      CaseDatabase db(store.value());
      for (const SeriesBatch& b : batches) {
        const auto r = db.storeSeries(b);
        if (!r) writeError = r.error();
      }
    }
    done = true;
    reader.join();
    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
    QCOMPARE(readErrors.load(), 0);
    QVERIFY(reads.load() > 0);
    QCOMPARE(partial.load(), 0);
    CaseDatabase db(store.value());
    QCOMPARE(db.count(QStringLiteral("instances")).value(), kSeries * kPerSeries);
  }

  void optOutDeletesEverythingAndNamesEarlierExports() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.7.1"), 3, QStringLiteral("RC-000001"), QStringLiteral("1.7"))).ok());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.7.2"), 2, QStringLiteral("RC-000001"), QStringLiteral("1.7"))).ok());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.8.1"), 4, QStringLiteral("RC-000002"), QStringLiteral("1.8"))).ok());
    // The ledger says RC-000001 went to a partner before.
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO exports (created_at, partner, destination) VALUES ('2026-02-01T10:00:00Z', 'Partner A', 'encrypted drive')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO export_items (export_id, patient_code, series_uid) VALUES (1, 'RC-000001', '1.7.1')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO exports (created_at, partner) VALUES ('2026-03-01T10:00:00Z', 'Partner B')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO export_items (export_id, patient_code, series_uid) VALUES (2, 'RC-000002', '1.8.1')")));

    // What the audit log said about both patients before.
    QVERIFY(db.recordAudit(QStringLiteral("labels edited"), QStringLiteral("RC-000001"), QStringLiteral("nodule by Dr Sato"), QStringLiteral("sato")).ok());
    QVERIFY(db.recordAudit(QStringLiteral("reader assigned"), QString(), QStringLiteral("alice"), QStringLiteral("dm"), QStringLiteral("lung"),
                           QStringLiteral("1.7.2")).ok());
    QVERIFY(db.recordAudit(QStringLiteral("labels edited"), QStringLiteral("RC-000002"), QStringLiteral("mass"), QStringLiteral("sato")).ok());

    const auto report = db.deletePatient(QStringLiteral("RC-000001"), QStringLiteral("tester"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->studies, 1);
    QCOMPARE(report->series, 2);
    QCOMPARE(report->instances, 5);
    QCOMPARE(report->filesDeleted, 5);
    QCOMPARE(int(report->exportsContainingPatient.size()), 1);
    QCOMPARE(report->exportsContainingPatient.front().partner, QStringLiteral("Partner A"));
    // Nothing of RC-000001 is left; RC-000002 is untouched; the ledger and audit remain.
    QVERIFY(!db.hasPatient(QStringLiteral("RC-000001")).value());
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 4);
    QCOMPARE(filesUnder(store->filesDirectory()), 4);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM export_items WHERE patient_code = 'RC-000001'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, patient_code, series_uid, detail FROM audit_log ORDER BY id")));
    QStringList rows;
    while (q.next())
      rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}
                  .join(QLatin1Char('|'));
    QCOMPARE(rows.size(), 4);
    // Who did what stays; the opted-out patient's details go (by code and by series).
    QCOMPARE(rows[0], QStringLiteral("sato|labels edited|||patient details removed by an opt-out"));
    QCOMPARE(rows[1], QStringLiteral("dm|reader assigned|||patient details removed by an opt-out"));
    QCOMPARE(rows[2], QStringLiteral("sato|labels edited|RC-000002||mass"));
    QVERIFY(rows[3].startsWith(QStringLiteral("tester|opt-out|RC-000001||")));
    // Nothing else may change a row, not even to blank it in another way.
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = '' WHERE patient_code = 'RC-000002'")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'nothing', patient_code = '', series_uid = '', "
                                   "detail = 'patient details removed by an opt-out' WHERE patient_code = 'RC-000002'")));
    // An unknown code is an error, and logs nothing.
    QVERIFY(!db.deletePatient(QStringLiteral("RC-999999"), QStringLiteral("tester")).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
  }

  void labelsAreSavedWithTheirSeriesAndGoWithThePatient() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.6.1"), 3, QStringLiteral("RC-000001"), QStringLiteral("1.6"))).ok());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.6.2"), 2, QStringLiteral("RC-000002"), QStringLiteral("1.66"))).ok());
    LabelStore labelStore(db);
    QVERIFY(!labelStore.load(QStringLiteral("1.6.1")).value().has_value());
    QCOMPARE(db.series(QStringLiteral("1.6.1"))->hasLabels, false);

    LabelSet labels;
    labels.seriesInstanceUid = QStringLiteral("1.6.1");
    labels.observerName = QStringLiteral("Reader^One");
    labels.voxels = LabelMap({32, 24, 3});
    for (int n : {1, 3}) {
      Segment s;
      s.number = n;
      s.label = QStringLiteral("segment %1").arg(n);
      labels.voxels.set(n, n, n * 2, n % 3, true);
      labels.voxels.set(n, 31, 23, 2, true);  // both segments: they overlap there
      labels.segments.push_back(s);
    }
    Finding f;
    f.trackingId = QStringLiteral("F1");
    f.trackingUid = QStringLiteral("2.25.42");
    f.segmentNumber = 3;
    labels.findings.push_back(f);
    QCOMPARE(labelStore.replace(labels).value(), qint64(1));
    auto back = labelStore.load(QStringLiteral("1.6.1"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back->has_value());
    QCOMPARE(back.value()->labels.toJson(), labels.toJson());
    QCOMPARE(back.value()->revision, qint64(1));
    for (const Segment& seg : labels.segments)
      QVERIFY(back.value()->labels.voxels.extract(seg.number) == labels.voxels.extract(seg.number));
    QVERIFY(back.value()->labels.voxels.at(1, 31, 23, 2) && back.value()->labels.voxels.at(3, 31, 23, 2));
    QCOMPARE(db.series(QStringLiteral("1.6.1"))->hasLabels, true);

    // A save writes only the masks that changed: segment 1's row keeps its revision.
    labels.voxels.set(3, 5, 5, 1, true);
    QCOMPARE(labelStore.save(labels, {3}, qint64(1)).value(), qint64(2));
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT segment_number, revision FROM segment_masks ORDER BY segment_number")));
    QVERIFY(q.next() && q.value(0).toInt() == 1 && q.value(1).toInt() == 1);
    QVERIFY(q.next() && q.value(0).toInt() == 3 && q.value(1).toInt() == 2);
    QVERIFY(labelStore.load(QStringLiteral("1.6.1")).value()->labels.voxels.at(3, 5, 5, 1));
    // A save based on an old revision is a conflict and changes nothing.
    LabelSet stale = labels;
    stale.observerName = QStringLiteral("Other^Window");
    const auto conflict = labelStore.save(stale, {}, qint64(1));
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.failureKind(), FailureKind::Conflict);
    QVERIFY2(conflict.error().contains(QStringLiteral("revision 2")), qPrintable(conflict.error()));
    QCOMPARE(labelStore.load(QStringLiteral("1.6.1")).value()->labels.observerName, QStringLiteral("Reader^One"));
    QCOMPARE(labelStore.revision(QStringLiteral("1.6.1")).value(), qint64(2));
    // A segment taken out of the set loses its mask row.
    labels.segments.pop_back();
    QCOMPARE(labelStore.save(labels, {}, qint64(2)).value(), qint64(3));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM segment_masks")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Labels of an unknown series are refused.
    LabelSet stray;
    stray.seriesInstanceUid = QStringLiteral("9.9");
    QVERIFY(!labelStore.replace(stray).ok());

    // A clinical record per patient, with the same optimistic check, going with the patient.
    ClinicalRecordStore records(db);
    ClinicalRecord record{QStringLiteral("RC-000001"), QStringLiteral("chest"), {{QStringLiteral("smoking"), 20}}, 0, {}, {}};
    QCOMPARE(records.save(record, QStringLiteral("tester")).value(), qint64(1));
    QCOMPARE(records.save(record).failureKind(), FailureKind::Conflict);  // still based on 0
    record.revision = 1;
    record.values.insert(QStringLiteral("sex"), QStringLiteral("F"));
    QCOMPARE(records.save(record).value(), qint64(2));
    QCOMPARE(records.load(QStringLiteral("RC-000001")).value()->values.value(QStringLiteral("smoking")).toInt(), 20);
    QVERIFY(!records.load(QStringLiteral("RC-000002")).value().has_value());
    QVERIFY(!records.save(ClinicalRecord{QStringLiteral("RC-777777"), QStringLiteral("chest"), {}, 0, {}, {}}).ok());

    // Edit sessions: open until ended.
    EditSessions sessions(db);
    const auto session = sessions.begin(QStringLiteral("1.6.1"), QStringLiteral("ws1"), 4242, QStringLiteral("tester"));
    QVERIFY(session.ok());
    QVERIFY(sessions.noteSaved(session.value()).ok());
    QCOMPARE(int(sessions.open(QStringLiteral("1.6.1"))->size()), 1);
    QCOMPARE(sessions.open()->front().pid, qint64(4242));
    QVERIFY(!sessions.open()->front().savedAt.isEmpty());
    QVERIFY(sessions.end(session.value(), QStringLiteral("crashed")).ok());
    QVERIFY(sessions.open()->empty());
    QVERIFY(sessions.begin(QStringLiteral("1.6.1"), QStringLiteral("ws1"), 4243, QStringLiteral("tester")).ok());

    // The ledger records an export; opt-out removes the labels with the series.
    const auto exportId = db.recordExport(QStringLiteral("Partner A"), QStringLiteral("/media/drive"),
                                          {{QStringLiteral("RC-000001"), QStringLiteral("1.6"), QStringLiteral("1.6.1"),
                                            QStringLiteral("2.25.100"), QStringLiteral("ab12")}},
                                          QStringLiteral("labels"), QStringLiteral("tester"));
    QVERIFY2(exportId.ok(), qPrintable(exportId.error()));
    QCOMPARE(db.exportsContaining(QStringLiteral("RC-000001"))->front().partner, QStringLiteral("Partner A"));
    QVERIFY(db.exportsContaining(QStringLiteral("RC-000002"))->empty());
    QVERIFY(db.deletePatient(QStringLiteral("RC-000001"), QStringLiteral("tester")).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM label_sets) + (SELECT COUNT(*) FROM segment_masks) + "
                                  "(SELECT COUNT(*) FROM clinical_records) + (SELECT COUNT(*) FROM edit_sessions)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(db.seriesOfInstance(QStringLiteral("1.6.2.1")).value(), QStringLiteral("1.6.2"));
    QVERIFY(db.seriesOfInstance(QStringLiteral("1.6.1.1")).value().isEmpty());
  }

  // Reading studies: each reader of a project has a set of the series apart from the store's
  // own and from each other; frozen revisions never change, even when the set does; the audit
  // log refuses UPDATE and DELETE.
  void readersHaveTheirOwnSetsAndRevisionsNeverChange() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.7.1"), 2, QStringLiteral("RC-000001"), QStringLiteral("1.7"))).ok());
    LabelStore labelStore(db);
    auto setWith = [](int voxels, const QString& label) {
      LabelSet labels;
      labels.seriesInstanceUid = QStringLiteral("1.7.1");
      labels.voxels = LabelMap({16, 16, 2});
      Segment s;
      s.number = 1;
      s.label = label;
      for (int i = 0; i < voxels; ++i) labels.voxels.set(1, i, 0, 0, true);
      labels.segments.push_back(s);
      return labels;
    };
    const LabelSetKey own = LabelSetKey::ofSeries(QStringLiteral("1.7.1"));
    const LabelSetKey alice{QStringLiteral("1.7.1"), 7, QStringLiteral("alice")};
    const LabelSetKey bob{QStringLiteral("1.7.1"), 7, QStringLiteral("bob")};
    QCOMPARE(labelStore.replace(own, setWith(1, QStringLiteral("own"))).value(), qint64(1));
    QCOMPARE(labelStore.save(alice, setWith(2, QStringLiteral("alice's")), {1}, qint64(0), QStringLiteral("alice")).value(), qint64(1));
    QCOMPARE(labelStore.save(bob, setWith(3, QStringLiteral("bob's")), {1}, qint64(0), QStringLiteral("bob")).value(), qint64(1));
    QCOMPARE(labelStore.load(own).value()->labels.voxels.count(1), size_t(1));
    QCOMPARE(labelStore.load(alice).value()->labels.voxels.count(1), size_t(2));
    QCOMPARE(labelStore.load(bob).value()->labels.voxels.count(1), size_t(3));
    QCOMPARE(labelStore.load(bob).value()->updatedBy, QStringLiteral("bob"));
    // A save based on another reader's revision does not touch that reader's set.
    QCOMPARE(labelStore.save(alice, setWith(4, QStringLiteral("alice's")), {1}, qint64(0)).failureKind(), FailureKind::Conflict);
    const auto listed = labelStore.setsOf(QStringLiteral("1.7.1"), 7);
    QCOMPARE(int(listed->size()), 2);
    QCOMPARE(listed->at(0).key.reader, QStringLiteral("alice"));
    QCOMPARE(listed->at(1).segments, 1);
    // Labels of another series are refused under this key.
    LabelSet other = setWith(1, QStringLiteral("x"));
    other.seriesInstanceUid = QStringLiteral("9.9.9");
    QVERIFY(!labelStore.save(alice, other, {1}, qint64(1)).ok());

    // Submitted: frozen. The reader's set changes afterwards (a correction); the revision stays.
    QCOMPARE(labelStore.freeze(alice, QStringLiteral("submitted"), QStringLiteral("alice")).value(), 1);
    QCOMPARE(labelStore.save(alice, setWith(6, QStringLiteral("corrected")), {1}, qint64(1), QStringLiteral("carol")).value(), qint64(2));
    QCOMPARE(labelStore.freeze(alice, QStringLiteral("corrected"), QStringLiteral("carol"), QStringLiteral("edge fixed")).value(), 2);
    const auto revisions = labelStore.revisions(alice).value();
    QCOMPARE(int(revisions.size()), 2);
    QCOMPARE(revisions[0].kind, QStringLiteral("submitted"));
    QCOMPARE(revisions[0].madeBy, QStringLiteral("alice"));
    QCOMPARE(revisions[1].kind, QStringLiteral("corrected"));
    QCOMPARE(revisions[1].note, QStringLiteral("edge fixed"));
    QCOMPARE(labelStore.loadRevision(alice, 1).value().voxels.count(1), size_t(2));
    QCOMPARE(labelStore.loadRevision(alice, 1).value().segments.front().label, QStringLiteral("alice's"));
    QCOMPARE(labelStore.loadRevision(alice, 2).value().voxels.count(1), size_t(6));
    QVERIFY(!labelStore.loadRevision(alice, 3).ok());
    QVERIFY(!labelStore.freeze(LabelSetKey{QStringLiteral("1.7.1"), 7, QStringLiteral("nobody")}, QStringLiteral("submitted"), QString()).ok());
    QSqlQuery q(db.sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE label_revisions SET note = 'rewritten'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("never changed")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE revision_masks SET mask = x'00'")));
    QCOMPARE(labelStore.loadRevision(alice, 1).value().voxels.count(1), size_t(2));

    QVERIFY(db.recordAudit(QStringLiteral("submit"), QStringLiteral("RC-000001"), QStringLiteral("x"), QStringLiteral("alice")).ok());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("never changed")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'alice'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // The patient opts out: every set and revision goes with the series; the audit stays.
    QVERIFY(db.deletePatient(QStringLiteral("RC-000001"), QStringLiteral("dm")).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM label_sets) + (SELECT COUNT(*) FROM label_revisions) + "
                                  "(SELECT COUNT(*) FROM revision_masks) + (SELECT COUNT(*) FROM segment_masks)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
  }

  // A store written before reading studies (schema 5) keeps its labels as the store's own set.
  void migratesLabelsOfSchemaFive() {
    QTemporaryDir dir;
    SegmentMask mask({8, 8, 2});
    mask.set(3, 4, 1, true);
    mask.set(4, 4, 1, true);
    {
      QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
      old.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("radcurator.sqlite")));
      QVERIFY(old.open());
      QSqlQuery q(old);
      for (size_t v = 0; v < 5; ++v)
        for (const auto& statement : schema::migrations()[v])
          if (statement.sqlite) QVERIFY2(q.exec(QLatin1String(statement.sqlite)), qPrintable(q.lastError().text()));
      for (const char* sql : {"PRAGMA user_version = 5", "INSERT INTO patients (id, code) VALUES (1, 'RC-000003')",
                              "INSERT INTO studies (id, patient_id, study_uid) VALUES (1, 1, '1.8')",
                              "INSERT INTO series (id, study_id, series_uid, folder) VALUES (1, 1, '1.8.1', 'f')",
                              "INSERT INTO label_sets (series_id, content, updated_at, revision, updated_by) VALUES (1, "
                              "'{\"format\":1,\"segments\":[{\"number\":2,\"label\":\"kept\"}],\"findings\":[]}', '2026-01-01T00:00:00Z', 4, 'old')"})
        QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
      q.prepare(QStringLiteral("INSERT INTO segment_masks (series_id, segment_number, mask, revision) VALUES (1, 2, ?, 4)"));
      q.addBindValue(mask.encode());
      QVERIFY(q.exec());
      old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    const auto store = CaseStore::open(dir.path());
    QVERIFY2(store.ok(), qPrintable(store.error()));
    CaseDatabase db(store.value());
    const auto stored = LabelStore(db).load(QStringLiteral("1.8.1"));
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QVERIFY(stored->has_value());
    QCOMPARE(stored.value()->revision, qint64(4));
    QCOMPARE(stored.value()->updatedBy, QStringLiteral("old"));
    QCOMPARE(stored.value()->labels.segments.front().label, QStringLiteral("kept"));
    QVERIFY(stored.value()->labels.voxels.extract(2) == mask);
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());  // no dangling reference after the tables were rebuilt
  }

  void burnedInReviewAndSettings() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    SeriesBatch batch = makeBatch(dir.path(), QStringLiteral("1.9.1"), 3);
    batch.instances[1].record.burnedInRisk = QStringLiteral("secondary capture images often carry burned-in text");
    QVERIFY(db.storeSeries(batch).ok());
    auto pending = db.instancesAwaitingBurnedInReview();
    QVERIFY(pending.ok());
    QCOMPARE(int(pending->size()), 1);
    QCOMPARE(db.listSeries()->front().burnedInPending, 1);
    QVERIFY(db.setBurnedInReview(pending->front().sopInstanceUid, QStringLiteral("confirmed")).ok());
    QVERIFY(db.instancesAwaitingBurnedInReview()->empty());
    QCOMPARE(db.listSeries()->front().burnedInPending, 0);
    QVERIFY(!db.setBurnedInReview(QStringLiteral("9.9.9"), QStringLiteral("confirmed")).ok());

    QCOMPARE(db.setting(QStringLiteral("deid.profile"), QStringLiteral("fallback")).value(), QStringLiteral("fallback"));
    QVERIFY(db.setSetting(QStringLiteral("deid.profile"), QStringLiteral("site")).ok());
    QVERIFY(db.setSetting(QStringLiteral("deid.profile"), QStringLiteral("basic")).ok());
    QCOMPARE(db.setting(QStringLiteral("deid.profile")).value(), QStringLiteral("basic"));
  }

  void migratesAVersionOneDatabase() {
    // A store written before de-identification existed gains its tables and columns.
    QTemporaryDir dir;
    {
      QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
      old.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("radcurator.sqlite")));
      QVERIFY(old.open());
      QSqlQuery q(old);
      QVERIFY(q.exec(QStringLiteral("CREATE TABLE patients (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE CHECK (code <> ''), "
                                    "name TEXT NOT NULL DEFAULT '', sex TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '', "
                                    "age TEXT NOT NULL DEFAULT '')")));
      for (const char* sql : {"CREATE TABLE studies (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE, study_uid TEXT NOT NULL UNIQUE, study_date TEXT NOT NULL DEFAULT '', study_time TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', accession_number TEXT NOT NULL DEFAULT '')",
                              "CREATE TABLE series (id INTEGER PRIMARY KEY, study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE, series_uid TEXT NOT NULL UNIQUE, modality TEXT NOT NULL DEFAULT '', body_part TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', series_date TEXT NOT NULL DEFAULT '', series_number INTEGER NOT NULL DEFAULT 0, rows INTEGER NOT NULL DEFAULT 0, columns INTEGER NOT NULL DEFAULT 0, instance_count INTEGER NOT NULL DEFAULT 0, frame_count INTEGER NOT NULL DEFAULT 0, transfer_syntax_uid TEXT NOT NULL DEFAULT '', folder TEXT NOT NULL)",
                              "CREATE TABLE instances (id INTEGER PRIMARY KEY, series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE, sop_instance_uid TEXT NOT NULL UNIQUE, sop_class_uid TEXT NOT NULL DEFAULT '', instance_number INTEGER NOT NULL DEFAULT 0, rows INTEGER NOT NULL DEFAULT 0, columns INTEGER NOT NULL DEFAULT 0, frames INTEGER NOT NULL DEFAULT 1, transfer_syntax_uid TEXT NOT NULL DEFAULT '', file_path TEXT NOT NULL, file_size INTEGER NOT NULL DEFAULT 0, sha256 TEXT NOT NULL DEFAULT '')",
                              "CREATE TABLE imports (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, source TEXT NOT NULL, files_imported INTEGER NOT NULL, series_imported INTEGER NOT NULL, skipped INTEGER NOT NULL, errors INTEGER NOT NULL)",
                              "INSERT INTO patients (code) VALUES ('RC-000007')", "PRAGMA user_version = 1"})
        QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
      old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const auto store = CaseStore::open(dir.path());
    QVERIFY2(store.ok(), qPrintable(store.error()));
    CaseDatabase db(store.value());
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), CaseStore::schemaVersion());
    QVERIFY(db.hasPatient(QStringLiteral("RC-000007")).value());  // data kept
    QVERIFY(db.count(QStringLiteral("imports")).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT burned_in_risk, burned_in_review FROM instances")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM export_items")));
  }

  void studyCannotMoveBetweenPatients() {
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    QVERIFY(db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.5.1"), 1, QStringLiteral("P1"), QStringLiteral("1.5"))).ok());
    const auto clash = db.storeSeries(makeBatch(dir.path(), QStringLiteral("1.5.2"), 1, QStringLiteral("P2"), QStringLiteral("1.5")));
    QVERIFY(!clash.ok());
    QVERIFY2(clash.error().contains(QStringLiteral("another patient")), qPrintable(clash.error()));
    QCOMPARE(db.count(QStringLiteral("series")).value(), 1);
    QCOMPARE(db.patientOfStudy(QStringLiteral("1.5")).value(), QStringLiteral("P1"));
    QCOMPARE(db.patientOfStudy(QStringLiteral("9.9")).value(), QString());
    QCOMPARE(db.studyOfSeries(QStringLiteral("1.5.1")).value(), QStringLiteral("1.5"));
    QCOMPARE(db.studyOfSeries(QStringLiteral("1.5.2")).value(), QString());
  }

  void instanceOfAnotherPatientIsNeverFiled() {
    // The last line of defence: a batch with one instance whose written code differs from the
    // batch's patient is refused whole, and nothing of it is left.
    QTemporaryDir dir;
    const auto store = CaseStore::open(dir.path());
    QVERIFY(store.ok());
    CaseDatabase db(store.value());
    SeriesBatch batch = makeBatch(dir.path(), QStringLiteral("1.4.1"), 3, QStringLiteral("RC-000001"), QStringLiteral("1.4"));
    batch.instances[1].patientCode = QStringLiteral("RC-000002");
    const auto refused = db.storeSeries(batch);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("RC-000002")), qPrintable(refused.error()));
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 0);
    QCOMPARE(filesUnder(store->filesDirectory()), 0);
  }
};

RC_TEST_MAIN_ON_EITHER_ENGINE(TestStorage)
#include "test_storage.moc"
