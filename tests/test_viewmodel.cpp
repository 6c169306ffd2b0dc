// viewmodel: the display <-> voxel mapping, plane layout and orientation letters, the
// cross-hair shared by the planes, links, layouts and the mouse/keyboard habits, all without
// a window (no X server needed).

#include "viewmodel/KeyTable.h"
#include "viewmodel/LayoutModel.h"
#include "viewmodel/Outlines.h"
#include "viewmodel/SliceGeometry.h"
#include "viewmodel/SliceInteraction.h"
#include "viewmodel/SliceViewModel.h"
#include "viewmodel/ViewerModel.h"
#include "viewmodel/WholeBodyModel.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace rc;

namespace {

// A 40 x 30 x 20 volume, 0.8 x 0.8 x 2.5 mm, whose axes are not the identity: rows run to the
// patient's right and slices to the feet (a feet-first acquisition).
std::shared_ptr<Volume> feetFirstVolume() {
  auto v = std::make_shared<Volume>(PixelType::Int16, std::array<int, 3>{40, 30, 20});
  v->spacing = {0.8, 0.8, 2.5};
  v->origin = {100, -50, 300};
  v->axes = {{{-1, 0, 0}, {0, 1, 0}, {0, 0, -1}}};
  v->hasPatientOrientation = true;
  v->modality = QStringLiteral("CT");
  auto* p = v->data<std::int16_t>();
  for (size_t n = 0; n < v->voxelCount(); ++n) p[n] = std::int16_t(n % 1000 - 500);
  return v;
}

std::shared_ptr<Volume> volumeWithAxes(const std::array<Vec3, 3>& axes) {
  auto v = feetFirstVolume();
  v->axes = axes;
  return v;
}

void compareVec(const Vec3& a, const Vec3& b, double tolerance = 1e-9) {
  for (int c = 0; c < 3; ++c)
    QVERIFY2(std::abs(a[size_t(c)] - b[size_t(c)]) <= tolerance,
             qPrintable(QStringLiteral("(%1 %2 %3) vs (%4 %5 %6)").arg(a[0]).arg(a[1]).arg(a[2]).arg(b[0]).arg(b[1]).arg(b[2])));
}

}  // namespace

class TestViewModel : public QObject {
  Q_OBJECT
private slots:
  // The whole-body window on a known count image: the 99th percentile of the counts above 0
  // (numpy's linear interpolation), a percentage of it, or of the maximum; inverted grey; the
  // posterior view mirrored on request, clicks mapped back to the image's own pixel.
  void theWholeBodyWindowFollowsThePercentileOfTheCounts() {
    auto volume = std::make_shared<Volume>(PixelType::UInt16, std::array<int, 3>{10, 10, 2});
    auto* v = volume->data<std::uint16_t>();
    for (int n = 0; n < 200; ++n) v[n] = std::uint16_t(n);  // slice 0: 0..99, slice 1: 100..199
    WholeBodyModel model;
    QSignalSpy changed(&model, &WholeBodyModel::changed);
    model.setScan(volume, {PlanarView::Posterior, PlanarView::Anterior});
    QCOMPARE(int(model.views().size()), 2);
    QCOMPARE(model.views()[0].label, QStringLiteral("ANT"));  // anterior first, whatever the order in the file
    QCOMPARE(model.views()[0].slice, 1);
    QVERIFY(model.inverted());
    QCOMPARE(model.basis(), WholeBodyModel::WindowBasis::Percentile);
    // Counts 1..199 (the 0 is background): rank 0.99 * 198 = 196.02 -> 197.02.
    QVERIFY(std::abs(model.basisCount() - 197.02) < 1e-9);
    QVERIFY(std::abs(WholeBodyModel::percentileOf({1, 2, 3, 4}, 50) - 2.5) < 1e-12);
    model.setWindow(WholeBodyModel::WindowBasis::Percentile, 50, 99);
    QVERIFY(std::abs(model.upperCount() - 98.51) < 1e-9);
    model.setWindow(WholeBodyModel::WindowBasis::Maximum, 100);
    QCOMPARE(model.basisCount(), 199.0);
    // Inverted: the hottest pixel black, the empty one white.
    std::vector<std::uint8_t> anterior = model.grey(0);
    QCOMPARE(int(anterior[99]), 0);   // count 199
    QCOMPARE(int(model.grey(1)[0]), 255);  // count 0
    model.setInverted(false);
    QCOMPARE(int(model.grey(0)[99]), 255);
    model.setInverted(true);
    const double upper = model.upperCount();
    model.darker();
    QVERIFY(model.upperCount() < upper);
    model.brighter();
    QVERIFY(std::abs(model.upperCount() - upper) < 1e-9);
    // Mirroring moves the posterior view only, and a shown point maps back to its pixel.
    model.setMirrorPosterior(true);
    QVERIFY(!model.mirrored(0) && model.mirrored(1));
    QCOMPARE(model.toImage(1, QPointF(0, 3)), QPointF(9, 3));
    QCOMPARE(model.toImage(0, QPointF(0, 3)), QPointF(0, 3));
    QCOMPARE(int(model.grey(1)[0]), 255 - int(std::lround(9.0 / 199 * 255)));  // shown column 0 is column 9
    QVERIFY(changed.count() >= 6);
  }

