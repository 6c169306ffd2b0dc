#include "ImportController.h"

#include "TaskPanel.h"
#include "session/Session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc {

void ImportController::chooseFolder() {
  if (!context_.session->hasStore()) {
    context_.showError(tr("No case store"), tr("Open a case store first."));
    return;
  }
  const QString folder = QFileDialog::getExistingDirectory(context_.window, tr("Import folder or medium"));
  if (!folder.isEmpty()) importPaths({folder});
}

void ImportController::importPaths(const QStringList& paths) {
  if (!context_.session->hasStore() || context_.tasks->isBusy()) return;
  // De-identification issues patient codes from the correspondence table: unlock it first.
  const auto deid = context_.session->unlock();
  if (!deid) {
    if (!deid.cancelled()) context_.showError(tr("Correspondence table"), deid.error());
    return;
  }
  const CaseStore store = *context_.session->store();
  const auto profile = deid.value()->profile;
  CorrespondenceTable* table = deid.value()->table.get();
  context_.tasks->run<ImportReport>(
      tr("Importing…"),
      [store, profile, table, paths](Progress& progress) { return Importer(store, profile, table).run(paths, progress); },
      [this](ImportReport report) {
        emit finished(report);  // the window lists the new series first
        context_.showStatus(report.summaryLine());
        showReport(report);
      });
}

void ImportController::showReport(const ImportReport& report) {
  if (!context_.interactive() || report.issues.empty()) return;
  auto* dialog = new QDialog(context_.window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Import report"));
  dialog->resize(900, 420);
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(new QLabel(report.summaryLine(), dialog));
  auto* table = new QTableWidget(int(report.issues.size()), 3, dialog);
  table->setHorizontalHeaderLabels({tr("Result"), tr("File"), tr("Reason")});
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int row = 0; row < int(report.issues.size()); ++row) {
    const ImportIssue& issue = report.issues[size_t(row)];
    table->setItem(row, 0, new QTableWidgetItem(issue.kind == ImportIssue::Kind::Error ? tr("Error") : tr("Skipped")));
    table->setItem(row, 1, new QTableWidgetItem(issue.path));
    table->setItem(row, 2, new QTableWidgetItem(issue.reason));
  }
  table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  table->resizeColumnToContents(0);
  layout->addWidget(table);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
  layout->addWidget(buttons);
  dialog->show();
}

}  // namespace rc
