#include "diffusion/AdcStatistics.h"

#include "VoxelValues.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace rc {

namespace {

// numpy.percentile's default: linear interpolation between the order statistics.
double percentile(const std::vector<double>& sorted, double p) {
  const double position = p / 100.0 * double(sorted.size() - 1);
  const size_t below = size_t(std::floor(position));
  const size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - double(below);
  return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

}  // namespace

ValueDistribution distributionOf(std::vector<double> values, double voxelVolumeMl, double binWidth) {
  ValueDistribution d;
  if (values.empty()) return d;
  std::sort(values.begin(), values.end());
  const double n = double(values.size());
  d.voxels = values.size();
  d.volumeMl = n * voxelVolumeMl;
  d.min = values.front();
  d.max = values.back();
  double sum = 0;
  for (double v : values) sum += v;
  d.mean = sum / n;
  double m2 = 0, m3 = 0, m4 = 0;
  for (double v : values) {
    const double x = v - d.mean, x2 = x * x;
    m2 += x2, m3 += x2 * x, m4 += x2 * x2;
  }
  m2 /= n, m3 /= n, m4 /= n;
  d.sd = std::sqrt(m2);
  d.skewness = m2 > 0 ? m3 / std::pow(m2, 1.5) : 0;
  d.kurtosis = m2 > 0 ? m4 / (m2 * m2) : 0;
  d.median = percentile(values, 50);
  d.p10 = percentile(values, 10);
  d.p25 = percentile(values, 25);
  d.p75 = percentile(values, 75);
  d.p90 = percentile(values, 90);
  std::map<long long, size_t> bins;
  for (double v : values) ++bins[(long long)std::floor(v / binWidth)];
  for (const auto& [bin, count] : bins) {
    const double p = double(count) / n;
    d.entropy -= p * std::log2(p);
  }
  return d;
}

size_t AdcHistogram::total() const {
  size_t n = above;
  for (size_t c : counts) n += c;
  return n;
}

AdcHistogram adcHistogram(const Volume& adc, const SegmentMask* mask, double binWidth, double upTo) {
  AdcHistogram h;
  h.binWidth = binWidth;
  h.counts.assign(size_t(std::max(1.0, std::ceil(upTo / binWidth))), 0);
  if (mask && mask->dimensions() != adc.dimensions()) return h;
  const std::vector<float> values = voxelValues(adc);
  const size_t plane = adc.sliceVoxelCount();
  for (int k = 0; k < adc.sliceCount(); ++k) {
    const std::uint8_t* inside = mask ? mask->slice(k) : nullptr;
    if (mask && !inside) continue;
    for (size_t n = 0; n < plane; ++n) {
      if (inside && !inside[n]) continue;
      const double v = values[size_t(k) * plane + n];
      if (!(v > 0)) continue;
      const size_t bin = size_t(v / binWidth);
      if (bin < h.counts.size()) ++h.counts[bin];
      else ++h.above;
    }
  }
  return h;
}

size_t countInRange(const Volume& adc, double low, double high) {
  const std::vector<float> values = voxelValues(adc);
  return size_t(std::count_if(values.begin(), values.end(), [&](float v) { return v > low && v < high; }));
}

std::vector<std::vector<size_t>> connectedParts(const SegmentMask& mask) {
  const int w = mask.width(), h = mask.height(), depth = mask.sliceCount();
  const size_t plane = size_t(w) * size_t(h);
  std::vector<std::uint8_t> seen(plane * size_t(depth), 0);
  std::vector<std::vector<size_t>> parts;
  std::vector<size_t> stack;
  auto on = [&](int i, int j, int k) {
    const std::uint8_t* s = mask.slice(k);
    return s && s[size_t(j) * size_t(w) + size_t(i)];
  };
  for (int k = 0; k < depth; ++k) {
    const std::uint8_t* s = mask.slice(k);
    if (!s) continue;
    for (size_t n = 0; n < plane; ++n) {
      const size_t start = size_t(k) * plane + n;
      if (!s[n] || seen[start]) continue;
      std::vector<size_t> part;
      seen[start] = 1;
      stack.push_back(start);
      while (!stack.empty()) {
        const size_t v = stack.back();
        stack.pop_back();
        part.push_back(v);
        const int vk = int(v / plane), vj = int((v % plane) / size_t(w)), vi = int(v % size_t(w));
        for (int dk = -1; dk <= 1; ++dk)
          for (int dj = -1; dj <= 1; ++dj)
            for (int di = -1; di <= 1; ++di) {
              const int i = vi + di, j = vj + dj, kk = vk + dk;
              if (i < 0 || j < 0 || kk < 0 || i >= w || j >= h || kk >= depth) continue;
              const size_t u = size_t(kk) * plane + size_t(j) * size_t(w) + size_t(i);
              if (seen[u] || !on(i, j, kk)) continue;
              seen[u] = 1;
              stack.push_back(u);
            }
      }
      std::sort(part.begin(), part.end());
      parts.push_back(std::move(part));
    }
  }
  std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return parts;
}

std::vector<LesionDistribution> adcDistributions(const SegmentMask& mask, const Volume& adc) {
  if (mask.dimensions() != adc.dimensions() || mask.isEmpty()) return {};
  const std::vector<float> values = voxelValues(adc);
  const double voxelMl = adc.spacing[0] * adc.spacing[1] * adc.spacing[2] / 1000.0;
  const auto parts = connectedParts(mask);
  std::vector<LesionDistribution> out;
  std::vector<double> all;
  for (const auto& part : parts)
    for (size_t v : part) all.push_back(values[v]);
  out.push_back({0, distributionOf(std::move(all), voxelMl)});
  for (size_t p = 0; p < parts.size(); ++p) {
    std::vector<double> inside;
    inside.reserve(parts[p].size());
    for (size_t v : parts[p]) inside.push_back(values[v]);
    out.push_back({int(p + 1), distributionOf(std::move(inside), voxelMl)});
  }
  return out;
}

}  // namespace rc
