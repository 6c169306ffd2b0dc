// DICOM networking against a real Orthanc started by the test: echo, find, get and move into
// the de-identifying import (a retry fetches only what is missing), C-STORE of a series with its
// SEG and SR confirmed through Orthanc's REST API, and the faults a node can show (refused
// association, nothing listening, no answer, unknown move destination).

#include "OrthancServer.h"
#include "PostgresServer.h"
#include "TestSupport.h"
#include "core/Labels.h"
#include "pacs/Dimse.h"
#include "pacs/NodeBook.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"

#include <QJsonArray>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QThread>

using namespace rc;
using namespace rc::test;

namespace {

const QString kCt = QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT");
const QString kStudy = QStringLiteral("1.3.6.1.4.1.14519.5.2.1.6279.6001.298806137288633453246975630178");
const QString kPassphrase = QStringLiteral("pacs-test-passphrase");

CliRun cli(const QStringList& args) { return runCli(args, kPassphrase); }

int storedInstances(const QString& store) {
  const CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--store"), store});
  int n = 0;
  for (const QString& line : listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) n += line.section(QLatin1Char('\t'), 5, 5).toInt();
  return n;
}

}  // namespace

class TestPacs : public QObject {
  Q_OBJECT
  OrthancServer orthanc_;
  quint16 scpPort_ = 0;
  QTemporaryDir dir_;

private slots:
  void initTestCase() {
    RC_REQUIRE_SAMPLE(kCt);
    scpPort_ = freeLoopbackPort();
    QString problem;
    OrthancServer::Options options;
    options.modalities = {{QStringLiteral("RCSCP"), scpPort_}};
    QVERIFY2(orthanc_.start(options, &problem), qPrintable(problem));
    QCOMPARE(orthanc_.upload(samplePath(kCt)), 133);
  }

  // The parts that need no node: node addresses, the saved nodes, received file names.
  void nodesAndNamesWithoutANode() {
    const auto node = pacs::parseNode(QStringLiteral("PACS_1@pacs.example.jp:104"));
    QVERIFY(node.ok());
    QCOMPARE(node->aeTitle, QStringLiteral("PACS_1"));
    QCOMPARE(node->host, QStringLiteral("pacs.example.jp"));
    QCOMPARE(node->port, quint16(104));
    QCOMPARE(pacs::parseNode(QStringLiteral("A@[::1]:11112"))->host, QStringLiteral("::1"));
    for (const char* bad : {"PACS@host", "@host:104", "TOO_LONG_AE_TITLE_X@host:104", "PACS@host:0", "PACS@host:70000", "PACS@ho st:104"})
      QVERIFY2(!pacs::parseNode(QString::fromLatin1(bad)).ok(), bad);

    pacs::NodeBook book;
    book.ourAeTitle = QStringLiteral("RC_WS1");
    book.ourPort = 11113;
    book.retrieveByMove = true;
    pacs::SavedNode pacsNode{QStringLiteral("院内 PACS"), node.value(), {}};
    pacsNode.tls = {true, QStringLiteral("/etc/rc/ca.pem"), QString(), QString()};
    QVERIFY(book.put(pacsNode).ok());
    QVERIFY(!book.put({QString(), node.value(), {}}).ok());                                          // no name
    QVERIFY(!book.put({QStringLiteral("x"), node.value(), {true, QString(), QString(), QString()}}).ok());  // TLS without a CA
    pacsNode.node.port = 2762;
    QVERIFY(book.put(pacsNode).ok());  // replaced, not added
    QCOMPARE(book.nodes.size(), size_t(1));
    const auto again = pacs::NodeBook::fromJson(book.toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->ourAeTitle, QStringLiteral("RC_WS1"));
    QCOMPARE(again->ourPort, quint16(11113));
    QVERIFY(again->retrieveByMove);
    QCOMPARE(again->find(QStringLiteral("院内 PACS"))->node.port, quint16(2762));
    QCOMPARE(again->connectionTo(*again->find(QStringLiteral("院内 PACS"))).tls.trustedCertificates, QStringLiteral("/etc/rc/ca.pem"));
    QVERIFY(!pacs::NodeBook::fromJson(R"({"ourPort": 0})").ok());
    QVERIFY(!pacs::NodeBook::fromJson(R"({"nodes": [{"name": "a", "node": "not a node"}]})").ok());
    QVERIFY(!pacs::NodeBook::fromJson("not json").ok());
    book.remove(QStringLiteral("院内 PACS"));
    QVERIFY(book.nodes.empty());

    QCOMPARE(pacs::receivedInstanceUid(QStringLiteral("/store/tmp/pacs-retrieve-x/000042_1.2.840.113619.2.55.3.dcm")),
             QStringLiteral("1.2.840.113619.2.55.3"));
    QCOMPARE(pacs::receivedInstanceUid(QStringLiteral("/somewhere/IMG00001")), QString());
  }

