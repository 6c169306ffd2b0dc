// Opening a whole-body bone scan (run under Xvfb): from the stored file to anterior and
// posterior drawn side by side in the whole-body view (load, read the views, window on the
// 99th percentile, paint), median of 15 opens; beside it, in the same run, the plain 2D
// viewer (the MPR panel in 1x1, as RadCurator showed such a scan before) opening the same
// file to its first frame rendered.

#include "BenchViewer.h"
#include "WholeBodyView.h"
#include "bonescan/HotspotReading.h"
#include "dicom/PlanarViews.h"
#include "dicom/VolumeLoader.h"
#include "phantom/BoneScanPhantom.h"
#include "viewer/SliceView.h"
#include "viewer/ViewerPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace rc;
using namespace rc::bench;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkRenderWidget::defaultFormat());
  QApplication app(argc, argv);
  QTemporaryDir dir;
  const auto phantom = writeBoneScanPhantom(dir.path(), 1);
  if (!phantom) {
    std::printf("cannot write the phantom: %s\n", qPrintable(phantom.error()));
    return 1;
  }
  const QStringList files = {phantom->patients.front().file};
  constexpr int kRuns = 15;

  WholeBodyModel model;
  bonescan::HotspotReading reading;
  WholeBodyView view(&model, &reading);
  view.resize(700, 900);
  view.show();
  settle();
  std::vector<double> ours;
  for (int run = 0; run < kRuns; ++run) {
    model.clear();
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    const auto loaded = loadVolume(files);
    const auto info = loaded ? readPlanarScanInfo(*loaded->volume) : Result<PlanarScanInfo>(fail(QStringLiteral("load")));
    if (!info) {
      std::printf("cannot open: %s\n", qPrintable(info.error()));
      return 1;
    }
    model.setScan(loaded->volume, info->views);
    view.repaint();  // both views painted before it returns
    ours.push_back(double(timer.nsecsElapsed()) / 1e6);
  }

  KeyTable keys;
  ViewerPanel panel(nullptr, &keys);
  panel.layoutModel()->setLayout(ViewLayout::Single);
  panel.resize(700, 900);
  panel.show();
  settle();
  std::vector<double> plain;
  for (int run = 0; run < kRuns; ++run) {
    panel.viewer()->clear();
    settle();
    VtkRenderWidget* widget = panel.sliceView(AxialView)->renderWidget();
    const std::vector<int> before = {widget->renderCount()};
    QElapsedTimer timer;
    timer.start();
    const auto loaded = loadVolume(files);
    if (!loaded) return 1;
    panel.viewer()->setVolume(loaded->volume, QStringLiteral("BENCH"), QStringLiteral("bone scan"));
    waitForFrames({widget}, before);
    plain.push_back(double(timer.nsecsElapsed()) / 1e6);
  }
  std::printf("whole-body bone scan 256x1024, 2 views, median of %d opens:\n", kRuns);
  std::printf("  RadCurator whole-body view (both views, percentile window, painted): %.1f ms\n", median(ours));
  std::printf("  plain 2D viewer (MPR panel 1x1, first frame rendered):              %.1f ms\n", median(plain));
  return 0;
}
