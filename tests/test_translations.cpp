// translations/radcurator_ja.ts is complete: running lupdate over today's sources into a
// copy finds no message without a finished Japanese translation (a new tr() string without
// its translation fails here), and placeholders (%1, %n) survive translation.

#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
  Q_OBJECT
private slots:
  void japaneseIsComplete() {
    QTemporaryDir dir;
    const QString source = QStringLiteral(RADCURATOR_SOURCE_DIR);
    const QString ts = dir.filePath(QStringLiteral("radcurator_ja.ts"));
    QVERIFY(QFile::copy(source + QStringLiteral("/translations/radcurator_ja.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(source);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("app"), QStringLiteral("modules"), QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(QString::fromUtf8(lupdate.readAllStandardError())));

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, sourceText, translation;
    bool unfinished = false, numerus = false;
    QStringList problems;
    int messages = 0;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement()) {
        if (xml.name() == QLatin1String("name")) context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
          numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
          translation.clear();
          unfinished = false;
        } else if (xml.name() == QLatin1String("source")) sourceText = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
          const auto type = xml.attributes().value(QLatin1String("type"));
          unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished");
          if (!numerus) translation = xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
          translation += xml.readElementText();
        }
      } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
        ++messages;
        const QString where = context + QStringLiteral(": ") + sourceText;
        if (unfinished || translation.trimmed().isEmpty()) problems << QStringLiteral("untranslated: ") + where;
        auto set = [](const QString& s) {
          QSet<QString> found;
          for (auto it = placeholder.globalMatch(s); it.hasNext();) found.insert(it.next().captured(0));
          return found;
        };
        if (!translation.isEmpty() && set(sourceText) != set(translation))
          problems << QStringLiteral("placeholders differ: ") + where;
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