  void displayVoxelRoundTrips_data() {
    QTest::addColumn<int>("plane");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("pan");
    for (int plane = 0; plane < 3; ++plane)
      for (double zoom : {1.0, 2.5, 0.4})
        for (QPointF pan : {QPointF(), QPointF(12, -7)})
          QTest::newRow(qPrintable(QStringLiteral("%1 zoom %2 pan %3,%4").arg(planeName(ViewPlane(plane))).arg(zoom).arg(pan.x()).arg(pan.y())))
              << plane << zoom << pan;
  }

  void displayVoxelRoundTrips() {
    QFETCH(int, plane);
    QFETCH(double, zoom);
    QFETCH(QPointF, pan);
    const auto v = feetFirstVolume();
    const SliceGeometry g(*v, ViewPlane(plane), QSizeF(400, 300), zoom, pan);
    const int normal = g.axes().normal;
    for (const Vec3& p : {Vec3{0, 0, 0}, Vec3{39, 29, 19}, Vec3{10.25, 5.5, 7}, Vec3{31, 2, 13.75}}) {
      const QPointF d = g.indexToDisplay(p);
      compareVec(g.displayToIndex(d, p[size_t(normal)]), p, 1e-9);
    }
    // A pixel step on screen is mmPerPixel millimetres of the plane.
    const Vec3 a = g.displayToIndex(QPointF(100, 100), 0), b = g.displayToIndex(QPointF(101, 100), 0);
    const int right = g.axes().right;
    QCOMPARE(std::abs(b[size_t(right)] - a[size_t(right)]) * v->spacing[size_t(right)], g.millimetresPerPixel());
  }

