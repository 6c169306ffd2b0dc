#include "bonescan/BoneScan.h"

#include <QRegularExpression>

namespace rc::bonescan {

const QStringList& regionIds() {
  static const QStringList ids = {
      QStringLiteral("skull"),          QStringLiteral("cervical-spine"), QStringLiteral("thoracic-spine"), QStringLiteral("lumbar-spine"),
      QStringLiteral("sternum"),        QStringLiteral("ribs-right"),     QStringLiteral("ribs-left"),      QStringLiteral("scapula-right"),
      QStringLiteral("scapula-left"),   QStringLiteral("clavicle-right"), QStringLiteral("clavicle-left"),  QStringLiteral("humerus-right"),
      QStringLiteral("humerus-left"),   QStringLiteral("pelvis"),         QStringLiteral("sacrum"),         QStringLiteral("femur-right"),
      QStringLiteral("femur-left"),     QStringLiteral("other")};
  return ids;
}

QString regionLabel(const QString& id) {
  static const std::map<QString, const char*> labels = {
      {QStringLiteral("skull"), QT_TRANSLATE_NOOP("BoneScan", "skull")},
      {QStringLiteral("cervical-spine"), QT_TRANSLATE_NOOP("BoneScan", "cervical spine")},
      {QStringLiteral("thoracic-spine"), QT_TRANSLATE_NOOP("BoneScan", "thoracic spine")},
      {QStringLiteral("lumbar-spine"), QT_TRANSLATE_NOOP("BoneScan", "lumbar spine")},
      {QStringLiteral("sternum"), QT_TRANSLATE_NOOP("BoneScan", "sternum")},
      {QStringLiteral("ribs-right"), QT_TRANSLATE_NOOP("BoneScan", "ribs R")},
      {QStringLiteral("ribs-left"), QT_TRANSLATE_NOOP("BoneScan", "ribs L")},
      {QStringLiteral("scapula-right"), QT_TRANSLATE_NOOP("BoneScan", "scapula R")},
      {QStringLiteral("scapula-left"), QT_TRANSLATE_NOOP("BoneScan", "scapula L")},
      {QStringLiteral("clavicle-right"), QT_TRANSLATE_NOOP("BoneScan", "clavicle R")},
      {QStringLiteral("clavicle-left"), QT_TRANSLATE_NOOP("BoneScan", "clavicle L")},
      {QStringLiteral("humerus-right"), QT_TRANSLATE_NOOP("BoneScan", "humerus R")},
      {QStringLiteral("humerus-left"), QT_TRANSLATE_NOOP("BoneScan", "humerus L")},
      {QStringLiteral("pelvis"), QT_TRANSLATE_NOOP("BoneScan", "pelvis")},
      {QStringLiteral("sacrum"), QT_TRANSLATE_NOOP("BoneScan", "sacrum")},
      {QStringLiteral("femur-right"), QT_TRANSLATE_NOOP("BoneScan", "femur R")},
      {QStringLiteral("femur-left"), QT_TRANSLATE_NOOP("BoneScan", "femur L")},
      {QStringLiteral("other"), QT_TRANSLATE_NOOP("BoneScan", "other")}};
  const auto it = labels.find(id);
  return it == labels.end() ? id : Tr::tr(it->second);
}

const QStringList& callIds() {
  static const QStringList ids = {call::metastasis, call::equivocal, call::benign};
  return ids;
}

QString callLabel(const QString& id) {
  if (id == call::metastasis) return Tr::tr("metastasis");
  if (id == call::equivocal) return Tr::tr("equivocal");
  if (id == call::benign) return Tr::tr("benign / degenerative");
  return id;
}

int eodGrade(int metastases, bool superscan) {
  if (superscan) return 4;
  if (metastases <= 0) return 0;
  if (metastases < 6) return 1;
  if (metastases <= 20) return 2;
  return 3;
}

std::optional<QString> tracerOf(const QString& text) {
  // One spelling: NFKC (full-width letters), upper case, no separators, no isotope prefix.
  QString t = text.normalized(QString::NormalizationForm_KC).toUpper();
  t.remove(QRegularExpression(QStringLiteral("[\\s\\-_./()]")));
  for (const QString& isotope : {QStringLiteral("99MTC"), QStringLiteral("TC99M"), QStringLiteral("TC")})
    if (t.startsWith(isotope)) {
      t = t.mid(isotope.size());
      break;
    }
  if (t == QLatin1String("MDP") || t == QLatin1String("MEDRONATE") || t == QLatin1String("METHYLENEDIPHOSPHONATE")) return QStringLiteral("MDP");
  if (t == QLatin1String("HMDP") || t == QLatin1String("HDP") || t == QLatin1String("OXIDRONATE") ||
      t == QLatin1String("HYDROXYMETHYLENEDIPHOSPHONATE"))
    return QStringLiteral("HMDP");
  return std::nullopt;
}

QString ownTracer(const QString& program) {
  const QString p = program.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
  if (p.startsWith(QLatin1String("BONENAVI"))) return QStringLiteral("MDP");
  if (p.startsWith(QLatin1String("VSBONE"))) return QStringLiteral("HMDP");
  return QString();
}

QString sheetHeaderKey(const QString& header) { return header.normalized(QString::NormalizationForm_KC).trimmed().toLower(); }

std::optional<bool> yesNo(const QString& text) {
  const QString t = sheetHeaderKey(text);
  static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("1"), QStringLiteral("true"),
                                  QStringLiteral("positive"), QStringLiteral("あり"), QStringLiteral("有"), QStringLiteral("有り"),
                                  QStringLiteral("陽性")};
  static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"), QStringLiteral("false"),
                                 QStringLiteral("negative"), QStringLiteral("なし"), QStringLiteral("無"), QStringLiteral("無し"),
                                 QStringLiteral("陰性")};
  if (yes.contains(t)) return true;
  if (no.contains(t)) return false;
  return std::nullopt;
}

LesionCounts countLesions(const std::vector<HotspotMarkRecord>& marks) {
  LesionCounts c;
  for (size_t i = 0; i < marks.size(); ++i) {
    const HotspotMarkRecord& m = marks[i];
    // A mark linked to an earlier one is that lesion seen again in the other view.
    if (m.sameLesionAs >= 0 && size_t(m.sameLesionAs) < marks.size() && size_t(m.sameLesionAs) != i) continue;
    ++c.lesions;
    ++c.lesionsPerRegion[m.region];
    if (m.call == call::metastasis) {
      ++c.metastases;
      ++c.metastasesPerRegion[m.region];
    }
  }
  return c;
}

}  // namespace rc::bonescan
