#include "deid/CorrespondenceTable.h"
#include "deid/Deidentifier.h"

#include "DeidTr.h"
#include "core/IdentifierText.h"
#include "dicom/Uid.h"

#include <sodium.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
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

// The table's lock file, held only while the file is created or changed. A lock whose
// process is gone is stale at once; a live holder is waited for (its work is one save, or
// one key derivation when it creates the table).
class TableLock {
public:
  explicit TableLock(const QString& path) : lock_(path + QStringLiteral(".lock")) {
    lock_.setStaleLockTime(0);  // stale only when its process is gone
    if (lock_.tryLock(30000)) return;
    if (lock_.error() != QLockFile::LockFailedError) {
      error_ = DeidTr::tr("%1: cannot create the lock file %2.lock").arg(path, path);
      return;
    }
    qint64 pid = 0;
    QString host, app;
    lock_.getLockInfo(&pid, &host, &app);
    error_ = DeidTr::tr("%1 is being changed by another program (process %2 on %3) that did not finish within 30 s")
                 .arg(path).arg(pid).arg(host);
  }
  bool locked() const { return error_.isEmpty(); }
  QString error() const { return error_; }

private:
  QLockFile lock_;
  QString error_;
};

Result<QByteArray> readTableFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(DeidTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  const QByteArray data = file.readAll();
  if (size_t(data.size()) < kHeaderBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES || std::memcmp(data.constData(), kMagic, 8) != 0)
    return fail(DeidTr::tr("%1: not a RadCurator correspondence table").arg(path));
  const auto* p = reinterpret_cast<const uchar*>(data.constData());
  if (qFromLittleEndian<quint32>(p + 8) != kFormatVersion || qFromLittleEndian<quint32>(p + 12) != quint32(crypto_pwhash_ALG_ARGON2ID13))
    return fail(DeidTr::tr("%1: written by an unknown version").arg(path));
  return data;
}

QByteArray saltOf(const QByteArray& data) { return data.mid(32, int(kSaltBytes)); }
QByteArray nonceOf(const QByteArray& data) { return data.mid(int(32 + kSaltBytes), int(kNonceBytes)); }

}  // namespace

CorrespondenceTable::~CorrespondenceTable() {
  if (!key_.isEmpty()) sodium_memzero(key_.data(), size_t(key_.size()));
  if (!secret_.isEmpty()) sodium_memzero(secret_.data(), size_t(secret_.size()));
}

bool CorrespondenceTable::exists(const QString& path) { return QFileInfo(path).isFile(); }

Status CorrespondenceTable::inspect(const QString& path) {
  const auto data = readTableFile(path);
  if (!data) return fail(data.error());
  return Status::success();
}

Result<std::unique_ptr<CorrespondenceTable>> CorrespondenceTable::create(const QString& path, const QString& passphrase,
                                                                       const QString& codePrefix, KdfStrength strength) {
  if (!sodiumReady()) return fail(DeidTr::tr("libsodium could not be initialised"));
  if (passphrase.size() < 8) return fail(DeidTr::tr("the passphrase must have at least 8 characters"));
  if (!QDir().mkpath(QFileInfo(path).absolutePath()))
    return fail(DeidTr::tr("%1: cannot create the folder").arg(QFileInfo(path).absolutePath()));
  const TableLock lock(path);
  if (!lock.locked()) return fail(lock.error());
  // Checked under the lock: another program may have created it while this one waited.
  if (exists(path)) return fail(DeidTr::tr("%1 already exists").arg(path));
  std::unique_ptr<CorrespondenceTable> table(new CorrespondenceTable);
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
  // No lock: every save replaces the file whole (rename), so this reads one version.
  const auto data = readTableFile(path);
  if (!data) return fail(data.error());
  std::unique_ptr<CorrespondenceTable> table(new CorrespondenceTable);
  const auto* p = reinterpret_cast<const uchar*>(data->constData());
  table->path_ = path;
  table->opsLimit_ = qFromLittleEndian<quint64>(p + 16);
  table->memLimit_ = qFromLittleEndian<quint64>(p + 24);
  table->salt_ = saltOf(data.value());
  table->key_ = deriveKey(passphrase, table->salt_, table->opsLimit_, table->memLimit_);
  if (table->key_.isEmpty()) return fail(DeidTr::tr("not enough memory to derive the key"));
  const Status loaded = table->load(data.value());
  if (!loaded) return fail(loaded.error());
  return table;
}

Result<std::unique_ptr<CorrespondenceTable>> CorrespondenceTable::openOrCreate(const QString& path, const QString& passphrase,
                                                                             const QString& codePrefix, KdfStrength strength) {
  if (exists(path)) return open(path, passphrase);
  auto created = create(path, passphrase, codePrefix, strength);
  // Two first imports at once: the one that waited for the lock opens what the other made.
  if (!created && exists(path)) return open(path, passphrase);
  return created;
}

