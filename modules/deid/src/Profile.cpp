#include "deid/Profile.h"

#include "DeidTr.h"
#include "Resources.h"
#include "StandardTables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rc {

namespace {

const char* const kSiteProfile = ":/deid/site-profile.json";
const char* const kSafePrivate = ":/deid/safe-private.json";

std::optional<quint32> parseTag(const QString& text) {
  static const QRegularExpression re(QStringLiteral("^\\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\\)$"));
  const auto m = re.match(text.trimmed());
  if (!m.hasMatch()) return std::nullopt;
  return (m.captured(1).toUInt(nullptr, 16) << 16) | m.captured(2).toUInt(nullptr, 16);
}

std::optional<DeidAction> parseAction(const QString& code) {
  static const QHash<QString, DeidAction> actions = {
      {QStringLiteral("K"), DeidAction::Keep},
      {QStringLiteral("X"), DeidAction::Remove},
      {QStringLiteral("Z"), DeidAction::Empty},
      {QStringLiteral("D"), DeidAction::Dummy},
      {QStringLiteral("U"), DeidAction::ReplaceUid},
      {QStringLiteral("C"), DeidAction::Clean},
      {QStringLiteral("Z/D"), DeidAction::EmptyOrDummy},
      {QStringLiteral("X/Z"), DeidAction::RemoveOrEmpty},
      {QStringLiteral("X/D"), DeidAction::RemoveOrDummy},
      {QStringLiteral("X/Z/D"), DeidAction::RemoveEmptyOrDummy},
      {QStringLiteral("delete"), DeidAction::RemoveEmptyOrDummy},
      {QStringLiteral("X/Z/U*"), DeidAction::RemoveEmptyOrUidRefs},
      {QStringLiteral("code"), DeidAction::PatientCode},
      {QStringLiteral("fixed"), DeidAction::Fixed},
  };
  const auto it = actions.constFind(code.trimmed());
  if (it == actions.constEnd()) return std::nullopt;
  return *it;
}

// How protective an action is, for choosing between options that disagree.
int strictness(DeidAction a) {
  switch (a) {
    case DeidAction::Keep: return 0;
    case DeidAction::ShiftDate: return 1;
    case DeidAction::Clean: return 2;
    default: return 3;
  }
}

bool isPlainAscii(const QString& text) {
  for (const QChar c : text)
    if (c.unicode() < 0x20 || c.unicode() > 0x7e) return false;
  return true;
}

}  // namespace

const std::vector<DeidOptionInfo>& deidOptionInfos() {
  static const std::vector<DeidOptionInfo> infos = {
      {DeidOption::RetainSafePrivate, "rtnSafePrivOpt", "retain-safe-private", "113111", "Retain Safe Private Option"},
      {DeidOption::RetainUids, "rtnUIDsOpt", "retain-uids", "113110", "Retain UIDs Option"},
      {DeidOption::RetainDeviceIdentity, "rtnDevIdOpt", "retain-device-identity", "113109", "Retain Device Identity Option"},
      {DeidOption::RetainInstitutionIdentity, "rtnInstIdOpt", "retain-institution-identity", "113112",
       "Retain Institution Identity Option"},
      {DeidOption::RetainPatientCharacteristics, "rtnPatCharsOpt", "retain-patient-characteristics", "113108",
       "Retain Patient Characteristics Option"},
      {DeidOption::RetainLongitudinalFullDates, "rtnLongFullDatesOpt", "retain-full-dates", "113106",
       "Retain Longitudinal Temporal Information Full Dates Option"},
      {DeidOption::RetainLongitudinalModifiedDates, "rtnLongModifDatesOpt", "retain-modified-dates", "113107",
       "Retain Longitudinal Temporal Information Modified Dates Option"},
      {DeidOption::CleanDescriptors, "cleanDescOpt", "clean-descriptors", "113105", "Clean Descriptors Option"},
      {DeidOption::CleanStructuredContent, "cleanStructContOpt", "clean-structured-content", "113104",
       "Clean Structured Content Option"},
      {DeidOption::CleanGraphics, "cleanGraphOpt", "clean-graphics", "113103", "Clean Graphics Option"},
  };
  return infos;
}

const DeidOptionInfo& infoOf(DeidOption option) {
  for (const auto& info : deidOptionInfos())
    if (info.option == option) return info;
  return deidOptionInfos().front();
}

std::optional<DeidOption> deidOptionFromName(const QString& name) {
  for (const auto& info : deidOptionInfos()) {
    if (name == QLatin1String(info.cliName) || name == QLatin1String(info.tableKey)) return info.option;
  }
  return std::nullopt;
}

