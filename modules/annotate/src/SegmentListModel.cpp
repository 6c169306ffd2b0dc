#include "annotate/SegmentListModel.h"

#include "annotate/AnnotationSession.h"
#include "viewmodel/ViewerModel.h"

#include <QLocale>

#include <algorithm>

namespace rc {

namespace {

// Group rows carry id 0; a segment row carries its group's index + 1.
constexpr quintptr kGroupRow = 0;

QString folded(const QString& text) { return text.normalized(QString::NormalizationForm_KC).toCaseFolded(); }

bool japaneseUi() { return QLocale().language() == QLocale::Japanese; }

}  // namespace

SegmentListModel::SegmentListModel(ViewerModel* viewer, AnnotationSession* annotation, QObject* parent)
    : QAbstractItemModel(parent), viewer_(viewer), annotation_(annotation) {
  connect(annotation_, &AnnotationSession::labelsChanged, this, &SegmentListModel::rebuild);
  connect(viewer_, &ViewerModel::labelsChanged, this, &SegmentListModel::rebuild);
  connect(viewer_, &ViewerModel::volumeChanged, this, &SegmentListModel::rebuild);
  // Shown/hidden lives in the viewer (a view setting, not a label edit).
  // (A group's title counts the shown ones, so every role may change.)
  connect(viewer_, &ViewerModel::overlayChanged, this, [this] { emitAllDataChanged({}); });
  rebuild();
}

std::shared_ptr<const LabelSet> SegmentListModel::labels() const {
  return annotation_->labels() ? annotation_->labels() : viewer_->labels();
}

bool SegmentListModel::matches(const Segment& s) const {
  if (filter_.isEmpty()) return true;
  if (QString::number(s.number) == filter_) return true;
  const Vocabulary& vocabulary = annotation_->vocabulary();
  QStringList texts = {s.label, s.type.meaning, s.category.meaning, s.description};
  for (const CodedConcept* code : {&s.type, &s.category})
    if (const VocabularyTerm* term = vocabulary.find(*code)) texts << term->japanese;
  for (const QString& text : texts)
    if (folded(text).contains(filter_)) return true;
  return false;
}

std::vector<SegmentListModel::Group> SegmentListModel::groupsOf(const LabelSet* labels) const {
  std::vector<Group> groups;
  if (!labels) return groups;
  const bool ja = japaneseUi();
  const Vocabulary& vocabulary = annotation_->vocabulary();
  for (const Segment& s : labels->segments) {
    if (!matches(s)) continue;
    auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.category.sameConcept(s.category); });
    if (group == groups.end()) {
      Group g;
      g.category = s.category;
      const VocabularyTerm* term = vocabulary.find(s.category);
      g.title = term ? term->label(ja) : s.category.meaning;
      if (g.title.isEmpty()) g.title = tr("Without a category");
      groups.push_back(std::move(g));
      group = groups.end() - 1;
    }
    group->segments.push_back(s.number);
  }
  return groups;
}

void SegmentListModel::rebuild() {
  const auto current = labels();
  std::vector<Group> groups = groupsOf(current.get());
  const bool sameRows = groups.size() == groups_.size() && std::equal(groups.begin(), groups.end(), groups_.begin(), [](const Group& a, const Group& b) {
                          return a.category.sameConcept(b.category) && a.segments == b.segments;
                        });
  if (sameRows) {  // a rename, a colour, a verification: the view keeps its expanded groups
    groups_ = std::move(groups);
    emitAllDataChanged({});
    return;
  }
  beginResetModel();
  groups_ = std::move(groups);
  endResetModel();
}

void SegmentListModel::emitAllDataChanged(const QList<int>& roles) {
  for (int g = 0; g < int(groups_.size()); ++g) {
    const QModelIndex group = index(g, 0);
    emit dataChanged(group, group, roles);
    if (!groups_[size_t(g)].segments.empty())
      emit dataChanged(index(0, 0, group), index(int(groups_[size_t(g)].segments.size()) - 1, 0, group), roles);
  }
}

void SegmentListModel::setFilterText(const QString& text) {
  const QString f = folded(text.trimmed());
  if (f == filter_) return;
  filter_ = f;
  rebuild();
}

void SegmentListModel::setListedHidden(bool hidden) {
  std::vector<int> numbers;
  for (const Group& g : groups_) numbers.insert(numbers.end(), g.segments.begin(), g.segments.end());
  viewer_->setSegmentsHidden(numbers, hidden);
}

