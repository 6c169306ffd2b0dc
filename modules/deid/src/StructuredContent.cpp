#include "StructuredContent.h"

#include <QHash>

namespace rc {

bool isRadiationDoseSr(const QString& sopClassUid) {
  return sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.67")     // X-Ray Radiation Dose SR
         || sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.76")  // Enhanced X-Ray Radiation Dose SR
         || sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.68")  // Radiopharmaceutical Radiation Dose SR
         || sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.73");  // Patient Radiation Dose SR
}

ContentItemRule contentItemRule(const QString& valueType, const QString& scheme, const QString& code) {
  using Kind = ContentItemRule::Kind;
  const QString type = valueType.trimmed();
  if (type == QLatin1String("PNAME")) return {Kind::PersonName};
  if (type == QLatin1String("DATE") || type == QLatin1String("TIME") || type == QLatin1String("DATETIME"))
    return {Kind::DateTime};
  const bool dcm = scheme.trimmed() == QLatin1String("DCM");
  if (type == QLatin1String("UIDREF"))
    return {dcm && code.trimmed() == QLatin1String("121012") ? Kind::DeviceUid : Kind::Uid};
  if (type == QLatin1String("TEXT")) {
    // The TEXT items of the dose templates (TID 1002-1004, 1020, 10001-10030) whose meaning an
    // image attribute has; the profile's rule for that attribute decides, so a dose SR and
    // the images of its study lose and keep the same things.
    static const QHash<QString, std::uint32_t> likeAttribute = {
        {QStringLiteral("121013"), 0x00081010},  // Device Observer Name: Station Name
        {QStringLiteral("121014"), 0x00080070},  // Device Observer Manufacturer: Manufacturer
        {QStringLiteral("121015"), 0x00081090},  // Device Observer Model Name: Manufacturer's Model Name
        {QStringLiteral("121016"), 0x00181000},  // Device Observer Serial Number: Device Serial Number
        {QStringLiteral("121017"), 0x00080081},  // Device Observer Physical Location: Institution Address
        {QStringLiteral("121009"), 0x00080080},  // Person Observer's Organization Name: Institution Name
        {QStringLiteral("113873"), 0x00080080},  // Organization Name (of a person participant)
        {QStringLiteral("125203"), 0x00181030},  // Acquisition Protocol: Protocol Name
    };
    if (dcm) {
      if (code.trimmed() == QLatin1String("113832")) return {Kind::Keep};  // Identification of the X-Ray Source ("A", "B")
      if (const auto it = likeAttribute.constFind(code.trimmed()); it != likeAttribute.constEnd())
        return {Kind::LikeAttribute, it.value()};
    }
    return {Kind::Remove};
  }
  return {Kind::Keep};
}

}  // namespace rc
