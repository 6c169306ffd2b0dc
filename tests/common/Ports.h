#pragma once
// Loopback ports for the servers the tests start (Orthanc, PostgreSQL, storage SCPs). Plain
// sockets: the storage tests that start PostgreSQL do not link Qt Network.

#include <QtGlobal>

#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rc::test {

// `n` ports nobody listens on right now (the kernel's choice) and different from each other:
// the probes are held open together, as two probes one after the other may be given the same
// port. Another program can still take one before the server binds it; the servers' fixtures
// start again on other ports when that happens.
inline std::vector<quint16> freeLoopbackPorts(int n) {
  std::vector<int> probes;
  std::vector<quint16> ports;
  for (int i = 0; i < n; ++i) {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    quint16 port = 0;
    if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && ::listen(s, 1) == 0 &&
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &length) == 0)
      port = ntohs(a.sin_port);
    if (s >= 0) probes.push_back(s);
    ports.push_back(port);
  }
  for (int s : probes) ::close(s);
  return ports;
}

inline quint16 freeLoopbackPort() { return freeLoopbackPorts(1).front(); }

}  // namespace rc::test