int SegmentListModel::listedSegmentCount() const {
  int n = 0;
  for (const Group& g : groups_) n += int(g.segments.size());
  return n;
}

QString SegmentListModel::groupTitle(int group) const {
  return group >= 0 && group < int(groups_.size()) ? groups_[size_t(group)].title : QString();
}

QModelIndex SegmentListModel::indexOfSegment(int number) const {
  for (int g = 0; g < int(groups_.size()); ++g) {
    const auto& numbers = groups_[size_t(g)].segments;
    const auto it = std::find(numbers.begin(), numbers.end(), number);
    if (it != numbers.end()) return createIndex(int(it - numbers.begin()), 0, quintptr(g + 1));
  }
  return {};
}

int SegmentListModel::segmentAt(const QModelIndex& index) const {
  if (!index.isValid() || index.internalId() == kGroupRow) return 0;
  const Group& g = groups_[size_t(index.internalId() - 1)];
  return index.row() < int(g.segments.size()) ? g.segments[size_t(index.row())] : 0;
}

QModelIndex SegmentListModel::index(int row, int column, const QModelIndex& parent) const {
  if (column != 0 || row < 0) return {};
  if (!parent.isValid()) return row < int(groups_.size()) ? createIndex(row, 0, kGroupRow) : QModelIndex();
  if (parent.internalId() != kGroupRow || parent.row() >= int(groups_.size())) return {};
  if (row >= int(groups_[size_t(parent.row())].segments.size())) return {};
  return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex SegmentListModel::parent(const QModelIndex& child) const {
  if (!child.isValid() || child.internalId() == kGroupRow) return {};
  return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int SegmentListModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return int(groups_.size());
  if (parent.internalId() != kGroupRow || parent.row() >= int(groups_.size())) return 0;
  return int(groups_[size_t(parent.row())].segments.size());
}

int SegmentListModel::columnCount(const QModelIndex&) const { return 1; }

QString SegmentListModel::segmentText(const Segment& s) const {
  QString text = QStringLiteral("%1  %2").arg(s.number).arg(s.label);
  if (!s.verified) text += QLatin1Char(' ') + tr("(unverified)");
  if (s.locked) text += QLatin1Char(' ') + tr("(locked)");
  return text;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const auto current = labels();
  if (index.internalId() == kGroupRow) {
    const Group& g = groups_[size_t(index.row())];
    int shown = 0;
    for (int n : g.segments) shown += viewer_->segmentHidden(n) ? 0 : 1;
    switch (role) {
      case Qt::DisplayRole: return tr("%1 (%2 of %3 shown)").arg(g.title).arg(shown).arg(g.segments.size());
      case Qt::ToolTipRole: return tr("Untick to hide every segment of this group listed here");
      case Qt::CheckStateRole:
        return shown == 0 ? Qt::Unchecked : shown == int(g.segments.size()) ? Qt::Checked : Qt::PartiallyChecked;
      case SegmentNumberRole: return 0;
      default: return {};
    }
  }
  const Segment* s = current ? current->segment(segmentAt(index)) : nullptr;
  if (!s) return {};
  switch (role) {
    case Qt::DisplayRole: return segmentText(*s);
    case Qt::ToolTipRole:
      return tr("%1 / %2, %3").arg(s->category.meaning, s->type.meaning, segmentAlgorithmName(s->algorithm));
    case Qt::CheckStateRole: return viewer_->segmentHidden(s->number) ? Qt::Unchecked : Qt::Checked;
    case SegmentNumberRole: return s->number;
    case ColorRole: return uint(0xff000000u | uint(s->color[0]) << 16 | uint(s->color[1]) << 8 | uint(s->color[2]));
    case VerifiedRole: return s->verified;
    case LockedRole: return s->locked;
    default: return {};
  }
}

bool SegmentListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || role != Qt::CheckStateRole) return false;
  const bool hidden = Qt::CheckState(value.toInt()) == Qt::Unchecked;
  if (index.internalId() == kGroupRow) viewer_->setSegmentsHidden(groups_[size_t(index.row())].segments, hidden);
  else viewer_->setSegmentHidden(segmentAt(index), hidden);
  return true;  // the viewer's overlayChanged updates every check box
}

Qt::ItemFlags SegmentListModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  if (index.internalId() == kGroupRow) return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

}  // namespace rc
