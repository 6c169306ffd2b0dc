#include "Charts.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rc {

namespace {
struct ChartsTr {
  Q_DECLARE_TR_FUNCTIONS(Charts)
};
}  // namespace

QChartView* blandAltmanChart(const QString& title, const std::vector<std::pair<double, double>>& pairs, const BlandAltman& ba,
                             const QString& xTitle, const QString& yTitle, QWidget* parent) {
  auto* chart = new QChart;
  chart->setTitle(title);
  auto* points = new QScatterSeries;
  points->setName(ChartsTr::tr("cases"));
  points->setMarkerSize(8);
  double lo = 0, hi = 1;
  bool first = true;
  for (const auto& [a, b] : pairs) {
    const double mean = (a + b) / 2;
    points->append(mean, a - b);
    lo = first ? mean : std::min(lo, mean);
    hi = first ? mean : std::max(hi, mean);
    first = false;
  }
  if (hi <= lo) hi = lo + 1;
  const double pad = (hi - lo) * 0.05;
  auto* x = new QValueAxis;
  auto* y = new QValueAxis;
  x->setTitleText(xTitle);
  y->setTitleText(yTitle);
  x->setRange(lo - pad, hi + pad);
  double spread = std::max(std::abs(ba.upper), std::abs(ba.lower));
  for (const auto& [a, b] : pairs) spread = std::max(spread, std::abs(a - b));
  y->setRange(-spread * 1.2 - 1e-9, spread * 1.2 + 1e-9);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  chart->addSeries(points);
  points->attachAxis(x);
  points->attachAxis(y);
  for (const auto& [value, name] : {std::pair{ba.bias, ChartsTr::tr("bias %1").arg(ba.bias, 0, 'f', 3)},
                                    std::pair{ba.lower, ChartsTr::tr("lower limit %1").arg(ba.lower, 0, 'f', 3)},
                                    std::pair{ba.upper, ChartsTr::tr("upper limit %1").arg(ba.upper, 0, 'f', 3)}}) {
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(lo - pad, value);
    line->append(hi + pad, value);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
  }
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(420, 260);
  return view;
}

}  // namespace rc
