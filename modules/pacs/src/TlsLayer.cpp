#include "TlsLayer.h"

#include "PacsTr.h"

namespace rc::pacs {

std::unique_ptr<DcmTLSTransportLayer> makeTlsLayer(const Tls& tls, QString& problem) {
  auto layer = std::make_unique<DcmTLSTransportLayer>(NET_REQUESTOR, nullptr, OFTrue);
  const auto failed = [&](const QString& what, const OFCondition& cond) {
    problem = PacsTr::tr("TLS: %1: %2").arg(what, QString::fromLatin1(cond.text()));
    return nullptr;
  };
  if (OFCondition c = layer->setTLSProfile(TSP_Profile_BCP195); c.bad()) return failed(PacsTr::tr("the BCP 195 profile"), c);
  if (OFCondition c = layer->activateCipherSuites(); c.bad()) return failed(PacsTr::tr("the cipher suites"), c);
  if (tls.trustedCertificates.isEmpty()) {
    problem = PacsTr::tr("TLS needs the certificate(s) to trust (a PEM file)");
    return nullptr;
  }
  if (OFCondition c = layer->addTrustedCertificateFile(tls.trustedCertificates.toLocal8Bit().constData(), DCF_Filetype_PEM); c.bad())
    return failed(tls.trustedCertificates, c);
  if (!tls.privateKey.isEmpty() && !tls.certificate.isEmpty()) {
    if (OFCondition c = layer->setPrivateKeyFile(tls.privateKey.toLocal8Bit().constData(), DCF_Filetype_PEM); c.bad()) return failed(tls.privateKey, c);
    if (OFCondition c = layer->setCertificateFile(tls.certificate.toLocal8Bit().constData(), DCF_Filetype_PEM); c.bad()) return failed(tls.certificate, c);
    if (!layer->checkPrivateKeyMatchesCertificate()) {
      problem = PacsTr::tr("TLS: the private key %1 does not belong to the certificate %2").arg(tls.privateKey, tls.certificate);
      return nullptr;
    }
  }
  layer->setCertificateVerification(DCV_requireCertificate);
  return layer;
}

}  // namespace rc::pacs
