#pragma once
// Team mode: other workstations' changes, as they are committed. Every write transaction on a
// PostgreSQL store notifies (NOTIFY radcurator, payload: the store's schema); this object keeps
// one connection that LISTENs and says changed() (coalesced: a burst of an import's series is
// one signal). A lost connection is noticed within seconds and made again, and changed() follows,
// since whatever happened meanwhile was not heard. A SQLite store has one desk: nothing to hear.
// Lives in the thread that made it (the GUI's).

#include "storage/CaseStore.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace rc {

class StoreChanges : public QObject {
  Q_OBJECT
public:
  explicit StoreChanges(const CaseStore& store, QObject* parent = nullptr);
  ~StoreChanges() override;

  // True while the store's server is heard (always false for SQLite).
  bool isListening() const { return listening_; }
  // What the last attempt to listen met (empty when listening).
  QString problem() const { return problem_; }

signals:
  void changed();
  // The server was lost (listening false) or is heard again (true).
  void listeningChanged(bool listening);

private:
  void listen();
  void check();
  void setListening(bool listening, const QString& problem);

  CaseStore store_;
  std::unique_ptr<class CaseDatabase> db_;
  QTimer coalesce_;
  QTimer watchdog_;
  bool listening_ = false;
  QString problem_;
};

}  // namespace rc
