// The reading viewer on the real widgets (run under Xvfb): a generated 512x512x300 CT with a
// 3-segment overlay in the 1x3 layout (or 1x1).
//
//   bench_viewer [slices] [1x3|1x1]     (default: 300 slices, the 1x3 layout)
//
// Prints, side by side in one run:
// - ms per slice step (median, p95) scrolling the axial view through every slice: from the
//   model's change to the new frame rendered by Qt's own paint scheduling and the GL work
//   finished (glFinish), label overlay and painted layer included; against a bare
//   vtkImageViewer2 scrolling the same volume with the same steps, no overlay, in a widget of
//   the same size, twice: in a window of the same layout and size (in 1x3, three render
//   widgets side by side) and alone in a window of its own. Qt composes the whole top-level
//   window for every frame of any render widget in it, so the window, not only the widget,
//   sets the cost of a frame; the first peer is the like-for-like one;
// - ms from a cross-hair click in the axial view to all three views redrawn (median);
// - peak RSS with the CT and its 3 segments loaded, against the raw voxel bytes, with the
//   process's peak before the volume existed; and the same for a bare vtkImageViewer2 process
//   (this program started again with --bare-process) showing the same CT.
// With RADCURATOR_BENCH_DEBUG set it also prints every step's ms (ours, the peer in the same
// window, the peer alone) and how many frames the coronal view rendered meanwhile.

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
#include <QHBoxLayout>
#include <QProcess>
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
  labels->voxels = LabelMap(v.dimensions());
  for (int s = 0; s < 3; ++s) {
    Segment seg;
    seg.number = s + 1;
    seg.label = QStringLiteral("lesion %1").arg(s + 1);
    seg.color = {std::uint8_t(80 * s + 60), 200, std::uint8_t(255 - 70 * s)};
    for (int k = 0; k < v.sliceCount(); ++k)
      for (int j = 0; j < 512; ++j)
        for (int i = 0; i < 512; ++i) {
          const double d = std::hypot(std::hypot(i - centres[s][0], j - centres[s][1]), (k - centres[s][2]) * 1.4);
          if (d <= radii[s]) labels->voxels.set(seg.number, i, j, k, true);
        }
    labels->segments.push_back(std::move(seg));
  }
  return labels;
}

// Scrolls `viewer` (shown in `widget`) through every slice; ms per step.
std::vector<double> scrollBare(VtkRenderWidget& widget, vtkImageViewer2& viewer, int slices) {
  std::vector<double> ms;
  QElapsedTimer timer;
  for (int k = 0; k < slices; ++k) {
    const auto before = counts({&widget});
    timer.start();
    viewer.SetSlice(k);  // asks for a render: the widget paints it on the next pass of the loop
    waitForFrames({&widget}, before);
    ms.push_back(timer.nsecsElapsed() / 1e6);
  }
  return ms;
}