QString actionCode(DeidAction action) {
  switch (action) {
    case DeidAction::Keep: return QStringLiteral("K");
    case DeidAction::Remove: return QStringLiteral("X");
    case DeidAction::Empty: return QStringLiteral("Z");
    case DeidAction::Dummy: return QStringLiteral("D");
    case DeidAction::ReplaceUid: return QStringLiteral("U");
    case DeidAction::Clean: return QStringLiteral("C");
    case DeidAction::ShiftDate: return QStringLiteral("C (shift)");
    case DeidAction::EmptyOrDummy: return QStringLiteral("Z/D");
    case DeidAction::RemoveOrEmpty: return QStringLiteral("X/Z");
    case DeidAction::RemoveOrDummy: return QStringLiteral("X/D");
    case DeidAction::RemoveEmptyOrDummy: return QStringLiteral("X/Z/D");
    case DeidAction::RemoveEmptyOrUidRefs: return QStringLiteral("X/Z/U*");
    case DeidAction::PatientCode: return QStringLiteral("code");
    case DeidAction::Fixed: return QStringLiteral("fixed");
  }
  return QString();
}

const std::vector<DeidProfile::TableRow>& DeidProfile::standardTable() {
  // Compiled in at build time (StandardTables.h).
  static const std::vector<TableRow> rows = [] {
    std::vector<TableRow> out;
    const auto actions = standard::profileActions();
    for (const standard::ProfileRow& r : standard::profileRows()) {
      TableRow row;
      row.tag = QString::fromLatin1(r.tag);
      row.name = QString::fromUtf8(r.name);
      for (std::uint32_t n = r.firstAction; n < r.firstAction + r.actionCount; ++n)
        row.actions.insert(QString::fromLatin1(actions[n].column), QString::fromLatin1(actions[n].action));
      out.push_back(row);
    }
    return out;
  }();
  return rows;
}

Result<DeidProfile> DeidProfile::basic(const std::set<DeidOption>& options) {
  if (options.count(DeidOption::RetainLongitudinalFullDates) && options.count(DeidOption::RetainLongitudinalModifiedDates))
    return fail(DeidTr::tr("the full-dates and modified-dates options exclude each other: choose one"));
  const auto& table = standardTable();
  if (table.size() < 500) return fail(DeidTr::tr("the PS3.15 Table E.1-1 resource is missing or incomplete"));

  DeidProfile p;
  p.name_ = QStringLiteral("basic");
  p.title_ = QStringLiteral("PS3.15 Basic Application Level Confidentiality Profile");
  p.method_ = QStringLiteral("PS3.15 basic profile");
  p.options_ = options;
  for (const TableRow& row : table) {
    const auto basicAction = parseAction(row.actions.value(QStringLiteral("basicProfile")));
    if (!basicAction) return fail(DeidTr::tr("Table E.1-1 row %1: unknown action '%2'").arg(row.tag, row.actions.value(QStringLiteral("basicProfile"))));
    DeidRule rule{*basicAction, QString(), QStringLiteral("basic")};
    // Enabled options that say something about this row; the more protective one wins.
    std::optional<DeidRule> fromOptions;
    for (DeidOption option : options) {
      const QString code = row.actions.value(QLatin1String(infoOf(option).tableKey));
      if (code.isEmpty()) continue;
      auto action = parseAction(code);
      if (!action) continue;
      if (*action == DeidAction::Clean && option == DeidOption::RetainLongitudinalModifiedDates) action = DeidAction::ShiftDate;
      const DeidRule candidate{*action, QString(), QLatin1String(infoOf(option).tableKey)};
      if (!fromOptions || strictness(candidate.action) > strictness(fromOptions->action)) fromOptions = candidate;
    }
    if (fromOptions) rule = *fromOptions;

    const QString tag = row.tag.toUpper();
    if (tag.startsWith(QLatin1String("(GGGG,EEEE)"))) p.privateRule_ = rule;
    else if (tag == QLatin1String("(50XX,XXXX)")) p.curveRule_ = rule;
    else if (tag == QLatin1String("(60XX,3000)")) p.overlayDataRule_ = rule;
    else if (tag == QLatin1String("(60XX,4000)")) p.overlayCommentsRule_ = rule;
    else if (const auto key = parseTag(tag)) p.rules_.insert(*key, rule);
    else return fail(DeidTr::tr("Table E.1-1: cannot read tag %1").arg(row.tag));
  }
  if (p.privateRule_.source.isEmpty() || p.curveRule_.source.isEmpty() || p.overlayDataRule_.source.isEmpty())
    return fail(DeidTr::tr("Table E.1-1 lacks the private, curve or overlay rows"));

  const QJsonArray safe = QJsonDocument::fromJson(readDeidResource(kSafePrivate)).object().value(QStringLiteral("attributes")).toArray();
  for (const QJsonValue& v : safe) {
    const QJsonObject o = v.toObject();
    p.safePrivate_.insert(QStringLiteral("%1|%2|%3")
                              .arg(o.value(QStringLiteral("creator")).toString().trimmed(),
                                   o.value(QStringLiteral("group")).toString().toUpper(),
                                   o.value(QStringLiteral("element")).toString().toUpper()),
                          true);
  }
  return p;
}

