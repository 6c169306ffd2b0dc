// The SCU side of the DIMSE services, on DCMTK's DcmSCU (with its TLS layer when asked), and
// the storage SCP that receives what a C-MOVE sends.

#include "pacs/Dimse.h"

#include "PacsTr.h"
#include "TlsLayer.h"
#include "dicom/Codecs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scp.h>
#include <dcmtk/dcmnet/scu.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace rc::pacs {

namespace {

QString text(const OFString& s) { return QString::fromUtf8(s.c_str()).trimmed(); }
OFString of(const QString& s) { return OFString(s.toUtf8().constData()); }

// Received files are named after their instance (so a file the import refuses names it).
QString receivedName(int number, const QString& sopInstanceUid) {
  QString uid = sopInstanceUid.left(64);
  for (QChar& c : uid)
    if (!c.isDigit() && c != QLatin1Char('.')) c = QLatin1Char('_');
  return QStringLiteral("%1_%2.dcm").arg(number, 6, 10, QLatin1Char('0')).arg(uid);
}

}  // namespace

QString receivedInstanceUid(const QString& path) {
  const QString name = QFileInfo(path).fileName();
  static const QRegularExpression form(QStringLiteral(R"(^\d{6}_([0-9.]+)\.dcm$)"));
  const auto m = form.match(name);
  return m.hasMatch() ? m.captured(1) : QString();
}

namespace {

QString statusText(Uint16 status) { return QStringLiteral("0x%1").arg(status, 4, 16, QLatin1Char('0')); }

// What the SCU offers for each abstract syntax it proposes: the uncompressed syntaxes for
// queries, every syntax RadCurator reads for storage (the node then need not transcode).
OFList<OFString> uncompressedSyntaxes() {
  OFList<OFString> ts;
  ts.push_back(UID_LittleEndianExplicitTransferSyntax);
  ts.push_back(UID_LittleEndianImplicitTransferSyntax);
  return ts;
}

OFList<OFString> storageSyntaxes() {
  OFList<OFString> ts = uncompressedSyntaxes();
  for (const char* uid : {UID_BigEndianExplicitTransferSyntax, UID_DeflatedExplicitVRLittleEndianTransferSyntax,
                          UID_JPEGProcess1TransferSyntax, UID_JPEGProcess2_4TransferSyntax, UID_JPEGProcess14TransferSyntax,
                          UID_JPEGProcess14SV1TransferSyntax, UID_JPEGLSLosslessTransferSyntax, UID_JPEGLSLossyTransferSyntax,
                          UID_JPEG2000LosslessOnlyTransferSyntax, UID_JPEG2000TransferSyntax, UID_RLELosslessTransferSyntax})
    ts.push_back(uid);
  return ts;
}

// A DcmSCU that says what went wrong in words, reports progress and honours a cancel, and
// files what a C-GET sends into a folder.
class Scu : public DcmSCU {
public:
  Scu(const Node& node, const Connection& connection, Progress& progress) : node_(node), tls_(connection.tls), progress_(progress) {
    registerDicomCodecs();  // and DCMTK's own log quiet: problems come back as errors
    enableTcpNoDelay();
    setAETitle(of(connection.ourAeTitle));
    setPeerAETitle(of(node.aeTitle));
    setPeerHostName(of(node.host));
    setPeerPort(node.port);
    setACSETimeout(Uint32(connection.timeoutSeconds));
    setDIMSETimeout(Uint32(connection.timeoutSeconds));
    setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    setConnectionTimeout(connection.timeoutSeconds);
    setVerbosePCMode(OFFalse);
  }
  ~Scu() override {
    if (isConnected()) releaseAssociation();
  }

  // Connects and negotiates; an error names the node and the reason.
  Status open() {
    OFCondition cond = initNetwork();
    if (cond.good() && tls_.enabled) {
      QString problem;
      tlsLayer_ = makeTlsLayer(tls_, problem);
      if (!tlsLayer_) return fail(QStringLiteral("%1: %2").arg(node_.text(), problem));
      cond = useSecureConnection(tlsLayer_.get());
    }
    if (cond.good()) cond = negotiateAssociation();
    if (cond.bad()) return fail(describe(cond, PacsTr::tr("the association was not accepted")));
    return {};
  }

