#include "core/JapaneseText.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace rc {

namespace {

struct JapaneseTextTr {
  Q_DECLARE_TR_FUNCTIONS(JapaneseText)
};

std::optional<QString> tryDecode(const char* encoding, const QByteArray& bytes) {
  QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
  if (!decoder.isValid()) return std::nullopt;
  QString text = decoder(bytes);
  if (decoder.hasError()) return std::nullopt;
  return text;
}

}  // namespace

Result<QString> decodeJapaneseText(const QByteArray& bytes, const QString& path, const QString& hint) {
  if (bytes.startsWith("\xEF\xBB\xBF")) {
    // A BOM says UTF-8; what follows must then be UTF-8 too (a BOM is no licence for damage).
    if (auto text = tryDecode("UTF-8", bytes.mid(3))) return *text;
    return fail(JapaneseTextTr::tr("%1: marked as UTF-8 (it begins with a BOM) but holds bytes that are not UTF-8").arg(path));
  }
  QStringList order;
  if (!hint.isEmpty()) order << hint;
  // JIS's escape sequences are plain ASCII, so it passes for UTF-8: it goes first when it shows.
  if (bytes.contains("\x1b$B") || bytes.contains("\x1b$@") || bytes.contains("\x1b(J")) order << QStringLiteral("ISO-2022-JP");
  order << QStringLiteral("UTF-8") << QStringLiteral("Shift_JIS");
  bool missing = false;
  for (const QString& encoding : order) {
    const QByteArray name = encoding.toLatin1();
    if (!QStringDecoder(name.constData()).isValid()) {
      missing = true;
      continue;
    }
    if (auto text = tryDecode(name.constData(), bytes)) return *text;
  }
  if (missing) return fail(JapaneseTextTr::tr("%1: not UTF-8, and this system cannot decode ISO-2022-JP or Shift_JIS").arg(path));
  return fail(JapaneseTextTr::tr("%1: neither UTF-8, ISO-2022-JP nor Shift_JIS text").arg(path));
}

}  // namespace rc
