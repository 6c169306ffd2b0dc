#pragma once
// DICOM UIDs under the 2.25 root (PS3.5 B.2): a 128-bit UUID written as one decimal number.

#include <QByteArray>
#include <QString>

namespace rc {

// Deterministic UID from any bytes: the first 128 bits of SHA-256(bytes), marked as an
// RFC 9562 version-8 UUID, as "2.25.<decimal>". Same input, same UID, in every session.
QString uidFromBytes(const QByteArray& bytes);

// A fresh random UID (version-4 UUID under 2.25).
QString newUid();

// True for a syntactically valid UID: 1-64 characters, digits and dots, no empty or
// zero-led components.
bool isValidUid(const QString& uid);

}  // namespace rc
