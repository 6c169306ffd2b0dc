#pragma once
// C-STORE to a partner's node. What leaves is what a dataset export writes for the chosen
// series (the export profile, the residual-PHI scan, the burned-in gate, the ledger entry that
// an opt-out names), built in the store's scratch space and sent with DCMTK's storage SCU, one
// association, presentation contexts from the files themselves.

#include "core/Progress.h"
#include "core/Result.h"
#include "pacs/Node.h"
#include "storage/CaseStore.h"

#include <QStringList>

namespace rc {
class CorrespondenceTable;
class DeidProfile;
}  // namespace rc

namespace rc::pacs {

struct SendReport {
  int files = 0;           // offered
  int sent = 0;            // accepted by the node (success or warning)
  int alreadyThere = 0;    // found on the node by C-FIND first, not sent again
  QString note;            // e.g. the node answers no C-FIND, so everything was offered
  QStringList failures;    // "<file in the package>: <reason>"
  qint64 exportId = 0;     // the ledger row
  QString problem;         // association or export refused
  bool cancelled = false;
  bool ok() const { return problem.isEmpty() && failures.isEmpty() && !cancelled; }
};

struct SendRequest {
  QStringList seriesUids;
  bool withLabels = false;   // the series' SEG and SR too
  QString actor;             // who sends (the ledger)
  const CorrespondenceTable* table = nullptr;
  const DeidProfile* profile = nullptr;
};

SendReport sendSeries(const Node& node, const Connection& connection, const CaseStore& store, const SendRequest& request,
                      Progress& progress = Progress::none());

// C-STORE of files as they are (used by sendSeries on the export's files).
SendReport storeFiles(const Node& node, const Connection& connection, const QStringList& files, Progress& progress = Progress::none());

}  // namespace rc::pacs
