// viewer: the real widgets in real windows under Xvfb. Plane views render the CT in every
// plane (not blank), presets and the wheel change the pixels, drags and keys reach the models,
// MONOCHROME1 is inverted, the label overlay lands exactly on the label's voxels in every
// plane, boxes are drawn where they cross, layouts switch and views maximise, the margins of
// a grab are the black the screen shows, and the 3D view renders.

#include "TestSupport.h"
#include "dicom/VolumeLoader.h"
#include "phantom/ChestPhantom.h"
#include "viewer/SliceView.h"
#include "viewer/ViewerPanel.h"
#include "viewer/VolumeView.h"
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
};

PixelStats stats(const QImage& image) {
  const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
  double sum = 0, squares = 0;
  const double n = double(gray.width()) * gray.height();
  for (int y = 0; y < gray.height(); ++y) {
    const uchar* line = gray.constScanLine(y);
    for (int x = 0; x < gray.width(); ++x) {
      sum += line[x];
      squares += double(line[x]) * line[x];
    }
  }
  return {sum / n, std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)))};
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

#define RC_REQUIRE_DISPLAY()                                                         \
  do {                                                                               \
    if (!haveDisplay()) QSKIP("needs an X display (run under xvfb-run)");           \
  } while (0)

std::shared_ptr<Volume> twoToneVolume(bool inverted) {
  auto v = std::make_shared<Volume>(PixelType::UInt16, std::array<int, 3>{64, 64, 1});
  auto* d = v->data<std::uint16_t>();
  for (int j = 0; j < 64; ++j)
    for (int i = 0; i < 64; ++i) d[v->index(i, j, 0)] = i < 32 ? 100 : 900;
  v->invertedGrayscale = inverted;
  v->fileWindow = WindowLevel{1000, 500};
  return v;
}

// A black 60 x 50 x 40 volume (anisotropic, feet-first rows) with one box-shaped segment.
std::shared_ptr<Volume> blackVolume() {
  auto v = std::make_shared<Volume>(PixelType::Int16, std::array<int, 3>{60, 50, 40});
  v->spacing = {0.9, 1.1, 2.0};
  v->axes = {{{-1, 0, 0}, {0, 1, 0}, {0, 0, -1}}};
  v->hasPatientOrientation = true;
  v->modality = QStringLiteral("CT");
  v->fileWindow = WindowLevel{100, 1000};  // every voxel (0) far below the window: black
  return v;
}

// A window holding one widget, shown and exposed.
template <class W>
struct Shown {
  QWidget window;
  W* widget = nullptr;
};

}  // namespace

class TestViewer : public QObject {
  Q_OBJECT
private:
  std::shared_ptr<Volume> ct_;
  QString ctLabel_;
  QTemporaryDir phantomDir_;
  KeyTable keys_;

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

