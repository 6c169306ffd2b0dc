#pragma once
// Shared by the libFuzzer harnesses: the project's entry points take file paths, so each
// input is written to a file in memory-backed /dev/shm (per process) first.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

#include <unistd.h>

namespace rc::fuzz {

inline QString scratchDir() {
  static const QString dir = [] {
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    const QString d = QDir(base).filePath(QStringLiteral("radcurator-fuzz-%1").arg(getpid()));
    QDir().mkpath(d);
    return d;
  }();
  return dir;
}

// Writes the input to `name` in the scratch folder and returns the path.
inline QString writeInput(const uint8_t* data, size_t size, const QString& name = QStringLiteral("input.dcm")) {
  const QString path = QDir(scratchDir()).filePath(name);
  QFile file(path);
  if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) file.write(reinterpret_cast<const char*>(data), qint64(size));
  return path;
}

// Qt wants an application object for translations; one per process.
inline void ensureApplication() {
  static int argc = 1;
  static char name[] = "radcurator-fuzz";
  static char* argv[] = {name, nullptr};
  static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
  (void)app;
}

}  // namespace rc::fuzz
