#include "storage/StoreChanges.h"

#include "StorageSupport.h"

#include <QSqlDriver>

namespace rc {

namespace {
const char* const kChannel = "radcurator";
}

StoreChanges::StoreChanges(const CaseStore& store, QObject* parent) : QObject(parent), store_(store) {
  coalesce_.setSingleShot(true);
  coalesce_.setInterval(250);
  connect(&coalesce_, &QTimer::timeout, this, &StoreChanges::changed);
  if (!store_.isShared()) return;
  // A dead server or line gives no notification and no error: it is asked every few seconds.
  watchdog_.setInterval(5000);
  connect(&watchdog_, &QTimer::timeout, this, &StoreChanges::check);
  watchdog_.start();
  listen();
}

StoreChanges::~StoreChanges() = default;

void StoreChanges::listen() {
  db_.reset();
  auto db = std::make_unique<CaseDatabase>(store_);
  if (!db->isOpen()) return setListening(false, db->openError());
  db->doNotReuse();  // it LISTENs
  QSqlDriver* driver = db->sql().driver();
  if (!driver->subscribeToNotification(QLatin1String(kChannel)))
    return setListening(false, driver->lastError().text());
  const QString schema = store_.server()->schemaName();
  connect(driver, &QSqlDriver::notification, this, [this, schema](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
    if (name == QLatin1String(kChannel) && payload.toString() == schema) coalesce_.start();
  });
  db_ = std::move(db);
  const bool wasLost = !problem_.isEmpty();
  setListening(true, QString());
  if (wasLost) coalesce_.start();  // what happened while nobody listened
}

void StoreChanges::check() {
  if (db_) {
    QSqlQuery q(db_->sql());
    if (q.exec(QStringLiteral("SELECT 1"))) return;
    setListening(false, sqlError(q));
  }
  listen();
}

void StoreChanges::setListening(bool listening, const QString& problem) {
  problem_ = problem;
  if (!listening) db_.reset();
  if (listening == listening_) return;
  listening_ = listening;
  emit listeningChanged(listening);
}

}  // namespace rc
