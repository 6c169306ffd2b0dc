#pragma once
// Agreement between raters over many cases, the figures reading studies report (DOMAIN.md
// 1b): Cohen's kappa for two raters (unweighted, or with linear/quadratic weights for ordinal
// grades such as EOD), Fleiss' kappa for N raters, ICC(2,1) for counts and measurements, and
// Bland-Altman for paired values in one unit. Definitions as scikit-learn, statsmodels and
// Shrout & Fleiss give them; a figure that is undefined for the data (no variation at all, too
// few cases) is nullopt rather than a number.

#include <QString>

#include <optional>
#include <vector>

namespace rc {

enum class KappaWeights { None, Linear, Quadratic };

// Ratings of the same cases by two raters, in case order. Categories are the values seen;
// for weighted kappa they are ordered as `order` gives them (every value must be in it).
std::optional<double> cohenKappa(const std::vector<QString>& a, const std::vector<QString>& b,
                                 KappaWeights weights = KappaWeights::None, const std::vector<QString>& order = {});

// ratings[case][rater]: every case rated by the same number of raters (at least two).
std::optional<double> fleissKappa(const std::vector<std::vector<QString>>& ratings);

// values[case][rater]: two-way random effects, absolute agreement, single rater (Shrout &
// Fleiss ICC(2,1), McGraw & Wong ICC(A,1)). At least two cases and two raters.
std::optional<double> icc21(const std::vector<std::vector<double>>& values);

struct BlandAltman {
  int n = 0;
  double bias = 0;       // mean of a - b
  double sd = 0;         // sample standard deviation of a - b
  double lower = 0, upper = 0;  // bias -/+ 1.96 sd
};
// At least two pairs.
std::optional<BlandAltman> blandAltman(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace rc
