#pragma once
// Helpers shared by the benchmark programs.

#include "core/Volume.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace rc::bench {

// "Cold" runs: asks the kernel to drop each file from the page cache (no root needed). A VM's
// host may still cache the disk, so cold figures are an upper bound on cold-disk speed.
inline void dropFromPageCache(const QStringList& files) {
  for (const QString& f : files) {
    const int fd = ::open(QFile::encodeName(f).constData(), O_RDONLY);
    if (fd < 0) continue;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
  }
}

// A 512 x 512 x `slices` chest-like CT (air, body, two lungs, noise) at 0.7 x 0.7 x 1 mm.
inline std::shared_ptr<Volume> syntheticCt(int slices) {
  auto v = std::make_shared<Volume>(PixelType::Int16, std::array<int, 3>{512, 512, slices});
  v->spacing = {0.7, 0.7, 1.0};
  v->hasPatientOrientation = true;
  v->modality = QStringLiteral("CT");
  std::mt19937 rng(7);
  std::normal_distribution<float> noise(0, 20);
  auto* p = v->data<std::int16_t>();
  for (int k = 0; k < slices; ++k)
    for (int j = 0; j < 512; ++j)
      for (int i = 0; i < 512; ++i) {
        const double x = (i - 256) / 230.0, y = (j - 256) / 180.0;
        const double r = x * x + y * y;
        const double lungs = ((i - 160) * (i - 160) + (j - 256) * (j - 256) < 90 * 90 * 1.6) ||
                             ((i - 352) * (i - 352) + (j - 256) * (j - 256) < 90 * 90 * 1.6);
        const double hu = r > 1 ? -1000 : lungs ? -820 : 40;
        p[v->index(i, j, k)] = std::int16_t(hu + noise(rng));
      }
  return v;
}

struct Figures {
  double median = 0, p95 = 0;
};

inline Figures summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(std::ceil(ms.size() * 0.95)) - 1)]};
}

inline long peakRssKb() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : status.readAll().split('\n'))
    if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLong();
  return 0;
}

}  // namespace rc::bench
