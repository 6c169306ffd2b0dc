#pragma once
// SHA-256 through OpenSSL's libcrypto (SHA-NI / AVX2 where the CPU has them). Qt's
// QCryptographicHash feeds its SHA-256 one byte at a time: a third of an import's CPU went there
// (perf, issue 12). Every file hash of the store and the ledger goes through this.

#include <QByteArray>
#include <QByteArrayView>

namespace rc {

class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void add(QByteArrayView data);
  // The 32-byte digest; the object is spent afterwards.
  QByteArray result();

  static QByteArray hash(QByteArrayView data);

private:
  void* context_;  // EVP_MD_CTX
};

}  // namespace rc
