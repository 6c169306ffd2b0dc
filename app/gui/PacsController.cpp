#include "PacsController.h"

#include "PacsDialog.h"
#include "TaskPanel.h"
#include "core/LoginName.h"
#include "deid/CorrespondenceTable.h"
#include "reports/ReportsWithImages.h"
#include "reports/ReportImport.h"
#include "session/Session.h"

#include <QPointer>
#include <QSettings>

namespace rc {

namespace {
const QString kSettingsKey = QStringLiteral("pacs/nodes");
}

PacsController::PacsController(WindowContext context, QObject* parent) : QObject(parent), context_(std::move(context)) {
  const QByteArray saved = QSettings().value(kSettingsKey).toByteArray();
  if (saved.isEmpty()) return;
  auto book = pacs::NodeBook::fromJson(saved);
  if (book) book_ = std::move(book).value();
  else context_.showStatus(book.error());  // start with no nodes rather than stop the window
}

Status PacsController::saveBook(const pacs::NodeBook& book) {
  QSettings settings;
  settings.setValue(kSettingsKey, book.toJson());
  settings.sync();
  if (settings.status() != QSettings::NoError) return fail(tr("the DICOM node settings could not be saved"));
  book_ = book;
  return {};
}

void PacsController::openDialog() {
  auto* dialog = new PacsDialog(this, context_.window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

void PacsController::echo(const pacs::SavedNode& node) {
  if (context_.tasks->isBusy()) return;
  const pacs::Connection connection = book_.connectionTo(node);
  context_.tasks->run<QString>(
      tr("Echo %1…").arg(node.name), [node, connection](Progress&) {
        const Status ok = pacs::echo(node.node, connection);
        return ok ? QString() : ok.error();
      },
      [this, name = node.name](QString problem) {
        context_.showStatus(problem.isEmpty() ? tr("%1 answers (C-ECHO)").arg(name) : problem);
        emit echoed(name, problem);
      });
}

void PacsController::find(const pacs::SavedNode& node, const pacs::Query& query) {
  if (context_.tasks->isBusy()) return;
  const pacs::Connection connection = book_.connectionTo(node);
  context_.tasks->run<Result<std::vector<pacs::Match>>>(
      tr("Searching %1…").arg(node.name), [node, connection, query](Progress&) { return pacs::find(node.node, connection, query); },
      [this](Result<std::vector<pacs::Match>> matches) {
        if (!matches) {
          context_.showStatus(matches.error());
          emit found({}, matches.error());
          return;
        }
        context_.showStatus(tr("%n stud(ies) found", nullptr, int(matches->size())));
        emit found(matches.value(), QString());
      });
}

void PacsController::retrieve(const pacs::SavedNode& node, const QStringList& studyUids) {
  if (!context_.session->hasStore() || context_.tasks->isBusy() || studyUids.isEmpty()) return;
  // What arrives is de-identified with the correspondence table: unlock it first.
  StoreDeid* deid = unlockStoreDeid(context_);
  if (!deid) return;
  const CaseStore store = *context_.session->store();
  const auto profile = deid->profile;
  CorrespondenceTable* table = deid->table.get();
  const pacs::Connection connection = book_.connectionTo(node);
  pacs::RetrieveRequest request;
  request.method = book_.retrieveByMove ? pacs::RetrieveRequest::Method::Move : pacs::RetrieveRequest::Method::Get;
  request.moveAeTitle = book_.ourAeTitle;
  request.movePort = book_.ourPort;
  const QString actor = loginName();
  context_.tasks->run<pacs::RetrieveReport>(
      tr("Retrieving from %1…").arg(node.name),
      [store, profile, table, connection, request, node, studyUids, actor](Progress& progress) {
        Importer importer(store, profile, table);
        importer.setReportTextCleaner(reportTextCleaner(reportScrubSettings(store, *profile), *table));
        pacs::RetrieveRequest all = request;
        all.studyUids = studyUids;
        pacs::RetrieveReport report = pacs::retrieveIntoStore(node.node, connection, all, store, importer, *table, *profile, progress);
        reportsFromImportedSrs(store, report.imported.importedSeriesUids, actor);
        return report;
      },
      [this](pacs::RetrieveReport report) {
        context_.showStatus(report.cancelled ? tr("Retrieve cancelled: what arrived whole is filed; retrieve again for the rest")
                                             : report.summaryLine());
        emit retrieved(report);
      });
}

void PacsController::sendOpenSeries(const pacs::SavedNode& node, bool withLabels) {
  if (!context_.session->hasStore() || !context_.session->hasSeries() || context_.tasks->isBusy()) {
    context_.showError(tr("Send"), tr("Open the series to send first."));
    return;
  }
  StoreDeid* deid = unlockStoreDeid(context_);
  if (!deid) return;
  const CaseStore store = *context_.session->store();
  const auto profile = deid->profile;
  const CorrespondenceTable* table = deid->table.get();
  const pacs::Connection connection = book_.connectionTo(node);
  pacs::SendRequest request;
  request.seriesUids = {context_.session->series().seriesUid};
  request.withLabels = withLabels;
  request.actor = loginName();
  context_.tasks->run<pacs::SendReport>(
      tr("Sending to %1…").arg(node.name),
      [store, profile, table, connection, request, node](Progress& progress) mutable {
        request.table = table;
        request.profile = profile.get();
        return pacs::sendSeries(node.node, connection, store, request, progress);
      },
      [this, name = node.name](pacs::SendReport report) {
        if (!report.problem.isEmpty()) context_.showError(tr("Send"), report.problem);
        else context_.showStatus(tr("Sent %1 of %2 files to %3").arg(report.sent).arg(report.files).arg(name));
        emit sent(report);
      });
}

}  // namespace rc
