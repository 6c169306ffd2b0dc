#include "pacs/Retrieve.h"

#include "PacsTr.h"
#include "deid/CorrespondenceTable.h"
#include "storage/ScratchSpace.h"

#include <QFileInfo>

namespace rc::pacs {

namespace {

void add(ImportReport& sum, const ImportReport& r) {
  sum.filesFound += r.filesFound;
  sum.filesImported += r.filesImported;
  sum.seriesImported += r.seriesImported;
  sum.alreadyPresent += r.alreadyPresent;
  sum.skipped += r.skipped;
  sum.errors += r.errors;
  sum.burnedInFlagged += r.burnedInFlagged;
  sum.newPatients += r.newPatients;
  sum.cancelled = sum.cancelled || r.cancelled;
  sum.issues.insert(sum.issues.end(), r.issues.begin(), r.issues.end());
  sum.importedSeriesUids << r.importedSeriesUids;
}

// The series the request names, each with its study.
Result<std::vector<Match>> seriesToRetrieve(const Node& node, const Connection& connection, const RetrieveRequest& request) {
  Query q;
  q.level = Level::Series;
  q.studyUid = request.studyUid;
  q.seriesUid = request.seriesUid;
  if (q.studyUid.isEmpty()) {
    // A series alone: most nodes (Orthanc among them) answer a series query whose study is
    // left open; a strictly hierarchical node needs the study, so its studies are tried.
    if (auto direct = find(node, connection, q); direct && !direct->empty()) return direct;
    const auto studies = find(node, connection, Query{Level::Study});
    if (!studies) return fail(studies.error());
    for (const Match& study : studies.value()) {
      q.studyUid = study.studyUid;
      auto series = find(node, connection, q);
      if (!series) return fail(series.error());
      if (!series->empty()) return series;
    }
    return fail(PacsTr::tr("%1: series %2 is not on the node").arg(node.text(), request.seriesUid));
  }
  auto series = find(node, connection, q);
  if (!series) return fail(series.error());
  if (series->empty())
    return fail(request.seriesUid.isEmpty() ? PacsTr::tr("%1: study %2 is not on the node").arg(node.text(), request.studyUid)
                                            : PacsTr::tr("%1: series %2 is not on the node").arg(node.text(), request.seriesUid));
  return series;
}

}  // namespace

QString RetrieveReport::summaryLine() const {
  return QStringLiteral("retrieved %1 of %2 series complete, %3 instances received, %4 already stored, %5 failed; %6")
      .arg(seriesComplete)
      .arg(seriesFound)
      .arg(instancesReceived)
      .arg(instancesAlreadyStored)
      .arg(failedInstances.size())
      .arg(imported.summaryLine());
}

void RetrieveReport::add(const RetrieveReport& o) {
  seriesFound += o.seriesFound;
  seriesComplete += o.seriesComplete;
  instancesOnNode += o.instancesOnNode;
  instancesAlreadyStored += o.instancesAlreadyStored;
  instancesReceived += o.instancesReceived;
  failedInstances << o.failedInstances;
  if (!o.problem.isEmpty()) failedInstances << o.problem;
  cancelled = cancelled || o.cancelled;
  rc::pacs::add(imported, o.imported);
}

RetrieveReport retrieveIntoStore(const Node& node, const Connection& connection, const RetrieveRequest& request, const CaseStore& store,
                                 Importer& importer, const CorrespondenceTable& table, const DeidProfile& profile, Progress& progress) {
  RetrieveReport report;
  if (request.studyUid.isEmpty() == request.seriesUid.isEmpty() && request.studyUid.isEmpty()) {
    report.problem = PacsTr::tr("name the study or the series to retrieve");
    return report;
  }
  std::unique_ptr<StorageReceiver> receiver;
  if (request.method == RetrieveRequest::Method::Move) {
    receiver = std::make_unique<StorageReceiver>(request.moveAeTitle, request.movePort);
    if (const Status started = receiver->start(); !started) {
      report.problem = started.error();
      return report;
    }
  }
  const auto series = seriesToRetrieve(node, connection, request);
  if (!series) {
    report.problem = series.error();
    return report;
  }
  report.seriesFound = int(series->size());
  const bool retainUids = profile.has(DeidOption::RetainUids);
  const auto storedUid = [&](const QString& original) { return retainUids ? original : mapUid(table.secret(), original); };
  CaseDatabase db(store);

  for (std::size_t i = 0; i < series->size() && !progress.cancelled(); ++i) {
    const Match& s = series->at(i);
    progress.report(qint64(i), qint64(series->size()), PacsTr::tr("Series %1 of %2").arg(i + 1).arg(series->size()));
    // Which instances the node has, and which of them the store lacks.
    Query images;
    images.level = Level::Image;
    images.studyUid = s.studyUid;
    images.seriesUid = s.seriesUid;
    const auto onNode = find(node, connection, images);
    if (!onNode) {
      report.failedInstances << QStringLiteral("%1: %2").arg(s.seriesUid, onNode.error());
      continue;
    }
    report.instancesOnNode += int(onNode->size());
    RetrieveTarget target;
    target.studyUid = s.studyUid;
    target.seriesUid = s.seriesUid;
    for (const Match& m : onNode.value()) {
      const auto has = db.hasInstance(storedUid(m.sopInstanceUid));
      if (!has) {
        report.problem = has.error();
        return report;
      }
      if (has.value()) ++report.instancesAlreadyStored;
      else target.sopInstanceUids << m.sopInstanceUid;
      if (!m.sopClassUid.isEmpty()) target.sopClassUids << m.sopClassUid;
    }
    if (target.sopInstanceUids.isEmpty()) {
      ++report.seriesComplete;
      continue;
    }
    // The whole series when nothing of it is stored; otherwise only what is missing.
    if (int(target.sopInstanceUids.size()) == int(onNode->size())) target.sopInstanceUids.clear();
    const QStringList wanted = target.sopInstanceUids.isEmpty() ? [&] {
      QStringList all;
      for (const Match& m : onNode.value()) all << m.sopInstanceUid;
      return all;
    }() : target.sopInstanceUids;

    auto scratch = ScratchFolder::create(store, QStringLiteral("pacs-retrieve"));
    if (!scratch) {
      report.problem = scratch.error();
      return report;
    }
    const Retrieved got = receiver ? moveInto(node, connection, target, *receiver, scratch->path(), progress)
                                   : getInto(node, connection, target, scratch->path(), progress);
    report.instancesReceived += int(got.files.size());
    if (got.cancelled) report.cancelled = true;
    for (const QString& uid : got.failedInstances)
      report.failedInstances << QStringLiteral("%1: %2: %3").arg(s.seriesUid, uid, PacsTr::tr("the node could not send it"));
    if (!got.problem.isEmpty() && got.files.isEmpty()) {
      report.failedInstances << QStringLiteral("%1: %2").arg(s.seriesUid, got.problem);
      continue;
    }
    // What arrived is filed now, in one transaction per series (also after a partial
    // retrieve: what came whole is kept, the retry asks only for the rest).
    if (!got.files.isEmpty()) {
      ImportReport imported = importer.run(QStringList{scratch->path()}, progress);
      for (ImportIssue& issue : imported.issues) issue.path = QStringLiteral("%1: %2").arg(s.seriesUid, QFileInfo(issue.path).completeBaseName().section(QLatin1Char('_'), 1));
      add(report.imported, imported);
      if (imported.cancelled) report.cancelled = true;
    }
    // Complete when every instance the node listed is in the store now.
    int missing = 0;
    QStringList notFiled;
    for (const QString& uid : wanted) {
      const auto has = db.hasInstance(storedUid(uid));
      if (has && has.value()) continue;
      ++missing;
      if (!got.failedInstances.contains(uid)) notFiled << uid;
    }
    if (missing == 0) ++report.seriesComplete;
    else if (!got.problem.isEmpty())
      report.failedInstances << QStringLiteral("%1: %2").arg(s.seriesUid, got.problem);
    for (const QString& uid : notFiled)
      if (!report.cancelled && got.problem.isEmpty() &&
          std::none_of(report.imported.issues.begin(), report.imported.issues.end(), [&](const ImportIssue& i) { return i.path.endsWith(uid); }))
        report.failedInstances << QStringLiteral("%1: %2: %3").arg(s.seriesUid, uid, PacsTr::tr("not received"));
  }
  if (progress.cancelled()) report.cancelled = true;
  progress.report(qint64(series->size()), qint64(series->size()), QString());
  return report;
}

}  // namespace rc::pacs
