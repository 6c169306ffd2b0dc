// annotate: the annotation model without a window. Tools are pressed, dragged and released
// at voxel coordinates on synthetic volumes whose voxel counts are known exactly (lattice
// points of discs and balls); undo and redo must restore masks exactly; 50 steps of typical
// edits must stay small; saves go to the store within the autosave delay and two sessions on
// one series never overwrite each other unseen; vocabulary and template errors name file,
// line and key.

#include "StoreFixture.h"
#include "TestSupport.h"
#include "Validators.h"
#include "annotate/AnnotationSession.h"
#include "annotate/ClinicalRecordModel.h"
#include "annotate/ClinicalTemplate.h"
#include "annotate/SegmentListModel.h"
#include "annotate/Tools.h"
#include "annotate/Vocabulary.h"
#include "casework/LabelTransfer.h"
#include "phantom/ChestPhantom.h"
#include "phantom/OrganLabels.h"
#include "session/Session.h"
#include "storage/EditSessions.h"
#include "storage/LabelStore.h"
#include "viewmodel/SliceViewModel.h"
#include "viewmodel/ViewerModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>

using namespace rc;

namespace {

// Lattice points in a disc of radius r voxels (Gauss's circle problem): N(3) = 29, N(6) = 113.
constexpr size_t kDisc3 = 29, kDisc6 = 113;

std::shared_ptr<Volume> syntheticVolume(std::array<int, 3> dims, Vec3 spacing, std::int16_t value = -500) {
  auto v = std::make_shared<Volume>(PixelType::Int16, dims);
  v->spacing = spacing;
  v->modality = QStringLiteral("CT");
  v->frameOfReferenceUid = QStringLiteral("2.25.4242");
  auto* d = v->data<std::int16_t>();
  for (size_t n = 0; n < v->voxelCount(); ++n) d[n] = value;
  return v;
}

ToolEvent at(const SliceViewModel* view, double i, double j, double k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  ToolEvent e;
  e.index = {i, j, k};
  e.view = view;
  e.mmPerPixel = 0.5;
  e.modifiers = modifiers;
  return e;
}

LabelSet masksOf(const AnnotationSession& a) { return *a.labels(); }

// A segment of a label set as a mask of its own.
SegmentMask maskOf(const LabelSet& labels, int number) { return labels.voxels.extract(number); }

bool sameMasks(const LabelSet& x, const LabelSet& y) {
  if (x.segments.size() != y.segments.size()) return false;
  for (size_t n = 0; n < x.segments.size(); ++n)
    if (x.segments[n].number != y.segments[n].number || maskOf(x, x.segments[n].number) != maskOf(y, y.segments[n].number)) return false;
  return true;
}

// The reader in the kill -9 test: a real process that opens the series, paints one voxel
// per stroke every 100 ms (stroke n sets voxel (n % 64, n / 64, 0)) with the autosave as
// the product has it, and prints each stroke when it is committed. It runs until killed.
int editChild(const QString& storeDir, const QString& seriesUid) {
  Session session;
  if (!session.openStore(storeDir).ok()) return 2;
  const auto series = [&]() -> std::optional<SeriesSummary> {
    CaseDatabase db(*session.store());
    auto s = db.series(seriesUid);
    return s ? std::optional<SeriesSummary>(s.value()) : std::nullopt;
  }();
  if (!series || !session.setOpenSeries(*series, syntheticVolume({64, 64, 20}, {5.6, 5.6, 15.0})).ok()) return 3;
  AnnotationSession a(&session);
  const auto segment = a.addSegment(QStringLiteral("Painted before the crash"));
  if (!segment) return 4;
  int stroke = 0;
  QTimer timer;
  QObject::connect(&timer, &QTimer::timeout, [&] {
    BoxMask dab(IndexBox{{stroke % 64, stroke / 64, 0}, {stroke % 64, stroke / 64, 0}});
    dab.set(stroke % 64, stroke / 64, 0, true);
    if (!a.applyEdit({segment.value(), MaskEdit::Mode::Add, std::move(dab)}, QStringLiteral("stroke")).ok()) return;
    std::printf("stroke %d\n", stroke++);
    std::fflush(stdout);
  });
  timer.start(100);
  return QCoreApplication::exec();
}

}  // namespace

class TestAnnotate : public QObject {
  Q_OBJECT
  QTemporaryDir source_;
  QTemporaryDir storeDir_;
  std::unique_ptr<test::StoreFixture> fixture_;
  SeriesSummary ct_;

  // A session on the stored CT series, showing `volume` (synthetic: known voxels).
  std::unique_ptr<Session> open(std::shared_ptr<const Volume> volume) {
    auto session = std::make_unique<Session>();
    if (!session->openStore(storeDir_.path()).ok() || !session->setOpenSeries(ct_, std::move(volume)).ok()) return nullptr;
    return session;
  }

  // Clears the stored labels between tests (each starts from an empty set).
  void clearLabels() {
    CaseDatabase db(*fixture_->store);
    LabelSet empty;
    empty.seriesInstanceUid = ct_.seriesUid;
    QVERIFY(LabelStore(db).replace(empty).ok());
  }

private slots:
  void initTestCase() {
    PhantomOptions o;
    o.matrix = 64;
    o.slices = 20;
    o.pixelSpacing = 5.6;
    o.sliceSpacing = 15.0;
    QVERIFY(writeChestPhantom(source_.path(), o).ok());
    fixture_ = test::StoreFixture::open(storeDir_.path());
    QVERIFY(fixture_);
    QVERIFY(fixture_->import({source_.path()}).filesImported > 0);
    CaseDatabase db(*fixture_->store);
    for (const SeriesSummary& s : db.listSeries().value())
      if (s.modality == QLatin1String("CT")) ct_ = s;
    QVERIFY(!ct_.seriesUid.isEmpty());
  }

  void init() { clearLabels(); }

