// Team mode: CLIENTS threads, each with connections of its own as a workstation has, save a
// reader's label edits SAVES times (a lesion-sized segment that moves each time, so its mask
// is rewritten; a new connection per save, as AnnotationSession does), a short pause between.
// Prints the save latencies (p50, p95, max) and saves per second. The store's folder says
// which engine (SQLite file, or the PostgreSQL of its radcurator-store.ini).
//
//   bench_teammode STORE_DIR [CLIENTS] [SAVES] [PAUSE_MS]     (defaults: 8, 60, 100)

#include "core/Labels.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace rc;

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_teammode STORE_DIR [CLIENTS] [SAVES] [PAUSE_MS]\n");
    return 2;
  }
  const int clients = argc > 2 ? std::atoi(argv[2]) : 8;
  const int saves = argc > 3 ? std::atoi(argv[3]) : 60;
  const int pauseMs = argc > 4 ? std::atoi(argv[4]) : 100;
  const auto store = CaseStore::open(QString::fromLocal8Bit(argv[1]));
  if (!store) return std::fprintf(stderr, "%s\n", qPrintable(store.error())), 1;
  SeriesSummary series;
  {
    CaseDatabase db(store.value());
    const auto all = db.listSeries();
    if (!all || all->empty()) return std::fprintf(stderr, "no series in the store\n"), 1;
    series = all->front();
  }
  const std::array<int, 3> dims{series.columns, series.rows, series.instanceCount};
  std::mutex lock;
  std::vector<double> latencies;
  int failures = 0;
  QString firstFailure;
  QElapsedTimer wall;
  wall.start();
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      const LabelSetKey key{series.seriesUid, 0, QStringLiteral("bench-reader-%1").arg(c)};
      LabelSet labels;
      labels.seriesInstanceUid = series.seriesUid;
      Segment s;
      s.number = 1;
      s.label = QStringLiteral("Lesion");
      labels.segments.push_back(s);
      qint64 revision = 0;
      {
        CaseDatabase db(store.value());
        if (const auto r = LabelStore(db).revision(key)) revision = r.value();
      }
      std::vector<double> mine;
      for (int n = 0; n < saves; ++n) {
        // A 40x40x10 lesion, one voxel further each save.
        labels.voxels = LabelMap(dims);
        labels.voxels.addSegment(1);
        const int x0 = 100 + (n + c * 7) % 200, y0 = 100, z0 = std::min(dims[2] - 10, 20);
        for (int k = z0; k < z0 + 10; ++k)
          for (int j = y0; j < y0 + 40; ++j) labels.voxels.setRun(1, x0, x0 + 39, j, k);
        QElapsedTimer t;
        t.start();
        CaseDatabase db(store.value());
        const auto saved = db.isOpen() ? LabelStore(db).save(key, labels, {1}, revision, key.reader)
                                       : Result<qint64>(fail(db.openError()));
        mine.push_back(double(t.nsecsElapsed()) / 1e6);
        if (saved) {
          revision = saved.value();
        } else {
          std::lock_guard<std::mutex> g(lock);
          if (failures++ == 0) firstFailure = saved.error();
        }
        QThread::msleep(pauseMs);
      }
      std::lock_guard<std::mutex> g(lock);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  }
  for (auto& t : threads) t.join();
  const double seconds = double(wall.elapsed()) / 1000.0;
  std::sort(latencies.begin(), latencies.end());
  auto at = [&](double q) { return latencies[std::min(latencies.size() - 1, size_t(q * double(latencies.size())))]; };
  std::printf("%s: %d clients x %d saves (pause %d ms): p50 %.1f ms, p95 %.1f ms, max %.1f ms; %.1f saves/s; %d failed%s%s\n",
              store->isShared() ? "PostgreSQL" : "SQLite", clients, saves, pauseMs, at(0.50), at(0.95), latencies.back(),
              double(latencies.size()) / seconds, failures, failures ? ": " : "", qPrintable(firstFailure));
  return failures == 0 ? 0 : 1;
}
