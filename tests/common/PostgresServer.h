#pragma once
// A throw-away PostgreSQL server (Debian's `postgresql`) for the team-mode tests: initdb and
// the server in a temporary folder, TCP on a free loopback port, stopped with the test. initdb
// refuses root, so under root the cluster belongs to `nobody`. The server is the test's own
// child (not daemonized by pg_ctl) and is told to shut down when the test process dies, so a
// test killed from outside (a timeout, a Ctrl-C) leaves no server running. A missing PostgreSQL fails the
// test (scripts/setup installs it), never skips it.
//
// Tests of the storage, session and reading modules run on both engines: the same executable
// under RADCURATOR_TEST_ENGINE=postgresql (ctest's *_postgresql entries) starts a server and
// gives every new store a schema of its own (RADCURATOR_DATABASE=...?schema=new).

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "Ports.h"

#include <memory>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace rc::test {

class PostgresServer {
public:
  static constexpr const char* kUser = "rc";
  static constexpr const char* kDatabase = "rc";

  // fsyncOff: a test's data is thrown away (a killed server still keeps every commit: only the
  // machine's crash would lose them); a benchmark keeps the server's durability.
  bool start(QString* problem = nullptr, bool fsyncOff = true) {
    bin_ = binaries();
    if (bin_.isEmpty()) return say(problem, QStringLiteral("PostgreSQL is not installed (scripts/setup installs Debian's postgresql)"));
    if (!dir_.isValid()) return say(problem, QStringLiteral("no temporary folder"));
    fsyncOff_ = fsyncOff;
    asNobody_ = ::geteuid() == 0;
    if (asNobody_) {
      // The cluster's folder (and the folders above it) must be reachable by nobody.
      QFile::setPermissions(dir_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                             QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther);
    }
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                                        QString::fromLatin1(kUser), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
             problem))
      return false;
    // A server that exits at start-up (another program took the port meanwhile) is started
    // again on another port.
    for (int attempt = 1;; ++attempt) {
      port_ = freeLoopbackPort();
      if (startServer(problem)) break;
      if (attempt == 3 || server_->state() != QProcess::NotRunning) return false;
    }
    return createDatabase(QString::fromLatin1(kDatabase), problem);
  }

  ~PostgresServer() { stop(); }

  bool createDatabase(const QString& name, QString* problem = nullptr) const {
    return run(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port_),
                                            QStringLiteral("-U"), QString::fromLatin1(kUser), name},
               problem);
  }

  // The server goes away at once (a crash, a pulled cable: SIGQUIT is PostgreSQL's immediate
  // shutdown) and comes back on the same port.
  void kill() { signalServer(SIGQUIT); }
  bool restart(QString* problem = nullptr) { return startServer(problem); }
  void stop() {
    signalServer(SIGINT);  // fast shutdown: open sessions are ended
    port_ = 0;
  }

  quint16 port() const { return port_; }
  QString url() const { return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(QLatin1String(kUser)).arg(port_).arg(QLatin1String(kDatabase)); }
  // psql's answer to one statement (unaligned, no headers), for checks from outside the program.
  QString psql(const QString& sql, const QString& database = QString::fromLatin1(kDatabase)) const {
    QProcess p;
    p.start(bin_ + QStringLiteral("/psql"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port_),
                                             QStringLiteral("-U"), QString::fromLatin1(kUser), QStringLiteral("-d"), database,
                                             QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed() + QString::fromUtf8(p.readAllStandardError()).trimmed();
  }

private:
  static QString binaries() {
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions)
      if (QFileInfo::exists(root.filePath(v + QStringLiteral("/bin/initdb")))) return root.filePath(v + QStringLiteral("/bin"));
    return {};
  }
  QString data() const { return dir_.filePath(QStringLiteral("cluster")); }

  bool startServer(QString* problem) {
    QStringList args{QStringLiteral("-D"), data(), QStringLiteral("-p"), QString::number(port_), QStringLiteral("-k"), dir_.path(),
                     QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"), QStringLiteral("max_connections=200")};
    if (fsyncOff_) args << QStringLiteral("-c") << QStringLiteral("fsync=off");
    server_ = std::make_unique<QProcess>();
    server_->setProcessChannelMode(QProcess::MergedChannels);
    server_->setStandardOutputFile(dir_.filePath(QStringLiteral("server.log")), QIODevice::Append);
    // In the child, before exec: become nobody (under root), then ask for SIGINT (a fast
    // shutdown) when the test dies; the order matters, a change of user clears that request.
    uid_t uid = ::getuid();
    gid_t gid = ::getgid();
    if (asNobody_) {
      const passwd* nobody = ::getpwnam("nobody");
      if (!nobody) return say(problem, QStringLiteral("no user nobody"));
      uid = nobody->pw_uid;
      gid = nobody->pw_gid;
    }
    const bool switchUser = asNobody_;
    const pid_t test = ::getpid();
    server_->setChildProcessModifier([switchUser, uid, gid, test] {
      if (switchUser && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)) ::_exit(126);
      ::prctl(PR_SET_PDEATHSIG, SIGINT);
      if (::getppid() != test) ::_exit(0);  // the test is gone already
    });
    server_->start(bin_ + QStringLiteral("/postgres"), args);
    if (!server_->waitForStarted(10000)) return say(problem, QStringLiteral("postgres did not start: ") + server_->errorString());
    for (int i = 0; i < 600; ++i) {  // up to 60 s: two tests start servers at once on the CI's two cores
      QProcess ready;
      ready.start(bin_ + QStringLiteral("/pg_isready"), {QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                                         QStringLiteral("-p"), QString::number(port_)});
      if (ready.waitForFinished(10000) && ready.exitStatus() == QProcess::NormalExit && ready.exitCode() == 0) return true;
      if (server_->state() == QProcess::NotRunning) break;
      QThread::msleep(100);
    }
    QFile log(dir_.filePath(QStringLiteral("server.log")));
    log.open(QIODevice::ReadOnly);
    return say(problem, QStringLiteral("PostgreSQL did not answer on port %1: %2").arg(port_).arg(QString::fromLocal8Bit(log.readAll().right(2000))));
  }

  void signalServer(int signal) {
    if (!server_ || server_->state() == QProcess::NotRunning) return;
    ::kill(pid_t(server_->processId()), signal);
    if (!server_->waitForFinished(30000)) {
      server_->kill();
      server_->waitForFinished(5000);
    }
  }

  bool run(const QString& tool, QStringList args, QString* problem = nullptr) const {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = bin_ + QLatin1Char('/') + tool;
    if (asNobody_) {
      args.prepend(program);
      args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} + args;
      p.start(QStringLiteral("runuser"), args);
    } else {
      p.start(program, args);
    }
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
      return say(problem, tool + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll()));
    return true;
  }

  static bool say(QString* problem, const QString& text) {
    if (problem) *problem = text;
    return false;
  }

  QTemporaryDir dir_;
  std::unique_ptr<QProcess> server_;
  QString bin_;
  quint16 port_ = 0;
  bool asNobody_ = false;
  bool fsyncOff_ = true;
};

inline bool onPostgres() { return qEnvironmentVariable("RADCURATOR_TEST_ENGINE") == QLatin1String("postgresql"); }

// main() of a test that runs on both engines.
template <class TestClass>
int runOnEitherEngine(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  std::unique_ptr<PostgresServer> server;
  if (onPostgres()) {
    server = std::make_unique<PostgresServer>();
    QString problem;
    if (!server->start(&problem)) {
      fprintf(stderr, "FAIL: the test's PostgreSQL server did not start: %s\n", qPrintable(problem));
      return 1;
    }
    qputenv("RADCURATOR_DATABASE", (server->url() + QStringLiteral("?schema=new")).toUtf8());
  }
  TestClass test;
  return QTest::qExec(&test, argc, argv);
}

}  // namespace rc::test

#define RC_TEST_MAIN_ON_EITHER_ENGINE(TestClass) \
  int main(int argc, char** argv) { return rc::test::runOnEitherEngine<TestClass>(argc, argv); }