  void brushEraserAndThresholdBrushCountExactly() {
    auto volume = syntheticVolume({64, 64, 10}, {0.5, 0.5, 2.0});
    // Left half (i < 32) -500 HU, right half +100 HU: the threshold brush sees the difference.
    auto* d = volume->data<std::int16_t>();
    for (int k = 0; k < 10; ++k)
      for (int j = 0; j < 64; ++j)
        for (int i = 32; i < 64; ++i) d[volume->index(i, j, k)] = 100;
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    ViewerModel viewer;
    viewer.setVolume(volume);
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    ToolSettings settings;
    settings.setBrushRadiusMm(3.0);  // 6 voxels in plane
    BrushTool brush(&a, &settings, BrushTool::Mode::Paint);
    BrushTool eraser(&a, &settings, BrushTool::Mode::Erase);
    BrushTool threshold(&a, &settings, BrushTool::Mode::Threshold);

    // The brush key on a series without segments makes "Segment 1" at once.
    QVERIFY(a.labels()->segments.empty());
    brush.press(at(&axial, 20, 32, 4));
    brush.release(at(&axial, 20, 32, 4));
    QCOMPARE(int(a.labels()->segments.size()), 1);
    QCOMPARE(a.labels()->segments.front().label, QStringLiteral("Segment 1"));
    const SegmentMask& m = maskOf(*a.labels(), a.labels()->segments.front().number);
    QCOMPARE(m.count(), kDisc6);
    QCOMPARE(m.count(4), kDisc6);  // a disc in the plane, one slice

    settings.setBrushRadiusMm(1.5);  // 3 voxels
    eraser.press(at(&axial, 20, 32, 4));
    eraser.release(at(&axial, 20, 32, 4));
    QCOMPARE(maskOf(*a.labels(), a.labels()->segments.front().number).count(), kDisc6 - kDisc3);

    // Threshold brush at the border, range -950..-200: only the left half of the disc.
    QVERIFY(a.addSegment().ok());
    settings.setBrushRadiusMm(3.0);
    settings.setThresholdRange(-950, -200);
    threshold.press(at(&axial, 32, 20, 6));
    threshold.release(at(&axial, 32, 20, 6));
    const Segment* second = a.labels()->segment(a.activeSegment());
    QCOMPARE(a.labels()->voxels.count(second->number), size_t((kDisc6 - 13) / 2));  // 13 points on the centre column
    QVERIFY(!a.policy().intensityRange);                         // the range was only for the stroke

    // A sphere of 1 mm on 0.5 mm voxels in plane, 2 mm across: only k = 6 is within reach.
    QVERIFY(a.addSegment().ok());
    settings.setBrushIsSphere(true);
    settings.setBrushRadiusMm(1.0);
    brush.press(at(&axial, 10, 10, 6));
    brush.release(at(&axial, 10, 10, 6));
    QCOMPARE(maskOf(*a.labels(), a.activeSegment()).count(), size_t(13));  // N(2) = 13
    // Ctrl+click with the threshold brush samples the range (mean +- max(2.5 SD, 10)).
    threshold.press(at(&axial, 50, 50, 5, Qt::ControlModifier));
    QCOMPARE(settings.thresholdRange(), (std::pair<double, double>(90, 110)));
  }

  void strokeIsOneStepAndUndoRestoresExactly() {
    auto volume = syntheticVolume({80, 80, 12}, {0.7, 0.7, 2.5});
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    ViewerModel viewer;
    viewer.setVolume(volume);
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    SliceViewModel coronal(&viewer, ViewPlane::Coronal);
    ToolSettings settings;
    settings.setBrushRadiusMm(2.0);
    BrushTool brush(&a, &settings, BrushTool::Mode::Paint);
    brush.press(at(&axial, 10, 40, 5));
    for (int i = 11; i <= 60; i += 7) brush.drag(at(&axial, i, 40, 5));
    brush.release(at(&axial, 60, 40, 5));
    const LabelSet afterFirst = masksOf(a);
    // A continuous band: every column between the ends is painted on row 40.
    for (int i = 10; i <= 60; ++i) QVERIFY(maskOf(afterFirst, afterFirst.segments.front().number).at(i, 40, 5));
    // A stroke in the coronal plane: the same tool works across j.
    brush.press(at(&coronal, 40, 20, 2));
    brush.drag(at(&coronal, 40, 20, 9));
    brush.release(at(&coronal, 40, 20, 9));
    const LabelSet afterSecond = masksOf(a);
    QVERIFY(maskOf(afterSecond, afterSecond.segments.front().number).count(7) > 0);
    QCOMPARE(maskOf(afterSecond, afterSecond.segments.front().number).count(7), maskOf(afterSecond, afterSecond.segments.front().number).count(3));

    EditHistory* h = session->history();
    QCOMPARE(h->undoCount(), 3);  // new segment, two strokes
    QVERIFY(h->undo().ok());
    QVERIFY(sameMasks(masksOf(a), afterFirst));
    QVERIFY(h->undo().ok());
    QCOMPARE(maskOf(*a.labels(), a.labels()->segments.front().number).count(), size_t(0));
    QVERIFY(h->redo().ok());
    QVERIFY(sameMasks(masksOf(a), afterFirst));
    QVERIFY(h->redo().ok());
    QVERIFY(sameMasks(masksOf(a), afterSecond));
    // Undo of the new segment removes it; redo brings it back with its mask.
    QVERIFY(h->undo().ok() && h->undo().ok() && h->undo().ok());
    QVERIFY(a.labels()->segments.empty());
    QVERIFY(h->redo().ok() && h->redo().ok() && h->redo().ok());
    QVERIFY(sameMasks(masksOf(a), afterSecond));
  }

