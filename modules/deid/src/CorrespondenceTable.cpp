#include "deid/CorrespondenceTable.h"
#include "deid/Deidentifier.h"

#include "DeidTr.h"
#include "dicom/Uid.h"

#include <sodium.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>
#include <mutex>

namespace rc {

namespace {

constexpr char kMagic[8] = {'R', 'C', 'C', 'O', 'R', 'R', 1, 0};
constexpr quint32 kFormatVersion = 1;
constexpr size_t kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
// magic, version, algorithm, opslimit, memlimit, salt, nonce
constexpr size_t kHeaderBytes = 8 + 4 + 4 + 8 + 8 + kSaltBytes + kNonceBytes;

bool sodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

QByteArray deriveKey(const QString& passphrase, const QByteArray& salt, quint64 ops, quint64 mem) {
  const QByteArray pass = passphrase.toUtf8();
  QByteArray key(int(kKeyBytes), '\0');
  if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), kKeyBytes, pass.constData(), size_t(pass.size()),
                    reinterpret_cast<const unsigned char*>(salt.constData()), ops, size_t(mem),
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return QByteArray();  // out of memory
  return key;
}

QByteArray header(const QByteArray& salt, quint64 ops, quint64 mem, const QByteArray& nonce) {
  QByteArray h(kMagic, 8);
  char buf[8];
  qToLittleEndian<quint32>(kFormatVersion, buf);
  h.append(buf, 4);
  qToLittleEndian<quint32>(quint32(crypto_pwhash_ALG_ARGON2ID13), buf);
  h.append(buf, 4);
  qToLittleEndian<quint64>(ops, buf);
  h.append(buf, 8);
  qToLittleEndian<quint64>(mem, buf);
  h.append(buf, 8);
  h.append(salt);
  h.append(nonce);
  return h;
}

std::unique_ptr<QLockFile> lockFor(const QString& path, QString& error) {
  auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
  lock->setStaleLockTime(0);  // a lock is stale only when its process is gone
  if (!lock->tryLock(10000)) {
    if (lock->error() != QLockFile::LockFailedError) {
      error = DeidTr::tr("%1: cannot create the lock file %2.lock").arg(path, path);
      return nullptr;
    }
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    error = DeidTr::tr("%1 is in use by another program (process %2 on %3)").arg(path).arg(pid).arg(host);
    return nullptr;
  }
  return lock;
}

}  // namespace

CorrespondenceTable::~CorrespondenceTable() {
  if (!key_.isEmpty()) sodium_memzero(key_.data(), size_t(key_.size()));
  if (!secret_.isEmpty()) sodium_memzero(secret_.data(), size_t(secret_.size()));
}

bool CorrespondenceTable::exists(const QString& path) { return QFileInfo(path).isFile(); }

Result<std::unique_ptr<CorrespondenceTable>> CorrespondenceTable::create(const QString& path, const QString& passphrase,
                                                                       const QString& codePrefix, KdfStrength strength) {
  if (!sodiumReady()) return fail(DeidTr::tr("libsodium could not be initialised"));
  if (exists(path)) return fail(DeidTr::tr("%1 already exists").arg(path));
  if (passphrase.size() < 8) return fail(DeidTr::tr("the passphrase must have at least 8 characters"));
  QDir().mkpath(QFileInfo(path).absolutePath());
  std::unique_ptr<CorrespondenceTable> table(new CorrespondenceTable);
  QString lockError;
  table->lock_ = lockFor(path, lockError);
  if (!table->lock_) return fail(lockError);
  table->path_ = path;
  table->prefix_ = codePrefix;
  table->opsLimit_ = strength == KdfStrength::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
  table->memLimit_ = strength == KdfStrength::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
  table->salt_ = QByteArray(int(kSaltBytes), '\0');
  randombytes_buf(table->salt_.data(), kSaltBytes);
  table->secret_ = QByteArray(32, '\0');
  randombytes_buf(table->secret_.data(), 32);
  table->key_ = deriveKey(passphrase, table->salt_, table->opsLimit_, table->memLimit_);
  if (table->key_.isEmpty()) return fail(DeidTr::tr("not enough memory to derive the key"));
  const Status saved = table->save();
  if (!saved) return fail(saved.error());
  return table;
}

