#include "reading/WorklistModel.h"

#include "reading/ReadingStudy.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace rc {

namespace {

struct WorklistTr {
  Q_DECLARE_TR_FUNCTIONS(WorklistModel)
};

// Statuses sort in the order a reading goes through them, not alphabetically.
int statusRank(const QString& status) {
  static const QStringList order = reading::statusOrder();
  const int i = int(order.indexOf(status));
  return i < 0 ? int(order.size()) : i;
}

}  // namespace

WorklistModel::WorklistModel(QObject* parent) : QAbstractTableModel(parent) {}

void WorklistModel::setCases(std::vector<CaseRecord> cases) {
  beginResetModel();
  cases_ = std::move(cases);
  rows_.clear();
  rows_.reserve(cases_.size() * 2);
  for (const CaseRecord& c : cases_) {
    if (!c.excludedReason.isEmpty()) {
      rows_.push_back({&c, QString(), QStringLiteral("excluded"), c.excludedReason});
    } else if (c.assignments.empty()) {
      rows_.push_back({&c, QString(), QStringLiteral("new"), QString()});
    } else {
      for (const AssignmentRecord& a : c.assignments) rows_.push_back({&c, a.reader, a.status, a.reason});
    }
  }
  refilter();
  endResetModel();
}

void WorklistModel::setFilter(const WorklistFilter& filter) {
  if (filter == filter_) return;
  beginResetModel();
  filter_ = filter;
  refilter();
  endResetModel();
}

void WorklistModel::refilter() {
  shown_.clear();
  shown_.reserve(rows_.size());
  const WorklistFilter& f = filter_;
  for (size_t i = 0; i < rows_.size(); ++i) {
    const WorklistRow& r = rows_[i];
    const CaseRecord& c = *r.caseRecord;
    if ((!f.status.isEmpty() && r.status != f.status) || (!f.reader.isEmpty() && r.reader != f.reader) ||
        (!f.category.isEmpty() && c.category != f.category) || (!f.modality.isEmpty() && c.modality != f.modality) ||
        (!f.from.isEmpty() && c.studyDate < f.from) || (!f.to.isEmpty() && c.studyDate > f.to) ||
        (!f.search.isEmpty() && !c.patientCode.contains(f.search, Qt::CaseInsensitive)))
      continue;
    shown_.push_back(i);
  }
  // Stable: rows equal in the sorted column keep the store's order (patient, date, series).
  const int column = sortColumn_;
  const bool descending = sortOrder_ == Qt::DescendingOrder;
  std::stable_sort(shown_.begin(), shown_.end(), [&](size_t a, size_t b) {
    const WorklistRow& ra = rows_[a];
    const WorklistRow& rb = rows_[b];
    int order = 0;
    if (column == Status) order = statusRank(ra.status) - statusRank(rb.status);
    else order = text(ra, column).compare(text(rb, column));
    return descending ? order > 0 : order < 0;
  });
}

std::map<QString, int> WorklistModel::countsByStatus() const {
  std::map<QString, int> counts;
  for (const WorklistRow& r : rows_) ++counts[r.status];
  return counts;
}

QStringList WorklistModel::valuesOf(Column column) const {
  std::set<QString> values;
  for (const WorklistRow& r : rows_)
    if (const QString t = column == Status ? r.status : text(r, column); !t.isEmpty()) values.insert(t);
  QStringList out(values.begin(), values.end());
  if (column == Status) std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return statusRank(a) < statusRank(b); });
  return out;
}

int WorklistModel::rowOf(const QString& seriesUid, const QString& reader) const {
  for (size_t i = 0; i < shown_.size(); ++i) {
    const WorklistRow& r = rows_[shown_[i]];
    if (r.caseRecord->seriesUid == seriesUid && r.reader == reader) return int(i);
  }
  return -1;
}

int WorklistModel::nextRow(int row, int delta) const {
  const int next = row + delta;
  return next >= 0 && next < int(shown_.size()) ? next : -1;
}

int WorklistModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(shown_.size()); }
int WorklistModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString WorklistModel::text(const WorklistRow& r, int column) const {
  const CaseRecord& c = *r.caseRecord;
  switch (column) {
    case Patient: return c.patientCode;
    case Modality: return c.modality;
    case StudyDate: return c.studyDate;
    case Series: return c.seriesDescription.isEmpty() ? c.seriesUid : c.seriesDescription;
    case Category: return c.category;
    case Reader: return r.reader;
    case Status: return r.status;
    case Reason: return r.reason;
    default: return QString();
  }
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= int(shown_.size())) return {};
  const WorklistRow& r = rows_[shown_[size_t(index.row())]];
  switch (role) {
    case Qt::DisplayRole:
      if (index.column() == Status) return reading::statusText(r.status);
      if (index.column() == StudyDate && r.caseRecord->studyDate.size() == 8)
        return QStringLiteral("%1-%2-%3").arg(r.caseRecord->studyDate.left(4), r.caseRecord->studyDate.mid(4, 2), r.caseRecord->studyDate.right(2));
      return text(r, index.column());
    case Qt::ToolTipRole: return index.column() == Series ? r.caseRecord->seriesUid : QVariant();
    case SeriesUidRole: return r.caseRecord->seriesUid;
    case ReaderRole: return r.reader;
    case StatusRole: return r.status;
    default: return {};
  }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Patient: return WorklistTr::tr("Patient");
    case Modality: return WorklistTr::tr("Modality");
    case StudyDate: return WorklistTr::tr("Date");
    case Series: return WorklistTr::tr("Series");
    case Category: return WorklistTr::tr("Category");
    case Reader: return WorklistTr::tr("Reader");
    case Status: return WorklistTr::tr("Status");
    case Reason: return WorklistTr::tr("Comment");
    default: return {};
  }
}

void WorklistModel::sort(int column, Qt::SortOrder order) {
  beginResetModel();
  sortColumn_ = column;
  sortOrder_ = order;
  refilter();
  endResetModel();
}

}  // namespace rc