  void paintOverRulesAndLocks() {
    auto volume = syntheticVolume({40, 40, 4}, {1, 1, 1});
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    const int first = a.addSegment(QStringLiteral("A")).value();
    const int second = a.addSegment(QStringLiteral("B")).value();
    auto square = [](int i0, int i1) {
      BoxMask b(IndexBox{{i0, 10, 1}, {i1, 19, 1}});
      std::fill(b.bits.begin(), b.bits.end(), 1);
      return b;
    };
    QVERIFY(a.applyEdit({first, MaskEdit::Mode::Add, square(0, 19)}, QStringLiteral("A")).ok());  // 200 voxels
    EditPolicy policy;
    policy.paintOver = PaintOver::None;
    a.setPolicy(policy);
    QVERIFY(a.applyEdit({second, MaskEdit::Mode::Add, square(10, 29)}, QStringLiteral("B")).ok());
    QCOMPARE(maskOf(*a.labels(), first).count(), size_t(200));
    QCOMPARE(maskOf(*a.labels(), second).count(), size_t(100));  // only the free part

    policy.paintOver = PaintOver::All;
    a.setPolicy(policy);
    QVERIFY(a.applyEdit({second, MaskEdit::Mode::Add, square(15, 29)}, QStringLiteral("B")).ok());
    QCOMPARE(maskOf(*a.labels(), first).count(), size_t(150));  // columns 15..19 taken
    QCOMPARE(maskOf(*a.labels(), second).count(), size_t(150));
    // Undo and redo hand the taken voxels back and forth inside the one shared layer: the
    // segments never look overlapping on the way (which would give one a layer of its own).
    QVERIFY(session->history()->undo().ok());
    QCOMPARE(maskOf(*a.labels(), first).count(), size_t(200));
    QVERIFY(session->history()->redo().ok());
    QCOMPARE(maskOf(*a.labels(), first).count(), size_t(150));
    QCOMPARE(a.labels()->voxels.layerCount(), 1);

    Segment info = *a.labels()->segment(first);
    info.locked = true;
    QVERIFY(a.updateSegment(info).ok());
    policy.paintOver = PaintOver::Unlocked;
    a.setPolicy(policy);
    QVERIFY(a.applyEdit({second, MaskEdit::Mode::Add, square(0, 29)}, QStringLiteral("B")).ok());
    QCOMPARE(maskOf(*a.labels(), first).count(), size_t(150));  // locked: untouched
    QCOMPARE(maskOf(*a.labels(), second).count(), size_t(150));
    // A locked segment cannot be edited itself.
    QVERIFY(!a.applyEdit({first, MaskEdit::Mode::Remove, square(0, 39)}, QStringLiteral("A")).ok());
    QCOMPARE(maskOf(*a.labels(), first).count(), size_t(150));
  }

  void editingAnImportedSegmentVerifiesItAndMakesItSemiautomatic() {
    auto volume = syntheticVolume({30, 30, 3}, {1, 1, 1});
    auto session = open(volume);
    QVERIFY(session);
    {
      // What import-labels leaves: an AUTOMATIC segment nobody has verified.
      LabelSet labels;
      labels.seriesInstanceUid = ct_.seriesUid;
      Segment s;
      s.number = 1;
      s.label = QStringLiteral("AI nodule");
      s.algorithm = SegmentAlgorithm::Automatic;
      s.algorithmName = QStringLiteral("model X");
      s.verified = false;
      labels.voxels = LabelMap(volume->dimensions());
      labels.voxels.set(1, 5, 5, 1, true);
      labels.segments.push_back(s);
      CaseDatabase db(*fixture_->store);
      QVERIFY(LabelStore(db).replace(labels).ok());
    }
    session = open(volume);
    AnnotationSession a(session.get());
    QCOMPARE(a.labels()->segments.front().verified, false);
    BoxMask b(IndexBox{{6, 5, 1}, {6, 5, 1}});
    b.bits[0] = 1;
    QVERIFY(a.applyEdit({1, MaskEdit::Mode::Add, b}, QStringLiteral("Brush")).ok());
    QCOMPARE(a.labels()->segments.front().algorithm, SegmentAlgorithm::Semiautomatic);
    QVERIFY(a.labels()->segments.front().verified);
    QVERIFY(session->history()->undo().ok());
    QCOMPARE(a.labels()->segments.front().algorithm, SegmentAlgorithm::Automatic);
    QVERIFY(!a.labels()->segments.front().verified);
    QCOMPARE(maskOf(*a.labels(), a.labels()->segments.front().number).count(), size_t(1));
    // Confirming without editing keeps the algorithm.
    QVERIFY(a.verifySegment(1).ok());
    QVERIFY(a.labels()->segments.front().verified);
    QCOMPARE(a.labels()->segments.front().algorithm, SegmentAlgorithm::Automatic);
  }