  QString describe(const OFCondition& cond, const QString& what) const {
    QString reason = QString::fromLatin1(cond.text());
    if (cond == DUL_ASSOCIATIONREJECTED) reason = PacsTr::tr("the node refused the association (AE titles or services not accepted)");
    else if (cond == DUL_NETWORKCLOSED || cond == DUL_PEERABORTEDASSOCIATION || cond == DUL_PEERREQUESTEDRELEASE)
      reason = PacsTr::tr("the node closed the connection");
    else if (cond == DIMSE_NODATAAVAILABLE || cond == DUL_READTIMEOUT) reason = PacsTr::tr("no answer within the time-out");
    return QStringLiteral("%1: %2: %3").arg(node_.text(), what, reason);
  }

  T_ASC_PresentationContextID context(const char* abstractSyntax) { return findPresentationContextID(abstractSyntax, ""); }

  // C-GET: where the instances go.
  void receiveInto(const QString& folder) { folder_ = folder; }
  QStringList received;
  QStringList problems;

  OFCondition handleSTORERequest(const T_ASC_PresentationContextID, DcmDataset* incoming, OFBool& continueSession,
                                 Uint16& status) override {
    continueSession = OFTrue;
    status = STATUS_STORE_Refused_OutOfResources;
    if (!incoming) return DIMSE_NULLKEY;
    OFString sop;
    incoming->findAndGetOFString(DCM_SOPInstanceUID, sop);
    const QString path = QDir(folder_).filePath(receivedName(int(received.size() + problems.size() + 1), text(sop)));
    DcmFileFormat file(incoming);  // copies the dataset
    delete incoming;
    const OFCondition written = file.saveFile(of(path), EXS_Unknown, EET_ExplicitLength, EGL_recalcGL, EPD_noChange, 0, 0, EWM_fileformat);
    if (written.good()) {
      received << path;
      status = STATUS_Success;
    } else {
      QFile::remove(path);
      problems << QStringLiteral("%1: %2").arg(text(sop), PacsTr::tr("could not be written to the scratch folder: %1").arg(QString::fromLatin1(written.text())));
    }
    return EC_Normal;
  }

  // Progress from the pending responses; a cancel asks the node to stop.
  void pending(const T_ASC_PresentationContextID presID, const RetrieveResponse* r) {
    const qint64 done = r->m_numberOfCompletedSubops + r->m_numberOfFailedSubops + r->m_numberOfWarningSubops;
    progress_.report(done, done + r->m_numberOfRemainingSubops, PacsTr::tr("Retrieving from %1").arg(node_.aeTitle));
    if (progress_.cancelled() && !cancelSent_) {
      cancelSent_ = true;
      sendCANCELRequest(presID);
    }
  }
  OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID, RetrieveResponse* r, OFBool& more) override {
    pending(presID, r);
    return DcmSCU::handleMOVEResponse(presID, r, more);
  }
  OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID, RetrieveResponse* r, OFBool& more) override {
    pending(presID, r);
    return DcmSCU::handleCGETResponse(presID, r, more);
  }

private:
  Node node_;
  Tls tls_;
  std::unique_ptr<DcmTLSTransportLayer> tlsLayer_;  // outlives the association (declared before it closes)
  Progress& progress_;
  QString folder_;
  bool cancelSent_ = false;
};

template <typename T>
struct OwnedResponses {
  OFList<T*> list;
  ~OwnedResponses() {
    for (T* r : list) delete r;
  }
};

void putKey(DcmDataset& ds, const DcmTagKey& tag, const QString& value) { ds.putAndInsertOFStringArray(tag, of(value)); }

QString get(DcmItem& ds, const DcmTagKey& tag) {
  OFString v;
  ds.findAndGetOFStringArray(tag, v);
  return text(v);
}

