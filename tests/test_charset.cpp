// dicom/CharacterSet: our own decoding (Debian's DCMTK refuses ISO 2022 IR 87) must give the
// same strings as pydicom for every charset sample, and survive the tricky bytes.

#include "TestSupport.h"
#include "dicom/CharacterSet.h"
#include "dicom/DicomHeader.h"
#include "dicom/TextElements.h"

#include <QDirIterator>
#include <QJsonObject>

using namespace rc;

class TestCharset : public QObject {
  Q_OBJECT
private:
  static QStringList charsetFiles() {
    QStringList files;
    const QStringList dirs = {test::samplePath(QStringLiteral("codecs-multiframe-malformed/charsets")),
                              QStringLiteral("/usr/lib/python3/dist-packages/pydicom/data/charset_files")};
    for (const QString& dir : dirs) {
      QDirIterator it(dir, {QStringLiteral("*.dcm")}, QDir::Files);
      while (it.hasNext()) files << it.next();
    }
    files.sort();
    return files;
  }

private slots:
  void sameStringsAsPydicom() {
    RC_REQUIRE_PYDICOM();
    const QStringList files = charsetFiles();
    if (files.isEmpty()) QSKIP("no charset sample files found");
    QString error;
    const QJsonDocument oracle = test::runPythonOracle(QStringLiteral("charset_oracle.py"), files, &error);
    QVERIFY2(oracle.isObject(), qPrintable(error));
    int compared = 0;
    for (const QString& file : files) {
      const auto ours = readTextElements(file);
      QVERIFY2(ours.ok(), qPrintable(ours.error()));
      QMap<QString, QString> decoded;
      for (const TextElement& e : ours.value()) decoded.insert(e.key, e.text);
      const QJsonObject expected = oracle.object().value(file).toObject();
      QVERIFY2(!expected.isEmpty(), qPrintable(file));
      for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString want = it.value().toString();
        const QString got = decoded.value(it.key());
        QVERIFY2(got == want, qPrintable(QStringLiteral("%1 %2: ours '%3', pydicom '%4'").arg(file, it.key(), got, want)));
        ++compared;
      }
    }
    QVERIFY2(compared > 50, qPrintable(QString::number(compared)));
  }

  void japaneseNameFromHeader() {
    RC_REQUIRE_SAMPLE("codecs-multiframe-malformed/charsets/chrH31.dcm");
    // chrH31 has no Study/Series UID, so read the text directly rather than the header.
    const auto elements = readTextElements(test::samplePath(QStringLiteral("codecs-multiframe-malformed/charsets/chrH31.dcm")));
    QVERIFY(elements.ok());
    QString name;
    for (const auto& e : elements.value())
      if (e.key == QLatin1String("(0010,0010)")) name = e.text;
    QCOMPARE(name, QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
  }

  void kanjiBytesThatLookLikeDelimiters() {
    // 本 is JIS 0x4B5C (a backslash byte) and 十 is 0x3D3D ('=' bytes): neither may split the
    // value or reset the code element.
    const QString name = QStringLiteral("YAMAMOTO^JUN=山本^十=やまもと^じゅん");
    const QByteArray encoded = encodeIso2022Japanese(name);
    QVERIFY(encoded.contains("\x1b$B"));
    QVERIFY(encoded.contains(QByteArray("\x4b\x5c")));
    const CharacterSet charset(QByteArrayLiteral("\\ISO 2022 IR 87"));
    QCOMPARE(charset.decode(encoded, TextKind::PersonName), name);
    // Two values: the separator outside the kanji run is a real delimiter.
    const QByteArray twoValues = encodeIso2022Japanese(QStringLiteral("山本")) + '\\' + encodeIso2022Japanese(QStringLiteral("十"));
    QCOMPARE(charset.decode(twoValues).split(QLatin1Char('\\')), (QStringList{QStringLiteral("山本"), QStringLiteral("十")}));
  }

  void halfWidthKatakanaInG1() {
    const CharacterSet charset(QByteArrayLiteral("ISO 2022 IR 13\\ISO 2022 IR 87"));
    QCOMPARE(charset.decode(QByteArray("\xd4\xcf\xc0\xde^\xc0\xdb\xb3"), TextKind::PersonName),
             QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ"));
  }

  void escapeBackToAscii() {
    // ESC $ B switches G0 to JIS X 0208, ESC ( B back to ASCII before the delimiter.
    const CharacterSet charset(QByteArrayLiteral("\\ISO 2022 IR 87"));
    const QByteArray value = QByteArray("\x1b$B;3ED\x1b(B^Taro");
    QCOMPARE(charset.decode(value, TextKind::PersonName), QStringLiteral("山田^Taro"));
  }

  void twoByteSetAsFirstValueKeepsAsciiAscii() {
    // "ISO 2022 IR 87" (or IR 159) written as the first value: ASCII stays ASCII (a date must
    // not become kanji and then look like a name), and escapes still reach the kanji.
    for (const char* term : {"ISO 2022 IR 87", "ISO 2022 IR 159", "ISO 2022 IR 87\\ISO 2022 IR 13"}) {
      const CharacterSet charset{QByteArray(term)};
      QCOMPARE(charset.decode("20250310"), QStringLiteral("20250310"));
      QCOMPARE(charset.decode("CT^CHEST", TextKind::PersonName), QStringLiteral("CT^CHEST"));
    }
    QCOMPARE(CharacterSet("ISO 2022 IR 87").decode(QByteArray("\x1b$B;3ED\x1b(B^Taro"), TextKind::PersonName),
             QStringLiteral("山田^Taro"));
  }

  void delimiterRestoresInitialG1() {
    // G1 switched to Cyrillic inside one component; after '^' the initial G1 (Latin-1 for
    // "ISO 2022 IR 100") is back, so the same high byte decodes differently.
    const CharacterSet charset(QByteArrayLiteral("ISO 2022 IR 100\\ISO 2022 IR 144"));
    const QByteArray value = QByteArray("\x1b-L\xbb^\xe9");
    QCOMPARE(charset.decode(value, TextKind::PersonName), QStringLiteral("Л^é"));
  }

  void singleByteAndUnicodeSets() {
    QCOMPARE(CharacterSet("ISO_IR 100").decode("Buc^J\xe9r\xf4me", TextKind::PersonName), QStringLiteral("Buc^Jérôme"));
    QCOMPARE(CharacterSet("ISO_IR 192").decode("\xe7\x8e\x8b^\xe5\xb0\x8f\xe6\x9d\xb1"), QStringLiteral("王^小東"));
    // ISO-8859-5 bytes mixed with ASCII letters, as in pydicom's chrRuss.dcm.
    QCOMPARE(CharacterSet("ISO_IR 144").decode("\xbb\xee\xda" "ce" "\xdc\xd1" "yp" "\xd3"),
             QString::fromUtf8("\u041b\u044e\u043a" "ce" "\u043c\u0431" "yp" "\u0433"));
    QCOMPARE(CharacterSet("").decode("PLAIN^ASCII"), QStringLiteral("PLAIN^ASCII"));
  }

  void brokenBytesNeverFail() {
    const CharacterSet charset(QByteArrayLiteral("ISO_IR 192"));
    const QString decoded = charset.decode(QByteArray("ok\xff\xfe!"));
    QVERIFY(decoded.startsWith(QStringLiteral("ok")));
    QVERIFY(decoded.endsWith(QStringLiteral("!")));
    QVERIFY(decoded.contains(QChar(0xFFFD)));
    // Truncated two-byte kanji at the end.
    const QString truncated = CharacterSet("\\ISO 2022 IR 87").decode(QByteArray("\x1b$B;"));
    QVERIFY(truncated.contains(QChar(0xFFFD)));
    QVERIFY(CharacterSet("ISO_IR 999").unknownTerms().contains(QStringLiteral("ISO_IR 999")));
  }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "test_charset.moc"
