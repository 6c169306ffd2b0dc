#include "diffusion/Adc.h"

#include "DiffusionTr.h"
#include "VoxelValues.h"
#include "core/Parallel.h"
#include "imaging/MaskOperations.h"

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

size_t nearestShell(const DiffusionSeries& dwi, double b) {
  size_t best = 0;
  for (size_t n = 1; n < dwi.shells.size(); ++n)
    if (std::abs(dwi.shells[n].bValue - b) < std::abs(dwi.shells[best].bValue - b)) best = n;
  return best;
}

float clampAdc(double adc) { return float(std::clamp(adc, 0.0, kAdcCap)); }

QString bList(const std::vector<double>& b) {
  QStringList parts;
  for (double v : b) parts << QString::number(std::round(v));
  return parts.join(QLatin1Char(','));
}

}  // namespace

double backgroundNoiseFloor(const Volume& image) {
  const std::vector<float> values = voxelValues(image);
  const int w = image.width(), h = image.height();
  const int cw = std::max(2, w / 8), ch = std::max(2, h / 8);
  double sum = 0, sum2 = 0;
  size_t n = 0;
  for (int k = 0; k < image.sliceCount(); ++k)
    for (int j = 0; j < h; ++j) {
      if (j >= ch && j < h - ch) continue;
      for (int i = 0; i < w; ++i) {
        if (i >= cw && i < w - cw) continue;
        const double v = values[image.index(i, j, k)];
        sum += v, sum2 += v * v, ++n;
      }
    }
  if (n == 0) return 0;
  const double mean = sum / double(n);
  const double sd = std::sqrt(std::max(0.0, sum2 / double(n) - mean * mean));
  std::vector<float> sorted = values;
  const size_t at = std::min(sorted.size() - 1, size_t(0.99 * double(sorted.size())));
  std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(at), sorted.end());
  return std::min(mean + 3 * sd, 0.1 * double(sorted[at]));
}

Result<AdcMap> computeAdc(const DiffusionSeries& dwi, const AdcOptions& options, Progress& progress) {
  if (dwi.shells.size() < 2) return fail(DiffusionTr::tr("an ADC needs at least two b-value shells; the series has %1").arg(dwi.shells.size()));
  AdcMap map;
  map.method = options.method;
  std::vector<size_t> used;
  if (options.method == AdcMethod::TwoShells) {
    const size_t lo = options.lowB ? nearestShell(dwi, *options.lowB) : 0;
    const size_t hi = options.highB ? nearestShell(dwi, *options.highB) : dwi.shells.size() - 1;
    if (lo == hi || dwi.shells[hi].bValue - dwi.shells[lo].bValue < 1)
      return fail(DiffusionTr::tr("the chosen b-values select one shell twice (b=%1); choose two different shells")
                      .arg(std::round(dwi.shells[lo].bValue)));
    used = {std::min(lo, hi), std::max(lo, hi)};
  } else {
    for (size_t n = 0; n < dwi.shells.size(); ++n) used.push_back(n);
  }
  for (size_t n : used) map.bValues.push_back(dwi.shells[n].bValue);

  const Volume& low = *dwi.shells[used.front()].image;
  map.noiseFloor = options.noiseFloor ? *options.noiseFloor : backgroundNoiseFloor(low);
  map.adc = std::make_shared<Volume>(PixelType::Float32, low.dimensions());
  Volume& adc = *map.adc;
  adc.spacing = low.spacing;
  adc.origin = low.origin;
  adc.axes = low.axes;
  adc.hasPatientOrientation = low.hasPatientOrientation;
  adc.modality = low.modality;
  adc.frameOfReferenceUid = low.frameOfReferenceUid;
  adc.slices = low.slices;
  adc.fileWindow = WindowLevel{2000, 1000};
  map.valid.assign(adc.voxelCount(), 0);

  // Shell images are Float32 (geometric means): read them in place.
  std::vector<const float*> signal;
  for (size_t n : used) signal.push_back(dwi.shells[n].image->data<float>());
  std::vector<double> b = map.bValues;
  const double bMean = [&] { double s = 0; for (double v : b) s += v; return s / double(b.size()); }();
  float* out = adc.data<float>();
  std::uint8_t* valid = map.valid.data();
  const double floor = map.noiseFloor;
  const size_t perSlice = adc.sliceVoxelCount();
  std::atomic<int> done{0};
  const int slices = adc.sliceCount();
  const QString what = DiffusionTr::tr("computing the ADC");
  parallelFor(size_t(slices), options.threads, [&](size_t k) {
    if (progress.cancelled()) return false;
    // Locals, not captured containers: the compiler may then keep them in registers (the
    // writes through `out` could otherwise alias them).
    const size_t begin = k * perSlice, end = begin + perSlice;
    float* const o = out;
    std::uint8_t* const ok = valid;
    const float* const s0 = signal.front();
    if (signal.size() == 2) {
      const float* const s1 = signal[1];
      const double scale = 1e6 / (b[1] - b[0]);
      for (size_t idx = begin; idx < end; ++idx) {
        if (!(s0[idx] > floor)) continue;  // background: 0, not valid
        ok[idx] = 1;
        o[idx] = clampAdc(std::log(double(s0[idx]) / std::max(double(s1[idx]), 1e-6)) * scale);
      }
    } else {
      const size_t shells = signal.size();
      for (size_t idx = begin; idx < end; ++idx) {
        if (!(s0[idx] > floor)) continue;
        ok[idx] = 1;
        // Least-squares slope of ln S over b, on the shells with a signal.
        double sb = 0, sy = 0, sbb = 0, sby = 0;
        int m = 0;
        for (size_t n = 0; n < shells; ++n) {
          const double sig = signal[n][idx];
          if (sig <= 0) continue;
          const double y = std::log(sig), x = b[n] - bMean;
          sb += x, sy += y, sbb += x * x, sby += x * y, ++m;
        }
        const double denominator = m * sbb - sb * sb;
        o[idx] = (m >= 2 && denominator > 0) ? clampAdc(-(m * sby - sb * sy) / denominator * 1e6) : 0.0f;
      }
    }
    progress.report(++done, slices, what);
    return true;
  });
  if (progress.cancelled()) return cancelledFailure(DiffusionTr::tr("cancelled"));

  const QString floorSource = options.noiseFloor ? DiffusionTr::tr("chosen") : DiffusionTr::tr("from the background");
  map.description = options.method == AdcMethod::TwoShells
                        ? QStringLiteral("ADC two shells b=%1 s/mm2, noise floor %2 (%3)").arg(bList(map.bValues)).arg(floor, 0, 'g', 4).arg(floorSource)
                        : QStringLiteral("ADC log-linear fit b=%1 s/mm2, noise floor %2 (%3)").arg(bList(map.bValues)).arg(floor, 0, 'g', 4).arg(floorSource);
  return map;
}

