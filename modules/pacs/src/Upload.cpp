#include "pacs/Upload.h"

#include "Outgoing.h"
#include "PacsTr.h"
#include "core/Files.h"
#include "dicom/DicomHeader.h"
#include "handoff/DatasetExport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

#include <map>
#include <set>

namespace rc::pacs {

namespace {

struct HttpReply {
  int status = 0;
  QByteArray body;
  QString error;  // transport or TLS failure, time-out, cancel
};

// One request, waited for in this thread (which runs its own event loop meanwhile).
class Http {
public:
  explicit Http(const WebTarget& target) : target_(target) {
    if (!target.caCertificates.isEmpty()) {
      ssl_ = QSslConfiguration::defaultConfiguration();
      ssl_.addCaCertificates(target.caCertificates);
    }
  }

  HttpReply send(const QByteArray& verb, const QString& path, const QByteArray& body, const QByteArray& contentType, Progress& progress) {
    QUrl url = target_.url;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + (query < 0 ? path : path.left(query)));
    if (query >= 0) url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/dicom+json");
    if (!contentType.isEmpty()) request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!target_.token.isEmpty()) request.setRawHeader("Authorization", "Bearer " + target_.token.toUtf8());
    else if (!target_.user.isEmpty())
      request.setRawHeader("Authorization", "Basic " + (target_.user + QLatin1Char(':') + target_.password).toUtf8().toBase64());
    if (!target_.caCertificates.isEmpty()) request.setSslConfiguration(ssl_);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = manager_.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timeout, poll;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
      timedOut = true;
      reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
      if (progress.cancelled()) reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(target_.timeoutSeconds * 1000);
    poll.start(200);
    if (!reply->isFinished()) loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (timedOut) out.error = PacsTr::tr("no answer within %1 s").arg(target_.timeoutSeconds);
    else if (progress.cancelled()) out.error = PacsTr::tr("cancelled");
    else if (reply->error() != QNetworkReply::NoError && out.status == 0) out.error = reply->errorString();
    reply->deleteLater();
    return out;
  }

private:
  WebTarget target_;
  QNetworkAccessManager manager_;
  QSslConfiguration ssl_;
};

QString where(const WebTarget& t) { return t.url.toString(QUrl::RemoveUserInfo); }

QString httpProblem(const WebTarget& t, const HttpReply& r) {
  if (!r.error.isEmpty()) return QStringLiteral("%1: %2").arg(where(t), r.error);
  if (r.status == 401 || r.status == 403) return PacsTr::tr("%1: the server refused the credentials (HTTP %2)").arg(where(t)).arg(r.status);
  return PacsTr::tr("%1: HTTP %2").arg(where(t)).arg(r.status);
}

// A tag's first string value in a DICOM JSON object.
QString jsonValue(const QJsonObject& o, const char* tag) {
  return o.value(QLatin1String(tag)).toObject().value(QStringLiteral("Value")).toArray().at(0).toString();
}

struct FileToSend {
  QString path;
  QString sopInstanceUid;
};

// QIDO-RS: the SOP Instance UIDs the server holds of a series (none when it does not know it).
Result<std::set<QString>> instancesOnServer(Http& http, const WebTarget& target, const QString& study, const QString& series, Progress& progress) {
  const HttpReply r = http.send("GET", QStringLiteral("/studies/%1/series/%2/instances?includefield=00080018").arg(study, series), {}, {}, progress);
  std::set<QString> uids;
  if (r.error.isEmpty() && (r.status == 404 || r.status == 204)) return uids;
  if (!r.error.isEmpty() || r.status != 200) return fail(httpProblem(target, r));
  for (const QJsonValue& v : QJsonDocument::fromJson(r.body).array()) uids.insert(jsonValue(v.toObject(), "00080018"));
  return uids;
}

