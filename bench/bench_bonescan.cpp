// The bone-scan comparison at the study's size: 100 cases x 3 readers x 3 programs (the
// synthetic study of test_bonescan), every statistic, median of 21 runs; beside it the same
// figures computed by scikit-learn, statsmodels and numpy (tests/tools/bonescan_oracle.py,
// its computation timed inside Python, start-up and imports left out). Goal: under 1 s.

#include "SyntheticBoneScanStudy.h"
#include "bonescan/BoneScanComparison.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace rc;

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const auto cases = test::syntheticBoneScanStudy(20261207);
  std::vector<double> ms;
  size_t rows = 0;
  for (int run = 0; run < 21; ++run) {
    QElapsedTimer t;
    t.start();
    const bonescan::BoneScanComparison c = bonescan::compareBoneScans(cases);
    const QByteArray csv = bonescan::comparisonCsv(c);
    ms.push_back(double(t.nsecsElapsed()) / 1e6);
    rows = c.rows.size() + size_t(csv.isEmpty());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("bone-scan comparison, %zu cases x 3 readers x 3 programs: %zu figures\n", cases.size(), rows);
  std::printf("  RadCurator (compare + CSV), median of 21: %.3f ms\n", ms[ms.size() / 2]);

  QTemporaryDir dir;
  const QString spec = dir.filePath(QStringLiteral("study.json"));
  QFile f(spec);
  if (!f.open(QIODevice::WriteOnly)) return 1;
  f.write(QJsonDocument(test::boneScanStudyJson(cases)).toJson());
  f.close();
  QProcess peer;
  peer.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(RADCURATOR_SOURCE_DIR "/tests/tools/bonescan_oracle.py"), spec});
  if (!peer.waitForFinished(600000) || peer.exitCode() != 0) {
    std::printf("  peer failed: %s\n", peer.readAllStandardError().right(400).constData());
    return 1;
  }
  const QJsonObject out = QJsonDocument::fromJson(peer.readAllStandardOutput()).object();
  std::printf("  scikit-learn + statsmodels + numpy (computation only): %.3f ms, %lld figures\n", out.value(QStringLiteral("seconds")).toDouble() * 1000,
              qint64(out.value(QStringLiteral("rows")).toArray().size()));
  return 0;
}
