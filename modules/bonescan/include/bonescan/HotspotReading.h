#pragma once
// A reader at work on one bone scan: the hotspot marks placed so far, the counts per region
// and in total (live), the EOD grade that follows (or the reader's override with its reason),
// the superscan tick and metastasis yes/no. Every change is saved at once (one transaction:
// the reading and its marks, compare and set on the revision), so an edit is on disk before
// the next click and survives a crash; a reading saved meanwhile elsewhere is reported, never
// overwritten. Qt Core only: the window's panel and the whole-body view bind to it, and the
// tests drive it without a window.

#include "bonescan/BoneScanReads.h"

#include <QObject>

namespace rc::bonescan {

class HotspotReading : public QObject {
  Q_OBJECT
public:
  explicit HotspotReading(QObject* parent = nullptr) : QObject(parent) {}

  // A reader's reading of the case: the acting person's own (read-only when the project's
  // rules say so: then `readOnlyReason` says why), or, given `reader`, another reader's,
  // always read-only (a reviewer; blinding holds). Fails when it may not be opened at all.
  Status open(ReadingStudy* study, const ProjectRecord& project, const QString& seriesUid, const QString& reader = QString());
  void close();
  bool isOpen() const { return study_ != nullptr; }
  bool readOnly() const { return readOnly_; }
  QString readOnlyReason() const { return readOnlyReason_; }
  QString seriesUid() const { return seriesUid_; }
  QString reader() const { return reader_; }

  const ViewerReading& reading() const { return reading_; }
  const std::vector<HotspotMarkRecord>& marks() const { return reading_.marks; }
  LesionCounts counts() const { return countLesions(reading_.marks); }
  int eod() const;           // as saved: the override, else the count's grade
  int eodByRule() const;
  bool metastasis() const;   // the reader's yes/no, else yes when a metastasis is marked

  // Regions as the short list at a click offers them: the last one chosen first.
  QStringList regionChoices() const;
  QString lastRegion() const { return lastRegion_; }

  Status addMark(const HotspotMarkRecord& mark);
  Status removeMark(int index);
  Status setCall(int index, const QString& call);
  Status setRegion(int index, const QString& region);
  // `index` shows the lesion of `other` again (in the other view); -1 unlinks.
  Status linkMark(int index, int other);
  Status setSuperscan(bool superscan);
  Status setEodOverride(std::optional<int> eod, const QString& reason);
  Status setMetastasis(std::optional<bool> metastasis);
  // The mark nearest (pixel distance, within `radius`) to a point of a view; -1 if none.
  int markAt(const QString& view, double x, double y, double radius) const;

signals:
  void changed();
  void saved(int revision);
  void saveFailed(const QString& message, bool conflict);

private:
  Status change(const std::function<Status(ViewerReading&)>& edit);

  ReadingStudy* study_ = nullptr;
  ProjectRecord project_;
  QString seriesUid_;
  QString reader_;
  bool readOnly_ = false;
  QString readOnlyReason_;
  ViewerReading reading_;
  QString lastRegion_;
};

}  // namespace rc::bonescan