DcmDataset retrieveIdentifier(const RetrieveTarget& target) {
  DcmDataset ds;
  const bool images = !target.sopInstanceUids.isEmpty();
  putKey(ds, DCM_QueryRetrieveLevel, images ? QStringLiteral("IMAGE") : target.seriesUid.isEmpty() ? QStringLiteral("STUDY") : QStringLiteral("SERIES"));
  putKey(ds, DCM_StudyInstanceUID, target.studyUid);
  if (!target.seriesUid.isEmpty()) putKey(ds, DCM_SeriesInstanceUID, target.seriesUid);
  // A list of UIDs is matched as any of them (PS3.4 C.2.2.2.2).
  if (images) putKey(ds, DCM_SOPInstanceUID, target.sopInstanceUids.join(QLatin1Char('\\')));
  return ds;
}

// The final response's status and Failed SOP Instance UID List, into `out`.
void readFinal(const OFList<RetrieveResponse*>& responses, Retrieved& out, const QString& node) {
  if (responses.empty()) {
    if (out.problem.isEmpty()) out.problem = PacsTr::tr("%1: the retrieve ended without a final response").arg(node);
    return;
  }
  RetrieveResponse* last = responses.back();
  out.completed = last->m_numberOfCompletedSubops;
  out.failed = last->m_numberOfFailedSubops;
  out.warnings = last->m_numberOfWarningSubops;
  if (last->m_dataset) {
    const QString failed = get(*last->m_dataset, DCM_FailedSOPInstanceUIDList);
    if (!failed.isEmpty()) out.failedInstances = failed.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
  }
  const Uint16 s = last->m_status;
  if (s == STATUS_Success || s == STATUS_MOVE_Warning_SubOperationsCompleteOneOrMoreFailures) return;
  if (s == STATUS_MOVE_Cancel_SubOperationsTerminatedDueToCancelIndication) {
    out.cancelled = true;
    return;
  }
  if (out.problem.isEmpty()) {
    QString why;
    switch (s) {
      case STATUS_MOVE_Failed_UnableToProcess: why = PacsTr::tr("unable to process"); break;
      case STATUS_MOVE_Refused_OutOfResourcesNumberOfMatches: why = PacsTr::tr("out of resources (number of matches)"); break;
      case STATUS_MOVE_Refused_OutOfResourcesSubOperations: why = PacsTr::tr("out of resources (sub-operations)"); break;
      case STATUS_MOVE_Failed_MoveDestinationUnknown: why = PacsTr::tr("the move destination is unknown to the node"); break;
      case STATUS_MOVE_Failed_IdentifierDoesNotMatchSOPClass: why = PacsTr::tr("the identifier does not match the SOP class"); break;
      default: why = PacsTr::tr("status %1").arg(statusText(s));
    }
    out.problem = PacsTr::tr("%1: the retrieve failed: %2").arg(node, why);
  }
}

}  // namespace

std::vector<OfferedContext> offeredContexts() {
  const auto list = [](const OFList<OFString>& l) {
    QStringList out;
    for (const OFString& s : l) out << text(s);
    return out;
  };
  const auto name = [](const char* uid) { return QString::fromLatin1(dcmFindNameOfUID(uid, uid)); };
  std::vector<OfferedContext> rows;
  rows.push_back({QStringLiteral("C-ECHO"), QStringLiteral("SCU"), UID_VerificationSOPClass, name(UID_VerificationSOPClass), list(uncompressedSyntaxes())});
  for (const auto& [service, uid] : {std::pair{"C-FIND", UID_FINDStudyRootQueryRetrieveInformationModel},
                                     std::pair{"C-MOVE", UID_MOVEStudyRootQueryRetrieveInformationModel},
                                     std::pair{"C-GET", UID_GETStudyRootQueryRetrieveInformationModel}})
    rows.push_back({QString::fromLatin1(service), QStringLiteral("SCU"), uid, name(uid), list(uncompressedSyntaxes())});
  for (int i = 0; i < numberOfDcmLongSCUStorageSOPClassUIDs; ++i)
    rows.push_back({QStringLiteral("C-STORE under C-GET"), QStringLiteral("SCP"), dcmLongSCUStorageSOPClassUIDs[i], name(dcmLongSCUStorageSOPClassUIDs[i]),
                    list(storageSyntaxes())});
  rows.push_back({QStringLiteral("C-ECHO"), QStringLiteral("SCP"), UID_VerificationSOPClass, name(UID_VerificationSOPClass), list(uncompressedSyntaxes())});
  for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i)
    rows.push_back({QStringLiteral("C-STORE (storage SCP)"), QStringLiteral("SCP"), dcmAllStorageSOPClassUIDs[i], name(dcmAllStorageSOPClassUIDs[i]),
                    list(storageSyntaxes())});
  return rows;
}

