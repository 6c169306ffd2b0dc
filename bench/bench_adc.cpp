// ADC benchmark: RadCurator's diffusion code against a plain single-threaded C++ loop over the
// voxels doing the same arithmetic, in the same run, on a synthetic 256 x 256 x 60 series:
// - ADC from 2 shells, and the log-linear fit over 5 shells;
// - the candidate mask: threshold + removal of islands < 50 mm³;
// - the ADC distribution inside the mask (whole + per lesion).
// Each figure is the median of 7 runs; each run's result is released before the next (as in a
// program that computes once: holding the previous result while allocating the next made
// glibc return and re-fault the memory, which on this VM costs more than the arithmetic).
// The plain loop's result is checked against ours.
//
//   bench_adc [slices]

#include "core/Volume.h"
#include "diffusion/Adc.h"
#include "diffusion/AdcStatistics.h"
#include "diffusion/Shells.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace rc;

namespace {

constexpr int kRuns = 7;

double medianMs(const std::function<void()>& work) {
  std::vector<double> ms;
  for (int r = 0; r < kRuns; ++r) {
    QElapsedTimer t;
    t.start();
    work();
    ms.push_back(double(t.nsecsElapsed()) / 1e6);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

// Body tissue ADC 1400 with noise, lesions of ADC 700 (spheres of several sizes), background 0.
std::vector<double> adcField(std::array<int, 3> d) {
  std::vector<double> adc(size_t(d[0]) * d[1] * d[2], 0);
  std::mt19937 rng(3);
  std::normal_distribution<double> noise(0, 60);
  for (int k = 0; k < d[2]; ++k)
    for (int j = 0; j < d[1]; ++j)
      for (int i = 0; i < d[0]; ++i) {
        const double x = (i - d[0] / 2.0) / (d[0] * 0.45), y = (j - d[1] / 2.0) / (d[1] * 0.35);
        if (x * x + y * y > 1) continue;
        double v = 1400 + noise(rng);
        for (int s = 0; s < 12; ++s) {
          const double cx = d[0] * (0.25 + 0.04 * s), cy = d[1] * (0.45 + 0.01 * s), cz = d[2] * (0.2 + 0.05 * s), r = 1.5 + s;
          if ((i - cx) * (i - cx) + (j - cy) * (j - cy) + (k - cz) * (k - cz) <= r * r) v = 700 + noise(rng);
        }
        adc[(size_t(k) * d[1] + j) * d[0] + i] = v;
      }
  return adc;
}

DiffusionSeries shells(const std::vector<double>& adc, std::array<int, 3> d, const std::vector<double>& b) {
  DiffusionSeries s;
  for (double bv : b) {
    auto v = std::make_shared<Volume>(PixelType::Float32, d);
    v->spacing = {1.5, 1.5, 4};
    v->hasPatientOrientation = true;
    for (size_t n = 0; n < adc.size(); ++n) v->data<float>()[n] = adc[n] > 0 ? float(800 * std::exp(-bv * adc[n] * 1e-6)) : 0.0f;
    s.shells.push_back({bv, 1, v});
  }
  return s;
}

// ----- the plain loops -----

std::vector<float> plainTwoShell(const float* s0, const float* s1, size_t n, double b0, double b1) {
  std::vector<float> out(n, 0);
  for (size_t i = 0; i < n; ++i)
    if (s0[i] > 0) out[i] = float(std::clamp(std::log(s0[i] / std::max(double(s1[i]), 1e-6)) / (b1 - b0) * 1e6, 0.0, kAdcCap));
  return out;
}

std::vector<float> plainFit(const std::vector<const float*>& s, const std::vector<double>& b, size_t n) {
  std::vector<float> out(n, 0);
  const double m = double(b.size());
  double sb = 0, sbb = 0;
  for (double x : b) sb += x, sbb += x * x;
  for (size_t i = 0; i < n; ++i) {
    if (!(s[0][i] > 0)) continue;
    double sy = 0, sby = 0;
    for (size_t k = 0; k < b.size(); ++k) {
      const double y = std::log(std::max(double(s[k][i]), 1e-6));
      sy += y, sby += b[k] * y;
    }
    out[i] = float(std::clamp(-(m * sby - sb * sy) / (m * sbb - sb * sb) * 1e6, 0.0, kAdcCap));
  }
  return out;
}

// Threshold, then 26-connected parts by a flood fill, parts below `minVoxels` dropped.
std::vector<std::uint8_t> plainCandidate(const float* adc, std::array<int, 3> d, double lo, double hi, size_t minVoxels) {
  const size_t n = size_t(d[0]) * d[1] * d[2];
  std::vector<std::uint8_t> in(n, 0), out(n, 0), seen(n, 0);
  for (size_t i = 0; i < n; ++i) in[i] = adc[i] > lo && adc[i] < hi;
  std::vector<size_t> stack, part;
  for (size_t start = 0; start < n; ++start) {
    if (!in[start] || seen[start]) continue;
    part.clear();
    stack.push_back(start);
    seen[start] = 1;
    while (!stack.empty()) {
      const size_t v = stack.back();
      stack.pop_back();
      part.push_back(v);
      const int i = int(v % size_t(d[0])), j = int(v / size_t(d[0]) % size_t(d[1])), k = int(v / (size_t(d[0]) * d[1]));
      for (int dk = -1; dk <= 1; ++dk)
        for (int dj = -1; dj <= 1; ++dj)
          for (int di = -1; di <= 1; ++di) {
            const int a = i + di, bb = j + dj, c = k + dk;
            if (a < 0 || bb < 0 || c < 0 || a >= d[0] || bb >= d[1] || c >= d[2]) continue;
            const size_t u = (size_t(c) * d[1] + bb) * d[0] + a;
            if (in[u] && !seen[u]) seen[u] = 1, stack.push_back(u);
          }
    }
    if (part.size() >= minVoxels)
      for (size_t v : part) out[v] = 1;
  }
  return out;
}

double plainStatistics(const float* adc, const std::vector<std::uint8_t>& mask) {
  std::vector<double> v;
  for (size_t i = 0; i < mask.size(); ++i)
    if (mask[i]) v.push_back(adc[i]);
  std::sort(v.begin(), v.end());
  double mean = 0;
  for (double x : v) mean += x;
  mean /= double(v.size());
  double m2 = 0, m3 = 0, m4 = 0;
  for (double x : v) {
    const double e = x - mean;
    m2 += e * e, m3 += e * e * e, m4 += e * e * e * e;
  }
  return mean + v[v.size() / 2] + m2 + m3 + m4;  // something the compiler must compute
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const int slices = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
  const std::array<int, 3> d = {256, 256, slices};
  const size_t n = size_t(d[0]) * d[1] * d[2];
  const auto truth = adcField(d);
  std::printf("grid %dx%dx%d, %d runs each, median ms; RadCurator uses every core (%d)\n", d[0], d[1], d[2], kRuns,
              QThread::idealThreadCount());
  std::printf("%-42s %10s %12s %8s\n", "step", "RadCurator", "plain loop", "ratio");

  AdcOptions options;
  options.noiseFloor = 0;
  const DiffusionSeries two = shells(truth, d, {0, 1000});
  const double ours2 = medianMs([&] { (void)computeAdc(two, options); });
  AdcOptions oneThread = options;
  oneThread.threads = 1;
  const double ours2single = medianMs([&] { (void)computeAdc(two, oneThread); });
  const double plain2 = medianMs([&] { plainTwoShell(two.shells[0].image->data<float>(), two.shells[1].image->data<float>(), n, 0, 1000); });
  const auto map = computeAdc(two, options);
  std::vector<float> plain = plainTwoShell(two.shells[0].image->data<float>(), two.shells[1].image->data<float>(), n, 0, 1000);
  double worst = 0;
  for (size_t i = 0; i < n; ++i) worst = std::max(worst, double(std::abs(plain[i] - map->adc->data<float>()[i])));
  std::printf("%-42s %10.1f %12.1f %8.2f   (max |difference| %.3g)\n", "ADC, 2 shells", ours2, plain2, ours2 / plain2, worst);
  std::printf("%-42s %10.1f %12.1f %8.2f\n", "ADC, 2 shells, RadCurator on one thread", ours2single, plain2, ours2single / plain2);

  const std::vector<double> b5 = {0, 200, 500, 800, 1000};
  const DiffusionSeries five = shells(truth, d, b5);
  options.method = AdcMethod::LogLinearFit;
  const double ours5 = medianMs([&] { (void)computeAdc(five, options); });
  std::vector<const float*> s5;
  for (const auto& s : five.shells) s5.push_back(s.image->data<float>());
  const double plain5 = medianMs([&] { plainFit(s5, b5, n); });
  const auto fit = computeAdc(five, options);
  plain = plainFit(s5, b5, n);
  worst = 0;
  for (size_t i = 0; i < n; ++i) worst = std::max(worst, double(std::abs(plain[i] - fit->adc->data<float>()[i])));
  std::printf("%-42s %10.1f %12.1f %8.2f   (max |difference| %.3g)\n", "ADC, log-linear fit over 5 shells", ours5, plain5, ours5 / plain5, worst);

  const Volume& adc = *map->adc;
  AdcCandidateOptions candidate;
  candidate.minIslandMm3 = 50;
  const double oursC = medianMs([&] { (void)adcCandidate(adc, candidate); });
  const size_t minVoxels = size_t(std::ceil(50 / (adc.spacing[0] * adc.spacing[1] * adc.spacing[2])));
  const double plainC = medianMs([&] { plainCandidate(adc.data<float>(), d, 0, 1000, minVoxels); });
  const auto mask = adcCandidate(adc, candidate);
  const std::vector<std::uint8_t> plainMask = plainCandidate(adc.data<float>(), d, 0, 1000, minVoxels);
  size_t plainCount = 0;
  for (std::uint8_t v : plainMask) plainCount += v;
  std::printf("%-42s %10.1f %12.1f %8.2f   (voxels %zu vs %zu)\n", "candidate: threshold + islands < 50 mm3", oursC, plainC,
              oursC / plainC, mask->count(), plainCount);

  const double oursS = medianMs([&] { (void)adcDistributions(*mask, adc); });
  const auto lesions = adcDistributions(*mask, adc);
  volatile double sink = 0;
  const double plainS = medianMs([&] { sink = plainStatistics(adc.data<float>(), plainMask); });
  (void)sink;
  std::printf("%-42s %10.1f %12.1f %8.2f   (%zu lesions; ours also per lesion)\n", "statistics inside the mask", oursS, plainS,
              oursS / plainS, lesions.size() - 1);
  return 0;
}
