#pragma once
// Helpers shared by the benchmark programs.

#include <QFile>
#include <QStringList>

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

}  // namespace rc::bench
