#include "reports/ReportReview.h"

#include "ReportsTr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rc {

QString replacementsJson(const std::vector<ReportHighlight>& highlights) {
  QJsonArray out;
  for (const ReportHighlight& h : highlights)
    out.append(QJsonObject{{QStringLiteral("field"), h.field},
                           {QStringLiteral("kind"), h.kind},
                           {QStringLiteral("start"), h.start},
                           {QStringLiteral("length"), h.length},
                           {QStringLiteral("reason"), h.reason}});
  return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

std::vector<ReportHighlight> placeholdersIn(const QString& field, const QString& text, const QString& reason) {
  static const QRegularExpression placeholder(QStringLiteral("\\[(氏名|ID|電話番号|住所|日付|メール|施設名)\\]|90歳以上"));
  static const QHash<QString, QString> kinds = {{QStringLiteral("氏名"), QStringLiteral("name")},  {QStringLiteral("ID"), QStringLiteral("id")},
                                                {QStringLiteral("電話番号"), QStringLiteral("phone")}, {QStringLiteral("住所"), QStringLiteral("address")},
                                                {QStringLiteral("日付"), QStringLiteral("date")},  {QStringLiteral("メール"), QStringLiteral("email")},
                                                {QStringLiteral("施設名"), QStringLiteral("institution")}};
  std::vector<ReportHighlight> out;
  for (auto it = placeholder.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    out.push_back({field, int(m.capturedStart()), int(m.capturedLength()),
                   m.captured(1).isEmpty() ? QStringLiteral("age") : kinds.value(m.captured(1)), reason});
  }
  return out;
}

Result<ReportReview> ReportReview::load(const CaseStore& store, const QString& studyUid) {
  ReportReview review(store);
  review.studyUid_ = studyUid;
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto all = ReportStore(db).list();
  if (!all) return fail(all.error());
  for (const ReportRecord& r : all.value())
    if (studyUid.isEmpty() || r.studyUid == studyUid) review.reports_.push_back(r);
  return review;
}

std::vector<ReportHighlight> ReportReview::highlights(size_t index) const {
  std::vector<ReportHighlight> out;
  if (index >= reports_.size()) return out;
  for (const QJsonValue& v : QJsonDocument::fromJson(reports_[index].replacements.toUtf8()).array()) {
    const QJsonObject o = v.toObject();
    out.push_back({o[QStringLiteral("field")].toString(), o[QStringLiteral("start")].toInt(), o[QStringLiteral("length")].toInt(),
                   o[QStringLiteral("kind")].toString(), o[QStringLiteral("reason")].toString()});
  }
  return out;
}

Status ReportReview::reload(size_t index) {
  CaseDatabase db(store_);
  if (!db.isOpen()) return fail(db.openError());
  const auto fresh = ReportStore(db).report(reports_[index].id);
  if (!fresh) return fail(fresh.error());
  reports_[index] = fresh.value();
  return Status::success();
}

Status ReportReview::edit(size_t index, const QString& findings, const QString& impression, const QString& actor) {
  if (index >= reports_.size()) return fail(ReportsTr::tr("no such report"));
  std::vector<ReportHighlight> highlights = placeholdersIn(QStringLiteral("findings"), findings, ReportsTr::tr("replaced, or kept by the reviewer"));
  for (const ReportHighlight& h : placeholdersIn(QStringLiteral("impression"), impression, ReportsTr::tr("replaced, or kept by the reviewer")))
    highlights.push_back(h);
  CaseDatabase db(store_);
  if (!db.isOpen()) return fail(db.openError());
  const ReportRecord& r = reports_[index];
  if (const Status s = ReportStore(db).edit(r.id, r.revision, findings, impression, replacementsJson(highlights), actor); !s) return s;
  return reload(index);
}

Status ReportReview::confirm(size_t index, const QString& actor) {
  if (index >= reports_.size()) return fail(ReportsTr::tr("no such report"));
  CaseDatabase db(store_);
  if (!db.isOpen()) return fail(db.openError());
  if (const Status s = ReportStore(db).confirm(reports_[index].id, reports_[index].revision, actor); !s) return s;
  return reload(index);
}

}  // namespace rc
