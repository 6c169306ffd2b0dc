#pragma once
// A study's reports for review: the list on the left, the chosen report's findings and
// impression on the right with every replacement highlighted (its reason on hover), a hand
// edit, and the confirmation (a reviewer's; only confirmed reports are exported).

#include "reports/ReportReview.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextEdit;

namespace rc {

class ReportReviewDialog : public QDialog {
  Q_OBJECT
public:
  ReportReviewDialog(ReportReview review, QString actor, bool mayConfirm, QWidget* parent = nullptr);
  QListWidget* list() const { return list_; }
  QTextEdit* findings() const { return findings_; }
  QPushButton* confirmButton() const { return confirm_; }
  QPushButton* editButton() const { return edit_; }
  const ReportReview& review() const { return review_; }

private:
  void showReport(int row);
  void refreshList();
  void toggleEdit();
  void confirmShown();

  ReportReview review_;
  QString actor_;
  bool mayConfirm_;
  bool editing_ = false;
  QListWidget* list_;
  QTextEdit* findings_;
  QTextEdit* impression_;
  QLabel* summary_;
  QPushButton* edit_;
  QPushButton* confirm_;
};

}  // namespace rc
