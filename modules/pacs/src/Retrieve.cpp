#include "pacs/Retrieve.h"

#include "PacsTr.h"
#include "deid/CorrespondenceTable.h"
#include "storage/ScratchSpace.h"

#include <QFileInfo>

#include <functional>
#include <future>

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
Result<std::vector<Match>> seriesToRetrieve(const Node& node, const Connection& connection, const QString& studyUid, const QString& seriesUid) {
  Query q;
  q.level = Level::Series;
  q.studyUid = studyUid;
  q.seriesUid = seriesUid;
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
    return fail(PacsTr::tr("%1: series %2 is not on the node").arg(node.text(), seriesUid));
  }
  auto series = find(node, connection, q);
  if (!series) return fail(series.error());
  if (series->empty())
    return fail(seriesUid.isEmpty() ? PacsTr::tr("%1: study %2 is not on the node").arg(node.text(), studyUid)
                                    : PacsTr::tr("%1: series %2 is not on the node").arg(node.text(), seriesUid));
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

namespace {

// What filing one retrieved series gave (made in the filing thread, added to the report in
// the retrieving one).
struct Filed {
  ImportReport imported;
  QStringList failures;
  bool complete = false;
};

// `wanted`: the instances asked for; empty: the whole series, of which the node said it has
// `s.instances` (-1: it did not say).
Filed fileSeries(const Match& s, ScratchFolder scratch, const Retrieved& got, const QStringList& wanted, Importer& importer,
                 const CaseStore& store, const std::function<QString(const QString&)>& storedUid, bool cancelled, Progress& progress) {
  Filed filed;
  // What arrived is filed in one transaction per series (also after a partial retrieve: what
  // came whole is kept, the retry asks only for the rest).
  if (!got.files.isEmpty()) {
    filed.imported = importer.run(QStringList{scratch.path()}, progress);
    for (ImportIssue& issue : filed.imported.issues) {
      const QString instance = receivedInstanceUid(issue.path);
      issue.path = QStringLiteral("%1: %2").arg(s.seriesUid, instance.isEmpty() ? QFileInfo(issue.path).fileName() : instance);
    }
  }
  // Complete when every instance the node listed is in the store now.
  CaseDatabase db(store);
  if (wanted.isEmpty()) {
    const auto stored = db.instancesOfSeries(storedUid(s.seriesUid));
    const int have = stored ? int(stored->size()) : 0;
    const bool explained = !got.failedInstances.isEmpty() || filed.imported.errors > 0 || cancelled;
    filed.complete = s.instances >= 0 ? have >= s.instances : !explained && got.problem.isEmpty();
    if (!filed.complete && !explained && got.problem.isEmpty() && s.instances > have)
      filed.failures << QStringLiteral("%1: %2").arg(s.seriesUid, PacsTr::tr("%1 of %2 instances not received").arg(s.instances - have).arg(s.instances));
    if (!filed.complete && !got.problem.isEmpty()) filed.failures << QStringLiteral("%1: %2").arg(s.seriesUid, got.problem);
    return filed;
  }
  int missing = 0;
  for (const QString& uid : wanted) {
    const auto has = db.hasInstance(storedUid(uid));
    if (has && has.value()) continue;
    ++missing;
    const bool explained = got.failedInstances.contains(uid) ||
                           std::any_of(filed.imported.issues.begin(), filed.imported.issues.end(), [&](const ImportIssue& i) { return i.path.endsWith(uid); });
    if (!explained && !cancelled && got.problem.isEmpty())
      filed.failures << QStringLiteral("%1: %2: %3").arg(s.seriesUid, uid, PacsTr::tr("not received"));
  }
  filed.complete = missing == 0;
  if (!filed.complete && !got.problem.isEmpty()) filed.failures << QStringLiteral("%1: %2").arg(s.seriesUid, got.problem);
  return filed;
}

}  // namespace