Result<std::unique_ptr<CorrespondenceTable>> CorrespondenceTable::open(const QString& path, const QString& passphrase) {
  if (!sodiumReady()) return fail(DeidTr::tr("libsodium could not be initialised"));
  if (!exists(path)) return fail(DeidTr::tr("%1: no correspondence table here").arg(path));
  std::unique_ptr<CorrespondenceTable> table(new CorrespondenceTable);
  QString lockError;
  table->lock_ = lockFor(path, lockError);
  if (!table->lock_) return fail(lockError);
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(DeidTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  const QByteArray data = file.readAll();
  if (size_t(data.size()) < kHeaderBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES || std::memcmp(data.constData(), kMagic, 8) != 0)
    return fail(DeidTr::tr("%1: not a RadCurator correspondence table").arg(path));
  const auto* p = reinterpret_cast<const uchar*>(data.constData());
  if (qFromLittleEndian<quint32>(p + 8) != kFormatVersion || qFromLittleEndian<quint32>(p + 12) != quint32(crypto_pwhash_ALG_ARGON2ID13))
    return fail(DeidTr::tr("%1: written by an unknown version").arg(path));
  table->path_ = path;
  table->opsLimit_ = qFromLittleEndian<quint64>(p + 16);
  table->memLimit_ = qFromLittleEndian<quint64>(p + 24);
  table->salt_ = data.mid(32, int(kSaltBytes));
  const QByteArray nonce = data.mid(int(32 + kSaltBytes), int(kNonceBytes));
  table->key_ = deriveKey(passphrase, table->salt_, table->opsLimit_, table->memLimit_);
  if (table->key_.isEmpty()) return fail(DeidTr::tr("not enough memory to derive the key"));

  const QByteArray cipher = data.mid(int(kHeaderBytes));
  QByteArray plain(cipher.size(), '\0');
  unsigned long long plainLength = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &plainLength, nullptr,
          reinterpret_cast<const unsigned char*>(cipher.constData()), quint64(cipher.size()), p, kHeaderBytes,
          reinterpret_cast<const unsigned char*>(nonce.constData()), reinterpret_cast<const unsigned char*>(table->key_.constData())) != 0)
    return fail(DeidTr::tr("%1: wrong passphrase, or the file was altered").arg(path));
  plain.truncate(int(plainLength));
  const Status decoded = table->decode(plain);
  sodium_memzero(plain.data(), size_t(plain.size()));
  if (!decoded) return fail(decoded.error());
  return table;
}

Result<std::unique_ptr<CorrespondenceTable>> CorrespondenceTable::openOrCreate(const QString& path, const QString& passphrase,
                                                                             const QString& codePrefix, KdfStrength strength) {
  return exists(path) ? open(path, passphrase) : create(path, passphrase, codePrefix, strength);
}

QString CorrespondenceTable::identityKey(const PatientIdentity& id) {
  // Patient ID + issuer is the identity; without an ID, name and birth date stand in.
  if (!id.patientId.trimmed().isEmpty())
    return QStringLiteral("id:%1\x1f%2").arg(id.issuer.trimmed(), id.patientId.trimmed());
  return QStringLiteral("name:%1\x1f%2").arg(id.name.trimmed(), id.birthDate.trimmed());
}

const CorrespondenceEntry* CorrespondenceTable::findByCode(const QString& code) const {
  for (const auto& e : entries_)
    if (e.code == code) return &e;
  return nullptr;
}

const CorrespondenceEntry* CorrespondenceTable::findByPatientId(const QString& patientId, const QString& issuer) const {
  const QString key = identityKey({patientId, issuer, QString(), QString()});
  for (const auto& e : entries_)
    if (identityKey(e.identity) == key) return &e;
  return nullptr;
}

Result<QString> CorrespondenceTable::codeFor(const PatientIdentity& identity, bool* issued) {
  if (issued) *issued = false;
  const QString key = identityKey(identity);
  for (const auto& e : entries_) {
    if (identityKey(e.identity) != key) continue;
    if (!e.optedOutAt.isEmpty())
      return fail(DeidTr::tr("patient %1 opted out on %2; not imported").arg(e.code, e.optedOutAt.left(10)));
    return e.code;
  }
  CorrespondenceEntry entry;
  entry.code = QStringLiteral("%1%2").arg(prefix_).arg(nextNumber_, 6, 10, QLatin1Char('0'));
  entry.identity = identity;
  entry.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  ++nextNumber_;
  entries_.push_back(entry);
  const Status saved = save();
  if (!saved) {
    entries_.pop_back();
    --nextNumber_;
    return fail(saved.error());
  }
  if (issued) *issued = true;
  return entry.code;
}

Status CorrespondenceTable::markOptedOut(const QString& code) {
  for (auto& e : entries_) {
    if (e.code != code) continue;
    if (e.optedOutAt.isEmpty()) e.optedOutAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return save();
  }
  return fail(DeidTr::tr("no patient with code %1 in the correspondence table").arg(code));
}

