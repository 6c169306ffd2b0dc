// Labels at AI scale in the reading viewer (real widgets, run under Xvfb): what 3 lesion
// segments and an organ model's 117 segments cost in memory and in slice steps, on a generated
// 512x512xN CT in the 1x3 layout.
//
//   bench_label_scale [slices]     (default 300)
//
// One process, in this order, each step scrolling the axial view through every slice:
//   1. the CT alone (the peer of the steps: the same viewer with no labels);
//   2. 3 lesion segments (spheres of 25-45 voxels radius);
//   3. those cleared, 117 organ segments (phantom/OrganLabels: every body voxel in one of 117
//      cells that touch but never overlap, like TotalSegmentator's output).
// Prints per label set: the label map's own bytes per CT voxel, what showing it added to the
// process's peak RSS per CT voxel (labels, overlay planes and all), and the slice step median
// and p95 against the CT alone and 117 against 3 (goal: within 1.5x).

#include "BenchSupport.h"
#include "BenchViewer.h"
#include "core/Labels.h"
#include "phantom/OrganLabels.h"
#include "viewer/SliceView.h"
#include "viewer/ViewerPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cmath>

using namespace rc;
using namespace rc::bench;

namespace {

std::shared_ptr<LabelSet> lesions(const Volume& v) {
  auto labels = std::make_shared<LabelSet>();
  labels->voxels = LabelMap(v.dimensions());
  const int centres[3][3] = {{160, 256, v.sliceCount() / 3}, {352, 230, v.sliceCount() / 2}, {256, 330, 2 * v.sliceCount() / 3}};
  const double radii[3] = {25, 35, 45};
  for (int s = 0; s < 3; ++s) {
    Segment seg;
    seg.number = s + 1;
    seg.label = QStringLiteral("lesion %1").arg(s + 1);
    seg.color = segmentPaletteColor(s);
    const int r = int(radii[s]);
    for (int k = std::max(0, centres[s][2] - r); k <= std::min(v.sliceCount() - 1, centres[s][2] + r); ++k)
      for (int j = centres[s][1] - r; j <= centres[s][1] + r; ++j)
        for (int i = centres[s][0] - r; i <= centres[s][0] + r; ++i)
          if (std::hypot(std::hypot(i - centres[s][0], j - centres[s][1]), (k - centres[s][2]) * 1.4) <= radii[s])
            labels->voxels.set(seg.number, i, j, k, true);
    labels->segments.push_back(std::move(seg));
  }
  return labels;
}

struct Pass {
  Figures steps;
  long peakKb = 0;
};

Pass scroll(ViewerPanel& panel, int slices) {
  SliceView* axial = panel.sliceView(AxialView);
  const std::vector<VtkRenderWidget*> axialOnly = {axial->renderWidget()};
  std::vector<double> ms;
  QElapsedTimer timer;
  for (int k = 0; k < slices; ++k) {
    const auto before = counts(axialOnly);
    timer.start();
    panel.planeModel(ViewPlane::Axial)->setSlice(k);
    waitForFrames(axialOnly, before);
    ms.push_back(timer.nsecsElapsed() / 1e6);
  }
  // The other two planes once through the middle, so their overlay planes exist too.
  panel.viewer()->setCursor({256, 256, slices / 2.0});
  settle();
  return {summarise(ms), peakRssKb()};
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkRenderWidget::defaultFormat());
  QApplication app(argc, argv);
  QTextStream out(stdout);
  const int slices = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 300;

  KeyTable keys;
  ViewerPanel panel(nullptr, &keys);
  panel.layoutModel()->setLayout(ViewLayout::Row);
  panel.resize(QSize(1500, 540));
  panel.show();
  settle();
  const auto volume = syntheticCt(slices);
  const double voxels = double(volume->voxelCount());
  panel.viewer()->setVolume(volume, QStringLiteral("BENCH"), QStringLiteral("512x512x%1").arg(slices));
  settle();
  const Pass bare = scroll(panel, slices);

  const auto small = lesions(*volume);
  const size_t smallBytes = small->voxels.bytes();
  panel.viewer()->setLabels(small);
  settle();
  const Pass three = scroll(panel, slices);

  panel.viewer()->setLabels(nullptr);
  settle();
  auto organs = std::make_shared<LabelSet>(organLabelSet(volume->dimensions()));
  const size_t organBytes = organs->voxels.bytes();
  const int organLayers = organs->voxels.layerCount();
  double organVoxels = 0;  // the cells cover the body only: bytes per labelled voxel too
  for (const Segment& seg : organs->segments) organVoxels += double(organs->voxels.count(seg.number));
  panel.viewer()->setLabels(organs);
  settle();
  const Pass many = scroll(panel, slices);

  out << QStringLiteral("labels at scale: 512x512x%1 CT (%2 M voxels), 1x3 layout, axial view %3x%4 px\n")
             .arg(slices).arg(voxels / 1e6, 0, 'f', 1).arg(panel.sliceView(AxialView)->width()).arg(panel.sliceView(AxialView)->height());
  auto perVoxel = [&](double bytes) { return bytes / voxels; };
  out << QStringLiteral("3 lesion segments:    label map %1 MB = %2 bytes per CT voxel; peak RSS +%3 MB showing them = %4 bytes per CT voxel\n")
             .arg(smallBytes / 1048576.0, 0, 'f', 2).arg(perVoxel(double(smallBytes)), 0, 'f', 4)
             .arg((three.peakKb - bare.peakKb) / 1024.0, 0, 'f', 1).arg(perVoxel((three.peakKb - bare.peakKb) * 1024.0), 0, 'f', 4);
  out << QStringLiteral("117 organ segments:   label map %1 MB in %2 layer(s) = %3 bytes per CT voxel (goal <= 1.2), %6 per labelled voxel "
                        "(%7% of the grid); peak RSS +%4 MB showing them = %5 bytes per CT voxel\n")
             .arg(organBytes / 1048576.0, 0, 'f', 1).arg(organLayers).arg(perVoxel(double(organBytes)), 0, 'f', 3)
             .arg((many.peakKb - three.peakKb) / 1024.0, 0, 'f', 1).arg(perVoxel((many.peakKb - three.peakKb) * 1024.0), 0, 'f', 3)
             .arg(double(organBytes) / organVoxels, 0, 'f', 3).arg(100 * organVoxels / voxels, 0, 'f', 0);
  out << QStringLiteral("slice step, CT alone:            median %1 ms, p95 %2 ms\n").arg(bare.steps.median, 0, 'f', 2).arg(bare.steps.p95, 0, 'f', 2);
  out << QStringLiteral("slice step, 3 lesion segments:   median %1 ms, p95 %2 ms\n").arg(three.steps.median, 0, 'f', 2).arg(three.steps.p95, 0, 'f', 2);
  out << QStringLiteral("slice step, 117 organ segments:  median %1 ms, p95 %2 ms\n").arg(many.steps.median, 0, 'f', 2).arg(many.steps.p95, 0, 'f', 2);
  out << QStringLiteral("p95 ratio 117 / 3 segments: %1 (goal <= 1.5); 3 segments / CT alone: %2\n")
             .arg(many.steps.p95 / three.steps.p95, 0, 'f', 2).arg(three.steps.p95 / bare.steps.p95, 0, 'f', 2);
  return 0;
}