  void echoAndFind() {
    const CliRun echo = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), orthanc_.node()});
    QVERIFY2(echo.exitCode == 0, qPrintable(echo.err));
    QVERIFY(echo.out.contains(QLatin1String(": ok")));

    // Study level by patient ID: one line with the study UID and its 133 instances.
    const CliRun byId = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), orthanc_.node(),
                             QStringLiteral("--patient-id"), QStringLiteral("LIDC-IDRI-0001")});
    QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
    const QStringList lines = byId.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    const QStringList f = lines[0].split(QLatin1Char('\t'));
    QCOMPARE(f.value(0), QStringLiteral("LIDC-IDRI-0001"));
    QCOMPARE(f.value(5), kStudy);
    QCOMPARE(f.value(7), QStringLiteral("133"));
    // Series level by modality and an open-ended date range; a range that misses finds nothing.
    const CliRun series = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--level"),
                               QStringLiteral("series"), QStringLiteral("--modality"), QStringLiteral("CT"), QStringLiteral("--date"),
                               QStringLiteral("19990101-")});
    QVERIFY2(series.exitCode == 0, qPrintable(series.err));
    QCOMPARE(series.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    QCOMPARE(series.out.split(QLatin1Char('\t')).value(5), kStudy);
    const CliRun none = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--date"),
                             QStringLiteral("20100101-20101231")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out.trimmed(), QString());
    const CliRun byAccession = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), orthanc_.node(),
                                    QStringLiteral("--accession"), QStringLiteral("2819497684894126")});
    QCOMPARE(byAccession.out.trimmed().split(QLatin1Char('\n')).size(), 1);
  }

  void faultsAreNamed() {
    // A called AE title the node does not answer to: refused.
    const CliRun refused = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"),
                                QStringLiteral("WRONG@127.0.0.1:%1").arg(orthanc_.dicomPort())});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("refused the association")), qPrintable(refused.err));
    // Nothing listening.
    const CliRun closed = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"),
                               QStringLiteral("PACS@127.0.0.1:%1").arg(freeLoopbackPort())});
    QCOMPARE(closed.exitCode, 1);
    QVERIFY2(closed.err.contains(QLatin1String("Connection refused")), qPrintable(closed.err));
    // A peer that accepts the connection and never answers: the time-out, not a hang.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const CliRun mute = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--timeout"), QStringLiteral("2"),
                             QStringLiteral("--node"), QStringLiteral("PACS@127.0.0.1:%1").arg(silent.serverPort())});
    QCOMPARE(mute.exitCode, 1);
    QVERIFY2(mute.err.contains(QLatin1String("PACS@127.0.0.1")), qPrintable(mute.err));
    // A malformed node and a move destination the node does not know.
    const CliRun malformed = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("no-port@host")});
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains(QLatin1String("AE_TITLE@HOST:PORT")), qPrintable(malformed.err));
    const QString store = dir_.filePath(QStringLiteral("unknown-destination"));
    const CliRun unknown = cli({QStringLiteral("pacs"), QStringLiteral("move"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--study"),
                                kStudy, QStringLiteral("--aet"), QStringLiteral("STRANGER"), QStringLiteral("--port"),
                                QString::number(freeLoopbackPort()), QStringLiteral("--store"), store});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(storedInstances(store), 0);
  }

  // A department: one PostgreSQL holding both the Orthanc's index (orthanc-postgresql) and the
  // team store's database; the study is retrieved from that Orthanc into the team store.
  void aDepartmentOnOnePostgresServer() {
    PostgresServer postgres;
    QString problem;
    QVERIFY2(postgres.start(&problem), qPrintable(problem));
    QVERIFY2(postgres.createDatabase(QStringLiteral("orthanc"), &problem), qPrintable(problem));
    OrthancServer departmentPacs;
    OrthancServer::Options options;
    options.postgresIndexPort = postgres.port();
    QVERIFY2(departmentPacs.start(options, &problem), qPrintable(problem));
    QCOMPARE(departmentPacs.upload(samplePath(kCt)), 133);
    // The PACS's index is in PostgreSQL (Orthanc's resources table: patient, study, series, 133 instances).
    QCOMPARE(postgres.psql(QStringLiteral("SELECT count(*) FROM resources"), QStringLiteral("orthanc")).toInt(), 136);

    const QString store = dir_.filePath(QStringLiteral("team"));
    const CliRun got = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), departmentPacs.node(), QStringLiteral("--study"),
                            kStudy, QStringLiteral("--store"), store, QStringLiteral("--database"),
                            postgres.url() + QStringLiteral("?schema=chest_ct")});
    QVERIFY2(got.exitCode == 0, qPrintable(got.err + got.out));
    QVERIFY2(got.out.contains(QLatin1String("133 instances received, 0 already stored, 0 failed")), qPrintable(got.out));
    QCOMPARE(postgres.psql(QStringLiteral("SELECT count(*) FROM chest_ct.instances")).toInt(), 133);
    QCOMPARE(postgres.psql(QStringLiteral("SELECT code FROM chest_ct.patients")), QStringLiteral("RC-000001"));
    QCOMPARE(storedInstances(store), 133);  // the folder alone names the database now
  }

  void getFilesDeidentifiedAndRetriesOnlyWhatIsMissing() {
    const QString store = dir_.filePath(QStringLiteral("get"));
    // A third of the study is missing on the node at first.
    const QJsonArray instances = orthanc_.json(QStringLiteral("/instances")).array();
    QCOMPARE(instances.size(), 133);
    for (int i = 0; i < 33; ++i) orthanc_.rest(QStringLiteral("DELETE"), QStringLiteral("/instances/") + instances[i].toString());
    const CliRun first = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--study"),
                              kStudy, QStringLiteral("--store"), store});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    QVERIFY2(first.out.contains(QLatin1String("100 instances received, 0 already stored, 0 failed")), qPrintable(first.out));
    QCOMPARE(storedInstances(store), 100);
    QCOMPARE(orthanc_.upload(samplePath(kCt)), 133);
    // The retry asks for the 33 it lacks, not the 100 it has.
    const CliRun retry = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--study"),
                              kStudy, QStringLiteral("--store"), store});
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
    QVERIFY2(retry.out.contains(QLatin1String("33 instances received, 100 already stored, 0 failed")), qPrintable(retry.out));
    QCOMPARE(storedInstances(store), 133);
    // Filed under the research code, with keyed UIDs; nothing identified stays behind.
    const CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--store"), store});
    QVERIFY(listed.out.startsWith(QLatin1String("RC-")));
    QVERIFY(!listed.out.contains(kStudy.left(30)));
    const CliRun scan = cli({QStringLiteral("phi-scan"), QDir(store).filePath(QStringLiteral("files")), QStringLiteral("--store"), store});
    QVERIFY2(scan.exitCode == 0, qPrintable(scan.out + scan.err));
    QVERIFY2(QDir(QDir(store).filePath(QStringLiteral("tmp"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).filter(QStringLiteral("pacs")).isEmpty(),
             "a retrieve left files in the scratch folder");
  }

  // The node goes down in the middle of a retrieve: what arrived whole is filed, the failure is
  // reported, nothing half-written stays; once it is back, the retry fetches only the rest.
  void aNodeLostMidRetrieve() {
    const QString store = dir_.filePath(QStringLiteral("dropped"));
    QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--store"), store}).exitCode, 0);  // made, empty
    QProcess retrieve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RADCURATOR_PASSPHRASE"), kPassphrase);
    retrieve.setProcessEnvironment(env);
    retrieve.start(QStringLiteral(RADCURATOR_CLI), {QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("5"),
                                                    QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--study"), kStudy,
                                                    QStringLiteral("--store"), store});
    // Down as soon as some of the series has arrived in the scratch folder.
    QElapsedTimer waited;
    waited.start();
    int arrived = 0;
    while (arrived < 15 && waited.elapsed() < 60000 && retrieve.state() != QProcess::NotRunning) {
      arrived = 0;
      for (QDirIterator it(QDir(store).filePath(QStringLiteral("tmp")), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        arrived += it.next().endsWith(QLatin1String(".dcm"));
      QThread::msleep(5);
    }
    QVERIFY2(arrived >= 15, "the retrieve ended before the node could be stopped");
    orthanc_.kill();
    QVERIFY(retrieve.waitForFinished(120000));
    const QString out = QString::fromUtf8(retrieve.readAllStandardOutput()), err = QString::fromUtf8(retrieve.readAllStandardError());
    QCOMPARE(retrieve.exitCode(), 1);
    QVERIFY2(out.contains(QLatin1String("0 of 1 series complete")), qPrintable(out + err));
    const int filed = storedInstances(store);
    QVERIFY2(filed >= 1 && filed < 133, qPrintable(QString::number(filed) + out + err));
    // No scratch file left, no file in the store that its database does not list.
    QVERIFY(QDir(QDir(store).filePath(QStringLiteral("tmp"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).filter(QStringLiteral("pacs")).isEmpty());
    const CliRun check = cli({QStringLiteral("check"), QStringLiteral("--store"), store});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

    QString problem;
    QVERIFY2(orthanc_.restart(&problem), qPrintable(problem));
    const CliRun retry = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--study"), kStudy,
                              QStringLiteral("--store"), store});
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.err + retry.out));
    QVERIFY2(retry.out.contains(QStringLiteral("%1 instances received, %2 already stored").arg(133 - filed).arg(filed)), qPrintable(retry.out));
    QCOMPARE(storedInstances(store), 133);
  }

  void moveThroughOurStorageScp() {
    const QString store = dir_.filePath(QStringLiteral("move"));
    const QStringList move{QStringLiteral("pacs"), QStringLiteral("move"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--study"),
                           kStudy, QStringLiteral("--aet"), QStringLiteral("RCSCP"), QStringLiteral("--port"), QString::number(scpPort_),
                           QStringLiteral("--store"), store};
    const CliRun moved = cli(move);
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err + moved.out));
    QVERIFY2(moved.out.contains(QLatin1String("1 of 1 series complete, 133 instances received")), qPrintable(moved.out));
    QCOMPARE(storedInstances(store), 133);
    const CliRun again = cli(move);
    QVERIFY2(again.out.contains(QLatin1String("0 instances received, 133 already stored")), qPrintable(again.out));
  }

  void tlsWithTheNodesCertificate() {
    OrthancServer secured;
    QString problem;
    OrthancServer::Options options;
    options.tls = true;
    QVERIFY2(secured.start(options, &problem), qPrintable(problem));
    const CliRun echo = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), secured.node(), QStringLiteral("--tls-ca"),
                             secured.certificate()});
    QVERIFY2(echo.exitCode == 0, qPrintable(echo.err));
    // A certificate that does not chain to the one trusted: refused before any DICOM is spoken.
    QTemporaryDir other;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"), QStringLiteral("-keyout"), other.filePath(QStringLiteral("k.pem")),
                                              QStringLiteral("-out"), other.filePath(QStringLiteral("c.pem")), QStringLiteral("-subj"),
                                              QStringLiteral("/CN=someone-else")});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    const CliRun wrongCa = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), secured.node(), QStringLiteral("--tls-ca"),
                                other.filePath(QStringLiteral("c.pem"))});
    QCOMPARE(wrongCa.exitCode, 1);
    QVERIFY2(wrongCa.err.contains(QLatin1String("certificate verify failed")), qPrintable(wrongCa.err));
    // Plain DICOM to a TLS port gets nowhere either.
    const CliRun plain = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--node"),
                              secured.node()});
    QCOMPARE(plain.exitCode, 1);
    // C-STORE and C-GET over TLS: a few of the sample's slices there and back into a store.
    QTemporaryDir few;
    const QStringList slices = QDir(samplePath(kCt)).entryList(QDir::Files, QDir::Name).mid(0, 5);
    for (const QString& f : slices) QVERIFY(QFile::copy(QDir(samplePath(kCt)).filePath(f), few.filePath(f)));
    QCOMPARE(secured.upload(few.path()), 5);
    const QString store = dir_.filePath(QStringLiteral("tls"));
    const CliRun got = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), secured.node(), QStringLiteral("--tls-ca"),
                            secured.certificate(), QStringLiteral("--study"), kStudy, QStringLiteral("--store"), store});
    QVERIFY2(got.exitCode == 0, qPrintable(got.err + got.out));
    QCOMPARE(storedInstances(store), 5);
    const QString series = cli({QStringLiteral("list"), QStringLiteral("--store"), store}).out.section(QLatin1Char('\t'), 3, 3);
    const CliRun sent = cli({QStringLiteral("pacs"), QStringLiteral("send"), QStringLiteral("--node"), secured.node(), QStringLiteral("--tls-ca"),
                             secured.certificate(), QStringLiteral("--series"), series, QStringLiteral("--store"), store});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err + sent.out));
    QVERIFY2(sent.out.contains(QLatin1String("sent 5 of 5 files")), qPrintable(sent.out));
    QCOMPARE(secured.json(QStringLiteral("/instances")).array().size(), 10);
  }

  void sendTheSeriesWithItsLabels() {
    const QString store = dir_.filePath(QStringLiteral("get"));  // filled by the get test
    const CliRun listed = cli({QStringLiteral("list"), QStringLiteral("--store"), store});
    const QString series = listed.out.section(QLatin1Char('\t'), 3, 3);
    QVERIFY(series.startsWith(QLatin1String("2.25.")));
    // A reader's segment on the stored series, through the store's API.
    {
      auto opened = CaseStore::open(store);
      QVERIFY(opened.ok());
      CaseDatabase db(opened.value());
      LabelSet labels;
      labels.seriesInstanceUid = series;
      labels.observerName = QStringLiteral("Reader^One");
      Segment s;
      s.number = 1;
      s.label = QStringLiteral("Nodule 1");
      s.category = {QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
      s.type = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
      s.trackingUid = QStringLiteral("2.25.9100");
      labels.segments.push_back(s);
      labels.voxels = LabelMap({512, 512, 133});
      for (int k = 60; k < 64; ++k)
        for (int j = 200; j < 210; ++j)
          for (int i = 300; i < 310; ++i) labels.voxels.set(1, i, j, k, true);
      QVERIFY(LabelStore(db).replace(labels).ok());
    }
    const QJsonArray before = orthanc_.json(QStringLiteral("/series")).array();
    const CliRun sent = cli({QStringLiteral("pacs"), QStringLiteral("send"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--series"),
                             series, QStringLiteral("--with-labels"), QStringLiteral("--store"), store});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err + sent.out));
    QVERIFY2(sent.out.contains(QLatin1String("sent 135 of 135 files")), qPrintable(sent.out));  // 133 images, SEG, SR
    // Orthanc has the de-identified CT, a SEG and an SR that refer to it.
    QMap<QString, QString> seriesOfModality;
    for (const QJsonValue& id : orthanc_.json(QStringLiteral("/series")).array()) {
      if (before.contains(id)) continue;
      const QJsonObject tags = orthanc_.json(QStringLiteral("/series/%1").arg(id.toString())).object().value(QStringLiteral("MainDicomTags")).toObject();
      seriesOfModality.insert(tags.value(QStringLiteral("Modality")).toString(), id.toString());
    }
    QCOMPARE(seriesOfModality.keys(), (QStringList{QStringLiteral("CT"), QStringLiteral("SEG"), QStringLiteral("SR")}));
    const QJsonObject ct = orthanc_.json(QStringLiteral("/series/%1").arg(seriesOfModality[QStringLiteral("CT")])).object();
    QCOMPARE(ct.value(QStringLiteral("Instances")).toArray().size(), 133);
    const QString ctUid = ct.value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("SeriesInstanceUID")).toString();
    const QString patient = orthanc_.json(QStringLiteral("/series/%1/patient").arg(seriesOfModality[QStringLiteral("CT")]))
                                .object().value(QStringLiteral("MainDicomTags")).toObject().value(QStringLiteral("PatientID")).toString();
    QVERIFY2(patient.startsWith(QLatin1String("RC-")), qPrintable(patient));
    const QString segInstance = orthanc_.json(QStringLiteral("/series/%1").arg(seriesOfModality[QStringLiteral("SEG")]))
                                    .object().value(QStringLiteral("Instances")).toArray().at(0).toString();
    const QJsonObject segTags = orthanc_.json(QStringLiteral("/instances/%1/simplified-tags").arg(segInstance)).object();
    const QJsonArray referenced = segTags.value(QStringLiteral("ReferencedSeriesSequence")).toArray();
    QCOMPARE(referenced.size(), 1);
    QCOMPARE(referenced[0].toObject().value(QStringLiteral("SeriesInstanceUID")).toString(), ctUid);
    QCOMPARE(segTags.value(QStringLiteral("NumberOfFrames")).toString(), QStringLiteral("4"));
    // Sent again: the node has it all (the SEG and SR are the same objects while the labels are
    // unchanged), so nothing goes twice.
    const CliRun again = cli({QStringLiteral("pacs"), QStringLiteral("send"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--series"),
                              series, QStringLiteral("--with-labels"), QStringLiteral("--store"), store});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
    QVERIFY2(again.out.contains(QLatin1String("sent 0 of 135 files")) && again.out.contains(QLatin1String("135 already there")), qPrintable(again.out));
    // The ledger names the node, so an opt-out can say who received the patient.
    const CliRun ledger = cli({QStringLiteral("exports"), QStringLiteral("--store"), store});
    QVERIFY2(ledger.out.contains(QStringLiteral("DICOM node %1").arg(orthanc_.node())), qPrintable(ledger.out));
  }

  // Upload to a research database by STOW-RS over HTTPS with basic authentication: the
  // de-identified CT with its SEG and SR, resumed without sending twice, recorded in the ledger;
  // a package made earlier goes only when intact.
  void uploadByStowRs() {
    OrthancServer database;
    OrthancServer::Options options;
    options.dicomWeb = true;
    options.https = true;
    options.user = QStringLiteral("alice");
    options.password = QStringLiteral("s3cret-pass-1");
    QString problem;
    QVERIFY2(database.start(options, &problem), qPrintable(problem));
    QTemporaryDir secrets;
    const QString passwordFile = secrets.filePath(QStringLiteral("password"));
    const QString wrongFile = secrets.filePath(QStringLiteral("wrong"));
    {
      QFile f(passwordFile), w(wrongFile);
      QVERIFY(f.open(QIODevice::WriteOnly) && w.open(QIODevice::WriteOnly));
      f.write("s3cret-pass-1\n");
      w.write("not-the-password\n");
    }
    const QString store = dir_.filePath(QStringLiteral("get"));  // the CT with a reader's segment (send test)
    const QString url = database.httpRoot() + QStringLiteral("/dicom-web");
    const auto ledgerRows = [&] { return cli({QStringLiteral("exports"), QStringLiteral("--store"), store}).out.count(QLatin1Char('\n')); };
    const int rowsBefore = ledgerRows();

    // Refused credentials and an untrusted certificate: nothing exported, nothing recorded.
    const CliRun refused = cli({QStringLiteral("upload"), QStringLiteral("--url"), url, QStringLiteral("--user"), QStringLiteral("alice"),
                                QStringLiteral("--password-file"), wrongFile, QStringLiteral("--ca"), database.certificate(), QStringLiteral("--cases"),
                                QStringLiteral("all"), QStringLiteral("--store"), store});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("refused the credentials (HTTP 401)")), qPrintable(refused.err));
    const CliRun untrusted = cli({QStringLiteral("upload"), QStringLiteral("--url"), url, QStringLiteral("--user"), QStringLiteral("alice"),
                                  QStringLiteral("--password-file"), passwordFile, QStringLiteral("--cases"), QStringLiteral("all"),
                                  QStringLiteral("--store"), store});
    QVERIFY2(untrusted.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(untrusted.exitCode).arg(untrusted.err)));
    QVERIFY2(untrusted.err.contains(QLatin1String("certificate")), qPrintable(untrusted.err));
    QCOMPARE(ledgerRows(), rowsBefore);

    const QStringList upload{QStringLiteral("upload"), QStringLiteral("--url"), url, QStringLiteral("--user"), QStringLiteral("alice"),
                             QStringLiteral("--password-file"), passwordFile, QStringLiteral("--ca"), database.certificate(),
                             QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--store"), store};
    const CliRun first = cli(upload);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    QVERIFY2(first.out.contains(QLatin1String("uploaded 135 of 135 files, 0 already on the server, 0 failed")), qPrintable(first.out));
    QCOMPARE(ledgerRows(), rowsBefore + 1);
    QVERIFY(cli({QStringLiteral("exports"), QStringLiteral("--store"), store}).out.contains(url));
    // The SEG on the server refers to the CT that went with it.
    QString ctUid, segReference;
    for (const QJsonValue& id : database.json(QStringLiteral("/series")).array()) {
      const QJsonObject series = database.json(QStringLiteral("/series/%1").arg(id.toString())).object();
      const QJsonObject tags = series.value(QStringLiteral("MainDicomTags")).toObject();
      if (tags.value(QStringLiteral("Modality")) == QLatin1String("CT")) ctUid = tags.value(QStringLiteral("SeriesInstanceUID")).toString();
      if (tags.value(QStringLiteral("Modality")) == QLatin1String("SEG")) {
        const QString instance = series.value(QStringLiteral("Instances")).toArray().at(0).toString();
        segReference = database.json(QStringLiteral("/instances/%1/simplified-tags").arg(instance)).object()
                           .value(QStringLiteral("ReferencedSeriesSequence")).toArray().at(0).toObject().value(QStringLiteral("SeriesInstanceUID")).toString();
      }
    }
    QVERIFY(ctUid.startsWith(QLatin1String("2.25.")));
    QCOMPARE(segReference, ctUid);
    // Resumed: what the server has is not sent again.
    const CliRun again = cli(upload);
    QVERIFY2(again.out.contains(QLatin1String("uploaded 0 of 135 files, 135 already on the server")), qPrintable(again.out));

    // A package made earlier: intact, it goes (all there already); altered, it does not.
    const QString package = dir_.filePath(QStringLiteral("package"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"), QStringLiteral("J-MID"),
                  QStringLiteral("--out"), package, QStringLiteral("--allow-incomplete"), QStringLiteral("--store"), store}).exitCode, 0);
    QStringList packageUpload = upload;
    packageUpload.replace(packageUpload.indexOf(QStringLiteral("--cases")) + 1, package);
    packageUpload.replace(packageUpload.indexOf(QStringLiteral("--cases")), QStringLiteral("--package"));
    const CliRun intact = cli(packageUpload);
    QVERIFY2(intact.exitCode == 0 && intact.out.contains(QLatin1String("135 already on the server")), qPrintable(intact.err + intact.out));
    QFile readme(QDir(package).filePath(QStringLiteral("README.txt")));
    QVERIFY(readme.open(QIODevice::Append));
    readme.write("altered\n");
    readme.close();
    const CliRun altered = cli(packageUpload);
    QCOMPARE(altered.exitCode, 1);
    QVERIFY2(altered.err.contains(QLatin1String("not intact")), qPrintable(altered.err));
  }

  // Names in the node's character set come back readable, and match by wildcard (run last:
  // it adds studies to the node).
  void findByJapaneseName() {
    const QString sample = QStringLiteral("codecs-multiframe-malformed/charsets/chrH31.dcm");
    RC_REQUIRE_SAMPLE(sample);
    QTemporaryDir one;
    QVERIFY(QFile::copy(samplePath(sample), one.filePath(QStringLiteral("h31.dcm"))));
    QCOMPARE(orthanc_.upload(one.path()), 1);
    const CliRun byKanji = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--name"),
                                QStringLiteral("*山田*")});
    QVERIFY2(byKanji.exitCode == 0, qPrintable(byKanji.err));
    const QStringList lines = byKanji.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].section(QLatin1Char('\t'), 1, 1), QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
    const CliRun byRomaji = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), orthanc_.node(), QStringLiteral("--level"),
                                 QStringLiteral("series"), QStringLiteral("--name"), QStringLiteral("Yamada*")});
    QCOMPARE(byRomaji.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    QVERIFY2(byRomaji.out.contains(QStringLiteral("やまだ^たろう")), qPrintable(byRomaji.out + byRomaji.err));
  }
};

QTEST_GUILESS_MAIN(TestPacs)
#include "test_pacs.moc"
