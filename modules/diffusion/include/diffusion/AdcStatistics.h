#pragma once
// The distribution of ADC values inside a mask, for the whole segment and per connected
// lesion (26-connected parts, largest first).
//
// Definitions (those of pyradiomics' first-order features, so that partners can reproduce
// them): SD over the voxels (population, not sample); percentiles and median by linear
// interpolation between order statistics (numpy's default); skewness m3 / m2^1.5; kurtosis
// m4 / m2^2 (Pearson's, 3 for a normal distribution, not the excess); entropy in bits over
// bins of kEntropyBinWidth starting at 0.

#include "core/Labels.h"
#include "core/Volume.h"

#include <vector>

namespace rc {

constexpr double kEntropyBinWidth = 25;  // 10^-6 mm²/s, pyradiomics' default bin width

struct ValueDistribution {
  size_t voxels = 0;
  double volumeMl = 0;
  double mean = 0, median = 0, sd = 0, min = 0, max = 0;
  double p10 = 0, p25 = 0, p75 = 0, p90 = 0;
  double skewness = 0, kurtosis = 0, entropy = 0;
};

// `values` is taken by value and sorted.
ValueDistribution distributionOf(std::vector<double> values, double voxelVolumeMl, double binWidth = kEntropyBinWidth);

struct LesionDistribution {
  int lesion = 0;  // 0: the whole mask; 1, 2, ...: its connected parts, largest first
  ValueDistribution values;
};

// The whole mask first, then each lesion. Empty when the mask is empty or on another grid.
std::vector<LesionDistribution> adcDistributions(const SegmentMask& mask, const Volume& adc);

// Counts of ADC values (> 0: the background is 0) in bins of `binWidth` from 0 to `upTo`;
// values above land in `above`. Inside `mask` when given (same grid), else the whole map.
struct AdcHistogram {
  double binWidth = kEntropyBinWidth;
  std::vector<size_t> counts;
  size_t above = 0;
  size_t total() const;
};
AdcHistogram adcHistogram(const Volume& adc, const SegmentMask* mask = nullptr, double binWidth = kEntropyBinWidth,
                          double upTo = 4000);
// Voxels with low < ADC < high (what a candidate mask would select before island removal).
size_t countInRange(const Volume& adc, double low, double high);

// The voxels of each 26-connected part of `mask` (linear indices), largest part first.
std::vector<std::vector<size_t>> connectedParts(const SegmentMask& mask);

}  // namespace rc
