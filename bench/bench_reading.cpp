// Reading studies at scale, each figure beside its peer in the same run:
//  - agreement of 3 readers x 3 segments (a nodule, a mass, an organ) on 512x512x300 at
//    0.7 x 0.7 x 1 mm: seconds per case (9 pairs: Dice, HD95, volume difference), against
//    numpy + scipy cropped to the masks' union box as MONAI does (bench/agreement-scipy-peer.py);
//  - the worklist of 10,000 cases with 2 readers each: open (store query + model) and filter,
//    median ms, against Python's sqlite3 running the same query and filter.
//
// Usage: bench_reading [cases]   (default 10000)

#include "BenchSupport.h"
#include "core/Agreement.h"
#include "reading/ReadingStudy.h"
#include "reading/WorklistModel.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace rc;

namespace {

// An ellipsoid of radii (mm) around centre (voxels), its surface shifted by `bumps` so
// readers differ as people do: a little larger or smaller, a little off.
SegmentMask ellipsoid(const std::array<int, 3>& dims, const Vec3& spacing, const Vec3& centre, const Vec3& radiiMm, double wobble) {
  SegmentMask mask(dims);
  const int ri = int(radiiMm[0] / spacing[0]) + 2, rj = int(radiiMm[1] / spacing[1]) + 2, rk = int(radiiMm[2] / spacing[2]) + 2;
  for (int k = std::max(0, int(centre[2]) - rk); k <= std::min(dims[2] - 1, int(centre[2]) + rk); ++k)
    for (int j = std::max(0, int(centre[1]) - rj); j <= std::min(dims[1] - 1, int(centre[1]) + rj); ++j)
      for (int i = std::max(0, int(centre[0]) - ri); i <= std::min(dims[0] - 1, int(centre[0]) + ri); ++i) {
        const double x = (i - centre[0]) * spacing[0] / radiiMm[0], y = (j - centre[1]) * spacing[1] / radiiMm[1],
                     z = (k - centre[2]) * spacing[2] / radiiMm[2];
        const double r = x * x + y * y + z * z;
        const double surface = 1.0 + wobble * std::sin(3 * std::atan2(y, x)) * std::cos(2 * z);
        if (r <= surface) mask.set(i, j, k, true);
      }
  return mask;
}

QByteArray packedBits(const SegmentMask& m) {
  const size_t n = size_t(m.width()) * m.height() * m.sliceCount();
  QByteArray out(qsizetype((n + 7) / 8), '\0');
  auto* bytes = reinterpret_cast<std::uint8_t*>(out.data());
  size_t index = 0;
  for (int k = 0; k < m.sliceCount(); ++k) {
    const std::uint8_t* s = m.slice(k);
    for (size_t v = 0; v < m.sliceVoxelCount(); ++v, ++index)
      if (s && s[v]) bytes[index / 8] |= std::uint8_t(0x80 >> (index % 8));
  }
  return out;
}

QJsonObject runPeer(const QString& script, const QStringList& args) {
  QProcess peer;
  peer.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral(RADCURATOR_BENCH_DIR "/") + script} + args);
  if (!peer.waitForFinished(1800000) || peer.exitCode() != 0) {
    std::printf("  peer failed: %s\n", peer.readAllStandardError().right(400).constData());
    return {};
  }
  return QJsonDocument::fromJson(peer.readAllStandardOutput()).object();
}