Status CorrespondenceTable::load(const QByteArray& data) {
  const auto* p = reinterpret_cast<const uchar*>(data.constData());
  if (saltOf(data) != salt_ || qFromLittleEndian<quint64>(p + 16) != opsLimit_ || qFromLittleEndian<quint64>(p + 24) != memLimit_)
    return fail(DeidTr::tr("%1 was replaced by another correspondence table while it was open; nothing was changed").arg(path_));
  const QByteArray nonce = nonceOf(data);
  const QByteArray cipher = data.mid(int(kHeaderBytes));
  QByteArray plain(cipher.size(), '\0');
  unsigned long long plainLength = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &plainLength, nullptr,
          reinterpret_cast<const unsigned char*>(cipher.constData()), quint64(cipher.size()), p, kHeaderBytes,
          reinterpret_cast<const unsigned char*>(nonce.constData()), reinterpret_cast<const unsigned char*>(key_.constData())) != 0)
    return fail(DeidTr::tr("%1: wrong passphrase, or the file was altered").arg(path_));
  plain.truncate(int(plainLength));
  const Status decoded = decode(plain);
  sodium_memzero(plain.data(), size_t(plain.size()));
  if (!decoded) return decoded;
  nonce_ = nonce;
  return Status::success();
}

Status CorrespondenceTable::reloadIfChanged() {
  {
    // The header alone tells whether anybody saved since: every save writes a new nonce.
    QFile file(path_);
    if (file.open(QIODevice::ReadOnly)) {
      const QByteArray head = file.read(qint64(kHeaderBytes));
      if (size_t(head.size()) == kHeaderBytes && nonceOf(head) == nonce_) return Status::success();
    }
  }
  const auto data = readTableFile(path_);
  if (!data) return fail(data.error());
  if (nonceOf(data.value()) == nonce_) return Status::success();
  return load(data.value());
}

Status CorrespondenceTable::refresh() { return reloadIfChanged(); }

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

const CorrespondenceEntry* CorrespondenceTable::findByIdentityKey(const QString& key) const {
  for (const auto& e : entries_)
    if (identityKey(e.identity) == key) return &e;
  return nullptr;
}

const CorrespondenceEntry* CorrespondenceTable::findByPatientId(const QString& patientId, const QString& issuer) const {
  return findByIdentityKey(identityKey({patientId, issuer, QString(), QString()}));
}

QStringList CorrespondenceTable::codesOfTypedPatientId(const QString& typed) const {
  const QString folded = foldIdentifier(typed);
  QStringList found;
  for (const CorrespondenceEntry& e : entries_)
    if (foldIdentifier(e.identity.patientId) == folded && e.optedOutAt.isEmpty() && !found.contains(e.code)) found << e.code;
  return found;
}

Result<QString> CorrespondenceTable::codeFor(const PatientIdentity& identity, bool* issued) {
  if (issued) *issued = false;
  const QString key = identityKey(identity);
  auto known = [&](const CorrespondenceEntry& e) -> Result<QString> {
    if (!e.optedOutAt.isEmpty())
      return fail(DeidTr::tr("patient %1 opted out on %2; not imported").arg(e.code, e.optedOutAt.left(10)));
    return e.code;
  };
  // An opt-out made by another program since this one read the table counts as well.
  if (const Status fresh = reloadIfChanged(); !fresh) return fail(fresh.error());
  if (const CorrespondenceEntry* e = findByIdentityKey(key)) return known(*e);

  const TableLock lock(path_);
  if (!lock.locked()) return fail(lock.error());
  // Another program may have issued codes (this patient's too) since the read above.
  if (const Status fresh = reloadIfChanged(); !fresh) return fail(fresh.error());
  if (const CorrespondenceEntry* e = findByIdentityKey(key)) return known(*e);
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
  const TableLock lock(path_);
  if (!lock.locked()) return fail(lock.error());
  if (const Status fresh = reloadIfChanged(); !fresh) return fresh;
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
  nonce_ = nonce;
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

QString keyedIdentifierHash(const QByteArray& secret, const QString& purpose, const QString& identifier) {
  const QString folded = foldIdentifier(identifier);
  if (folded.isEmpty() || secret.isEmpty()) return QString();
  sodiumReady();
  const QByteArray message = (purpose + QChar(0x1f) + folded).toUtf8();
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.constData()), size_t(secret.size()));
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()));
  crypto_auth_hmacsha256_final(&state, mac);
  return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(mac), sizeof(mac)).toHex());
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
