// The whole application in a real window under Xvfb: the MainWindow imports in the
// background, lists what it stored, opens a series into the view; and the radcurator binary's
// --screenshot mode writes a non-blank picture of the window.

#include "MainWindow.h"
#include "MaskRegionDialog.h"
#include "ClinicalImportDialog.h"
#include "ExportDatasetDialog.h"
#include "FindingsPanel.h"
#include "LabelsPanel.h"
#include "MeasurementPanel.h"
#include "AgreementDialog.h"
#include "BoneScanComparisonDialog.h"
#include "BoneScanController.h"
#include "SyntheticBoneScanStudy.h"
#include "ReadingController.h"
#include "WorklistPanel.h"
#include "reading/ReadingStudy.h"
#include "StoreFixture.h"
#include "StudyBrowser.h"
#include "TaskPanel.h"
#include "ToolOptionsPanel.h"
#include "TestSupport.h"
#include "Validators.h"
#include "casework/LabelTransfer.h"
#include "storage/ClinicalRecordStore.h"
#include "phantom/BoneScanPhantom.h"
#include "phantom/ChestPhantom.h"
#include "storage/BoneScanStore.h"
#include "phantom/DiffusionPhantom.h"
#include "AdcWidgets.h"
#include "DoseDialog.h"
#include "OrthancServer.h"
#include "PostgresServer.h"
#include "PacsController.h"
#include "PacsDialog.h"
#include "ReportReviewDialog.h"
#include "storage/ReportStore.h"
#include "annotate/AnnotationSession.h"
#include "annotate/SegmentListModel.h"
#include "session/MeasurementTool.h"
#include "viewer/SliceView.h"
#include "viewer/ViewerPanel.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDockWidget>
#include <QScreen>
#include <QScrollArea>
#include <QTreeView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QImage>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTextEdit>
#include <QTableWidget>

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

// A window on an imported phantom, with its CT open.
struct OpenCt {
  QTemporaryDir source, store;
  std::unique_ptr<MainWindow> window;
};
std::unique_ptr<OpenCt> openPhantomCt() {
  auto open = std::make_unique<OpenCt>();
  if (!writeChestPhantom(open->source.path(), smallPhantom()).ok()) return nullptr;
  {
    const auto fixture = test::StoreFixture::open(open->store.path());
    if (!fixture || fixture->import({open->source.path()}).filesImported != 31) return nullptr;
  }
  open->window = std::make_unique<MainWindow>();
  MainWindow& w = *open->window;
  w.setInteractive(false);
  w.setPassphraseProvider([](bool) { return std::optional<QString>(test::kPassphrase); });
  w.resize(1400, 860);
  w.show();
  if (!QTest::qWaitForWindowExposed(&w) || !w.openStore(open->store.path())) return nullptr;
  QSignalSpy opened(&w, &MainWindow::seriesOpened);
  if (!w.openFirstSeries() || !(opened.wait(60000) || opened.count() == 1)) return nullptr;
  return open;
}