RetrieveReport retrieveIntoStore(const Node& node, const Connection& connection, const RetrieveRequest& request, const CaseStore& store,
                                 Importer& importer, const CorrespondenceTable& table, const DeidProfile& profile, Progress& progress) {
  RetrieveReport report;
  if (request.studyUids.isEmpty() && request.seriesUids.isEmpty()) {
    report.problem = PacsTr::tr("name the study or the series to retrieve");
    return report;
  }
  // One storage SCP for the whole retrieve (it listens until the last series has arrived).
  std::unique_ptr<StorageReceiver> receiver;
  if (request.method == RetrieveRequest::Method::Move) {
    receiver = std::make_unique<StorageReceiver>(request.moveAeTitle, request.movePort);
    if (const Status started = receiver->start(); !started) {
      report.problem = started.error();
      return report;
    }
  }
  std::vector<Match> series;
  for (const QString& study : request.studyUids) {
    const auto found = seriesToRetrieve(node, connection, study, QString());
    if (!found) report.failedInstances << found.error();
    else series.insert(series.end(), found->begin(), found->end());
  }
  for (const QString& uid : request.seriesUids) {
    const auto found = seriesToRetrieve(node, connection, QString(), uid);
    if (!found) report.failedInstances << found.error();
    else series.insert(series.end(), found->begin(), found->end());
  }
  if (series.empty() && !report.failedInstances.isEmpty()) {
    report.problem = report.failedInstances.takeLast();
    return report;
  }
  report.seriesFound = int(series.size());
  const bool retainUids = profile.has(DeidOption::RetainUids);
  const std::function<QString(const QString&)> storedUid = [&](const QString& original) {
    return retainUids ? original : mapUid(table.secret(), original);
  };
  CaseDatabase db(store);

  // Series i is filed (de-identified, checked, committed) while series i+1 arrives.
  std::future<Filed> filing;
  const auto collect = [&] {
    if (!filing.valid()) return;
    const Filed filed = filing.get();
    rc::pacs::add(report.imported, filed.imported);
    report.failedInstances << filed.failures;
    report.seriesComplete += filed.complete;
    if (filed.imported.cancelled) report.cancelled = true;
  };
  for (std::size_t i = 0; i < series.size() && !progress.cancelled(); ++i) {
    const Match& s = series.at(i);
    progress.report(qint64(i), qint64(series.size()), PacsTr::tr("Series %1 of %2").arg(i + 1).arg(series.size()));
    RetrieveTarget target;
    target.studyUid = s.studyUid;
    target.seriesUid = s.seriesUid;
    QStringList wanted;  // empty: the whole series
    const auto storedOfSeries = db.instancesOfSeries(storedUid(s.seriesUid));
    if (!storedOfSeries) {
      report.problem = storedOfSeries.error();
      break;
    }
    if (storedOfSeries->empty()) {
      // Nothing of it stored: the whole series, without asking for its instances first.
      if (s.instances > 0) report.instancesOnNode += s.instances;
    } else {
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
      for (const Match& m : onNode.value()) {
        const auto has = db.hasInstance(storedUid(m.sopInstanceUid));
        if (!has) {
          report.problem = has.error();
          break;
        }
        if (has.value()) ++report.instancesAlreadyStored;
        else wanted << m.sopInstanceUid;
        if (!m.sopClassUid.isEmpty()) target.sopClassUids << m.sopClassUid;
      }
      if (!report.problem.isEmpty()) break;
      if (wanted.isEmpty()) {
        ++report.seriesComplete;
        continue;
      }
      target.sopInstanceUids = wanted;
    }

    auto scratch = ScratchFolder::create(store, QStringLiteral("pacs-retrieve"));
    if (!scratch) {
      report.problem = scratch.error();
      break;
    }
    Retrieved got = receiver ? moveInto(node, connection, target, *receiver, scratch->path(), progress)
                             : getInto(node, connection, target, scratch->path(), progress);
    report.instancesReceived += int(got.files.size());
    if (got.cancelled) report.cancelled = true;
    for (const QString& uid : got.failedInstances)
      report.failedInstances << QStringLiteral("%1: %2: %3").arg(s.seriesUid, uid, PacsTr::tr("the node could not send it"));
    if (!got.problem.isEmpty() && got.files.isEmpty()) {
      report.failedInstances << QStringLiteral("%1: %2").arg(s.seriesUid, got.problem);
      continue;
    }
    collect();  // the importer is free again
    filing = std::async(std::launch::async, [&, s, scratch = std::move(scratch).value(), got = std::move(got), wanted, cancelled = report.cancelled]() mutable {
      return fileSeries(s, std::move(scratch), got, wanted, importer, store, storedUid, cancelled, progress);
    });
  }
  collect();
  if (progress.cancelled()) report.cancelled = true;
  progress.report(qint64(series.size()), qint64(series.size()), QString());
  return report;
}

}  // namespace rc::pacs
