#include "StudyBrowser.h"

#include "core/PersonName.h"

#include <QColor>
#include <QDate>
#include <QHeaderView>
#include <QMap>

namespace rc {

namespace {

constexpr int kSeriesIndexRole = Qt::UserRole + 1;
constexpr int kPatientCodeRole = Qt::UserRole + 2;

QString displayDate(const QString& dicomDate) {
  const QDate d = QDate::fromString(dicomDate, QStringLiteral("yyyyMMdd"));
  return d.isValid() ? d.toString(Qt::ISODate) : dicomDate;
}

}  // namespace

QString seriesLabel(const SeriesSummary& s) {
  const QString description = s.seriesDescription.isEmpty() ? StudyBrowser::tr("(no description)") : s.seriesDescription;
  // De-identified descriptions often start with the modality already ("CT series 2").
  if (description.startsWith(s.modality + QLatin1Char(' '))) return description;
  return QStringLiteral("%1 %2").arg(s.modality, description);
}

StudyBrowser::StudyBrowser(QWidget* parent) : QTreeView(parent), model_(new QStandardItemModel(this)) {
  setModel(model_);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setUniformRowHeights(true);
  setAlternatingRowColors(true);
  setContextMenuPolicy(Qt::CustomContextMenu);
  connect(this, &QTreeView::activated, this, [this](const QModelIndex& index) {
    if (const SeriesSummary* s = seriesAt(index)) emit seriesActivated(*s);
  });
  setSeries({});
}

void StudyBrowser::setSeries(const std::vector<SeriesSummary>& series) {
  series_ = series;
  model_->clear();
  model_->setHorizontalHeaderLabels({tr("Patient / study / series"), tr("Modality"), tr("Date"), tr("Images"), tr("Review")});
  QMap<QString, QStandardItem*> patients;
  QMap<QString, QStandardItem*> studies;
  for (size_t i = 0; i < series_.size(); ++i) {
    const SeriesSummary& s = series_[i];
    QStandardItem* patient = patients.value(s.patientCode);
    if (!patient) {
      QString label = s.patientCode;
      const QString name = displayPersonName(s.patientName);
      if (!name.isEmpty() && name != s.patientCode) label += QStringLiteral("  ") + name;
      patient = new QStandardItem(label);
      patient->setToolTip(label);
      patient->setData(s.patientCode, kPatientCodeRole);
      model_->appendRow({patient, new QStandardItem(), new QStandardItem(), new QStandardItem(), new QStandardItem()});
      patients.insert(s.patientCode, patient);
    }
    QStandardItem* study = studies.value(s.studyUid);
    if (!study) {
      study = new QStandardItem(s.studyDescription.isEmpty() ? tr("(study without description)") : s.studyDescription);
      study->setToolTip(s.studyUid);
      patient->appendRow({study, new QStandardItem(), new QStandardItem(displayDate(s.studyDate)), new QStandardItem(),
                          new QStandardItem()});
      studies.insert(s.studyUid, study);
    }
    auto* item = new QStandardItem(s.seriesDescription.isEmpty() ? tr("(no description)") : s.seriesDescription);
    item->setToolTip(s.seriesUid);
    const int images = s.frameCount > s.instanceCount ? s.frameCount : s.instanceCount;
    auto* review = new QStandardItem(s.burnedInPending > 0 ? tr("⚠ %1").arg(s.burnedInPending) : QString());
    if (s.burnedInPending > 0) {
      review->setForeground(QColor(200, 90, 0));
      review->setToolTip(tr("%n image(s) may carry burned-in text: held back from export until each is confirmed "
                            "free of text or masked (right-click the series)", nullptr, s.burnedInPending));
    }
    QList<QStandardItem*> row = {item, new QStandardItem(s.modality), new QStandardItem(displayDate(s.studyDate)),
                                 new QStandardItem(QString::number(images)), review};
    for (QStandardItem* cell : row) cell->setData(int(i), kSeriesIndexRole);
    study->appendRow(row);
  }
  expandAll();
  // The patient code first and whole (a narrow dock scrolls sideways rather than squeeze it
  // out of sight); the last column takes what is left.
  header()->setStretchLastSection(true);
  for (int c = 0; c < 4; ++c) header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

const SeriesSummary* StudyBrowser::seriesAt(const QModelIndex& index) const {
  const QVariant v = index.data(kSeriesIndexRole);
  if (!v.isValid()) return nullptr;
  const int i = v.toInt();
  return i >= 0 && i < int(series_.size()) ? &series_[size_t(i)] : nullptr;
}

QString StudyBrowser::patientCodeAt(const QModelIndex& index) const {
  return index.siblingAtColumn(0).data(kPatientCodeRole).toString();
}

void StudyBrowser::selectSeries(const QString& seriesUid) {
  for (int p = 0; p < model_->rowCount(); ++p) {
    QStandardItem* patient = model_->item(p);
    for (int s = 0; s < patient->rowCount(); ++s) {
      QStandardItem* study = patient->child(s);
      for (int r = 0; r < study->rowCount(); ++r) {
        QStandardItem* item = study->child(r);
        const SeriesSummary* summary = seriesAt(item->index());
        if (summary && summary->seriesUid == seriesUid) {
          setCurrentIndex(item->index());
          return;
        }
      }
    }
  }
}

}  // namespace rc
