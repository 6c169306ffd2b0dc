#include "dicom/Uid.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>
#include <cstdint>

namespace rc {

namespace {

// 128-bit big-endian unsigned integer to decimal, by repeated division by 10.
QString toDecimal(std::array<std::uint8_t, 16> value) {
  QString digits;
  bool nonZero = true;
  while (nonZero) {
    unsigned remainder = 0;
    nonZero = false;
    for (auto& byte : value) {
      const unsigned current = (remainder << 8) | byte;
      byte = std::uint8_t(current / 10);
      remainder = current % 10;
      if (byte) nonZero = true;
    }
    digits.prepend(QChar(u'0' + remainder));
  }
  return digits;
}

QString uidFromUuidBytes(std::array<std::uint8_t, 16> bytes, int version) {
  bytes[6] = std::uint8_t((bytes[6] & 0x0F) | (version << 4));
  bytes[8] = std::uint8_t((bytes[8] & 0x3F) | 0x80);  // RFC 4122/9562 variant
  return QStringLiteral("2.25.") + toDecimal(bytes);
}

}  // namespace

QString uidFromBytes(const QByteArray& input) {
  const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
  std::array<std::uint8_t, 16> bytes{};
  for (int i = 0; i < 16; ++i) bytes[size_t(i)] = std::uint8_t(digest[i]);
  return uidFromUuidBytes(bytes, 8);
}

QString newUid() {
  std::array<std::uint8_t, 16> bytes{};
  for (auto& b : bytes) b = std::uint8_t(QRandomGenerator::system()->bounded(256));
  return uidFromUuidBytes(bytes, 4);
}

bool isValidUid(const QString& uid) {
  static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*$"));
  return !uid.isEmpty() && uid.size() <= 64 && pattern.match(uid).hasMatch();
}

}  // namespace rc
