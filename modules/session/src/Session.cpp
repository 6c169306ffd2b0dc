#include "session/Session.h"

#include "core/LoginName.h"
#include "deid/CorrespondenceTable.h"
#include "storage/MeasurementStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace rc {

namespace {

struct SessionTr {
  Q_DECLARE_TR_FUNCTIONS(Session)
};

}  // namespace

// A measurement added (undo removes it) or deleted (undo puts it back under its id).
class MeasurementStep : public EditStep {
public:
  MeasurementStep(Session* session, ImageMeasurement m, bool added) : session_(session), m_(std::move(m)), added_(added) {}
  QString text() const override {
    static const char* const kinds[] = {QT_TRANSLATE_NOOP("Session", "ruler"), QT_TRANSLATE_NOOP("Session", "ellipse"),
                                        QT_TRANSLATE_NOOP("Session", "rectangle")};
    const QString kind = SessionTr::tr(kinds[int(m_.kind)]);
    return added_ ? SessionTr::tr("Add %1").arg(kind) : SessionTr::tr("Delete %1").arg(kind);
  }
  Status undo() override { return added_ ? session_->removeMeasurement(m_.id) : putBack(); }
  Status redo() override { return added_ ? putBack() : session_->removeMeasurement(m_.id); }

private:
  Status putBack() {
    const auto id = session_->storeMeasurement(m_);
    return id ? Status::success() : Status(fail(id.error()));
  }
  Session* session_;
  ImageMeasurement m_;
  bool added_;
};

Session::Session(QObject* parent) : QObject(parent), history_(new EditHistory(size_t(256) << 20, this)) {}

Session::~Session() = default;

QString Session::reader() { return loginName(); }

Status Session::openStore(const QString& directory, const QString& databaseUrl) {
  auto store = CaseStore::open(directory, databaseUrl);
  if (!store) return fail(store.error());
  closeSeries();
  store_ = store.value();
  deid_.reset();  // another store, another table
  // A killed import or export left de-identified copies behind: they go now, and the window
  // says so (takeRemovedScratch). What cannot be removed stays listed by the store check.
  auto removed = removeAbandonedScratch(*store_);
  removedScratch_ = removed ? std::move(removed).value() : std::vector<AbandonedScratch>();
  emit storeOpened();
  return Status::success();
}

Result<StoreDeid*> Session::unlock() {
  if (deid_) return &*deid_;
  if (!store_) return fail(SessionTr::tr("no case store is open"));
  const bool creating = !CorrespondenceTable::exists(store_->correspondencePath());
  const auto passphrase = passphraseProvider_ ? passphraseProvider_(creating) : std::nullopt;
  if (!passphrase) return cancelledFailure(SessionTr::tr("the correspondence table stays locked"));
  auto opened = openStoreDeid(*store_, *passphrase);
  if (!opened) return fail(opened.error());
  deid_ = std::move(opened).value();
  return &*deid_;
}

Status Session::setOpenSeries(const SeriesSummary& series, std::shared_ptr<const Volume> volume) {
  if (!store_) return fail(SessionTr::tr("no case store is open"));
  CaseDatabase db(*store_);
  if (!db.isOpen()) return fail(db.openError());
  MeasurementStore measurements(db);
  auto stored = measurements.ofSeries(series.seriesUid);
  if (!stored) return fail(stored.error());
  series_ = series;
  volume_ = std::move(volume);
  measurements_ = std::move(stored).value();
  history_->clear();
  emit seriesOpened();
  emit measurementsChanged();
  return Status::success();
}

void Session::closeSeries() {
  if (!series_) return;
  series_.reset();
  volume_.reset();
  measurements_.clear();
  history_->clear();
  emit seriesClosed();
}

const ImageMeasurement* Session::measurement(qint64 id) const {
  for (const ImageMeasurement& m : measurements_)
    if (m.id == id) return &m;
  return nullptr;
}

Result<qint64> Session::storeMeasurement(const ImageMeasurement& m) {
  if (!store_ || !series_) return fail(SessionTr::tr("no series is open"));
  CaseDatabase db(*store_);
  if (!db.isOpen()) return fail(db.openError());
  auto id = MeasurementStore(db).save(series_->seriesUid, m);
  if (!id) return id;
  ImageMeasurement saved = m;
  saved.id = id.value();
  measurements_.push_back(saved);
  std::sort(measurements_.begin(), measurements_.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  emit measurementsChanged();
  return id;
}

Status Session::removeMeasurement(qint64 id) {
  if (!store_) return fail(SessionTr::tr("no case store is open"));
  CaseDatabase db(*store_);
  if (!db.isOpen()) return fail(db.openError());
  const Status removed = MeasurementStore(db).remove(id);
  if (!removed) return removed;
  measurements_.erase(std::remove_if(measurements_.begin(), measurements_.end(), [&](const auto& m) { return m.id == id; }),
                      measurements_.end());
  emit measurementsChanged();
  return Status::success();
}

Result<qint64> Session::addMeasurement(ImageMeasurement m) {
  m.id = 0;
  if (m.createdBy.isEmpty()) m.createdBy = reader();
  if (m.createdAt.isEmpty()) m.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  auto id = storeMeasurement(m);
  if (!id) return id;
  m.id = id.value();
  history_->push(std::make_unique<MeasurementStep>(this, m, true));
  return id;
}

Status Session::deleteMeasurement(qint64 id) {
  const ImageMeasurement* m = measurement(id);
  if (!m) return fail(SessionTr::tr("no measurement %1").arg(id));
  const ImageMeasurement copy = *m;
  const Status removed = removeMeasurement(id);
  if (!removed) return removed;
  history_->push(std::make_unique<MeasurementStep>(this, copy, false));
  return Status::success();
}

Status Session::relabelMeasurement(qint64 id, const QString& label) {
  const ImageMeasurement* m = measurement(id);
  if (!m || !store_) return fail(SessionTr::tr("no measurement %1").arg(id));
  ImageMeasurement changed = *m;
  changed.label = label.trimmed();
  CaseDatabase db(*store_);
  if (!db.isOpen()) return fail(db.openError());
  const Status saved = MeasurementStore(db).update(changed);
  if (!saved) return saved;
  for (ImageMeasurement& x : measurements_)
    if (x.id == id) x = changed;
  emit measurementsChanged();
  return Status::success();
}

}  // namespace rc