QString levelName(Level level) {
  switch (level) {
    case Level::Study: return QStringLiteral("STUDY");
    case Level::Series: return QStringLiteral("SERIES");
    case Level::Image: return QStringLiteral("IMAGE");
  }
  return {};
}

Status echo(const Node& node, const Connection& connection) {
  Scu scu(node, connection, Progress::none());
  scu.addPresentationContext(UID_VerificationSOPClass, uncompressedSyntaxes());
  if (const Status opened = scu.open(); !opened) return opened;
  const T_ASC_PresentationContextID pc = scu.context(UID_VerificationSOPClass);
  if (pc == 0) return fail(PacsTr::tr("%1: the node does not accept verification (C-ECHO)").arg(node.text()));
  const OFCondition cond = scu.sendECHORequest(pc);
  if (cond.bad()) return fail(scu.describe(cond, QStringLiteral("C-ECHO")));
  return {};
}

Result<std::vector<Match>> find(const Node& node, const Connection& connection, const Query& query) {
  Scu scu(node, connection, Progress::none());
  scu.addPresentationContext(UID_FINDStudyRootQueryRetrieveInformationModel, uncompressedSyntaxes());
  if (const Status opened = scu.open(); !opened) return fail(opened.error());
  const T_ASC_PresentationContextID pc = scu.context(UID_FINDStudyRootQueryRetrieveInformationModel);
  if (pc == 0) return fail(PacsTr::tr("%1: the node does not offer study-root C-FIND").arg(node.text()));

  DcmDataset q;
  putKey(q, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
  putKey(q, DCM_QueryRetrieveLevel, levelName(query.level));
  putKey(q, DCM_PatientID, query.patientId);
  putKey(q, DCM_PatientName, query.patientName);
  QString dates;
  if (!query.dateFrom.isEmpty() || !query.dateTo.isEmpty())
    dates = query.dateFrom == query.dateTo ? query.dateFrom : query.dateFrom + QLatin1Char('-') + query.dateTo;
  putKey(q, DCM_StudyDate, dates);
  putKey(q, DCM_AccessionNumber, query.accession);
  putKey(q, DCM_StudyDescription, QString());
  putKey(q, DCM_StudyInstanceUID, query.studyUid);
  if (query.level == Level::Study) {
    putKey(q, DCM_ModalitiesInStudy, query.modality);
    putKey(q, DCM_NumberOfStudyRelatedInstances, QString());
  } else {
    putKey(q, DCM_Modality, query.modality);
    putKey(q, DCM_SeriesInstanceUID, query.seriesUid);
    putKey(q, DCM_SeriesDescription, QString());
    putKey(q, DCM_SeriesNumber, QString());
    if (query.level == Level::Series) putKey(q, DCM_NumberOfSeriesRelatedInstances, QString());
  }
  if (query.level == Level::Image) {
    putKey(q, DCM_SOPInstanceUID, QString());
    putKey(q, DCM_SOPClassUID, QString());
    putKey(q, DCM_InstanceNumber, QString());
  }
  OwnedResponses<QRResponse> responses;
  const OFCondition cond = scu.sendFINDRequest(pc, &q, &responses.list);
  if (cond.bad()) return fail(scu.describe(cond, QStringLiteral("C-FIND")));
  std::vector<Match> matches;
  Uint16 finalStatus = STATUS_Success;
  for (QRResponse* r : responses.list) {
    finalStatus = r->m_status;
    if (!r->m_dataset || !DICOM_PENDING_STATUS(r->m_status)) continue;
    DcmDataset& ds = *r->m_dataset;
    ds.convertToUTF8();  // names in the node's character set
    Match m;
    m.patientId = get(ds, DCM_PatientID);
    m.patientName = get(ds, DCM_PatientName);
    m.studyDate = get(ds, DCM_StudyDate);
    m.accession = get(ds, DCM_AccessionNumber);
    m.studyDescription = get(ds, DCM_StudyDescription);
    m.studyUid = get(ds, DCM_StudyInstanceUID);
    m.seriesUid = get(ds, DCM_SeriesInstanceUID);
    m.seriesDescription = get(ds, DCM_SeriesDescription);
    m.sopInstanceUid = get(ds, DCM_SOPInstanceUID);
    m.sopClassUid = get(ds, DCM_SOPClassUID);
    m.modality = query.level == Level::Study ? get(ds, DCM_ModalitiesInStudy) : get(ds, DCM_Modality);
    const QString count = get(ds, query.level == Level::Study ? DCM_NumberOfStudyRelatedInstances : DCM_NumberOfSeriesRelatedInstances);
    bool ok = false;
    const int n = count.toInt(&ok);
    m.instances = ok ? n : -1;
    matches.push_back(std::move(m));
  }
  if (finalStatus != STATUS_Success && !DICOM_PENDING_STATUS(finalStatus))
    return fail(PacsTr::tr("%1: C-FIND failed with status %2").arg(node.text(), statusText(finalStatus)));
  return matches;
}

Retrieved getInto(const Node& node, const Connection& connection, const RetrieveTarget& target, const QString& folder, Progress& progress) {
  Retrieved out;
  Scu scu(node, connection, progress);
  scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel, uncompressedSyntaxes());
  // The storage classes we take back in the SCP role (at most 127 contexts in all).
  QStringList classes = target.sopClassUids;
  if (classes.isEmpty())
    for (int i = 0; i < numberOfDcmLongSCUStorageSOPClassUIDs; ++i) classes << QString::fromLatin1(dcmLongSCUStorageSOPClassUIDs[i]);
  classes.removeDuplicates();
  const OFList<OFString> syntaxes = storageSyntaxes();
  for (const QString& c : classes.mid(0, 120)) scu.addPresentationContext(of(c), syntaxes, ASC_SC_ROLE_SCP);
  if (const Status opened = scu.open(); !opened) {
    out.problem = opened.error();
    return out;
  }
  const T_ASC_PresentationContextID pc = scu.context(UID_GETStudyRootQueryRetrieveInformationModel);
  if (pc == 0) {
    out.problem = PacsTr::tr("%1: the node does not offer study-root C-GET").arg(node.text());
    return out;
  }
  scu.receiveInto(folder);
  DcmDataset id = retrieveIdentifier(target);
  OwnedResponses<RetrieveResponse> responses;
  const OFCondition cond = scu.sendCGETRequest(pc, &id, &responses.list);
  out.files = scu.received;
  if (cond.bad()) out.problem = scu.describe(cond, QStringLiteral("C-GET"));
  readFinal(responses.list, out, node.text());
  for (const QString& p : scu.problems) out.failedInstances << p;
  out.cancelled = out.cancelled || progress.cancelled();
  return out;
}

