#include "viewmodel/WholeBodyModel.h"

#include <algorithm>
#include <cmath>

namespace rc {

void WholeBodyModel::setScan(std::shared_ptr<const Volume> volume, const std::vector<PlanarView>& sides) {
  volume_ = std::move(volume);
  views_.clear();
  basisCache_ = -1;
  if (volume_) {
    for (PlanarView wanted : {PlanarView::Anterior, PlanarView::Posterior, PlanarView::Unknown})
      for (int k = 0; k < volume_->sliceCount(); ++k) {
        const PlanarView side = size_t(k) < sides.size() ? sides[size_t(k)] : PlanarView::Unknown;
        if (side != wanted) continue;
        const QString label = side == PlanarView::Anterior ? QStringLiteral("ANT") : side == PlanarView::Posterior ? QStringLiteral("POST")
                                                                                                                     : QString::number(k + 1);
        views_.push_back({side, k, label});
      }
  }
  emit changed();
}

void WholeBodyModel::clear() { setScan(nullptr, {}); }

int WholeBodyModel::viewOf(PlanarView side) const {
  for (size_t v = 0; v < views_.size(); ++v)
    if (views_[v].side == side) return int(v);
  return -1;
}

void WholeBodyModel::setWindow(WindowBasis basis, double percent, double percentile) {
  if (basis != basis_ || percentile != percentile_) basisCache_ = -1;
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

double WholeBodyModel::basisCount() const {
  if (!volume_) return 0;
  if (basisCache_ >= 0) return basisCache_;
  std::vector<double> counts;
  double maximum = 0;
  for (const View& v : views_)
    for (int j = 0; j < volume_->height(); ++j)
      for (int i = 0; i < volume_->width(); ++i) {
        const double c = volume_->valueAt(i, j, v.slice);
        maximum = std::max(maximum, c);
        if (basis_ == WindowBasis::Percentile && c > 0) counts.push_back(c);
      }
  basisCache_ = basis_ == WindowBasis::Maximum ? maximum : percentileOf(std::move(counts), percentile_);
  if (basisCache_ <= 0) basisCache_ = std::max(1.0, maximum);
  return basisCache_;
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
  if (!volume_ || view < 0 || size_t(view) >= views_.size()) return out;
  const int w = width(), h = height(), k = views_[size_t(view)].slice;
  const double upper = std::max(upperCount(), 1e-9);
  const bool mirror = mirrored(view);
  out.resize(size_t(w) * size_t(h));
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) {
      const double level = std::clamp(volume_->valueAt(mirror ? w - 1 - i : i, j, k) / upper, 0.0, 1.0);
      const int g = int(std::lround(level * 255));
      out[size_t(j) * size_t(w) + size_t(i)] = std::uint8_t(inverted_ ? 255 - g : g);
    }
  return out;
}

QPointF WholeBodyModel::toImage(int view, QPointF shown) const {
  if (!mirrored(view)) return shown;
  return QPointF(width() - 1 - shown.x(), shown.y());
}

double WholeBodyModel::countAt(int view, int column, int row) const {
  if (!volume_ || view < 0 || size_t(view) >= views_.size() || !volume_->contains(column, row, views_[size_t(view)].slice)) return 0;
  return volume_->valueAt(column, row, views_[size_t(view)].slice);
}

}  // namespace rc
