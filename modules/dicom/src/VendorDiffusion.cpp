#include "VendorDiffusion.h"

#include "dicom/DatasetAccess.h"

#include <dcmtk/dcmdata/dcelem.h>

#include <cmath>
#include <cstring>

namespace rc {

namespace {

// The element (group, creator block + offset) of the named private creator, or nullptr.
DcmElement* privateElement(DcmItem* ds, Uint16 group, const char* creator, Uint8 offset) {
  for (Uint16 block = 0x10; block <= 0xFF; ++block) {
    if (dcm::ascii(ds, DcmTagKey(group, block)) != QLatin1String(creator)) continue;
    DcmElement* elem = nullptr;
    if (ds->findAndGetElement(DcmTagKey(group, Uint16((block << 8) | offset)), elem, OFFalse).bad()) return nullptr;
    return elem;
  }
  return nullptr;
}

QByteArray bytesOf(DcmElement* elem) {
  Uint8* data = nullptr;
  const Uint32 length = elem->getLength();
  if (length == 0 || length > (1u << 24) || elem->getUint8Array(data).bad() || !data) return QByteArray();
  return QByteArray(reinterpret_cast<const char*>(data), qsizetype(length));
}

std::optional<double> plausible(std::optional<double> b) {
  if (!b || !std::isfinite(*b) || *b < 0 || *b > kMaxPlausibleBValue) return std::nullopt;
  return b;
}

std::optional<double> philips(DcmItem* ds) {
  DcmElement* elem = privateElement(ds, 0x2001, "Philips Imaging DD 001", 0x03);
  if (!elem) return std::nullopt;
  if (elem->ident() == EVR_FL || elem->ident() == EVR_FD || elem->ident() == EVR_DS)
    return plausible(dcm::number(ds, elem->getTag()));
  const QByteArray raw = bytesOf(elem);  // implicit VR without a dictionary entry: FL, little endian
  if (raw.size() != 4) return std::nullopt;
  float value = 0;
  std::memcpy(&value, raw.constData(), 4);
  return plausible(double(value));
}

std::optional<double> ge(DcmItem* ds) {
  DcmElement* elem = privateElement(ds, 0x0043, "GEMS_PARM_01", 0x39);
  if (!elem) return std::nullopt;
  std::optional<double> first;
  if (elem->ident() == EVR_IS || elem->ident() == EVR_DS) {
    first = dcm::number(ds, elem->getTag());
  } else {
    const QByteArray raw = bytesOf(elem);
    bool ok = false;
    const double v = QString::fromLatin1(raw.split('\\').value(0)).trimmed().toDouble(&ok);
    if (ok) first = v;
  }
  if (!first) return std::nullopt;
  // GE adds 10^9 (and multiples) to flag gradient modes; the b-value is the remainder.
  return plausible(std::fmod(*first, 1e9));
}

std::optional<double> siemens(DcmItem* ds) {
  DcmElement* elem = privateElement(ds, 0x0029, "SIEMENS CSA HEADER", 0x10);
  if (!elem) return std::nullopt;
  return plausible(csaBValue(bytesOf(elem)));
}

quint32 readU32(const QByteArray& b, qsizetype at) {
  quint32 v = 0;
  std::memcpy(&v, b.constData() + at, 4);
  return v;  // CSA headers are little endian, as is every machine this runs on
}

}  // namespace

std::optional<double> csaBValue(const QByteArray& csa) {
  qsizetype at = 0;
  if (csa.startsWith("SV10")) at = 8;
  if (csa.size() < at + 8) return std::nullopt;
  const quint32 tagCount = readU32(csa, at);
  if (tagCount == 0 || tagCount > 512) return std::nullopt;
  at += 8;
  for (quint32 t = 0; t < tagCount; ++t) {
    if (csa.size() < at + 84) return std::nullopt;
    const QByteArray name = QByteArray(csa.constData() + at, 64).split('\0').value(0);
    const quint32 items = readU32(csa, at + 76);
    if (items > 1024) return std::nullopt;
    at += 84;
    for (quint32 i = 0; i < items; ++i) {
      if (csa.size() < at + 16) return std::nullopt;
      const quint32 length = readU32(csa, at + 4);
      at += 16;
      if (length > quint32(csa.size() - at)) return std::nullopt;
      if (name == "B_value" && i == 0 && length > 0) {
        bool ok = false;
        const double v = QString::fromLatin1(QByteArray(csa.constData() + at, length).split('\0').value(0)).trimmed().toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
      }
      at += (qsizetype(length) + 3) / 4 * 4;
    }
  }
  return std::nullopt;
}

std::optional<TaggedBValue> vendorBValue(DcmItem* ds) {
  if (const auto b = philips(ds)) return TaggedBValue{*b, QStringLiteral("Philips (2001,1003)")};
  if (const auto b = ge(ds)) return TaggedBValue{*b, QStringLiteral("GE (0043,1039)")};
  if (const auto b = siemens(ds)) return TaggedBValue{*b, QStringLiteral("Siemens CSA (0029,1010)")};
  return std::nullopt;
}

}  // namespace rc
