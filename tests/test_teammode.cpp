// Team mode: a store's database on a real PostgreSQL server (started here), its files in a
// folder the workstations share. Several programs at once, as several workstations would be:
// two saves of one case (one wins, the other is told), two imports of one study (filed once),
// other workstations hearing of changes (LISTEN/NOTIFY), a lost connection while editing (the
// edit waits in the workstation's journal and is saved when the server is back), and the
// correspondence table kept out of the shared database and folder.

#include "PostgresServer.h"
#include "common/Phantoms.h"
#include "StoreFixture.h"
#include "TestSupport.h"
#include "annotate/AnnotationSession.h"
#include "dicom/VolumeLoader.h"
#include "phantom/ChestPhantom.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/LabelJournal.h"
#include "storage/LabelStore.h"
#include "storage/StoreChanges.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QtTest>

#include <cstdio>

using namespace rc;

namespace {

const QString kPassphrase = test::kPassphrase;

// One labelled segment, named after the program that saves it.
LabelSet labelsNamed(const QString& seriesUid, const QString& name) {
  LabelSet labels;
  labels.seriesInstanceUid = seriesUid;
  Segment s;
  s.number = 1;
  s.label = name;
  labels.segments.push_back(s);
  return labels;
}

// The second program of the save race: waits for the start file, then saves its labels based
// on revision `basedOn`. Prints "saved N" (exit 0) or "refused: why" (exit 3).
int saveChild(const QString& storeDir, const QString& seriesUid, qint64 basedOn, const QString& startFile, const QString& name) {
  const auto store = CaseStore::open(storeDir);
  if (!store) return std::fprintf(stderr, "%s\n", qPrintable(store.error())), 2;
  CaseDatabase db(store.value());
  if (!db.isOpen()) return 2;
  for (int i = 0; i < 1000 && !QFile::exists(startFile); ++i) QThread::msleep(5);
  const auto saved = LabelStore(db).save(labelsNamed(seriesUid, name), {}, basedOn, name);
  if (saved) {
    std::printf("saved %lld\n", static_cast<long long>(saved.value()));
    return 0;
  }
  std::printf("refused: %s\n", qPrintable(saved.error()));
  return saved.failureKind() == FailureKind::Conflict ? 3 : 4;
}

QProcess* startCli(const QStringList& args, const QProcessEnvironment& env, QObject* parent) {
  auto* p = new QProcess(parent);
  QProcessEnvironment e = env;
  e.insert(QStringLiteral("RADCURATOR_PASSPHRASE"), kPassphrase);
  p->setProcessEnvironment(e);
  p->start(QStringLiteral(RADCURATOR_CLI), args);
  return p;
}

}  // namespace

class TestTeamMode : public QObject {
  Q_OBJECT
  test::PostgresServer server_;
  QTemporaryDir phantom_;
  QString sourcePatientId_;

  QString url() const { return server_.url() + QStringLiteral("?schema=new"); }
  // What psql says about the store's schema (named in the folder's settings).
  QString schemaOf(const CaseStore& store) const { return store.server()->schemaName(); }
  int countIn(const CaseStore& store, const QString& what) const {
    return server_.psql(QStringLiteral("SELECT count(*) FROM %1.%2").arg(schemaOf(store), what)).toInt();
  }

private slots:
  void initTestCase() {
    QString problem;
    QVERIFY2(server_.start(&problem), qPrintable(problem));
    const PhantomOptions options = test::smallChestPhantom();
    const auto written = writeChestPhantom(phantom_.path(), options);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    sourcePatientId_ = options.patientId;
    // Every new store of this test (and of the programs it starts) keeps its database here.
    qputenv("RADCURATOR_DATABASE", url().toUtf8());
  }