// The memory peer: a process with nothing but a bare vtkImageViewer2 in a render widget,
// showing the same CT and scrolled through it. Prints "<peak before the volume> <peak> kB".
int bareProcess(int slices, QSize size) {
  VtkRenderWidget widget;
  widget.resize(size);
  widget.show();
  settle();
  const long before = peakRssKb();
  const auto volume = syntheticCt(slices);
  auto viewer = bareImageViewer(widget, *volume);
  settle();
  scrollBare(widget, *viewer, slices);
  QTextStream(stdout) << before << " " << peakRssKb() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkRenderWidget::defaultFormat());
  QApplication app(argc, argv);
  QTextStream out(stdout);
  const QStringList args = QApplication::arguments();
  if (args.size() == 5 && args[1] == QLatin1String("--bare-process"))
    return bareProcess(std::max(10, args[2].toInt()), QSize(args[3].toInt(), args[4].toInt()));
  const int slices = args.size() > 1 ? std::max(10, args[1].toInt()) : 300;
  const bool row = args.size() <= 2 || args[2] != QLatin1String("1x1");

  KeyTable keys;
  ViewerPanel panel(nullptr, &keys);
  panel.layoutModel()->setLayout(row ? ViewLayout::Row : ViewLayout::Single);
  panel.resize(row ? QSize(1500, 540) : QSize(500, 540));
  panel.show();
  settle();
  const long rssBeforeKb = peakRssKb();
  const auto volume = syntheticCt(slices);
  const auto labels = threeSegments(*volume);
  const double rawMb = volume->byteSize() / 1048576.0;
  panel.viewer()->setVolume(volume, QStringLiteral("BENCH"), QStringLiteral("512x512x%1").arg(slices));
  panel.viewer()->setLabels(labels);
  settle();
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
  // Cross-hair clicks: all three views redrawn (1x3 only: in 1x1 the others are hidden).
  std::vector<double> clicks;
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> where(60, 450);
  // The clicked (axial) view only repaints its cross-hair: the other two render new slices.
  const std::vector<VtkRenderWidget*> allThree = {panel.sliceView(1)->renderWidget(), panel.sliceView(2)->renderWidget()};
  for (int n = 0; n < (row ? 40 : 0); ++n) {
    const QPointF at(where(rng), where(rng) * 0.9);
    const auto before = counts(allThree);
    timer.start();
    axial->interaction().press({at, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier});
    axial->interaction().release({at, Qt::LeftButton, Qt::NoButton, Qt::NoModifier});
    waitForFrames(allThree, before);
    clicks.push_back(timer.nsecsElapsed() / 1e6);
  }
  const long rssKb = peakRssKb();

  // The peers: a bare vtkImageViewer2, no overlay, in a widget of the axial view's size;
  // first in a window laid out like the panel (its two neighbours show the other planes and
  // stay still, as the coronal and sagittal views mostly do), then alone in a window.
  QWidget sameLayout;
  auto* peerRow = new QHBoxLayout(&sameLayout);
  peerRow->setContentsMargins(0, 0, 0, 0);
  peerRow->setSpacing(2);
  std::vector<VtkRenderWidget*> peerWidgets;
  std::vector<vtkSmartPointer<vtkImageViewer2>> peerViewers;
  for (int n = 0; n < (row ? 3 : 1); ++n) {
    peerWidgets.push_back(new VtkRenderWidget(&sameLayout));
    peerWidgets.back()->setFixedSize(axial->renderWidget()->size());
    peerRow->addWidget(peerWidgets.back());
  }
  sameLayout.resize(panel.size());
  sameLayout.show();
  for (VtkRenderWidget* w : peerWidgets) peerViewers.push_back(bareImageViewer(*w, *volume));
  if (row) {
    peerViewers[1]->SetSliceOrientationToXZ();
    peerViewers[2]->SetSliceOrientationToYZ();
  }
  settle();
  const std::vector<double> peer = scrollBare(*peerWidgets[0], *peerViewers[0], slices);
  sameLayout.hide();

  VtkRenderWidget alone;
  alone.resize(axial->renderWidget()->size());
  alone.show();
  auto aloneViewer = bareImageViewer(alone, *volume);
  settle();
  const std::vector<double> peerAlone = scrollBare(alone, *aloneViewer, slices);
  alone.hide();

  // The memory peer runs in a process of its own.
  QProcess bare;
  bare.start(QApplication::applicationFilePath(),
             {QStringLiteral("--bare-process"), QString::number(slices), QString::number(alone.width()),
              QString::number(alone.height())});
  const bool bareRan = bare.waitForFinished(300000) && bare.exitStatus() == QProcess::NormalExit && bare.exitCode() == 0;
  const QList<QByteArray> bareRss = bare.readAllStandardOutput().trimmed().split(' ');
  const long bareBeforeKb = bareRss.size() == 2 ? bareRss[0].toLong() : 0, bareKb = bareRss.size() == 2 ? bareRss[1].toLong() : 0;

  if (qEnvironmentVariableIsSet("RADCURATOR_BENCH_DEBUG"))
    for (int k = 0; k < slices; ++k)
      out << "step " << k << " " << ours[size_t(k)] << " " << peer[size_t(k)] << " " << peerAlone[size_t(k)] << "\n";
  const Figures a = summarise(ours), b = summarise(peer), d = summarise(peerAlone);
  auto mb = [](long kb) { return kb / 1024.0; };
  out << QStringLiteral("viewer: 512x512x%1 CT, 3 segments, %2 layout, axial view %3x%4 px, window %5x%6 px\n")
             .arg(slices).arg(row ? QStringLiteral("1x3") : QStringLiteral("1x1")).arg(axial->width())
             .arg(axial->height()).arg(panel.width()).arg(panel.height());
  out << QStringLiteral("slice step, RadCurator (overlay, painted layer):       median %1 ms, p95 %2 ms\n")
             .arg(a.median, 0, 'f', 2).arg(a.p95, 0, 'f', 2);
  out << QStringLiteral("slice step, bare vtkImageViewer2, same window layout: median %1 ms, p95 %2 ms\n")
             .arg(b.median, 0, 'f', 2).arg(b.p95, 0, 'f', 2);
  out << QStringLiteral("slice step, bare vtkImageViewer2, window of its own:   median %1 ms, p95 %2 ms\n")
             .arg(d.median, 0, 'f', 2).arg(d.p95, 0, 'f', 2);
  out << QStringLiteral("p95 ratio RadCurator / bare in the same window: %1 (goal <= 1.2); / bare alone: %2\n")
             .arg(a.p95 / b.p95, 0, 'f', 2).arg(a.p95 / d.p95, 0, 'f', 2);
  if (row) {
    const Figures c = summarise(clicks);
    out << QStringLiteral("cross-hair click to three views redrawn: median %1 ms, p95 %2 ms\n")
               .arg(c.median, 0, 'f', 2).arg(c.p95, 0, 'f', 2);
  }
  out << QStringLiteral("raw voxels %1 MB\n").arg(rawMb, 0, 'f', 1);
  out << QStringLiteral("peak RSS, RadCurator, CT and 3 segments: %1 MB = %2x the voxels (goal <= 1.5); "
                        "%3 MB before the volume, so loading added %4 MB = %5x (goal <= 1.2)\n")
             .arg(mb(rssKb), 0, 'f', 1).arg(mb(rssKb) / rawMb, 0, 'f', 2).arg(mb(rssBeforeKb), 0, 'f', 1)
             .arg(mb(rssKb - rssBeforeKb), 0, 'f', 1).arg(mb(rssKb - rssBeforeKb) / rawMb, 0, 'f', 2);
  if (!bareRan || bareKb <= 0) {
    out << "peak RSS, bare vtkImageViewer2 process: not measured (the peer process failed: "
        << bare.readAllStandardError().trimmed().right(300) << ")\n";
    return 1;
  }
  out << QStringLiteral("peak RSS, bare vtkImageViewer2 process, CT: %1 MB = %2x the voxels; "
                        "%3 MB before the volume, so loading added %4 MB = %5x\n")
             .arg(mb(bareKb), 0, 'f', 1).arg(mb(bareKb) / rawMb, 0, 'f', 2).arg(mb(bareBeforeKb), 0, 'f', 1)
             .arg(mb(bareKb - bareBeforeKb), 0, 'f', 1).arg(mb(bareKb - bareBeforeKb) / rawMb, 0, 'f', 2);
  return 0;
}
