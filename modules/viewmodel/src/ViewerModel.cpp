#include "viewmodel/ViewerModel.h"

#include <algorithm>
#include <cmath>

namespace rc {

ViewerModel::ViewerModel(QObject* parent) : QObject(parent) {}

void ViewerModel::setVolume(std::shared_ptr<const Volume> volume, const QString& patientCode, const QString& seriesLabel) {
  volume_ = std::move(volume);
  patientCode_ = patientCode;
  seriesLabel_ = seriesLabel;
  hover_.reset();
  inverted_ = false;
  zoom_ = 1;
  pan_ = QPointF();
  hiddenSegments_.clear();
  labels_.reset();
  measurements_.clear();
  selectedMeasurement_ = 0;
  if (volume_) {
    const auto [lo, hi] = volume_->valueRange();
    windowStep_ = volume_->pixelType() == PixelType::Float32 ? std::max((hi - lo) / 1000.0, 1e-6)
                                                             : std::max(1.0, (hi - lo) / 1000.0);
    window_ = defaultWindow();
    cursor_ = {(volume_->width() - 1) / 2.0, (volume_->height() - 1) / 2.0, double(volume_->sliceCount() / 2)};
  } else {
    cursor_ = {0, 0, 0};
  }
  emit volumeChanged();
  emit windowChanged(window_);
  emit cursorChanged(cursor_);
  emit sharedViewChanged();
  emit overlayChanged();
}

void ViewerModel::setCursor(const Vec3& index) {
  if (!volume_) return;
  Vec3 clamped = index;
  const auto dims = volume_->dimensions();
  for (size_t a = 0; a < 3; ++a) clamped[a] = std::clamp(clamped[a], 0.0, double(std::max(0, dims[a] - 1)));
  if (clamped == cursor_) return;
  cursor_ = clamped;
  emit cursorChanged(cursor_);
}

bool ViewerModel::setCursorToPatient(const Vec3& patientMm) {
  if (!volume_) return false;
  const Vec3 index = volume_->patientToIndex(patientMm);
  const auto dims = volume_->dimensions();
  for (size_t a = 0; a < 3; ++a)
    if (index[a] < -0.5 || index[a] > dims[a] - 0.5) return false;
  setCursor(index);
  return true;
}

Vec3 ViewerModel::cursorPatient() const {
  return volume_ ? volume_->indexToPatient(cursor_[0], cursor_[1], cursor_[2]) : Vec3{0, 0, 0};
}

VoxelReadout ViewerModel::readout(const Vec3& index) const {
  VoxelReadout r;
  if (!volume_) return r;
  for (size_t a = 0; a < 3; ++a) r.voxel[a] = int(std::lround(index[a]));
  if (!volume_->contains(r.voxel[0], r.voxel[1], r.voxel[2])) return r;
  r.valid = true;
  r.patient = volume_->indexToPatient(r.voxel[0], r.voxel[1], r.voxel[2]);
  r.value = volume_->valueAt(r.voxel[0], r.voxel[1], r.voxel[2]);
  if (volume_->modality == QLatin1String("CT") && volume_->pixelType() != PixelType::Rgb8) r.unit = QStringLiteral("HU");
  return r;
}

void ViewerModel::setHover(std::optional<Vec3> index) {
  if (hover_ == index) return;
  hover_ = index;
  emit hoverChanged();
}

WindowLevel ViewerModel::defaultWindow() const {
  if (!volume_) return {1, 0};
  return volume_->pixelType() == PixelType::Rgb8 ? WindowLevel{255, 127.5} : volume_->defaultWindow();
}

void ViewerModel::setWindow(WindowLevel window) {
  window.width = std::max(window.width, volume_ && volume_->pixelType() == PixelType::Float32 ? 1e-9 : 1.0);
  if (window == window_) return;
  window_ = window;
  emit windowChanged(window_);
}

void ViewerModel::applyPreset(int index) {
  const auto& presets = chestWindowPresets();
  if (index >= 0 && index < int(presets.size())) setWindow(presets[size_t(index)].window);
}

void ViewerModel::setInverted(bool inverted) {
  if (inverted == inverted_) return;
  inverted_ = inverted;
  emit invertedChanged(inverted_);
}

void ViewerModel::setLinkWindow(bool on) {
  if (on == linkWindow_) return;
  linkWindow_ = on;
  emit linksChanged();
}

void ViewerModel::setLinkZoomPan(bool on) {
  if (on == linkZoomPan_) return;
  linkZoomPan_ = on;
  emit linksChanged();
}

void ViewerModel::setSharedZoom(double zoom) {
  zoom = std::clamp(zoom, 0.05, 64.0);
  if (zoom == zoom_) return;
  zoom_ = zoom;
  emit sharedViewChanged();
}

void ViewerModel::setSharedPan(const QPointF& pan) {
  if (pan == pan_) return;
  pan_ = pan;
  emit sharedViewChanged();
}

void ViewerModel::setOverlayVisible(bool visible) {
  if (visible == overlayVisible_) return;
  overlayVisible_ = visible;
  emit overlayChanged();
}

void ViewerModel::setOverlayOpacity(double opacity) {
  opacity = std::clamp(opacity, 0.0, 1.0);
  if (opacity == overlayOpacity_) return;
  overlayOpacity_ = opacity;
  emit overlayChanged();
}

void ViewerModel::setOverlayOutline(bool outline) {
  if (outline == overlayOutline_) return;
  overlayOutline_ = outline;
  emit overlayChanged();
}

void ViewerModel::setLabels(std::shared_ptr<const LabelSet> labels) {
  labels_ = std::move(labels);
  emit labelsChanged();
}

void ViewerModel::setMeasurements(std::vector<ImageMeasurement> measurements) {
  measurements_ = std::move(measurements);
  emit measurementsChanged();
}

void ViewerModel::setSelectedMeasurement(qint64 id) {
  if (id == selectedMeasurement_) return;
  selectedMeasurement_ = id;
  emit measurementsChanged();
}

void ViewerModel::setSegmentsHidden(const std::vector<int>& numbers, bool hidden) {
  bool changed = false;
  for (int number : numbers) {
    if (hidden == hiddenSegments_.contains(number)) continue;
    if (hidden) hiddenSegments_.insert(number);
    else hiddenSegments_.remove(number);
    changed = true;
  }
  if (changed) emit overlayChanged();
}

}  // namespace rc