Result<DeidProfile> DeidProfile::fromJson(const QByteArray& json, const QString& origin,
                                          const std::set<DeidOption>& extraOptions) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject()) return fail(DeidTr::tr("%1: not a profile file: %2").arg(origin, error.errorString()));
  const QJsonObject o = doc.object();
  if (o.value(QStringLiteral("base")).toString(QStringLiteral("basic")) != QLatin1String("basic"))
    return fail(DeidTr::tr("%1: a profile must build on the basic profile").arg(origin));
  std::set<DeidOption> options = extraOptions;
  for (const QJsonValue& v : o.value(QStringLiteral("options")).toArray()) {
    const auto option = deidOptionFromName(v.toString());
    if (!option) return fail(DeidTr::tr("%1: unknown option %2").arg(origin, v.toString()));
    options.insert(*option);
  }
  auto result = basic(options);
  if (!result) return result;
  DeidProfile& p = result.value();
  p.name_ = o.value(QStringLiteral("name")).toString(origin);
  p.title_ = o.value(QStringLiteral("title")).toString(p.name_);
  p.method_ = o.value(QStringLiteral("method")).toString(p.title_);
  if (!isPlainAscii(p.method_))
    return fail(DeidTr::tr("%1: the method text is written into every file and must be plain ASCII").arg(origin));
  for (const QJsonValue& v : o.value(QStringLiteral("overrides")).toArray()) {
    const QJsonObject rule = v.toObject();
    const QString tagText = rule.value(QStringLiteral("tag")).toString();
    const auto tag = parseTag(tagText);
    const auto action = parseAction(rule.value(QStringLiteral("action")).toString());
    if (!tag || !action) return fail(DeidTr::tr("%1: cannot read override %2").arg(origin, tagText));
    if (*action == DeidAction::PatientCode) p.issuesCodes_ = true;
    const QString value = rule.value(QStringLiteral("value")).toString();
    // Written values must stay valid under whatever Specific Character Set the file declares
    // (ISO 2022 IR 87, ISO_IR 192, none...): only ASCII is common to all of them.
    if (!isPlainAscii(value))
      return fail(DeidTr::tr("%1: the fixed value for %2 must be plain ASCII").arg(origin, tagText));
    p.rules_.insert(*tag, DeidRule{*action, value, p.name_});
    p.namedRules_.push_back({tagText.trimmed().toUpper(), rule.value(QStringLiteral("name")).toString()});
  }
  return result;
}

Result<DeidProfile> DeidProfile::site(const std::set<DeidOption>& extraOptions) {
  return fromJson(readDeidResource(kSiteProfile), QStringLiteral("site-profile.json"), extraOptions);
}

Result<DeidProfile> DeidProfile::named(const QString& name, const std::set<DeidOption>& extraOptions) {
  if (name == QLatin1String("basic")) return basic(extraOptions);
  if (name == QLatin1String("site") || name.isEmpty()) return site(extraOptions);
  QFile file(name);
  if (!file.open(QIODevice::ReadOnly)) return fail(DeidTr::tr("%1: no such profile (use site, basic or a profile file)").arg(name));
  return fromJson(file.readAll(), name, extraOptions);
}

DeidRule DeidProfile::ruleFor(quint16 group, quint16 element) const {
  if (group & 1) return privateRule_;
  if ((group & 0xFF00) == 0x5000) return curveRule_;
  if ((group & 0xFF00) == 0x6000) {
    // The overlay's other attributes (rows, columns, origin, ...) go with its data.
    if (element == 0x4000) return overlayCommentsRule_;
    return overlayDataRule_;
  }
  const auto it = rules_.constFind((quint32(group) << 16) | element);
  if (it != rules_.constEnd()) return *it;
  return DeidRule{DeidAction::Keep, QString(), QStringLiteral("not listed")};
}

bool DeidProfile::isSafePrivate(const QString& creator, quint16 group, quint8 elementInBlock) const {
  return safePrivate_.contains(QStringLiteral("%1|%2|%3")
                                   .arg(creator.trimmed(), QString::asprintf("%04X", group),
                                        QString::asprintf("%02X", elementInBlock)));
}

QString DeidProfile::methodDescription() const {
  // LO holds 64 characters; the options are listed in full in (0012,0064).
  QString text = method_;
  if (!options_.empty()) text += QStringLiteral(" + %1 option%2").arg(options_.size()).arg(options_.size() > 1 ? "s" : "");
  return text.left(64);
}

std::vector<std::pair<QString, QString>> DeidProfile::methodCodes() const {
  std::vector<std::pair<QString, QString>> codes{{QStringLiteral("113100"), QStringLiteral("Basic Application Confidentiality Profile")}};
  for (DeidOption o : options_) codes.emplace_back(QLatin1String(infoOf(o).codeValue), QLatin1String(infoOf(o).codeMeaning));
  return codes;
}

}  // namespace rc
