// The annotation tools on the real widgets (run under Xvfb): a generated 512x512x300 CT in
// the 1x3 layout, a series of a small imported phantom in a fresh case store carrying it.
//
//   bench_annotate [slices]
//
// Prints, with the peer side by side in one run:
// - brush stroke latency: ms per drag step of a 5 mm brush across the axial view, from the
//   tool's drag to the axial frame redrawn with the new overlay (median, p95); the peer is a
//   bare vtkImageViewer2 showing a label map whose voxels are set directly for the same
//   dabs and re-rendered (VTK's own floor, no undo, no edit policy);
// - memory of 50 undo steps of typical edits (strokes of 20 dabs and region-sized edits):
//   the history's bytes, against snapshot undo (a copy of the label map per step, what
//   Slicer's segment editor keeps);
// - shape-based interpolation across 20 slices (off the GUI thread, to the result applied);
// - save latency: the changed segment and the set written in one transaction (Ctrl+S),
//   against writing the whole label map to a file with fsync.

#include "BenchSupport.h"
#include "BenchViewer.h"
#include "annotate/AnnotationSession.h"
#include "annotate/Tools.h"
#include "casework/StoreDeid.h"
#include "importer/Importer.h"
#include "phantom/ChestPhantom.h"
#include "session/Session.h"
#include "viewer/SliceView.h"
#include "viewer/ViewerPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageActor.h>
#include <vtkImageMapper3D.h>
#include <vtkImageData.h>
#include <vtkImageMapToColors.h>
#include <vtkImageViewer2.h>
#include <vtkLookupTable.h>
#include <vtkRenderer.h>

#include <cstdio>
#include <unistd.h>

using namespace rc;
using namespace rc::bench;

namespace {

// A store with one imported phantom CT series (its UID carries the synthetic volume).
std::optional<SeriesSummary> prepareStore(const QString& root) {
  const QString phantom = root + QStringLiteral("/phantom"), storeDir = root + QStringLiteral("/store");
  PhantomOptions o;
  o.matrix = 64;
  o.slices = 10;
  if (!writeChestPhantom(phantom, o)) return std::nullopt;
  auto store = CaseStore::open(storeDir);
  if (!store) return std::nullopt;
  auto deid = openStoreDeid(*store, QStringLiteral("bench-passphrase-1234"), QString(), {}, KdfStrength::Interactive);
  if (!deid) return std::nullopt;
  Importer(*store, deid->profile, deid->table.get()).run({phantom});
  CaseDatabase db(*store);
  for (const SeriesSummary& s : db.listSeries().value())
    if (s.modality == QLatin1String("CT")) return s;
  return std::nullopt;
}

ToolEvent eventAt(const SliceViewModel* view, const Vec3& index) {
  ToolEvent e;
  e.index = index;
  e.view = view;
  e.mmPerPixel = 0.7;
  return e;
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkRenderWidget::defaultFormat());
  QApplication app(argc, argv);
  QTextStream out(stdout);
  const int slices = argc > 1 ? std::max(40, atoi(argv[1])) : 300;
  QTemporaryDir root;
  const auto series = prepareStore(root.path());
  if (!series) {
    out << "cannot prepare the store\n";
    return 1;
  }
  const auto volume = syntheticCt(slices);