  void twoWorkstationsImportingOneStudyFileItOnce() {
    QTemporaryDir shared;
    QVERIFY(CaseStore::open(shared.path(), url()).ok());
    // Both start at once on a store nobody imported into yet: one makes the correspondence
    // table, the other opens it; every instance is filed once, under one code per patient.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess* a = startCli({QStringLiteral("import"), phantom_.path(), QStringLiteral("--store"), shared.path()}, env, this);
    QProcess* b = startCli({QStringLiteral("import"), phantom_.path(), QStringLiteral("--store"), shared.path()}, env, this);
    QVERIFY(a->waitForFinished(300000) && b->waitForFinished(300000));
    QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
    QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
    const auto store = CaseStore::open(shared.path());
    QVERIFY(store.ok());
    int files = 0;
    for (QDirIterator it(phantom_.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next()) ++files;
    QCOMPARE(countIn(*store, QStringLiteral("instances")), files);
    QCOMPARE(countIn(*store, QStringLiteral("patients")), 1);
    QCOMPARE(server_.psql(QStringLiteral("SELECT count(DISTINCT sop_instance_uid) FROM %1.instances").arg(schemaOf(*store))).toInt(), files);
    int stored = 0;
    for (QDirIterator it(QDir(shared.path()).filePath(QStringLiteral("files")), QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
      ++stored;
    QCOMPARE(stored, files);

    // The correspondence table stays on this workstation: not in the shared folder, and
    // nothing of the patient's identity is in the shared database.
    QVERIFY(QFile::exists(store->correspondencePath()));
    QVERIFY(!store->correspondencePath().startsWith(shared.path()));
    for (QDirIterator it(shared.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
      QVERIFY2(!it.next().endsWith(QLatin1String(".rcsec")), qPrintable(it.filePath()));
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(server_.port()),
                                          QStringLiteral("-U"), QStringLiteral("rc"), QStringLiteral("-n"), schemaOf(*store), QStringLiteral("rc")});
    QVERIFY(dump.waitForFinished(60000) && dump.exitCode() == 0);
    const QByteArray everything = dump.readAllStandardOutput();
    QVERIFY(everything.contains("RC-000001"));  // the dump holds the store's data...
    QVERIFY2(!everything.contains(sourcePatientId_.toUtf8()), "the source patient ID is in the shared database");  // ...not the patient's ID

    // Another workstation (its own data folder, so another table) cannot file patients of
    // this store under codes of its own.
    QTemporaryDir elsewhere;
    QProcessEnvironment other = env;
    other.insert(QStringLiteral("XDG_DATA_HOME"), elsewhere.path());
    QProcess* c = startCli({QStringLiteral("import"), phantom_.path(), QStringLiteral("--store"), shared.path()}, other, this);
    QVERIFY(c->waitForFinished(300000));
    QVERIFY(c->exitCode() != 0);
    QVERIFY2(c->readAllStandardError().contains("correspondence table of another workstation"), "another station's table was not refused");
    QCOMPARE(countIn(*store, QStringLiteral("patients")), 1);
  }

  void twoWorkstationsSavingOneCaseOneWinsTheOtherIsTold() {
    QTemporaryDir shared;
    auto fixture = test::StoreFixture::open(shared.path());
    QVERIFY(fixture);
    QVERIFY(fixture->store->isShared());
    QCOMPARE(fixture->import({phantom_.path()}).errors, 0);
    CaseDatabase db(*fixture->store);
    const QString series = db.listSeries()->front().seriesUid;
    const auto first = LabelStore(db).save(labelsNamed(series, QStringLiteral("first")), {}, 0, QStringLiteral("setup"));
    QVERIFY2(first.ok(), qPrintable(first.error()));

    // Two programs, both holding revision `first`, save at the same moment.
    const QString start = QDir(shared.path()).filePath(QStringLiteral("go"));
    std::vector<QProcess*> savers;
    for (const QString& name : {QStringLiteral("alice"), QStringLiteral("bob")}) {
      auto* p = new QProcess(this);
      p->start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--save-child"), shared.path(), series, QString::number(first.value()), start, name});
      QVERIFY(p->waitForStarted());
      savers.push_back(p);
    }
    QThread::msleep(500);
    QFile go(start);
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.close();
    QStringList outcomes;
    int won = 0, told = 0;
    QString winner;
    for (QProcess* p : savers) {
      QVERIFY(p->waitForFinished(60000));
      const QString said = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
      outcomes << said;
      if (p->exitCode() == 0) {
        ++won;
        winner = p->arguments().last();
      } else if (p->exitCode() == 3) {
        ++told;
        QVERIFY2(said.contains(QStringLiteral("revision")), qPrintable(said));
      }
    }
    QVERIFY2(won == 1 && told == 1, qPrintable(outcomes.join(QStringLiteral(" | "))));
    // What is stored is the winner's, one revision on.
    const auto stored = LabelStore(db).load(series);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(stored.value()->revision, first.value() + 1);
    QCOMPARE(stored.value()->labels.segments.front().label, winner);
  }

  void otherWorkstationsHearOfNewCases() {
    QTemporaryDir shared;
    const auto store = CaseStore::open(shared.path(), url());
    QVERIFY(store.ok());
    StoreChanges changes(store.value());
    QVERIFY2(changes.isListening(), qPrintable(changes.problem()));
    QSignalSpy heard(&changes, &StoreChanges::changed);
    // Another program imports: this one hears it without asking.
    QProcess* importer = startCli({QStringLiteral("import"), phantom_.path(), QStringLiteral("--store"), shared.path()},
                                  QProcessEnvironment::systemEnvironment(), this);
    QVERIFY(heard.wait(120000));
    QVERIFY(importer->waitForFinished(300000) && importer->exitCode() == 0);
    CaseDatabase db(store.value());
    QVERIFY(!db.listSeries()->empty());

    // The server goes away and comes back: the loss is noticed, and a change is announced
    // when it is heard again (what happened meanwhile was not heard).
    QSignalSpy listening(&changes, &StoreChanges::listeningChanged);
    server_.kill();
    QVERIFY(listening.wait(20000));
    QCOMPARE(listening.last().at(0).toBool(), false);
    QString problem;
    QVERIFY2(server_.restart(&problem), qPrintable(problem));
    heard.clear();
    QVERIFY(listening.wait(20000));
    QCOMPARE(listening.last().at(0).toBool(), true);
    QVERIFY(heard.wait(5000));
  }

  void aLostConnectionKeepsTheEditInTheJournalUntilTheServerIsBack() {
    QTemporaryDir shared;
    auto fixture = test::StoreFixture::open(shared.path());
    QVERIFY(fixture);
    QCOMPARE(fixture->import({phantom_.path()}).errors, 0);
    SeriesSummary ct;
    {
      CaseDatabase db(*fixture->store);
      for (const SeriesSummary& s : db.listSeries().value())
        if (s.modality == QLatin1String("CT")) ct = s;
    }
    CaseDatabase probe(*fixture->store);
    const auto files = probe.seriesFiles(ct.seriesUid);
    const auto volume = loadVolume(files->paths);
    QVERIFY(volume.ok());
    const LabelSetKey key = LabelSetKey::ofSeries(ct.seriesUid);
    const QString journalFile = LabelJournal(*fixture->store).pathOf(key);

    auto paint = [](AnnotationSession& a, int segment, int x) {
      BoxMask dab(IndexBox{{x, 10, 5}, {x + 3, 13, 5}});
      for (int i = x; i <= x + 3; ++i)
        for (int j = 10; j <= 13; ++j) dab.set(i, j, 5, true);
      return a.applyEdit({segment, MaskEdit::Mode::Add, std::move(dab)}, QStringLiteral("stroke"));
    };
    {
      Session session;
      QVERIFY(session.openStore(shared.path()).ok());
      QVERIFY(session.setOpenSeries(ct, volume->volume).ok());
      AnnotationSession a(&session);
      const auto segment = a.addSegment(QStringLiteral("Nodule"));
      QVERIFY(segment.ok());
      QVERIFY(paint(a, segment.value(), 10).ok());
      QVERIFY(a.saveNow().ok());
      QVERIFY(!QFile::exists(journalFile));

      // The server is lost while the reader paints: the save says so and the edit is on disk here.
      server_.kill();
      QVERIFY(paint(a, segment.value(), 30).ok());
      const Status lost = a.saveNow();
      QVERIFY(!lost.ok());
      QVERIFY2(lost.error().contains(QStringLiteral("kept on this workstation")), qPrintable(lost.error()));
      QVERIFY(a.isJournalled());
      QVERIFY(QFile::exists(journalFile));
      const auto kept = LabelJournal(*fixture->store).find(key);
      QVERIFY(kept.ok() && kept->has_value());
      QCOMPARE(kept.value()->labels.voxels.count(segment.value()), size_t(32));
      // The window is closed (or the program dies) before the server is back: nothing more
      // reaches the database, the journal keeps it.
      a.setAutosaveDelayMs(3600000);
    }
    QVERIFY(QFile::exists(journalFile));
    QString problem;
    QVERIFY2(server_.restart(&problem), qPrintable(problem));
    {
      // The series is opened again: the journal's copy comes back and is saved.
      Session session;
      QVERIFY(session.openStore(shared.path()).ok());
      QVERIFY(session.setOpenSeries(ct, volume->volume).ok());
      AnnotationSession a(&session);
      QVERIFY2(a.notice().contains(QStringLiteral("brought back")), qPrintable(a.notice()));
      QVERIFY(a.hasUnsavedChanges());
      QVERIFY(a.saveNow().ok());
      QVERIFY(!a.isJournalled());
      QVERIFY(!QFile::exists(journalFile));
    }
    CaseDatabase db(*fixture->store);
    const auto stored = LabelStore(db).load(key);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(stored.value()->labels.voxels.count(stored.value()->labels.segments.front().number), size_t(32));

    // Kept edits made on a revision the store has moved past are a conflict, not an overwrite.
    {
      Session session;
      QVERIFY(session.openStore(shared.path()).ok());
      QVERIFY(session.setOpenSeries(ct, volume->volume).ok());
      AnnotationSession a(&session);
      server_.kill();
      QVERIFY(paint(a, stored.value()->labels.segments.front().number, 50).ok());
      QVERIFY(!a.saveNow().ok());
      a.setAutosaveDelayMs(3600000);
    }
    QVERIFY2(server_.restart(&problem), qPrintable(problem));
    CaseDatabase again(*fixture->store);  // the connection made before the server went away is gone with it
    LabelSet other = stored.value()->labels;
    other.segments.front().label = QStringLiteral("Renamed by another workstation");
    QVERIFY(LabelStore(again).save(key, other, {}, stored.value()->revision, QStringLiteral("bob")).ok());
    {
      Session session;
      QVERIFY(session.openStore(shared.path()).ok());
      QVERIFY(session.setOpenSeries(ct, volume->volume).ok());
      AnnotationSession a(&session);
      QVERIFY2(a.notice().contains(QStringLiteral("now holds")), qPrintable(a.notice()));
      QVERIFY(a.isJournalled());
      const Status refused = a.saveNow();  // saved on the revision it was made on: refused
      QVERIFY(!refused.ok());
      QCOMPARE(refused.failureKind(), FailureKind::Conflict);
      const auto still = LabelStore(again).load(key);
      QCOMPARE(still.value()->labels.segments.front().label, QStringLiteral("Renamed by another workstation"));
      QVERIFY(QFile::exists(journalFile));
      // Edits made meanwhile join the kept copy (the window may be closed before deciding).
      const size_t before = LabelJournal(*fixture->store).find(key).value()->labels.voxels.count(1);
      QVERIFY(paint(a, 1, 2).ok());
      QVERIFY(!a.saveNow().ok());
      QCOMPARE(LabelJournal(*fixture->store).find(key).value()->labels.voxels.count(1), before + 16);
      // The reader keeps the store's: the journal's copy goes.
      QVERIFY(a.reloadFromStore().ok());
      QVERIFY(!QFile::exists(journalFile));
    }
  }
};

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() == 7 && args.at(1) == QLatin1String("--save-child"))
    return saveChild(args.at(2), args.at(3), args.at(4).toLongLong(), args.at(5), args.at(6));
  TestTeamMode test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_teammode.moc"
