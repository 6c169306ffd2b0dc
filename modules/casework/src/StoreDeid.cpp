#include "casework/StoreDeid.h"

#include "deid/BurnedIn.h"
#include "storage/ScratchSpace.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QDir>
#include <QStringList>
#include <QTemporaryDir>

namespace rc {

namespace {

struct StoreDeidTr {
  Q_DECLARE_TR_FUNCTIONS(StoreDeid)
};

QString optionsText(const std::set<DeidOption>& options) {
  QStringList names;
  for (DeidOption o : options) names << QLatin1String(infoOf(o).cliName);
  names.sort();
  return names.join(QLatin1Char(','));
}

Result<std::set<DeidOption>> parseOptions(const QString& text) {
  std::set<DeidOption> options;
  for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const auto o = deidOptionFromName(name.trimmed());
    if (!o) return fail(StoreDeidTr::tr("unknown de-identification option %1").arg(name));
    options.insert(*o);
  }
  return options;
}

}  // namespace

Result<std::shared_ptr<const DeidProfile>> storeProfile(const CaseStore& store) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto name = db.setting(QStringLiteral("deid.profile"), QStringLiteral("site"));
  const auto optionText = db.setting(QStringLiteral("deid.options"));
  if (!name) return fail(name.error());
  if (!optionText) return fail(optionText.error());
  const auto options = parseOptions(optionText.value());
  if (!options) return fail(options.error());
  auto profile = DeidProfile::named(name.value(), options.value());
  if (!profile) return fail(profile.error());
  return std::shared_ptr<const DeidProfile>(std::make_shared<DeidProfile>(std::move(profile).value()));
}

Result<StoreDeid> openStoreDeid(const CaseStore& store, const QString& passphrase, const QString& requestedProfile,
                                const std::set<DeidOption>& requestedOptions, KdfStrength strength) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto savedName = db.setting(QStringLiteral("deid.profile"));
  if (!savedName) return fail(savedName.error());
  // A new store takes the requested profile, the site profile by default, for good.
  QString name = savedName->isEmpty() ? (requestedProfile.isEmpty() ? QStringLiteral("site") : requestedProfile) : savedName.value();
  std::set<DeidOption> options = requestedOptions;
  if (savedName->isEmpty())  // nothing is fixed for a profile that does not exist
    if (auto check = DeidProfile::named(name, options); !check) return fail(check.error());
  const auto prefix = db.setting(QStringLiteral("deid.codePrefix"), QStringLiteral("RC-"));
  if (!prefix) return fail(prefix.error());
  // Created under the table's lock: of two first imports at once, one creates the table and
  // the other opens it.
  auto table = CorrespondenceTable::openOrCreate(store.correspondencePath(), passphrase, prefix.value(), strength);
  if (!table) return fail(table.error());
  // Team mode: the store's patients are coded with one table, on one de-identification
  // station. Another station's table would give the same patient another code (and the same
  // study other UIDs): a keyed identity of the table (it reveals nothing of the key) is claimed
  // by the first station, and any other is refused.
  if (store.isShared()) {
    const QString identity = QString::fromLatin1(
        QMessageAuthenticationCode::hash("radcurator correspondence table identity", table.value()->secret(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
    const auto claimed = db.settingsOnce({{QStringLiteral("deid.table"), identity}});
    if (!claimed) return fail(claimed.error());
    if (claimed->at(0) != identity)
      return fail(StoreDeidTr::tr("this store's patients are coded with the correspondence table of another workstation (its "
                                  "de-identification station); import there. A table made here would give the same patient "
                                  "another code. The table made here (%1) is not used and can be deleted.")
                      .arg(store.correspondencePath()));
  }
  // The profile is fixed by whichever program got here first; the settings are claimed in
  // one transaction, so a store never holds half of one profile and half of another.
  const auto held = db.settingsOnce({{QStringLiteral("deid.profile"), name}, {QStringLiteral("deid.options"), optionsText(options)}});
  if (!held) return fail(held.error());
  const auto parsed = parseOptions(held->at(1));
  if (!parsed) return fail(parsed.error());
  const bool otherProfile = !requestedProfile.isEmpty() && requestedProfile != held->at(0);
  const bool otherOptions = !requestedOptions.empty() && requestedOptions != parsed.value();
  if (otherProfile || otherOptions)
    return fail(StoreDeidTr::tr("this store de-identifies with profile '%1' (options: %2); a store keeps one profile")
                    .arg(held->at(0), held->at(1).isEmpty() ? QStringLiteral("none") : held->at(1)));
  name = held->at(0);
  options = parsed.value();
  auto profile = DeidProfile::named(name, options);
  if (!profile) return fail(profile.error());
  StoreDeid setup;
  setup.profile = std::make_shared<DeidProfile>(std::move(profile).value());
  setup.table = std::move(table).value();
  return setup;
}

Result<OptOutReport> optOutPatient(const CaseStore& store, CorrespondenceTable& table, const QString& patientCode,
                                   const QString& actor) {
  if (!table.findByCode(patientCode))
    return fail(StoreDeidTr::tr("no patient %1 in the correspondence table").arg(patientCode));
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  auto report = db.deletePatient(patientCode, actor);
  if (!report) return report;
  const Status marked = table.markOptedOut(patientCode);
  if (!marked) return fail(marked.error());
  return report;
}

Result<QString> maskStoredInstance(const CaseStore& store, const QString& sopInstanceUid, const QRect& region) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto instance = db.instance(sopInstanceUid);
  if (!instance) return fail(instance.error());
  const auto scratch = ScratchFolder::create(store, QStringLiteral("mask"));
  if (!scratch) return fail(scratch.error());
  const QString masked = scratch->filePath(QStringLiteral("masked.dcm"));
  const auto newSop = maskRegion(store.absoluteFilePath(instance->filePath), masked, region);
  if (!newSop) return newSop;
  const Status replaced = db.replaceInstance(sopInstanceUid, newSop.value(), masked, QStringLiteral("masked"));
  if (!replaced) return fail(replaced.error());
  (void)db.recordAudit(QStringLiteral("burned-in text masked"), QString(),
                       QStringLiteral("%1 -> %2, region %3,%4 %5x%6")
                           .arg(sopInstanceUid, newSop.value())
                           .arg(region.x()).arg(region.y()).arg(region.width()).arg(region.height()));
  return newSop;
}

Status confirmNoBurnedInText(const CaseStore& store, const QString& sopInstanceUid) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const Status s = db.setBurnedInReview(sopInstanceUid, QStringLiteral("confirmed"));
  if (!s) return s;
  return db.recordAudit(QStringLiteral("burned-in text: none"), QString(), sopInstanceUid);
}

}  // namespace rc
