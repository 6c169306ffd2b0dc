#pragma once
// The DIMSE services RadCurator uses as an SCU (DCMTK's DcmSCU), one association each:
// C-ECHO, C-FIND (study root, study/series/image level), C-GET and C-MOVE of a study, a series
// or listed instances into a folder. Every refusal, time-out or dropped connection comes back
// as an error naming the node; sub-operations that failed come back per instance.

#include "core/Progress.h"
#include "core/Result.h"
#include "pacs/Node.h"

#include <QStringList>

#include <vector>

namespace rc::pacs {

Status echo(const Node& node, const Connection& connection);

// What the associations propose and accept, from the same tables the code negotiates with
// (the conformance statement is written from this).
struct OfferedContext {
  QString service;      // "C-ECHO", "C-FIND", "C-MOVE", "C-GET", "C-STORE under C-GET", "C-STORE (storage SCP)"
  QString role;         // "SCU" or "SCP"
  QString sopClassUid;
  QString sopClassName;
  QStringList transferSyntaxes;
};
std::vector<OfferedContext> offeredContexts();

enum class Level { Study, Series, Image };
QString levelName(Level level);  // "STUDY", "SERIES", "IMAGE"

struct Query {
  Level level = Level::Study;
  QString patientId;
  QString patientName;       // wildcards * and ? as the standard allows
  QString dateFrom, dateTo;  // YYYYMMDD, either may be empty
  QString modality;
  QString accession;
  QString studyUid;          // required below study level
  QString seriesUid;         // required at image level
};

struct Match {
  QString patientId, patientName, studyDate, accession, studyDescription;
  QString modality;  // of the series; at study level: Modalities in Study
  QString studyUid, seriesUid, sopInstanceUid, sopClassUid;
  QString seriesDescription;
  int instances = -1;  // number of related instances when the node says, else -1
};

Result<std::vector<Match>> find(const Node& node, const Connection& connection, const Query& query);

// What to retrieve: a whole study, a series, or listed instances of a series.
struct RetrieveTarget {
  QString studyUid;
  QString seriesUid;             // empty: the study
  QStringList sopInstanceUids;   // not empty: only these (image level)
  QStringList sopClassUids;      // the classes to accept by C-GET (empty: the usual storage classes)
};

struct Retrieved {
  QStringList files;             // written into the folder, as received
  QStringList failedInstances;   // Failed SOP Instance UID List of the final response
  int completed = 0, failed = 0, warnings = 0;
  QString problem;               // the association or the final status, when not a success
  bool cancelled = false;
  bool ok() const { return problem.isEmpty() && failed == 0 && !cancelled; }
};

// The SOP Instance UID a received file was sent as (received files are named after it, so a
// file the import refuses can be named by its instance); empty for other names.
QString receivedInstanceUid(const QString& path);

// C-GET: the node sends the instances back on the same association.
Retrieved getInto(const Node& node, const Connection& connection, const RetrieveTarget& target, const QString& folder,
                  Progress& progress = Progress::none());

// C-MOVE to `destinationAeTitle`, which must be RadCurator's storage SCP (`StorageReceiver`)
// listening on a port the node knows under that title.
class StorageReceiver;
Retrieved moveInto(const Node& node, const Connection& connection, const RetrieveTarget& target, StorageReceiver& receiver,
                   const QString& folder, Progress& progress = Progress::none());

// RadCurator's storage SCP for C-MOVE: listens on `port` in a thread of its own from start()
// until stop() (or destruction), accepts C-ECHO and C-STORE of any storage class, and writes
// what arrives into the folder set by receiveInto().
class StorageReceiver {
public:
  StorageReceiver(QString aeTitle, quint16 port);
  ~StorageReceiver();
  StorageReceiver(const StorageReceiver&) = delete;
  StorageReceiver& operator=(const StorageReceiver&) = delete;

  Status start();
  void stop();
  // Files that arrive from now on go into `folder`; returns those received since the last call.
  QStringList receiveInto(const QString& folder);
  QString aeTitle() const;
  quint16 port() const;

  struct Impl;

private:
  Impl* impl_;
};

}  // namespace rc::pacs