  // The Segments panel's model with an AI model's 117 organs and a reader's nodule: grouped
  // by category, searched (any case and width), hidden per group in one redraw, and a rename
  // keeps the rows (the view keeps what is expanded). QAbstractItemModelTester checks the
  // model's contract at every change.
  void segmentListWorksAtAiScale() {
    auto volume = syntheticVolume({64, 64, 20}, {5.6, 5.6, 15.0});
    {
      LabelSet labels = organLabelSet(volume->dimensions());
      labels.seriesInstanceUid = ct_.seriesUid;
      Segment nodule;
      nodule.number = 118;
      nodule.label = QStringLiteral("Nodule RUL");
      std::tie(nodule.category, nodule.type) = Vocabulary::builtIn().defaultSegmentCodes();
      labels.voxels.set(118, 30, 30, 10, true);
      labels.segments.push_back(nodule);
      CaseDatabase db(*fixture_->store);
      QVERIFY(LabelStore(db).replace(labels).ok());
    }
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    ViewerModel viewer;
    SegmentListModel model(&viewer, &a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int tissues = 0, vertebrae = 0;
    for (const OrganClass& c : organClasses()) {
      tissues += c.tissue ? 1 : 0;
      vertebrae += QString::fromLatin1(c.name).startsWith(QLatin1String("vertebrae_")) ? 1 : 0;
    }
    QCOMPARE(model.listedSegmentCount(), 118);
    QCOMPARE(model.groupCount(), 3);
    QCOMPARE(model.groupTitle(0), QStringLiteral("Anatomical Structure"));
    QCOMPARE(model.groupTitle(1), QStringLiteral("Tissue"));
    QCOMPARE(model.rowCount(model.index(1, 0)), tissues);
    QCOMPARE(model.rowCount(model.index(0, 0)), 117 - tissues);
    const QModelIndex nodule = model.indexOfSegment(118);
    QCOMPARE(model.segmentAt(nodule), 118);
    QCOMPARE(nodule.parent().row(), 2);
    const Segment& spleen = a.labels()->segments.front();
    QCOMPARE(model.data(model.indexOfSegment(1), SegmentListModel::ColorRole).toUInt(),
             uint(0xff000000u | uint(spleen.color[0]) << 16 | uint(spleen.color[1]) << 8 | uint(spleen.color[2])));
    QVERIFY(model.data(model.indexOfSegment(1)).toString().contains(QStringLiteral("spleen")));

    // Search: any case, any width; groups without a match go.
    model.setFilterText(QStringLiteral("ＶＥＲＴＥＢＲＡＥ"));
    QCOMPARE(model.listedSegmentCount(), vertebrae);
    QCOMPARE(model.groupCount(), 1);
    model.setFilterText(QStringLiteral("118"));
    QCOMPARE(model.listedSegmentCount(), 1);
    QCOMPARE(model.segmentAt(model.index(0, 0, model.index(0, 0))), 118);
    model.setFilterText(QStringLiteral("kidney"));
    const int kidneys = model.listedSegmentCount();
    QVERIFY(kidneys >= 2);
    QSignalSpy redraws(&viewer, &ViewerModel::overlayChanged);
    model.setListedHidden(true);  // "Hide all" hides what the search found, nothing else
    QCOMPARE(redraws.count(), 1);
    model.setFilterText(QString());
    int hidden = 0;
    for (const Segment& s : a.labels()->segments) hidden += viewer.segmentHidden(s.number) ? 1 : 0;
    QCOMPARE(hidden, kidneys);
    model.setListedHidden(false);

    // A group unticked hides its segments in one redraw; one shown again makes it partial.
    redraws.clear();
    const QModelIndex tissue = model.index(1, 0);
    QVERIFY(model.setData(tissue, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(redraws.count(), 1);
    QCOMPARE(model.data(tissue, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.data(model.index(0, 0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const int firstTissue = model.segmentAt(model.index(0, 0, tissue));
    QVERIFY(viewer.segmentHidden(firstTissue));
    QVERIFY(model.setData(model.index(0, 0, tissue), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!viewer.segmentHidden(firstTissue));
    QCOMPARE(model.data(tissue, Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY2(model.data(tissue).toString().contains(QStringLiteral("1 of %1").arg(tissues)), qPrintable(model.data(tissue).toString()));

    // A rename changes data, not rows; a new segment changes rows.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Segment renamed = *a.labels()->segment(118);
    renamed.label = QStringLiteral("Nodule RUL (solid)");
    QVERIFY(a.updateSegment(renamed).ok());
    QCOMPARE(resets.count(), 0);
    QVERIFY(model.data(model.indexOfSegment(118)).toString().contains(QStringLiteral("(solid)")));
    QVERIFY(a.addSegment(QStringLiteral("Nodule LLL")).ok());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.listedSegmentCount(), 119);
  }

  void fiftyTypicalStepsStayWithinTheBudget() {
    // 512 x 512 x 60: strokes of 8 dabs with a 5 mm brush, erasing now and then, segments and
    // findings in between: what a reader does in a few minutes.
    auto volume = syntheticVolume({512, 512, 60}, {0.7, 0.7, 1.25});
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    ViewerModel viewer;
    viewer.setVolume(volume);
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    ToolSettings settings;
    settings.setBrushRadiusMm(5);
    BrushTool brush(&a, &settings, BrushTool::Mode::Paint);
    BrushTool eraser(&a, &settings, BrushTool::Mode::Erase);
    QVERIFY(a.addSegment().ok());
    session->history()->clear();
    std::vector<LabelSet> states{masksOf(a)};
    for (int step = 0; step < 50; ++step) {
      // An erasing stroke goes over the stroke before it.
      const int base = step % 5 == 4 ? step - 1 : step;
      const double k = 10 + base % 40, y = 100 + (base * 37) % 300;
      if (step % 10 == 9) {
        QVERIFY(a.addSegment().ok());
      } else {
        BrushTool& tool = step % 5 == 4 ? eraser : brush;
        tool.press(at(&axial, 100, y, k));
        for (int n = 1; n <= 8; ++n) tool.drag(at(&axial, 100 + n * 12, y + n * 3, k));
        tool.release(at(&axial, 196, y + 24, k));
      }
      states.push_back(masksOf(a));
    }
    EditHistory* h = session->history();
    QCOMPARE(h->undoCount(), 50);
    // Changed voxels only: far below one copy of one slice per step (512 * 512 bytes).
    qInfo() << "50 steps hold" << h->bytes() << "bytes";
    QVERIFY2(h->bytes() < size_t(1) << 20, qPrintable(QString::number(h->bytes())));
    for (int step = 49; step >= 0; --step) {
      QVERIFY(h->undo().ok());
      QVERIFY2(sameMasks(masksOf(a), states[size_t(step)]), qPrintable(QStringLiteral("after undoing step %1").arg(step)));
    }
  }

  void findingsBoxesAndRulerAreUndoable() {
    auto volume = syntheticVolume({100, 100, 30}, {0.8, 0.8, 2.0});
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    ViewerModel viewer;
    viewer.setVolume(volume);
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    SliceViewModel coronal(&viewer, ViewPlane::Coronal);
    axial.setSlice(15);
    BoxTool box(&a);
    box.press(at(&axial, 20.2, 30.1, 15));
    box.drag(at(&axial, 39.7, 44.9, 15));
    box.release(at(&axial, 39.7, 44.9, 15));
    QVERIFY2(box.lastError().isEmpty(), qPrintable(box.lastError()));
    QCOMPARE(int(a.labels()->findings.size()), 1);
    const Finding f = a.labels()->findings.front();
    QCOMPARE(f.trackingId, QStringLiteral("Finding 1"));
    QVERIFY(f.volumeBox && !f.imageBox);
    auto bounds = BoxTool::indexBounds(*volume, f);
    QVERIFY(bounds);
    // Snapped to voxel edges: columns 20..40, rows 30..45 (the voxels holding the corners);
    // as deep as it is wide (~14 mm over 2 mm slices).
    QVERIFY(std::abs(bounds->first[0] - 19.5) < 1e-6 && std::abs(bounds->second[0] - 40.5) < 1e-6);
    QVERIFY(std::abs(bounds->first[1] - 29.5) < 1e-6 && std::abs(bounds->second[1] - 45.5) < 1e-6);
    QVERIFY(bounds->first[2] < 15 && bounds->second[2] > 15);
    const double depthMm = (bounds->second[2] - bounds->first[2]) * 2.0;
    QVERIFY2(std::abs(depthMm - 14.0) <= 2.0, qPrintable(QString::number(depthMm)));
    // Resize in the coronal plane: drag the low edge along k (the coronal view's vertical axis).
    coronal.setSlice(37);
    box.press(at(&coronal, 30, 37, bounds->first[2]));
    box.drag(at(&coronal, 30, 37, 5));
    box.release(at(&coronal, 30, 37, 5));
    const auto resized = BoxTool::indexBounds(*volume, a.labels()->findings.front());
    QVERIFY(std::abs(resized->first[2] - 4.5) < 1e-6);
    QCOMPARE(resized->second[2], bounds->second[2]);

    // The bidirectional ruler fills the active finding's axes.
    AxisRulerTool ruler(&a);
    ruler.press(at(&axial, 20, 50, 15));
    ruler.drag(at(&axial, 45, 50, 15));
    ruler.release(at(&axial, 45, 50, 15));  // long axis: 25 voxels * 0.8 = 20 mm
    ruler.press(at(&axial, 32, 45, 15));
    ruler.drag(at(&axial, 35, 55, 15));      // only the part across counts: 10 rows = 8 mm
    ruler.release(at(&axial, 35, 55, 15));
    const Finding& measured = a.labels()->findings.front();
    QCOMPARE(*measured.longAxisMm, 20.0);
    QCOMPARE(*measured.shortAxisMm, 8.0);
    QVERIFY(measured.ruler);

    // A finding's form edits, and undo of each.
    Finding edit = measured;
    edit.finding = a.vocabulary().findingTypes().front().code;
    edit.diseaseClass = a.vocabulary().diseaseClasses().front().code;
    edit.comment = QStringLiteral("辺縁不整");
    QVERIFY(a.updateFinding(edit).ok());
    QCOMPARE(a.labels()->findings.front().comment, QStringLiteral("辺縁不整"));
    QVERIFY(!a.setNoFinding(true).ok());  // there is a finding
    QVERIFY(session->history()->undo().ok());
    QVERIFY(a.labels()->findings.front().comment.isEmpty());
    QVERIFY(a.removeFinding(edit.trackingUid).ok());
    QVERIFY(a.labels()->findings.empty());
    QVERIFY(a.setNoFinding(true).ok());
    QVERIFY(a.labels()->noFinding);
    QVERIFY(session->history()->undo().ok() && session->history()->undo().ok());
    QCOMPARE(int(a.labels()->findings.size()), 1);
    QVERIFY(!a.labels()->noFinding);
  }

  void twoDimensionalBoxOnARadiograph() {
    auto volume = syntheticVolume({200, 160, 1}, {0.15, 0.2, 1});
    SliceSource s;
    s.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.1");
    s.sopInstanceUid = QStringLiteral("2.25.777");
    volume->slices.push_back(s);
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    ViewerModel viewer;
    viewer.setVolume(volume);
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    BoxTool box(&a);
    box.press(at(&axial, 10, 20, 0));
    box.drag(at(&axial, 59, 99, 0));
    box.release(at(&axial, 59, 99, 0));
    QCOMPARE(int(a.labels()->findings.size()), 1);
    const Finding& f = a.labels()->findings.front();
    QVERIFY(f.imageBox && !f.volumeBox);
    QCOMPARE(f.imageBox->image.sopInstanceUid, QStringLiteral("2.25.777"));
    // Pixel corners: columns 10..59 -> 10.0 .. 60.0, rows 20..99 -> 20.0 .. 100.0.
    QCOMPARE(f.imageBox->left, 10.0);
    QCOMPARE(f.imageBox->right, 60.0);
    QCOMPARE(f.imageBox->top, 20.0);
    QCOMPARE(f.imageBox->bottom, 100.0);
    QVERIFY(std::abs(f.imageBox->widthMm() - 50 * 0.15) < 1e-9);
    QVERIFY(std::abs(f.imageBox->heightMm() - 80 * 0.2) < 1e-9);
    // Moving it by dragging inside.
    box.press(at(&axial, 30, 50, 0));
    box.drag(at(&axial, 40, 55, 0));
    box.release(at(&axial, 40, 55, 0));
    QCOMPARE(a.labels()->findings.front().imageBox->left, 20.0);
    QCOMPARE(a.labels()->findings.front().imageBox->bottom, 105.0);
  }

  void operationsRunOffTheGuiThreadAndUndo() {
    auto volume = syntheticVolume({48, 48, 24}, {1, 1, 1});
    auto session = open(volume);
    QVERIFY(session);
    AnnotationSession a(session.get());
    const int seg = a.addSegment().value();
    // Two discs on slices 4 and 14 (radius 6 and 10): interpolation fills 5..13.
    auto disc = [&](int k, double r) {
      BoxMask b(IndexBox{{0, 0, k}, {47, 47, k}});
      for (int j = 0; j < 48; ++j)
        for (int i = 0; i < 48; ++i)
          if ((i - 24) * (i - 24) + (j - 24) * (j - 24) <= r * r) b.set(i, j, k, true);
      return b;
    };
    QVERIFY(a.applyEdit({seg, MaskEdit::Mode::Add, disc(4, 6)}, QStringLiteral("paint")).ok());
    QVERIFY(a.applyEdit({seg, MaskEdit::Mode::Add, disc(14, 10)}, QStringLiteral("paint")).ok());
    const LabelSet before = masksOf(a);
    QSignalSpy finished(&a, &AnnotationSession::operationFinished);
    QVERIFY(a.interpolate(2));
    QVERIFY(a.operationRunning());
    QVERIFY(!a.interpolate(2));  // one at a time
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.front().at(1).toString(), QString());
    const SegmentMask& m = maskOf(*a.labels(), seg);
    for (int k = 5; k <= 13; ++k) QVERIFY2(m.count(k) > 0, qPrintable(QString::number(k)));
    QVERIFY(m.count(9) > m.count(5) && m.count(13) > m.count(9));
    QCOMPARE(a.labels()->segment(seg)->algorithm, SegmentAlgorithm::Semiautomatic);

    // Islands: a stray voxel goes with "keep largest" (the interpolated solid is one part).
    BoxMask stray(IndexBox{{2, 2, 20}, {2, 2, 20}});
    stray.bits[0] = 1;
    QVERIFY(a.applyEdit({seg, MaskEdit::Mode::Add, stray}, QStringLiteral("stray")).ok());
    const size_t withStray = maskOf(*a.labels(), seg).count();
    QVERIFY(a.removeIslands(0, 0, {}));
    QVERIFY(finished.wait(10000));
    QCOMPARE(maskOf(*a.labels(), seg).count(), withStray - 1);
    QVERIFY(!maskOf(*a.labels(), seg).at(2, 2, 20));
    // Undo the islands, the stray and the interpolation: back to the two painted discs.
    QVERIFY(session->history()->undo().ok() && session->history()->undo().ok() && session->history()->undo().ok());
    QVERIFY(sameMasks(masksOf(a), before));

    // Grow by 2 mm and undo.
    QVERIFY(a.margin(2.0));
    QVERIFY(finished.wait(10000));
    QVERIFY(maskOf(*a.labels(), seg).count() > maskOf(before, seg).count());
    QVERIFY(maskOf(*a.labels(), seg).count(3) > 0);  // 1 mm slices: 2 mm reach two slices
    QVERIFY(session->history()->undo().ok());
    QVERIFY(sameMasks(masksOf(a), before));
    // Region growing from a click fills the connected range.
    auto* d = const_cast<std::int16_t*>(volume->data<std::int16_t>());
    for (int k = 0; k < 24; ++k)
      for (int j = 36; j < 46; ++j)
        for (int i = 36; i < 46; ++i) d[volume->index(i, j, k)] = 60;
    ToolSettings settings;
    RegionGrowOptions grow;
    grow.maxRadiusMm = 100;
    settings.setRegionGrow(grow);
    settings.setThresholdRange(0, 100);  // the range the panel shows for both tools
    RegionGrowTool tool(&a, &settings);
    const size_t beforeGrow = maskOf(*a.labels(), seg).count();
    tool.press(at(nullptr, 40, 40, 10));
    QVERIFY(finished.wait(10000));
    size_t added = 0;
    for (int k = 0; k < 24; ++k)
      for (int j = 36; j < 46; ++j)
        for (int i = 36; i < 46; ++i) added += maskOf(*a.labels(), seg).at(i, j, k);
    QCOMPARE(added, size_t(10 * 10 * 24));
    QCOMPARE(maskOf(*a.labels(), seg).count(), beforeGrow + 2400);  // the discs lie elsewhere
  }

  void savesWithinTheDelayAndConflictsAreReported() {
    auto volume = syntheticVolume({32, 32, 4}, {1, 1, 1});
    auto one = open(volume);
    auto two = open(volume);
    QVERIFY(one && two);
    AnnotationSession a(one.get());
    a.setAutosaveDelayMs(300);
    AnnotationSession b(two.get());
    b.setAutosaveDelayMs(300);
    QVERIFY2(b.notice().contains(QStringLiteral("another RadCurator window")), qPrintable(b.notice()));
    QSignalSpy savedA(&a, &AnnotationSession::saved);
    QVERIFY(a.addSegment(QStringLiteral("from A")).ok());
    QVERIFY(savedA.wait(3000));
    {
      CaseDatabase db(*fixture_->store);
      const auto stored = LabelStore(db).load(ct_.seriesUid);
      QVERIFY(stored.ok() && stored->has_value());
      QCOMPARE(stored.value()->labels.segments.front().label, QStringLiteral("from A"));
    }
    // B read the series before A saved: its save is a conflict, reported, not an overwrite.
    QSignalSpy failedB(&b, &AnnotationSession::saveFailed);
    QVERIFY(b.addSegment(QStringLiteral("from B")).ok());
    QVERIFY(failedB.wait(3000));
    QCOMPARE(failedB.front().at(1).toBool(), true);
    QVERIFY2(failedB.front().at(0).toString().contains(QStringLiteral("saved elsewhere")), qPrintable(failedB.front().at(0).toString()));
    {
      CaseDatabase db(*fixture_->store);
      QCOMPARE(LabelStore(db).load(ct_.seriesUid).value()->labels.segments.front().label, QStringLiteral("from A"));
    }
    QVERIFY(b.reloadFromStore().ok());
    QCOMPARE(b.labels()->segments.front().label, QStringLiteral("from A"));
    // Ctrl+S: at once.
    Segment renamed = *b.labels()->segment(1);
    renamed.label = QStringLiteral("renamed in B");
    QVERIFY(b.updateSegment(renamed).ok());
    QVERIFY(b.saveNow().ok());
    CaseDatabase db(*fixture_->store);
    QCOMPARE(LabelStore(db).load(ct_.seriesUid).value()->labels.segments.front().label, QStringLiteral("renamed in B"));
  }

  void aSessionLeftByADeadProcessIsFound() {
    auto volume = syntheticVolume({16, 16, 2}, {1, 1, 1});
    auto session = open(volume);
    QVERIFY(session);
    {
      CaseDatabase db(*fixture_->store);
      // A pid that cannot exist on Linux (pid_max is at most 2^22).
      QVERIFY(EditSessions(db).begin(ct_.seriesUid, QSysInfo::machineHostName(), 99999999, QStringLiteral("reader")).ok());
    }
    AnnotationSession a(session.get());
    QVERIFY(a.notice().isEmpty());  // a dead session is not "another window"
    const auto abandoned = a.takeAbandonedSessions();
    QVERIFY(abandoned.ok());
    QCOMPARE(int(abandoned->size()), 1);
    QCOMPARE(abandoned->front().pid, qint64(99999999));
    QVERIFY(a.takeAbandonedSessions()->empty());  // reported once
  }

  // A real process painting is killed with SIGKILL mid-session: what it committed more than
  // 5 s before is in the store, and the next start finds the abandoned session and says so.
  void killNineLosesAtMostTheLastFiveSeconds() {
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--edit-child"), storeDir_.path(), ct_.seriesUid});
    QVERIFY(child.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    std::vector<std::pair<int, qint64>> committed;  // stroke, when the parent read it (ms)
    QByteArray pending;
    while (committed.size() < 80 && clock.elapsed() < 30000) {  // 8 s of painting
      if (!child.waitForReadyRead(5000)) break;
      pending += child.readAllStandardOutput();
      int newline;
      while ((newline = int(pending.indexOf('\n'))) >= 0) {
        const QByteArray line = pending.left(newline);
        pending.remove(0, newline + 1);
        if (line.startsWith("stroke ")) committed.emplace_back(line.mid(7).toInt(), clock.elapsed());
      }
    }
    QVERIFY2(committed.size() >= 60, qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
    const qint64 killedAt = clock.elapsed();
    const qint64 pid = child.processId();
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // Every stroke committed 5 s or more before the kill is stored.
    CaseDatabase db(*fixture_->store);
    const auto stored = LabelStore(db).load(ct_.seriesUid);
    QVERIFY(stored.ok() && stored->has_value());
    const Segment* painted = nullptr;
    for (const Segment& s : stored.value()->labels.segments)
      if (s.label == QLatin1String("Painted before the crash")) painted = &s;
    QVERIFY(painted);
    int mustHave = 0, saved = 0;
    for (const auto& [stroke, when] : committed) {
      const bool there = stored.value()->labels.voxels.at(painted->number, stroke % 64, stroke / 64, 0);
      saved += there;
      if (killedAt - when >= 5000) {
        ++mustHave;
        QVERIFY2(there, qPrintable(QStringLiteral("stroke %1, committed %2 ms before the kill, is lost").arg(stroke).arg(killedAt - when)));
      }
    }
    QVERIFY(mustHave >= 10);
    QCOMPARE(stored.value()->labels.voxels.count(painted->number), size_t(saved));  // nothing but the strokes
    // The next start: the child's session is abandoned, and said to be.
    auto session = open(syntheticVolume({64, 64, 20}, {5.6, 5.6, 15.0}));
    QVERIFY(session);
    AnnotationSession next(session.get());
    const auto abandoned = next.takeAbandonedSessions();
    QVERIFY(abandoned.ok());
    QCOMPARE(int(abandoned->size()), 1);
    QCOMPARE(abandoned->front().pid, pid);
    QVERIFY(!abandoned->front().savedAt.isEmpty());
    QCOMPARE(next.labels()->segments.size(), stored.value()->labels.segments.size());  // the work is there
  }

  void vocabularyErrorsNameFileLineAndKey() {
    const Vocabulary& v = Vocabulary::builtIn();
    QVERIFY(!v.name().isEmpty());
    QCOMPARE(int(v.diseaseClasses().size()), 7);  // DOMAIN.md 1.3: a-g
    QCOMPARE(int(v.findingTypes().size()), 8);
    QVERIFY(v.find({QStringLiteral("27925004"), QStringLiteral("SCT"), QString()}));
    QCOMPARE(v.find({QStringLiteral("27925004"), QStringLiteral("SCT"), QString()})->japanese, QStringLiteral("結節"));

    const QByteArray syntax = "{\n  \"format\": 1,\n  \"name\": \"x\"\n  \"segmentCategories\": []\n}\n";
    const auto a = Vocabulary::parse(syntax, QStringLiteral("my.json"));
    QVERIFY(!a.ok());
    QVERIFY2(a.error().startsWith(QStringLiteral("my.json, line 4")), qPrintable(a.error()));

    QFile file(QStringLiteral(":/vocabulary/chest.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    // Break the scheme of the third finding type.
    const QByteArray needle = "\"meaning\": \"Consolidation of lung\"";
    const int findingTypes = text.indexOf("\"findingTypes\"");
    const int at = text.indexOf("\"scheme\": \"SCT\",\n        \"meaning\": \"Consolidation of lung\"", findingTypes);
    QVERIFY(at > 0);
    text.replace(at, 15, "\"schema\": \"SCT\"");
    const int line = text.left(at).count('\n') + 1;
    const auto b = Vocabulary::parse(text, QStringLiteral("chest-edited.json"));
    QVERIFY(!b.ok());
    QVERIFY2(b.error().contains(QStringLiteral("key findingTypes[2].code.scheme")), qPrintable(b.error()));
    // The line of the object missing the key (the code object), within two lines of the edit.
    const QRegularExpression lineNumber(QStringLiteral("line (\\d+)"));
    const int reported = lineNumber.match(b.error()).captured(1).toInt();
    QVERIFY2(std::abs(reported - line) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(b.error()).arg(line)));
    (void)needle;
    // A colour out of range.
    QByteArray colour = text;
    colour.replace("[230, 80, 60]", "[230, 80, 600]");
    QVERIFY(Vocabulary::parse(colour, QStringLiteral("c.json")).error().contains(QStringLiteral("color")));
  }

  // "No finding" leaves as one Normal group (pydicom sees it) and comes back as "no finding".
  void noFindingTravelsThroughTheSr() {
    RC_REQUIRE_PYDICOM();
    {
      CaseDatabase db(*fixture_->store);
      LabelSet normal;
      normal.seriesInstanceUid = ct_.seriesUid;
      normal.noFinding = true;
      normal.noFindingBy = QStringLiteral("reader");
      QVERIFY(LabelStore(db).replace(normal).ok());
    }
    QTemporaryDir out;
    LabelExportOptions options;
    options.table = fixture_->deid.table.get();
    options.profile = fixture_->deid.profile.get();
    const auto exported = exportSeriesLabels(*fixture_->store, ct_.seriesUid, out.path(), options);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QVERIFY(exported->segPath.isEmpty() && !exported->srPath.isEmpty());
    RC_VERIFY_DCIODVFY(exported->srPath);
    QList<QJsonObject> nodes;
    std::function<void(const QJsonObject&)> collect = [&](const QJsonObject& node) {
      nodes << node;
      for (const QJsonValue& c : node.value(QStringLiteral("children")).toArray()) collect(c.toObject());
    };
    collect(test::pydicomSummary(exported->srPath).value(QStringLiteral("root")).toObject());
    int normalFindings = 0;
    for (const QJsonObject& node : nodes)
      normalFindings += node.value(QStringLiteral("name")).toArray().at(0).toString() == QLatin1String("121071") &&
                        node.value(QStringLiteral("value")).toArray().at(0).toString() == QLatin1String("17621005");
    QCOMPARE(normalFindings, 1);
    clearLabels();
    const auto imported = importLabelObject(*fixture_->store, exported->srPath, fixture_->deid.table.get());
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    CaseDatabase db(*fixture_->store);
    const auto stored = LabelStore(db).load(ct_.seriesUid);
    QVERIFY(stored.ok() && stored->has_value());
    QVERIFY(stored.value()->labels.noFinding);
    QVERIFY(stored.value()->labels.findings.empty());
  }

  // A project extends the terms without recompiling: STORE/vocabulary.json is used when the
  // store has one; a broken one keeps the built-in terms and says where it is broken.
  void theStoresVocabularyFileIsUsed() {
    QFile builtIn(QStringLiteral(":/vocabulary/chest.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QByteArray text = builtIn.readAll();
    const QByteArray anchor = "\"diseaseClasses\": [";
    QVERIFY(text.contains(anchor));
    text.replace(anchor, anchor + "\n    {\"code\": {\"value\": \"233703007\", \"scheme\": \"SCT\", \"meaning\": \"Interstitial lung disease\"}, \"ja\": \"間質性肺疾患\"},");
    const QString path = QDir(storeDir_.path()).filePath(QStringLiteral("vocabulary.json"));
    auto write = [&](const QByteArray& bytes) {
      QFile f(path);
      return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(text));
    auto session = open(syntheticVolume({8, 8, 2}, {1, 1, 1}));
    QVERIFY(session);
    AnnotationSession a(session.get());
    QVERIFY(a.useStoreVocabulary().ok());
    QCOMPARE(int(a.vocabulary().diseaseClasses().size()), 8);
    QCOMPARE(a.vocabulary().diseaseClasses().front().code.meaning, QStringLiteral("Interstitial lung disease"));
    // Broken: a missing comma after the new term.
    text.replace("\"間質性肺疾患\"},", "\"間質性肺疾患\"}");
    QVERIFY(write(text));
    const Status broken = a.useStoreVocabulary();
    QFile::remove(path);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QStringLiteral("vocabulary.json")) && broken.error().contains(QStringLiteral("line ")),
             qPrintable(broken.error()));
    QCOMPARE(int(a.vocabulary().diseaseClasses().size()), 7);  // the built-in terms again
  }

  void clinicalTemplatesCheckValuesAndTheRecordSaves() {
    for (const QString& id : ClinicalTemplate::builtInIds()) {
      const auto t = ClinicalTemplate::builtIn(id);
      QVERIFY2(t.ok(), qPrintable(t.error()));
    }
    const auto bone = ClinicalTemplate::builtIn(QStringLiteral("bone-scan")).value();
    QVERIFY(bone.field(QStringLiteral("eod")) && bone.field(QStringLiteral("bsi")) && bone.field(QStringLiteral("metastasis")));
    QCOMPARE(bone.validate(QStringLiteral("eod"), QStringLiteral("3")).value().toDouble(), 3.0);
    QVERIFY(!bone.validate(QStringLiteral("eod"), QStringLiteral("2.5")).ok());
    QVERIFY(!bone.validate(QStringLiteral("eod"), QStringLiteral("7")).ok());
    QCOMPARE(bone.validate(QStringLiteral("eod"), QStringLiteral("２")).value().toDouble(), 2.0);  // full-width digit
    QCOMPARE(bone.validate(QStringLiteral("metastasis"), QStringLiteral("あり")).value().toString(), QStringLiteral("yes"));
    QVERIFY(!bone.validate(QStringLiteral("metastasis"), QStringLiteral("maybe")).ok());
    QVERIFY(bone.validate(QStringLiteral("bsi"), QString()).value().isNull());
    const auto broken = ClinicalTemplate::parse("{\"format\": 1, \"id\": \"t\", \"name\": {\"en\": \"T\"},\n \"fields\": [\n {\"id\": \"a\", \"type\": \"colour\", \"label\": {\"en\": \"A\"}}]}",
                                                QStringLiteral("t.json"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QStringLiteral("t.json, line 3, key fields[0].type")), qPrintable(broken.error()));

    ClinicalRecordModel model;
    const QString patient = fixture_->store ? QStringLiteral("RC-000001") : QString();
    QVERIFY(model.open(*fixture_->store, patient, ClinicalTemplate::builtIn(QStringLiteral("chest")).value()).ok());
    QVERIFY(model.setValue(QStringLiteral("smoking"), QStringLiteral("current")).ok());
    QVERIFY(model.setValue(QStringLiteral("pack_years"), QStringLiteral("30")).ok());
    const auto refused = model.setValue(QStringLiteral("pack_years"), QStringLiteral("lots"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("not a number")));
    ClinicalRecordModel again;
    QVERIFY(again.open(*fixture_->store, patient, ClinicalTemplate::builtIn(QStringLiteral("chest")).value()).ok());
    QCOMPARE(again.value(QStringLiteral("pack_years")).toDouble(), 30.0);
    QCOMPARE(again.text(QStringLiteral("smoking"), true), QStringLiteral("現在あり"));
  }
};

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc == 4 && qstrcmp(argv[1], "--edit-child") == 0) return editChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
  TestAnnotate test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "test_annotate.moc"
