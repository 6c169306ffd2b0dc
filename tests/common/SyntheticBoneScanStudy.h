#pragma once
// A synthetic bone-scan study for test_bonescan and bench_bonescan: 100 cases (half with
// metastases), three readers who mostly agree (one case read by two), BONENAVI on MDP scans,
// VSBONE 2.0 and 3.0 on HMDP scans, BONENAVI run by mistake on some HMDP scans, some results
// without a BSI or a count, and one case the readers split on. The same seed gives the same study.

#include "bonescan/BoneScan.h"
#include "bonescan/BoneScanComparison.h"

#include <QJsonArray>
#include <QJsonObject>

#include <random>

namespace rc::test {

inline std::vector<bonescan::ComparisonCase> syntheticBoneScanStudy(unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<bonescan::ComparisonCase> cases;
  for (int n = 0; n < 100; ++n) {
    bonescan::ComparisonCase c;
    c.patientCode = QStringLiteral("RC-%1").arg(n, 6, 10, QLatin1Char('0'));
    const bool disease = n % 2 == 0;
    const int truth = disease ? 1 + int(unit(random) * 30) : 0;
    for (const QString& reader : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")}) {
      if (n == 7 && reader == QLatin1String("r3")) continue;  // one case read by two only
      const int miss = unit(random) < 0.15 ? 1 : 0;
      int count = std::max(0, truth + int(std::lround((unit(random) - 0.5) * 6)) - miss * truth);
      if (!disease && unit(random) < 0.12) count = 1;  // a false positive
      bonescan::ReaderCall call{count, bonescan::eodGrade(count, truth > 27 && unit(random) < 0.5), count > 0};
      c.readers[reader] = call;
    }
    const QString tracer = n % 3 == 0 ? QStringLiteral("HMDP") : QStringLiteral("MDP");
    auto result = [&](const QString& program, const QString& version, const QString& t, double scale) {
      ProgramResultRecord r;
      r.patientCode = c.patientCode;
      r.program = program;
      r.version = version;
      r.tracer = t;
      if (unit(random) > 0.04) r.bsi = disease ? std::min(100.0, scale * (0.1 + unit(random) * 4)) : (unit(random) < 0.3 ? unit(random) * 0.9 : 0.0);
      if (unit(random) > 0.04) r.hotspots = std::max(0, truth + int(std::lround((unit(random) - 0.4) * 5)));
      c.results.push_back(r);
    };
    if (tracer == QLatin1String("MDP")) {
      result(QStringLiteral("BONENAVI"), QStringLiteral("2.1"), tracer, 1.0);
    } else {
      result(QStringLiteral("VSBONE"), QStringLiteral("2.0"), tracer, 1.2);
      result(QStringLiteral("VSBONE"), QStringLiteral("3.0"), tracer, 0.9);
      if (n % 4 == 0) result(QStringLiteral("BONENAVI"), QStringLiteral("2.1"), tracer, 1.0);
    }
    cases.push_back(std::move(c));
  }
  // A tie (no reference): two readers, one says yes, one no.
  bonescan::ComparisonCase tie;
  tie.patientCode = QStringLiteral("RC-TIE");
  tie.readers[QStringLiteral("r1")] = bonescan::ReaderCall{2, 1, true};
  tie.readers[QStringLiteral("r2")] = bonescan::ReaderCall{0, 0, false};
  cases.push_back(tie);
  return cases;
}

// The study as tests/tools/bonescan_oracle.py reads it.
inline QJsonObject boneScanStudyJson(const std::vector<bonescan::ComparisonCase>& cases) {
  QJsonArray all;
  for (const bonescan::ComparisonCase& c : cases) {
    QJsonObject readers;
    for (const auto& [login, call] : c.readers)
      readers.insert(login, QJsonObject{{QStringLiteral("metastases"), call.metastases}, {QStringLiteral("eod"), call.eod},
                                        {QStringLiteral("metastasis"), call.metastasis}});
    QJsonArray results;
    for (const ProgramResultRecord& r : c.results)
      results.append(QJsonObject{{QStringLiteral("program"), r.program},
                                 {QStringLiteral("version"), r.version},
                                 {QStringLiteral("tracer"), r.tracer},
                                 {QStringLiteral("bsi"), r.bsi ? QJsonValue(*r.bsi) : QJsonValue()},
                                 {QStringLiteral("hotspots"), r.hotspots ? QJsonValue(*r.hotspots) : QJsonValue()}});
    all.append(QJsonObject{{QStringLiteral("readers"), readers}, {QStringLiteral("results"), results}});
  }
  return {{QStringLiteral("cases"), all}};
}

}  // namespace rc::test