  void everyPlaneRendersTheCt() {
    RC_REQUIRE_DISPLAY();
    ViewerPanel panel(nullptr, &keys_);
    panel.resize(1200, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.viewer()->setVolume(ct_, ctLabel_, QStringLiteral("CT"));
    for (int p = 0; p < 3; ++p) {
      const PixelStats s = stats(panel.sliceView(p)->grabImage());
      QVERIFY2(s.stddev > 20, qPrintable(QStringLiteral("%1: stddev %2").arg(planeName(ViewPlane(p))).arg(s.stddev)));
    }
    QCOMPARE(panel.sliceView(AxialView)->orientationTexts()[0], QStringLiteral("R"));
    QCOMPARE(panel.sliceView(CoronalView)->orientationTexts()[2], QStringLiteral("S"));
    QCOMPARE(panel.sliceView(SagittalView)->orientationTexts()[0], QStringLiteral("A"));
    QVERIFY(panel.sliceView(AxialView)->cornerTexts()[0].startsWith(ctLabel_));
  }

  void presetsWheelDragsAndKeys() {
    RC_REQUIRE_DISPLAY();
    ViewerPanel panel(nullptr, &keys_);
    panel.layoutModel()->setLayout(ViewLayout::Single);
    panel.resize(420, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.viewer()->setVolume(ct_, ctLabel_, QStringLiteral("CT"));
    SliceView* view = panel.sliceView(AxialView);
    QWidget* gl = view->renderWidget();
    const QImage before = view->grabImage();
    QTest::keyClick(gl, Qt::Key_1);
    QCOMPARE(panel.viewer()->window(), (WindowLevel{1500, -600}));
    const QImage lung = view->grabImage();
    QTest::keyClick(gl, Qt::Key_3);
    QCOMPARE(panel.viewer()->window(), (WindowLevel{1800, 400}));
    QVERIFY(changedFraction(lung, view->grabImage()) > 0.2);
    // Wheel: next slice; shift+wheel: ten.
    const int start = view->model()->slice();
    sendWheel(gl, 120);
    QCOMPARE(view->model()->slice(), start + 1);
    sendWheel(gl, -120, Qt::ShiftModifier);
    QCOMPARE(view->model()->slice(), start - 9);
    QTest::keyClick(gl, Qt::Key_PageUp);
    QCOMPARE(view->model()->slice(), start - 8);
    // Right-drag: window; middle-drag: pan; Ctrl+wheel: zoom; F fits again.
    const WindowLevel w = view->model()->window();
    QTest::mousePress(gl, Qt::RightButton, {}, QPoint(200, 200));
    QMouseEvent move(QEvent::MouseMove, QPointF(240, 170), gl->mapToGlobal(QPointF(240, 170)), Qt::NoButton, Qt::RightButton, Qt::NoModifier);
    QApplication::sendEvent(gl, &move);
    QTest::mouseRelease(gl, Qt::RightButton, {}, QPoint(240, 170));
    QVERIFY(view->model()->window().width > w.width);
    QVERIFY(view->model()->window().center > w.center);
    sendWheel(gl, 240, Qt::ControlModifier);
    QVERIFY(view->model()->zoom() > 1.15);
    QTest::keyClick(gl, Qt::Key_F);
    QCOMPARE(view->model()->zoom(), 1.0);
    // A left click moves the cross-hair: the coronal plane follows.
    const int coronal = panel.planeModel(ViewPlane::Coronal)->slice();
    QTest::mouseClick(gl, Qt::LeftButton, {}, QPoint(200, 120));
    QVERIFY(panel.planeModel(ViewPlane::Coronal)->slice() != coronal);
    QVERIFY(changedFraction(before, view->grabImage()) > 0.01);
  }

  void monochrome1IsShownInverted() {
    RC_REQUIRE_DISPLAY();
    ViewerPanel panel(nullptr, &keys_);
    panel.resize(300, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto brightness = [&](bool inverted) {
      panel.viewer()->setVolume(twoToneVolume(inverted));
      const QImage image = panel.sliceView(AxialView)->grabImage().convertToFormat(QImage::Format_Grayscale8);
      const int y = image.height() / 2;
      // Left half holds the low values, right half the high ones (no orientation: as stored).
      return std::make_pair(qGray(image.pixel(image.width() / 2 - 40, y)), qGray(image.pixel(image.width() / 2 + 40, y)));
    };
    const auto [normalLow, normalHigh] = brightness(false);
    QVERIFY2(normalLow < normalHigh, qPrintable(QStringLiteral("%1 %2").arg(normalLow).arg(normalHigh)));
    const auto [invertedLow, invertedHigh] = brightness(true);
    QVERIFY2(invertedLow > invertedHigh, qPrintable(QStringLiteral("%1 %2").arg(invertedLow).arg(invertedHigh)));
    QCOMPARE(panel.layoutModel()->visibleViews(), (std::vector<int>{AxialView}));  // a single image: 1x1
  }

  void overlayLandsOnTheLabelInEveryPlane() {
    RC_REQUIRE_DISPLAY();
    ViewerPanel panel(nullptr, &keys_);
    panel.resize(1200, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto volume = blackVolume();
    auto labels = std::make_shared<LabelSet>();
    Segment s;
    s.number = 1;
    s.label = QStringLiteral("box");
    s.color = {0, 200, 255};
    labels->voxels = LabelMap(volume->dimensions());
    for (int k = 12; k <= 27; ++k)
      for (int j = 10; j <= 33; ++j)
        for (int i = 15; i <= 40; ++i) labels->voxels.set(1, i, j, k, true);
    labels->segments.push_back(s);
    panel.viewer()->setVolume(volume);
    panel.viewer()->setLabels(labels);
    panel.viewer()->setOverlayOpacity(1.0);
    panel.viewer()->setCursor({20, 20, 20});  // inside the box: every plane cuts it
    const QColor expected(0, 200, 255);
    for (int p = 0; p < 3; ++p) {
      SliceView* view = panel.sliceView(p);
      const QImage image = view->grabImage().convertToFormat(QImage::Format_RGB32);
      const SliceGeometry g = view->geometry();
      int inside = 0, outside = 0;
      // Every pixel whose voxel lies well inside (or well outside) the box, away from the
      // box's edge by more than a voxel, and away from the cross-hair and texts.
      for (int y = 40; y < image.height() - 40; y += 3) {
        for (int x = 60; x < image.width() - 60; x += 3) {
          const QPointF at(x + 0.5, y + 0.5);
          if (!g.insideVolume(at)) continue;
          const QPointF c = g.indexToDisplay(panel.viewer()->cursor());
          if (std::abs(at.x() - c.x()) < 4 || std::abs(at.y() - c.y()) < 4) continue;
          const Vec3 index = g.displayToIndex(at, view->model()->slice());
          bool deep = true, far = false;
          for (int a : {g.axes().right, g.axes().down}) {
            const double lo = a == 0 ? 15 : a == 1 ? 10 : 12, hi = a == 0 ? 40 : a == 1 ? 33 : 27;
            const double v = index[size_t(a)];
            if (v < lo + 1 || v > hi - 1) deep = false;
            if (v < lo - 1.5 || v > hi + 1.5) far = true;
          }
          const QColor pixel = image.pixelColor(x, y);
          if (deep) {
            QVERIFY2(std::abs(pixel.red() - expected.red()) <= 2 && std::abs(pixel.green() - expected.green()) <= 2 &&
                         std::abs(pixel.blue() - expected.blue()) <= 2,
                     qPrintable(QStringLiteral("%1 at %2,%3: %4").arg(planeName(ViewPlane(p))).arg(x).arg(y).arg(pixel.name())));
            ++inside;
          } else if (far) {
            QVERIFY2(pixel.blue() < 40, qPrintable(QStringLiteral("%1 at %2,%3: %4").arg(planeName(ViewPlane(p))).arg(x).arg(y).arg(pixel.name())));
            ++outside;
          }
        }
      }
      QVERIFY2(inside > 100 && outside > 100, qPrintable(QStringLiteral("%1: %2 in, %3 out").arg(planeName(ViewPlane(p))).arg(inside).arg(outside)));
    }
    // Hidden, the overlay is gone.
    panel.viewer()->setSegmentHidden(1, true);
    SliceView* axial = panel.sliceView(AxialView);
    const QPointF centre = axial->geometry().indexToDisplay({28, 22, 20});
    QCOMPARE(axial->grabImage().convertToFormat(QImage::Format_RGB32).pixelColor(int(centre.x()), int(centre.y())).blue(), 0);
  }

  void boxesAreDrawnWhereTheyCross() {
    RC_REQUIRE_DISPLAY();
    ViewerPanel panel(nullptr, &keys_);
    panel.resize(1200, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto volume = blackVolume();
    auto labels = std::make_shared<LabelSet>();
    Finding f;
    f.trackingId = QStringLiteral("Nodule 1");
    f.volumeBox = VolumeBox::aroundVoxels(*volume, {15, 10, 12, 40, 33, 27});
    labels->findings.push_back(f);
    panel.viewer()->setVolume(volume);
    panel.viewer()->setLabels(labels);
    auto boxPixels = [&](int view) {
      const QImage image = panel.sliceView(view)->grabImage().convertToFormat(QImage::Format_RGB32);
      int orange = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
          const QColor c = image.pixelColor(x, y);
          if (c.red() > 200 && c.green() > 120 && c.green() < 200 && c.blue() < 80) ++orange;
        }
      return orange;
    };
    panel.viewer()->setCursor({20, 20, 20});
    for (int p = 0; p < 3; ++p) QVERIFY2(boxPixels(p) > 100, qPrintable(planeName(ViewPlane(p))));
    panel.viewer()->setCursor({20, 20, 35});  // the axial plane leaves the box
    QCOMPARE(boxPixels(AxialView), 0);
    QVERIFY(boxPixels(CoronalView) > 100);
  }

  void layoutsSwitchAndViewsMaximise() {
    RC_REQUIRE_DISPLAY();
    ViewerPanel panel(nullptr, &keys_);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.viewer()->setVolume(ct_, ctLabel_, QStringLiteral("CT"));
    auto visible = [&] {
      std::vector<int> v;
      for (int i = 0; i < 3; ++i)
        if (panel.sliceView(i)->isVisible()) v.push_back(i);
      if (panel.volumeView()->isVisible()) v.push_back(ThreeDView);
      return v;
    };
    QCOMPARE(visible(), (std::vector<int>{AxialView, CoronalView, SagittalView}));
    QTest::keyClick(panel.sliceView(AxialView)->renderWidget(), Qt::Key_L);
    QCOMPARE(visible(), (std::vector<int>{AxialView, CoronalView, SagittalView, ThreeDView}));
    // The 3D view renders something (not the flat background).
    QVERIFY(stats(panel.volumeView()->grabImage()).stddev > 5);
    // Double-click maximises the coronal view, and back.
    QTest::mouseDClick(panel.sliceView(CoronalView)->renderWidget(), Qt::LeftButton, {}, QPoint(50, 50));
    QCOMPARE(visible(), (std::vector<int>{CoronalView}));
    QVERIFY(panel.sliceView(CoronalView)->width() > 1000);
    QTest::mouseDClick(panel.sliceView(CoronalView)->renderWidget(), Qt::LeftButton, {}, QPoint(50, 50));
    QCOMPARE(visible().size(), size_t(4));
    // Per-view frames into a folder.
    QTemporaryDir views;
    QVERIFY(panel.saveViews(views.path()).ok());
    for (const char* name : {"axial.png", "coronal.png", "sagittal.png", "3d.png"})
      QVERIFY2(QFileInfo::exists(QDir(views.path()).filePath(QLatin1String(name))), name);
  }

  void grabbedMarginsAreBlackAsOnScreen() {
    RC_REQUIRE_DISPLAY();
    ViewerPanel panel(nullptr, &keys_);
    panel.layoutModel()->setLayout(ViewLayout::Single);
    panel.resize(800, 300);  // wide: margins left and right of the image
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.viewer()->setVolume(ct_, ctLabel_, QStringLiteral("CT"));
    const QImage image = panel.sliceView(AxialView)->grabImage().convertToFormat(QImage::Format_RGB32);
    const QRectF picture = panel.sliceView(AxialView)->geometry().imageRect();
    QVERIFY(picture.left() > 60);
    const QColor margin = image.pixelColor(int(picture.left() / 2), image.height() / 2 + 40);
    QCOMPARE(margin, QColor(0, 0, 0));
  }

  void survivesReparenting() {
    RC_REQUIRE_DISPLAY();
    // Reparenting recreates the GL context: VTK must release and rebuild its resources.
    QWidget first, second;
    ViewerModel viewer;
    SliceViewModel model(&viewer, ViewPlane::Axial);
    auto* view = new SliceView(&model, AxialView, nullptr, nullptr, &keys_, &first);
    view->resize(300, 300);
    first.resize(300, 300);
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    viewer.setVolume(ct_, ctLabel_);
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
