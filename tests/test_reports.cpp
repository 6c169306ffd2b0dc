// Diagnostic reports (issue 24): the report text de-identification on a corpus of synthetic
// Japanese and English reports (tests/tools/report_corpus.py), dates in every form, and the
// whole path through the command line: RIS files in three encodings, matching, review,
// export (reports.csv and Basic Text SR, judged by dciodvfy and pydicom), opt-out, report SRs
// that come with the images, PDF reports refused.

#include "PostgresServer.h"
#include "TestSupport.h"
#include "Validators.h"
#include "phantom/ChestPhantom.h"
#include "reports/ReportReview.h"
#include "reports/TextScrubber.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace rc;

namespace {

const QString kPassphrase = QStringLiteral("report-test-passphrase");

test::CliRun cli(const QStringList& args) { return test::runCli(args, kPassphrase); }

std::shared_ptr<const TextScrubber> scrubber(ReportDates dates) {
  ScrubSettings settings;
  settings.dates = dates;
  auto made = TextScrubber::create(settings);
  if (!made) qFatal("%s", qPrintable(made.error()));
  return made.value();
}

QString readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

class TestReports : public QObject {
  Q_OBJECT

private slots:
  // 240 reports: every planted identifier of the table's patients goes, at least 98% of the
  // others, and no clinical word of the list.
  void theCorpusLosesItsIdentifiersAndKeepsItsClinicalWords() {
    RC_REQUIRE_PYDICOM();
    QString error;
    const QJsonObject corpus = test::runPythonOracle(QStringLiteral("report_corpus.py"), {QStringLiteral("corpus"), QStringLiteral("240")}, &error).object();
    const QJsonArray reports = corpus[QStringLiteral("reports")].toArray();
    QVERIFY2(reports.size() == 240, qPrintable(error));
    std::vector<ScrubPatient> patients;
    for (const QJsonValue& v : corpus[QStringLiteral("patients")].toArray()) {
      const QJsonObject p = v.toObject();
      patients.push_back({p[QStringLiteral("name")].toString(), {}, p[QStringLiteral("id")].toString(), p[QStringLiteral("birth")].toString(),
                          p[QStringLiteral("offset")].toInt()});
    }
    const auto scrub = scrubber(ReportDates::Keep);
    int ownPlanted = 0, ownRemoved = 0, otherPlanted = 0, otherRemoved = 0, clinicalUsed = 0, clinicalLost = 0;
    QStringList leaks, misses, lost;
    for (const QJsonValue& v : reports) {
      const QJsonObject report = v.toObject();
      const QString text = report[QStringLiteral("text")].toString();
      ScrubContext context;
      const int own = report[QStringLiteral("patient")].toInt();
      context.patients.push_back(patients[size_t(own)]);
      for (size_t i = 0; i < patients.size(); ++i)
        if (int(i) != own) context.patients.push_back(patients[i]);
      const QString cleaned = scrub->scrub(text, context).text;
      for (const QJsonValue& p : report[QStringLiteral("planted")].toArray()) {
        const QString planted = p.toObject()[QStringLiteral("text")].toString();
        const bool mine = p.toObject()[QStringLiteral("whose")].toString() == QLatin1String("patient");
        const bool gone = !cleaned.contains(planted);
        (mine ? ownPlanted : otherPlanted) += 1;
        (mine ? ownRemoved : otherRemoved) += gone;
        if (!gone) (mine ? leaks : misses) << QStringLiteral("%1 (%2) in: %3").arg(planted, p.toObject()[QStringLiteral("kind")].toString(), cleaned);
      }
      for (const QJsonValue& w : report[QStringLiteral("clinical")].toArray()) {
        ++clinicalUsed;
        if (!cleaned.contains(w.toString())) {
          ++clinicalLost;
          lost << QStringLiteral("%1 in: %2").arg(w.toString(), cleaned);
        }
      }
    }
    qInfo("the table's patients' identifiers: %d planted, %d removed", ownPlanted, ownRemoved);
    qInfo("other identifiers: %d planted, %d removed (%.1f%%)", otherPlanted, otherRemoved, 100.0 * otherRemoved / std::max(1, otherPlanted));
    qInfo("clinical words: %d used, %d lost", clinicalUsed, clinicalLost);
    for (const QString& m : misses) qInfo("missed: %s", qPrintable(m));
    QVERIFY(ownPlanted > 400 && otherPlanted > 400);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY2(otherRemoved >= 0.98 * otherPlanted, qPrintable(misses.join(QLatin1Char('\n'))));
    QVERIFY2(clinicalLost == 0, qPrintable(lost.join(QLatin1Char('\n'))));
  }

