// radcurator-cli: batch commands on a case store, for scripts, CI and hospitals without a GUI.
//
//   radcurator-cli make-phantom DIR
//   radcurator-cli import PATH... [--store DIR]
//   radcurator-cli list [--store DIR]
//   radcurator-cli load --series UID [--store DIR] [--stack N]
//
// Machine-readable lines (summary, list) are stable and untranslated; problems go to stderr
// as "<kind>: <file>: <reason>".

#include "core/Progress.h"
#include "dicom/VolumeLoader.h"
#include "importer/Importer.h"
#include "phantom/ChestPhantom.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

using namespace rc;

QTextStream& out() {
  static QTextStream stream(stdout);
  return stream;
}
QTextStream& err() {
  static QTextStream stream(stderr);
  return stream;
}

Progress* g_progress = nullptr;
extern "C" void onInterrupt(int) {
  if (g_progress) g_progress->cancel();  // atomic store: safe in a signal handler
}

int usage() {
  err() << "usage:\n"
           "  radcurator-cli make-phantom DIR\n"
           "  radcurator-cli import PATH... [--store DIR]\n"
           "  radcurator-cli list [--store DIR]\n"
           "  radcurator-cli load --series UID [--store DIR] [--stack N]\n"
           "The default store is "
        << QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("store"))
        << "\n";
  err().flush();
  return 2;
}

struct Args {
  QString command;
  QStringList positional;
  QString store;
  QString series;
  int stack = 0;
  bool valid = true;
};

Args parse(const QStringList& arguments) {
  Args args;
  for (int i = 1; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    auto value = [&]() -> QString {
      if (i + 1 >= arguments.size()) {
        args.valid = false;
        return QString();
      }
      return arguments[++i];
    };
    if (a == QLatin1String("--store")) args.store = value();
    else if (a == QLatin1String("--series")) args.series = value();
    else if (a == QLatin1String("--stack")) args.stack = value().toInt();
    else if (a == QLatin1String("--version") || a == QLatin1String("--help")) args.command = a;
    else if (a.startsWith(QLatin1String("--"))) args.valid = false;
    else if (args.command.isEmpty()) args.command = a;
    else args.positional << a;
  }
  if (args.store.isEmpty())
    args.store = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("store"));
  return args;
}

std::optional<CaseStore> openStore(const QString& dir) {
  auto store = CaseStore::open(dir);
  if (!store) {
    err() << "error: " << store.error() << "\n";
    return std::nullopt;
  }
  return store.value();
}

int makePhantom(const Args& args) {
  if (args.positional.size() != 1) return usage();
  const auto result = writeChestPhantom(args.positional.first());
  if (!result) {
    err() << "error: " << result.error() << "\n";
    return 1;
  }
  out() << "wrote " << result->ctFiles.size() << " CT slices and 1 chest radiograph to "
        << QDir(args.positional.first()).absolutePath() << "\n";
  return 0;
}

int import(const Args& args) {
  if (args.positional.isEmpty()) return usage();
  const auto store = openStore(args.store);
  if (!store) return 1;
  Progress progress;
  g_progress = &progress;
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  const ImportReport report = Importer(*store).run(args.positional, progress);
  g_progress = nullptr;
  for (const ImportIssue& issue : report.issues) {
    err() << (issue.kind == ImportIssue::Kind::Error ? "error: " : "skipped: ") << issue.path << ": " << issue.reason
          << "\n";
  }
  if (report.cancelled) err() << "cancelled: series not yet stored were left out\n";
  err().flush();
  out() << report.summaryLine() << "\n";
  return report.ok() ? 0 : 1;
}

int list(const Args& args) {
  const auto store = openStore(args.store);
  if (!store) return 1;
  CaseDatabase db(*store);
  const auto rows = db.listSeries();
  if (!rows) {
    err() << "error: " << rows.error() << "\n";
    return 1;
  }
  for (const SeriesSummary& s : rows.value()) {
    out() << s.patientCode << '\t' << s.studyDate << '\t' << s.modality << '\t' << s.seriesUid << '\t'
          << s.seriesDescription << '\t' << s.instanceCount << '\n';
  }
  return 0;
}

int load(const Args& args) {
  if (args.series.isEmpty()) return usage();
  const auto store = openStore(args.store);
  if (!store) return 1;
  CaseDatabase db(*store);
  const auto files = db.seriesFiles(args.series);
  if (!files || files->isEmpty()) {
    err() << "error: series " << args.series << " is not in the store\n";
    return 1;
  }
  QElapsedTimer timer;
  timer.start();
  const auto loaded = loadVolume(files.value(), LoadOptions{args.stack, 0});
  if (!loaded) {
    err() << "error: " << loaded.error() << "\n";
    return 1;
  }
  const Volume& v = *loaded->volume;
  const auto [lo, hi] = v.valueRange();
  out() << "dimensions\t" << v.width() << 'x' << v.height() << 'x' << v.sliceCount() << "\n"
        << "spacing\t" << v.spacing[0] << ' ' << v.spacing[1] << ' ' << v.spacing[2] << "\n"
        << "origin\t" << v.origin[0] << ' ' << v.origin[1] << ' ' << v.origin[2] << "\n"
        << "type\t" << pixelTypeName(v.pixelType()) << "\n"
        << "range\t" << lo << ' ' << hi << "\n"
        << "stacks\t" << loaded->stacks.size() << "\n"
        << "load_ms\t" << timer.elapsed() << "\n";
  for (const QString& w : v.warnings) err() << "warning: " << w << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("RadCurator"));
  QCoreApplication::setApplicationVersion(QStringLiteral(RADCURATOR_VERSION));
  const Args args = parse(QCoreApplication::arguments());
  if (!args.valid) return usage();
  int code = 2;
  if (args.command == QLatin1String("make-phantom")) code = makePhantom(args);
  else if (args.command == QLatin1String("import")) code = import(args);
  else if (args.command == QLatin1String("list")) code = list(args);
  else if (args.command == QLatin1String("load")) code = load(args);
  else if (args.command == QLatin1String("--version")) {
    out() << "radcurator-cli " << RADCURATOR_VERSION << "\n";
    code = 0;
  } else {
    code = usage();
  }
  out().flush();
  err().flush();
  return code;
}
