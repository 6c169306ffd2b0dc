#include "viewmodel/WholeBodyModel.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace rc {

void WholeBodyModel::setScan(std::shared_ptr<const Volume> volume, const std::vector<PlanarView>& sides) {
  volume_ = std::move(volume);
  views_.clear();
  scans_.clear();
  if (volume_) {
    scans_.push_back({volume_, QString()});
    appendViews(0, sides);
  }
  emit changed();
}

void WholeBodyModel::addEarlierScan(std::shared_ptr<const Volume> volume, const std::vector<PlanarView>& sides, const QString& label) {
  if (!volume_ || !volume) return;
  scans_.push_back({std::move(volume), label});
  appendViews(int(scans_.size()) - 1, sides);
  emit changed();
}

void WholeBodyModel::appendViews(int scan, const std::vector<PlanarView>& sides) {
  const Volume& v = *scans_[size_t(scan)].volume;
  const QString prefix = scan == 0 ? QString() : scans_[size_t(scan)].label + QLatin1Char(' ');
  for (PlanarView wanted : {PlanarView::Anterior, PlanarView::Posterior, PlanarView::Unknown})
    for (int k = 0; k < v.sliceCount(); ++k) {
      const PlanarView side = size_t(k) < sides.size() ? sides[size_t(k)] : PlanarView::Unknown;
      if (side != wanted) continue;
      const QString label = side == PlanarView::Anterior ? QStringLiteral("ANT") : side == PlanarView::Posterior ? QStringLiteral("POST")
                                                                                                                   : QString::number(k + 1);
      views_.push_back({side, k, prefix + label, scan});
    }
}

const Volume* WholeBodyModel::volumeOf(int view) const {
  if (view < 0 || size_t(view) >= views_.size()) return nullptr;
  return scans_[size_t(views_[size_t(view)].scan)].volume.get();
}

int WholeBodyModel::width(int view) const { return volumeOf(view) ? volumeOf(view)->width() : 0; }
int WholeBodyModel::height(int view) const { return volumeOf(view) ? volumeOf(view)->height() : 0; }

void WholeBodyModel::clear() { setScan(nullptr, {}); }

int WholeBodyModel::viewOf(PlanarView side) const {
  for (size_t v = 0; v < views_.size(); ++v)
    if (views_[v].side == side && views_[v].scan == 0) return int(v);
  return -1;
}

void WholeBodyModel::setWindow(WindowBasis basis, double percent, double percentile) {
  if (basis != basis_ || percentile != percentile_)
    for (const Scan& scan : scans_) scan.basis = -1;
  basis_ = basis;
  percent_ = std::clamp(percent, 1.0, 1000.0);
  percentile_ = std::clamp(percentile, 50.0, 100.0);
  emit changed();
}

double WholeBodyModel::percentileOf(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size() - 1);
  const size_t low = size_t(std::floor(rank)), high = size_t(std::ceil(rank));
  std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(low), values.end());
  const double a = values[low];
  if (high == low) return a;
  const double b = *std::min_element(values.begin() + std::ptrdiff_t(low) + 1, values.end());
  return a + (b - a) * (rank - double(low));
}

namespace {

// The p-th percentile (numpy's linear rule) of the counts above 0 of some slices of an integer
// volume, from a histogram: one pass, no copy (a whole-body scan has half a million pixels).
template <class T>
std::optional<double> integerPercentile(const Volume& v, const std::vector<int>& slices, double p) {
  std::vector<std::uint32_t> histogram(65536, 0);
  size_t n = 0;
  for (int k : slices) {
    const T* data = v.data<T>() + v.sliceVoxelCount() * size_t(k);
    for (size_t i = 0; i < v.sliceVoxelCount(); ++i)
      if (data[i] > 0) {
        ++histogram[size_t(std::uint16_t(data[i]))];
        ++n;
      }
  }
  if (n == 0) return std::nullopt;
  const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(n - 1);
  const size_t low = size_t(std::floor(rank)), high = size_t(std::ceil(rank));
  double a = -1, b = -1;
  size_t seen = 0;
  for (size_t value = 1; value < histogram.size() && b < 0; ++value) {
    seen += histogram[value];
    if (a < 0 && seen > low) a = double(value);
    if (seen > high) b = double(value);
  }
  return a + (b - a) * (rank - double(low));
}

}  // namespace

