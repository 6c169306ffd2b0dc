#include "ExportController.h"

#include "ExportDatasetDialog.h"
#include "TaskPanel.h"
#include "session/Session.h"

#include <QMessageBox>

namespace rc {

void ExportController::choose() {
  if (!context_.session->hasStore()) {
    context_.showError(tr("No case store"), tr("Open a case store first."));
    return;
  }
  CaseDatabase db(*context_.session->store());
  const auto series = db.listSeries();
  if (!series || series->empty()) {
    context_.showError(tr("Export dataset"), series ? tr("The store holds no cases.") : series.error());
    return;
  }
  QStringList codes;
  for (const SeriesSummary& s : series.value())
    if (!codes.contains(s.patientCode)) codes << s.patientCode;
  ExportDatasetDialog dialog(codes, context_.window);
  if (dialog.exec() != QDialog::Accepted) return;
  exportDataset(dialog.outputPath(), dialog.options());
}

void ExportController::exportDataset(const QString& outputPath, DatasetExportOptions options) {
  if (!context_.session->hasStore() || context_.tasks->isBusy()) {
    emit finished(false, tr("busy"));
    return;
  }
  // Every file is scanned for the patients' identifiers: that needs the correspondence table.
  const auto deid = context_.session->unlock();
  if (!deid) {
    if (!deid.cancelled()) context_.showError(tr("Correspondence table"), deid.error());
    emit finished(false, deid.error());
    return;
  }
  options.table = deid.value()->table.get();
  options.profile = deid.value()->profile.get();
  options.actor = Session::reader();
  const CaseStore store = *context_.session->store();
  context_.tasks->run<Result<DatasetExport>>(
      tr("Exporting the dataset…"),
      [store, outputPath, options](Progress& progress) { return rc::exportDataset(store, outputPath, options, progress); },
      [this](Result<DatasetExport> exported) {
        if (!exported) {
          if (exported.cancelled()) context_.showStatus(tr("Export cancelled; nothing was handed over"));
          else context_.showError(tr("Export dataset"), exported.error());
          emit finished(false, exported.error());
          return;
        }
        QString message = tr("%1: %2 patients, %3 studies, %4 series, %5 DICOM files; recorded as export %6.")
                              .arg(exported->path)
                              .arg(exported->patients)
                              .arg(exported->studies)
                              .arg(exported->series)
                              .arg(exported->files)
                              .arg(exported->exportId);
        if (!exported->missing.empty())
          message += QLatin1Char('\n') + tr("The case sheet is marked incomplete: %n required cell(s) are empty.", nullptr, int(exported->missing.size()));
        if (!exported->labelsLeftOut.isEmpty())
          message += QLatin1Char('\n') + tr("Left out of the measurement reports (also listed in the README):") + QLatin1Char('\n') +
                     exported->labelsLeftOut.join(QLatin1Char('\n'));
        context_.showStatus(message.section(QLatin1Char('\n'), 0, 0));
        if (context_.interactive()) QMessageBox::information(context_.window, tr("Export dataset"), message);
        emit finished(true, message);
      });
}

}  // namespace rc
