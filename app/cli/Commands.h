#pragma once
// radcurator-cli commands; each returns the process exit code.

#include "CliSupport.h"
#include "casework/StoreDeid.h"
#include "importer/Importer.h"

#include <set>

namespace rc {
class Progress;
}

namespace rc::cli {

int makePhantom(const Args& args);
int importCommand(const Args& args);
int listCommand(const Args& args);
int loadCommand(const Args& args);
int optoutCommand(const Args& args);
int correspondenceCommand(const Args& args);
int burnedInCommand(const Args& args);
int checkCommand(const Args& args);
int deidCommand(const Args& args);
int profileCommand(const Args& args);
int phiScanCommand(const Args& args);
int labelsCommand(const Args& args);
int exportLabelsCommand(const Args& args);
int importLabelsCommand(const Args& args);
int exportCommand(const Args& args);
int exportsCommand(const Args& args);
int verifyCommand(const Args& args);
int clinicalCommand(const Args& args);
int adcCommand(const Args& args);
int projectCommand(const Args& args);
int peopleCommand(const Args& args);
int assignCommand(const Args& args);
int worklistCommand(const Args& args);
int submitCommand(const Args& args);
int reviewCommand(const Args& args);
int consensusCommand(const Args& args);
int agreementCommand(const Args& args);
int auditCommand(const Args& args);
int boneScanCommand(const Args& args);
int doseCommand(const Args& args);
int reportsCommand(const Args& args);

int pacsCommand(const Args& args);
int uploadCommand(const Args& args);

// What opening the store's profile and correspondence table needs, asked for up front (the
// passphrase may be typed at a prompt) so that the slow unlocking can run beside other work.
struct DeidRequest {
  QString passphrase;
  QString profile;
  std::set<DeidOption> options;
  bool creating = false;
};
std::optional<DeidRequest> askDeid(const CaseStore& store, const Args& args);
// Reports the outcome of openStoreDeid for `request` as the commands do.
std::optional<StoreDeid> reportDeid(const CaseStore& store, const DeidRequest& request, Result<StoreDeid> deid);
// The importer of the store (its profile, table and report-text cleaner).
Importer storeImporter(const CaseStore& store, const StoreDeid& deid);
// An import's problems and notes on stderr (the summary line is the caller's).
void printImportOutcome(const CaseStore& store, const ImportReport& report);

// Interrupt handling for long commands: SIGINT/SIGTERM cancel `progress` (null: default).
void cancelOnInterrupt(rc::Progress* progress);

}  // namespace rc::cli