Result<double> meanAbsoluteDifference(const Volume& a, const Volume& b, const std::vector<std::uint8_t>& region) {
  if (a.dimensions() != b.dimensions() || region.size() != a.voxelCount())
    return fail(DiffusionTr::tr("the maps are on different grids (%1x%2x%3 and %4x%5x%6)")
                    .arg(a.width()).arg(a.height()).arg(a.sliceCount()).arg(b.width()).arg(b.height()).arg(b.sliceCount()));
  const std::vector<float> va = voxelValues(a), vb = voxelValues(b);
  double sum = 0;
  size_t n = 0;
  for (size_t i = 0; i < region.size(); ++i)
    if (region[i]) sum += std::abs(double(va[i]) - double(vb[i])), ++n;
  if (n == 0) return fail(DiffusionTr::tr("no voxel to compare"));
  return sum / double(n);
}

Result<SegmentMask> adcCandidate(const Volume& adc, const AdcCandidateOptions& options) {
  if (!(options.low < options.high))
    return fail(DiffusionTr::tr("the ADC range %1-%2 is empty: the lower bound must be below the upper").arg(options.low).arg(options.high));
  if (options.highBImage && options.highBImage->dimensions() != adc.dimensions())
    return fail(DiffusionTr::tr("the high-b image is not on the grid of the ADC map"));
  const std::vector<float> values = voxelValues(adc);
  std::vector<float> highB;
  if (options.highBImage) highB = voxelValues(*options.highBImage);
  SegmentMask mask(adc.dimensions());
  size_t selected = 0;
  for (int k = 0; k < adc.sliceCount(); ++k) {
    std::uint8_t* slice = nullptr;
    for (size_t n = 0; n < adc.sliceVoxelCount(); ++n) {
      const size_t idx = size_t(k) * adc.sliceVoxelCount() + n;
      const double v = values[idx];
      if (!(v > options.low && v < options.high)) continue;
      if (!highB.empty() && !(highB[idx] > options.highBMinimum)) continue;
      if (!slice) slice = mask.sliceForWriting(k);
      slice[n] = 1;
      ++selected;
    }
  }
  mask.compact();
  if (selected == 0)
    return fail(DiffusionTr::tr("the ADC range %1-%2 x10^-6 mm²/s selects no voxel%3")
                    .arg(options.low).arg(options.high)
                    .arg(options.highBImage ? DiffusionTr::tr(" with a high-b signal above %1").arg(options.highBMinimum) : QString()));
  if (options.minIslandMm3 > 0) {
    IslandOptions islandOptions;
    islandOptions.rule = IslandRule::RemoveSmaller;
    islandOptions.minimumMm3 = options.minIslandMm3;
    auto kept = islands(mask, adc.spacing, islandOptions);
    if (!kept) return kept.failure();
    const BoxMask& box = kept.value();
    for (int k = box.box.lo[2]; k <= box.box.hi[2]; ++k)
      for (int j = box.box.lo[1]; j <= box.box.hi[1]; ++j)
        for (int i = box.box.lo[0]; i <= box.box.hi[0]; ++i)
          if (!box.at(i, j, k) && mask.at(i, j, k)) mask.set(i, j, k, false);
    mask.compact();
    if (mask.isEmpty())
      return fail(DiffusionTr::tr("every part the ADC range selects is smaller than %1 mm³").arg(options.minIslandMm3));
  }
  return mask;
}

QString describeCandidate(const AdcCandidateOptions& options) {
  QString text = QStringLiteral("ADC %1-%2 x10^-6 mm2/s").arg(options.low).arg(options.high);
  if (options.highBImage) text += QStringLiteral("; high-b signal > %1").arg(options.highBMinimum, 0, 'g', 5);
  if (options.minIslandMm3 > 0) text += QStringLiteral("; islands < %1 mm3 removed").arg(options.minIslandMm3);
  return text;
}

}  // namespace rc
