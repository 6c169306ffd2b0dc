#pragma once
// Shared helpers for the Qt Test executables: where the sample data is, running the Python
// oracle (Debian's pydicom), and temporary folders.

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

namespace rc::test {

// ../shared/data (or RADCURATOR_SAMPLE_DATA); empty when absent.
inline QString sampleDataDir() {
  QString dir = qEnvironmentVariable("RADCURATOR_SAMPLE_DATA");
#ifdef RADCURATOR_SAMPLE_DATA_DEFAULT
  if (dir.isEmpty()) dir = QStringLiteral(RADCURATOR_SAMPLE_DATA_DEFAULT);
#endif
  return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

inline QString samplePath(const QString& relative) { return QDir(sampleDataDir()).filePath(relative); }

// Skips the current test with a clear message when the sample data (or a part) is absent.
#define RC_REQUIRE_SAMPLE(relative)                                                             \
  do {                                                                                          \
    if (rc::test::sampleDataDir().isEmpty() || !QFileInfo::exists(rc::test::samplePath(relative))) \
      QSKIP(qPrintable(QStringLiteral("sample data %1 not found (set RADCURATOR_SAMPLE_DATA)")   \
                           .arg(relative)));                                                     \
  } while (0)

inline QString testToolsDir() { return QStringLiteral(RADCURATOR_TEST_TOOLS); }

// Runs tests/tools/<script> with Debian's python3 (pydicom lives there) and parses its JSON
// output. Returns a null document when python3/pydicom is missing; failures are reported.
inline QJsonDocument runPythonOracle(const QString& script, const QStringList& args, QString* error = nullptr) {
  QProcess process;
  process.start(QStringLiteral("/usr/bin/python3"), QStringList{QDir(testToolsDir()).filePath(script)} + args);
  if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
    if (error) *error = QString::fromUtf8(process.readAllStandardError());
    return QJsonDocument();
  }
  return QJsonDocument::fromJson(process.readAllStandardOutput());
}

inline bool havePydicom() {
  static const bool available = [] {
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import pydicom")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
  }();
  return available;
}

#define RC_REQUIRE_PYDICOM()                                                                   \
  do {                                                                                         \
    if (!rc::test::havePydicom()) QSKIP("Debian python3-pydicom is not installed");           \
  } while (0)

// Debian's statistics packages, the oracles of agreement and comparison figures.
inline bool haveStatisticsOracles() {
  static const bool available = [] {
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import scipy, sklearn, statsmodels")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
  }();
  return available;
}

#define RC_REQUIRE_STATISTICS_ORACLES()                                                                          \
  do {                                                                                                           \
    if (!rc::test::haveStatisticsOracles()) QSKIP("Debian python3-scipy, python3-sklearn, python3-statsmodels missing"); \
  } while (0)

// radcurator-cli run to its end: exit code (-1: did not finish, -2: crashed) and its output.
struct CliRun {
  int exitCode = -1;
  QString out;
  QString err;
};

// Runs radcurator-cli with `args`; the correspondence table's passphrase comes through
// RADCURATOR_PASSPHRASE (none when empty).
// `wrapper`, if given, runs the CLI (e.g. {"/usr/bin/time", "-f", "%M"}, or setpriv as
// another user).
inline CliRun runCli(const QStringList& args, const QString& passphrase, const QStringList& wrapper = {}) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  if (passphrase.isEmpty()) env.remove(QStringLiteral("RADCURATOR_PASSPHRASE"));
  else env.insert(QStringLiteral("RADCURATOR_PASSPHRASE"), passphrase);
  p.setProcessEnvironment(env);
  if (wrapper.isEmpty()) p.start(QStringLiteral(RADCURATOR_CLI), args);
  else p.start(wrapper.front(), wrapper.mid(1) + QStringList{QStringLiteral(RADCURATOR_CLI)} + args);
  CliRun r;
  if (!p.waitForFinished(600000)) return r;
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

}  // namespace rc::test
