#pragma once
// The DICOM nodes a workstation knows (the PACS it retrieves from, the partners it sends to)
// and how it presents itself: our AE title, the port of our storage SCP for C-MOVE, and which
// retrieve the PACS allows. Kept as JSON in the user's settings; the passwords of nothing are
// kept here (TLS uses certificate files).

#include "core/Result.h"
#include "pacs/Node.h"

#include <QByteArray>

#include <vector>

namespace rc::pacs {

struct SavedNode {
  QString name;  // what the user calls it ("Hospital PACS", "Partner A")
  Node node;
  Tls tls;
};

struct NodeBook {
  QString ourAeTitle = QStringLiteral("RADCURATOR");
  quint16 ourPort = 11112;  // our storage SCP for C-MOVE (the PACS must know it under ourAeTitle)
  bool retrieveByMove = false;
  int timeoutSeconds = 30;
  std::vector<SavedNode> nodes;

  const SavedNode* find(const QString& name) const;
  // Adds or replaces (by name); says what is wrong with the node instead.
  Status put(const SavedNode& node);
  void remove(const QString& name);
  Connection connectionTo(const SavedNode& node) const;

  QByteArray toJson() const;
  // An unreadable or partly wrong text gives the reason (the caller starts from an empty book).
  static Result<NodeBook> fromJson(const QByteArray& json);
};

}  // namespace rc::pacs