  // Another tool's drawings on the slices they belong to: a 2D line on its image's slice only
  // (SR pixel coordinates: (0.5, 0.5) is voxel (0, 0)); an ellipse as a closed polygon through
  // its axis ends; a 3D line where it lies, in any plane.
  void drawingsOnTheirSlice() {
    auto v = feetFirstVolume();
    v->frameOfReferenceUid = QStringLiteral("2.25.1");
    for (int k = 0; k < 20; ++k)
      v->slices.push_back({QStringLiteral("2.25.10%1").arg(k), QString(), 0, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), 1});
    Graphic line;
    line.type = GraphicType::Polyline;
    line.image = {QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), QStringLiteral("2.25.107"), 0};
    line.points = {{10.5, 20.5}, {30.5, 5.5}};
    const DrawnOutline on7 = graphicOutline(*v, line, 2, 7);
    QCOMPARE(int(on7.points.size()), 2);
    QVERIFY(!on7.closed);
    compareVec(on7.points[0], {10, 20, 7});
    compareVec(on7.points[1], {30, 5, 7});
    QVERIFY(graphicOutline(*v, line, 2, 8).points.empty());
    QVERIFY(graphicOutline(*v, line, 0, 7).points.empty());  // a 2D drawing is not in a sagittal view

    Graphic ellipse = line;
    ellipse.type = GraphicType::Ellipse;
    ellipse.points = {{10.5, 10.5}, {30.5, 10.5}, {20.5, 5.5}, {20.5, 15.5}};
    const DrawnOutline round = graphicOutline(*v, ellipse, 2, 7);
    QVERIFY(round.closed);
    QVERIFY(round.points.size() > 8);
    for (const Vec3& end : {Vec3{10, 10, 7}, Vec3{30, 10, 7}, Vec3{20, 5, 7}, Vec3{20, 15, 7}})
      QVERIFY(std::any_of(round.points.begin(), round.points.end(), [&](const Vec3& q) {
        return std::hypot(q[0] - end[0], q[1] - end[1]) < 1e-6;
      }));

    Graphic inSpace;
    inSpace.type = GraphicType::Polyline;
    inSpace.frameOfReferenceUid = v->frameOfReferenceUid;
    inSpace.points3D = {v->indexToPatient(4, 12, 3), v->indexToPatient(4, 20, 9)};  // in sagittal plane i = 4
    const DrawnOutline sagittal = graphicOutline(*v, inSpace, 0, 4);
    QCOMPARE(int(sagittal.points.size()), 2);
    compareVec(sagittal.points[1], {4, 20, 9}, 1e-6);
    QVERIFY(graphicOutline(*v, inSpace, 2, 3).points.empty());  // it crosses axial slices
    inSpace.frameOfReferenceUid = QStringLiteral("2.25.2");
    QVERIFY(graphicOutline(*v, inSpace, 0, 4).points.empty());  // another frame of reference
  }

  // The reader's layout comes back next time; what a radiograph forces is not remembered.
  void layoutIsRemembered() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
      QSettings settings(file, QSettings::IniFormat);
      LayoutModel model;
      rememberLayout(model, settings);
      QCOMPARE(model.layout(), ViewLayout::Row);  // nothing remembered yet: the default
      model.setLayout(ViewLayout::Grid);
      model.setSingleImage(true);  // a chest X-ray: 1x1 on screen, 2x2 still the choice
      QCOMPARE(model.effectiveLayout(), ViewLayout::Single);
    }
    QSettings settings(file, QSettings::IniFormat);
    LayoutModel next;
    rememberLayout(next, settings);
    QCOMPARE(next.layout(), ViewLayout::Grid);
    next.cycle();
    QCOMPARE(settings.value(QStringLiteral("viewer/layout")).toString(), QStringLiteral("1x1"));
  }

  void axialMappingByHand() {
    // Worked out on paper: fit = max(40*0.8/400, 30*0.8/400) * 1.02 = 0.0816 mm per pixel;
    // rows run to the patient's right, so the screen shows i from 39 (left) to 0 (right).
    const auto v = feetFirstVolume();
    const SliceGeometry g(*v, ViewPlane::Axial, QSizeF(400, 400));
    QCOMPARE(g.millimetresPerPixel(), 0.0816);
    const QPointF d = g.indexToDisplay({10, 5, 0});
    QVERIFY(std::abs(d.x() - (200 + (29 * 0.8 - 15.6) / 0.0816)) < 1e-9);
    QVERIFY(std::abs(d.y() - (200 + (5 * 0.8 - 11.6) / 0.0816)) < 1e-9);
    // Zoom 2 halves the millimetres per pixel; a 10 mm pan moves the centre 10 mm.
    const SliceGeometry zoomed(*v, ViewPlane::Axial, QSizeF(400, 400), 2.0, QPointF(10, 0));
    QCOMPARE(zoomed.millimetresPerPixel(), 0.0408);
    const Vec3 centre = zoomed.displayToIndex(QPointF(200, 200), 0);
    QVERIFY(std::abs(centre[0] - (39 - (15.6 + 10) / 0.8)) < 1e-9);
    // The image rectangle covers the voxels' outer edges.
    const QRectF r = g.imageRect();
    QVERIFY(std::abs(r.width() - 40 * 0.8 / 0.0816) < 1e-9);
    QVERIFY(std::abs(r.height() - 30 * 0.8 / 0.0816) < 1e-9);
    QVERIFY(std::abs(r.center().x() - 200) < 1e-9 && std::abs(r.center().y() - 200) < 1e-9);
  }

  void planesFollowThePatientAxes() {
    const auto v = feetFirstVolume();
    const PlaneAxes axial = planeAxes(*v, ViewPlane::Axial);
    QCOMPARE(axial.normal, 2);
    QCOMPARE(axial.right, 0);
    QCOMPARE(axial.rightIncreasing, false);  // i runs to the patient's right: shown right to left
    QCOMPARE(axial.down, 1);
    QCOMPARE(axial.downIncreasing, true);
    const PlaneAxes coronal = planeAxes(*v, ViewPlane::Coronal);
    QCOMPARE(coronal.normal, 1);
    QCOMPARE(coronal.down, 2);
    QCOMPARE(coronal.downIncreasing, true);  // k runs to the feet: down
    const PlaneAxes sagittal = planeAxes(*v, ViewPlane::Sagittal);
    QCOMPARE(sagittal.normal, 0);
    QCOMPARE(sagittal.right, 1);
    QCOMPARE(sagittal.rightIncreasing, true);  // posterior to the right
    QVERIFY(!axial.oblique && !coronal.oblique && !sagittal.oblique);
    // A sagittal acquisition (rows along Y, columns to the feet, slices along X): its own
    // plane is the sagittal view.
    const auto sag = volumeWithAxes({{{0, 1, 0}, {0, 0, -1}, {1, 0, 0}}});
    QCOMPARE(planeAxes(*sag, ViewPlane::Sagittal).normal, 2);
    QCOMPARE(planeAxes(*sag, ViewPlane::Axial).normal, 1);
    // 20 degrees off: flagged oblique.
    const double c = std::cos(20 * M_PI / 180), s = std::sin(20 * M_PI / 180);
    const auto tilted = volumeWithAxes({{{1, 0, 0}, {0, c, s}, {0, -s, c}}});
    QVERIFY(planeAxes(*tilted, ViewPlane::Axial).oblique);
  }

  void orientationLetters() {
    // Head-first supine, feet-first and flipped rows all read R | L and A over P in axial.
    const auto headFirst = volumeWithAxes({{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}});
    const auto feetFirst = feetFirstVolume();
    const auto flipped = volumeWithAxes({{{1, 0, 0}, {0, -1, 0}, {0, 0, -1}}});
    for (const auto& v : {headFirst, feetFirst, flipped}) {
      const auto axial = edgeLetters(*v, planeAxes(*v, ViewPlane::Axial));
      QCOMPARE(axial, (std::array<QString, 4>{QStringLiteral("R"), QStringLiteral("L"), QStringLiteral("A"), QStringLiteral("P")}));
      const auto coronal = edgeLetters(*v, planeAxes(*v, ViewPlane::Coronal));
      QCOMPARE(coronal, (std::array<QString, 4>{QStringLiteral("R"), QStringLiteral("L"), QStringLiteral("S"), QStringLiteral("I")}));
      const auto sagittal = edgeLetters(*v, planeAxes(*v, ViewPlane::Sagittal));
      QCOMPARE(sagittal, (std::array<QString, 4>{QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("S"), QStringLiteral("I")}));
    }
    // An oblique plane gets two letters; a radiograph none.
    const double c = std::cos(30 * M_PI / 180), s = std::sin(30 * M_PI / 180);
    const auto oblique = volumeWithAxes({{{c, s, 0}, {-s, c, 0}, {0, 0, 1}}});
    const auto letters = edgeLetters(*oblique, planeAxes(*oblique, ViewPlane::Axial));
    QCOMPARE(letters[1], QStringLiteral("LP"));
    Volume radiograph(PixelType::UInt16, {10, 10, 1});
    QCOMPARE(edgeLetters(radiograph, planeAxes(radiograph, ViewPlane::Axial))[0], QString());
  }

  void crossHairClickMovesTheOtherPlanes() {
    ViewerModel viewer;
    viewer.setVolume(feetFirstVolume(), QStringLiteral("RC-1"), QStringLiteral("CT"));
    SliceViewModel axial(&viewer, ViewPlane::Axial), coronal(&viewer, ViewPlane::Coronal), sagittal(&viewer, ViewPlane::Sagittal);
    LayoutModel layout;
    KeyTable keys;
    SliceInteraction interaction(&axial, AxialView, &layout, nullptr, &keys);
    interaction.setViewSize(QSizeF(400, 400));
    QSignalSpy coronalSlices(&coronal, &SliceViewModel::sliceChanged), sagittalSlices(&sagittal, &SliceViewModel::sliceChanged);
    // The display point of voxel (10, 5) on the axial plane, worked out by hand above.
    const QPointF click(200 + (29 * 0.8 - 15.6) / 0.0816, 200 + (5 * 0.8 - 11.6) / 0.0816);
    const int axialSlice = axial.slice();
    QVERIFY(interaction.press({click, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier}));
    QVERIFY(interaction.release({click, Qt::LeftButton, Qt::NoButton, Qt::NoModifier}));
    QCOMPARE(sagittal.slice(), 10);  // sagittal planes cut through i
    QCOMPARE(coronal.slice(), 5);    // coronal planes through j
    QCOMPARE(axial.slice(), axialSlice);
    QCOMPARE(coronalSlices.count(), 1);
    QCOMPARE(sagittalSlices.count(), 1);
    // Scrolling the coronal plane moves the cross-hair: the axial plane stays, the coronal moves.
    SliceInteraction onCoronal(&coronal, CoronalView, &layout, nullptr, &keys);
    onCoronal.wheel(3, Qt::NoModifier);
    QCOMPARE(coronal.slice(), 8);
    QCOMPARE(int(std::lround(viewer.cursor()[1])), 8);
    onCoronal.wheel(1, Qt::ShiftModifier);  // ten at a time
    QCOMPARE(coronal.slice(), 18);
    QCOMPARE(layout.activeView(), int(AxialView));  // the wheel does not change the active view
    // Shift+move without a button: the cross-hair follows.
    interaction.move({click + QPointF(-0.8 / 0.0816 * 2, 0), Qt::NoButton, Qt::NoButton, Qt::ShiftModifier});
    QCOMPARE(sagittal.slice(), 12);  // two voxels to the left is i + 2 (rows run right to left)
  }

  void readoutShowsIndexPatientAndValue() {
    ViewerModel viewer;
    const auto v = feetFirstVolume();
    viewer.setVolume(v);
    const VoxelReadout r = viewer.readout({3, 4, 5});
    QVERIFY(r.valid);
    QCOMPARE(r.voxel, (std::array<int, 3>{3, 4, 5}));
    compareVec(r.patient, {100 - 3 * 0.8, -50 + 4 * 0.8, 300 - 5 * 2.5});
    QCOMPARE(r.value, v->valueAt(3, 4, 5));
    QCOMPARE(r.unit, QStringLiteral("HU"));
    QVERIFY(!viewer.readout({-3, 4, 5}).valid);
    // The cross-hair can be placed by patient position.
    QVERIFY(viewer.setCursorToPatient(v->indexToPatient(7, 8, 9)));
    compareVec(viewer.cursor(), {7, 8, 9}, 1e-9);
    QVERIFY(!viewer.setCursorToPatient({1000, 0, 0}));
  }

  void windowZoomAndPanLinkAcrossPlanes() {
    ViewerModel viewer;
    viewer.setVolume(feetFirstVolume());
    SliceViewModel axial(&viewer, ViewPlane::Axial), coronal(&viewer, ViewPlane::Coronal);
    axial.setWindow({400, 40});
    QCOMPARE(coronal.window(), (WindowLevel{400, 40}));
    axial.zoomBy(2);
    axial.panBy(5, -3);
    QCOMPARE(coronal.zoom(), 2.0);
    QCOMPARE(coronal.pan(), QPointF(5, -3));
    // Unlinked: each plane keeps what it showed and goes its own way.
    viewer.setLinkWindow(false);
    viewer.setLinkZoomPan(false);
    axial.setWindow({1500, -600});
    axial.zoomBy(1.5);
    QCOMPARE(coronal.window(), (WindowLevel{400, 40}));
    QCOMPARE(coronal.zoom(), 2.0);
    QCOMPARE(axial.zoom(), 3.0);
  }

  void keysFromTheOneTable() {
    ViewerModel viewer;
    viewer.setVolume(feetFirstVolume());
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    LayoutModel layout;
    KeyTable keys;
    SliceInteraction interaction(&axial, AxialView, &layout, nullptr, &keys);
    const int start = axial.slice();
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_PageUp)));
    QCOMPARE(axial.slice(), start + 1);
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_1)));
    QCOMPARE(viewer.window(), (WindowLevel{1500, -600}));
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_I)));
    QVERIFY(viewer.inverted());
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_Space)));
    QVERIFY(!viewer.overlayVisible());
    QCOMPARE(layout.layout(), ViewLayout::Row);
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_L)));
    QCOMPARE(layout.layout(), ViewLayout::Grid);
    axial.zoomBy(3);
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_F)));
    QCOMPARE(axial.zoom(), 1.0);
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_R)));
    QVERIFY(!viewer.inverted());
    QCOMPARE(viewer.window(), viewer.defaultWindow());
    // Keys the views do not handle go on; a rebound key works at once.
    KeyAction seen = KeyAction::Navigate;
    interaction.otherAction = [&](KeyAction a) {
      seen = a;
      return true;
    };
    QVERIFY(interaction.key(QKeyCombination(Qt::ControlModifier, Qt::Key_Z)));
    QCOMPARE(seen, KeyAction::Undo);
    QVERIFY(keys.rebind(QStringLiteral("invert"), {QKeyCombination(Qt::Key_V)}));
    QVERIFY(interaction.key(QKeyCombination(Qt::Key_V)));
    QVERIFY(viewer.inverted());
    QVERIFY(!keys.actionFor(QKeyCombination(Qt::Key_I)));
    // Every binding has a description for Help.
    const KeyTable defaults;
    for (const KeyBinding& b : defaults.bindings()) QVERIFY(!KeyTable::describe(b).isEmpty());
  }

  void layoutsAndMaximise() {
    LayoutModel layout;
    QCOMPARE(layout.visibleViews(), (std::vector<int>{AxialView, CoronalView, SagittalView}));
    layout.cycle();
    QCOMPARE(layout.visibleViews(), (std::vector<int>{AxialView, CoronalView, SagittalView, ThreeDView}));
    layout.toggleMaximized(CoronalView);
    QCOMPARE(layout.visibleViews(), (std::vector<int>{CoronalView}));
    QCOMPARE(layout.effectiveLayout(), ViewLayout::Single);
    layout.toggleMaximized(CoronalView);
    QCOMPARE(layout.effectiveLayout(), ViewLayout::Grid);
    layout.cycle();
    QCOMPARE(layout.visibleViews(), (std::vector<int>{CoronalView}));  // 1x1 shows the active view
    // A radiograph: always one view.
    layout.setLayout(ViewLayout::Grid);
    layout.setSingleImage(true);
    QCOMPARE(layout.visibleViews(), (std::vector<int>{AxialView}));
    QCOMPARE(layoutFromName(QStringLiteral("2x2")), std::optional<ViewLayout>(ViewLayout::Grid));
    QVERIFY(!layoutFromName(QStringLiteral("3x3")));
    // Double-click maximises through the interaction.
    ViewerModel viewer;
    viewer.setVolume(feetFirstVolume());
    SliceViewModel sagittal(&viewer, ViewPlane::Sagittal);
    LayoutModel fresh;
    SliceInteraction interaction(&sagittal, SagittalView, &fresh, nullptr, nullptr);
    QVERIFY(interaction.doubleClick({QPointF(10, 10), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier}));
    QCOMPARE(fresh.maximized(), int(SagittalView));
  }

  void dragsChangeWindowAndPan() {
    ViewerModel viewer;
    viewer.setVolume(feetFirstVolume());
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    SliceInteraction interaction(&axial, AxialView, nullptr, nullptr, nullptr);
    interaction.setViewSize(QSizeF(400, 400));
    const WindowLevel before = axial.window();
    interaction.press({QPointF(100, 100), Qt::RightButton, Qt::RightButton, Qt::NoModifier});
    interaction.move({QPointF(110, 90), Qt::NoButton, Qt::RightButton, Qt::NoModifier});
    interaction.release({QPointF(110, 90), Qt::RightButton, Qt::NoButton, Qt::NoModifier});
    QCOMPARE(axial.window().width, before.width + 10 * viewer.windowStep());
    QCOMPARE(axial.window().center, before.center + 10 * viewer.windowStep());
    const double mm = axial.geometry(QSizeF(400, 400)).millimetresPerPixel();
    interaction.press({QPointF(100, 100), Qt::MiddleButton, Qt::MiddleButton, Qt::NoModifier});
    interaction.move({QPointF(120, 100), Qt::NoButton, Qt::MiddleButton, Qt::NoModifier});
    interaction.release({QPointF(120, 100), Qt::MiddleButton, Qt::NoButton, Qt::NoModifier});
    QVERIFY(std::abs(axial.pan().x() + 20 * mm) < 1e-9);
  }
};

QTEST_GUILESS_MAIN(TestViewModel)
#include "test_viewmodel.moc"