  Session session;
  if (!session.openStore(root.path() + QStringLiteral("/store")) || !session.setOpenSeries(*series, volume)) {
    out << "cannot open the series\n";
    return 1;
  }
  AnnotationSession annotation(&session);
  annotation.setAutosaveDelayMs(3600 * 1000);  // saves are timed on their own below
  ToolModel tools;
  KeyTable keys;
  ViewerPanel panel(&tools, &keys);
  panel.resize(1500, 540);
  panel.show();
  panel.viewer()->setVolume(volume, QStringLiteral("BENCH"), QStringLiteral("512x512x%1").arg(slices));
  QObject::connect(&annotation, &AnnotationSession::labelsChanged, panel.viewer(), [&] { panel.viewer()->setLabels(annotation.labels()); });
  QObject::connect(&annotation, &AnnotationSession::masksChanged, panel.viewer(), &ViewerModel::notifyMasksChanged);
  panel.viewer()->setLabels(annotation.labels());
  settle();
  SliceView* axial = panel.sliceView(AxialView);
  const SliceViewModel* axialModel = panel.planeModel(ViewPlane::Axial);
  const int k = slices / 2;
  panel.planeModel(ViewPlane::Axial)->setSlice(k);
  settle();

  // 1. Brush strokes: 4 strokes of 60 steps, 1.5 voxels apart, across the lungs.
  ToolSettings settings;
  settings.setBrushRadiusMm(5);
  BrushTool brush(&annotation, &settings, BrushTool::Mode::Paint, &tools);
  tools.setActive(&brush);
  const std::vector<VtkRenderWidget*> axialOnly = {axial->renderWidget()};
  std::vector<double> ours, ours1x1, editMs;
  std::vector<Vec3> dabCentres;
  QElapsedTimer timer;
  // Strokes in the 1x3 layout (the other planes follow the paint they cross), then the same
  // strokes on the next slice in 1x1 (one view, as the peer has).
  auto strokes = [&](int slice, std::vector<double>& ms, bool record) {
    for (int stroke = 0; stroke < 4; ++stroke) {
      const double j = 200 + 30 * stroke;
      brush.press(eventAt(axialModel, {100, j, double(slice)}));
      for (int step = 1; step <= 60; ++step) {
        const Vec3 at{100 + 1.5 * step, j, double(slice)};
        if (record) dabCentres.push_back(at);
        const auto before = counts(axialOnly);
        timer.start();
        brush.drag(eventAt(axialModel, at));
        if (record) editMs.push_back(timer.nsecsElapsed() / 1e6);
        waitForFrames(axialOnly, before);
        ms.push_back(timer.nsecsElapsed() / 1e6);
      }
      brush.release(eventAt(axialModel, {190, j, double(slice)}));
    }
  };
  strokes(k, ours, true);
  const QSize rowSize = axial->size(), panelSize = panel.size();
  panel.layoutModel()->setLayout(ViewLayout::Single);
  panel.resize(rowSize.width(), panelSize.height());  // the view keeps its pixels
  panel.planeModel(ViewPlane::Axial)->setSlice(k + 1);
  settle();
  strokes(k + 1, ours1x1, false);
  const QSize singleSize = axial->size();
  panel.layoutModel()->setLayout(ViewLayout::Row);
  panel.resize(panelSize);
  panel.planeModel(ViewPlane::Axial)->setSlice(k);
  settle();