// ---------------------------------------------------------------------------------------------
// The storage SCP for C-MOVE.

class ReceiverScp : public DcmSCP {
public:
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  QString folder;
  QStringList received;
  int counter = 0;

  OFBool stopAfterConnectionTimeout() override { return stopping.load(); }
  OFBool stopAfterCurrentAssociation() override { return stopping.load(); }

  OFCondition handleIncomingCommand(T_DIMSE_Message* msg, const DcmPresentationContextInfo& info) override {
    if (msg->CommandField != DIMSE_C_STORE_RQ) return DcmSCP::handleIncomingCommand(msg, info);
    T_DIMSE_C_StoreRQ& request = msg->msg.CStoreRQ;
    QString path;
    {
      std::lock_guard<std::mutex> lock(mutex);
      path = QDir(folder).filePath(receivedName(++counter, QString::fromLatin1(request.AffectedSOPInstanceUID)));
    }
    // Written as it arrives (bit-preserving), so a large instance never sits in memory whole.
    OFCondition cond = receiveSTORERequest(request, info.presentationContextID, of(path));
    Uint16 status = STATUS_Success;
    if (cond.good()) {
      std::lock_guard<std::mutex> lock(mutex);
      received << path;
    } else {
      QFile::remove(path);  // never half a file in the folder the import reads
      status = STATUS_STORE_Refused_OutOfResources;
      if (cond == DUL_NETWORKCLOSED || cond == DUL_PEERABORTEDASSOCIATION) return cond;
    }
    return sendSTOREResponse(info.presentationContextID, request, status);
  }
};

