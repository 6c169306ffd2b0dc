#pragma once
// Diagnostic performance against a reference standard, the figures a comparison of analysis
// programs with readers reports (DOMAIN.md, the bone-scan study): a proportion with its Wilson
// score interval (sensitivity, specificity), and the ROC area under the curve of a score with
// its DeLong interval. Definitions as statsmodels (proportion_confint, method "wilson") and
// scikit-learn (roc_auc_score) give them; DeLong, DeLong & Clarke-Pearson (1988).

#include <optional>
#include <vector>

namespace rc {

// 1.96: the two-sided 95% normal quantile, to the precision scipy gives it.
constexpr double kZ95 = 1.959963984540054;

struct Proportion {
  int successes = 0;
  int n = 0;
  double value = 0;
  double low = 0, high = 0;  // Wilson score interval
};
// nullopt when n is 0 (a sensitivity without positive cases is undefined, not 0).
std::optional<Proportion> wilsonProportion(int successes, int n, double z = kZ95);

struct RocArea {
  double auc = 0;
  double low = 0, high = 0;  // DeLong's variance, normal approximation, clipped to [0, 1]
  int positives = 0, negatives = 0;
};
// The probability that a positive case scores higher than a negative one (ties count half:
// the Mann-Whitney U over positives x negatives). nullopt without a positive or a negative
// case; the interval needs two of each (else it is the point itself).
std::optional<RocArea> rocArea(const std::vector<double>& positives, const std::vector<double>& negatives, double z = kZ95);

}  // namespace rc
