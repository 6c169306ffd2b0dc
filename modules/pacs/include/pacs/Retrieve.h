#pragma once
// Retrieve from a PACS straight into the de-identifying import. Series by series: the node is
// asked which instances a series has (C-FIND, image level), those the store already holds (by
// their keyed UIDs) are not asked for again, the rest is retrieved by C-GET or C-MOVE into a
// scratch folder of the store and imported from there as soon as the series has arrived (the
// import de-identifies, checks and files it in one transaction), then the scratch folder is
// removed. No identified file is kept anywhere else. Instances the node failed to send and
// files that arrived broken are reported one by one; the rest is filed, and a retry fetches
// only what is still missing. One series is filed while the next is retrieved.

#include "core/Progress.h"
#include "importer/Importer.h"
#include "pacs/Dimse.h"

#include <QStringList>

#include <optional>

namespace rc::pacs {

struct RetrieveRequest {
  QStringList studyUids;   // whole studies, or
  QStringList seriesUids;  // series
  enum class Method { Get, Move } method = Method::Get;
  QString moveAeTitle;       // Move: our storage SCP's title as the node knows it
  quint16 movePort = 0;      // Move: the port our storage SCP listens on
};

struct RetrieveReport {
  int seriesFound = 0;
  int seriesComplete = 0;        // every instance of the series is in the store now
  int instancesOnNode = 0;
  int instancesAlreadyStored = 0;
  int instancesReceived = 0;
  QStringList failedInstances;   // "<series uid>: <instance uid>: <reason>"
  ImportReport imported;         // summed over the series
  QString problem;               // what stopped the retrieve (association, query), if anything
  bool cancelled = false;
  bool ok() const { return problem.isEmpty() && failedInstances.isEmpty() && imported.ok() && !cancelled; }
  QString summaryLine() const;
  // Adds another retrieve's figures (several studies in one go); its problem becomes a failure.
  void add(const RetrieveReport& other);
};

// `importer` files what arrives (its store, profile and open table); `table` gives the keyed
// UIDs for what is already stored.
RetrieveReport retrieveIntoStore(const Node& node, const Connection& connection, const RetrieveRequest& request,
                                 const CaseStore& store, Importer& importer, const CorrespondenceTable& table,
                                 const DeidProfile& profile, Progress& progress = Progress::none());

}  // namespace rc::pacs
