#include "pacs/Send.h"

#include "PacsTr.h"
#include "TlsLayer.h"
#include "dicom/DicomHeader.h"
#include "pacs/Dimse.h"

#include <map>
#include <set>
#include "dicom/Codecs.h"
#include "Outgoing.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dstorscu.h>

namespace rc::pacs {

namespace {

OFString of(const QString& s) { return OFString(s.toUtf8().constData()); }

class StorageScu : public DcmStorageSCU {
public:
  StorageScu(Progress& progress, int total) : progress_(progress), total_(total) {}
  QStringList failures;
  int sent = 0;

  void notifySOPInstanceSent(const TransferEntry& entry) override {
    const QString file = QString::fromUtf8(entry.Filename.getCharPointer());
    const Uint16 s = entry.ResponseStatusCode;
    // Success, or a warning (coercion, elements discarded): the node has the instance.
    if (entry.RequestSent && (s == STATUS_Success || (s & 0xf000) == 0xb000)) ++sent;
    else if (!entry.RequestSent)
      failures << QStringLiteral("%1: %2").arg(file, PacsTr::tr("not sent (no accepted presentation context for its SOP class and transfer syntax)"));
    else
      failures << QStringLiteral("%1: %2").arg(file, PacsTr::tr("refused by the node, status 0x%1").arg(s, 4, 16, QLatin1Char('0')));
    progress_.report(sent + failures.size(), total_, PacsTr::tr("Sending"));
  }
  OFBool shouldStopAfterCurrentSOPInstance() override { return progress_.cancelled(); }
  OFCondition secure(DcmTransportLayer* layer) { return useSecureConnection(layer); }

private:
  Progress& progress_;
  int total_;
};

}  // namespace

SendReport storeFiles(const Node& node, const Connection& connection, const QStringList& files, Progress& progress) {
  SendReport report;
  report.files = int(files.size());
  std::unique_ptr<DcmTLSTransportLayer> tls;  // declared before the SCU: it outlives every association
  if (connection.tls.enabled) {
    QString problem;
    tls = makeTlsLayer(connection.tls, problem);
    if (!tls) {
      report.problem = QStringLiteral("%1: %2").arg(node.text(), problem);
      return report;
    }
  }
  registerDicomCodecs();
  enableTcpNoDelay();
  StorageScu scu(progress, report.files);
  scu.setAETitle(of(connection.ourAeTitle));
  scu.setPeerAETitle(of(node.aeTitle));
  scu.setPeerHostName(of(node.host));
  scu.setPeerPort(node.port);
  scu.setACSETimeout(Uint32(connection.timeoutSeconds));
  scu.setDIMSETimeout(Uint32(connection.timeoutSeconds));
  scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
  scu.setConnectionTimeout(connection.timeoutSeconds);
  scu.setVerbosePCMode(OFFalse);
  for (const QString& f : files) {
    const OFCondition added = scu.addDicomFile(of(f), ERM_fileOnly, OFFalse);
    if (added.bad()) scu.failures << QStringLiteral("%1: %2").arg(f, QString::fromLatin1(added.text()));
  }
  // Each round negotiates the contexts of the instances still to send (at most 128 per
  // association), so a set with many SOP classes goes in several associations.
  OFCondition cond;
  while (!progress.cancelled() && (cond = scu.addPresentationContexts()).good()) {
    cond = scu.initNetwork();
    if (cond.good() && tls) cond = scu.secure(tls.get());
    if (cond.good()) cond = scu.negotiateAssociation();
    if (cond == NET_EC_NoAcceptablePresentationContexts && scu.getNumberOfSOPInstancesToBeSent() > 0) continue;
    if (cond.bad()) {
      report.problem = PacsTr::tr("%1: the association was not accepted: %2").arg(node.text(), QString::fromLatin1(cond.text()));
      break;
    }
    cond = scu.sendSOPInstances();
    if (cond.bad()) {
      report.problem = PacsTr::tr("%1: C-STORE stopped: %2").arg(node.text(), QString::fromLatin1(cond.text()));
      scu.closeAssociation(DCMSCU_ABORT_ASSOCIATION);
      break;
    }
    scu.releaseAssociation();
  }
  const bool allOffered = scu.getNumberOfSOPInstancesToBeSent() == 0;
  if (cond.bad() && !allOffered && report.problem.isEmpty())
    report.problem = PacsTr::tr("%1: %2").arg(node.text(), QString::fromLatin1(cond.text()));
  report.sent = scu.sent;
  report.failures = scu.failures;
  report.cancelled = progress.cancelled();
  return report;
}

namespace {

// The files the node does not have yet (C-FIND at image level per series); a node that answers
// no C-FIND (a plain storage SCP) is offered everything, and the note says so.
QStringList notOnNode(const Node& node, const Connection& connection, const QStringList& files, SendReport& report) {
  std::map<std::pair<QString, QString>, std::vector<std::pair<QString, QString>>> bySeries;  // (study, series) -> (file, sop)
  QStringList unreadable;
  for (const QString& f : files) {
    const auto header = readDicomHeader(f);
    if (!header) {
      unreadable << f;  // offered as it is: the storage SCU reports it
      continue;
    }
    bySeries[{header->studyInstanceUid, header->seriesInstanceUid}].push_back({f, header->sopInstanceUid});
  }
  QStringList send = unreadable;
  for (const auto& [key, members] : bySeries) {
    Query q;
    q.level = Level::Image;
    q.studyUid = key.first;
    q.seriesUid = key.second;
    std::set<QString> present;
    if (report.note.isEmpty()) {
      const auto found = find(node, connection, q);
      if (found)
        for (const Match& m : found.value()) present.insert(m.sopInstanceUid);
      else
        report.note = PacsTr::tr("the node answers no C-FIND (%1): every file is offered").arg(found.error());
    }
    for (const auto& [file, sop] : members) {
      if (present.count(sop)) ++report.alreadyThere;
      else send << file;
    }
  }
  return send;
}

}  // namespace

SendReport sendSeries(const Node& node, const Connection& connection, const CaseStore& store, const SendRequest& request, Progress& progress) {
  SendReport report;
  if (request.seriesUids.isEmpty()) {
    report.problem = PacsTr::tr("name the series to send");
    return report;
  }
  // What leaves is exactly what a dataset export of these series would hold: the export
  // profile, the PHI scan and the gates run, and the ledger records the node as the partner.
  DatasetExportOptions options;
  options.seriesOnly = request.seriesUids;
  options.withLabels = request.withLabels;
  options.partner = PacsTr::tr("DICOM node %1").arg(node.text());
  options.purpose = QStringLiteral("C-STORE");
  options.actor = request.actor;
  options.allowIncomplete = true;  // no case sheet goes to a node
  options.ledgerDestination = QStringLiteral("dicom://%1").arg(node.text());
  options.table = request.table;
  options.profile = request.profile;
  const auto outgoing = exportToScratch(store, options, progress);
  if (!outgoing) {
    report.problem = outgoing.error();
    return report;
  }
  SendReport asked;
  const QStringList missing = notOnNode(node, connection, outgoing->files, asked);
  report = storeFiles(node, connection, missing, progress);
  report.files = int(outgoing->files.size());
  report.alreadyThere = asked.alreadyThere;
  report.note = asked.note;
  report.exportId = outgoing->exportId;
  // Names inside the package, not the scratch folder's.
  for (QString& f : report.failures) f.remove(outgoing->packagePath + QLatin1Char('/'));
  return report;
}

}  // namespace rc::pacs
