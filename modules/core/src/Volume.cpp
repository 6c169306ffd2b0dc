#include "core/Volume.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

namespace rc {

VoxelBuffer::VoxelBuffer(size_t bytes) : size_(bytes) {
  if (bytes == 0) return;
  data_ = static_cast<std::uint8_t*>(std::calloc(bytes, 1));
  if (!data_) throw std::bad_alloc();
}

VoxelBuffer::VoxelBuffer(const VoxelBuffer& other) : VoxelBuffer(other.size_) {
  if (size_) std::memcpy(data_, other.data_, size_);
}

VoxelBuffer& VoxelBuffer::operator=(const VoxelBuffer& other) {
  if (this != &other) *this = VoxelBuffer(other);
  return *this;
}

VoxelBuffer& VoxelBuffer::operator=(VoxelBuffer&& other) noexcept {
  std::swap(data_, other.data_);
  std::swap(size_, other.size_);
  return *this;
}

VoxelBuffer::~VoxelBuffer() { std::free(data_); }

int bytesPerVoxel(PixelType type) {
  switch (type) {
    case PixelType::Int16:
    case PixelType::UInt16: return 2;
    case PixelType::Float32: return 4;
    case PixelType::Rgb8: return 3;
  }
  return 1;
}

QString pixelTypeName(PixelType type) {
  switch (type) {
    case PixelType::Int16: return QStringLiteral("int16");
    case PixelType::UInt16: return QStringLiteral("uint16");
    case PixelType::Float32: return QStringLiteral("float32");
    case PixelType::Rgb8: return QStringLiteral("rgb8");
  }
  return QString();
}

Volume::Volume(PixelType type, std::array<int, 3> dimensions)
    : type_(type), dims_(dimensions),
      voxels_(size_t(dimensions[0]) * dimensions[1] * dimensions[2] * bytesPerVoxel(type)) {}

namespace {

// Calls f(realValue) for every `stride`-th voxel.
template <class F>
void forEachValue(const Volume& v, size_t stride, F&& f) {
  const size_t n = v.voxelCount();
  switch (v.pixelType()) {
    case PixelType::Int16: {
      const auto* p = v.data<std::int16_t>();
      for (size_t i = 0; i < n; i += stride) f(double(p[i]));
      break;
    }
    case PixelType::UInt16: {
      const auto* p = v.data<std::uint16_t>();
      for (size_t i = 0; i < n; i += stride) f(double(p[i]));
      break;
    }
    case PixelType::Float32: {
      const auto* p = v.data<float>();
      for (size_t i = 0; i < n; i += stride) f(double(p[i]));
      break;
    }
    case PixelType::Rgb8: {
      const auto* p = v.data<std::uint8_t>();
      for (size_t i = 0; i < n; i += stride)
        f(0.299 * p[3 * i] + 0.587 * p[3 * i + 1] + 0.114 * p[3 * i + 2]);
      break;
    }
  }
}

bool isPadding(const Volume& v, double value) {
  return v.paddingValue && value == *v.paddingValue;
}

}  // namespace

double Volume::valueAt(int i, int j, int k) const {
  const size_t n = index(i, j, k);
  switch (type_) {
    case PixelType::Int16: return data<std::int16_t>()[n];
    case PixelType::UInt16: return data<std::uint16_t>()[n];
    case PixelType::Float32: return data<float>()[n];
    case PixelType::Rgb8: {
      const auto* p = data<std::uint8_t>() + 3 * n;
      return 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
    }
  }
  return 0;
}

Vec3 Volume::indexToPatient(double i, double j, double k) const {
  Vec3 p = origin;
  const double steps[3] = {i * spacing[0], j * spacing[1], k * spacing[2]};
  for (int axis = 0; axis < 3; ++axis)
    for (int c = 0; c < 3; ++c) p[c] += axes[axis][c] * steps[axis];
  return p;
}

Vec3 Volume::patientToIndex(const Vec3& p) const {
  // The axes are orthonormal for every volume we build, so the inverse is the transpose.
  const Vec3 d = {p[0] - origin[0], p[1] - origin[1], p[2] - origin[2]};
  Vec3 index{};
  for (int axis = 0; axis < 3; ++axis) {
    const double along = d[0] * axes[axis][0] + d[1] * axes[axis][1] + d[2] * axes[axis][2];
    index[axis] = spacing[axis] != 0 ? along / spacing[axis] : 0;
  }
  return index;
}

namespace {

// Range of an integer buffer without the padding value: integer compares the compiler can
// vectorise (through doubles this was a fifth of a series load).
template <class T>
std::pair<double, double> integerRange(const T* p, size_t n, std::optional<double> padding) {
  T lo = std::numeric_limits<T>::max(), hi = std::numeric_limits<T>::lowest();
  const bool skip = padding && *padding >= double(std::numeric_limits<T>::lowest()) &&
                    *padding <= double(std::numeric_limits<T>::max()) && std::floor(*padding) == *padding;
  if (!skip) {
    for (size_t i = 0; i < n; ++i) lo = std::min(lo, p[i]), hi = std::max(hi, p[i]);
  } else {
    const T pad = T(*padding);
    for (size_t i = 0; i < n; ++i) {
      if (p[i] == pad) continue;
      lo = std::min(lo, p[i]), hi = std::max(hi, p[i]);
    }
  }
  if (lo > hi) return {0, 0};
  return {double(lo), double(hi)};
}

}  // namespace

std::pair<double, double> Volume::valueRange() const {
  if (range_) return *range_;
  if (type_ == PixelType::Int16 || type_ == PixelType::UInt16) {
    range_ = type_ == PixelType::Int16 ? integerRange(data<std::int16_t>(), voxelCount(), paddingValue)
                                       : integerRange(data<std::uint16_t>(), voxelCount(), paddingValue);
    return *range_;
  }
  double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
  forEachValue(*this, 1, [&](double value) {
    if (isPadding(*this, value) || std::isnan(value)) return;
    lo = std::min(lo, value);
    hi = std::max(hi, value);
  });
  if (lo > hi) lo = hi = 0;
  range_ = std::make_pair(lo, hi);
  return *range_;
}

WindowLevel Volume::defaultWindow() const {
  if (fileWindow && fileWindow->width > 0) return *fileWindow;
  const std::pair<double, double> range = valueRange();  // (lambdas below capture lo and hi)
  const double lo = range.first, hi = range.second;
  if (hi <= lo) return {1, lo};
  // 1st to 99th percentile from a 1024-bin histogram over a sample of up to ~1M voxels.
  constexpr int bins = 1024;
  std::vector<size_t> histogram(bins, 0);
  const size_t stride = std::max<size_t>(1, voxelCount() / (1u << 20));
  size_t counted = 0;
  forEachValue(*this, stride, [&](double value) {
    if (isPadding(*this, value) || std::isnan(value)) return;
    const int bin = std::clamp(int((value - lo) / (hi - lo) * (bins - 1)), 0, bins - 1);
    ++histogram[bin];
    ++counted;
  });
  auto percentile = [&](double fraction) {
    const size_t target = size_t(fraction * counted);
    size_t sum = 0;
    for (int b = 0; b < bins; ++b) {
      sum += histogram[b];
      if (sum > target) return lo + (hi - lo) * b / (bins - 1);
    }
    return hi;
  };
  const double p1 = percentile(0.01), p99 = percentile(0.99);
  if (p99 <= p1) return {hi - lo, (hi + lo) / 2};
  return {p99 - p1, (p99 + p1) / 2};
}

const std::vector<WindowPreset>& chestWindowPresets() {
  static const std::vector<WindowPreset> presets = {
      {QStringLiteral("lung"), {1500, -600}},
      {QStringLiteral("mediastinum"), {400, 40}},
      {QStringLiteral("bone"), {1800, 400}},
  };
  return presets;
}

}  // namespace rc
