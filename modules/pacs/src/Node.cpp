#include "pacs/Node.h"

#include "PacsTr.h"

#include <QRegularExpression>

#include <cstdlib>

namespace rc::pacs {

QString Node::text() const { return QStringLiteral("%1@%2:%3").arg(aeTitle, host).arg(port); }

Result<Node> parseNode(const QString& text) {
  // AE titles are up to 16 characters of the default repertoire without backslash or control
  // characters (PS3.5 6.2); the host may be a name, an IPv4 address or [IPv6].
  static const QRegularExpression form(QStringLiteral(R"(^([^@\\]{1,16})@(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$)"));
  const auto m = form.match(text.trimmed());
  if (!m.hasMatch())
    return fail(PacsTr::tr("%1: not a DICOM node; write it as AE_TITLE@HOST:PORT (an AE title of at most 16 characters)").arg(text));
  Node node;
  node.aeTitle = m.captured(1).trimmed();
  node.host = m.captured(2);
  if (node.host.startsWith(QLatin1Char('['))) node.host = node.host.mid(1, node.host.size() - 2);
  const int port = m.captured(3).toInt();
  if (node.aeTitle.isEmpty()) return fail(PacsTr::tr("%1: the AE title is empty").arg(text));
  for (const QChar c : node.aeTitle)
    if (c.unicode() < 0x20 || c.unicode() > 0x7e) return fail(PacsTr::tr("%1: the AE title may hold only ASCII letters, digits and signs").arg(text));
  if (port < 1 || port > 65535) return fail(PacsTr::tr("%1: the port must be between 1 and 65535").arg(text));
  node.port = quint16(port);
  return node;
}

void enableTcpNoDelay() {
  // setenv without overwrite: a caller (a test, a benchmark) that chose a value keeps it.
  ::setenv("TCP_NODELAY", "1", 0);
}

}  // namespace rc::pacs
