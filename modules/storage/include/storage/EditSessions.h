#pragma once
// Who has which series open for editing: a row per editing session, closed when the window
// closes the series. A row still open whose process is gone is a session that crashed; the
// next start says so (its edits were saved as they were made) and closes it.

#include "core/Result.h"
#include "storage/CaseStore.h"

#include <vector>

namespace rc {

struct EditSessionRecord {
  qint64 id = 0;
  QString seriesInstanceUid;
  QString host;
  qint64 pid = 0;
  QString user;
  QString startedAt;  // ISO 8601 UTC
  QString savedAt;    // the session's last save ('' when it saved nothing)
};

class EditSessions {
public:
  explicit EditSessions(CaseDatabase& db) : db_(db) {}

  Result<qint64> begin(const QString& seriesInstanceUid, const QString& host, qint64 pid, const QString& user);
  Status noteSaved(qint64 id);
  // how: "closed" for a normal end, "crashed" when a later session found it abandoned.
  Status end(qint64 id, const QString& how = QStringLiteral("closed"));
  // Sessions not ended, of one series or (empty uid) of all.
  Result<std::vector<EditSessionRecord>> open(const QString& seriesInstanceUid = QString());

private:
  CaseDatabase& db_;
};

}  // namespace rc
