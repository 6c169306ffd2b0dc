#include "pacs/NodeBook.h"

#include "PacsTr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc::pacs {

const SavedNode* NodeBook::find(const QString& name) const {
  for (const SavedNode& n : nodes)
    if (n.name == name) return &n;
  return nullptr;
}

Status NodeBook::put(const SavedNode& node) {
  if (node.name.trimmed().isEmpty()) return fail(PacsTr::tr("the node needs a name"));
  // The same checks as the command line's --node.
  const auto parsed = parseNode(node.node.text());
  if (!parsed || node.node.host.isEmpty()) return fail(parsed ? PacsTr::tr("the node needs a host") : parsed.error());
  if (node.tls.enabled && node.tls.trustedCertificates.isEmpty())
    return fail(PacsTr::tr("TLS needs the certificate(s) to trust (a PEM file)"));
  for (SavedNode& n : nodes)
    if (n.name == node.name) {
      n = node;
      return {};
    }
  nodes.push_back(node);
  return {};
}

void NodeBook::remove(const QString& name) {
  nodes.erase(std::remove_if(nodes.begin(), nodes.end(), [&](const SavedNode& n) { return n.name == name; }), nodes.end());
}

Connection NodeBook::connectionTo(const SavedNode& node) const {
  Connection c;
  c.ourAeTitle = ourAeTitle;
  c.timeoutSeconds = timeoutSeconds;
  c.tls = node.tls;
  return c;
}

QByteArray NodeBook::toJson() const {
  QJsonArray list;
  for (const SavedNode& n : nodes)
    list.append(QJsonObject{{QStringLiteral("name"), n.name},
                            {QStringLiteral("node"), n.node.text()},
                            {QStringLiteral("tls"), n.tls.enabled},
                            {QStringLiteral("tlsTrusted"), n.tls.trustedCertificates},
                            {QStringLiteral("tlsKey"), n.tls.privateKey},
                            {QStringLiteral("tlsCertificate"), n.tls.certificate}});
  return QJsonDocument(QJsonObject{{QStringLiteral("ourAeTitle"), ourAeTitle},
                                   {QStringLiteral("ourPort"), int(ourPort)},
                                   {QStringLiteral("retrieveByMove"), retrieveByMove},
                                   {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                                   {QStringLiteral("nodes"), list}})
      .toJson(QJsonDocument::Compact);
}

Result<NodeBook> NodeBook::fromJson(const QByteArray& json) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (!doc.isObject()) return fail(PacsTr::tr("the DICOM node settings cannot be read: %1").arg(error.errorString()));
  const QJsonObject o = doc.object();
  NodeBook book;
  book.ourAeTitle = o.value(QStringLiteral("ourAeTitle")).toString(book.ourAeTitle);
  const int port = o.value(QStringLiteral("ourPort")).toInt(book.ourPort);
  if (port < 1 || port > 65535) return fail(PacsTr::tr("the DICOM node settings: our port %1 is not a port").arg(port));
  book.ourPort = quint16(port);
  book.retrieveByMove = o.value(QStringLiteral("retrieveByMove")).toBool();
  book.timeoutSeconds = std::max(1, o.value(QStringLiteral("timeoutSeconds")).toInt(book.timeoutSeconds));
  for (const QJsonValue& v : o.value(QStringLiteral("nodes")).toArray()) {
    const QJsonObject n = v.toObject();
    const auto node = parseNode(n.value(QStringLiteral("node")).toString());
    if (!node) return fail(PacsTr::tr("the DICOM node settings: %1").arg(node.error()));
    SavedNode saved{n.value(QStringLiteral("name")).toString(), node.value(), {}};
    saved.tls.enabled = n.value(QStringLiteral("tls")).toBool();
    saved.tls.trustedCertificates = n.value(QStringLiteral("tlsTrusted")).toString();
    saved.tls.privateKey = n.value(QStringLiteral("tlsKey")).toString();
    saved.tls.certificate = n.value(QStringLiteral("tlsCertificate")).toString();
    if (const Status ok = book.put(saved); !ok) return fail(PacsTr::tr("the DICOM node settings: %1").arg(ok.error()));
  }
  return book;
}

}  // namespace rc::pacs
