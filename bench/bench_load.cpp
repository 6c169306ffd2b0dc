// Volume load time: assembling a whole series into a Volume (headers, sort, decode, rescale),
// cold and warm, with the process's peak RSS. Run it under `/usr/bin/time -v` (see
// bench/run-benchmarks) for the figure the issue asks for.
//
//   bench_load DIR [--repeat N] [--threads N]

#include "BenchSupport.h"
#include "dicom/DicomHeader.h"
#include "dicom/VolumeLoader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace rc;

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: bench_load DIR [--repeat N] [--threads N]\n");
    return 2;
  }
  auto option = [&](const char* name, int fallback) {
    const int i = args.indexOf(QLatin1String(name));
    return i > 0 ? args.value(i + 1).toInt() : fallback;
  };
  const int repeat = option("--repeat", 3);
  const int threads = option("--threads", 0);
  QStringList files;
  QDirIterator it(args[1], QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString f = it.next();
    if (looksLikeDicom(f)) files << f;
  }
  for (int r = 0; r < repeat; ++r) {
    if (r == 0) bench::dropFromPageCache(files);  // the first run is cold
    QElapsedTimer timer;
    timer.start();
    const auto loaded = loadVolume(files, LoadOptions{0, threads});
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!loaded) {
      std::fprintf(stderr, "error: %s\n", qPrintable(loaded.error()));
      return 1;
    }
    const Volume& v = *loaded->volume;
    std::printf("%s load: %d files -> %dx%dx%d %s (%.1f MB voxels) in %.0f ms\n", r == 0 ? "cold" : "warm",
                int(files.size()), v.width(), v.height(), v.sliceCount(), qPrintable(pixelTypeName(v.pixelType())),
                v.byteSize() / 1e6, ms);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS (getrusage): %.1f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