int CorrespondenceTable::dateOffsetDays(const PatientIdentity& identity) const {
  const QByteArray message = ("date-offset\x1f" + identityKey(identity)).toUtf8();
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret_.constData()), size_t(secret_.size()));
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()));
  crypto_auth_hmacsha256_final(&state, mac);
  const quint32 value = qFromLittleEndian<quint32>(mac);
  return -int(1 + value % 3650);
}

QByteArray CorrespondenceTable::encodeJson() const {
  QJsonArray patients;
  for (const auto& e : entries_) {
    patients.append(QJsonObject{{QStringLiteral("code"), e.code},
                                {QStringLiteral("patientId"), e.identity.patientId},
                                {QStringLiteral("issuer"), e.identity.issuer},
                                {QStringLiteral("name"), e.identity.name},
                                {QStringLiteral("birthDate"), e.identity.birthDate},
                                {QStringLiteral("created"), e.createdAt},
                                {QStringLiteral("optedOut"), e.optedOutAt}});
  }
  const QJsonObject root{{QStringLiteral("format"), 1},
                         {QStringLiteral("codePrefix"), prefix_},
                         {QStringLiteral("nextNumber"), nextNumber_},
                         {QStringLiteral("secret"), QString::fromLatin1(secret_.toBase64())},
                         {QStringLiteral("patients"), patients}};
  return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status CorrespondenceTable::decode(const QByteArray& json) {
  const QJsonObject root = QJsonDocument::fromJson(json).object();
  if (root.value(QStringLiteral("format")).toInt() != 1) return fail(DeidTr::tr("%1: unknown table format").arg(path_));
  prefix_ = root.value(QStringLiteral("codePrefix")).toString();
  nextNumber_ = root.value(QStringLiteral("nextNumber")).toInt(1);
  secret_ = QByteArray::fromBase64(root.value(QStringLiteral("secret")).toString().toLatin1());
  if (secret_.size() != 32) return fail(DeidTr::tr("%1: damaged table (secret)").arg(path_));
  entries_.clear();
  for (const QJsonValue& v : root.value(QStringLiteral("patients")).toArray()) {
    const QJsonObject o = v.toObject();
    CorrespondenceEntry e;
    e.code = o.value(QStringLiteral("code")).toString();
    e.identity = {o.value(QStringLiteral("patientId")).toString(), o.value(QStringLiteral("issuer")).toString(),
                  o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("birthDate")).toString()};
    e.createdAt = o.value(QStringLiteral("created")).toString();
    e.optedOutAt = o.value(QStringLiteral("optedOut")).toString();
    entries_.push_back(e);
  }
  return Status::success();
}

Status CorrespondenceTable::save() {
  QByteArray nonce(int(kNonceBytes), '\0');
  randombytes_buf(nonce.data(), kNonceBytes);
  const QByteArray head = header(salt_, opsLimit_, memLimit_, nonce);
  QByteArray plain = encodeJson();
  QByteArray cipher(plain.size() + int(crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
  unsigned long long cipherLength = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength, reinterpret_cast<const unsigned char*>(plain.constData()),
      quint64(plain.size()), reinterpret_cast<const unsigned char*>(head.constData()), quint64(head.size()), nullptr,
      reinterpret_cast<const unsigned char*>(nonce.constData()), reinterpret_cast<const unsigned char*>(key_.constData()));
  sodium_memzero(plain.data(), size_t(plain.size()));
  cipher.truncate(int(cipherLength));
  QSaveFile out(path_);
  if (!out.open(QIODevice::WriteOnly)) return fail(DeidTr::tr("%1: cannot write: %2").arg(path_, out.errorString()));
  out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  out.write(head);
  out.write(cipher);
  if (!out.commit()) return fail(DeidTr::tr("%1: cannot write: %2").arg(path_, out.errorString()));
  return Status::success();
}

QString mapUid(const QByteArray& secret, const QString& uid) {
  sodiumReady();
  const QByteArray message = uid.trimmed().toLatin1();
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.constData()), size_t(secret.size()));
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()));
  crypto_auth_hmacsha256_final(&state, mac);
  return uidFromBytes(QByteArray(reinterpret_cast<const char*>(mac), sizeof(mac)));
}

}  // namespace rc

namespace rc {

QByteArray newOneOffUidSecret() {
  if (!sodiumReady()) return {};
  QByteArray secret(32, '\0');
  randombytes_buf(secret.data(), size_t(secret.size()));
  return secret;
}

}  // namespace rc
