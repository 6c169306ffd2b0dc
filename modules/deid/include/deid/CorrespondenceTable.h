#pragma once
// The correspondence table: original patient identity <-> research code. The only place an
// original identifier lives. Its own file, encrypted at rest (libsodium: Argon2id key from
// the passphrase, XChaCha20-Poly1305), never part of any export, readable only with the
// passphrase. It also holds the secret from which consistent UIDs and per-patient date offsets
// are derived, so importing the same study again gives the same UIDs and code.
//
// File: "RCCORR\1\0", version, KDF parameters, salt, nonce (authenticated as associated
// data), then the encrypted JSON. Saved through a temporary file and a rename, so a reader
// always sees a whole version.
//
// Several programs may have one table open at once (an import in the window and one on the
// command line). Every change is made under the table's lock file, on the newest version on
// disk: creation (so two first imports of a new store make one table and one key, not two),
// issuing a code (re-read, looked up again, issued, saved), marking an opt-out. Every code
// comes from the one table; none is ever issued twice.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace rc {

struct PatientIdentity {
  QString patientId;
  QString issuer;
  QString name;       // decoded PN, all component groups
  QString birthDate;  // DA
};

struct CorrespondenceEntry {
  QString code;
  PatientIdentity identity;
  QString createdAt;    // ISO 8601 UTC
  QString optedOutAt;   // empty unless the patient opted out
};

enum class KdfStrength {
  Moderate,     // the default: Argon2id, libsodium's MODERATE limits (256 MiB)
  Interactive,  // libsodium's INTERACTIVE limits; for tests that open many tables
};

class CorrespondenceTable {
public:
  ~CorrespondenceTable();
  CorrespondenceTable(const CorrespondenceTable&) = delete;
  CorrespondenceTable& operator=(const CorrespondenceTable&) = delete;

  static bool exists(const QString& path);
  // Whether the file is readable and a table of a known version (no passphrase needed).
  static Status inspect(const QString& path);
  static Result<std::unique_ptr<CorrespondenceTable>> create(const QString& path, const QString& passphrase,
                                                             const QString& codePrefix = QStringLiteral("RC-"),
                                                             KdfStrength strength = KdfStrength::Moderate);
  static Result<std::unique_ptr<CorrespondenceTable>> open(const QString& path, const QString& passphrase);
  static Result<std::unique_ptr<CorrespondenceTable>> openOrCreate(const QString& path, const QString& passphrase,
                                                                   const QString& codePrefix = QStringLiteral("RC-"),
                                                                   KdfStrength strength = KdfStrength::Moderate);

  QString path() const { return path_; }
  QString codePrefix() const { return prefix_; }

  // The patient's code: the recorded one, or a newly issued one (prefix + sequence). Fails
  // for a patient who opted out. A new code is issued under the lock from the newest version
  // of the file and written at once, so a code is never issued twice, by this program or
  // another, even if the caller crashes afterwards.
  Result<QString> codeFor(const PatientIdentity& identity, bool* issued = nullptr);
  const CorrespondenceEntry* findByCode(const QString& code) const;
  const CorrespondenceEntry* findByPatientId(const QString& patientId, const QString& issuer) const;
  // The codes of the patients (not opted out) whose ID is `typed` in any form a person types
  // it (full-width, other hyphens, spaces: core/IdentifierText.h), whatever the issuer; more
  // than one when several issuers use the same ID.
  QStringList codesOfTypedPatientId(const QString& typed) const;
  const std::vector<CorrespondenceEntry>& entries() const { return entries_; }

  // Keeps the identity (so the patient is never imported again) and records when.
  Status markOptedOut(const QString& code);
  // Reads what other programs changed since this one read the file (new codes, opt-outs).
  Status refresh();

  // 32-byte secret for the keyed UID mapping and date offsets.
  QByteArray secret() const { return secret_; }
  // Days to add to this patient's dates under "Retain Longitudinal Modified Dates":
  // stable per patient, between -3650 and -1.
  int dateOffsetDays(const PatientIdentity& identity) const;

private:
  CorrespondenceTable() = default;
  static QString identityKey(const PatientIdentity& identity);
  const CorrespondenceEntry* findByIdentityKey(const QString& key) const;
  Status decode(const QByteArray& json);
  QByteArray encodeJson() const;
  // The file's bytes, decrypted with this table's key, replace what is in memory.
  Status load(const QByteArray& fileBytes);
  // Re-reads the file when another program saved it since (its nonce changed).
  Status reloadIfChanged();
  Status save();  // under the lock only

  QString path_;
  QString prefix_;
  int nextNumber_ = 1;
  QByteArray secret_;
  QByteArray key_;     // derived from the passphrase; wiped on destruction
  QByteArray salt_;
  quint64 opsLimit_ = 0;
  quint64 memLimit_ = 0;
  QByteArray nonce_;  // of the version in memory: a save writes a new one
  std::vector<CorrespondenceEntry> entries_;
};

// Keyed, deterministic UID replacement: 2.25.<HMAC-SHA256(secret, uid) as a UUID>.
QString mapUid(const QByteArray& secret, const QString& uid);

// A keyed hash (hex HMAC-SHA256 with the table's secret) of an identifier, folded first
// (foldIdentifier: any width, case, separators), for finding it again without storing it:
// `purpose` ("accession", "author", ...) keeps the hashes of different kinds apart.
QString keyedIdentifierHash(const QByteArray& secret, const QString& purpose, const QString& identifier);

}  // namespace rc
