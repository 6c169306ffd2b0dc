#include "viewmodel/SliceGeometry.h"

#include "core/VectorMath.h"

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

// Patient directions (DICOM LPS): +x left, +y posterior, +z superior.
constexpr Vec3 kLeft{1, 0, 0}, kPosterior{0, 1, 0}, kSuperior{0, 0, 1};
constexpr Vec3 kInferior{0, 0, -1};

struct PlaneConvention {
  Vec3 normal;  // the plane's normal
  Vec3 right;   // the patient direction shown to the screen's right
  Vec3 down;    // ... and downwards
};

PlaneConvention convention(ViewPlane plane) {
  switch (plane) {
    case ViewPlane::Coronal: return {kPosterior, kLeft, kInferior};
    case ViewPlane::Sagittal: return {kLeft, kPosterior, kInferior};
    case ViewPlane::Axial: break;
  }
  return {kSuperior, kLeft, kPosterior};
}

QString letter(int axis, bool positive) {
  static const char* const letters[3][2] = {{"R", "L"}, {"A", "P"}, {"I", "S"}};
  return QLatin1String(letters[axis][positive ? 1 : 0]);
}

// "L", or "LA" when the direction leans more than 20 degrees towards a second axis.
QString letters(const Vec3& d) {
  std::array<int, 3> order = {0, 1, 2};
  std::sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(d[size_t(a)]) > std::abs(d[size_t(b)]); });
  QString text = letter(order[0], d[size_t(order[0])] > 0);
  if (std::abs(d[size_t(order[1])]) > std::sin(20.0 * M_PI / 180.0)) text += letter(order[1], d[size_t(order[1])] > 0);
  return text;
}

}  // namespace

QString planeName(ViewPlane plane) {
  switch (plane) {
    case ViewPlane::Coronal: return QStringLiteral("coronal");
    case ViewPlane::Sagittal: return QStringLiteral("sagittal");
    case ViewPlane::Axial: break;
  }
  return QStringLiteral("axial");
}

PlaneAxes planeAxes(const Volume& volume, ViewPlane plane) {
  PlaneAxes a;
  if (!volume.hasPatientOrientation) {
    // No patient geometry: the stored image as it is, and the other planes through its axes.
    if (plane == ViewPlane::Coronal) a = {1, 0, true, 2, false, false};
    if (plane == ViewPlane::Sagittal) a = {0, 1, true, 2, false, false};
    return a;
  }
  const PlaneConvention c = convention(plane);
  const auto& axes = volume.axes;
  a.normal = 0;
  for (int k = 1; k < 3; ++k)
    if (std::abs(dot(axes[size_t(k)], c.normal)) > std::abs(dot(axes[size_t(a.normal)], c.normal))) a.normal = k;
  const int p = (a.normal + 1) % 3, q = (a.normal + 2) % 3;
  a.right = std::abs(dot(axes[size_t(p)], c.right)) >= std::abs(dot(axes[size_t(q)], c.right)) ? p : q;
  a.down = a.right == p ? q : p;
  a.rightIncreasing = dot(axes[size_t(a.right)], c.right) >= 0;
  a.downIncreasing = dot(axes[size_t(a.down)], c.down) >= 0;
  a.oblique = std::abs(dot(axes[size_t(a.normal)], c.normal)) < std::cos(10.0 * M_PI / 180.0);
  return a;
}

std::array<QString, 4> edgeLetters(const Volume& volume, const PlaneAxes& axes) {
  if (!volume.hasPatientOrientation) return {};
  const Vec3 right = scaled(volume.axes[size_t(axes.right)], axes.rightIncreasing ? 1 : -1);
  const Vec3 down = scaled(volume.axes[size_t(axes.down)], axes.downIncreasing ? 1 : -1);
  return {letters(scaled(right, -1)), letters(right), letters(scaled(down, -1)), letters(down)};
}

