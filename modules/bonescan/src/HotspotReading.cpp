#include "bonescan/HotspotReading.h"

#include <cmath>

namespace rc::bonescan {

Status HotspotReading::open(ReadingStudy* study, const ProjectRecord& project, const QString& seriesUid, const QString& reader) {
  close();
  const QString whose = reader.isEmpty() ? study->actor().login : reader;
  const auto c = study->store().caseOf(project.id, seriesUid);
  if (!c) return fail(c.error());
  if (!c->has_value()) return fail(Tr::tr("%1 is not a case of %2").arg(seriesUid, project.name));
  const SetAccess access = study->access(project, **c, whose);
  if (!access.canOpen) return fail(access.reason);
  auto loaded = loadViewerReading(*study, project, seriesUid, whose);
  if (!loaded) return fail(loaded.error());
  study_ = study;
  project_ = project;
  seriesUid_ = seriesUid;
  reader_ = whose;
  // Only the reader edits a reading (a reviewer's correction of marks is not built).
  readOnly_ = access.readOnly || whose != study->actor().login;
  readOnlyReason_ = access.readOnly || whose == study->actor().login ? access.reason : Tr::tr("%1's reading, shown to %2").arg(whose, study->actor().login);
  reading_ = std::move(*loaded);
  lastRegion_ = reading_.marks.empty() ? QString() : reading_.marks.back().region;
  emit changed();
  return Status::success();
}

void HotspotReading::close() {
  study_ = nullptr;
  seriesUid_.clear();
  reader_.clear();
  reading_ = {};
  readOnly_ = false;
  readOnlyReason_.clear();
  emit changed();
}

int HotspotReading::eodByRule() const { return eodGrade(counts().metastases, reading_.superscan); }
int HotspotReading::eod() const { return reading_.eodOverride.value_or(eodByRule()); }
bool HotspotReading::metastasis() const { return reading_.metastasis.value_or(counts().metastases > 0 || reading_.superscan); }

QStringList HotspotReading::regionChoices() const {
  QStringList out = regionIds();
  if (!lastRegion_.isEmpty() && out.removeOne(lastRegion_)) out.prepend(lastRegion_);
  return out;
}

Status HotspotReading::change(const std::function<Status(ViewerReading&)>& edit) {
  if (!study_) return fail(Tr::tr("no bone-scan reading is open"));
  if (readOnly_) return fail(readOnlyReason_.isEmpty() ? Tr::tr("the reading is read-only") : readOnlyReason_);
  ViewerReading next = reading_;
  if (const Status edited = edit(next); !edited) return edited;
  // An override that now equals the count's grade is no override.
  if (next.eodOverride && *next.eodOverride == eodGrade(countLesions(next.marks).metastases, next.superscan)) {
    next.eodOverride.reset();
    next.eodReason.clear();
  }
  const auto revision = saveViewerReading(*study_, project_, seriesUid_, next);
  if (!revision) {
    emit saveFailed(revision.error(), revision.failureKind() == FailureKind::Conflict);
    return fail(revision.error());
  }
  next.revision = *revision;
  reading_ = std::move(next);
  emit changed();
  emit saved(*revision);
  return Status::success();
}

Status HotspotReading::addMark(const HotspotMarkRecord& mark) {
  const Status done = change([&](ViewerReading& r) {
    if (mark.sameLesionAs >= int(r.marks.size())) return Status(fail(Tr::tr("no mark %1 to link to").arg(mark.sameLesionAs + 1)));
    r.marks.push_back(mark);
    return Status::success();
  });
  if (done) lastRegion_ = mark.region;
  return done;
}

Status HotspotReading::removeMark(int index) {
  return change([&](ViewerReading& r) {
    if (index < 0 || index >= int(r.marks.size())) return Status(fail(Tr::tr("no mark %1").arg(index + 1)));
    r.marks.erase(r.marks.begin() + index);
    // Links follow the marks that moved up; a link to the removed mark goes with it.
    for (HotspotMarkRecord& m : r.marks) {
      if (m.sameLesionAs == index) m.sameLesionAs = -1;
      else if (m.sameLesionAs > index) --m.sameLesionAs;
    }
    return Status::success();
  });
}

Status HotspotReading::setCall(int index, const QString& call) {
  return change([&](ViewerReading& r) {
    if (index < 0 || index >= int(r.marks.size())) return Status(fail(Tr::tr("no mark %1").arg(index + 1)));
    if (!callIds().contains(call)) return Status(fail(Tr::tr("unknown call \"%1\"").arg(call)));
    r.marks[size_t(index)].call = call;
    return Status::success();
  });
}

Status HotspotReading::setRegion(int index, const QString& region) {
  const Status done = change([&](ViewerReading& r) {
    if (index < 0 || index >= int(r.marks.size())) return Status(fail(Tr::tr("no mark %1").arg(index + 1)));
    if (!regionIds().contains(region)) return Status(fail(Tr::tr("unknown region \"%1\"").arg(region)));
    r.marks[size_t(index)].region = region;
    return Status::success();
  });
  if (done) lastRegion_ = region;
  return done;
}

Status HotspotReading::linkMark(int index, int other) {
  return change([&](ViewerReading& r) {
    const int n = int(r.marks.size());
    if (index < 0 || index >= n || other >= n || other == index) return Status(fail(Tr::tr("no such pair of marks")));
    if (other >= 0 && r.marks[size_t(other)].view == r.marks[size_t(index)].view)
      return Status(fail(Tr::tr("a lesion is linked across the views, anterior to posterior")));
    // The link points to the earlier mark, so that the saved list refers backwards only.
    const int later = std::max(index, other), earlier = std::min(index, other);
    if (other < 0) r.marks[size_t(index)].sameLesionAs = -1;
    else {
      r.marks[size_t(later)].sameLesionAs = earlier;
      r.marks[size_t(later)].region = r.marks[size_t(earlier)].region;
      r.marks[size_t(later)].call = r.marks[size_t(earlier)].call;
    }
    return Status::success();
  });
}

Status HotspotReading::setSuperscan(bool superscan) {
  return change([&](ViewerReading& r) {
    r.superscan = superscan;
    return Status::success();
  });
}

Status HotspotReading::setEodOverride(std::optional<int> eod, const QString& reason) {
  return change([&](ViewerReading& r) {
    r.eodOverride = eod;
    r.eodReason = eod ? reason.trimmed() : QString();
    if (eod && (*eod < 0 || *eod > 4)) return Status(fail(Tr::tr("an EOD grade is 0 to 4, not %1").arg(*eod)));
    if (eod && *eod != eodGrade(countLesions(r.marks).metastases, r.superscan) && r.eodReason.isEmpty())
      return Status(fail(Tr::tr("the EOD grade %1 differs from the count's grade %2: give the reason")
                             .arg(*eod)
                             .arg(eodGrade(countLesions(r.marks).metastases, r.superscan))));
    return Status::success();
  });
}

Status HotspotReading::setMetastasis(std::optional<bool> metastasis) {
  return change([&](ViewerReading& r) {
    r.metastasis = metastasis;
    return Status::success();
  });
}

int HotspotReading::markAt(const QString& view, double x, double y, double radius) const {
  int best = -1;
  double bestDistance = radius;
  for (size_t i = 0; i < reading_.marks.size(); ++i) {
    const HotspotMarkRecord& m = reading_.marks[i];
    if (m.view != view) continue;
    const double d = std::hypot(m.x - x, m.y - y);
    if (d <= bestDistance) {
      bestDistance = d;
      best = int(i);
    }
  }
  return best;
}

}  // namespace rc::bonescan
