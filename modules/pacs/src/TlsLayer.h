#pragma once
// The TLS transport layer (DCMTK over OpenSSL, BCP 195 profile) for an SCU association.

#include "pacs/Node.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmtls/tlslayer.h>

#include <memory>

namespace rc::pacs {

// A requestor's layer that trusts `tls.trustedCertificates` and, when both are given, presents
// our key and certificate. Null with `problem` set when a file cannot be used.
std::unique_ptr<DcmTLSTransportLayer> makeTlsLayer(const Tls& tls, QString& problem);

}  // namespace rc::pacs