  // Dates in every form: kept, removed or shifted by the patient's offset, one form for one day;
  // a birth date goes whatever the profile does with dates.
  void datesAreKeptShiftedOrRemovedInEveryForm() {
    ScrubContext context;
    context.patients.push_back({QStringLiteral("YAMADA^TARO=山田^太郎"), {}, QStringLiteral("DEMO-0001"), QStringLiteral("19580314"), -10});
    context.reportDate = QDate(2023, 3, 10);
    const QStringList sameDay = {QStringLiteral("令和5年3月2日"), QStringLiteral("2023年3月2日"), QStringLiteral("二〇二三年三月二日"),
                                 QStringLiteral("令和五年三月二日"), QStringLiteral("２０２３年３月２日")};
    const auto shift = scrubber(ReportDates::Shift);
    for (const QString& form : sameDay) {
      const ScrubbedText out = shift->scrub(QStringLiteral("前回%1のCTと比較。").arg(form), context);
      QCOMPARE(out.text, QStringLiteral("前回2023年2月20日のCTと比較。"));
      QCOMPARE(out.replacements.size(), size_t(1));
      QCOMPARE(out.replacements.front().kind, ReplacementKind::Date);
    }
    for (const QString& form : {QStringLiteral("R5.3.2"), QStringLiteral("2023/3/2"), QStringLiteral("2023-03-02"), QStringLiteral("20230302")})
      QCOMPARE(shift->scrub(QStringLiteral("検査 %1 。").arg(form), context).text, QStringLiteral("検査 2023/02/20 。"));
    QCOMPARE(shift->scrub(QStringLiteral("CT on March 2, 2023."), context).text, QStringLiteral("CT on 2023/02/20."));
    QCOMPARE(shift->scrub(QStringLiteral("H31.4.30と令和元年5月1日"), context).text, QStringLiteral("2019/04/20と2019年4月21日"));
    QCOMPARE(shift->scrub(QStringLiteral("3月2日に再検。"), context).text, QStringLiteral("2月20日に再検。"));  // the report's year
    QCOMPARE(shift->scrub(QStringLiteral("令和元年に手術。"), context).text, QStringLiteral("2019年に手術。"));  // a year moves with its middle
    const auto remove = scrubber(ReportDates::Remove);
    QCOMPARE(remove->scrub(QStringLiteral("前回令和5年3月2日、H31.4.30。"), context).text, QStringLiteral("前回[日付]、[日付]。"));
    const auto keep = scrubber(ReportDates::Keep);
    QCOMPARE(keep->scrub(QStringLiteral("前回令和5年3月2日。"), context).text, QStringLiteral("前回令和5年3月2日。"));
    for (const QString& birth : {QStringLiteral("昭和33年3月14日"), QStringLiteral("S33.3.14"), QStringLiteral("1958/3/14"), QStringLiteral("19580314")})
      QCOMPARE(keep->scrub(QStringLiteral("生年月日 %1。").arg(birth), context).text, QStringLiteral("生年月日 [日付]。"));
    // Ages over 89 become a band; younger ones stay.
    QCOMPARE(keep->scrub(QStringLiteral("93歳男性、78歳の妻。"), context).text, QStringLiteral("90歳以上男性、78歳の妻。"));
    // The replaced text is where the replacements say.
    const ScrubbedText out = keep->scrub(QStringLiteral("山田太郎様（DEMO-0001）、主治医 鷲尾先生。"), context);
    QCOMPARE(out.text, QStringLiteral("[氏名]様（[ID]）、主治医 [氏名]先生。"));
    for (const Replacement& r : out.replacements) QCOMPARE(out.text.mid(r.start, r.length), placeholderOf(r.kind));
  }

