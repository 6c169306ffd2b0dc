#include "core/DiagnosticStatistics.h"

#include <algorithm>
#include <cmath>

namespace rc {

std::optional<Proportion> wilsonProportion(int successes, int n, double z) {
  if (n <= 0 || successes < 0 || successes > n) return std::nullopt;
  const double p = double(successes) / n;
  const double z2n = z * z / n;
  const double centre = (p + z2n / 2) / (1 + z2n);
  const double half = z * std::sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / (1 + z2n);
  return Proportion{successes, n, p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

namespace {

// The sample variance (n - 1) of `v`; 0 for fewer than two values.
double sampleVariance(const std::vector<double>& v) {
  if (v.size() < 2) return 0;
  double mean = 0;
  for (double x : v) mean += x;
  mean /= double(v.size());
  double sum = 0;
  for (double x : v) sum += (x - mean) * (x - mean);
  return sum / double(v.size() - 1);
}

}  // namespace

std::optional<RocArea> rocArea(const std::vector<double>& positives, const std::vector<double>& negatives, double z) {
  if (positives.empty() || negatives.empty()) return std::nullopt;
  // DeLong's structural components: for each positive, the share of negatives it outscores
  // (V10), and for each negative, the share of positives that outscore it (V01). A study has
  // hundreds of cases, so the plain double loop is fine.
  std::vector<double> v10(positives.size(), 0), v01(negatives.size(), 0);
  for (size_t i = 0; i < positives.size(); ++i)
    for (size_t j = 0; j < negatives.size(); ++j) {
      const double psi = positives[i] > negatives[j] ? 1.0 : positives[i] == negatives[j] ? 0.5 : 0.0;
      v10[i] += psi;
      v01[j] += psi;
    }
  for (double& v : v10) v /= double(negatives.size());
  for (double& v : v01) v /= double(positives.size());
  RocArea r;
  r.positives = int(positives.size());
  r.negatives = int(negatives.size());
  for (double v : v10) r.auc += v;
  r.auc /= double(v10.size());
  const double variance = sampleVariance(v10) / double(v10.size()) + sampleVariance(v01) / double(v01.size());
  const double half = z * std::sqrt(std::max(0.0, variance));
  r.low = std::max(0.0, r.auc - half);
  r.high = std::min(1.0, r.auc + half);
  return r;
}

}  // namespace rc
