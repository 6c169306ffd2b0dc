#pragma once
// The worklist dock: the project, filters (status, reader, category, modality, patient code),
// counts per status, the readings as a table, and the actions of the person acting (open,
// submit; a reviewer's accept, return and consensus; agreement and the audit log). Every
// action goes to the ReadingController; this widget holds no state of its own.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rc {

class ReadingController;

class WorklistPanel : public QWidget {
  Q_OBJECT

public:
  WorklistPanel(ReadingController* controller, QWidget* parent = nullptr);

  QTableView* table() const { return table_; }
  QComboBox* statusFilter() const { return status_; }
  QLineEdit* search() const { return search_; }
  QLabel* counts() const { return counts_; }
  QLabel* balance() const { return balance_; }

signals:
  void failed(const QString& message);
  void agreementRequested();
  void auditRequested();

private:
  void rebuild();
  void applyFilter();
  void openCurrent();
  void updateActions();
  void report(const QString& message);

  ReadingController* controller_;
  QComboBox* project_;
  QComboBox* status_;
  QComboBox* reader_;
  QComboBox* category_;
  QLineEdit* search_;
  QLabel* counts_;
  QLabel* balance_;
  QPushButton* newProject_;
  QPushButton* addCases_;
  QPushButton* assign_;
  QLabel* who_;
  QTableView* table_;
  QPushButton* open_;
  QPushButton* submit_;
  QPushButton* accept_;
  QPushButton* return_;
  QPushButton* correct_;
  QComboBox* modality_;
  QLineEdit* from_;
  QLineEdit* to_;
  QPushButton* consensus_;
  QPushButton* agreement_;
  QPushButton* audit_;
  bool rebuilding_ = false;
};

}  // namespace rc
