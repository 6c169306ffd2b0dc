// viewer: the model alone, then the real widget in a real window under Xvfb: it renders the
// sample CT (not blank), W/L presets and wheel change the grabbed pixels, drags and keys do
// what the user expects, MONOCHROME1 is shown inverted.

#include "TestSupport.h"
#include "dicom/VolumeLoader.h"
#include "phantom/ChestPhantom.h"
#include "viewer/SliceView.h"
#include "viewer/SliceViewModel.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QDirIterator>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace rc;

namespace {

struct PixelStats {
  double mean = 0;
  double stddev = 0;
  int distinct = 0;
};

PixelStats stats(const QImage& image) {
  const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
  double sum = 0, squares = 0;
  QSet<int> levels;
  const double n = double(gray.width()) * gray.height();
  for (int y = 0; y < gray.height(); ++y) {
    const uchar* line = gray.constScanLine(y);
    for (int x = 0; x < gray.width(); ++x) {
      sum += line[x];
      squares += double(line[x]) * line[x];
      levels.insert(line[x]);
    }
  }
  PixelStats s;
  s.mean = sum / n;
  s.stddev = std::sqrt(std::max(0.0, squares / n - s.mean * s.mean));
  s.distinct = int(levels.size());
  return s;
}

// Fraction of pixels that differ between two grabs.
double changedFraction(const QImage& a, const QImage& b) {
  if (a.size() != b.size()) return 1;
  const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
  qint64 changed = 0;
  for (int row = 0; row < x.height(); ++row)
    for (int col = 0; col < x.width(); ++col)
      if (x.pixel(col, row) != y.pixel(col, row)) ++changed;
  return double(changed) / (double(x.width()) * x.height());
}

void sendWheel(QWidget* w, int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  const QPointF pos(w->width() / 2.0, w->height() / 2.0);
  QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
  QApplication::sendEvent(w, &event);
}

bool haveDisplay() {
  return QGuiApplication::platformName() == QLatin1String("xcb") && !qEnvironmentVariableIsEmpty("DISPLAY");
}

std::shared_ptr<Volume> twoToneVolume(bool inverted) {
  auto v = std::make_shared<Volume>(PixelType::UInt16, std::array<int, 3>{64, 64, 1});
  auto* d = v->data<std::uint16_t>();
  for (int j = 0; j < 64; ++j)
    for (int i = 0; i < 64; ++i) d[v->index(i, j, 0)] = i < 32 ? 100 : 900;
  v->invertedGrayscale = inverted;
  v->fileWindow = WindowLevel{1000, 500};
  return v;
}

}  // namespace

class TestViewer : public QObject {
  Q_OBJECT
private:
  std::shared_ptr<Volume> ct_;
  QString ctLabel_;
  QTemporaryDir phantomDir_;

  // A SliceView in a real 400x400 window showing the CT.
  std::unique_ptr<SliceView> showCt() {
    auto view = std::make_unique<SliceView>();
    view->resize(400, 400);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) return nullptr;
    view->model()->setVolume(ct_, ctLabel_);
    return view;
  }

