#include "dicom/DatasetAccess.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dctag.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace rc::dcm {

namespace {

DcmElement* element(DcmItem* item, const DcmTagKey& tag) {
  if (!item) return nullptr;
  DcmElement* elem = nullptr;
  if (item->findAndGetElement(tag, elem, OFFalse).bad()) return nullptr;
  return elem;
}

std::optional<double> parseDecimal(const OFString& s) {
  const char* begin = s.c_str();
  while (*begin == ' ') ++begin;
  if (!*begin) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(begin, &end);
  while (end && *end == ' ') ++end;
  if (errno != 0 || !end || *end != '\0' || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

QByteArray rawValue(DcmItem* item, const DcmTagKey& tag) {
  DcmElement* elem = element(item, tag);
  if (!elem) return QByteArray();
  char* value = nullptr;
  Uint32 length = 0;
  if (elem->getString(value, length).bad() || !value) return QByteArray();
  return QByteArray(value, qsizetype(length));
}

QString text(DcmItem* item, const DcmTagKey& tag, const CharacterSet& charset, TextKind kind) {
  return charset.decode(rawValue(item, tag), kind).trimmed();
}

QString ascii(DcmItem* item, const DcmTagKey& tag) {
  QByteArray raw = rawValue(item, tag);
  // UIDs may be padded with NUL, other strings with spaces.
  while (!raw.isEmpty() && (raw.back() == '\0' || raw.back() == ' ')) raw.chop(1);
  return QString::fromLatin1(raw).trimmed();
}

std::optional<double> number(DcmItem* item, const DcmTagKey& tag, unsigned long index) {
  DcmElement* elem = element(item, tag);
  if (!elem || index >= elem->getVM()) return std::nullopt;
  switch (elem->ident()) {
    case EVR_DS:
    case EVR_IS: {
      OFString s;
      if (elem->getOFString(s, index).bad()) return std::nullopt;
      return parseDecimal(s);
    }
    case EVR_US: {
      Uint16 v = 0;
      if (elem->getUint16(v, index).bad()) return std::nullopt;
      return double(v);
    }
    case EVR_SS: {
      Sint16 v = 0;
      if (elem->getSint16(v, index).bad()) return std::nullopt;
      return double(v);
    }
    case EVR_UL: {
      Uint32 v = 0;
      if (elem->getUint32(v, index).bad()) return std::nullopt;
      return double(v);
    }
    case EVR_SL: {
      Sint32 v = 0;
      if (elem->getSint32(v, index).bad()) return std::nullopt;
      return double(v);
    }
    case EVR_FL: {
      Float32 v = 0;
      if (elem->getFloat32(v, index).bad()) return std::nullopt;
      return double(v);
    }
    case EVR_FD: {
      Float64 v = 0;
      if (elem->getFloat64(v, index).bad()) return std::nullopt;
      return v;
    }
    default: {
      // Lenient: some writers use other string VRs (or UN) for numbers.
      OFString s;
      if (elem->getOFString(s, index).bad()) return std::nullopt;
      return parseDecimal(s);
    }
  }
}

std::optional<int> integer(DcmItem* item, const DcmTagKey& tag, int lo, int hi, unsigned long index) {
  const auto v = number(item, tag, index);
  if (!v || *v != std::floor(*v) || *v < double(lo) || *v > double(hi)) return std::nullopt;
  return int(*v);
}

std::vector<double> numbers(DcmItem* item, const DcmTagKey& tag) {
  DcmElement* elem = element(item, tag);
  std::vector<double> values;
  if (!elem) return values;
  const unsigned long vm = elem->getVM();
  for (unsigned long i = 0; i < vm; ++i) {
    const auto v = number(item, tag, i);
    if (!v) return {};
    values.push_back(*v);
  }
  return values;
}

DcmItem* sequenceItem(DcmItem* item, const DcmTagKey& tag, unsigned long index) {
  if (!item) return nullptr;
  DcmItem* result = nullptr;
  if (item->findAndGetSequenceItem(tag, result, long(index), OFFalse).bad()) return nullptr;
  return result;
}

unsigned long sequenceLength(DcmItem* item, const DcmTagKey& tag) {
  if (!item) return 0;
  DcmSequenceOfItems* seq = nullptr;
  if (item->findAndGetSequence(tag, seq, OFFalse).bad() || !seq) return 0;
  return seq->card();
}

QString tagLabel(const DcmTagKey& tag) {
  DcmTag full(tag);
  const char* name = full.getTagName();
  QString label = QString::asprintf("(%04X,%04X)", tag.getGroup(), tag.getElement());
  if (name && *name && QLatin1String(name) != QLatin1String("Unknown Tag & Data"))
    label += QLatin1Char(' ') + QString::fromLatin1(name);
  return label;
}

QString conditionText(const OFCondition& condition) {
  return QString::fromLocal8Bit(condition.text());
}

CharacterSet characterSetIn(DcmItem* item, const CharacterSet& inherited) {
  return item->tagExists(DCM_SpecificCharacterSet) ? CharacterSet(rawValue(item, DCM_SpecificCharacterSet)) : inherited;
}

TextKind textKindOf(DcmEVR vr) {
  if (vr == EVR_PN) return TextKind::PersonName;
  if (vr == EVR_ST || vr == EVR_LT || vr == EVR_UT || vr == EVR_UR) return TextKind::SingleValued;
  return TextKind::MultiValued;
}

bool looksLikeText(const char* value, Uint32 length) {
  if (length == 0) return false;
  for (Uint32 i = 0; i < length; ++i) {
    const auto b = static_cast<unsigned char>(value[i]);
    const bool ok = b >= 0x20 || b == 0x1B || b == '\r' || b == '\n' || b == '\t' || (b == 0 && i + 1 == length);
    if (!ok) return false;
  }
  return true;
}

QHash<quint32, QString> privateCreators(DcmItem* item, const CharacterSet& charset) {
  QHash<quint32, QString> creators;
  for (unsigned long i = 0; i < item->card(); ++i) {
    const DcmTagKey t = item->getElement(i)->getTag();
    // The creator at (gggg,00xx) owns the block (gggg,xx00-xxFF).
    if (isPrivateCreator(t)) creators.insert(privateBlock(t.getGroup(), quint16(t.getElement() << 8)), text(item, t, charset));
  }
  return creators;
}

namespace {

void convertItem(DcmItem* item, const CharacterSet& inherited) {
  const CharacterSet charset = characterSetIn(item, inherited);
  for (unsigned long i = 0; i < item->card(); ++i) {
    DcmElement* elem = item->getElement(i);
    switch (elem->ident()) {
      case EVR_SQ: {
        auto* seq = static_cast<DcmSequenceOfItems*>(elem);
        for (unsigned long n = 0; n < seq->card(); ++n) convertItem(seq->getItem(n), charset);
        break;
      }
      case EVR_PN: case EVR_LO: case EVR_SH: case EVR_ST: case EVR_LT: case EVR_UT: case EVR_UC: {
        char* value = nullptr;
        Uint32 length = 0;
        if (elem->getString(value, length).bad() || !value || length == 0) break;
        const QByteArray raw(value, int(length));
        const bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 0; });
        if (ascii) break;  // identical in UTF-8
        elem->putString(charset.decode(raw, textKindOf(elem->ident())).toUtf8().constData());
        break;
      }
      default:
        break;
    }
  }
  if (item->tagExists(DCM_SpecificCharacterSet)) item->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
}

}  // namespace

void convertTextToUtf8(DcmItem* item) {
  convertItem(item, CharacterSet());
  item->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
}

}  // namespace rc::dcm
