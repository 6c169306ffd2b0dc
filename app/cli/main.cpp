// radcurator-cli: batch commands on case stores and folders, for scripts, CI and hospitals
// that only need parts of RadCurator (see `radcurator-cli --help`).
//
// Machine-readable lines (summaries, lists) are stable and untranslated; problems go to
// stderr as "<kind>: <file>: <reason>".

#include "Commands.h"

#include <QCoreApplication>

#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <unistd.h>

using namespace rc::cli;

namespace {

// A crash says which signal and where on stderr (scripts and CI logs keep it), then ends the
// process as the signal would. Only async-signal-safe calls here.
void reportFatalSignal(int signal) {
  const char* name = sigabbrev_np(signal);  // a static string: safe in a handler, unlike strsignal
  if (!name) name = "?";
  const char prefix[] = "radcurator-cli: fatal signal: SIG";
  (void)!write(STDERR_FILENO, prefix, sizeof prefix - 1);
  (void)!write(STDERR_FILENO, name, std::strlen(name));
  (void)!write(STDERR_FILENO, "\n", 1);
  void* frames[64];
  backtrace_symbols_fd(frames, backtrace(frames, 64), STDERR_FILENO);
  std::signal(signal, SIG_DFL);
  raise(signal);
}

void installSignalHandling() {
  // A peer that closes its end mid-transfer (PACS, DICOMweb server) is an error the command
  // reports, not a silent death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
#if !defined(__SANITIZE_ADDRESS__)  // AddressSanitizer's own report is better
  void* warmUp[1];
  backtrace(warmUp, 1);  // loads libgcc now, not inside the handler
  for (int s : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(s, reportFatalSignal);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  installSignalHandling();
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("RadCurator"));
  QCoreApplication::setApplicationVersion(QStringLiteral(RADCURATOR_VERSION));
  const Args args = parseArgs(QCoreApplication::arguments());
  if (!args.valid) {
    err() << "error: " << args.problem << "\n";
    return usage();
  }
  int code = 2;
  const QString& c = args.command;
  if (c == QLatin1String("make-phantom")) code = makePhantom(args);
  else if (c == QLatin1String("import")) code = importCommand(args);
  else if (c == QLatin1String("list")) code = listCommand(args);
  else if (c == QLatin1String("load")) code = loadCommand(args);
  else if (c == QLatin1String("deid")) code = deidCommand(args);
  else if (c == QLatin1String("phi-scan")) code = phiScanCommand(args);
  else if (c == QLatin1String("profile")) code = profileCommand(args);
  else if (c == QLatin1String("optout")) code = optoutCommand(args);
  else if (c == QLatin1String("correspondence")) code = correspondenceCommand(args);
  else if (c == QLatin1String("burned-in")) code = burnedInCommand(args);
  else if (c == QLatin1String("check")) code = checkCommand(args);
  else if (c == QLatin1String("labels")) code = labelsCommand(args);
  else if (c == QLatin1String("export-labels")) code = exportLabelsCommand(args);
  else if (c == QLatin1String("import-labels")) code = importLabelsCommand(args);
  else if (c == QLatin1String("export")) code = exportCommand(args);
  else if (c == QLatin1String("exports")) code = exportsCommand(args);
  else if (c == QLatin1String("verify")) code = verifyCommand(args);
  else if (c == QLatin1String("clinical")) code = clinicalCommand(args);
  else if (c == QLatin1String("adc")) code = adcCommand(args);
  else if (c == QLatin1String("project")) code = projectCommand(args);
  else if (c == QLatin1String("people")) code = peopleCommand(args);
  else if (c == QLatin1String("assign")) code = assignCommand(args);
  else if (c == QLatin1String("worklist")) code = worklistCommand(args);
  else if (c == QLatin1String("submit")) code = submitCommand(args);
  else if (c == QLatin1String("review")) code = reviewCommand(args);
  else if (c == QLatin1String("consensus")) code = consensusCommand(args);
  else if (c == QLatin1String("agreement")) code = agreementCommand(args);
  else if (c == QLatin1String("audit")) code = auditCommand(args);
  else if (c == QLatin1String("bone-scan")) code = boneScanCommand(args);
  else if (c == QLatin1String("dose")) code = doseCommand(args);
  else if (c == QLatin1String("reports")) code = reportsCommand(args);
  else if (c == QLatin1String("pacs")) code = pacsCommand(args);
  else if (c == QLatin1String("upload")) code = uploadCommand(args);
  else if (c == QLatin1String("--version")) {
    out() << "radcurator-cli " << RADCURATOR_VERSION << "\n";
    code = 0;
  } else {
    code = usage();
  }
  out().flush();
  err().flush();
  return code;
}
