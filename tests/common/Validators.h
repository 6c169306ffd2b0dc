#pragma once
// The outside judges of every SEG and SR the tests write: dciodvfy (Debian dicom3tools) for
// conformance to the IOD, and pydicom (tests/tools/label_oracle.py) as an independent reader.

#include "TestSupport.h"

#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace rc::test {

struct Dciodvfy {
  bool ran = false;
  QStringList errors;
  QStringList warnings;
};

// Runs dciodvfy on `file`; `ran` is false when the tool is missing.
inline Dciodvfy runDciodvfy(const QString& file) {
  Dciodvfy result;
  const QString tool = QStandardPaths::findExecutable(QStringLiteral("dciodvfy"));
  if (tool.isEmpty()) return result;
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(tool, {file});
  if (!p.waitForFinished(120000)) return result;
  result.ran = true;
  for (const QString& line : QString::fromUtf8(p.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
    if (line.startsWith(QLatin1String("Error"))) result.errors << line;
    else if (line.startsWith(QLatin1String("Warning"))) result.warnings << line;
  }
  return result;
}

#define RC_REQUIRE_DCIODVFY()                                                                       \
  do {                                                                                              \
    if (QStandardPaths::findExecutable(QStringLiteral("dciodvfy")).isEmpty())                       \
      QSKIP("dciodvfy (Debian dicom3tools) is not installed");                                      \
  } while (0)

// Fails the calling test when dciodvfy reports any error; returns the warnings for the log.
#define RC_VERIFY_DCIODVFY(file)                                                                    \
  do {                                                                                              \
    const rc::test::Dciodvfy verdict_ = rc::test::runDciodvfy(file);                                \
    QVERIFY2(verdict_.ran, "dciodvfy did not run");                                                 \
    QVERIFY2(verdict_.errors.isEmpty(), qPrintable(verdict_.errors.join(QLatin1Char('\n'))));       \
    for (const QString& w_ : verdict_.warnings) qInfo("dciodvfy: %s", qPrintable(w_));              \
  } while (0)

// pydicom's reading of a SEG or SR (see tests/tools/label_oracle.py).
inline QJsonObject pydicomSummary(const QString& file) {
  QString error;
  const QJsonDocument doc = runPythonOracle(QStringLiteral("label_oracle.py"), {file}, &error);
  if (doc.isNull()) QTest::qFail(qPrintable(QStringLiteral("pydicom could not read %1: %2").arg(file, error)), __FILE__, __LINE__);
  return doc.object();
}

}  // namespace rc::test
