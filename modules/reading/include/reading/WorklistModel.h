#pragma once
// The worklist of a project as a table views bind to: one row per reading (a case and one of
// its readers; a case nobody reads yet, or an excluded one, is one row without a reader).
// Filters (status, reader, category, modality, study date range, patient code search), sort
// by any column, counts per status, and the next/previous row to open. Holds no store: the
// rows come from ReadingStudy::worklist, so a reader's list holds only their own readings.
//
// Made for 10,000 cases: filtering and sorting work on a vector of row indices, never on
// copies of rows; a model reset per change, which views handle in one pass.

#include "storage/ReadingStore.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace rc {

struct WorklistRow {
  const CaseRecord* caseRecord = nullptr;
  QString reader;  // empty: nobody reads the case yet (or it is excluded)
  QString status;  // the reading's status; "new" or "excluded" for a case
  QString reason;  // of a return or an exclusion
};

struct WorklistFilter {
  QString status, reader, category, modality;
  QString search;         // part of the patient code (case-insensitive)
  QString from, to;       // study dates YYYYMMDD (inclusive), empty: open
  bool operator==(const WorklistFilter& o) const {
    return status == o.status && reader == o.reader && category == o.category && modality == o.modality && search == o.search &&
           from == o.from && to == o.to;
  }
};

class WorklistModel : public QAbstractTableModel {
  Q_OBJECT

public:
  // Who and how far first: the dock is narrow.
  enum Column { Patient, Reader, Status, Modality, StudyDate, Series, Category, Reason, ColumnCount };
  enum Role { SeriesUidRole = Qt::UserRole + 1, ReaderRole, StatusRole };

  explicit WorklistModel(QObject* parent = nullptr);

  void setCases(std::vector<CaseRecord> cases);
  const std::vector<CaseRecord>& cases() const { return cases_; }

  void setFilter(const WorklistFilter& filter);
  const WorklistFilter& filter() const { return filter_; }
  // Readings per status, over every row (not only the filtered ones).
  std::map<QString, int> countsByStatus() const;
  // Distinct values of a column over every row, for the filter choices.
  QStringList valuesOf(Column column) const;

  const WorklistRow& rowAt(int row) const { return rows_[shown_[size_t(row)]]; }
  // The row of (series, reader), -1 when it is not shown.
  int rowOf(const QString& seriesUid, const QString& reader) const;
  // The shown row after / before `row` (wraps at neither end: -1).
  int nextRow(int row, int delta) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
  QString text(const WorklistRow& row, int column) const;
  void refilter();

  std::vector<CaseRecord> cases_;
  std::vector<WorklistRow> rows_;
  std::vector<size_t> shown_;
  WorklistFilter filter_;
  int sortColumn_ = Patient;
  Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace rc
