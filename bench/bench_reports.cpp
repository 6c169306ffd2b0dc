// Report text de-identification per second (issue 24): N synthetic reports of typical length
// (tests/tools/report_corpus.py: Japanese and English, identifiers planted in every form) through
// the TextScrubber with three patients in the table, against the same rule-based detectors in
// Python's re alone (no morphological analysis) in the same run.
//
//   bench_reports [N]   (default 10,000)

#include "core/Parallel.h"
#include "reports/TextScrubber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

using namespace rc;

namespace {

QJsonObject python(const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral(RADCURATOR_SOURCE_DIR "/tests/tools/report_corpus.py")} + args);
  if (!p.waitForFinished(1800000) || p.exitCode() != 0) {
    std::printf("  python failed: %s\n", p.readAllStandardError().right(400).constData());
    return {};
  }
  return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
  const QJsonObject corpus = python({QStringLiteral("corpus"), QString::number(n)});
  const QJsonArray reports = corpus[QStringLiteral("reports")].toArray();
  if (reports.size() != n) return 1;
  std::vector<ScrubPatient> patients;
  for (const QJsonValue& v : corpus[QStringLiteral("patients")].toArray()) {
    const QJsonObject p = v.toObject();
    patients.push_back({p[QStringLiteral("name")].toString(), {}, p[QStringLiteral("id")].toString(), p[QStringLiteral("birth")].toString(), 0});
  }
  std::vector<QString> texts;
  qint64 characters = 0;
  for (const QJsonValue& v : reports) {
    texts.push_back(v.toObject()[QStringLiteral("text")].toString());
    characters += texts.back().size();
  }
  QElapsedTimer load;
  load.start();
  const auto scrubber = TextScrubber::create(ScrubSettings{});
  if (!scrubber) {
    std::printf("  %s\n", qPrintable(scrubber.error()));
    return 1;
  }
  const double loadMs = double(load.nsecsElapsed()) / 1e6;
  ScrubContext context;
  context.patients = patients;
  // One core, then every core (reports are independent; an import scrubs them in parallel).
  QElapsedTimer timer;
  timer.start();
  size_t replaced = 0;
  for (const QString& text : texts) replaced += (*scrubber)->scrub(text, context).replacements.size();
  const double oneCore = double(timer.nsecsElapsed()) / 1e9;
  std::vector<size_t> counts(texts.size());
  timer.restart();
  parallelFor(texts.size(), 0, [&](size_t i) {
    counts[i] = (*scrubber)->scrub(texts[i], context).replacements.size();
    return true;
  });
  const double seconds = double(timer.nsecsElapsed()) / 1e9;
  size_t replacedParallel = 0;
  for (size_t c : counts) replacedParallel += c;
  const QJsonObject peer = python({QStringLiteral("peer"), QString::number(n)});
  const double peerSeconds = peer[QStringLiteral("seconds")].toDouble();
  std::printf("%d reports, %.0f characters on average; MeCab with IPAdic loads in %.0f ms\n", n, double(characters) / n, loadMs);
  std::printf("  RadCurator, one core (NFKC map, table's patients, MeCab, rules): %.2f s, %.0f reports/s, %zu replacements\n", oneCore, n / oneCore, replaced);
  std::printf("  RadCurator, %d cores:                                          %.2f s, %.0f reports/s, %zu replacements\n", defaultThreadCount(), seconds,
              n / seconds, replacedParallel);
  std::printf("  Python re, the rules alone (NFKC, no MeCab), one core:          %.2f s, %.0f reports/s, %d replacements\n", peerSeconds,
              n / peerSeconds, peer[QStringLiteral("replaced")].toInt());
  std::printf("  ratio: %.2fx on every core, %.2fx on one (goal: faster than the Python peer)\n", peerSeconds / seconds, peerSeconds / oneCore);
  return 0;
}
