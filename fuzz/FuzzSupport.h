#pragma once
// Shared by the libFuzzer harnesses: the project's entry points take file paths, so each
// input is written to a file in memory-backed /dev/shm (per process) first.

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
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

// Inputs on which DCMTK threw and the project's guard turned the exception into a clean
// failure are not crashes, but they are worth a regression test: they are kept as
// guarded-<hash> in $RADCURATOR_FUZZ_FINDINGS (scripts/fuzz sets it).
inline void noteGuarded(const QString& error, const uint8_t* data, size_t size) {
  if (!error.contains(QLatin1String("the DICOM library"))) return;
  const QByteArray dir = qgetenv("RADCURATOR_FUZZ_FINDINGS");
  if (dir.isEmpty()) return;
  const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
  QFile file(QDir(QString::fromLocal8Bit(dir)).filePath(
      QStringLiteral("guarded-") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex())));
  if (!file.exists() && file.open(QIODevice::WriteOnly)) file.write(bytes);
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
