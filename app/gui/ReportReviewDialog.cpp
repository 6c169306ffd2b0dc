#include "ReportReviewDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

#include <map>

namespace rc {

namespace {

// The text with its replacements marked (a highlight, the reason as the tooltip).
void showText(QTextEdit* edit, const QString& text, const std::vector<ReportHighlight>& highlights, const QString& field) {
  edit->setPlainText(text);
  QList<QTextEdit::ExtraSelection> marks;
  for (const ReportHighlight& h : highlights) {
    if (h.field != field) continue;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(edit->document());
    mark.cursor.setPosition(h.start);
    mark.cursor.setPosition(h.start + h.length, QTextCursor::KeepAnchor);
    mark.format.setBackground(QColor(255, 214, 102));
    mark.format.setToolTip(h.reason);
    marks << mark;
  }
  edit->setExtraSelections(marks);
}

}  // namespace

ReportReviewDialog::ReportReviewDialog(ReportReview review, QString actor, bool mayConfirm, QWidget* parent)
    : QDialog(parent), review_(std::move(review)), actor_(std::move(actor)), mayConfirm_(mayConfirm) {
  setWindowTitle(tr("Reports of the study"));
  resize(1000, 560);
  auto* layout = new QVBoxLayout(this);
  auto* split = new QSplitter(this);
  list_ = new QListWidget(split);
  auto* right = new QWidget(split);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  summary_ = new QLabel(right);
  summary_->setWordWrap(true);
  rightLayout->addWidget(summary_);
  rightLayout->addWidget(new QLabel(tr("Findings"), right));
  findings_ = new QTextEdit(right);
  rightLayout->addWidget(findings_, 3);
  rightLayout->addWidget(new QLabel(tr("Impression"), right));
  impression_ = new QTextEdit(right);
  rightLayout->addWidget(impression_, 1);
  for (QTextEdit* e : {findings_, impression_}) e->setReadOnly(true);
  split->setStretchFactor(1, 3);
  layout->addWidget(split);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  edit_ = buttons->addButton(tr("&Edit"), QDialogButtonBox::ActionRole);
  confirm_ = buttons->addButton(tr("&Confirm"), QDialogButtonBox::ActionRole);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  connect(edit_, &QPushButton::clicked, this, &ReportReviewDialog::toggleEdit);
  connect(confirm_, &QPushButton::clicked, this, &ReportReviewDialog::confirmShown);
  layout->addWidget(buttons);
  connect(list_, &QListWidget::currentRowChanged, this, &ReportReviewDialog::showReport);
  refreshList();
  if (list_->count() > 0) list_->setCurrentRow(0);
  else summary_->setText(tr("No reports of this study. Reports come from the RIS (File > Import reports) or as SR with the images."));
}

void ReportReviewDialog::refreshList() {
  const int row = list_->currentRow();
  const QSignalBlocker block(list_);
  list_->clear();
  for (const ReportRecord& r : review_.reports()) {
    const QString status = r.status == QLatin1String("confirmed") ? tr("confirmed") : tr("draft");
    list_->addItem(QStringLiteral("#%1  %2  %3  %4").arg(r.id).arg(r.reportDate.isEmpty() ? QStringLiteral("-") : r.reportDate,
                                                          r.author.isEmpty() ? QStringLiteral("-") : r.author, status));
  }
  if (row >= 0 && row < list_->count()) list_->setCurrentRow(row);
}

void ReportReviewDialog::showReport(int row) {
  editing_ = false;
  edit_->setText(tr("&Edit"));
  for (QTextEdit* e : {findings_, impression_}) e->setReadOnly(true);
  if (row < 0 || size_t(row) >= review_.reports().size()) return;
  const ReportRecord& r = review_.reports()[size_t(row)];
  const auto highlights = review_.highlights(size_t(row));
  showText(findings_, r.findings, highlights, QStringLiteral("findings"));
  showText(impression_, r.impression, highlights, QStringLiteral("impression"));
  std::map<QString, int> counts;
  for (const ReportHighlight& h : highlights) ++counts[h.kind];
  QStringList parts;
  for (const auto& [kind, n] : counts) parts << QStringLiteral("%1 %2").arg(kind).arg(n);
  summary_->setText(tr("%1 (%2). %n replacement(s) highlighted: %3. %4", nullptr, int(highlights.size()))
                        .arg(r.source, r.status == QLatin1String("confirmed") ? tr("confirmed by %1").arg(r.confirmedBy) : tr("draft: not exported until confirmed"),
                             parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", ")),
                             r.edited ? tr("Edited by hand.") : QString()));
  confirm_->setEnabled(mayConfirm_ && r.status != QLatin1String("confirmed"));
  confirm_->setToolTip(mayConfirm_ ? QString() : tr("Reports are confirmed by a reviewer or data manager"));
}

void ReportReviewDialog::toggleEdit() {
  const int row = list_->currentRow();
  if (row < 0) return;
  if (!editing_) {
    editing_ = true;
    edit_->setText(tr("&Save edit"));
    confirm_->setEnabled(false);
    for (QTextEdit* e : {findings_, impression_}) {
      e->setReadOnly(false);
      e->setExtraSelections({});
    }
    return;
  }
  if (const Status s = review_.edit(size_t(row), findings_->toPlainText(), impression_->toPlainText(), actor_); !s)
    QMessageBox::warning(this, tr("Report"), s.error());
  refreshList();
  showReport(row);
}

void ReportReviewDialog::confirmShown() {
  const int row = list_->currentRow();
  if (row < 0) return;
  if (const Status s = review_.confirm(size_t(row), actor_); !s) QMessageBox::warning(this, tr("Report"), s.error());
  refreshList();
  showReport(row);
}

}  // namespace rc