  // The peer: a bare vtkImageViewer2 with a label map layer, voxels set directly per dab.
  VtkRenderWidget bare;
  bare.resize(axial->size());
  bare.show();
  auto viewer = bareImageViewer(bare, *volume);
  viewer->SetSlice(k);
  auto labelMap = vtkSmartPointer<vtkImageData>::New();
  labelMap->SetDimensions(512, 512, slices);
  labelMap->SetSpacing(0.7, 0.7, 1.0);
  labelMap->AllocateScalars(VTK_UNSIGNED_CHAR, 1);
  auto* labelVoxels = static_cast<std::uint8_t*>(labelMap->GetScalarPointer());
  std::fill(labelVoxels, labelVoxels + size_t(512) * 512 * size_t(slices), std::uint8_t(0));
  auto lut = vtkSmartPointer<vtkLookupTable>::New();
  lut->SetNumberOfTableValues(2);
  lut->SetTableRange(0, 1);
  lut->SetTableValue(0, 0, 0, 0, 0);
  lut->SetTableValue(1, 1, 0.3, 0.3, 0.5);
  lut->Build();
  auto colours = vtkSmartPointer<vtkImageMapToColors>::New();
  colours->SetLookupTable(lut);
  colours->SetInputData(labelMap);
  auto labelActor = vtkSmartPointer<vtkImageActor>::New();
  labelActor->GetMapper()->SetInputConnection(colours->GetOutputPort());
  labelActor->SetDisplayExtent(0, 511, 0, 511, k, k);
  viewer->GetRenderer()->AddActor(labelActor);
  settle();
  std::vector<double> peer;
  const double radiusVoxels = 5 / 0.7;
  for (const Vec3& c : dabCentres) {
    const auto before = counts({&bare});
    timer.start();
    for (int j = int(c[1] - radiusVoxels); j <= int(c[1] + radiusVoxels); ++j)
      for (int i = int(c[0] - radiusVoxels); i <= int(c[0] + radiusVoxels); ++i)
        if (std::hypot(i - c[0], j - c[1]) <= radiusVoxels) labelVoxels[(size_t(k) * 512 + size_t(j)) * 512 + size_t(i)] = 1;
    labelMap->Modified();
    viewer->Render();
    waitForFrames({&bare}, before);
    peer.push_back(timer.nsecsElapsed() / 1e6);
  }
  bare.hide();

  // 2. 50 undo steps of typical edits: strokes of 20 dabs on other slices, region-sized edits.
  session.history()->clear();
  for (int step = 0; step < 50; ++step) {
    const int slice = (7 * step) % slices;
    if (step % 5 == 4) {  // a region-sized edit: a 40 x 40 x 10 block added
      BoxMask block(IndexBox{{200, 200, std::min(slice, slices - 10)}, {239, 239, std::min(slice, slices - 10) + 9}});
      std::fill(block.bits.begin(), block.bits.end(), std::uint8_t(1));
      if (const Status s = annotation.applyEdit({annotation.activeSegment(), MaskEdit::Mode::Add, std::move(block)}, QStringLiteral("block")); !s) {
        out << "cannot apply an edit: " << s.error() << "\n";
        return 1;
      }
      continue;
    }
    brush.press(eventAt(axialModel, {120, 250.0 + step, double(slice)}));
    for (int d = 1; d < 20; ++d) brush.drag(eventAt(axialModel, {120 + 2.0 * d, 250.0 + step, double(slice)}));
    brush.release(eventAt(axialModel, {160, 250.0 + step, double(slice)}));
  }
  const size_t historyBytes = session.history()->bytes();
  const int historySteps = session.history()->undoCount();
  size_t paintedVoxels = 0;
  for (const Segment& seg : annotation.labels()->segments) paintedVoxels += annotation.labels()->voxels.count(seg.number);
  const double snapshotBytes = 50.0 * 512 * 512 * slices;  // one byte per voxel per step

  // 3. Interpolation across 20 slices: discs of 20 mm radius on slices k0 and k0 + 20.
  const auto second = annotation.addSegment(QStringLiteral("interpolated"));
  const int k0 = std::max(0, k - 60);
  for (int slice : {k0, k0 + 20}) {
    BoxMask disc = BrushTool::dab(*volume, {256, 256, double(slice)}, 2, 20, false);
    if (const Status s = annotation.applyEdit({second.value(), MaskEdit::Mode::Add, std::move(disc)}, QStringLiteral("disc")); !s) {
      out << "cannot apply an edit: " << s.error() << "\n";
      return 1;
    }
  }
  QSignalSpy finished(&annotation, &AnnotationSession::operationFinished);
  timer.start();
  annotation.interpolate(2);
  finished.wait(120000);
  const double interpolationMs = timer.nsecsElapsed() / 1e6;
  const QString interpolationError = finished.isEmpty() ? QStringLiteral("timed out") : finished.first().at(1).toString();
  int filled = 0;
  for (int slice = k0 + 1; slice < k0 + 20; ++slice) filled += annotation.labels()->voxels.count(second.value(), slice) > 0;

