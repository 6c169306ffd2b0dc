#pragma once
// Windows of a reading study's results: the agreement figures (the project's kappas, ICCs
// and Bland-Altman limits as a table; per-case Dice as bars and a Bland-Altman plot, where
// people would rather look than read) and the audit log (filtered, saved as CSV).

#include "reading/StudyAgreement.h"
#include "storage/ReadingStore.h"

#include <QDialog>

#include <functional>

class QTableWidget;
class QLineEdit;

namespace rc {

class AgreementDialog : public QDialog {
  Q_OBJECT

public:
  AgreementDialog(const QString& project, StudyAgreementReport report, QWidget* parent = nullptr);
  QTableWidget* itemsTable() const { return items_; }

private:
  void saveCsv();
  StudyAgreementReport report_;
  QTableWidget* items_;
};

class AuditLogDialog : public QDialog {
  Q_OBJECT

public:
  using Query = std::function<Result<std::vector<AuditRecord>>(const AuditFilter&)>;
  AuditLogDialog(Query query, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }
  QLineEdit* actorFilter() const { return actor_; }
  Status reload();

private:
  void saveCsv();
  Query query_;
  std::vector<AuditRecord> rows_;
  QTableWidget* table_;
  QLineEdit *actor_, *action_, *patient_, *project_;
};

}  // namespace rc
