#pragma once
// Plots the result windows share (Qt Charts).

#include "core/RaterStatistics.h"

#include <QString>

#include <utility>
#include <vector>

class QChartView;
class QWidget;

namespace rc {

// Bland-Altman: each pair's difference (a - b) against its mean, with the bias and the limits
// of agreement as lines.
QChartView* blandAltmanChart(const QString& title, const std::vector<std::pair<double, double>>& pairs, const BlandAltman& limits,
                             const QString& xTitle, const QString& yTitle, QWidget* parent);

}  // namespace rc
