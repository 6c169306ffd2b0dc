#pragma once
// The case a user works on, outside any widget: the open store, its de-identification setup
// (unlocked with the passphrase once per store), the open series with its volume, labels and
// measurements, and the undo history of the edits made on it. The window binds to it; edits
// go through it, so undo, saving and the forms have an owner that is not a widget.

#include "core/ImageMeasurement.h"
#include "core/Result.h"
#include "core/Volume.h"
#include "casework/StoreDeid.h"
#include "session/EditHistory.h"
#include "storage/CaseStore.h"
#include "storage/Records.h"
#include "storage/ScratchSpace.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace rc {

class Session : public QObject {
  Q_OBJECT
public:
  explicit Session(QObject* parent = nullptr);
  ~Session() override;

  // The case store (closing the open series). What a killed job left in the store's scratch
  // folder is removed on the way (takeRemovedScratch says what).
  // databaseUrl: team mode, see CaseStore::open.
  Status openStore(const QString& directory, const QString& databaseUrl = QString());
  std::vector<AbandonedScratch> takeRemovedScratch() { return std::exchange(removedScratch_, {}); }
  const std::optional<CaseStore>& store() const { return store_; }
  bool hasStore() const { return store_.has_value(); }

  // The store's profile and correspondence table, unlocked with the passphrase the provider
  // asks for (twice when the table is created). A user who cancels gets a cancelled failure.
  using PassphraseProvider = std::function<std::optional<QString>(bool creating)>;
  void setPassphraseProvider(PassphraseProvider provider) { passphraseProvider_ = std::move(provider); }
  Result<StoreDeid*> unlock();
  bool isUnlocked() const { return deid_.has_value(); }

  // The open series.
  bool hasSeries() const { return series_.has_value(); }
  const SeriesSummary& series() const { return *series_; }
  const std::shared_ptr<const Volume>& volume() const { return volume_; }
  const std::vector<ImageMeasurement>& measurements() const { return measurements_; }
  // After a load: makes the series current and reads its measurements (the labels and
  // their edits belong to AnnotationSession, which follows seriesOpened).
  Status setOpenSeries(const SeriesSummary& series, std::shared_ptr<const Volume> volume);
  void closeSeries();

  // Measurements: each change is saved at once and is one undoable step.
  Result<qint64> addMeasurement(ImageMeasurement measurement);
  Status deleteMeasurement(qint64 id);
  Status relabelMeasurement(qint64 id, const QString& label);
  const ImageMeasurement* measurement(qint64 id) const;

  EditHistory* history() const { return history_; }
  // Who is working (recorded with edits): the login name.
  static QString reader();

signals:
  void storeOpened();
  void seriesOpened();
  void seriesClosed();
  void measurementsChanged();

private:
  friend class MeasurementStep;
  Result<qint64> storeMeasurement(const ImageMeasurement& m);
  Status removeMeasurement(qint64 id);

  std::optional<CaseStore> store_;
  std::vector<AbandonedScratch> removedScratch_;
  std::optional<StoreDeid> deid_;
  PassphraseProvider passphraseProvider_;
  std::optional<SeriesSummary> series_;
  std::shared_ptr<const Volume> volume_;
  std::vector<ImageMeasurement> measurements_;
  EditHistory* history_;
};

}  // namespace rc