struct StorageReceiver::Impl {
  QString aeTitle;
  quint16 port = 0;
  ReceiverScp scp;
  std::thread thread;
  bool running = false;
};

StorageReceiver::StorageReceiver(QString aeTitle, quint16 port) : impl_(new Impl) {
  impl_->aeTitle = std::move(aeTitle);
  impl_->port = port;
}

StorageReceiver::~StorageReceiver() {
  stop();
  delete impl_;
}

QString StorageReceiver::aeTitle() const { return impl_->aeTitle; }
quint16 StorageReceiver::port() const { return impl_->port; }

Status StorageReceiver::start() {
  if (impl_->running) return {};
  registerDicomCodecs();
  enableTcpNoDelay();
  ReceiverScp& scp = impl_->scp;
  scp.setAETitle(of(impl_->aeTitle));
  scp.setPort(impl_->port);
  scp.setConnectionBlockingMode(DUL_NOBLOCK);
  scp.setConnectionTimeout(1);  // how often the loop looks whether it should stop
  scp.setACSETimeout(30);
  scp.setDIMSETimeout(30);
  scp.setVerbosePCMode(OFFalse);
  OFList<OFString> syntaxes = storageSyntaxes();
  scp.addPresentationContext(UID_VerificationSOPClass, uncompressedSyntaxes());
  for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i) scp.addPresentationContext(dcmAllStorageSOPClassUIDs[i], syntaxes);
  const OFCondition opened = scp.openListenPort();
  if (opened.bad())
    return fail(PacsTr::tr("the storage SCP cannot listen on port %1: %2").arg(impl_->port).arg(QString::fromLatin1(opened.text())));
  impl_->running = true;
  impl_->thread = std::thread([this] { impl_->scp.acceptAssociations(); });
  return {};
}

void StorageReceiver::stop() {
  if (!impl_->running) return;
  impl_->scp.stopping = true;
  // A connection that says nothing wakes the listening loop now rather than at its next
  // one-second time-out; it then sees that it should stop.
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  if (s >= 0) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(impl_->port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    (void)::connect(s, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    ::close(s);
  }
  impl_->thread.join();
  impl_->running = false;
}

QStringList StorageReceiver::receiveInto(const QString& folder) {
  std::lock_guard<std::mutex> lock(impl_->scp.mutex);
  impl_->scp.folder = folder;
  QStringList received = std::move(impl_->scp.received);
  impl_->scp.received.clear();
  return received;
}

Retrieved moveInto(const Node& node, const Connection& connection, const RetrieveTarget& target, StorageReceiver& receiver,
                   const QString& folder, Progress& progress) {
  Retrieved out;
  receiver.receiveInto(folder);
  Scu scu(node, connection, progress);
  scu.addPresentationContext(UID_MOVEStudyRootQueryRetrieveInformationModel, uncompressedSyntaxes());
  if (const Status opened = scu.open(); !opened) {
    out.problem = opened.error();
    return out;
  }
  const T_ASC_PresentationContextID pc = scu.context(UID_MOVEStudyRootQueryRetrieveInformationModel);
  if (pc == 0) {
    out.problem = PacsTr::tr("%1: the node does not offer study-root C-MOVE").arg(node.text());
    return out;
  }
  DcmDataset id = retrieveIdentifier(target);
  OwnedResponses<RetrieveResponse> responses;
  const OFCondition cond = scu.sendMOVERequest(pc, of(receiver.aeTitle()), &id, &responses.list);
  if (cond.bad()) out.problem = scu.describe(cond, QStringLiteral("C-MOVE"));
  readFinal(responses.list, out, node.text());
  // The sub-operations are answered before the final response: what arrived is in the folder.
  out.files = receiver.receiveInto(folder);
  out.cancelled = out.cancelled || progress.cancelled();
  return out;
}

}  // namespace rc::pacs
