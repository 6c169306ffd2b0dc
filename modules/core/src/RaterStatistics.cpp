#include "core/RaterStatistics.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rc {

std::optional<double> cohenKappa(const std::vector<QString>& a, const std::vector<QString>& b, KappaWeights weights,
                                 const std::vector<QString>& order) {
  if (a.size() != b.size() || a.empty()) return std::nullopt;
  // The categories: as ordered (weighted), else every value seen, sorted.
  std::vector<QString> labels = order;
  if (labels.empty()) {
    labels = a;
    labels.insert(labels.end(), b.begin(), b.end());
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  }
  QHash<QString, int> indexOf;
  for (size_t n = 0; n < labels.size(); ++n) indexOf.insert(labels[n], int(n));
  const size_t k = labels.size();
  std::vector<double> confusion(k * k, 0);
  for (size_t n = 0; n < a.size(); ++n) {
    if (!indexOf.contains(a[n]) || !indexOf.contains(b[n])) return std::nullopt;
    confusion[size_t(indexOf.value(a[n])) * k + size_t(indexOf.value(b[n]))] += 1;
  }
  std::vector<double> rows(k, 0), columns(k, 0);
  for (size_t i = 0; i < k; ++i)
    for (size_t j = 0; j < k; ++j) {
      rows[i] += confusion[i * k + j];
      columns[j] += confusion[i * k + j];
    }
  const double total = double(a.size());
  double observed = 0, expected = 0;
  for (size_t i = 0; i < k; ++i)
    for (size_t j = 0; j < k; ++j) {
      const double d = double(i) - double(j);
      const double w = weights == KappaWeights::None ? (i == j ? 0 : 1) : weights == KappaWeights::Linear ? std::abs(d) : d * d;
      observed += w * confusion[i * k + j];
      expected += w * rows[i] * columns[j] / total;
    }
  if (expected == 0) return std::nullopt;  // one category only: chance agreement is total
  return 1.0 - observed / expected;
}

std::optional<double> fleissKappa(const std::vector<std::vector<QString>>& ratings) {
  if (ratings.empty()) return std::nullopt;
  const size_t raters = ratings.front().size();
  if (raters < 2) return std::nullopt;
  QHash<QString, int> indexOf;
  for (const auto& c : ratings) {
    if (c.size() != raters) return std::nullopt;
    for (const QString& r : c)
      if (!indexOf.contains(r)) indexOf.insert(r, int(indexOf.size()));
  }
  const size_t categories = size_t(indexOf.size());
  std::vector<double> share(categories, 0);
  double meanAgreement = 0;
  for (const auto& c : ratings) {
    std::vector<double> counts(categories, 0);
    for (const QString& r : c) counts[size_t(indexOf.value(r))] += 1;
    double squares = 0;
    for (size_t j = 0; j < categories; ++j) {
      squares += counts[j] * counts[j];
      share[j] += counts[j];
    }
    meanAgreement += (squares - double(raters)) / (double(raters) * double(raters - 1));
  }
  const double cases = double(ratings.size());
  meanAgreement /= cases;
  double chance = 0;
  for (double s : share) chance += (s / (cases * double(raters))) * (s / (cases * double(raters)));
  if (chance >= 1.0) return std::nullopt;
  return (meanAgreement - chance) / (1.0 - chance);
}

std::optional<double> icc21(const std::vector<std::vector<double>>& values) {
  const size_t n = values.size();
  if (n < 2) return std::nullopt;
  const size_t k = values.front().size();
  if (k < 2) return std::nullopt;
  double grand = 0;
  for (const auto& row : values) {
    if (row.size() != k) return std::nullopt;
    for (double v : row) {
      if (!std::isfinite(v)) return std::nullopt;
      grand += v;
    }
  }
  grand /= double(n * k);
  double ssRows = 0, ssColumns = 0, ssTotal = 0;
  for (const auto& row : values) {
    const double mean = std::accumulate(row.begin(), row.end(), 0.0) / double(k);
    ssRows += double(k) * (mean - grand) * (mean - grand);
    for (double v : row) ssTotal += (v - grand) * (v - grand);
  }
  for (size_t j = 0; j < k; ++j) {
    double mean = 0;
    for (const auto& row : values) mean += row[j];
    mean /= double(n);
    ssColumns += double(n) * (mean - grand) * (mean - grand);
  }
  const double ssError = ssTotal - ssRows - ssColumns;
  const double msRows = ssRows / double(n - 1), msColumns = ssColumns / double(k - 1);
  const double msError = ssError / double((n - 1) * (k - 1));
  const double denominator = msRows + double(k - 1) * msError + double(k) * (msColumns - msError) / double(n);
  if (denominator == 0) return std::nullopt;
  return (msRows - msError) / denominator;
}

std::optional<BlandAltman> blandAltman(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size() || a.size() < 2) return std::nullopt;
  BlandAltman r;
  r.n = int(a.size());
  std::vector<double> d(a.size());
  for (size_t i = 0; i < a.size(); ++i) d[i] = a[i] - b[i];
  r.bias = std::accumulate(d.begin(), d.end(), 0.0) / double(d.size());
  double squares = 0;
  for (double x : d) squares += (x - r.bias) * (x - r.bias);
  r.sd = std::sqrt(squares / double(d.size() - 1));
  r.lower = r.bias - 1.96 * r.sd;
  r.upper = r.bias + 1.96 * r.sd;
  return r;
}

}  // namespace rc