private slots:
  void initTestCase() {
    // The real sample CT when present; the project's phantom otherwise.
    const QString lidc = test::samplePath(QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT"));
    QStringList files;
    if (!test::sampleDataDir().isEmpty() && QFileInfo::exists(lidc)) {
      QDirIterator it(lidc, {QStringLiteral("*.dcm")}, QDir::Files);
      while (it.hasNext()) files << it.next();
      ctLabel_ = QStringLiteral("LIDC-IDRI-0001");
    } else {
      qInfo("sample CT not found: using the synthetic phantom");
      PhantomOptions o;
      o.matrix = 128;
      o.slices = 40;
      o.pixelSpacing = 2.8;
      o.sliceSpacing = 7.5;
      const auto phantom = writeChestPhantom(phantomDir_.path(), o);
      QVERIFY(phantom.ok());
      files = phantom->ctFiles;
      ctLabel_ = o.patientId;
    }
    const auto loaded = loadVolume(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    ct_ = loaded->volume;
  }

  // ---- model, no window needed ----

  void modelStartsInTheMiddleAndClamps() {
    SliceViewModel model;
    QSignalSpy slices(&model, &SliceViewModel::sliceChanged);
    model.setVolume(ct_, ctLabel_, QStringLiteral("CT"));
    QCOMPARE(model.slice(), ct_->sliceCount() / 2);
    model.scroll(+1);
    QCOMPARE(model.slice(), ct_->sliceCount() / 2 + 1);
    model.setSlice(100000);
    QCOMPARE(model.slice(), ct_->sliceCount() - 1);
    model.scroll(-100000);
    QCOMPARE(model.slice(), 0);
    QVERIFY(slices.count() >= 4);
  }

  void modelWindowing() {
    SliceViewModel model;
    model.setVolume(ct_);
    QCOMPARE(model.window(), ct_->defaultWindow());
    model.applyPreset(1);
    QCOMPARE(model.window(), (WindowLevel{400, 40}));
    model.dragWindow(10, -5);
    QVERIFY(model.window().width > 400);
    QVERIFY(model.window().center < 40);
    model.dragWindow(-100000, 0);
    QVERIFY(model.window().width >= 1);  // never zero or negative
    model.resetWindow();
    QCOMPARE(model.window(), ct_->defaultWindow());
    model.zoomBy(1000);
    QCOMPARE(model.zoom(), 64.0);
  }

  // ---- the real widget ----

  void rendersTheCtNotBlank() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    SliceView view;
    view.resize(512, 512);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage empty = view.grabImage();
    view.model()->setVolume(ct_, ctLabel_, QStringLiteral("CT"));
    const QImage image = view.grabImage();
    QVERIFY(!image.isNull());
    const PixelStats s = stats(image);
    QVERIFY2(s.stddev > 20 && s.distinct > 40, qPrintable(QStringLiteral("stddev %1, levels %2").arg(s.stddev).arg(s.distinct)));
    QVERIFY(changedFraction(empty, image) > 0.3);
    QVERIFY(view.renderWidget()->renderCount() > 0);
    const QStringList corners = view.cornerTexts();
    QVERIFY(corners[0].startsWith(ctLabel_));
    QVERIFY(corners[2].contains(QStringLiteral("%1/%2").arg(ct_->sliceCount() / 2 + 1).arg(ct_->sliceCount())));
  }

  void presetsChangeThePixels() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    const auto shown = showCt();
    QVERIFY(shown);
    SliceView& view = *shown;
    view.renderWidget()->setFocus();
    QTest::keyClick(view.renderWidget(), Qt::Key_1);
    QCOMPARE(view.model()->window(), (WindowLevel{1500, -600}));
    const QImage lung = view.grabImage();
    QTest::keyClick(view.renderWidget(), Qt::Key_2);
    QCOMPARE(view.model()->window(), (WindowLevel{400, 40}));
    const QImage mediastinum = view.grabImage();
    QTest::keyClick(view.renderWidget(), Qt::Key_3);
    QCOMPARE(view.model()->window(), (WindowLevel{1800, 400}));
    const QImage bone = view.grabImage();
    QVERIFY(changedFraction(lung, mediastinum) > 0.1);
    QVERIFY(changedFraction(mediastinum, bone) > 0.1);
    // Lung window shows the (dark) lungs brighter than the mediastinal window does.
    QVERIFY(stats(lung).mean > stats(mediastinum).mean);
    QVERIFY(view.cornerTexts()[3].contains(QStringLiteral("W 1800")));
  }

  void wheelAndKeysScrollSlices() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    const auto shown = showCt();
    QVERIFY(shown);
    SliceView& view = *shown;
    const int start = view.model()->slice();
    const QImage before = view.grabImage();
    sendWheel(view.renderWidget(), 120);
    QCOMPARE(view.model()->slice(), start + 1);
    sendWheel(view.renderWidget(), 3 * 120);
    QCOMPARE(view.model()->slice(), start + 4);
    // A touchpad's small deltas add up to one step.
    for (int i = 0; i < 4; ++i) sendWheel(view.renderWidget(), -30);
    QCOMPARE(view.model()->slice(), start + 3);
    const QImage after = view.grabImage();
    QVERIFY(changedFraction(before, after) > 0.01);
    view.renderWidget()->setFocus();
    QTest::keyClick(view.renderWidget(), Qt::Key_PageDown);
    QCOMPARE(view.model()->slice(), start + 2);
    QTest::keyClick(view.renderWidget(), Qt::Key_PageUp);
    QCOMPARE(view.model()->slice(), start + 3);
    QTest::keyClick(view.renderWidget(), Qt::Key_Home);
    QCOMPARE(view.model()->slice(), 0);
  }

  void dragsAndZoom() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    const auto shown = showCt();
    QVERIFY(shown);
    SliceView& view = *shown;
    QWidget* w = view.renderWidget();
    const WindowLevel before = view.model()->window();
    const QImage beforeImage = view.grabImage();
    QTest::mousePress(w, Qt::RightButton, Qt::NoModifier, QPoint(200, 200));
    QTest::mouseMove(w, QPoint(260, 150));
    QTest::mouseRelease(w, Qt::RightButton, Qt::NoModifier, QPoint(260, 150));
    QVERIFY(view.model()->window().width > before.width);  // dragged right: wider
    QVERIFY(view.model()->window().center > before.center);  // dragged up: higher level
    QVERIFY(changedFraction(beforeImage, view.grabImage()) > 0.05);

    sendWheel(w, 120, Qt::ControlModifier);
    QVERIFY(view.model()->zoom() > 1.05);
    const int slice = view.model()->slice();
    QCOMPARE(slice, ct_->sliceCount() / 2);  // Ctrl+wheel zooms, does not scroll

    QTest::mousePress(w, Qt::MiddleButton, Qt::NoModifier, QPoint(200, 200));
    QTest::mouseMove(w, QPoint(150, 220));
    QTest::mouseRelease(w, Qt::MiddleButton, Qt::NoModifier, QPoint(150, 220));
    QVERIFY(view.model()->pan().x() > 0);  // dragged left: the view centre moves right
    view.renderWidget()->setFocus();
    QTest::keyClick(w, Qt::Key_R);
    QCOMPARE(view.model()->zoom(), 1.0);
    QCOMPARE(view.model()->pan(), QPointF());
  }

  void monochrome1IsShownInverted() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    SliceView view;
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto brightness = [&](bool inverted) {
      view.model()->setVolume(twoToneVolume(inverted));
      const QImage image = view.grabImage().convertToFormat(QImage::Format_Grayscale8);
      const int y = image.height() / 2;
      // Left half holds the low values, right half the high ones.
      return std::make_pair(qGray(image.pixel(image.width() / 2 - 40, y)), qGray(image.pixel(image.width() / 2 + 40, y)));
    };
    const auto [normalLow, normalHigh] = brightness(false);
    QVERIFY2(normalLow < normalHigh, qPrintable(QStringLiteral("%1 %2").arg(normalLow).arg(normalHigh)));
    const auto [invertedLow, invertedHigh] = brightness(true);
    QVERIFY2(invertedLow > invertedHigh, qPrintable(QStringLiteral("%1 %2").arg(invertedLow).arg(invertedHigh)));
  }

  void survivesReparenting() {
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");
    // Reparenting recreates the GL context: VTK must release and rebuild its resources.
    QWidget first, second;
    auto* view = new SliceView(&first);
    view->resize(300, 300);
    first.resize(300, 300);
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    view->model()->setVolume(ct_, ctLabel_);
    QVERIFY(stats(view->grabImage()).stddev > 20);
    view->setParent(&second);
    second.resize(300, 300);
    second.show();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(stats(view->grabImage()).stddev > 20);
  }
};

QTEST_MAIN(TestViewer)
#include "test_viewer.moc"
