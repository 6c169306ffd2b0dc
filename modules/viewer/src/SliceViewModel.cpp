#include "viewer/SliceViewModel.h"

#include <algorithm>
#include <cmath>

namespace rc {

SliceViewModel::SliceViewModel(QObject* parent) : QObject(parent) {}

void SliceViewModel::setVolume(std::shared_ptr<const Volume> volume, const QString& patientCode,
                               const QString& seriesLabel) {
  volume_ = std::move(volume);
  patientCode_ = patientCode;
  seriesLabel_ = seriesLabel;
  slice_ = volume_ ? volume_->sliceCount() / 2 : 0;
  zoom_ = 1;
  pan_ = QPointF();
  if (volume_) {
    const auto [lo, hi] = volume_->valueRange();
    // About 1000 pixels of drag sweep the whole range; never less than one unit.
    windowStep_ = std::max(1.0, (hi - lo) / 1000.0);
    if (volume_->pixelType() == PixelType::Float32) windowStep_ = std::max((hi - lo) / 1000.0, 1e-6);
    window_ = volume_->pixelType() == PixelType::Rgb8 ? WindowLevel{255, 127.5} : volume_->defaultWindow();
  }
  emit volumeChanged();
  emit sliceChanged(slice_);
  emit windowChanged(window_);
  emit viewChanged();
}

void SliceViewModel::clear() { setVolume(nullptr); }

void SliceViewModel::setSlice(int slice) {
  if (!volume_) return;
  const int clamped = std::clamp(slice, 0, volume_->sliceCount() - 1);
  if (clamped == slice_) return;
  slice_ = clamped;
  emit sliceChanged(slice_);
}

void SliceViewModel::setWindow(WindowLevel window) {
  window.width = std::max(window.width, volume_ && volume_->pixelType() == PixelType::Float32 ? 1e-9 : 1.0);
  if (window == window_) return;
  window_ = window;
  emit windowChanged(window_);
}

void SliceViewModel::resetWindow() {
  if (volume_) setWindow(volume_->pixelType() == PixelType::Rgb8 ? WindowLevel{255, 127.5} : volume_->defaultWindow());
}

void SliceViewModel::applyPreset(int index) {
  const auto& presets = chestWindowPresets();
  if (index < 0 || index >= int(presets.size())) return;
  setWindow(presets[size_t(index)].window);
}

void SliceViewModel::dragWindow(double dxPixels, double dyPixels) {
  setWindow({window_.width + dxPixels * windowStep_, window_.center + dyPixels * windowStep_});
}

void SliceViewModel::setZoom(double zoom) {
  zoom = std::clamp(zoom, 0.05, 64.0);
  if (zoom == zoom_) return;
  zoom_ = zoom;
  emit viewChanged();
}

void SliceViewModel::panBy(double dxMm, double dyMm) {
  if (dxMm == 0 && dyMm == 0) return;
  pan_ += QPointF(dxMm, dyMm);
  emit viewChanged();
}

void SliceViewModel::resetView() {
  zoom_ = 1;
  pan_ = QPointF();
  emit viewChanged();
}

}  // namespace rc