double WholeBodyModel::basisCount(int scan) const {
  if (scan < 0 || size_t(scan) >= scans_.size()) return 0;
  const Scan& s = scans_[size_t(scan)];
  if (s.basis >= 0) return s.basis;
  const Volume& volume = *s.volume;
  std::vector<int> slices;
  for (const View& v : views_)
    if (v.scan == scan) slices.push_back(v.slice);
  // The maximum is read only for its own basis: a percentile of counts above 0 is above 0 when
  // there are any, and without any the window falls back to 1 count either way.
  std::optional<double> basis;
  if (basis_ == WindowBasis::Maximum) {
    double maximum = 0;
    for (int k : slices)
      for (int j = 0; j < volume.height(); ++j)
        for (int i = 0; i < volume.width(); ++i) maximum = std::max(maximum, volume.valueAt(i, j, k));
    basis = maximum;
  } else if (volume.pixelType() == PixelType::UInt16) basis = integerPercentile<std::uint16_t>(volume, slices, percentile_);
  else if (volume.pixelType() == PixelType::Int16) basis = integerPercentile<std::int16_t>(volume, slices, percentile_);
  else {
    std::vector<double> counts;
    counts.reserve(volume.sliceVoxelCount() * slices.size());
    for (int k : slices)
      for (int j = 0; j < volume.height(); ++j)
        for (int i = 0; i < volume.width(); ++i)
          if (const double c = volume.valueAt(i, j, k); c > 0) counts.push_back(c);
    if (!counts.empty()) basis = percentileOf(std::move(counts), percentile_);
  }
  s.basis = basis && *basis > 0 ? *basis : 1.0;
  return s.basis;
}

void WholeBodyModel::darker() {
  // Inverted, uptake is dark: a lower upper level makes it darker.
  setWindow(basis_, inverted_ ? percent_ / 1.25 : percent_ * 1.25, percentile_);
}

void WholeBodyModel::brighter() { setWindow(basis_, inverted_ ? percent_ * 1.25 : percent_ / 1.25, percentile_); }

void WholeBodyModel::setInverted(bool inverted) {
  inverted_ = inverted;
  emit changed();
}

void WholeBodyModel::setMirrorPosterior(bool mirror) {
  mirrorPosterior_ = mirror;
  emit changed();
}

bool WholeBodyModel::mirrored(int view) const {
  return mirrorPosterior_ && view >= 0 && size_t(view) < views_.size() && views_[size_t(view)].side == PlanarView::Posterior;
}

std::vector<std::uint8_t> WholeBodyModel::grey(int view) const {
  std::vector<std::uint8_t> out;
  const Volume* volume = volumeOf(view);
  if (!volume) return out;
  const View& v = views_[size_t(view)];
  const int w = volume->width(), h = volume->height();
  const double upper = std::max(upperCount(v.scan), 1e-9);
  const bool mirror = mirrored(view);
  out.resize(size_t(w) * size_t(h));
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) {
      const double level = std::clamp(volume->valueAt(mirror ? w - 1 - i : i, j, v.slice) / upper, 0.0, 1.0);
      const int g = int(std::lround(level * 255));
      out[size_t(j) * size_t(w) + size_t(i)] = std::uint8_t(inverted_ ? 255 - g : g);
    }
  return out;
}

QPointF WholeBodyModel::toImage(int view, QPointF shown) const {
  if (!mirrored(view)) return shown;
  return QPointF(width(view) - 1 - shown.x(), shown.y());
}

}  // namespace rc
