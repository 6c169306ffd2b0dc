#include "dicom/CharacterSet.h"

#include <iconv.h>

#include <cerrno>
#include <map>
#include <memory>
#include <string>

namespace rc {
namespace {

// ---- iconv wrapper -------------------------------------------------------------------------

// One converter per (thread, source charset): iconv_t is not thread-safe and costly to open.
class Iconv {
public:
  explicit Iconv(const char* from) : cd_(iconv_open("UTF-8", from)) {}
  ~Iconv() {
    if (valid()) iconv_close(cd_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  bool valid() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

  // Converts bytes to UTF-8; an invalid or incomplete sequence becomes U+FFFD and one byte
  // is skipped, so decoding always finishes.
  QString decode(const QByteArray& in) {
    std::string out;
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    char* src = const_cast<char*>(in.constData());
    size_t srcLeft = size_t(in.size());
    char buffer[1024];
    while (srcLeft > 0) {
      char* dst = buffer;
      size_t dstLeft = sizeof(buffer);
      const size_t rc = iconv(cd_, &src, &srcLeft, &dst, &dstLeft);
      out.append(buffer, size_t(dst - buffer));
      if (rc == size_t(-1)) {
        if (errno == E2BIG) continue;
        out.append("\xEF\xBF\xBD");  // U+FFFD
        ++src;
        --srcLeft;
        iconv(cd_, nullptr, nullptr, nullptr, nullptr);
      }
    }
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
  }

private:
  iconv_t cd_;
};

QString iconvDecode(const char* charset, const QByteArray& bytes) {
  if (bytes.isEmpty()) return QString();
  thread_local std::map<std::string, std::unique_ptr<Iconv>> converters;
  auto& slot = converters[charset];
  if (!slot) slot = std::make_unique<Iconv>(charset);
  if (!slot->valid()) return QString::fromLatin1(bytes);
  return slot->decode(bytes);
}

// ---- character sets -------------------------------------------------------------------------

enum class Set {
  None,
  Ascii,          // ISO IR 6
  JisRomaji,      // ISO IR 14 (JIS X 0201 Roman): decoded as ASCII, as pydicom and DCMTK do
  JisKatakana,    // ISO IR 13 (JIS X 0201 Katakana, G1)
  Jis0208,        // ISO IR 87, two bytes in G0
  Jis0212,        // ISO IR 159, two bytes in G0
  Ksx1001,        // ISO IR 149, two bytes in G1
  Gb2312,         // ISO IR 58, two bytes in G1
  Single8859,     // a single-byte G1 set decoded through iconv (name in Designation)
};

struct Designation {
  Set set = Set::None;
  const char* iconvName = nullptr;  // for Single8859
};

struct TermInfo {
  Designation g0;
  Designation g1;
  const char* wholeValueCharset = nullptr;  // for non-ISO-2022 multi-byte terms (UTF-8, GB18030)
  bool known = true;
};

const char* iso8859ForIr(int ir) {
  switch (ir) {
    case 100: return "ISO-8859-1";
    case 101: return "ISO-8859-2";
    case 109: return "ISO-8859-3";
    case 110: return "ISO-8859-4";
    case 144: return "ISO-8859-5";
    case 127: return "ISO-8859-6";
    case 126: return "ISO-8859-7";
    case 138: return "ISO-8859-8";
    case 148: return "ISO-8859-9";
    case 203: return "ISO-8859-15";
    case 166: return "TIS-620";
    default: return nullptr;
  }
}

TermInfo termInfo(const QString& rawTerm) {
  const QString term = rawTerm.trimmed().toUpper();
  TermInfo info;
  info.g0 = {Set::Ascii, nullptr};
  if (term.isEmpty() || term == QLatin1String("ISO_IR 6") || term == QLatin1String("ISO 2022 IR 6"))
    return info;
  if (term == QLatin1String("ISO_IR 192")) {
    info.wholeValueCharset = "UTF-8";
    return info;
  }
  if (term == QLatin1String("GB18030")) {
    info.wholeValueCharset = "GB18030";
    return info;
  }
  if (term == QLatin1String("GBK")) {
    info.wholeValueCharset = "GBK";
    return info;
  }
  const bool iso2022 = term.startsWith(QLatin1String("ISO 2022 IR "));
  if (!iso2022 && !term.startsWith(QLatin1String("ISO_IR "))) {
    info.known = false;
    return info;
  }
  const int ir = term.mid(iso2022 ? 12 : 7).toInt();
  switch (ir) {
    case 13: info.g0 = {Set::JisRomaji, nullptr}; info.g1 = {Set::JisKatakana, nullptr}; return info;
    case 87: info.g0 = {Set::Jis0208, nullptr}; return info;
    case 159: info.g0 = {Set::Jis0212, nullptr}; return info;
    case 149: info.g1 = {Set::Ksx1001, nullptr}; return info;
    case 58: info.g1 = {Set::Gb2312, nullptr}; return info;
    default: break;
  }
  if (const char* name = iso8859ForIr(ir)) {
    info.g1 = {Set::Single8859, name};
    return info;
  }
  info.known = false;
  return info;
}

// Escape sequences of PS3.3 C.12.1.1.2 (ESC already consumed). Returns bytes consumed, 0 if
// the sequence is unknown; `g0`/`g1` receive the designation.
int parseEscape(const char* p, qsizetype left, Designation& g0, Designation& g1) {
  auto match = [&](const char* seq) {
    const qsizetype n = qsizetype(std::char_traits<char>::length(seq));
    return left >= n && std::char_traits<char>::compare(p, seq, size_t(n)) == 0 ? int(n) : 0;
  };
  int n = 0;
  if ((n = match("(B"))) { g0 = {Set::Ascii, nullptr}; return n; }
  if ((n = match("(J"))) { g0 = {Set::JisRomaji, nullptr}; return n; }
  if ((n = match(")I"))) { g1 = {Set::JisKatakana, nullptr}; return n; }
  if ((n = match("$B"))) { g0 = {Set::Jis0208, nullptr}; return n; }
  if ((n = match("$(D"))) { g0 = {Set::Jis0212, nullptr}; return n; }
  if ((n = match("$)C"))) { g1 = {Set::Ksx1001, nullptr}; return n; }
  if ((n = match("$)A"))) { g1 = {Set::Gb2312, nullptr}; return n; }
  static const struct { const char* seq; int ir; } latin[] = {
      {"-A", 100}, {"-B", 101}, {"-C", 109}, {"-D", 110}, {"-L", 144}, {"-G", 127},
      {"-F", 126}, {"-H", 138}, {"-M", 148}, {"-T", 166}, {"-b", 203}};
  for (const auto& l : latin) {
    if ((n = match(l.seq))) {
      g1 = {Set::Single8859, iso8859ForIr(l.ir)};
      return n;
    }
  }
  return 0;
}

bool isTwoByteG0(Set s) { return s == Set::Jis0208 || s == Set::Jis0212; }

bool isDelimiter(char c, TextKind kind) {
  switch (c) {
    case '\r': case '\n': case '\f': case '\t': return true;
    case '\\': return kind != TextKind::SingleValued;
    case '^': case '=': return kind == TextKind::PersonName;
    default: return false;
  }
}

// Decodes one run of bytes that share a designation.
QString decodeRun(const Designation& d, const QByteArray& run) {
  switch (d.set) {
    case Set::None:
    case Set::Ascii:
    case Set::JisRomaji:
      return QString::fromLatin1(run);
    case Set::JisKatakana: {
      QString s;
      for (char ch : run) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0xA1 && b <= 0xDF) s += QChar(0xFF61 + (b - 0xA1));
        else if (b < 0x80) s += QChar(b);
        else s += QChar(0xFFFD);
      }
      return s;
    }
    case Set::Jis0208:
    case Set::Jis0212: {
      // JIS two-byte codes are EUC-JP with the high bit set (JIS X 0212 behind SS3 0x8F).
      QByteArray euc;
      for (qsizetype i = 0; i + 1 < run.size(); i += 2) {
        if (d.set == Set::Jis0212) euc += char(0x8F);
        euc += char(run[i] | 0x80);
        euc += char(run[i + 1] | 0x80);
      }
      QString s = iconvDecode("EUC-JP", euc);
      if (run.size() % 2) s += QChar(0xFFFD);
      return s;
    }
    case Set::Ksx1001: return iconvDecode("EUC-KR", run);
    case Set::Gb2312: return iconvDecode("GB2312", run);
    case Set::Single8859:
      return iconvDecode(d.iconvName, run);
  }
  return QString::fromLatin1(run);
}

QString decodeIso2022(const QByteArray& raw, const TermInfo& initial, TextKind kind) {
  Designation g0 = initial.g0, g1 = initial.g1;
  QString out;
  QByteArray run;
  Designation runSet;
  auto flush = [&] {
    if (!run.isEmpty()) out += decodeRun(runSet, run);
    run.clear();
  };
  auto append = [&](const Designation& d, const char* bytes, int n) {
    if (d.set != runSet.set || d.iconvName != runSet.iconvName) {
      flush();
      runSet = d;
    }
    run.append(bytes, n);
  };
  const char* p = raw.constData();
  const qsizetype size = raw.size();
  for (qsizetype i = 0; i < size;) {
    const auto b = static_cast<unsigned char>(p[i]);
    if (b == 0x1B) {
      const int consumed = parseEscape(p + i + 1, size - i - 1, g0, g1);
      if (consumed > 0) {
        i += 1 + consumed;
        continue;
      }
      append({Set::Ascii, nullptr}, "?", 1);  // unknown escape: shown, not silently dropped
      ++i;
      continue;
    }
    if (b < 0x80) {
      if (isTwoByteG0(g0.set) && b >= 0x21 && b <= 0x7E) {
        const int n = (i + 1 < size) ? 2 : 1;
        append(g0, p + i, n);
        i += n;
        continue;
      }
      if (isDelimiter(char(b), kind)) {
        g0 = initial.g0;
        g1 = initial.g1;
      }
      // Control characters, spaces and delimiters are ASCII in every G0 set.
      append(isTwoByteG0(g0.set) ? Designation{Set::Ascii, nullptr} : g0, p + i, 1);
      ++i;
      continue;
    }
    // High byte: G1.
    if (g1.set == Set::Ksx1001 || g1.set == Set::Gb2312) {
      const int n = (i + 1 < size) ? 2 : 1;
      append(g1, p + i, n);
      i += n;
      continue;
    }
    append(g1.set == Set::None ? Designation{Set::Single8859, "ISO-8859-1"} : g1, p + i, 1);
    ++i;
  }
  flush();
  return out;
}

// "Wang^XiaoDong=王^小東=" and "Wang^XiaoDong=王^小東" are the same name: an empty trailing
// component group (here the phonetic one) is dropped from each value.
QString withoutEmptyTrailingGroups(const QString& text) {
  QStringList values = text.split(QLatin1Char('\\'));
  for (QString& v : values) {
    while (v.endsWith(QLatin1Char('='))) v.chop(1);
  }
  return values.join(QLatin1Char('\\'));
}

}  // namespace

CharacterSet::CharacterSet(const QByteArray& specificCharacterSet) {
  const QString value = QString::fromLatin1(specificCharacterSet).trimmed();
  if (!value.isEmpty()) {
    for (const QString& term : value.split(QLatin1Char('\\'))) terms_ << term.trimmed();
  }
}

bool CharacterSet::usesCodeExtensions() const {
  if (terms_.size() > 1) return true;
  return !terms_.isEmpty() && terms_.first().startsWith(QLatin1String("ISO 2022"));
}

QStringList CharacterSet::unknownTerms() const {
  QStringList unknown;
  for (const QString& t : terms_)
    if (!termInfo(t).known) unknown << t;
  return unknown;
}

QString CharacterSet::decode(const QByteArray& raw, TextKind kind) const {
  if (raw.isEmpty()) return QString();
  TermInfo first = termInfo(terms_.isEmpty() ? QString() : terms_.first());
  // The first value names the default repertoire, whose G0 is ASCII. Writers that put a
  // two-byte set (ISO 2022 IR 87 or IR 159) first still mean it to be reached by escape
  // sequences: taken as the initial G0 it would turn ASCII dates and numbers into kanji.
  if (isTwoByteG0(first.g0.set)) first.g0 = {Set::Ascii, nullptr};
  if (first.wholeValueCharset && !usesCodeExtensions()) {
    const QString text = iconvDecode(first.wholeValueCharset, raw);
    return kind == TextKind::PersonName ? withoutEmptyTrailingGroups(text) : text;
  }
  if (!first.known) return QString::fromLatin1(raw);
  // Plain single-byte sets and code extensions share one state machine: without escape
  // sequences it simply maps G0 to ASCII and G1 bytes through the set's table.
  QString text = decodeIso2022(raw, first, kind);
  if (kind == TextKind::PersonName) text = withoutEmptyTrailingGroups(text);
  return text;
}

QByteArray encodeIso2022Japanese(const QString& text) {
  static const QByteArray toKanji("\x1b$B"), toAscii("\x1b(B");
  QByteArray out;
  bool kanji = false;
  for (const QChar ch : text) {
    const char16_t u = ch.unicode();
    if (u < 0x80) {
      if (kanji) {
        out += toAscii;
        kanji = false;
      }
      out += char(u);
      continue;
    }
    // Look the character up in JIS X 0208 through EUC-JP.
    iconv_t cd = iconv_open("EUC-JP", "UTF-8");
    QByteArray utf8 = QString(ch).toUtf8();
    char* src = utf8.data();
    size_t srcLeft = size_t(utf8.size());
    char buffer[8];
    char* dst = buffer;
    size_t dstLeft = sizeof(buffer);
    const size_t rc = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    const qsizetype n = dst - buffer;
    if (rc == size_t(-1) || n != 2 || static_cast<unsigned char>(buffer[0]) < 0xA1) {
      if (kanji) {
        out += toAscii;
        kanji = false;
      }
      out += '?';
      continue;
    }
    if (!kanji) {
      out += toKanji;
      kanji = true;
    }
    out += char(buffer[0] & 0x7F);
    out += char(buffer[1] & 0x7F);
  }
  if (kanji) out += toAscii;
  return out;
}

}  // namespace rc
