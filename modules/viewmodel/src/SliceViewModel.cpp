#include "viewmodel/SliceViewModel.h"

#include <algorithm>
#include <cmath>

namespace rc {

SliceViewModel::SliceViewModel(ViewerModel* viewer, ViewPlane plane, QObject* parent)
    : QObject(parent), viewer_(viewer), plane_(plane), wasWindowLinked_(viewer->linkWindow()),
      wasZoomPanLinked_(viewer->linkZoomPan()) {
  connect(viewer_, &ViewerModel::volumeChanged, this, &SliceViewModel::onVolumeChanged);
  connect(viewer_, &ViewerModel::cursorChanged, this, &SliceViewModel::onCursorChanged);
  connect(viewer_, &ViewerModel::windowChanged, this, [this] {
    if (viewer_->linkWindow()) emit windowChanged(window());
  });
  connect(viewer_, &ViewerModel::sharedViewChanged, this, [this] {
    if (viewer_->linkZoomPan()) emit viewChanged();
  });
  connect(viewer_, &ViewerModel::linksChanged, this, [this] {
    // A plane that leaves a link starts from what it showed while linked.
    if (wasWindowLinked_ && !viewer_->linkWindow()) window_ = viewer_->window();
    if (wasZoomPanLinked_ && !viewer_->linkZoomPan()) zoom_ = viewer_->sharedZoom(), pan_ = viewer_->sharedPan();
    wasWindowLinked_ = viewer_->linkWindow();
    wasZoomPanLinked_ = viewer_->linkZoomPan();
    emit windowChanged(window());
    emit viewChanged();
  });
  onVolumeChanged();
}

void SliceViewModel::onVolumeChanged() {
  axes_ = viewer_->volume() ? planeAxes(*viewer_->volume(), plane_) : PlaneAxes{};
  window_ = viewer_->window();
  zoom_ = 1;
  pan_ = QPointF();
  lastSlice_ = slice();
  emit volumeChanged();
  emit sliceChanged(lastSlice_);
  emit windowChanged(window());
  emit viewChanged();
}

void SliceViewModel::onCursorChanged() {
  const int now = slice();
  if (now == lastSlice_) return;
  lastSlice_ = now;
  emit sliceChanged(now);
}

int SliceViewModel::slice() const {
  if (!viewer_->hasVolume()) return 0;
  return std::clamp(int(std::lround(viewer_->cursor()[size_t(axes_.normal)])), 0, sliceCount() - 1);
}

int SliceViewModel::sliceCount() const {
  return viewer_->hasVolume() ? viewer_->volume()->dimensions()[size_t(axes_.normal)] : 0;
}

void SliceViewModel::setSlice(int slice) {
  if (!viewer_->hasVolume()) return;
  Vec3 cursor = viewer_->cursor();
  cursor[size_t(axes_.normal)] = std::clamp(slice, 0, sliceCount() - 1);
  viewer_->setCursor(cursor);
}

WindowLevel SliceViewModel::window() const { return viewer_->linkWindow() ? viewer_->window() : window_; }

void SliceViewModel::setWindow(WindowLevel window) {
  if (viewer_->linkWindow()) {
    viewer_->setWindow(window);
    return;
  }
  window.width = std::max(window.width, 1e-9);
  if (window == window_) return;
  window_ = window;
  emit windowChanged(window_);
}

void SliceViewModel::dragWindow(double dxPixels, double dyPixels) {
  const WindowLevel w = window();
  const double step = viewer_->windowStep();
  setWindow({w.width + dxPixels * step, w.center + dyPixels * step});
}

double SliceViewModel::zoom() const { return viewer_->linkZoomPan() ? viewer_->sharedZoom() : zoom_; }
QPointF SliceViewModel::pan() const { return viewer_->linkZoomPan() ? viewer_->sharedPan() : pan_; }

void SliceViewModel::setZoom(double zoom) {
  if (viewer_->linkZoomPan()) {
    viewer_->setSharedZoom(zoom);
    return;
  }
  zoom = std::clamp(zoom, 0.05, 64.0);
  if (zoom == zoom_) return;
  zoom_ = zoom;
  emit viewChanged();
}

void SliceViewModel::panBy(double dxMm, double dyMm) {
  if (dxMm == 0 && dyMm == 0) return;
  if (viewer_->linkZoomPan()) {
    viewer_->setSharedPan(viewer_->sharedPan() + QPointF(dxMm, dyMm));
    return;
  }
  pan_ += QPointF(dxMm, dyMm);
  emit viewChanged();
}

void SliceViewModel::fit() {
  if (viewer_->linkZoomPan()) {
    viewer_->setSharedZoom(1);
    viewer_->setSharedPan(QPointF());
    return;
  }
  zoom_ = 1;
  pan_ = QPointF();
  emit viewChanged();
}

void SliceViewModel::resetView() {
  fit();
  setWindow(viewer_->defaultWindow());
  viewer_->setInverted(false);
}

SliceGeometry SliceViewModel::geometry(const QSizeF& viewSize) const {
  if (!viewer_->hasVolume()) return SliceGeometry({1, 1, 1}, {1, 1, 1}, axes_, viewSize);
  const Volume& v = *viewer_->volume();
  return SliceGeometry(v.dimensions(), v.spacing, axes_, viewSize, zoom(), pan());
}

std::array<QString, 4> SliceViewModel::edgeLetters() const {
  return viewer_->hasVolume() ? rc::edgeLetters(*viewer_->volume(), axes_) : std::array<QString, 4>{};
}

}  // namespace rc
