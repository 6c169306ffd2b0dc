// Indexing throughput: header-only scans of a folder of DICOM files, cold (each file dropped
// from the page cache first with posix_fadvise, no root needed) and warm, on one thread and
// on all cores. Prints files/s and MB/s (of file size) per run.
//
//   bench_index DIR [--repeat N]

#include "BenchSupport.h"
#include "core/Parallel.h"
#include "dicom/DicomHeader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace rc;

namespace {

void run(const char* label, const QStringList& files, qint64 bytes, int threads) {
  std::atomic<int> ok{0};
  QElapsedTimer timer;
  timer.start();
  parallelFor(size_t(files.size()), threads, [&](size_t i) {
    if (readDicomHeader(files[qsizetype(i)])) ++ok;
    return true;
  });
  const double seconds = timer.nsecsElapsed() / 1e9;
  std::printf("%-28s threads=%d  files=%d  ok=%d  %.3f s  %8.0f files/s  %7.1f MB/s\n", label, threads,
              int(files.size()), ok.load(), seconds, files.size() / seconds, bytes / 1e6 / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: bench_index DIR [--repeat N]\n");
    return 2;
  }
  const int repeat = args.contains(QStringLiteral("--repeat")) ? args.value(args.indexOf(QStringLiteral("--repeat")) + 1).toInt() : 3;
  QStringList files;
  qint64 bytes = 0;
  QDirIterator it(args[1], QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString f = it.next();
    if (!looksLikeDicom(f)) continue;
    files << f;
    bytes += QFileInfo(f).size();
  }
  std::printf("folder %s: %d DICOM files, %.1f MB\n", qPrintable(args[1]), int(files.size()), bytes / 1e6);
  for (int threads : {1, defaultThreadCount()}) {
    for (int r = 0; r < repeat; ++r) {
      bench::dropFromPageCache(files);
      run("cold (page cache dropped)", files, bytes, threads);
    }
    for (int r = 0; r < repeat; ++r) run("warm", files, bytes, threads);
  }
  return 0;
}
