#include "core/Sha256.h"

#include <openssl/evp.h>

#include <new>

namespace rc {

Sha256::Sha256() : context_(EVP_MD_CTX_new()) {
  if (!context_ || EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(context_), EVP_sha256(), nullptr) != 1) throw std::bad_alloc();
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(context_)); }

void Sha256::add(QByteArrayView data) {
  if (!data.isEmpty()) EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(context_), data.data(), size_t(data.size()));
}

QByteArray Sha256::result() {
  QByteArray digest(32, '\0');
  unsigned int length = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(context_), reinterpret_cast<unsigned char*>(digest.data()), &length);
  return digest;
}

QByteArray Sha256::hash(QByteArrayView data) {
  Sha256 h;
  h.add(data);
  return h.result();
}

}  // namespace rc
