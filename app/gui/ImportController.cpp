#include "ImportController.h"

#include "TaskPanel.h"
#include "core/LoginName.h"
#include "reports/ReportImport.h"
#include "reports/ReportsWithImages.h"
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
  StoreDeid* deid = unlockStoreDeid(context_);
  if (!deid) return;
  const CaseStore store = *context_.session->store();
  const auto profile = deid->profile;
  CorrespondenceTable* table = deid->table.get();
  struct Outcome {
    ImportReport report;
    Result<int> reportDrafts = 0;  // reports that came as SR with the images
  };
  const QString actor = loginName();
  context_.tasks->run<Outcome>(
      tr("Importing…"),
      [store, profile, table, paths, actor](Progress& progress) {
        Importer importer(store, profile, table);
        importer.setReportTextCleaner(reportTextCleaner(reportScrubSettings(store, *profile), *table));
        Outcome outcome{importer.run(paths, progress)};
        outcome.reportDrafts = reportsFromImportedSrs(store, outcome.report.importedSeriesUids, actor);
        return outcome;
      },
      [this](Outcome outcome) {
        emit finished(outcome.report);  // the window lists the new series first
        QString status = outcome.report.summaryLine();
        if (!outcome.reportDrafts)
          outcome.report.issues.push_back({ImportIssue::Kind::Error, QString(), tr("the reports that came as SR: %1").arg(outcome.reportDrafts.error())});
        else if (outcome.reportDrafts.value() > 0)
          status += tr("; %n report(s) came as SR: drafts to review (File > Reports of the study)", nullptr, outcome.reportDrafts.value());
        context_.showStatus(status);
        showReport(outcome.report);
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