  // 4. Save latency (two segments changed since the last save) and the peer's raw write.
  timer.start();
  const Status saved = annotation.saveNow();
  const double saveMs = timer.nsecsElapsed() / 1e6;
  // The small edit after it: one stroke, then the save of that one segment.
  brush.press(eventAt(axialModel, {300, 300, double(k)}));
  brush.release(eventAt(axialModel, {300, 300, double(k)}));
  timer.start();
  const Status savedAgain = annotation.saveNow();
  const double smallSaveMs = timer.nsecsElapsed() / 1e6;
  const QString rawFile = root.path() + QStringLiteral("/labelmap.raw");
  timer.start();
  {
    FILE* f = std::fopen(QFile::encodeName(rawFile).constData(), "wb");
    std::fwrite(labelVoxels, 1, size_t(512) * 512 * size_t(slices), f);
    std::fflush(f);
    ::fsync(fileno(f));
    std::fclose(f);
  }
  const double rawSaveMs = timer.nsecsElapsed() / 1e6;

  const Figures a = summarise(ours), b = summarise(peer), e = summarise(editMs), single = summarise(ours1x1);
  out << QStringLiteral("annotation: 512x512x%1 CT, 1x3 layout, axial view %2x%3 px, 5 mm brush\n")
             .arg(slices).arg(axial->width()).arg(axial->height());
  out << QStringLiteral("brush drag step to overlay redrawn, RadCurator: median %1 ms, p95 %2 ms (goal p95 < 30 ms)\n")
             .arg(a.median, 0, 'f', 2).arg(a.p95, 0, 'f', 2);
  out << QStringLiteral("brush drag step to overlay redrawn, RadCurator in 1x1 (%1x%2 px): median %3 ms, p95 %4 ms\n")
             .arg(singleSize.width()).arg(singleSize.height()).arg(single.median, 0, 'f', 2).arg(single.p95, 0, 'f', 2);
  out << QStringLiteral("  of which the edit itself (mask, undo delta, overlay composed): median %1 ms, p95 %2 ms\n")
             .arg(e.median, 0, 'f', 2).arg(e.p95, 0, 'f', 2);
  out << QStringLiteral("brush dab + redraw, bare vtkImageViewer2 + label map: median %1 ms, p95 %2 ms\n")
             .arg(b.median, 0, 'f', 2).arg(b.p95, 0, 'f', 2);
  out << QStringLiteral("50 undo steps of typical edits (%1 steps held, %2 voxels painted in all): %3 KB in the history; "
                        "snapshot undo would hold %4 MB\n")
             .arg(historySteps).arg(paintedVoxels).arg(historyBytes / 1024.0, 0, 'f', 1).arg(snapshotBytes / 1048576.0, 0, 'f', 0);
  out << QStringLiteral("interpolation across 20 slices (40 mm discs): %1 ms, %2 of 19 slices filled%3\n")
             .arg(interpolationMs, 0, 'f', 0).arg(filled)
             .arg(interpolationError.isEmpty() ? QString() : QStringLiteral(" (error: %1)").arg(interpolationError));
  out << QStringLiteral("save (Ctrl+S) of 2 changed segments: %1 ms%2; of one small stroke after it: %3 ms%4\n")
             .arg(saveMs, 0, 'f', 1).arg(saved ? QString() : QStringLiteral(" (failed: %1)").arg(saved.error()))
             .arg(smallSaveMs, 0, 'f', 1).arg(savedAgain ? QString() : QStringLiteral(" (failed: %1)").arg(savedAgain.error()));
  out << QStringLiteral("peer: the whole label map written raw with fsync: %1 ms (%2 MB)\n")
             .arg(rawSaveMs, 0, 'f', 1).arg(512.0 * 512 * slices / 1048576.0, 0, 'f', 1);
  return 0;
}
