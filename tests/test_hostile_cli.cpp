// Hostile input, round three, through the command line as a hospital would meet it: two
// imports starting a new store at the same moment, files whose names are not UTF-8 or that
// cannot be read, an import killed half-way, identifiers in other spellings inside labels, and
// spreadsheets that claim a giant grid. Real processes, real file systems.

#include "TestSupport.h"
#include "exchange/Seg.h"
#include "exchange/Sr.h"
#include "dicom/VolumeLoader.h"
#include "phantom/ChestPhantom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

using namespace rc;

namespace {

const QString kPassphrase = QStringLiteral("hostile-cli-passphrase");

test::CliRun cli(const QStringList& args, const QStringList& wrapper = {}) { return test::runCli(args, kPassphrase, wrapper); }

PhantomOptions smallPhantom(const QString& id, const QString& name) {
  PhantomOptions o;
  o.matrix = 32;
  o.slices = 6;
  o.pixelSpacing = 10;
  o.sliceSpacing = 40;
  o.patientId = id;
  o.patientName = name;
  return o;
}

// Lines of `text` that start with `prefix`.
QStringList linesStartingWith(const QString& text, const QString& prefix) {
  QStringList out;
  for (const QString& line : text.split(QLatin1Char('\n')))
    if (line.startsWith(prefix)) out << line;
  return out;
}

// Runs as an unprivileged user when the tests run as root (root reads every file, so an
// unreadable file could not be tested otherwise).
QStringList asUnprivilegedUser() {
  if (::geteuid() != 0) return {};
  return {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
}

}  // namespace

class TestHostileCli : public QObject {
  Q_OBJECT
private slots:
  // Two imports started at the same moment on a new store create one correspondence table and
  // one key, and every patient gets a code of their own. Repeated: a race must lose every time.
  void concurrentFirstUseOfANewStore() {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
    QVERIFY(writeChestPhantom(a, smallPhantom(QStringLiteral("RACE-A"), QStringLiteral("FIRST^ALICE"))).ok());
    QVERIFY(writeChestPhantom(b, smallPhantom(QStringLiteral("RACE-B"), QStringLiteral("SECOND^BOB"))).ok());
    for (int round = 0; round < 4; ++round) {
      const QString store = dir.filePath(QStringLiteral("store-%1").arg(round));
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert(QStringLiteral("RADCURATOR_PASSPHRASE"), kPassphrase);
      QProcess first, second;
      for (QProcess* p : {&first, &second}) p->setProcessEnvironment(env);
      first.start(QStringLiteral(RADCURATOR_CLI), {QStringLiteral("import"), a, QStringLiteral("--store"), store});
      second.start(QStringLiteral(RADCURATOR_CLI), {QStringLiteral("import"), b, QStringLiteral("--store"), store});
      QVERIFY(first.waitForFinished(120000) && second.waitForFinished(120000));
      QVERIFY2(first.exitCode() == 0, qPrintable(QString::fromUtf8(first.readAllStandardError())));
      QVERIFY2(second.exitCode() == 0, qPrintable(QString::fromUtf8(second.readAllStandardError())));

      // One table, holding both patients under two codes.
      const test::CliRun table = cli({QStringLiteral("correspondence"), QStringLiteral("list"), QStringLiteral("--store"), store});
      QCOMPARE(table.exitCode, 0);
      QMap<QString, QString> codeOf;  // original ID -> code
      for (const QString& line : table.out.trimmed().split(QLatin1Char('\n'))) codeOf.insert(line.section(QLatin1Char('\t'), 1, 1), line.section(QLatin1Char('\t'), 0, 0));
      QCOMPARE(codeOf.keys(), (QStringList{QStringLiteral("RACE-A"), QStringLiteral("RACE-B")}));
      QVERIFY2(codeOf.value(QStringLiteral("RACE-A")) != codeOf.value(QStringLiteral("RACE-B")), qPrintable(table.out));
      // Every stored series is filed under its own patient's code, and the store agrees with
      // the files (the check reads the code written in each one).
      const test::CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--store"), store});
      QSet<QString> codes;
      for (const QString& line : listed.out.trimmed().split(QLatin1Char('\n'))) codes.insert(line.section(QLatin1Char('\t'), 0, 0));
      QCOMPARE(codes, (QSet<QString>{codeOf.value(QStringLiteral("RACE-A")), codeOf.value(QStringLiteral("RACE-B"))}));
      QCOMPARE(listed.out.trimmed().split(QLatin1Char('\n')).size(), 4);
      const test::CliRun checked = cli({QStringLiteral("check"), QStringLiteral("--store"), store});
      QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));
      QCOMPARE(QDir(QDir(store).filePath(QStringLiteral("correspondence"))).entryList({QStringLiteral("*.rcsec")}, QDir::Files).size(), 1);
      // Importing a patient again through the other process's table gives the same code: one key.
      const test::CliRun again = cli({QStringLiteral("import"), a, QStringLiteral("--store"), store});
      QCOMPARE(again.exitCode, 0);
      QVERIFY2(again.out.contains(QStringLiteral("imported 0 files")), qPrintable(again.out));
    }
  }

  // Every file handed in is accounted for: names that are not UTF-8 are imported, dangling and
  // looping links and unreadable files and folders are reported with the real reason.
  // Two people start on a store nobody runs yet, at the same moment: exactly one becomes its
  // data manager; the other is told they are not one of the store's people.
  void concurrentFirstPersonOfAStore() {
    QTemporaryDir dir;
    for (int round = 0; round < 6; ++round) {
      const QString store = dir.filePath(QStringLiteral("store-%1").arg(round));
      QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--store"), store}).exitCode, 0);  // the store exists, nobody in it
      QProcess first, second;
      first.start(QStringLiteral(RADCURATOR_CLI), {QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("ann"),
                                                   QStringLiteral("--store"), store});
      second.start(QStringLiteral(RADCURATOR_CLI), {QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("ben"),
                                                    QStringLiteral("--store"), store});
      QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
      QCOMPARE(first.exitCode() + second.exitCode(), 1);  // one succeeded, one was refused
      const QProcess& refused = first.exitCode() == 1 ? first : second;
      QVERIFY(QString::fromUtf8(const_cast<QProcess&>(refused).readAllStandardError()).contains(QStringLiteral("is not one of this store's people")));
      const QString winner = first.exitCode() == 0 ? QStringLiteral("ann") : QStringLiteral("ben");
      const test::CliRun people = cli({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--as"), winner, QStringLiteral("--store"), store});
      QCOMPARE(people.exitCode, 0);
      QCOMPARE(people.out.count(QLatin1Char('\n')), 1);  // one person
      QVERIFY2(people.out.startsWith(QStringLiteral("person\t%1\tperson\tdata-manager").arg(winner)), qPrintable(people.out));
    }
  }

  void everyFileHandedInIsAccountedFor() {
    QTemporaryDir dir;
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    const auto written = writeChestPhantom(phantom, smallPhantom(QStringLiteral("NAMES-1"), QStringLiteral("NAMES^ONE")));
    QVERIFY(written.ok());
    const QByteArray medium = QFile::encodeName(dir.filePath(QStringLiteral("medium")));
    QVERIFY(::mkdir(medium.constData(), 0755) == 0);
    const QByteArray sjisFolder = medium + "/\x8a\xb3\x8e\xd2";  // 患者 in Shift_JIS
    QVERIFY(::mkdir(sjisFolder.constData(), 0755) == 0);
    int n = 0;
    for (const QString& f : written->ctFiles) {
      // Latin-1 names beside Shift_JIS ones, as old CD media have them.
      const QByteArray target = n % 2 ? sjisFolder + "/\x89\xe6\x91\x9c" + QByteArray::number(n) : medium + "/\xe9t\xe9" + QByteArray::number(n);
      QVERIFY(::rename(QFile::encodeName(f).constData(), target.constData()) == 0);
      ++n;
    }
    QVERIFY(::rename(QFile::encodeName(written->xrayFile).constData(), (medium + "/xray.dcm").constData()) == 0);
    QVERIFY(::symlink("missing.dcm", (medium + "/dangling.dcm").constData()) == 0);
    QVERIFY(::symlink("loop-2", (medium + "/loop-1").constData()) == 0);
    QVERIFY(::symlink("loop-1", (medium + "/loop-2").constData()) == 0);
    // An unreadable file and an unreadable folder (holding a readable file).
    QVERIFY(QFile::copy(QFile::decodeName(medium + "/xray.dcm"), QFile::decodeName(medium + "/locked.dcm")));
    QVERIFY(::chmod((medium + "/locked.dcm").constData(), 0) == 0);
    QVERIFY(::mkdir((medium + "/locked-folder").constData(), 0755) == 0);
    QVERIFY(QFile::copy(QFile::decodeName(medium + "/xray.dcm"), QFile::decodeName(medium + "/locked-folder/inside.dcm")));
    QVERIFY(::chmod((medium + "/locked-folder").constData(), 0) == 0);

    const QString store = dir.filePath(QStringLiteral("store"));
    QVERIFY(QDir().mkpath(store));
    QVERIFY(::chmod(QFile::encodeName(store).constData(), 0777) == 0);
    const test::CliRun imported = cli({QStringLiteral("import"), QFile::decodeName(medium), QStringLiteral("--store"), store}, asUnprivilegedUser());
    ::chmod((medium + "/locked-folder").constData(), 0755);  // so that the folder can go
    QCOMPARE(imported.exitCode, 1);  // errors were reported
    QCOMPARE(imported.out.trimmed(), QStringLiteral("imported 7 files, 2 series, 0 skipped, 5 errors"));
    auto errorFor = [&](const QString& name) {
      const QStringList lines = linesStartingWith(imported.err, QStringLiteral("error: ") + QFile::decodeName(medium) + QLatin1Char('/') + name + QLatin1Char(':'));
      return lines.isEmpty() ? QString() : lines.front();
    };
    QVERIFY2(errorFor(QStringLiteral("dangling.dcm")).contains(QStringLiteral("dangling link")), qPrintable(imported.err));
    QVERIFY2(errorFor(QStringLiteral("loop-1")).contains(QStringLiteral("loops")), qPrintable(imported.err));
    QVERIFY2(errorFor(QStringLiteral("loop-2")).contains(QStringLiteral("loops")), qPrintable(imported.err));
    QVERIFY2(errorFor(QStringLiteral("locked.dcm")).contains(QStringLiteral("Permission denied")), qPrintable(imported.err));
    QVERIFY2(errorFor(QStringLiteral("locked-folder")).contains(QStringLiteral("Permission denied")), qPrintable(imported.err));
    QVERIFY(!imported.err.contains(QStringLiteral("not a DICOM file")));
    const test::CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--store"), store});
    int instances = 0;
    for (const QString& line : listed.out.trimmed().split(QLatin1Char('\n'))) instances += line.section(QLatin1Char('\t'), 5, 5).toInt();
    QCOMPARE(instances, 7);  // the six CT slices under names no UTF-8 decoder reads, and the radiograph
    QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), dir.path()});  // Qt cannot name what it would remove
  }

  // An import killed half-way leaves de-identified copies in the scratch folder: the check
  // reports them, the next start removes them and says so; check --repair does the same. A
  // correspondence table that cannot be read or opened is reported too.
  void aKilledImportIsAnnouncedAndCleared() {
    QTemporaryDir dir;
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    PhantomOptions big = smallPhantom(QStringLiteral("KILLED-1"), QStringLiteral("KILLED^ONE"));
    big.matrix = 256;
    big.slices = 200;
    QVERIFY(writeChestPhantom(phantom, big).ok());
    const QString store = dir.filePath(QStringLiteral("store"));
    QVERIFY(cli({QStringLiteral("list"), QStringLiteral("--store"), store}).exitCode == 0);
    const QString tmp = QDir(store).filePath(QStringLiteral("tmp"));
    bool killedWithCopies = false;
    for (int attempt = 0; attempt < 5 && !killedWithCopies; ++attempt) {
      QProcess import;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert(QStringLiteral("RADCURATOR_PASSPHRASE"), kPassphrase);
      import.setProcessEnvironment(env);
      import.start(QStringLiteral(RADCURATOR_CLI), {QStringLiteral("import"), phantom, QStringLiteral("--store"), store});
      QElapsedTimer clock;
      clock.start();
      while (import.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        QDirIterator it(tmp, {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext()) {
          import.kill();  // SIGKILL: nothing of the program runs any more
          killedWithCopies = true;
          break;
        }
        QThread::usleep(2000);
      }
      import.waitForFinished(10000);
    }
    QVERIFY2(killedWithCopies, "the import never had de-identified copies in the scratch folder to kill it over");

    const test::CliRun dirty = cli({QStringLiteral("check"), QStringLiteral("--store"), store});
    QCOMPARE(dirty.exitCode, 1);
    const QStringList left = linesStartingWith(dirty.out, QStringLiteral("problem\ttmp/import-"));
    QVERIFY2(!left.isEmpty() && left.front().contains(QStringLiteral("interrupted import")), qPrintable(dirty.out));
    // The next start (any command) removes them and says so.
    const test::CliRun next = cli({QStringLiteral("list"), QStringLiteral("--store"), store});
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.err.contains(QStringLiteral("note: removed what an interrupted job left in the store's scratch folder")), qPrintable(next.err));
    QVERIFY(linesStartingWith(cli({QStringLiteral("check"), QStringLiteral("--store"), store}).out, QStringLiteral("problem\ttmp/")).isEmpty());
    QDirIterator anything(tmp, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY(!anything.hasNext());

    // check --repair: a scratch folder nobody owns (as a killed export leaves it) goes.
    QVERIFY(QDir().mkpath(QDir(tmp).filePath(QStringLiteral("export-left"))));
    QFile copy(QDir(tmp).filePath(QStringLiteral("export-left/seg.dcm")));
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write("DICM") == 4);
    copy.close();
    const test::CliRun repaired = cli({QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--store"), store});
    QVERIFY2(repaired.out.contains(QStringLiteral("removed\ttmp/export-left\t1 file(s)")), qPrintable(repaired.out));
    QVERIFY(!QFileInfo::exists(QDir(tmp).filePath(QStringLiteral("export-left"))));

    // A table with the wrong passphrase, then a damaged one.
    const test::CliRun wrong = test::runCli({QStringLiteral("check"), QStringLiteral("--store"), store}, QStringLiteral("not the passphrase"));
    QVERIFY2(wrong.out.contains(QStringLiteral("problem\tcorrespondence/table.rcsec\tthe correspondence table cannot be opened")),
             qPrintable(wrong.out));
    const QString tablePath = QDir(store).filePath(QStringLiteral("correspondence/table.rcsec"));
    QFile table(tablePath);
    QVERIFY(table.open(QIODevice::ReadWrite));
    table.resize(20);
    table.close();
    const test::CliRun damaged = test::runCli({QStringLiteral("check"), QStringLiteral("--store"), store}, QString());
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.out.contains(QStringLiteral("problem\tcorrespondence/table.rcsec\tthe correspondence table cannot be read")),
             qPrintable(damaged.out));
  }

  // A patient ID in another spelling inside a label is refused at import-labels, and the PHI
  // scan finds it in a file.
  void identifierVariantsInLabelsAreRefused_data() {
    QTest::addColumn<QString>("variant");
    QTest::newRow("full-width") << QStringLiteral("ＶＡＲ－ＩＤ－０００１");
    QTest::newRow("U+2010") << QStringLiteral("VAR\u2010ID\u20100001");
    QTest::newRow("minus sign") << QStringLiteral("VAR\u2212ID\u22120001");
    QTest::newRow("prolonged sound mark") << QStringLiteral("VAR\u30FCID\u30FC0001");
    QTest::newRow("spaces") << QStringLiteral("VAR ID 0001");
    QTest::newRow("no separator") << QStringLiteral("VARID0001");
    QTest::newRow("zero-width") << QStringLiteral("VAR\u200B-ID-\u200B0001");
    QTest::newRow("mixed case") << QStringLiteral("Var-Id-0001");
  }
  void identifierVariantsInLabelsAreRefused() {
    QFETCH(QString, variant);
    if (!dir_) {
      dir_ = std::make_unique<QTemporaryDir>();
      const auto written = writeChestPhantom(dir_->filePath(QStringLiteral("phantom")), smallPhantom(QStringLiteral("VAR-ID-0001"), QStringLiteral("VARIANT^VERA")));
      QVERIFY(written.ok());
      store_ = dir_->filePath(QStringLiteral("store"));
      QCOMPARE(cli({QStringLiteral("import"), dir_->filePath(QStringLiteral("phantom")), QStringLiteral("--store"), store_}).exitCode, 0);
      for (const QString& line : cli({QStringLiteral("list"), QStringLiteral("--store"), store_}).out.split(QLatin1Char('\n')))
        if (line.section(QLatin1Char('\t'), 2, 2) == QLatin1String("CT")) ctSeries_ = line.section(QLatin1Char('\t'), 3, 3);
      QVERIFY(!ctSeries_.isEmpty());
    }
    // The stored (de-identified) series, as another tool would have read it.
    QStringList stored;
    QDirIterator it(QDir(store_).filePath(QStringLiteral("files")), {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) stored << it.next();
    auto volume = loadVolume(stored);
    QVERIFY(volume.ok());
    QCOMPARE(volume->volume->seriesInstanceUid, ctSeries_);
    const Volume& ct = *volume->volume;
    const QString work = dir_->filePath(QString::number(qHash(variant)));
    QVERIFY(QDir().mkpath(work));

    // An SR whose finding's comment names the patient.
    LabelSet labels;
    Finding f;
    f.trackingId = QStringLiteral("Nodule 1");
    f.trackingUid = QStringLiteral("2.25.5150");
    f.finding = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
    f.comment = QStringLiteral("compare with the 2019 scan of %1").arg(variant);
    labels.findings = {f};
    const QString sr = QDir(work).filePath(QStringLiteral("comment.sr.dcm"));
    QVERIFY(writeMeasurementReport(ct, labels, nullptr, sr).ok());
    const test::CliRun srRefused = cli({QStringLiteral("import-labels"), sr, QStringLiteral("--store"), store_});
    QCOMPARE(srRefused.exitCode, 1);
    QVERIFY2(srRefused.err.contains(QStringLiteral("refused")) && srRefused.err.contains(QStringLiteral("an identifier of patient")),
             qPrintable(srRefused.err));
    // A SEG whose segment label names the patient.
    Segment s;
    s.number = 1;
    s.label = QStringLiteral("mass %1").arg(variant);
    s.category = {QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
    s.type = {QStringLiteral("4147007"), QStringLiteral("SCT"), QStringLiteral("Mass")};
    LabelMap voxels(ct.dimensions());
    for (int j = 10; j < 14; ++j)
      for (int i = 10; i < 14; ++i) voxels.set(1, i, j, 2, true);
    const QString seg = QDir(work).filePath(QStringLiteral("label.seg.dcm"));
    const auto segWritten = writeSegmentation(ct, {s}, voxels, seg);
    QVERIFY2(segWritten.ok(), qPrintable(segWritten.error()));
    const test::CliRun segRefused = cli({QStringLiteral("import-labels"), seg, QStringLiteral("--store"), store_});
    QCOMPARE(segRefused.exitCode, 1);
    QVERIFY2(segRefused.err.contains(QStringLiteral("an identifier of patient")), qPrintable(segRefused.err));
    // Nothing of either reached the store.
    const test::CliRun stays = cli({QStringLiteral("labels"), QStringLiteral("--series"), ctSeries_, QStringLiteral("--store"), store_});
    QVERIFY2(!stays.out.contains(QStringLiteral("mass")) && !stays.out.contains(QStringLiteral("2019")), qPrintable(stays.out));
    // The PHI scan finds it in a file as well.
    const QString scanned = QDir(work).filePath(QStringLiteral("scan"));
    QVERIFY(QDir().mkpath(scanned) && QFile::copy(sr, QDir(scanned).filePath(QStringLiteral("sr.dcm"))));
    const test::CliRun scan = cli({QStringLiteral("phi-scan"), scanned, QStringLiteral("--store"), store_});
    QCOMPARE(scan.exitCode, 1);
    QVERIFY2(scan.out.contains(QStringLiteral("an identifier of patient")) || scan.err.contains(QStringLiteral("an identifier of patient")),
             qPrintable(scan.out + scan.err));
  }

  // A sheet that claims a cell in row 1,048,576 and column XFD costs its cells, not the grid:
  // well under 100 MB for the whole command. A row two billion down is named, not allocated.
  void aSparseGiantSheetStaysSmall() {
    QTemporaryDir dir;
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QDir(test::testToolsDir()).filePath(QStringLiteral("hostile_sheets.py")), dir.path()});
    QVERIFY(python.waitForFinished(60000) && python.exitCode() == 0);
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/time"))) QSKIP("GNU time (Debian: time) measures the peak; it is not installed");
    const QString store = dir.filePath(QStringLiteral("store"));
    for (const QString& file : {QStringLiteral("sparse-edges.xlsx"), QStringLiteral("giant-row.xlsx")}) {
      const test::CliRun run = cli({QStringLiteral("clinical"), QStringLiteral("import"), dir.filePath(file), QStringLiteral("--store"), store},
                                   {QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("peak-kb %M")});
      const auto peak = QRegularExpression(QStringLiteral("peak-kb (\\d+)")).match(run.err);
      QVERIFY2(peak.hasMatch(), qPrintable(run.err));
#ifndef RADCURATOR_SANITIZED_BUILD
      QVERIFY2(peak.captured(1).toLongLong() < 100 * 1024, qPrintable(QStringLiteral("%1: peak %2 KB").arg(file, peak.captured(1))));
#endif
      if (file.startsWith(QLatin1String("giant"))) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("row number \"2000000000\"")), qPrintable(run.err));
      } else {
        QVERIFY2(run.err.contains(QStringLiteral("row 1048575")) || run.out.contains(QStringLiteral("row 1048575")), qPrintable(run.out + run.err));
      }
    }
  }

private:
  std::unique_ptr<QTemporaryDir> dir_;
  QString store_, ctSeries_;
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "test_hostile_cli.moc"