// STOW-RS of one batch; what the server says about each instance goes into `report`.
void store(Http& http, const WebTarget& target, const std::vector<FileToSend>& batch, UploadReport& report, Progress& progress) {
  const QByteArray boundary = "rc-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
  QByteArray body;
  std::vector<const FileToSend*> included;
  for (const FileToSend& f : batch) {
    QFile file(f.path);
    if (!file.open(QIODevice::ReadOnly)) {
      report.failures << QStringLiteral("%1: %2").arg(f.path, PacsTr::tr("cannot be read"));
      continue;
    }
    body += "--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n" + file.readAll() + "\r\n";
    included.push_back(&f);
  }
  if (included.empty()) return;
  body += "--" + boundary + "--\r\n";
  const HttpReply r = http.send("POST", QStringLiteral("/studies"), body,
                                "multipart/related; type=\"application/dicom\"; boundary=" + boundary, progress);
  if (!r.error.isEmpty() || (r.status != 200 && r.status != 202 && r.status != 409)) {
    if (progress.cancelled()) return;
    for (const FileToSend* f : included) report.failures << QStringLiteral("%1: %2").arg(f->path, httpProblem(target, r));
    if (r.status == 401 || r.status == 403 || !r.error.isEmpty()) report.problem = httpProblem(target, r);
    return;
  }
  // PS3.18 10.5.3: ReferencedSOPSequence lists what was stored, FailedSOPSequence what was not.
  const QJsonObject answer = QJsonDocument::fromJson(r.body).isArray() ? QJsonDocument::fromJson(r.body).array().at(0).toObject()
                                                                       : QJsonDocument::fromJson(r.body).object();
  std::set<QString> stored;
  std::map<QString, QString> failed;
  for (const QJsonValue& v : answer.value(QStringLiteral("00081199")).toObject().value(QStringLiteral("Value")).toArray())
    stored.insert(jsonValue(v.toObject(), "00081155"));
  for (const QJsonValue& v : answer.value(QStringLiteral("00081198")).toObject().value(QStringLiteral("Value")).toArray()) {
    const QJsonObject o = v.toObject();
    failed[jsonValue(o, "00081155")] = QStringLiteral("0x%1").arg(o.value(QStringLiteral("00081197")).toObject().value(QStringLiteral("Value")).toArray().at(0).toInt(), 4, 16, QLatin1Char('0'));
  }
  for (const FileToSend* f : included) {
    if (stored.count(f->sopInstanceUid)) ++report.sent;
    else if (failed.count(f->sopInstanceUid))
      report.failures << QStringLiteral("%1: %2").arg(f->path, PacsTr::tr("refused by the server, reason %1").arg(failed[f->sopInstanceUid]));
    else report.failures << QStringLiteral("%1: %2").arg(f->path, PacsTr::tr("the server's answer does not list it"));
  }
}

}  // namespace

QString UploadReport::summaryLine() const {
  return QStringLiteral("uploaded %1 of %2 files, %3 already on the server, %4 failed").arg(sent).arg(files).arg(alreadyThere).arg(failures.size());
}

UploadReport uploadFiles(const WebTarget& target, const QStringList& files, Progress& progress) {
  UploadReport report;
  report.files = int(files.size());
  if (!target.url.isValid() || (target.url.scheme() != QLatin1String("https") && target.url.scheme() != QLatin1String("http"))) {
    report.problem = PacsTr::tr("%1: not an http(s) address of a DICOMweb service").arg(target.url.toString());
    return report;
  }
  // By series, so the server is asked once per series what it has.
  std::map<std::pair<QString, QString>, std::vector<FileToSend>> bySeries;
  for (const QString& path : files) {
    const auto header = readDicomHeader(path);
    if (!header) {
      report.failures << QStringLiteral("%1: %2").arg(path, header.error());
      continue;
    }
    bySeries[{header->studyInstanceUid, header->seriesInstanceUid}].push_back({path, header->sopInstanceUid});
  }
  Http http(target);
  int done = 0;
  for (const auto& [key, seriesFiles] : bySeries) {
    if (progress.cancelled() || !report.problem.isEmpty()) break;
    const auto present = instancesOnServer(http, target, key.first, key.second, progress);
    if (!present) {
      report.problem = present.error();
      break;
    }
    std::vector<FileToSend> missing;
    for (const FileToSend& f : seriesFiles) {
      if (present->count(f.sopInstanceUid)) ++report.alreadyThere;
      else missing.push_back(f);
    }
    done += int(seriesFiles.size() - missing.size());
    for (std::size_t i = 0; i < missing.size() && !progress.cancelled() && report.problem.isEmpty(); i += std::size_t(target.filesPerRequest)) {
      const std::vector<FileToSend> batch(missing.begin() + long(i), missing.begin() + long(std::min(missing.size(), i + std::size_t(target.filesPerRequest))));
      store(http, target, batch, report, progress);
      done += int(batch.size());
      progress.report(done, report.files, PacsTr::tr("Uploading to %1").arg(target.url.host()));
    }
  }
  report.cancelled = progress.cancelled();
  return report;
}

