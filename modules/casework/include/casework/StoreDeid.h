#pragma once
// A store's de-identification setup: the profile it was created with (settings
// deid.profile / deid.options, fixed by the first import so that every case of a store is
// treated alike) and its correspondence table, opened with the passphrase (created on first
// use).

#include "core/Result.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Profile.h"
#include "storage/CaseStore.h"

#include <QRect>

#include <memory>
#include <set>

namespace rc {

struct StoreDeid {
  std::shared_ptr<const DeidProfile> profile;
  std::unique_ptr<CorrespondenceTable> table;
};

// Opens the setup. `requestedProfile` (empty = the store's, or "site" for a new store) and
// `requestedOptions` must agree with what the store already uses.
Result<StoreDeid> openStoreDeid(const CaseStore& store, const QString& passphrase, const QString& requestedProfile = QString(),
                                const std::set<DeidOption>& requestedOptions = {},
                                KdfStrength strength = KdfStrength::Moderate);

// The store's profile alone (no passphrase needed), e.g. for a structural PHI scan.
Result<std::shared_ptr<const DeidProfile>> storeProfile(const CaseStore& store);

// Opt-out: deletes every row and file of the patient, records it in the audit log, marks the
// patient in the correspondence table (so that a later import refuses them) and reports the
// exports that already contained the patient.
Result<OptOutReport> optOutPatient(const CaseStore& store, CorrespondenceTable& table, const QString& patientCode,
                                   const QString& actor);

// Burned-in text: blacks out `region` (pixels) of a stored image, which becomes a new
// instance (returned SOP Instance UID) marked as masked; the old file is replaced.
Result<QString> maskStoredInstance(const CaseStore& store, const QString& sopInstanceUid, const QRect& region);
// Records that a user looked at the image and found no burned-in text.
Status confirmNoBurnedInText(const CaseStore& store, const QString& sopInstanceUid);

}  // namespace rc
