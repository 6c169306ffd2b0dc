#pragma once
// De-identification profiles driven by PS3.15 Table E.1-1 (shipped as
// resources/deid/standard-tables.json, derived from the DICOM 2024b tables) and by profile
// files such as resources/deid/site-profile.json (the hospital's approved table).
//
// A profile resolves every tag to one rule: the basic profile's action, overridden by the
// enabled options (when options disagree the more protective wins: clean over keep), then by
// the site's overrides. Type-dependent actions (Z/D, X/Z, X/D, X/Z/D, X/Z/U*) are resolved
// later against the attribute's type in the object's IOD.

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace rc {

enum class DeidOption {
  RetainSafePrivate,
  RetainUids,
  RetainDeviceIdentity,
  RetainInstitutionIdentity,
  RetainPatientCharacteristics,
  RetainLongitudinalFullDates,
  RetainLongitudinalModifiedDates,
  CleanDescriptors,
  CleanStructuredContent,
  CleanGraphics,
};

struct DeidOptionInfo {
  DeidOption option;
  const char* tableKey;     // column of Table E.1-1, e.g. "rtnSafePrivOpt"
  const char* cliName;      // e.g. "retain-safe-private"
  const char* codeValue;    // CID 7050 code (DCM), for (0012,0064)
  const char* codeMeaning;
};
const std::vector<DeidOptionInfo>& deidOptionInfos();
const DeidOptionInfo& infoOf(DeidOption option);
// Accepts the CLI name ("retain-uids") or the table key ("rtnUIDsOpt").
std::optional<DeidOption> deidOptionFromName(const QString& name);

enum class DeidAction {
  Keep,                  // K
  Remove,                // X
  Empty,                 // Z
  Dummy,                 // D
  ReplaceUid,            // U
  Clean,                 // C (descriptors, structured content, graphics, device/patient data)
  ShiftDate,             // C under Retain Longitudinal Modified Dates
  EmptyOrDummy,          // Z/D
  RemoveOrEmpty,         // X/Z
  RemoveOrDummy,         // X/D
  RemoveEmptyOrDummy,    // X/Z/D, and the site profile's "delete"
  RemoveEmptyOrUidRefs,  // X/Z/U*
  PatientCode,           // site: the research code
  Fixed,                 // site: a fixed string with {Keyword} placeholders
};

QString actionCode(DeidAction action);  // "K", "X", "Z/D", "code", ...

struct DeidRule {
  DeidAction action = DeidAction::Keep;
  QString fixedValue;  // for Fixed
  QString source;      // "not listed", "basic", an option's table key, or the profile name
};

class DeidProfile {
public:
  // PS3.15 Basic Application Level Confidentiality Profile with `options`.
  static Result<DeidProfile> basic(const std::set<DeidOption>& options = {});
  // The hospital's site profile (resources), plus any `extraOptions`.
  static Result<DeidProfile> site(const std::set<DeidOption>& extraOptions = {});
  // "basic", "site", or the path of a profile JSON file.
  static Result<DeidProfile> named(const QString& name, const std::set<DeidOption>& extraOptions = {});
  static Result<DeidProfile> fromJson(const QByteArray& json, const QString& origin,
                                      const std::set<DeidOption>& extraOptions = {});

  QString name() const { return name_; }
  QString title() const { return title_; }
  const std::set<DeidOption>& options() const { return options_; }
  bool has(DeidOption option) const { return options_.count(option) > 0; }
  bool issuesPatientCodes() const { return issuesCodes_; }

  // The rule for a public or private tag (private elements follow the private rule; their
  // creators are kept exactly when an element of their block is).
  DeidRule ruleFor(quint16 group, quint16 element) const;
  // Safe private allow list (resources/deid/safe-private.json).
  bool isSafePrivate(const QString& creator, quint16 group, quint8 elementInBlock) const;

  // (0012,0063) text and (0012,0064) codes (DCM code value, meaning).
  QString methodDescription() const;
  std::vector<std::pair<QString, QString>> methodCodes() const;

  // Rows of Table E.1-1 as loaded (tag text, name, actions by column), for tests and docs.
  struct TableRow {
    QString tag;
    QString name;
    QHash<QString, QString> actions;  // "basicProfile" and option keys
  };
  static const std::vector<TableRow>& standardTable();
  // The attributes the profile file names (its overrides), as it names them ("(0010,0010)").
  struct NamedRule {
    QString tag;
    QString name;
  };
  const std::vector<NamedRule>& namedRules() const { return namedRules_; }

private:
  QString name_;
  QString title_;
  QString method_;  // short text for (0012,0063)
  std::set<DeidOption> options_;
  bool issuesCodes_ = false;
  QHash<quint32, DeidRule> rules_;  // (group << 16) | element
  DeidRule privateRule_, curveRule_, overlayDataRule_, overlayCommentsRule_;
  QHash<QString, bool> safePrivate_;  // "creator|gggg|ee"
  std::vector<NamedRule> namedRules_;
};

}  // namespace rc