int agreementBench(const QString& work) {
  const std::array<int, 3> dims = {512, 512, 300};
  const Vec3 spacing = {0.7, 0.7, 1.0};
  struct Structure {
    const char* name;
    Vec3 centre, radii;
  };
  const Structure structures[] = {{"nodule", {150, 220, 120}, {6, 6, 6}},
                                  {"mass", {330, 260, 150}, {28, 24, 30}},
                                  {"organ (liver-sized)", {300, 300, 150}, {90, 70, 80}}};
  // Three readers: one reference, one a voxel larger and shifted, one wobblier.
  const Vec3 offsets[] = {{0, 0, 0}, {2, 1, 1}, {-1, 2, 0}};
  const double grow[] = {0, 0.06, -0.04}, wobble[] = {0.02, 0.05, 0.08};
  std::vector<std::vector<SegmentMask>> masks(3);  // [structure][reader]
  QJsonArray pairs;
  for (int s = 0; s < 3; ++s)
    for (int r = 0; r < 3; ++r) {
      Vec3 centre = structures[s].centre, radii = structures[s].radii;
      for (int a = 0; a < 3; ++a) centre[a] += offsets[r][a], radii[a] *= 1 + grow[r];
      masks[size_t(s)].push_back(ellipsoid(dims, spacing, centre, radii, wobble[r]));
      QFile f(QDir(work).filePath(QStringLiteral("s%1r%2.bits").arg(s).arg(r)));
      if (!f.open(QIODevice::WriteOnly) || f.write(packedBits(masks[size_t(s)].back())) < 0) return 1;
    }
  for (int s = 0; s < 3; ++s)
    for (int a = 0; a < 3; ++a)
      for (int b = a + 1; b < 3; ++b)
        pairs.append(QJsonObject{{QStringLiteral("a"), QDir(work).filePath(QStringLiteral("s%1r%2.bits").arg(s).arg(a))},
                                 {QStringLiteral("b"), QDir(work).filePath(QStringLiteral("s%1r%2.bits").arg(s).arg(b))}});
  std::vector<MaskAgreement> ours;
  std::vector<double> seconds;
  for (int run = 0; run < 3; ++run) {
    QElapsedTimer timer;
    timer.start();
    ours.clear();
    for (int s = 0; s < 3; ++s)
      for (int a = 0; a < 3; ++a)
        for (int b = a + 1; b < 3; ++b) ours.push_back(compareMasks(masks[size_t(s)][size_t(a)], masks[size_t(s)][size_t(b)], spacing));
    seconds.push_back(timer.nsecsElapsed() / 1e9);
  }
  std::sort(seconds.begin(), seconds.end());
  std::printf("agreement, 3 readers x 3 segments on 512x512x300 (0.7x0.7x1 mm), 9 pairs per case:\n");
  for (int s = 0; s < 3; ++s)
    std::printf("  %-20s %8zu voxels, Dice %.4f, HD95 %.3f mm (readers 1-2)\n", structures[s].name, masks[size_t(s)][0].count(),
                *ours[size_t(s) * 3].dice, ours[size_t(s) * 3].hd95Mm);
  std::printf("  RadCurator: %.3f s per case (median of 3)\n", seconds[1]);
  const QString specPath = QDir(work).filePath(QStringLiteral("spec.json"));
  QFile spec(specPath);
  if (!spec.open(QIODevice::WriteOnly)) return 1;
  spec.write(QJsonDocument(QJsonObject{{QStringLiteral("dims"), QJsonArray{dims[0], dims[1], dims[2]}},
                                       {QStringLiteral("spacing"), QJsonArray{spacing[0], spacing[1], spacing[2]}},
                                       {QStringLiteral("pairs"), pairs}})
                 .toJson());
  spec.close();
  const QJsonObject peer = runPeer(QStringLiteral("agreement-scipy-peer.py"), {specPath});
  if (peer.isEmpty()) return 1;
  bool same = true;
  const QJsonArray peerPairs = peer.value(QStringLiteral("pairs")).toArray();
  for (int n = 0; n < peerPairs.size(); ++n) {
    const QJsonObject p = peerPairs.at(n).toObject();
    same = same && std::abs(p.value(QStringLiteral("dice")).toDouble() - *ours[size_t(n)].dice) < 1e-9 &&
           std::abs(p.value(QStringLiteral("hd95")).toDouble() - ours[size_t(n)].hd95Mm) < 1e-6;
  }
  const double peerSeconds = peer.value(QStringLiteral("seconds")).toDouble();
  std::printf("  numpy + scipy, cropped (peer): %.3f s per case; figures %s\n", peerSeconds, same ? "agree" : "DIFFER");
  std::printf("  speed-up over the peer: %.1fx (goal >= 5x)\n", peerSeconds / seconds[1]);
  return same ? 0 : 1;
}

