#pragma once
// A throw-away Orthanc (Debian's `orthanc`) for the network tests: its own configuration and
// storage in a temporary folder, HTTP and DICOM on free loopback ports, stopped with the test.
// A missing Orthanc fails the test (scripts/setup installs it), never skips it.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "Ports.h"

#include <map>
#include <memory>
#include <vector>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace rc::test {

class OrthancServer {
public:
  static constexpr const char* kAeTitle = "ORTHANC";

  struct Options {
    std::map<QString, quint16> modalities;  // AE title -> port on 127.0.0.1 Orthanc may send to (C-MOVE)
    bool tls = false;                       // DICOM over TLS only (a self-signed certificate(), made here)
    bool dicomWeb = false;                  // the DICOMweb plugin at /dicom-web/
    bool https = false;                     // HTTPS in front (socat), with the same certificate
    QString user, password;                 // HTTP basic authentication when set
    quint16 postgresIndexPort = 0;          // the index in PostgreSQL (orthanc-postgresql), database "orthanc" of user rc
  };

  // Another program may take a "free" port between our probe and the server's bind (the CI
  // runs two tests at once, each opening connections): a server that exits at start-up is
  // started again on other ports.
  bool start(const Options& options, QString* problem = nullptr) {
    for (int attempt = 1;; ++attempt) {
      if (startOnce(options, problem)) return true;
      if (attempt == 3 || !exitedEarly_) return false;
    }
  }

private:
  bool startOnce(const Options& options, QString* problem) {
    exitedEarly_ = false;
    const bool tls = options.tls;
    const auto& modalities = options.modalities;
    const std::vector<quint16> ports = freeLoopbackPorts(3);
    httpPort_ = ports[0];
    dicomPort_ = ports[1];
    httpsPort_ = ports[2];
    QJsonObject known;
    for (const auto& [aet, port] : modalities) known.insert(aet.toLower(), QJsonArray{aet, QStringLiteral("127.0.0.1"), int(port)});
    QJsonObject config{{QStringLiteral("Name"), QStringLiteral("rc-test")},
                       {QStringLiteral("StorageDirectory"), dir_.filePath(QStringLiteral("db"))},
                       {QStringLiteral("IndexDirectory"), dir_.filePath(QStringLiteral("db"))},
                       {QStringLiteral("HttpPort"), int(httpPort_)},
                       {QStringLiteral("DicomPort"), int(dicomPort_)},
                       {QStringLiteral("DicomAet"), QString::fromLatin1(kAeTitle)},
                       {QStringLiteral("DicomCheckCalledAet"), true},
                       {QStringLiteral("RemoteAccessAllowed"), false},
                       {QStringLiteral("AuthenticationEnabled"), false},
                       {QStringLiteral("DicomAlwaysAllowEcho"), true},
                       {QStringLiteral("DicomAlwaysAllowStore"), true},
                       {QStringLiteral("DicomAlwaysAllowFind"), true},
                       {QStringLiteral("DicomAlwaysAllowGet"), true},
                       {QStringLiteral("DicomAlwaysAllowMove"), true},
                       {QStringLiteral("DicomModalities"), known},
                       // Answers in UTF-8 (Orthanc's default, Latin-1, loses kanji before they leave it).
                       {QStringLiteral("DefaultEncoding"), QStringLiteral("Utf8")},
                       {QStringLiteral("Plugins"), QJsonArray{}}};
    if (tls || options.https) {
      QProcess openssl;
      openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir_.filePath(QStringLiteral("key.pem")),
                                                QStringLiteral("-out"), certificate(), QStringLiteral("-days"), QStringLiteral("2"),
                                                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                                QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
      if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) return say(problem, QStringLiteral("openssl could not make a certificate"));
    }
    if (options.https) {
      // A TLS terminator in front of Orthanc's plain HTTP, as a hospital's reverse proxy would
      // be (Debian's Orthanc 1.10 resets TLS connections of its own built-in HTTPS).
      QFile both(dir_.filePath(QStringLiteral("https.pem")));
      QFile key(dir_.filePath(QStringLiteral("key.pem"))), cert(certificate());
      if (!both.open(QIODevice::WriteOnly) || !key.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly)) return say(problem, QStringLiteral("no PEM"));
      both.write(cert.readAll() + key.readAll());
      both.close();
    }
    QJsonArray plugins;
    if (options.postgresIndexPort != 0) {
      // A department's Orthanc: its index in the department's PostgreSQL, its files on disk.
      plugins.append(QStringLiteral("/usr/share/orthanc/plugins/libOrthancPostgreSQLIndex.so"));
      config.insert(QStringLiteral("PostgreSQL"), QJsonObject{{QStringLiteral("EnableIndex"), true},
                                                             {QStringLiteral("EnableStorage"), false},
                                                             {QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                                             {QStringLiteral("Port"), int(options.postgresIndexPort)},
                                                             {QStringLiteral("Database"), QStringLiteral("orthanc")},
                                                             {QStringLiteral("Username"), QStringLiteral("rc")},
                                                             {QStringLiteral("Password"), QString()},
                                                             {QStringLiteral("Lock"), false}});
    }
    if (options.dicomWeb) plugins.append(QStringLiteral("/usr/share/orthanc/plugins/libOrthancDicomWeb.so"));
    config.insert(QStringLiteral("Plugins"), plugins);
    if (options.dicomWeb) {
      config.insert(QStringLiteral("DicomWeb"), QJsonObject{{QStringLiteral("Enable"), true}, {QStringLiteral("Root"), QStringLiteral("/dicom-web/")}});
    }
    if (!options.user.isEmpty()) {
      config.insert(QStringLiteral("AuthenticationEnabled"), true);
      config.insert(QStringLiteral("RegisteredUsers"), QJsonObject{{options.user, options.password}});
      user_ = options.user + QLatin1Char(':') + options.password;
    }
    https_ = options.https;
    if (tls) {
      config.insert(QStringLiteral("DicomTlsEnabled"), true);
      config.insert(QStringLiteral("DicomTlsCertificate"), certificate());
      config.insert(QStringLiteral("DicomTlsPrivateKey"), dir_.filePath(QStringLiteral("key.pem")));
      config.insert(QStringLiteral("DicomTlsTrustedCertificates"), certificate());
      config.insert(QStringLiteral("DicomTlsRemoteCertificateRequired"), false);
    }
    const QString configPath = dir_.filePath(QStringLiteral("orthanc.json"));
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(config).toJson()) < 0) return say(problem, QStringLiteral("cannot write the configuration"));
    f.close();
    configPath_ = configPath;
    return launch(problem);
  }

  // The TLS terminator: socat on httpsPort_ in front of Orthanc's plain HTTP.
  bool startProxy(QString* problem) {
    proxy_.setProcessChannelMode(QProcess::MergedChannels);
    proxy_.setStandardOutputFile(dir_.filePath(QStringLiteral("socat.log")), QIODevice::Append);
    endWithTheTest(proxy_);
    proxy_.start(QStringLiteral("socat"), {QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,cert=%2,verify=0")
                                               .arg(httpsPort_)
                                               .arg(dir_.filePath(QStringLiteral("https.pem"))),
                                           QStringLiteral("TCP:127.0.0.1:%1").arg(httpPort_)});
    if (!proxy_.waitForStarted(10000)) return say(problem, QStringLiteral("socat did not start (Debian package socat; scripts/setup installs it)"));
    return true;
  }

