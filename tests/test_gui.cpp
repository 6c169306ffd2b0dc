// The whole application in a real window under Xvfb: the MainWindow imports in the
// background, lists what it stored, opens a series into the view; and the radcurator binary's
// --screenshot mode writes a non-blank picture of the window.

#include "MainWindow.h"
#include "MaskRegionDialog.h"
#include "StoreFixture.h"
#include "StudyBrowser.h"
#include "TaskPanel.h"
#include "TestSupport.h"
#include "phantom/ChestPhantom.h"
#include "viewer/SliceView.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QStatusBar>

using namespace rc;

namespace {

bool haveDisplay() {
  return QGuiApplication::platformName() == QLatin1String("xcb") && !qEnvironmentVariableIsEmpty("DISPLAY");
}

PhantomOptions smallPhantom() {
  PhantomOptions o;
  o.matrix = 96;
  o.slices = 30;
  o.pixelSpacing = 3.7;
  o.sliceSpacing = 10.0;
  return o;
}

double grayStddev(const QImage& image) {
  const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
  double sum = 0, squares = 0;
  for (int y = 0; y < g.height(); ++y)
    for (int x = 0; x < g.width(); ++x) {
      const double v = g.constScanLine(y)[x];
      sum += v;
      squares += v * v;
    }
  const double n = double(g.width()) * g.height();
  return std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
}

}  // namespace

class TestGui : public QObject {
  Q_OBJECT
private slots:
  void importThenOpen() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir source, store;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    MainWindow window;
    window.setInteractive(false);
    int asked = 0;
    window.setPassphraseProvider([&](bool) -> std::optional<QString> {
      ++asked;
      return test::kPassphrase;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openStore(store.path()));
    QCOMPARE(window.browser()->seriesCount(), 0);

    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importPaths({source.path()});
    QVERIFY(window.tasks()->isBusy() || imported.count() == 1);  // runs off the GUI thread
    QVERIFY(imported.wait(60000) || imported.count() == 1);
    const auto report = imported.takeFirst().at(0).value<ImportReport>();
    QCOMPARE(report.filesImported, 31);
    QCOMPARE(asked, 1);  // the correspondence table was created with the user's passphrase
    QCOMPARE(window.browser()->seriesCount(), 2);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("imported 31 files")));

    QSignalSpy opened(&window, &MainWindow::seriesOpened);
    QVERIFY(window.openFirstSeries());
    QVERIFY(opened.wait(60000) || opened.count() == 1);
    QCOMPARE(opened.first().at(0).toBool(), true);
    const auto volume = window.sliceView()->model()->volume();
    QVERIFY(volume);
    QCOMPARE(volume->modality, QStringLiteral("CT"));  // the CT is preferred for the first look
    QCOMPARE(volume->sliceCount(), 30);
    QVERIFY(grayStddev(window.sliceView()->grabImage()) > 15);
    QVERIFY(window.sliceView()->cornerTexts()[0].startsWith(QStringLiteral("RC-000001")));

    // Opt-out from the window: the patient and every file go, the view is cleared.
    const auto optOut = window.optOutPatient(QStringLiteral("RC-000001"));
    QVERIFY2(optOut.ok(), qPrintable(optOut.error()));
    QCOMPARE(optOut->instances, 31);
    QCOMPARE(window.browser()->seriesCount(), 0);
    QVERIFY(!window.sliceView()->model()->hasVolume());
  }

  void cancelDuringImportKeepsWholeSeries() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir source, store;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    MainWindow window;
    window.setInteractive(false);
    window.setPassphraseProvider([](bool) { return std::optional<QString>(test::kPassphrase); });
    QVERIFY(window.openStore(store.path()));
    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importPaths({source.path()});
    window.tasks()->cancel();
    QVERIFY(imported.wait(60000) || imported.count() == 1);
    const auto report = imported.takeFirst().at(0).value<ImportReport>();
    // Whatever was stored before the cancel took effect is whole.
    CaseDatabase db(CaseStore::open(store.path()).value());
    const auto series = db.listSeries();
    QVERIFY(series.ok());
    for (const SeriesSummary& s : series.value()) QCOMPARE(s.instanceCount, s.modality == QLatin1String("CT") ? 30 : 1);
    QVERIFY(report.cancelled || report.filesImported == 31);
    QCOMPARE(db.count(QStringLiteral("instances")).value(), report.filesImported);
  }

  void maskDialogReportsTheRectangleInImagePixels() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    // A 400 x 200 image shown in the picker; the user drags over its upper-left quarter.
    QImage image(400, 200, QImage::Format_Grayscale8);
    image.fill(90);
    MaskRegionDialog dialog(image, QStringLiteral("Burned In Annotation is YES"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* picker = dialog.findChild<QWidget*>(QStringLiteral("regionPicker"));
    auto* mask = dialog.findChild<QPushButton*>(QStringLiteral("maskButton"));
    QVERIFY(picker && mask);
    // Nothing selected: Mask does nothing.
    mask->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.decision(), MaskRegionDialog::Decision::Cancel);

    // Where the image lands in the picker (scaled to fit, centred).
    const QSizeF fitted = QSizeF(image.size()).scaled(picker->size(), Qt::KeepAspectRatio);
    const QPointF origin((picker->width() - fitted.width()) / 2, (picker->height() - fitted.height()) / 2);
    const double scale = fitted.width() / image.width();
    const QPoint from = (origin + QPointF(20, 10) * scale).toPoint();
    const QPoint to = (origin + QPointF(220, 110) * scale).toPoint();
    QTest::mousePress(picker, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), picker->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(picker, &move);
    QTest::mouseRelease(picker, Qt::LeftButton, Qt::NoModifier, to);
    if (qEnvironmentVariableIsSet("RADCURATOR_TEST_GRABS"))
      dialog.grab().save(QDir(qEnvironmentVariable("RADCURATOR_TEST_GRABS")).filePath(QStringLiteral("mask-dialog.png")));
    const QRect region = dialog.region();
    QVERIFY2(std::abs(region.left() - 20) <= 2 && std::abs(region.top() - 10) <= 2, qPrintable(QStringLiteral("%1,%2").arg(region.left()).arg(region.top())));
    QVERIFY2(std::abs(region.width() - 200) <= 3 && std::abs(region.height() - 100) <= 3,
             qPrintable(QStringLiteral("%1x%2").arg(region.width()).arg(region.height())));
    mask->click();
    QCOMPARE(dialog.decision(), MaskRegionDialog::Decision::Mask);
    QVERIFY(!dialog.isVisible());
  }

  void screenshotModeOfTheBinary() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir dir;
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    const QString store = dir.filePath(QStringLiteral("store"));
    QVERIFY(writeChestPhantom(phantom, smallPhantom()).ok());
    {
      const auto fixture = test::StoreFixture::open(store);
      QVERIFY(fixture);
      QCOMPARE(fixture->import({phantom}).filesImported, 31);
    }
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    QProcess p;
    p.start(QStringLiteral(RADCURATOR_GUI), {QStringLiteral("--store"), store, QStringLiteral("--screenshot"), shot,
                                             QStringLiteral("--lang"), QStringLiteral("ja")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    QVERIFY(grayStddev(image) > 20);
    // The viewer area (right of the browser) shows the CT, not a flat placeholder.
    const QImage viewer = image.copy(image.width() / 2, image.height() / 4, image.width() / 3, image.height() / 2);
    QVERIFY(grayStddev(viewer) > 15);
  }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
