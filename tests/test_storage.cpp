// storage: schema creation and migration, idempotent filing, rollback of a failed series,
// and reading while another thread imports.

#include "TestSupport.h"
#include "storage/CaseStore.h"

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
    batch.instances.push_back({r, path});
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
      QVERIFY(QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA user_version = %1").arg(CaseStore::schemaVersion() + 1)));
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
  }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