public:
  // A crash of the server (SIGKILL), then the same server again on the same ports and storage.
  void kill() {
    process_.kill();
    process_.waitForFinished(10000);
  }
  bool restart(QString* problem = nullptr) { return launch(problem); }

  // Orthanc answers on its own HTTP port first; then, with HTTPS, through the proxy (a proxy
  // that lost its port to another program is started again on another).
  bool launch(QString* problem) {
    process_.setProcessChannelMode(QProcess::MergedChannels);
    process_.setStandardOutputFile(dir_.filePath(QStringLiteral("orthanc.log")), QIODevice::Append);
    endWithTheTest(process_);
    process_.start(QStringLiteral("Orthanc"), {configPath_});
    if (!process_.waitForStarted(10000)) return say(problem, QStringLiteral("Orthanc did not start (Debian package orthanc; scripts/setup installs it)"));
    const QString plainRoot = QStringLiteral("http://127.0.0.1:%1").arg(httpPort_);
    if (!waitFor([&] { return rest(QStringLiteral("GET"), QStringLiteral("/system"), QString(), plainRoot).contains("ApiVersion"); })) {
      exitedEarly_ = process_.state() == QProcess::NotRunning;
      return say(problem, QStringLiteral("Orthanc did not answer on port %1 (%2): %3")
                              .arg(httpPort_)
                              .arg(exitedEarly_ ? QStringLiteral("it exited") : QStringLiteral("no answer in 60 s"))
                              .arg(log()));
    }
    if (!https_) return true;
    for (int attempt = 1;; ++attempt) {
      if (proxy_.state() == QProcess::NotRunning && !startProxy(problem)) return false;
      if (waitFor([&] { return proxy_.state() == QProcess::Running && rest(QStringLiteral("GET"), QStringLiteral("/system")).contains("ApiVersion"); }))
        return true;
      if (attempt == 3 || proxy_.state() == QProcess::Running)
        return say(problem, QStringLiteral("the HTTPS proxy did not answer on port %1: %2").arg(httpsPort_).arg(readTail(QStringLiteral("socat.log"))));
      httpsPort_ = freeLoopbackPorts(1)[0];
    }
  }

  ~OrthancServer() {
    for (QProcess* p : {&proxy_, &process_})
      if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(10000)) p->kill();
        p->waitForFinished(5000);
      }
  }

  QString certificate() const { return dir_.filePath(QStringLiteral("cert.pem")); }
  quint16 dicomPort() const { return dicomPort_; }
  // http(s)://localhost:PORT (the certificate is made for localhost)
  QString httpRoot() const {
    return https_ ? QStringLiteral("https://localhost:%1").arg(httpsPort_) : QStringLiteral("http://localhost:%1").arg(httpPort_);
  }
  quint16 httpPort() const { return httpPort_; }
  QString node() const { return QStringLiteral("%1@127.0.0.1:%2").arg(QString::fromLatin1(kAeTitle)).arg(dicomPort_); }
  QString log() const { return readTail(QStringLiteral("orthanc.log")); }

  // Orthanc's REST API through curl; the body of the answer (empty on failure). `root` defaults
  // to httpRoot().
  QByteArray rest(const QString& method, const QString& path, const QString& uploadFile = QString(), const QString& root = QString()) const {
    QProcess curl;
    const QString base = root.isEmpty() ? httpRoot() : root;
    QStringList args{QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-X"), method, base + path};
    if (base.startsWith(QLatin1String("https:"))) args << QStringLiteral("--cacert") << certificate();
    if (!user_.isEmpty()) args << QStringLiteral("-u") << user_;
    if (!uploadFile.isEmpty()) args << QStringLiteral("--data-binary") << QLatin1Char('@') + uploadFile;
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(60000) || curl.exitCode() != 0) return {};
    return curl.readAllStandardOutput();
  }
  QJsonDocument json(const QString& path) const { return QJsonDocument::fromJson(rest(QStringLiteral("GET"), path)); }
  // Uploads every file of `folder`; returns how many Orthanc took.
  int upload(const QString& folder) const {
    int n = 0;
    for (const QFileInfo& fi : QDir(folder).entryInfoList(QDir::Files, QDir::Name))
      n += rest(QStringLiteral("POST"), QStringLiteral("/instances"), fi.absoluteFilePath()).contains("\"Status\"");
    return n;
  }

private:
  // A test killed from outside (a timeout, a Ctrl-C) takes its servers with it.
  static void endWithTheTest(QProcess& process) {
    const pid_t test = ::getpid();
    process.setChildProcessModifier([test] {
      ::prctl(PR_SET_PDEATHSIG, SIGTERM);
      if (::getppid() != test) ::_exit(0);
    });
  }
  // Up to 60 s: two tests start servers at once on the CI's two cores.
  template <typename Ready>
  bool waitFor(Ready ready) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
      if (ready()) return true;
      if (process_.state() == QProcess::NotRunning) return false;
      QThread::msleep(100);
    }
    return false;
  }
  QString readTail(const QString& name) const {
    QFile f(dir_.filePath(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(2000)) : QString();
  }
  static bool say(QString* problem, const QString& text) {
    if (problem) *problem = text;
    return false;
  }
  QTemporaryDir dir_;
  QProcess process_;
  QProcess proxy_;
  QString configPath_;
  quint16 httpPort_ = 0, dicomPort_ = 0, httpsPort_ = 0;
  bool https_ = false;
  QString user_;
  bool exitedEarly_ = false;  // the last launch failed because Orthanc exited (a port taken, say)
};

}  // namespace rc::test
