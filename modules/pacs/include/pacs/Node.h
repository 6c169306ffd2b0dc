#pragma once
// A remote DICOM node (a PACS, a partner's archive) and how RadCurator talks to it.

#include "core/Result.h"

#include <QString>

namespace rc::pacs {

struct Node {
  QString aeTitle;
  QString host;
  quint16 port = 0;

  // "AET@HOST:PORT"
  QString text() const;
};

// Parses "AET@HOST:PORT" (the command line's --node); says what is wrong otherwise.
Result<Node> parseNode(const QString& text);

// TLS with DCMTK's OpenSSL layer (PS3.15 Annex B.1): the peer's certificate must chain to
// `trustedCertificates`; our own key and certificate are sent when both are given.
struct Tls {
  bool enabled = false;
  QString trustedCertificates;  // PEM file
  QString privateKey;           // PEM file, optional
  QString certificate;          // PEM file, optional
};

struct Connection {
  QString ourAeTitle = QStringLiteral("RADCURATOR");
  int timeoutSeconds = 30;  // connect, association and each DIMSE message
  Tls tls;
};

// Debian's DCMTK leaves Nagle's algorithm on, which makes loopback C-STORE about 45 times
// slower; every association of this module sets TCP_NODELAY (DCMTK reads the variable)
// unless the caller set it already.
void enableTcpNoDelay();

}  // namespace rc::pacs
