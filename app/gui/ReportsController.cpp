#include "ReportsController.h"

#include "DoseDialog.h"
#include "ReportReviewDialog.h"
#include "TaskPanel.h"
#include "core/LoginName.h"
#include "deid/CorrespondenceTable.h"
#include "dose/StudyDose.h"
#include "reports/ReportImport.h"
#include "session/Session.h"

#include <QFileDialog>
#include <QMessageBox>

namespace rc {

QString ReportsController::openStudy() const {
  if (!context_.session->hasStore() || !context_.session->hasSeries()) return QString();
  return context_.session->series().studyUid;
}

void ReportsController::chooseReportFiles() {
  if (!context_.session->hasStore()) {
    context_.showError(tr("Reports"), tr("Open a case store first."));
    return;
  }
  const QStringList files = QFileDialog::getOpenFileNames(context_.window, tr("Import reports from the RIS"), QString(),
                                                          tr("Reports (*.csv *.xlsx *.hl7 *.txt);;All files (*)"));
  if (!files.isEmpty()) importReportFiles(files);
}

void ReportsController::importReportFiles(const QStringList& files) {
  if (!context_.session->hasStore() || context_.tasks->isBusy()) return;
  // Reports are matched and cleaned with the correspondence table: unlock it first.
  StoreDeid* deid = unlockStoreDeid(context_);
  if (!deid) return;
  const CaseStore store = *context_.session->store();
  const auto profile = deid->profile;
  const CorrespondenceTable* table = deid->table.get();
  struct Outcome {
    int stored = 0, already = 0;
    QStringList problems;
  };
  context_.tasks->run<Outcome>(
      tr("Importing reports…"),
      [store, profile, table, files](Progress&) {
        Outcome out;
        const auto scrubber = TextScrubber::create(reportScrubSettings(store, *profile));
        if (!scrubber) {
          out.problems << scrubber.error();
          return out;
        }
        for (const QString& file : files) {
          const auto reports = readReportSource(file, ReportMapping::usual(), &out.problems);
          if (!reports) {
            out.problems << reports.error();
            continue;
          }
          const auto imported = importReports(store, *table, *profile, **scrubber, *reports, loginName());
          if (!imported) {
            out.problems << imported.error();
            continue;
          }
          out.stored += imported->stored;
          out.already += imported->alreadyStored;
          for (const auto& p : imported->unmatched) out.problems << tr("%1: not matched: %2").arg(p.where, p.reason);
          for (const auto& p : imported->refused) out.problems << tr("%1: %2").arg(p.where, p.reason);
        }
        return out;
      },
      [this](Outcome out) {
        context_.showStatus(tr("%n report(s) stored as drafts for review; %1 already stored", nullptr, out.stored).arg(out.already));
        if (!out.problems.isEmpty() && context_.interactive())
          QMessageBox::information(context_.window, tr("Reports"), out.problems.join(QLatin1Char('\n')));
        emit reportsImported(out.stored, out.problems);
      });
}

void ReportsController::showReports() {
  const QString study = openStudy();
  if (study.isEmpty()) {
    context_.showError(tr("Reports"), tr("Open a series of the study first."));
    return;
  }
  auto review = ReportReview::load(*context_.session->store(), study);
  if (!review) {
    context_.showError(tr("Reports"), review.error());
    return;
  }
  const auto [actor, mayConfirm] = actor_();
  auto* dialog = new ReportReviewDialog(std::move(review).value(), actor, mayConfirm, context_.window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

void ReportsController::showDose() {
  const QString study = openStudy();
  if (study.isEmpty()) {
    context_.showError(tr("Radiation dose"), tr("Open a series of the study first."));
    return;
  }
  if (context_.tasks->isBusy()) return;
  // The images' headers are read when there is no dose SR: off the window's thread.
  const CaseStore store = *context_.session->store();
  context_.tasks->run<Result<std::vector<StudyDose>>>(
      tr("Reading the dose…"), [store, study](Progress&) { return storedStudyDose(store, study); },
      [this](Result<std::vector<StudyDose>> dose) {
        if (!dose || dose->empty()) {
          context_.showError(tr("Radiation dose"), dose ? tr("no such study") : dose.error());
          return;
        }
        auto* dialog = new DoseDialog(dose->front(), context_.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        emit doseShown(int(dose->front().events.size()));
      });
}

}  // namespace rc
