#pragma once
// A case store opened for import the way the application does it: site profile (unless told
// otherwise) and a correspondence table created with the test passphrase (fast KDF limits).

#include "importer/Importer.h"
#include "casework/StoreCheck.h"
#include "casework/StoreDeid.h"
#include "storage/CaseStore.h"

#include <QString>
#include <QtTest>

namespace rc::test {

inline const QString kPassphrase = QStringLiteral("test-passphrase-1234");

struct StoreFixture {
  std::optional<CaseStore> store;
  StoreDeid deid;

  static std::unique_ptr<StoreFixture> open(const QString& directory, const QString& profile = QString(),
                                            const std::set<DeidOption>& options = {}) {
    auto fixture = std::make_unique<StoreFixture>();
    auto store = CaseStore::open(directory);
    if (!store) {
      QTest::qFail(qPrintable(store.error()), __FILE__, __LINE__);
      return nullptr;
    }
    fixture->store = store.value();
    auto deid = openStoreDeid(*fixture->store, kPassphrase, profile, options, KdfStrength::Interactive);
    if (!deid) {
      QTest::qFail(qPrintable(deid.error()), __FILE__, __LINE__);
      return nullptr;
    }
    fixture->deid = std::move(deid).value();
    return fixture;
  }

  ImportReport import(const QStringList& paths, Progress& progress = Progress::none()) const {
    return Importer(*store, deid.profile, deid.table.get()).run(paths, progress);
  }

  // The store check (`radcurator-cli check`): what the database says is what is on disk.
  // Returns the problems as text (empty when the store is sound).
  QString storeProblems() const {
    const auto report = checkStore(*store);
    if (!report) return report.error();
    QStringList problems;
    for (const StoreProblem& p : report->problems) problems << p.where + QStringLiteral(": ") + p.reason;
    return problems.join(QLatin1Char('\n'));
  }
};

}  // namespace rc::test
