// The reading viewer on the real widgets (run under Xvfb): a generated 512x512x300 CT with a
// 3-segment overlay in the 1x3 layout.
//
//   bench_viewer [slices]
//
// Prints, side by side in one run:
// - ms per slice step (median, p95) scrolling the axial view through every slice: from the
//   model's change to the new frame rendered by Qt's own paint scheduling and the GL work
//   finished (glFinish), label overlay and painted layer included; against a bare
//   vtkImageViewer2 rendering into the same kind of widget, no overlay, same volume and steps;
// - ms from a cross-hair click in the axial view to all three views redrawn (median);
// - peak RSS with the CT and its 3 segments loaded, against the raw voxel bytes.

#include "BenchSupport.h"
#include "BenchViewer.h"
#include "core/Labels.h"
#include "viewer/SliceView.h"
#include "viewer/ViewerPanel.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTextStream>


#include <algorithm>
#include <cmath>
#include <random>

using namespace rc;
using namespace rc::bench;

namespace {

std::shared_ptr<LabelSet> threeSegments(const Volume& v) {
  auto labels = std::make_shared<LabelSet>();
  const int centres[3][3] = {{160, 256, v.sliceCount() / 3}, {352, 230, v.sliceCount() / 2}, {256, 330, 2 * v.sliceCount() / 3}};
  const double radii[3] = {25, 35, 45};
  for (int s = 0; s < 3; ++s) {
    Segment seg;
    seg.number = s + 1;
    seg.label = QStringLiteral("lesion %1").arg(s + 1);
    seg.color = {std::uint8_t(80 * s + 60), 200, std::uint8_t(255 - 70 * s)};
    seg.mask = SegmentMask(v.dimensions());
    for (int k = 0; k < v.sliceCount(); ++k)
      for (int j = 0; j < 512; ++j)
        for (int i = 0; i < 512; ++i) {
          const double d = std::hypot(std::hypot(i - centres[s][0], j - centres[s][1]), (k - centres[s][2]) * 1.4);
          if (d <= radii[s]) seg.mask.set(i, j, k, true);
        }
    labels->segments.push_back(std::move(seg));
  }
  return labels;
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkRenderWidget::defaultFormat());
  QApplication app(argc, argv);
  QTextStream out(stdout);
  const int slices = argc > 1 ? std::max(10, atoi(argv[1])) : 300;
  const auto volume = syntheticCt(slices);
  const auto labels = threeSegments(*volume);
  const double rawMb = volume->byteSize() / 1048576.0;

  KeyTable keys;
  ViewerPanel panel(nullptr, &keys);
  panel.resize(1500, 540);
  panel.show();
  panel.viewer()->setVolume(volume, QStringLiteral("BENCH"), QStringLiteral("512x512x%1").arg(slices));
  panel.viewer()->setLabels(labels);
  for (int n = 0; n < 20; ++n) QApplication::processEvents();
  SliceView* axial = panel.sliceView(AxialView);

  // Scroll the axial view through every slice (the overlay follows).
  std::vector<double> ours;
  QElapsedTimer timer;
  const std::vector<VtkRenderWidget*> axialOnly = {axial->renderWidget()};
  const int coronalFramesBefore = panel.sliceView(CoronalView)->renderWidget()->renderCount();
  for (int k = 0; k < slices; ++k) {
    const auto before = counts(axialOnly);
    timer.start();
    panel.planeModel(ViewPlane::Axial)->setSlice(k);
    waitForFrames(axialOnly, before);
    ours.push_back(timer.nsecsElapsed() / 1e6);
  }
  if (qEnvironmentVariableIsSet("RADCURATOR_BENCH_DEBUG"))
    out << "coronal frames rendered while the axial view scrolled: "
        << panel.sliceView(CoronalView)->renderWidget()->renderCount() - coronalFramesBefore << "\n";
  // Cross-hair clicks: all three views redrawn.
  std::vector<double> clicks;
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> where(60, 450);
  // The clicked (axial) view only repaints its cross-hair: the other two render new slices.
  const std::vector<VtkRenderWidget*> allThree = {panel.sliceView(1)->renderWidget(), panel.sliceView(2)->renderWidget()};
  for (int n = 0; n < 40; ++n) {
    const QPointF at(where(rng), where(rng) * 0.9);
    const auto before = counts(allThree);
    timer.start();
    axial->interaction().press({at, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier});
    axial->interaction().release({at, Qt::LeftButton, Qt::NoButton, Qt::NoModifier});
    waitForFrames(allThree, before);
    clicks.push_back(timer.nsecsElapsed() / 1e6);
  }
  const long rssKb = peakRssKb();

  // The peer: a bare vtkImageViewer2 in the same kind of widget and size, no overlay.
  VtkRenderWidget bare;
  bare.resize(axial->size());
  bare.show();
  auto viewer = bareImageViewer(bare, *volume);
  for (int n = 0; n < 20; ++n) QApplication::processEvents();
  std::vector<double> peer;
  for (int k = 0; k < slices; ++k) {
    const auto before = counts({&bare});
    timer.start();
    viewer->SetSlice(k);  // asks for a render: the widget paints it on the next pass of the loop
    waitForFrames({&bare}, before);
    peer.push_back(timer.nsecsElapsed() / 1e6);
  }

  const Figures a = summarise(ours), b = summarise(peer), c = summarise(clicks);
  out << QStringLiteral("viewer: 512x512x%1 CT, 3 segments, 1x3 layout, axial view %2x%3 px\n")
             .arg(slices).arg(axial->width()).arg(axial->height());
  out << QStringLiteral("slice step, RadCurator (overlay, painted layer): median %1 ms, p95 %2 ms\n")
             .arg(a.median, 0, 'f', 2).arg(a.p95, 0, 'f', 2);
  out << QStringLiteral("slice step, bare vtkImageViewer2 (no overlay):   median %1 ms, p95 %2 ms\n")
             .arg(b.median, 0, 'f', 2).arg(b.p95, 0, 'f', 2);
  out << QStringLiteral("p95 ratio RadCurator / bare: %1 (goal <= 1.2)\n").arg(a.p95 / b.p95, 0, 'f', 2);
  out << QStringLiteral("cross-hair click to three views redrawn: median %1 ms, p95 %2 ms\n")
             .arg(c.median, 0, 'f', 2).arg(c.p95, 0, 'f', 2);
  out << QStringLiteral("peak RSS with the CT and 3 segments: %1 MB; raw voxels %2 MB; ratio %3 (goal <= 1.5)\n")
             .arg(rssKb / 1024.0, 0, 'f', 1).arg(rawMb, 0, 'f', 1).arg(rssKb / 1024.0 / rawMb, 0, 'f', 2);
  return 0;
}
