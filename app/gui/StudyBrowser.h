#pragma once
// The study/series browser: patients > studies > series from the case store, as a tree.
// Double-clicking (or Enter on) a series asks to open it.

#include "storage/Records.h"

#include <QStandardItemModel>
#include <QTreeView>

#include <vector>

namespace rc {

class StudyBrowser : public QTreeView {
  Q_OBJECT
public:
  explicit StudyBrowser(QWidget* parent = nullptr);

  void setSeries(const std::vector<SeriesSummary>& series);
  int seriesCount() const { return int(series_.size()); }
  const SeriesSummary* seriesAt(const QModelIndex& index) const;
  // Selects the row of `seriesUid` (used when a series is opened programmatically).
  void selectSeries(const QString& seriesUid);
  // The patient code of a patient row, empty for other rows.
  QString patientCodeAt(const QModelIndex& index) const;

signals:
  void seriesActivated(const rc::SeriesSummary& series);

private:
  QStandardItemModel* model_;
  std::vector<SeriesSummary> series_;
};

// "CT  Chest 2.5 mm (120)" style label for a series.
QString seriesLabel(const SeriesSummary& s);

}  // namespace rc
