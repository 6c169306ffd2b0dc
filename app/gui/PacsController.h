#pragma once
// File > PACS (issue 23): the nodes this workstation knows (kept in the user's settings), and
// echo, find, retrieve into the de-identifying import and send of the open series, each off
// the window's thread with progress and cancel. The work is modules/pacs'; this only runs it.

#include "WindowContext.h"
#include "pacs/Dimse.h"
#include "pacs/NodeBook.h"
#include "pacs/Retrieve.h"
#include "pacs/Send.h"

#include <QObject>

#include <vector>

namespace rc {

class PacsController : public QObject {
  Q_OBJECT

public:
  PacsController(WindowContext context, QObject* parent = nullptr);

  const pacs::NodeBook& book() const { return book_; }
  // Saved at once in the user's settings.
  Status saveBook(const pacs::NodeBook& book);

  void openDialog();
  void echo(const pacs::SavedNode& node);
  void find(const pacs::SavedNode& node, const pacs::Query& query);
  void retrieve(const pacs::SavedNode& node, const QStringList& studyUids);
  // The open series (with its SEG and SR when asked) to the node, through the export's checks.
  void sendOpenSeries(const pacs::SavedNode& node, bool withLabels);

signals:
  void echoed(const QString& nodeName, const QString& problem);  // problem empty: it answered
  void found(const std::vector<rc::pacs::Match>& matches, const QString& problem);
  void retrieved(const rc::pacs::RetrieveReport& report);
  void sent(const rc::pacs::SendReport& report);

private:
  WindowContext context_;
  pacs::NodeBook book_;
};

}  // namespace rc