SliceGeometry::SliceGeometry(const std::array<int, 3>& dimensions, const Vec3& spacing, const PlaneAxes& axes,
                             const QSizeF& viewSize, double zoom, const QPointF& panMm)
    : dims_(dimensions), spacing_(spacing), axes_(axes), view_(viewSize) {
  const double w = std::max(1.0, view_.width()), h = std::max(1.0, view_.height());
  extentU_ = std::max(1, dims_[size_t(axes_.right)]) * spacing_[size_t(axes_.right)];
  extentV_ = std::max(1, dims_[size_t(axes_.down)]) * spacing_[size_t(axes_.down)];
  // Zoom 1: the whole plane fits, with a thin margin.
  const double fit = std::max(extentU_ / w, extentV_ / h) * 1.02;
  mmPerPixel_ = fit / std::max(zoom, 1e-6);
  const QPointF planeCentre((dims_[size_t(axes_.right)] - 1) * spacing_[size_t(axes_.right)] / 2.0,
                            (dims_[size_t(axes_.down)] - 1) * spacing_[size_t(axes_.down)] / 2.0);
  centre_ = planeCentre + panMm;
}

SliceGeometry::SliceGeometry(const Volume& volume, ViewPlane plane, const QSizeF& viewSize, double zoom, const QPointF& panMm)
    : SliceGeometry(volume.dimensions(), volume.spacing, planeAxes(volume, plane), viewSize, zoom, panMm) {}

QPointF SliceGeometry::indexToPlane(const Vec3& index) const {
  const int r = axes_.right, d = axes_.down;
  const double i = axes_.rightIncreasing ? index[size_t(r)] : (dims_[size_t(r)] - 1) - index[size_t(r)];
  const double j = axes_.downIncreasing ? index[size_t(d)] : (dims_[size_t(d)] - 1) - index[size_t(d)];
  return {i * spacing_[size_t(r)], j * spacing_[size_t(d)]};
}

Vec3 SliceGeometry::planeToIndex(const QPointF& plane, double slice) const {
  const int r = axes_.right, d = axes_.down;
  Vec3 index{};
  const double i = plane.x() / spacing_[size_t(r)], j = plane.y() / spacing_[size_t(d)];
  index[size_t(r)] = axes_.rightIncreasing ? i : (dims_[size_t(r)] - 1) - i;
  index[size_t(d)] = axes_.downIncreasing ? j : (dims_[size_t(d)] - 1) - j;
  index[size_t(axes_.normal)] = slice;
  return index;
}

Vec3 SliceGeometry::displayToIndex(const QPointF& display, double slice) const {
  const QPointF fromCentre = display - QPointF(view_.width() / 2.0, view_.height() / 2.0);
  return planeToIndex(centre_ + fromCentre * mmPerPixel_, slice);
}

QPointF SliceGeometry::indexToDisplay(const Vec3& index) const {
  return QPointF(view_.width() / 2.0, view_.height() / 2.0) + (indexToPlane(index) - centre_) / mmPerPixel_;
}

std::array<int, 3> SliceGeometry::voxelAt(const QPointF& display, int slice) const {
  const Vec3 index = displayToIndex(display, slice);
  return {int(std::lround(index[0])), int(std::lround(index[1])), int(std::lround(index[2]))};
}

bool SliceGeometry::insideVolume(const QPointF& display) const {
  const auto v = voxelAt(display, 0);
  for (int axis : {axes_.right, axes_.down})
    if (v[size_t(axis)] < 0 || v[size_t(axis)] >= dims_[size_t(axis)]) return false;
  return true;
}

QRectF SliceGeometry::imageRect() const {
  const double su = spacing_[size_t(axes_.right)], sv = spacing_[size_t(axes_.down)];
  const QPointF viewCentre(view_.width() / 2.0, view_.height() / 2.0);
  const QPointF topLeft = viewCentre + (QPointF(-su / 2, -sv / 2) - centre_) / mmPerPixel_;
  return QRectF(topLeft, QSizeF(extentU_ / mmPerPixel_, extentV_ / mmPerPixel_));
}

}  // namespace rc