// Before anything is exported or recorded: the server answers, and takes the credentials.
Status reachable(const WebTarget& target, Progress& progress) {
  Http http(target);
  const HttpReply r = http.send("GET", QStringLiteral("/studies?limit=1"), {}, {}, progress);
  if (r.error.isEmpty() && (r.status == 200 || r.status == 204)) return {};
  return fail(httpProblem(target, r));
}

UploadReport uploadCases(const WebTarget& target, const CaseStore& store, const UploadRequest& request, Progress& progress) {
  if (const Status ok = reachable(target, progress); !ok) {
    UploadReport failed;
    failed.problem = ok.error();
    return failed;
  }
  DatasetExportOptions options;
  options.cases = request.cases;
  options.partner = PacsTr::tr("DICOMweb %1").arg(target.url.host());
  options.purpose = QStringLiteral("STOW-RS upload");
  options.actor = request.actor;
  options.allowIncomplete = true;  // the sheet stays home; the server takes DICOM
  options.ledgerDestination = where(target);
  options.table = request.table;
  options.profile = request.profile;
  const auto outgoing = exportToScratch(store, options, progress);
  if (!outgoing) {
    UploadReport failed;
    failed.problem = outgoing.error();
    return failed;
  }
  UploadReport report = uploadFiles(target, outgoing->files, progress);
  report.exportId = outgoing->exportId;
  for (QString& f : report.failures) f.remove(outgoing->packagePath + QLatin1Char('/'));
  return report;
}

UploadReport uploadPackage(const WebTarget& target, const CaseStore& store, const QString& packagePath, const QString& actor, Progress& progress) {
  UploadReport report;
  // Only an intact package goes: every file as its manifest says.
  const auto problems = verifyPackage(packagePath);
  if (!problems || !problems->isEmpty()) {
    report.problem = problems ? PacsTr::tr("%1: the package is not intact: %2").arg(packagePath, problems->join(QStringLiteral("; ")))
                              : problems.error();
    return report;
  }
  if (const Status ok = reachable(target, progress); !ok) {
    report.problem = ok.error();
    return report;
  }
  const QStringList files = packageDicomFiles(packagePath);
  // The ledger names the upload too, with every file's patient, before anything leaves.
  std::vector<ExportItem> items;
  for (const QString& f : files) {
    const auto header = readDicomHeader(f);
    const auto hash = sha256OfFile(f);
    if (!header || !hash) {
      report.problem = header ? hash.error() : header.error();
      return report;
    }
    items.push_back({header->patientId, header->studyInstanceUid, header->seriesInstanceUid, header->sopInstanceUid, hash.value()});
  }
  CaseDatabase db(store);
  const auto exportId = db.recordExport(PacsTr::tr("DICOMweb %1").arg(target.url.host()), where(target), items,
                                        QStringLiteral("STOW-RS upload of the package %1").arg(packagePath), actor);
  if (!exportId) {
    report.problem = exportId.error();
    return report;
  }
  report = uploadFiles(target, files, progress);
  report.exportId = exportId.value();
  for (QString& f : report.failures) f.remove(packagePath + QLatin1Char('/'));
  return report;
}

}  // namespace rc::pacs
