#pragma once
// Shared pieces of radcurator-cli: argument parsing, output streams, the passphrase.

#include "core/Result.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Profile.h"
#include "reading/ReadingStudy.h"
#include "storage/CaseStore.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <set>

namespace rc::cli {

struct Args {
  QString command;
  QStringList positional;
  QMap<QString, QStringList> options;  // "--store DIR" -> options["store"] = {DIR}
  bool valid = true;
  QString problem;

  bool has(const QString& name) const { return options.contains(name); }
  QString value(const QString& name, const QString& fallback = QString()) const {
    return options.contains(name) ? options.value(name).last() : fallback;
  }
  QStringList values(const QString& name) const { return options.value(name); }
};

// Options that take a value; anything else starting with "--" is a flag.
Args parseArgs(const QStringList& arguments);

QTextStream& out();
QTextStream& err();

QString defaultStoreDirectory();
QString storeDirectory(const Args& args);
// Opens --store (or the default store). Unless told not to (the store check, which reports
// them), it removes what killed jobs left in the scratch folder and says so.
std::optional<CaseStore> openStore(const Args& args, bool sweepScratch = true);

// The first line of a file, without its line end (passphrase, password and token files); the
// error names the file and why it cannot be read.
Result<QString> firstLineOf(const QString& path);

// The correspondence table's passphrase: --passphrase-file FILE (first line), then
// RADCURATOR_PASSPHRASE, then a prompt on the terminal (twice when `creating`).
Result<QString> obtainPassphrase(const Args& args, bool creating);

// True when the passphrase is given without asking (--passphrase-file or RADCURATOR_PASSPHRASE).
bool passphraseGiven(const Args& args);

// The store's correspondence table, opened with the passphrase; prints the reason and
// returns null when it cannot be opened.
std::unique_ptr<CorrespondenceTable> openStoreTable(const Args& args, const CaseStore& store);

// The store's de-identification profile (for what leaves the store); prints the reason and
// returns null when it cannot be read.
std::shared_ptr<const DeidProfile> openStoreProfile(const CaseStore& store);

// --option NAME... as de-identification options.
Result<std::set<DeidOption>> requestedOptions(const Args& args);

// Who acts in the reading studies of `db`: --as LOGIN (default the OS login), with the local
// account's password from --as-password-file FILE (first line) or RADCURATOR_PASSWORD. Prints
// the reason and returns nullopt when that person may not act.
std::optional<ReadingStudy> actAs(const Args& args, CaseDatabase& db);

// The store, its database and the person acting (actAs), for the reading-study commands.
struct Acting {
  std::optional<CaseStore> store;
  std::unique_ptr<CaseDatabase> db;
  std::optional<ReadingStudy> study;
};
// Fills `acting`; prints the reason and returns false when the store or the person fails.
bool act(const Args& args, Acting& acting);

int usage();
// Prints "error: <message>" and returns the exit code 1.
int failed(const QString& message);

}  // namespace rc::cli
