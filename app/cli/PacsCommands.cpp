// radcurator-cli pacs: DICOM networking with a PACS or a partner's node (pacs/Dimse.h,
// pacs/Retrieve.h, pacs/Send.h). Retrieved files go straight into the de-identifying import.

#include "Commands.h"
#include "core/LoginName.h"
#include "core/Progress.h"
#include "deid/Deidentifier.h"
#include "pacs/Dimse.h"
#include "pacs/Retrieve.h"
#include "pacs/Send.h"
#include "pacs/Upload.h"


#include <QRegularExpression>

#include <future>

namespace rc::cli {

namespace {

std::optional<pacs::Node> nodeOf(const Args& args) {
  const auto node = pacs::parseNode(args.value(QStringLiteral("node")));
  if (!node) {
    err() << "error: " << (args.has(QStringLiteral("node")) ? node.error() : QStringLiteral("--node AET@HOST:PORT is required")) << "\n";
    return std::nullopt;
  }
  return node.value();
}

std::optional<pacs::Connection> connectionOf(const Args& args) {
  pacs::Connection c;
  if (args.has(QStringLiteral("aet"))) c.ourAeTitle = args.value(QStringLiteral("aet"));
  if (c.ourAeTitle.isEmpty() || c.ourAeTitle.size() > 16) {
    err() << "error: --aet: an AE title has 1 to 16 characters\n";
    return std::nullopt;
  }
  if (args.has(QStringLiteral("timeout"))) {
    bool ok = false;
    c.timeoutSeconds = args.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || c.timeoutSeconds < 1) {
      err() << "error: --timeout: seconds, at least 1\n";
      return std::nullopt;
    }
  }
  if (args.has(QStringLiteral("tls-ca"))) {
    c.tls.enabled = true;
    c.tls.trustedCertificates = args.value(QStringLiteral("tls-ca"));
    c.tls.privateKey = args.value(QStringLiteral("tls-key"));
    c.tls.certificate = args.value(QStringLiteral("tls-cert"));
  }
  return c;
}

int echoCommand(const Args& args) {
  const auto node = nodeOf(args);
  const auto connection = connectionOf(args);
  if (!node || !connection) return 1;
  if (const Status ok = pacs::echo(*node, *connection); !ok) return failed(ok.error());
  out() << "echo " << node->text() << ": ok\n";
  return 0;
}

int findCommand(const Args& args) {
  const auto node = nodeOf(args);
  const auto connection = connectionOf(args);
  if (!node || !connection) return 1;
  pacs::Query q;
  const QString level = args.value(QStringLiteral("level"), QStringLiteral("study"));
  if (level == QLatin1String("study")) q.level = pacs::Level::Study;
  else if (level == QLatin1String("series")) q.level = pacs::Level::Series;
  else return failed(QStringLiteral("--level: study or series"));
  q.patientId = args.value(QStringLiteral("patient-id"));
  q.patientName = args.value(QStringLiteral("name"));
  q.modality = args.value(QStringLiteral("modality"));
  q.accession = args.value(QStringLiteral("accession"));
  q.studyUid = args.value(QStringLiteral("study"));
  if (args.has(QStringLiteral("date"))) {
    // FROM-TO, either side may be left open; YYYYMMDD or YYYY-MM-DD.
    static const QRegularExpression range(QStringLiteral(R"(^(\d{4}-?\d{2}-?\d{2})?(?:(\.\.|/|~|-(?=\d{4}-?\d{2}-?\d{2}$|$))(\d{4}-?\d{2}-?\d{2})?)?$)"));
    const QString d = args.value(QStringLiteral("date"));
    const auto m = range.match(d);
    if (!m.hasMatch() || d.isEmpty()) return failed(QStringLiteral("--date %1: write a date or a range as YYYYMMDD-YYYYMMDD (either side may be open)").arg(d));
    q.dateFrom = m.captured(1).remove(QLatin1Char('-'));
    q.dateTo = m.captured(2).isEmpty() ? q.dateFrom : m.captured(3).remove(QLatin1Char('-'));
  }
  const auto matches = pacs::find(*node, *connection, q);
  if (!matches) return failed(matches.error());
  for (const pacs::Match& m : matches.value()) {
    out() << m.patientId << '\t' << m.patientName << '\t' << m.studyDate << '\t' << m.accession << '\t' << m.modality << '\t'
          << m.studyUid;
    if (q.level == pacs::Level::Series) out() << '\t' << m.seriesUid << '\t' << m.seriesDescription;
    else out() << '\t' << m.studyDescription;
    out() << '\t' << (m.instances >= 0 ? QString::number(m.instances) : QStringLiteral("-")) << '\n';
  }
  return 0;
}

int retrieveCommand(const Args& args, pacs::RetrieveRequest::Method method) {
  const auto node = nodeOf(args);
  const auto connection = connectionOf(args);
  if (!node || !connection) return 1;
  // One or more studies, or one or more series (the table is unlocked once for all).
  const QStringList studies = args.values(QStringLiteral("study"));
  const QStringList series = args.values(QStringLiteral("series"));
  if (studies.isEmpty() == series.isEmpty()) return usage();
  pacs::RetrieveRequest request;
  request.method = method;
  if (method == pacs::RetrieveRequest::Method::Move) {
    request.moveAeTitle = args.value(QStringLiteral("aet"));
    bool ok = false;
    const int port = args.value(QStringLiteral("port")).toInt(&ok);
    if (request.moveAeTitle.isEmpty() || !ok || port < 1 || port > 65535)
      return failed(QStringLiteral("pacs move needs --aet OUR_AET and --port OUR_PORT (the node sends to that title and port)"));
    request.movePort = quint16(port);
  }
  const auto store = openStore(args);
  if (!store) return 1;
  const auto ask = askDeid(*store, args);
  if (!ask) return 1;
  Progress progress;
  cancelOnInterrupt(&progress);
  // The table is unlocked (a deliberately slow key derivation) while the de-identification's
  // tables are made ready, as the import command does.
  auto unlocking = std::async(std::launch::async, [&] { return openStoreDeid(*store, ask->passphrase, ask->profile, ask->options); });
  prepareDeidentifier();
  const auto deid = reportDeid(*store, *ask, unlocking.get());
  if (!deid) {
    cancelOnInterrupt(nullptr);
    return 1;
  }
  Importer importer = storeImporter(*store, *deid);
  request.studyUids = studies;
  request.seriesUids = series;
  pacs::RetrieveReport report = pacs::retrieveIntoStore(*node, *connection, request, *store, importer, *deid->table, *deid->profile, progress);
  report.cancelled = report.cancelled || progress.cancelled();
  cancelOnInterrupt(nullptr);
  printImportOutcome(*store, report.imported);
  for (const QString& f : report.failedInstances) err() << "failed: " << f << "\n";
  if (!report.problem.isEmpty()) err() << "error: " << report.problem << "\n";
  if (report.cancelled) err() << "cancelled: series not yet filed were left out; run the same command again to fetch the rest\n";
  err().flush();
  out() << report.summaryLine() << "\n";
  return report.ok() ? 0 : 1;
}

int sendCommand(const Args& args) {
  const auto node = nodeOf(args);
  const auto connection = connectionOf(args);
  if (!node || !connection) return 1;
  const QStringList series = args.values(QStringLiteral("series"));
  if (series.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const auto table = openStoreTable(args, *store);
  if (!table) return 1;
  const auto profile = openStoreProfile(*store);
  if (!profile) return 1;
  pacs::SendRequest request;
  request.seriesUids = series;
  request.withLabels = args.has(QStringLiteral("with-labels"));
  request.actor = loginName();
  request.table = table.get();
  request.profile = profile.get();
  Progress progress;
  cancelOnInterrupt(&progress);
  const pacs::SendReport report = pacs::sendSeries(*node, *connection, *store, request, progress);
  cancelOnInterrupt(nullptr);
  for (const QString& f : report.failures) err() << "failed: " << f << "\n";
  if (!report.problem.isEmpty()) err() << "error: " << report.problem << "\n";
  if (report.cancelled) err() << "cancelled\n";
  if (!report.note.isEmpty()) err() << "note: " << report.note << "\n";
  if (report.exportId > 0) err() << "note: recorded in the export ledger as export " << report.exportId << "\n";
  err().flush();
  out() << "sent " << report.sent << " of " << report.files << " files to " << node->text() << ", " << report.alreadyThere
        << " already there\n";
  return report.ok() ? 0 : 1;
}

// The first line of a secret's file (never echoed, never logged); an empty one is refused.
Result<QString> secretIn(const QString& path) {
  const auto line = firstLineOf(path);
  if (line && line->isEmpty()) return fail(QStringLiteral("%1: the first line is empty").arg(path));
  return line;
}

}  // namespace

int uploadCommand(const Args& args) {
  const QString url = args.value(QStringLiteral("url"));
  const QString cases = args.value(QStringLiteral("cases"));
  const QString package = args.value(QStringLiteral("package"));
  if (url.isEmpty() || cases.isEmpty() == package.isEmpty() || !args.positional.isEmpty()) return usage();
  pacs::WebTarget target;
  target.url = QUrl(url);
  target.caCertificates = args.value(QStringLiteral("ca"));
  if (target.url.scheme() == QLatin1String("http") && target.url.host() != QLatin1String("127.0.0.1") && target.url.host() != QLatin1String("localhost"))
    err() << "warning: " << url << ": plain http; research data should travel over https\n";
  if (args.has(QStringLiteral("token-file"))) {
    const auto token = secretIn(args.value(QStringLiteral("token-file")));
    if (!token) return failed(token.error());
    target.token = token.value();
  } else if (args.has(QStringLiteral("user"))) {
    target.user = args.value(QStringLiteral("user"));
    const auto password = secretIn(args.value(QStringLiteral("password-file")));
    if (!password) return failed(args.has(QStringLiteral("password-file")) ? password.error() : QStringLiteral("--user needs --password-file F"));
    target.password = password.value();
  }
  const auto store = openStore(args);
  if (!store) return 1;
  Progress progress;
  cancelOnInterrupt(&progress);
  pacs::UploadReport report;
  if (!package.isEmpty()) {
    report = pacs::uploadPackage(target, *store, package, loginName(), progress);
  } else {
    const auto table = openStoreTable(args, *store);
    if (!table) return 1;
    const auto profile = openStoreProfile(*store);
    if (!profile) return 1;
    pacs::UploadRequest request;
    if (cases != QLatin1String("all")) request.cases = cases.split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.actor = loginName();
    request.table = table.get();
    request.profile = profile.get();
    report = pacs::uploadCases(target, *store, request, progress);
  }
  cancelOnInterrupt(nullptr);
  for (const QString& f : report.failures) err() << "failed: " << f << "\n";
  if (!report.problem.isEmpty()) err() << "error: " << report.problem << "\n";
  if (report.cancelled) err() << "cancelled: run the same command again to send the rest (what the server has is not sent again)\n";
  if (report.exportId > 0) err() << "note: recorded in the export ledger as export " << report.exportId << "\n";
  err().flush();
  out() << report.summaryLine() << "\n";
  return report.ok() ? 0 : 1;
}

int pacsCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  const QString verb = args.positional.first();
  if (verb == QLatin1String("echo")) return echoCommand(args);
  if (verb == QLatin1String("find")) return findCommand(args);
  if (verb == QLatin1String("get")) return retrieveCommand(args, pacs::RetrieveRequest::Method::Get);
  if (verb == QLatin1String("move")) return retrieveCommand(args, pacs::RetrieveRequest::Method::Move);
  if (verb == QLatin1String("send")) return sendCommand(args);
  if (verb == QLatin1String("contexts")) {
    // Machine-readable: what the associations propose and accept (the conformance statement).
    for (const pacs::OfferedContext& c : pacs::offeredContexts())
      out() << c.service << '\t' << c.role << '\t' << c.sopClassUid << '\t' << c.sopClassName << '\t' << c.transferSyntaxes.join(QLatin1Char(',')) << '\n';
    return 0;
  }
  return usage();
}

}  // namespace rc::cli