// The real window as `login` acts in it, on the store at `path` (1440x800, no message boxes).
bool openWindowAs(MainWindow& window, const QString& login, const QString& path) {
  window.setInteractive(false);
  window.setPassphraseProvider([](bool) { return std::optional<QString>(test::kPassphrase); });
  window.setActor(login);
  window.resize(1440, 800);
  window.show();
  return QTest::qWaitForWindowExposed(&window) && window.openStore(path);
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

  void rulerDrawnWithTheMouseIsListedDeletedAndUndone() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    auto open = openPhantomCt();
    QVERIFY(open);
    MainWindow& window = *open->window;
    SliceView* axial = window.viewerPanel()->sliceView(AxialView);
    QWidget* gl = axial->renderWidget();
    // M picks the ruler (the key table); a drag of 3 x 4 voxels at 3.7 mm.
    QTest::keyClick(gl, Qt::Key_M);
    QCOMPARE(window.tools()->active(), static_cast<ViewTool*>(window.measurementTool(int(MeasurementKind::Ruler))));
    const SliceGeometry g = axial->geometry();
    const int k = axial->model()->slice();
    const QPoint from = g.indexToDisplay({40, 40, double(k)}).toPoint();
    const QPoint to = g.indexToDisplay({43, 44, double(k)}).toPoint();
    QTest::mousePress(gl, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), gl->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(gl, &move);
    QTest::mouseRelease(gl, Qt::LeftButton, {}, to);
    QCOMPARE(window.session()->measurements().size(), size_t(1));
    const double length = measure(*window.session()->volume(), window.session()->measurements().front()).lengthMm;
    // Exactly the distance between the voxels under the two pixels (5 voxels of 3.7 mm, up to
    // the rounding of the mouse to whole pixels).
    const Vec3 a = g.displayToIndex(QPointF(from) + QPointF(0.5, 0.5), k), b = g.displayToIndex(QPointF(to) + QPointF(0.5, 0.5), k);
    const double expected = std::hypot((b[0] - a[0]) * 3.7, (b[1] - a[1]) * 3.7);
    QVERIFY2(std::abs(length - expected) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(length).arg(expected)));
    QVERIFY(std::abs(length - 18.5) < 3 * g.millimetresPerPixel());
    auto* panel = window.findChild<MeasurementPanel*>();
    QVERIFY(panel);
    QCOMPARE(panel->table()->rowCount(), 1);
    QVERIFY(panel->table()->item(0, 2)->text().contains(QStringLiteral("mm")));
    // Delete asks nothing; Ctrl+Z (the key table's undo) brings it back.
    panel->table()->selectRow(0);
    QTest::keyClick(panel->table(), Qt::Key_Delete);
    QCOMPARE(panel->table()->rowCount(), 0);
    QVERIFY(window.session()->measurements().empty());
    QTest::keyClick(gl, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(panel->table()->rowCount(), 1);
    // Esc goes back to the cross-hair.
    QTest::keyClick(gl, Qt::Key_Escape);
    QVERIFY(!window.tools()->active());
  }

  // The reader's day: brush a lesion, box it, give it a disease class, and find it all again
  // in a new window (what was drawn reached the store).
  void paintBoxAndFindingSurviveClosingTheWindow() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    auto open = openPhantomCt();
    QVERIFY(open);
    MainWindow& window = *open->window;
    SliceView* axial = window.viewerPanel()->sliceView(AxialView);
    QWidget* gl = axial->renderWidget();
    const SliceGeometry g = axial->geometry();
    const int k = axial->model()->slice();
    auto drag = [&](const Vec3& a, const Vec3& b) {
      const QPoint from = g.indexToDisplay(a).toPoint(), to = g.indexToDisplay(b).toPoint();
      QTest::mousePress(gl, Qt::LeftButton, {}, from);
      for (int step = 1; step <= 4; ++step) {
        const QPointF p = QPointF(from) + (QPointF(to) - QPointF(from)) * (step / 4.0);
        QMouseEvent move(QEvent::MouseMove, p, gl->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(gl, &move);
      }
      QTest::mouseRelease(gl, Qt::LeftButton, {}, to);
    };
    AnnotationSession* a = window.annotation();
    QVERIFY(a->labels() && a->labels()->segments.empty());
    // B: the brush; painting with no segment makes "Segment 1" at once.
    QTest::keyClick(gl, Qt::Key_B);
    QCOMPARE(window.tools()->active(), window.toolFor(KeyAction::Brush));
    drag({40, 40, double(k)}, {50, 44, double(k)});
    QCOMPARE(a->labels()->segments.size(), size_t(1));
    const size_t painted = a->labels()->voxels.count(a->labels()->segments.front().number);
    QVERIFY(painted > 20);
    QCOMPARE(window.labelsPanel()->segmentModel()->listedSegmentCount(), 1);
    // The Segments panel: a search that finds nothing lists nothing; Space on a group hides
    // and shows its segments.
    {
      LabelsPanel* panel = window.labelsPanel();
      QTreeView* tree = panel->segmentTree();
      QTest::keyClicks(panel->searchField(), QStringLiteral("no such organ"));
      QCOMPARE(tree->model()->rowCount(), 0);
      panel->searchField()->clear();
      QCOMPARE(tree->model()->rowCount(), 1);
      QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
      const int number = a->labels()->segments.front().number;
      tree->setFocus();
      tree->setCurrentIndex(tree->model()->index(0, 0));
      QTest::keyClick(tree, Qt::Key_Space);
      QVERIFY(window.viewerPanel()->viewer()->segmentHidden(number));
      QTest::keyClick(tree, Qt::Key_Space);
      QVERIFY(!window.viewerPanel()->viewer()->segmentHidden(number));
      gl->setFocus();
    }
    // X: a box drawn in the axial plane becomes a finding with a 3D box.
    QTest::keyClick(gl, Qt::Key_X);
    drag({35, 35, double(k)}, {55, 50, double(k)});
    QCOMPARE(a->labels()->findings.size(), size_t(1));
    QVERIFY(a->labels()->findings.front().volumeBox.has_value());
    QCOMPARE(window.findingsPanel()->findingList()->count(), 1);
    // The disease class from the form (the vocabulary's first class).
    QComboBox* disease = window.findingsPanel()->diseaseClassBox();
    disease->setCurrentIndex(1);
    emit disease->activated(1);
    const CodedConcept expected = a->vocabulary().diseaseClasses().front().code;
    QVERIFY(a->labels()->findings.front().diseaseClass.sameConcept(expected));
    // Ctrl+Z undoes the class, Ctrl+Y brings it back.
    QTest::keyClick(gl, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(a->labels()->findings.front().diseaseClass.isEmpty());
    QTest::keyClick(gl, Qt::Key_Y, Qt::ControlModifier);
    QVERIFY(a->labels()->findings.front().diseaseClass.sameConcept(expected));
    const QString seriesUid = window.session()->series().seriesUid;
    window.close();  // saves what the autosave has not yet written
    open->window.reset();

    MainWindow again;
    again.setInteractive(false);
    again.setPassphraseProvider([](bool) { return std::optional<QString>(test::kPassphrase); });
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.openStore(open->store.path()));
    QSignalSpy opened(&again, &MainWindow::seriesOpened);
    QVERIFY(again.openSeriesByUid(seriesUid));
    QVERIFY(opened.wait(60000) || opened.count() == 1);
    const auto labels = again.annotation()->labels();
    QVERIFY(labels);
    QCOMPARE(labels->segments.size(), size_t(1));
    QCOMPARE(labels->voxels.count(labels->segments.front().number), painted);
    QCOMPARE(labels->findings.size(), size_t(1));
    QVERIFY(labels->findings.front().diseaseClass.sameConcept(expected));
    QVERIFY(labels->findings.front().volumeBox.has_value());
    QCOMPARE(again.labelsPanel()->segmentModel()->listedSegmentCount(), 1);

    // What the window saved is what an export hands over: SEG + SR, valid for dciodvfy.
    auto fixture = test::StoreFixture::open(open->store.path());
    QVERIFY(fixture);
    QTemporaryDir out;
    LabelExportOptions options;
    options.table = fixture->deid.table.get();
    options.profile = fixture->deid.profile.get();
    const auto exported = exportSeriesLabels(*fixture->store, seriesUid, out.path(), options);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported->segments, 1);
    QCOMPARE(exported->findings, 1);
    RC_VERIFY_DCIODVFY(exported->segPath);
    RC_VERIFY_DCIODVFY(exported->srPath);

    // File > Export dataset…: the dialog refuses what cannot be exported, the window runs
    // the export in the background and the package is intact.
    ExportDatasetDialog dialog({QStringLiteral("RC-000001")});
    dialog.outputEdit()->setText(out.filePath(QStringLiteral("dataset")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));  // no partner yet
    dialog.partnerEdit()->setText(QStringLiteral("Partner A"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    DatasetExportOptions chosen = dialog.options();
    QCOMPARE(chosen.cases, QStringList{QStringLiteral("RC-000001")});
    chosen.allowIncomplete = true;  // a chest phantom has no EOD
    fixture.reset();                // the window opens the correspondence table itself
    QSignalSpy done(&again, &MainWindow::datasetExported);
    again.exportDataset(dialog.outputPath(), chosen);
    QVERIFY(done.wait(60000) || done.count() == 1);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(verifyPackage(dialog.outputPath()).value().isEmpty());
  }

  // File > Import clinical data…: the mapping guessed from the headers, a differing value
  // shown and kept, then replaced when the user asks.
  void clinicalDataDialogShowsConflictsBeforeReplacing() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir source, storeDir;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture && fixture->import({source.path()}).filesImported == 31);
    auto csv = [&](const QString& height) {
      const QString path = source.filePath(QStringLiteral("clinical-%1.csv").arg(height));
      QFile f(path);
      f.open(QIODevice::WriteOnly);
      f.write("\xEF\xBB\xBF" + QStringLiteral("患者符号,年齢,身長\nRC-000001,67,%1\n").arg(height).toUtf8());
      return path;
    };
    ClinicalImportDialog dialog(*fixture->store, [] { return nullptr; });
    dialog.templateBox()->setCurrentIndex(dialog.templateBox()->findData(QStringLiteral("chest")));
    QVERIFY(dialog.loadFile(csv(QStringLiteral("170"))));
    QCOMPARE(int(dialog.mapping().fields.size()), 2);
    auto first = dialog.runImport();
    QVERIFY2(first.ok() && first->patients == 1, qPrintable(dialog.reportView()->toPlainText()));
    QVERIFY(dialog.loadFile(csv(QStringLiteral("172.5"))));
    auto second = dialog.runImport();
    QVERIFY(second.ok() && second->conflicts.size() == 1 && second->patients == 0);
    QVERIFY2(dialog.reportView()->toPlainText().contains(QStringLiteral("170")) && dialog.reportView()->toPlainText().contains(QStringLiteral("172.5")),
             qPrintable(dialog.reportView()->toPlainText()));
    dialog.overwriteBox()->setChecked(true);
    auto third = dialog.runImport();
    QVERIFY(third.ok() && third->patients == 1);
    CaseDatabase db(*fixture->store);
    QCOMPARE(ClinicalRecordStore(db).load(QStringLiteral("RC-000001")).value()->values.value(QStringLiteral("height")).toDouble(), 172.5);
  }

  void cancelledLoadShowsNoError() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    auto open = openPhantomCt();
    QVERIFY(open);
    MainWindow& window = *open->window;
    window.setInteractive(true);  // an error would open a message box
    QSignalSpy opened(&window, &MainWindow::seriesOpened);
    window.session()->closeSeries();
    QVERIFY(window.openFirstSeries());
    window.tasks()->cancel();
    QVERIFY(opened.wait(60000) || opened.count() == 1);
    if (!opened.first().at(0).toBool()) {  // the cancel came in time: no dialog, a status line
      QVERIFY(!QApplication::activeModalWidget());
      QCOMPARE(window.statusBar()->currentMessage(), QCoreApplication::translate("rc::MainWindow", "Loading cancelled"));
    }
  }

  void secondSeriesBesideScrollsByPosition() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    auto open = openPhantomCt();
    QVERIFY(open);
    MainWindow& window = *open->window;
    // The same CT beside itself: one frame of reference, so the cross-hairs follow each other.
    QSignalSpy beside(&window, &MainWindow::besideOpened);
    window.openBeside(window.session()->series());
    QVERIFY(beside.wait(60000) || beside.count() == 1);
    QVERIFY(beside.first().at(0).toBool());
    QVERIFY(window.besidePanel()->isVisible());
    window.viewerPanel()->planeModel(ViewPlane::Axial)->setSlice(7);
    QCOMPARE(window.besidePanel()->planeModel(ViewPlane::Axial)->slice(), 7);
    window.besidePanel()->planeModel(ViewPlane::Axial)->setSlice(20);
    QCOMPARE(window.viewerPanel()->planeModel(ViewPlane::Axial)->slice(), 20);
    window.closeBeside();
    QVERIFY(!window.besidePanel()->isVisible());
  }

  void adcWorkflowInTheWindow() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir source, storeDir;
    DiffusionPhantomOptions options;
    options.matrix = 48;
    options.slices = 12;
    const auto phantom = writeDiffusionPhantom(source.path(), options);
    QVERIFY(phantom);
    {
      const auto fixture = test::StoreFixture::open(storeDir.path());
      QVERIFY(fixture && fixture->import({source.path()}).ok());
    }
    MainWindow window;
    window.setInteractive(false);
    window.setPassphraseProvider([](bool) { return std::optional<QString>(test::kPassphrase); });
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window) && window.openStore(storeDir.path()));
    QSignalSpy opened(&window, &MainWindow::seriesOpened);
    QVERIFY(window.openFirstSeries());
    QVERIFY(opened.wait(60000) || opened.count() == 1);
    QVERIFY(!window.adcPanel()->showsAdcMap());  // the DWI itself

    // Diffusion > Compute ADC map: the new map opens, and the ADC panel knows it.
    QSignalSpy computed(&window, &MainWindow::adcComputed);
    opened.clear();
    window.computeAdcMap(AdcOptions{});
    QVERIFY(computed.wait(60000) || computed.count() == 1);
    QVERIFY2(computed.first().at(0).toBool(), qPrintable(computed.first().at(1).toString()));
    QVERIFY(opened.wait(60000) || opened.count() >= 1);
    QVERIFY(window.adcPanel()->showsAdcMap());
    QCOMPARE(window.session()->volume()->unit, QStringLiteral("um2/s"));

    // The b=1000 trace image and the DWI itself beside the ADC map: three panels, one position.
    {
      CaseDatabase db(*window.session()->store());
      std::vector<SeriesSummary> beside;
      for (const SeriesSummary& s : db.listSeries().value())
        if (s.seriesDescription == QLatin1String("RadCurator DWI b=1000 (trace)") || s.instanceCount == 2 * options.slices) beside.push_back(s);
      QCOMPARE(int(beside.size()), 2);
      QSignalSpy besideOpened(&window, &MainWindow::besideOpened);
      for (const SeriesSummary& s : beside) {
        besideOpened.clear();
        window.openBeside(s);
        QVERIFY(besideOpened.wait(60000) || besideOpened.count() == 1);
        QVERIFY(besideOpened.first().at(0).toBool());
      }
      QVERIFY(window.besidePanel(0)->isVisible() && window.besidePanel(1)->isVisible());
      window.viewerPanel()->planeModel(ViewPlane::Axial)->setSlice(3);
      QCOMPARE(window.besidePanel(0)->planeModel(ViewPlane::Axial)->slice(), 3);
      QCOMPARE(window.besidePanel(1)->planeModel(ViewPlane::Axial)->slice(), 3);
      window.besidePanel(1)->planeModel(ViewPlane::Axial)->setSlice(8);
      QCOMPARE(window.viewerPanel()->planeModel(ViewPlane::Axial)->slice(), 8);
      QCOMPARE(window.besidePanel(0)->planeModel(ViewPlane::Axial)->slice(), 8);
      window.closeBeside();
    }

    // Diffusion > ADC candidate mask, as the dialog fills it in: one undoable segment.
    AdcThresholdDialog dialog(window.session()->volume(), &window);
    AdcThresholdRequest request = dialog.request();
    QCOMPARE(request.candidate.high, 1000.0);
    QSignalSpy made(&window, &MainWindow::adcCandidateMade);
    window.makeAdcCandidate(request);
    QVERIFY(made.wait(60000) || made.count() == 1);
    QVERIFY2(made.first().at(0).toBool(), qPrintable(made.first().at(1).toString()));
    const auto labels = window.annotation()->labels();
    QVERIFY(labels && labels->segments.size() == 1);
    QCOMPARE(int(labels->voxels.count(labels->segments.front().number)), phantom->tumourVoxels);
    QCOMPARE(labels->segments.front().algorithm, SegmentAlgorithm::Semiautomatic);
    QTRY_VERIFY_WITH_TIMEOUT(!window.adcPanel()->distributions().empty(), 5000);
    QCOMPARE(int(window.adcPanel()->distributions().front().values.voxels), phantom->tumourVoxels);
    // Undo takes the voxels back, then the segment.
    QVERIFY(window.handleKeyAction(KeyAction::Undo));
    QCOMPARE(int(window.annotation()->labels()->voxels.count(window.annotation()->labels()->segments.front().number)), 0);
    QVERIFY(window.handleKeyAction(KeyAction::Undo));
    QVERIFY(window.annotation()->labels()->segments.empty());
  }

  // The window fits the screens people have: it opens inside the screen's free area, can be
  // made as small as 1280x720, its docks scroll instead of clipping, and 1x3 keeps its views
  // nearly square (a row only where the panel is wide enough).
  // A reader's day: the worklist lists only her readings; a key opens the next case in her
  // own set; her first saved edit starts the reading; Submit freezes it and makes it
  // read-only; another reader's set of a blinded case stays closed.
  void aReaderWorksThroughTheWorklist() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir source, store;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    {
      const auto fixture = test::StoreFixture::open(store.path());
      QVERIFY(fixture && fixture->import({source.path()}).filesImported == 31);
      const auto opened = CaseStore::open(store.path());
      QVERIFY(opened.ok());
      CaseDatabase db(*opened);
      auto dm = ReadingStudy::open(db, QStringLiteral("dm"));
      QVERIFY(dm.ok());
      QVERIFY(dm->addPerson(QStringLiteral("alice"), QStringLiteral("Alice"), {role::reader}).ok());
      QVERIFY(dm->addPerson(QStringLiteral("bob"), QStringLiteral("Bob"), {role::reader}).ok());
      ProjectRecord design;
      design.name = QStringLiteral("chest");
      design.readersPerCase = 2;
      design.blinded = true;
      QVERIFY(dm->createProject(design).ok());
      const ProjectRecord project = dm->project(QStringLiteral("chest")).value();
      QStringList series;
      for (const SeriesSummary& s : db.listSeries().value()) series << s.seriesUid;
      QCOMPARE(dm->addCases(project, series, QStringLiteral("with findings")).value(), 2);
      QCOMPARE(dm->assignRoundRobin(project, {QStringLiteral("alice"), QStringLiteral("bob")}).value(), 4);
    }
    MainWindow window;
    QVERIFY(openWindowAs(window, QStringLiteral("alice"), store.path()));
    ReadingController* reading = window.reading();
    QVERIFY(reading->isActive());
    QCOMPARE(reading->study()->actor().login, QStringLiteral("alice"));
    WorklistPanel* panel = window.worklistPanel();
    QVERIFY(panel->isVisible());  // the store runs a study: the worklist is in front
    QCOMPARE(panel->table()->model()->rowCount(), 2);  // her two readings, nobody else's
    QVERIFY2(panel->counts()->text().contains(QStringLiteral("assigned 2")), qPrintable(panel->counts()->text()));
    // Filter by status, then search a code that is not there.
    QCOMPARE(panel->statusFilter()->findData(reading::submitted), -1);  // the choices are the statuses there are
    panel->statusFilter()->setCurrentIndex(panel->statusFilter()->findData(reading::assigned));
    QCOMPARE(panel->table()->model()->rowCount(), 2);
    panel->statusFilter()->setCurrentIndex(0);
    QTest::keyClicks(panel->search(), QStringLiteral("RC-0009"));
    QCOMPARE(panel->table()->model()->rowCount(), 0);
    panel->search()->clear();
    QCOMPARE(panel->table()->model()->rowCount(), 2);

    // The next-case key, in the viewer: the first case opens in her set.
    QSignalSpy opened(&window, &MainWindow::seriesOpened);
    window.viewerPanel()->activeSliceView()->renderWidget()->setFocus();
    QTest::keyClick(window.viewerPanel()->activeSliceView()->renderWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(opened.wait(60000) || opened.count() == 1);
    const QString first = reading->openSeries();
    QVERIFY(!first.isEmpty());
    QCOMPARE(reading->openReader(), QStringLiteral("alice"));
    QCOMPARE(window.annotation()->labelSetKey().reader, QStringLiteral("alice"));
    QVERIFY(!window.annotation()->isReadOnly());
    // Bob's set of the same case: blinded.
    const WorklistModel* model = reading->model();
    QVERIFY(!reading->study()->access(*reading->project(), *model->rowAt(0).caseRecord, QStringLiteral("bob")).canOpen);

    // Her first edit, saved: the reading is under way.
    const auto segment = window.annotation()->addSegment(QStringLiteral("Nodule"));
    QVERIFY2(segment.ok(), qPrintable(segment.error()));
    QVERIFY(window.annotation()->saveNow().ok());
    QCOMPARE(model->rowAt(model->rowOf(first, QStringLiteral("alice"))).status, reading::inProgress);
    // Submit with the button: frozen, read-only.
    auto* submit = panel->findChildren<QPushButton*>().at(1);
    QCOMPARE(submit->text(), QStringLiteral("Submit"));
    QVERIFY(submit->isEnabled());
    QSignalSpy reopened(&window, &MainWindow::seriesOpened);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(reopened.wait(60000) || reopened.count() == 1);
    QCOMPARE(model->rowAt(model->rowOf(first, QStringLiteral("alice"))).status, reading::submitted);
    QVERIFY(window.annotation()->isReadOnly());
    QVERIFY(!window.annotation()->addSegment(QStringLiteral("late")).ok());
    {
      CaseDatabase db(CaseStore::open(store.path()).value());
      const ProjectRecord project = ReadingStore(db).project(QStringLiteral("chest")).value().value();
      const auto revisions = LabelStore(db).revisions(LabelSetKey{first, project.id, QStringLiteral("alice")}).value();
      QCOMPARE(int(revisions.size()), 1);
      QCOMPARE(revisions.front().madeBy, QStringLiteral("alice"));
      QCOMPARE(LabelStore(db).loadRevision(LabelSetKey{first, project.id, QStringLiteral("alice")}, 1).value().segments.front().label,
               QStringLiteral("Nodule"));
    }
    {
      CaseDatabase db(CaseStore::open(store.path()).value());
      AuditFilter edits;
      edits.action = QStringLiteral("labels edited");
      const auto rows = ReadingStore(db).audit(edits).value();
      QCOMPARE(int(rows.size()), 1);  // one row for the opening, however often it autosaved
      QCOMPARE(rows.front().actor, QStringLiteral("alice"));
      QCOMPARE(rows.front().project, QStringLiteral("chest"));
      QCOMPARE(rows.front().seriesUid, first);
    }
    // The next case, from the Reading menu's key anywhere in the window.
    QSignalSpy next(&window, &MainWindow::seriesOpened);
    QVERIFY(window.handleKeyAction(KeyAction::NextCase));
    QVERIFY(next.wait(60000) || next.count() == 1);
    QVERIFY(reading->openSeries() != first);
    QVERIFY(!window.annotation()->isReadOnly());
    // The study browser opens the store's own labels again.
    reading->leaveReading();
    QCOMPARE(window.annotation()->labelSetKey().reader, QString());
  }

  // A reviewer's day: a submitted reading opens read-only; Correct makes it editable under the
  // reviewer's name; finishing freezes a "corrected" revision (the reader's stays) and accepts
  // it; the agreement window shows the project's figures.
  // A whole-body bone scan opens in the whole-body view (not the MPR views): anterior and
  // posterior side by side, inverted, labelled; a reader who opened the case from the worklist
  // clicks a hotspot, picks region and call, sees the counts, marks the same lesion in the
  // posterior view (counted once), and every mark is in the store at once.
  void aReaderMarksHotspotsOnAWholeBodyScan() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir source, store;
    const auto phantom = writeBoneScanPhantom(source.path(), 2);
    QVERIFY(phantom.ok());
    QVERIFY(writeBoneScanPhantom(QDir(source.path()).filePath(QStringLiteral("earlier")), 2, BoneScanLayout::Frames, true).ok());
    QString series;  // BONE-0002's scan: three metastases (thoracic spine, lumbar spine, right ribs)
    {
      const auto fixture = test::StoreFixture::open(store.path());
      QVERIFY(fixture && fixture->import({source.path()}).filesImported == 4);
      const QString code = fixture->deid.table->findByPatientId(QStringLiteral("BONE-0002"), QStringLiteral("RADCURATOR-DEMO-HOSPITAL"))->code;
      CaseDatabase db(*fixture->store);
      for (const SeriesSummary& s : db.listSeries().value())
        if (s.patientCode == code && s.studyDate >= QLatin1String("20260101")) series = s.seriesUid;
      auto dm = ReadingStudy::open(db, QStringLiteral("dm"));
      QVERIFY(dm.ok());
      QVERIFY(dm->addPerson(QStringLiteral("alice"), QStringLiteral("Alice"), {role::reader}).ok());
      ProjectRecord design;
      design.name = QStringLiteral("bone");
      QVERIFY(dm->createProject(design).ok());
      const ProjectRecord project = dm->project(QStringLiteral("bone")).value();
      QCOMPARE(dm->addCases(project, {series}, QString()).value(), 1);
      QVERIFY(dm->assign(project, series, QStringLiteral("alice")).ok());
    }
    MainWindow window;
    QVERIFY(openWindowAs(window, QStringLiteral("alice"), store.path()));
    QSignalSpy opened(&window, &MainWindow::seriesOpened);
    QSignalSpy earlier(window.boneScan(), &BoneScanController::earlierScansShown);
    QVERIFY(window.reading()->openRow(window.reading()->model()->rowOf(series, QStringLiteral("alice"))).ok());
    QVERIFY(opened.wait(60000) || opened.count() == 1);
    BoneScanController* bone = window.boneScan();
    QVERIFY(bone->isShowing());
    // The scan a year earlier beside it, for looking only.
    QVERIFY(earlier.wait(30000) || earlier.count() == 1);
    QCOMPARE(earlier.front().at(0).toInt(), 1);
    QCOMPARE(int(bone->model()->views().size()), 4);
    QCOMPARE(bone->model()->views()[2].label, QStringLiteral("2025-03-03 ANT"));
    QCOMPARE(bone->model()->views()[2].scan, 1);
    QVERIFY(!bone->placeMark(2, QPointF(100, 200)).ok());
    QVERIFY(bone->view()->isVisible());
    QVERIFY(!window.viewerPanel()->isVisible());
    QVERIFY(!window.findChild<QToolBar*>(QStringLiteral("toolsToolbar"))->isVisible());  // no MPR tools on a planar scan
    QCOMPARE(bone->model()->views()[1].scan, 0);
    QCOMPARE(bone->model()->views()[0].label, QStringLiteral("ANT"));
    QCOMPARE(bone->model()->views()[1].label, QStringLiteral("POST"));
    QCOMPARE(bone->view()->edgeLetters(0).first, QStringLiteral("R"));  // anterior: the patient's right on the left
    QCOMPARE(bone->view()->edgeLetters(1).first, QStringLiteral("L"));
    // Inverted: the empty corner is white, the bladder (far above the window) black.
    const QImage anterior = bone->view()->renderView(0);
    QVERIFY(qGray(anterior.pixel(2, 2)) > 240);
    QVERIFY(qGray(anterior.pixel(128, 478)) < 15);
    QVERIFY(bone->hotspots()->isOpen());
    QVERIFY(!bone->hotspots()->readOnly());
    // The threshold presets follow the modality: counts on NM, no Hounsfield presets.
    QComboBox* presets = window.toolOptionsPanel()->presetsBox();
    for (int i = 0; i < presets->count(); ++i) QVERIFY2(!presets->itemText(i).contains(QStringLiteral("HU")), qPrintable(presets->itemText(i)));
    QVERIFY(presets->count() > 1 && presets->itemText(1).contains(QStringLiteral("maximum count")));
    QCOMPARE(window.toolOptionsPanel()->lowerBox()->suffix(), QStringLiteral(" counts"));

    // A click on the right-rib hotspot of the anterior view: ribs R, metastasis.
    int asked = 0;
    bone->setMarkChooser([&](const BoneScanController::MarkRequest& r) -> std::optional<BoneScanController::MarkChoice> {
      ++asked;
      if (!r.sameLesionAs.empty()) return BoneScanController::MarkChoice{QString(), QString(), r.sameLesionAs.front().first};
      return BoneScanController::MarkChoice{QStringLiteral("ribs-right"), bonescan::call::metastasis, -1};
    });
    const BoneScanHotspot spot = phantom->patients[1].hotspots[2];
    QCOMPARE(spot.region, QStringLiteral("ribs-right"));
    QTest::mouseClick(bone->view(), Qt::LeftButton, Qt::NoModifier, bone->view()->toWidget(0, QPointF(spot.x, spot.y)).toPoint());
    QCOMPARE(asked, 1);
    QCOMPARE(int(bone->hotspots()->marks().size()), 1);
    QVERIFY(std::abs(bone->hotspots()->marks()[0].x - spot.x) < 2 && std::abs(bone->hotspots()->marks()[0].y - spot.y) < 2);
    QCOMPARE(bone->hotspots()->marks()[0].view, QStringLiteral("anterior"));
    QCOMPARE(bone->hotspots()->marks()[0].frame, 1);
    QVERIFY2(bone->panel()->totalText().contains(QStringLiteral("1")), qPrintable(bone->panel()->totalText()));
    QCOMPARE(bone->panel()->countRows(), 1);
    QCOMPARE(bone->hotspots()->regionChoices().front(), QStringLiteral("ribs-right"));  // the last region offered first
    // The same lesion in the posterior view (the phantom's posterior view mirrors the columns).
    QTest::mouseClick(bone->view(), Qt::LeftButton, Qt::NoModifier,
                      bone->view()->toWidget(1, QPointF(kBoneScanColumns - 1 - spot.x, spot.y)).toPoint());
    QCOMPARE(int(bone->hotspots()->marks().size()), 2);
    QCOMPARE(bone->hotspots()->marks()[1].sameLesionAs, 0);
    QCOMPARE(bone->hotspots()->marks()[1].frame, 2);
    QCOMPARE(bone->hotspots()->counts().metastases, 1);  // counted once
    // Both are in the store already (no save step), with the reading's counts.
    {
      CaseDatabase db(*CaseStore::open(store.path()));
      ReadingStore readings(db);
      const qint64 caseId = readings.caseOf(readings.project(QStringLiteral("bone")).value()->id, series).value()->id;
      const auto stored = BoneScanStore(db).read(caseId, QStringLiteral("alice")).value();
      QVERIFY(stored.has_value());
      QCOMPARE(stored->metastases, 1);
      QCOMPARE(stored->eod, 1);
      QCOMPARE(int(BoneScanStore(db).marks(caseId, QStringLiteral("alice"))->size()), 2);
    }
    // Mirroring the posterior view moves its mark with it.
    const QPointF before = bone->view()->toWidget(1, QPointF(bone->hotspots()->marks()[1].x, bone->hotspots()->marks()[1].y));
    bone->view()->setFocus();
    QTest::keyClick(bone->view(), Qt::Key_M);
    QVERIFY(bone->model()->mirrorPosterior());
    QCOMPARE(bone->view()->edgeLetters(1).first, QStringLiteral("R"));
    const QPointF after = bone->view()->toWidget(1, QPointF(bone->hotspots()->marks()[1].x, bone->hotspots()->marks()[1].y));
    QVERIFY(std::abs(after.x() - before.x()) > 20);
    const double upper = bone->model()->upperCount();
    QTest::keyClick(bone->view(), Qt::Key_Plus);
    QVERIFY(bone->model()->upperCount() < upper);  // darker: uptake shows darker
  }

  // The comparison window: every figure in the table, the programs at the chosen cut-off and
  // the readers as bars, a Bland-Altman plot per subject.
  // A study's reports in the review window: every replacement highlighted in the text, the
  // confirmation a reviewer's (a reader's window offers none), and a hand edit whose
  // placeholders are highlighted again.
  void aReviewerSeesTheReplacementsAndConfirmsAReport() {
    QTemporaryDir source, dir;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    const auto fixture = test::StoreFixture::open(dir.path());
    QVERIFY(fixture && fixture->import({source.path()}).filesImported == 31);
    const CaseStore store = CaseStore::open(dir.path()).value();
    QString study;
    {
      CaseDatabase db(store);
      study = db.listSeries().value().front().studyUid;
      ReportRecord r;
      r.studyUid = study;
      r.source = QStringLiteral("ris.csv row 1");
      r.sourceKey = QStringLiteral("gui-test-1");
      r.author = QStringLiteral("読影医A");
      r.findings = QStringLiteral("[氏名]様、右肺上葉に結節影。主治医 [氏名]先生（[電話番号]）。");
      r.replacements = replacementsJson(placeholdersIn(QStringLiteral("findings"), r.findings, QStringLiteral("test")));
      QCOMPARE(ReportStore(db).add({r}, {QStringLiteral("reports imported"), QStringLiteral("dm"), QString(), QString(), QString(), QString()}).value(), 1);
    }
    {
      ReportReviewDialog reader(ReportReview::load(store, study).value(), QStringLiteral("alice"), false);
      QCOMPARE(reader.list()->count(), 1);
      QVERIFY(!reader.confirmButton()->isEnabled());
    }
    ReportReviewDialog dialog(ReportReview::load(store, study).value(), QStringLiteral("rita"), true);
    const QList<QTextEdit::ExtraSelection> marks = dialog.findings()->extraSelections();
    QCOMPARE(marks.size(), 3);
    QCOMPARE(marks[0].cursor.selectedText(), QStringLiteral("[氏名]"));
    QCOMPARE(marks[2].cursor.selectedText(), QStringLiteral("[電話番号]"));
    QVERIFY(dialog.confirmButton()->isEnabled());
    // A hand edit: a name the cleaning missed is replaced by the reviewer.
    dialog.editButton()->click();
    QVERIFY(!dialog.findings()->isReadOnly());
    dialog.findings()->setPlainText(QStringLiteral("[氏名]様、右肺上葉に結節影。主治医 [氏名]先生（[電話番号]）。看護師 [氏名]。"));
    dialog.editButton()->click();
    QVERIFY(dialog.findings()->isReadOnly());
    QCOMPARE(dialog.findings()->extraSelections().size(), 4);
    QVERIFY(dialog.review().reports().front().edited);
    dialog.confirmButton()->click();
    QCOMPARE(dialog.review().reports().front().status, QStringLiteral("confirmed"));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    CaseDatabase db(store);
    QCOMPARE(ReportStore(db).list().value().front().confirmedBy, QStringLiteral("rita"));
  }

  // Team mode: a reader's window on a store whose database is on PostgreSQL shows the cases
  // another workstation imports, without a restart, and names the team database in its title.
  void aTeamWindowShowsAnotherWorkstationsImport() {
    test::PostgresServer postgres;
    QString problem;
    QVERIFY2(postgres.start(&problem), qPrintable(problem));
    QTemporaryDir shared, source;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    QVERIFY(CaseStore::open(shared.path(), postgres.url() + QStringLiteral("?schema=new")).ok());
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openStore(shared.path()));  // the folder names its database
    QVERIFY2(window.windowTitle().contains(QStringLiteral("team database postgresql://")), qPrintable(window.windowTitle()));
    QCOMPARE(window.browser()->seriesCount(), 0);
    const test::CliRun imported = test::runCli({QStringLiteral("import"), source.path(), QStringLiteral("--store"), shared.path()}, test::kPassphrase);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QTRY_VERIFY_WITH_TIMEOUT(window.browser()->seriesCount() > 0, 10000);
  }

  // File > PACS: a saved node, a search, the chosen study retrieved into the open store and
  // the open series sent back, all through the window against a real Orthanc.
  void theDataManagerRetrievesFromThePacsAndSendsBack() {
    RC_REQUIRE_SAMPLE(QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT"));
    test::OrthancServer orthanc;
    QString problem;
    QVERIFY2(orthanc.start({}, &problem), qPrintable(problem));
    QTemporaryDir few;
    const QString ct = test::samplePath(QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT"));
    for (const QString& f : QDir(ct).entryList(QDir::Files, QDir::Name).mid(40, 6)) QVERIFY(QFile::copy(QDir(ct).filePath(f), few.filePath(f)));
    QCOMPARE(orthanc.upload(few.path()), 6);

    // The nodes are kept in the user's settings, which need an organisation name (the
    // program's own; the other tests run without settings).
    QCoreApplication::setOrganizationName(QStringLiteral("RadCurator-test"));
    const auto noSettings = qScopeGuard([] { QCoreApplication::setOrganizationName(QString()); });
    auto open = openPhantomCt();
    QVERIFY(open);
    MainWindow& window = *open->window;
    PacsController* pacs = window.pacsController();
    pacs::NodeBook book;
    pacs::SavedNode node{QStringLiteral("Hospital PACS"), pacs::parseNode(orthanc.node()).value(), {}};
    QVERIFY(book.put(node).ok());
    QVERIFY(pacs->saveBook(book).ok());
    pacs->openDialog();
    PacsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<PacsDialog*>()) != nullptr);
    QCOMPARE(dialog->nodes()->currentText(), QStringLiteral("Hospital PACS"));
    dialog->patientIdField()->setText(QStringLiteral("LIDC-IDRI-0001"));
    QPushButton* find = nullptr;
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
      if (b->text().remove(QLatin1Char('&')) == QLatin1String("Find")) find = b;
    QVERIFY(find);
    find->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->results()->rowCount(), 1, 30000);
    QCOMPARE(dialog->results()->item(0, 6)->text(), QStringLiteral("6"));
    const QString shot = qEnvironmentVariable("RADCURATOR_SHOTS");
    if (!shot.isEmpty()) dialog->grab().save(QDir(shot).filePath(QStringLiteral("pacs-dialog.png")));

    dialog->results()->selectRow(0);
    QSignalSpy retrieved(pacs, &PacsController::retrieved);
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
      if (b->text().remove(QLatin1Char('&')) == QLatin1String("Retrieve chosen studies")) b->click();
    QVERIFY(retrieved.wait(120000));
    const auto report = retrieved.takeFirst().at(0).value<pacs::RetrieveReport>();
    QVERIFY2(report.ok(), qPrintable(report.summaryLine() + report.failedInstances.join(QLatin1Char('\n'))));
    QCOMPARE(report.imported.filesImported, 6);
    CaseDatabase db(CaseStore::open(open->store.path()).value());
    int stored = 0;
    for (const SeriesSummary& s : db.listSeries().value()) stored += s.modality == QLatin1String("CT") && s.instanceCount == 6;
    QCOMPARE(stored, 1);

    // The open series (the phantom CT) goes to the node through the export's checks.
    QSignalSpy sent(pacs, &PacsController::sent);
    pacs->sendOpenSeries(node, false);
    QVERIFY(sent.wait(120000));
    const auto sendReport = sent.takeFirst().at(0).value<pacs::SendReport>();
    QVERIFY2(sendReport.ok(), qPrintable(sendReport.problem + sendReport.failures.join(QLatin1Char('\n'))));
    QCOMPARE(orthanc.json(QStringLiteral("/instances")).array().size(), 6 + sendReport.sent);
    dialog->close();
  }

  void theDoseWindowListsEveryEvent() {
    StudyDose dose;
    dose.patientCode = QStringLiteral("RC-000001");
    dose.source = StudyDose::Source::DoseReport;
    dose.totalDlpMgyCm = 332.65;
    DoseEvent scout, helical;
    scout.label = QStringLiteral("Constant Angle Acquisition");
    scout.ctdiVolMgy = 0.12;
    helical.label = QStringLiteral("Spiral Acquisition");
    helical.ctdiVolMgy = 8.73;
    helical.dlpMgyCm = 327.61;
    helical.phantom = QStringLiteral("IEC Body Dosimetry Phantom");
    dose.events = {scout, helical};
    DoseDialog dialog(dose);
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(1, 3)->text(), QStringLiteral("8.73"));
    QCOMPARE(dialog.table()->item(1, 4)->text(), QStringLiteral("327.61"));
    QCOMPARE(dialog.table()->item(1, 10)->text(), QStringLiteral("IEC Body Dosimetry Phantom"));
    QVERIFY(dialog.table()->item(0, 4)->text().isEmpty());
  }

  void theBoneScanComparisonShowsEveryFigure() {
    const bonescan::BoneScanComparison c = bonescan::compareBoneScans(test::syntheticBoneScanStudy(7));
    BoneScanComparisonDialog dialog(QStringLiteral("bone"), c);
    QCOMPARE(dialog.table()->rowCount(), int(c.rows.size()));
    QCOMPARE(dialog.threshold()->count(), 4);  // bsi>0, bsi>0.46, bsi>1, hotspots>2
    dialog.threshold()->setCurrentIndex(dialog.threshold()->findText(QStringLiteral("bsi>0.46")));
    QCOMPARE(dialog.barSubjects(), (QStringList{QStringLiteral("BONENAVI 2.1"), QStringLiteral("VSBONE 2.0"), QStringLiteral("VSBONE 3.0"),
                                                QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}));
    const auto sens = std::find_if(c.rows.begin(), c.rows.end(), [](const bonescan::ComparisonRow& r) {
      return r.measure == QLatin1String("sensitivity") && r.subject == QLatin1String("VSBONE 3.0") && r.threshold == QLatin1String("bsi>0.46");
    });
    QVERIFY(sens != c.rows.end());
    const int row = int(sens - c.rows.begin());
    QCOMPARE(dialog.table()->item(row, 3)->text(), QString::number(*sens->value, 'f', 3));
    QVERIFY(dialog.table()->item(row, 4)->text().contains(QString::number(*sens->low, 'f', 3)));
  }

  void aReviewerCorrectsAndSeesTheAgreement() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    QTemporaryDir source, store;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    QString ct;
    {
      const auto fixture = test::StoreFixture::open(store.path());
      QVERIFY(fixture && fixture->import({source.path()}).filesImported == 31);
      CaseDatabase db(CaseStore::open(store.path()).value());
      for (const SeriesSummary& s : db.listSeries().value())
        if (s.modality == QLatin1String("CT")) ct = s.seriesUid;
      auto dm = ReadingStudy::open(db, QStringLiteral("dm"));
      QVERIFY(dm.ok());
      QVERIFY(dm->addPerson(QStringLiteral("alice"), {}, {role::reader}).ok());
      QVERIFY(dm->addPerson(QStringLiteral("bob"), {}, {role::reader}).ok());
      QVERIFY(dm->addPerson(QStringLiteral("rita"), {}, {role::reviewer}).ok());
      ProjectRecord design;
      design.name = QStringLiteral("chest");
      design.readersPerCase = 2;
      QVERIFY(dm->createProject(design).ok());
      const ProjectRecord project = dm->project(QStringLiteral("chest")).value();
      QCOMPARE(dm->addCases(project, {ct}, QString()).value(), 1);
      QCOMPARE(dm->assignRoundRobin(project, {QStringLiteral("alice"), QStringLiteral("bob")}).value(), 2);
      // Two readings of one nodule: 6x6 and 6x8 voxels on slices 10..12.
      for (const auto& [reader, rows] : {std::pair{QStringLiteral("alice"), 6}, std::pair{QStringLiteral("bob"), 8}}) {
        auto study = ReadingStudy::open(db, reader);
        QVERIFY(study.ok());
        LabelSet labels;
        labels.seriesInstanceUid = ct;
        labels.voxels = LabelMap({96, 96, 30});
        Segment s;
        s.number = 1;
        s.label = QStringLiteral("Nodule");
        s.type = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
        labels.segments.push_back(s);
        for (int k = 10; k <= 12; ++k)
          for (int j = 40; j < 40 + rows; ++j)
            for (int i = 40; i < 46; ++i) labels.voxels.set(1, i, j, k, true);
        QVERIFY(study->saveOwnSet(project, ct, labels, {1}, qint64(0)).ok());
        QVERIFY(study->submit(project, ct).ok());
      }
    }
    MainWindow window;
    QVERIFY(openWindowAs(window, QStringLiteral("rita"), store.path()));
    ReadingController* reading = window.reading();
    const WorklistModel* model = reading->model();
    QCOMPARE(model->rowCount(), 2);  // a reviewer sees every reading
    QSignalSpy opened(&window, &MainWindow::seriesOpened);
    QVERIFY(reading->openRow(model->rowOf(ct, QStringLiteral("alice"))).ok());
    QVERIFY(opened.wait(60000) || opened.count() == 1);
    QVERIFY(window.annotation()->isReadOnly());
    QVERIFY(!window.annotation()->addSegment(QStringLiteral("edit")).ok());
    QVERIFY(reading->startCorrection().ok());
    QVERIFY(!window.annotation()->isReadOnly());
    const auto added = window.annotation()->addSegment(QStringLiteral("Missed nodule"));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QSignalSpy reopened(&window, &MainWindow::seriesOpened);
    QVERIFY(reading->finishCorrection(QStringLiteral("second nodule added")).ok());
    QVERIFY(reopened.wait(60000) || reopened.count() == 1);
    QCOMPARE(model->rowAt(model->rowOf(ct, QStringLiteral("alice"))).status, reading::accepted);
    {
      CaseDatabase db(CaseStore::open(store.path()).value());
      const ProjectRecord project = ReadingStore(db).project(QStringLiteral("chest")).value().value();
      const LabelSetKey aliceSet{ct, project.id, QStringLiteral("alice")};
      const auto revisions = LabelStore(db).revisions(aliceSet).value();
      QCOMPARE(int(revisions.size()), 2);
      QCOMPARE(revisions[0].kind, QStringLiteral("submitted"));
      QCOMPARE(revisions[1].kind, QStringLiteral("corrected"));
      QCOMPARE(revisions[1].madeBy, QStringLiteral("rita"));
      QCOMPARE(revisions[1].note, QStringLiteral("second nodule added"));
      QCOMPARE(int(LabelStore(db).loadRevision(aliceSet, 1).value().segments.size()), 1);  // the reader's, unchanged
      QCOMPARE(int(LabelStore(db).loadRevision(aliceSet, 2).value().segments.size()), 2);
    }
    // The agreement window: Dice of the two readings as submitted (36 / 48 voxels a slice).
    window.showAgreement();
    AgreementDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<AgreementDialog*>()) != nullptr, 60000);
    bool diceShown = false;
    const QString expected = QString::number(2.0 * 36 / (36 + 48), 'f', 3);
    for (QTableWidget* table : dialog->findChildren<QTableWidget*>())
      for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
          diceShown = diceShown || (table->item(r, c) && table->item(r, c)->text() == expected);
    QVERIFY2(diceShown, qPrintable(expected));
    dialog->close();
  }

  void theWindowFitsTheScreen() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect area = window.screen()->availableGeometry();
    QVERIFY2(area.contains(window.frameGeometry()), qPrintable(QStringLiteral("window %1,%2 %3x%4 on a screen area %5x%6")
                                                                   .arg(window.frameGeometry().x()).arg(window.frameGeometry().y())
                                                                   .arg(window.frameGeometry().width()).arg(window.frameGeometry().height())
                                                                   .arg(area.width()).arg(area.height())));
    const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(smallest.width() <= 1280 && smallest.height() <= 720, qPrintable(QStringLiteral("minimum %1x%2").arg(smallest.width()).arg(smallest.height())));
    window.resize(1280, 720);
    QTest::qWait(50);
    QVERIFY(window.width() <= 1280 && window.height() <= 720);
    // Every panel of a dock sits in a scroll area (the tool settings' buttons stay reachable).
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
      if (dock->objectName() != QLatin1String("studies"))
        QVERIFY2(qobject_cast<QScrollArea*>(dock->widget()), qPrintable(dock->objectName()));
    // 1x3: one large and two stacked views in a panel of a laptop's proportions, a row in a wide one.
    ViewerPanel* panel = window.viewerPanel();
    panel->layoutModel()->setLayout(ViewLayout::Row);
    QTest::qWait(50);
    QVERIFY2(panel->width() < 2.2 * panel->height(), "the viewer panel of a 1280x720 window is not wide");
    QVERIFY(!panel->rowArranged());
    const QRect axial = panel->sliceView(AxialView)->parentWidget()->geometry();
    const QRect coronal = panel->sliceView(CoronalView)->parentWidget()->geometry();
    const QRect sagittal = panel->sliceView(SagittalView)->parentWidget()->geometry();
    QVERIFY(axial.width() > coronal.width() && coronal.bottom() < sagittal.top() && coronal.left() > axial.right());
    QVERIFY(axial.width() > axial.height() * 0.6);  // not a tall, narrow band
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) dock->hide();  // the viewer takes the whole width
    window.resize(1280, 500);
    QTest::qWait(100);
    QVERIFY2(panel->width() >= 2.2 * panel->height(), qPrintable(QStringLiteral("%1x%2").arg(panel->width()).arg(panel->height())));
    QVERIFY(panel->rowArranged());
    QVERIFY(panel->sliceView(CoronalView)->parentWidget()->geometry().top() == panel->sliceView(AxialView)->parentWidget()->geometry().top());
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

    // A chosen series in a chosen layout, each view also saved on its own.
    CaseDatabase db(CaseStore::open(store).value());
    QString ct;
    for (const SeriesSummary& s : db.listSeries().value())
      if (s.modality == QLatin1String("CT")) ct = s.seriesUid;
    const QString views = dir.filePath(QStringLiteral("views"));
    QProcess grid;
    grid.start(QStringLiteral(RADCURATOR_GUI), {QStringLiteral("--store"), store, QStringLiteral("--series"), ct,
                                                QStringLiteral("--layout"), QStringLiteral("2x2"), QStringLiteral("--screenshot"),
                                                dir.filePath(QStringLiteral("grid.png")), QStringLiteral("--views-dir"), views});
    QVERIFY(grid.waitForFinished(120000));
    QVERIFY2(grid.exitCode() == 0, qPrintable(QString::fromUtf8(grid.readAllStandardError())));
    for (const char* name : {"axial.png", "coronal.png", "sagittal.png", "3d.png"}) {
      const QImage view(QDir(views).filePath(QLatin1String(name)));
      QVERIFY2(!view.isNull(), name);
      QVERIFY2(grayStddev(view) > 10, name);
    }
    // An unknown series or layout is an error, not a picture of something else.
    QProcess wrong;
    wrong.start(QStringLiteral(RADCURATOR_GUI), {QStringLiteral("--store"), store, QStringLiteral("--series"), QStringLiteral("1.2.3"),
                                                 QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
    QVERIFY(wrong.waitForFinished(120000));
    QCOMPARE(wrong.exitCode(), 1);
  }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