  // RIS files in three encodings (CSV and HL7), matched by accession number or patient ID and
  // date; unmatched reports listed; only confirmed reports leave; an opt-out takes them; a
  // report SR that comes with the images becomes a draft with its text cleaned; PDF refused.
  void reportsTravelOnlyConfirmedAndGoWithAnOptOut() {
    RC_REQUIRE_PYDICOM();
    RC_REQUIRE_DCIODVFY();
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in")), store = dir.filePath(QStringLiteral("store"));
    const auto phantom = writeChestPhantom(in);
    QVERIFY(phantom.ok());
    QCOMPARE(cli({QStringLiteral("import"), in, QStringLiteral("--store"), store}).exitCode, 0);

    int stored = 0;
    for (const QString& kind : {QStringLiteral("csv"), QStringLiteral("hl7")})
      for (const QString& encoding : {QStringLiteral("utf-8"), QStringLiteral("shift_jis"), QStringLiteral("iso-2022-jp")}) {
        const QString file = dir.filePath(QStringLiteral("ris-%1.%2").arg(encoding, kind));
        QString error;
        test::runPythonOracle(QStringLiteral("report_corpus.py"), {kind, file, encoding}, &error);
        QVERIFY2(QFileInfo::exists(file), qPrintable(error));
        const auto run = cli({QStringLiteral("reports"), QStringLiteral("import"), file, QStringLiteral("--store"), store});
        QCOMPARE(run.exitCode, 1);  // the third report matches no study
        QVERIFY2(run.out.contains(QStringLiteral("unmatched\tris-%1.%2 %3 3\t").arg(encoding, kind, kind == QLatin1String("csv") ? QStringLiteral("row") : QStringLiteral("message"))),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("DEMO-9999")));  // the original ID is not repeated
        // The same two reports whatever the file and encoding: decoded to the same text.
        stored += run.out.contains(QStringLiteral("stored: 2, already stored: 0")) ? 2 : 0;
        QVERIFY2(run.out.contains(QStringLiteral("reports read: 3")) &&
                     (run.out.contains(QStringLiteral("stored: 2, already stored: 0")) || run.out.contains(QStringLiteral("stored: 0, already stored: 2"))),
                 qPrintable(run.out + run.err));
      }
    {  // and as an Excel workbook: the same two reports, already stored
      const QString file = dir.filePath(QStringLiteral("ris.xlsx"));
      test::runPythonOracle(QStringLiteral("report_corpus.py"), {QStringLiteral("xlsx"), file, QStringLiteral("-")});
      const auto run = cli({QStringLiteral("reports"), QStringLiteral("import"), file, QStringLiteral("--store"), store});
      QVERIFY2(run.out.contains(QStringLiteral("unmatched\tris.xlsx row 3\t")) && run.out.contains(QStringLiteral("stored: 0, already stored: 2")),
               qPrintable(run.out + run.err));
    }
    QCOMPARE(stored, 2);
    const auto listed = cli({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--store"), store});
    QCOMPARE(listed.out.count(QStringLiteral("\tdraft\t")), 2);
    QVERIFY2(listed.out.contains(QStringLiteral("読影医A")) && listed.out.contains(QStringLiteral("読影医B")), qPrintable(listed.out));
    const auto shown = cli({QStringLiteral("reports"), QStringLiteral("show"), QStringLiteral("RC-000001"), QStringLiteral("--store"), store});
    for (const QString& gone : {QStringLiteral("山田"), QStringLiteral("鷲尾"), QStringLiteral("4321"), QStringLiteral("03-1234-5678"), QStringLiteral("田村")})
      QVERIFY2(!shown.out.contains(gone), qPrintable(gone + QStringLiteral(" in ") + shown.out));
    QVERIFY(shown.out.contains(QStringLiteral("右肺上葉に2.3cm大の結節影")));
    QVERIFY(shown.out.contains(QStringLiteral("replaced\tfindings\tname\t[氏名]")));

    // Two review windows on one report: the second's stale edit is refused and said.
    {
      const CaseStore opened = CaseStore::open(store).value();
      auto first = ReportReview::load(opened, QString()).value();
      auto second = ReportReview::load(opened, QString()).value();
      QVERIFY(first.edit(0, first.reports()[0].findings + QStringLiteral(" 追記。"), first.reports()[0].impression, QStringLiteral("rita")).ok());
      const Status stale = second.edit(0, QStringLiteral("上書き"), QString(), QStringLiteral("bob"));
      QVERIFY(!stale.ok() && stale.error().contains(QStringLiteral("changed by someone else")));
      QVERIFY(!ReportReview::load(opened, QString()).value().reports()[0].findings.contains(QStringLiteral("上書き")));
    }

    // A report SR with the images: its text cleaned in the stored SR, and a draft report.
    const QString more = dir.filePath(QStringLiteral("more"));
    QDir().mkpath(more);
    QString error;
    test::runPythonOracle(QStringLiteral("report_corpus.py"), {QStringLiteral("sr"), QDir(more).filePath(QStringLiteral("report.dcm")),
                                                               QStringLiteral("--like"), phantom->ctFiles.front()}, &error);
    test::runPythonOracle(QStringLiteral("report_corpus.py"), {QStringLiteral("pdf"), QDir(more).filePath(QStringLiteral("report-pdf.dcm")),
                                                               QStringLiteral("--like"), phantom->ctFiles.front()}, &error);
    const auto withImages = cli({QStringLiteral("import"), more, QStringLiteral("--store"), store});
    QCOMPARE(withImages.exitCode, 1);
    QVERIFY2(withImages.err.contains(QStringLiteral("report-pdf.dcm: refused: an encapsulated PDF report")), qPrintable(withImages.err));
    QVERIFY2(withImages.err.contains(QStringLiteral("1 report(s) came as SR with the images")), qPrintable(withImages.err));
    const auto pdf = cli({QStringLiteral("reports"), QStringLiteral("import"), QDir(more).filePath(QStringLiteral("report-pdf.dcm")), QStringLiteral("--store"), store});
    QVERIFY2(pdf.exitCode == 1 && pdf.err.contains(QStringLiteral("refused: a PDF report")), qPrintable(pdf.err));
    const auto three = cli({QStringLiteral("reports"), QStringLiteral("show"), QStringLiteral("RC-000001"), QStringLiteral("--store"), store});
    QVERIFY2(three.out.contains(QStringLiteral("[氏名]様の胸部CT")) && !three.out.contains(QStringLiteral("中島")) &&
                 !three.out.contains(QStringLiteral("3815-5411")),
             qPrintable(three.out));

    // Export: drafts stay home; a confirmed report travels, as CSV and as a Basic Text SR.
    const QString first = dir.filePath(QStringLiteral("first"));
    const auto before = cli({QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"), QStringLiteral("J-MID"),
                             QStringLiteral("--out"), first, QStringLiteral("--allow-incomplete"), QStringLiteral("--store"), store});
    QVERIFY2(before.exitCode == 0 && before.out.contains(QStringLiteral("reports\t0 confirmed written")), qPrintable(before.out + before.err));
    QVERIFY(!QFileInfo::exists(QDir(first).filePath(QStringLiteral("reports.csv"))));
    const QString id = listed.out.section(QLatin1Char('\t'), 0, 0).trimmed();
    const auto confirmed = cli({QStringLiteral("reports"), QStringLiteral("confirm"), id, QStringLiteral("--store"), store});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.out + confirmed.err));
    const QString second = dir.filePath(QStringLiteral("second"));
    const auto after = cli({QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"), QStringLiteral("J-MID"),
                            QStringLiteral("--out"), second, QStringLiteral("--allow-incomplete"), QStringLiteral("--store"), store});
    QVERIFY2(after.exitCode == 0 && after.out.contains(QStringLiteral("reports\t1 confirmed written")), qPrintable(after.out + after.err));
    const QString csv = readAll(QDir(second).filePath(QStringLiteral("reports.csv")));
    QCOMPARE(csv.count(QStringLiteral("RC-000001")), 1);
    QVERIFY(!csv.contains(QStringLiteral("山田")) && !csv.contains(QStringLiteral("鷲尾")));
    QString sr;
    for (QDirIterator it(QDir(second).filePath(QStringLiteral("DICOM")), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
      const QString file = it.next();
      QFile f(file);
      if (f.open(QIODevice::ReadOnly) && f.readAll().contains("Diagnostic report (de-identified)")) sr = file;  // not the SR that came with the images
    }
    QVERIFY2(!sr.isEmpty(), "no report SR in the package");
    RC_VERIFY_DCIODVFY(sr);
    const QJsonObject read = test::runPythonOracle(QStringLiteral("rdsr_oracle.py"), {QStringLiteral("read"), sr}).object();
    QCOMPARE(read[QStringLiteral("sopClass")].toString(), QStringLiteral("1.2.840.10008.5.1.4.1.1.88.11"));
    const QJsonArray texts = read[QStringLiteral("texts")].toArray();
    QVERIFY(!texts.isEmpty());
    QVERIFY2(csv.contains(texts[0].toArray()[1].toString().left(12)), qPrintable(texts[0].toArray()[1].toString()));
    const auto ledger = cli({QStringLiteral("exports"), QStringLiteral("--store"), store});
    QVERIFY2(ledger.exitCode == 0, qPrintable(ledger.err));

    // Opt-out: the reports go with the patient.
    QCOMPARE(cli({QStringLiteral("optout"), QStringLiteral("RC-000001"), QStringLiteral("--store"), store}).exitCode, 0);
    const auto none = cli({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--store"), store});
    QVERIFY2(none.exitCode == 0 && none.out.trimmed().isEmpty(), qPrintable(none.out));
  }
};

RC_TEST_MAIN_ON_EITHER_ENGINE(TestReports)
#include "test_reports.moc"
