#pragma once
// The PACS window: pick or edit a node, echo it, search its studies, retrieve the chosen ones
// into the store, send the open series. Shows what PacsController reports; no logic of its own.

#include "pacs/NodeBook.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace rc {

class PacsController;

class PacsDialog : public QDialog {
  Q_OBJECT

public:
  PacsDialog(PacsController* controller, QWidget* parent = nullptr);

  // For tests: the search fields and the results.
  QLineEdit* patientIdField() const { return patientId_; }
  QTableWidget* results() const { return results_; }
  QComboBox* nodes() const { return nodes_; }

private:
  void showNode(const QString& name);
  std::optional<pacs::SavedNode> nodeFromFields();
  void saveNode();
  void removeNode();
  void saveOwnSettings();
  void search();
  void retrieveChosen();

  PacsController* controller_;
  QComboBox* nodes_;
  QLineEdit *name_, *aeTitle_, *host_, *tlsTrusted_, *ourAeTitle_;
  QSpinBox *port_, *ourPort_;
  QCheckBox *tls_, *withLabels_;
  QRadioButton *byGet_, *byMove_;
  QLineEdit *patientId_, *patientName_, *dateFrom_, *dateTo_, *modality_, *accession_;
  QTableWidget* results_;
  QLabel* status_;
};

}  // namespace rc