int worklistBench(const QString& work, int caseCount) {
  const QString storePath = QDir(work).filePath(QStringLiteral("store"));
  auto store = CaseStore::open(storePath);
  if (!store) return 1;
  CaseDatabase db(*store);
  QElapsedTimer timer;
  timer.start();
  const QString blob = QDir(work).filePath(QStringLiteral("blob.bin"));
  QStringList series;
  for (int n = 0; n < caseCount; ++n) {
    QFile f(blob);
    if (!f.open(QIODevice::WriteOnly)) return 1;
    f.write(QByteArray::number(n));
    f.close();
    SeriesBatch batch;
    batch.patient.code = QStringLiteral("RC-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
    batch.study.uid = QStringLiteral("2.25.9%1").arg(n);
    batch.study.date = QStringLiteral("2026%1%2").arg(1 + n % 12, 2, 10, QLatin1Char('0')).arg(1 + n % 28, 2, 10, QLatin1Char('0'));
    batch.series.uid = QStringLiteral("2.25.8%1").arg(n);
    batch.series.modality = n % 3 == 0 ? QStringLiteral("CR") : QStringLiteral("CT");
    InstanceRecord r;
    r.sopInstanceUid = batch.series.uid + QStringLiteral(".1");
    batch.instances.push_back({r, blob, batch.patient.code, QString()});
    if (!db.storeSeries(batch)) return 1;
    series << batch.series.uid;
  }
  std::printf("worklist: %d cases filed in %.1f s\n", caseCount, timer.elapsed() / 1000.0);
  auto study = ReadingStudy::open(db, QStringLiteral("dm"));
  if (!study) return 1;
  QStringList readers;
  for (int r = 1; r <= 5; ++r) {
    readers << QStringLiteral("reader%1").arg(r);
    if (!study->addPerson(readers.back(), {}, {role::reader})) return 1;
  }
  ProjectRecord design;
  design.name = QStringLiteral("bench");
  design.readersPerCase = 2;
  design.targets = {{QStringLiteral("with findings"), caseCount / 2}, {QStringLiteral("without"), caseCount / 2}};
  if (!study->createProject(design)) return 1;
  const ProjectRecord project = study->project(QStringLiteral("bench")).value();
  if (!study->addCases(project, series.mid(0, caseCount / 2), QStringLiteral("with findings")) ||
      !study->addCases(project, series.mid(caseCount / 2), QStringLiteral("without")))
    return 1;
  timer.restart();
  const auto assigned = study->assignRoundRobin(project, readers);
  std::printf("  %d assignments (round robin, 5 readers) in %.1f s\n", assigned ? *assigned : -1, timer.elapsed() / 1000.0);

  WorklistModel model;
  std::vector<double> openMs, filterMs;
  for (int run = 0; run < 15; ++run) {
    timer.restart();
    auto cases = study->worklist(project);
    if (!cases) return 1;
    model.setCases(std::move(*cases));
    openMs.push_back(timer.nsecsElapsed() / 1e6);
    timer.restart();
    WorklistFilter f;
    f.search = QStringLiteral("RC-0012");
    f.status = reading::assigned;
    f.modality = QStringLiteral("CT");
    model.setFilter(f);
    model.setFilter({});
    model.sort(WorklistModel::Status, Qt::DescendingOrder);
    filterMs.push_back(timer.nsecsElapsed() / 1e6);
  }
  const auto open = bench::summarise(openMs), filter = bench::summarise(filterMs);
  std::printf("  RadCurator: open %.1f ms, filter + clear + sort %.1f ms (median of 15; %d rows) (goal < 100 ms)\n", open.median,
              filter.median, model.rowCount());
  const QJsonObject peer = runPeer(QStringLiteral("worklist-sqlite-peer.py"), {QDir(storePath).filePath(QStringLiteral("radcurator.sqlite"))});
  if (peer.isEmpty()) return 1;
  std::printf("  Python sqlite3 (peer): open %.1f ms, filter + clear + sort %.1f ms (%d rows)\n", peer.value(QStringLiteral("openMs")).toDouble(),
              peer.value(QStringLiteral("filterMs")).toDouble(), peer.value(QStringLiteral("rows")).toInt());
  return peer.value(QStringLiteral("rows")).toInt() == model.rowCount() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const int cases = argc > 1 ? std::atoi(argv[1]) : 10000;
  QTemporaryDir work;
  if (!work.isValid()) return 1;
  const int agreement = agreementBench(work.path());
  const int worklist = worklistBench(work.path(), cases);
  return agreement || worklist ? 1 : 0;
}
