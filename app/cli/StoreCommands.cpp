// Commands that work on a case store: import, list, load, opt-out, the correspondence
// table, burned-in text review.

#include "Commands.h"
#include "core/LoginName.h"
#include "core/Progress.h"
#include "dicom/VolumeLoader.h"
#include "importer/Importer.h"
#include "reports/ReportImport.h"
#include "reports/ReportsWithImages.h"
#include "casework/StoreCheck.h"
#include "casework/StoreDeid.h"
#include "storage/ScratchSpace.h"
#include "deid/Deidentifier.h"
#include "phantom/BoneScanPhantom.h"
#include "phantom/ReportsPhantom.h"
#include "phantom/ChestPhantom.h"
#include "phantom/DiffusionPhantom.h"
#include "phantom/OrganLabels.h"
#include "exchange/Seg.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>
#include <future>

namespace rc::cli {

namespace {

rc::Progress* g_interruptible = nullptr;
extern "C" void onInterrupt(int) {
  if (g_interruptible) g_interruptible->cancel();  // an atomic store: safe in a signal handler
}

}  // namespace

std::optional<DeidRequest> askDeid(const CaseStore& store, const Args& args) {
  const auto options = requestedOptions(args);
  if (!options) {
    err() << "error: " << options.error() << "\n";
    return std::nullopt;
  }
  const bool creating = !CorrespondenceTable::exists(store.correspondencePath());
  const auto passphrase = obtainPassphrase(args, creating);
  if (!passphrase) {
    err() << "error: " << passphrase.error() << "\n";
    return std::nullopt;
  }
  return DeidRequest{passphrase.value(), args.value(QStringLiteral("profile")), options.value(), creating};
}

// Reports the outcome of openStoreDeid for `request` as the commands do.
std::optional<StoreDeid> reportDeid(const CaseStore& store, const DeidRequest& request, Result<StoreDeid> deid) {
  if (!deid) {
    err() << "error: " << deid.error() << "\n";
    return std::nullopt;
  }
  if (request.creating) err() << "created the correspondence table " << store.correspondencePath() << "\n";
  return std::move(deid).value();
}

void printImportOutcome(const CaseStore& store, const ImportReport& report) {
  for (const ImportIssue& issue : report.issues) {
    err() << (issue.kind == ImportIssue::Kind::Error ? "error: " : "skipped: ") << issue.path << ": " << issue.reason
          << "\n";
  }
  if (report.cancelled) err() << "cancelled: series not yet stored were left out\n";
  if (const auto reports = reportsFromImportedSrs(store, report.importedSeriesUids, loginName()); !reports)
    err() << "error: the reports that came as SR: " << reports.error() << "\n";
  else if (reports.value() > 0)
    err() << "note: " << reports.value() << " report(s) came as SR with the images: drafts to review (reports list)\n";
  if (report.burnedInFlagged > 0)
    err() << "note: " << report.burnedInFlagged
          << " image(s) may carry burned-in text and are held back from export until reviewed (burned-in list)\n";
  err().flush();
}

Importer storeImporter(const CaseStore& store, const StoreDeid& deid) {
  Importer importer(store, deid.profile, deid.table.get());
  importer.setReportTextCleaner(reportTextCleaner(reportScrubSettings(store, *deid.profile), *deid.table));
  return importer;
}

void cancelOnInterrupt(rc::Progress* progress) {
  g_interruptible = progress;
  std::signal(SIGINT, progress ? onInterrupt : SIG_DFL);
  std::signal(SIGTERM, progress ? onInterrupt : SIG_DFL);
}

namespace {

// --diffusion: a second demo patient, an abdominal DWI (b = 0, 500, 1000) with the scanner's
// ADC map and a low-ADC tumour, for the tumour-specific ADC workflow.
Result<DiffusionPhantomResult> writeDemoDiffusion(const QString& folder) {
  DiffusionPhantomOptions diffusion;
  diffusion.matrix = 96;
  diffusion.slices = 24;
  diffusion.spacing = {2.5, 2.5, 5.0};
  diffusion.bValues = {0, 500, 1000};
  diffusion.directions = 3;
  diffusion.tumourRadiusMm = 18;
  diffusion.scannerAdcMap = true;
  diffusion.patient.patientId = QStringLiteral("DEMO-0002");
  diffusion.patient.patientName = QStringLiteral("SUZUKI^HANAKO=鈴木^花子=すずき^はなこ");
  diffusion.patient.patientBirthDate = QStringLiteral("19640902");
  diffusion.patient.patientSex = QStringLiteral("F");
  return writeDiffusionPhantom(QDir(folder).filePath(QStringLiteral("diffusion")), diffusion);
}

// --organ-seg FILE: what an organ model hands back for the demo CT, a BINARY SEG of 117
// segments named like TotalSegmentator's, on the original (identified) images, as it comes
// back from a model run inside the hospital: `import-labels` maps it to the stored series.
Status writeDemoOrganSeg(const QStringList& ctFiles, const QString& file) {
  const auto ct = loadVolume(ctFiles);
  if (!ct) return fail(ct.error());
  const LabelSet organs = organLabelSet(ct->volume->dimensions());
  if (!QDir().mkpath(QFileInfo(file).absolutePath()))
    return fail(QStringLiteral("%1: the folder cannot be made").arg(QFileInfo(file).absolutePath()));
  const auto written = writeSegmentation(*ct->volume, organs.segments, organs.voxels, file);
  if (!written) return fail(written.error());
  return Status::success();
}

}  // namespace

int makePhantom(const Args& args) {
  if (args.positional.size() != 1) return usage();
  const QString folder = args.positional.first();
  const auto result = writeChestPhantom(folder);
  if (!result) {
    err() << "error: " << result.error() << "\n";
    return 1;
  }
  QStringList written = {QStringLiteral("%1 CT slices and 1 chest radiograph").arg(result->ctFiles.size())};
  if (args.has(QStringLiteral("reports"))) {
    const auto reports = writeReportsPhantom(folder, *result);
    if (!reports) {
      err() << "error: " << reports.error() << "\n";
      return 1;
    }
    written << QStringLiteral("the CT's radiation dose SR (%1) and the RIS's reports (%2)")
                   .arg(QDir(folder).relativeFilePath(reports->doseReport), QDir(folder).relativeFilePath(reports->risCsv));
  }
  if (args.has(QStringLiteral("diffusion"))) {
    const auto dwi = writeDemoDiffusion(folder);
    if (!dwi) {
      err() << "error: " << dwi.error() << "\n";
      return 1;
    }
    written << QStringLiteral("a DWI study (%1 images, b = 0/500/1000, with the scanner's ADC map)").arg(dwi->dwiFiles.size());
  }
  if (args.has(QStringLiteral("bone-scan"))) {
    const auto bone = writeBoneScanPhantom(QDir(folder).filePath(QStringLiteral("bone-scan")));
    const auto earlier = writeBoneScanPhantom(QDir(folder).filePath(QStringLiteral("bone-scan/a-year-earlier")), 6, BoneScanLayout::Frames, true);
    for (const auto* made : {&bone, &earlier})
      if (!*made) {
        err() << "error: " << made->error() << "\n";
        return 1;
      }
    written << QStringLiteral("%1 whole-body bone scans (anterior and posterior; and each patient's scan a year earlier) with the "
                              "programs' results in %2")
                   .arg(bone->patients.size())
                   .arg(QDir(folder).relativeFilePath(bone->programsCsv));
  }
  out() << "wrote " << written.join(QStringLiteral(", ")) << " to " << QDir(folder).absolutePath() << "\n";
  if (args.has(QStringLiteral("organ-seg"))) {
    const QString file = args.value(QStringLiteral("organ-seg"));
    if (file.isEmpty()) return usage();
    if (const Status seg = writeDemoOrganSeg(result->ctFiles, file); !seg) {
      err() << "error: " << seg.error() << "\n";
      return 1;
    }
    out() << "wrote a SEG of 117 organ segments on the CT to " << QFileInfo(file).absoluteFilePath() << "\n";
  }
  return 0;
}

int importCommand(const Args& args) {
  if (args.positional.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const auto request = askDeid(*store, args);
  if (!request) return 1;
  Progress progress;
  cancelOnInterrupt(&progress);
  // The table is unlocked (a deliberately slow key derivation, ~1 s of one core) while the
  // headers are read; a table that does not open stops the scan.
  auto unlocking = std::async(std::launch::async, [&] {
    auto deid = openStoreDeid(*store, request->passphrase, request->profile, request->options);
    if (!deid) progress.cancel();
    return deid;
  });
  ImportScan scan = scanForImport(args.positional, progress);
  prepareDeidentifier();  // still waiting for the key, usually
  const auto deid = reportDeid(*store, *request, unlocking.get());
  if (!deid) {
    cancelOnInterrupt(nullptr);
    return 1;
  }
  Importer importer = storeImporter(*store, *deid);
  const ImportReport report = importer.run(std::move(scan), progress);
  cancelOnInterrupt(nullptr);
  printImportOutcome(*store, report);
  out() << report.summaryLine() << "\n";
  return report.ok() ? 0 : 1;
}

int listCommand(const Args& args) {
  const auto store = openStore(args);
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

int loadCommand(const Args& args) {
  const QString series = args.value(QStringLiteral("series"));
  if (series.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  CaseDatabase db(*store);
  const auto files = db.seriesFiles(series);
  if (!files || files->isEmpty()) {
    err() << "error: series " << series << " is not in the store\n";
    return 1;
  }
  QElapsedTimer timer;
  timer.start();
  LoadOptions options;
  options.stack = args.value(QStringLiteral("stack")).toInt();
  options.fileLabels = files->labels;
  const auto loaded = loadVolume(files->paths, options);
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

int optoutCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  const QString code = args.positional.first();
  const auto store = openStore(args);
  if (!store) return 1;
  // The table marks the patient so that a later import refuses them; without it the opt-out
  // would not last, so it is required.
  const auto table = openStoreTable(args, *store);
  if (!table) return 1;
  const auto report = optOutPatient(*store, *table, code, loginName());
  if (!report) {
    err() << "error: " << report.error() << "\n";
    return 1;
  }
  out() << "opted out " << code << ": deleted " << report->studies << " studies, " << report->series << " series, "
        << report->instances << " instances (" << report->filesDeleted << " files)\n";
  if (report->exportsContainingPatient.empty()) {
    out() << "no earlier export contained " << code << "\n";
  } else {
    for (const ExportRecord& e : report->exportsContainingPatient)
      out() << "already exported: export " << e.id << " to " << e.partner << " on " << e.createdAt
            << (e.destination.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.destination)) << "\n";
  }
  return 0;
}

int correspondenceCommand(const Args& args) {
  if (args.positional.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const auto table = openStoreTable(args, *store);
  if (!table) return 1;
  const QString action = args.positional.first();
  if (action == QLatin1String("list")) {
    for (const auto& e : table->entries()) {
      out() << e.code << '\t' << e.identity.patientId << '\t' << e.identity.issuer << '\t' << e.identity.name << '\t'
            << e.identity.birthDate << '\t' << (e.optedOutAt.isEmpty() ? QStringLiteral("-") : QStringLiteral("opted out ") + e.optedOutAt)
            << '\n';
    }
    return 0;
  }
  if (action == QLatin1String("lookup") && args.positional.size() == 2) {
    const auto* entry = table->findByPatientId(args.positional[1], args.value(QStringLiteral("issuer")));
    if (!entry) {
      err() << "no code for patient ID " << args.positional[1] << "\n";
      return 1;
    }
    out() << entry->code << "\n";
    return 0;
  }
  return usage();
}

int checkCommand(const Args& args) {
  if (!args.positional.isEmpty()) return usage();
  const QString directory = storeDirectory(args);
  if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("radcurator.sqlite"))) &&
      !QFileInfo::exists(QDir(directory).filePath(QStringLiteral("radcurator-store.ini")))) {
    err() << "error: " << directory << ": no case store here\n";
    return 1;
  }
  const auto store = openStore(args, false);  // what killed jobs left is reported, or removed by --repair
  if (!store) return 1;
  if (args.has(QStringLiteral("repair"))) {
    const auto removed = removeAbandonedScratch(*store);
    if (!removed) {
      err() << "error: " << removed.error() << "\n";
      return 1;
    }
    for (const AbandonedScratch& a : removed.value()) out() << "removed\t" << a.path << '\t' << a.files << " file(s)\n";
  }
  // With a passphrase at hand (file or environment; never asked for), the table is opened too.
  std::optional<QString> passphrase;
  if (passphraseGiven(args))
    if (const auto given = obtainPassphrase(args, false)) passphrase = given.value();
  Progress progress;
  cancelOnInterrupt(&progress);
  const auto report = checkStore(*store, progress, passphrase);
  cancelOnInterrupt(nullptr);
  if (!report) {
    err() << "error: " << report.error() << "\n";
    return 1;
  }
  for (const StoreProblem& p : report->problems) out() << "problem\t" << p.where << '\t' << p.reason << '\n';
  out() << "checked " << report->instancesChecked << " instances and " << report->filesOnDisk << " files: "
        << report->problems.size() << " problems\n";
  return report->ok() ? 0 : 1;
}

int burnedInCommand(const Args& args) {
  if (args.positional.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const QString action = args.positional.first();
  if (action == QLatin1String("list")) {
    CaseDatabase db(*store);
    const auto pending = db.instancesAwaitingBurnedInReview();
    if (!pending) {
      err() << "error: " << pending.error() << "\n";
      return 1;
    }
    for (const InstanceRecord& r : pending.value()) out() << r.sopInstanceUid << '\t' << r.filePath << '\t' << r.burnedInRisk << '\n';
    return 0;
  }
  if (args.positional.size() != 2) return usage();
  const QString sop = args.positional[1];
  if (action == QLatin1String("confirm")) {
    const Status s = confirmNoBurnedInText(*store, sop);
    if (!s) {
      err() << "error: " << s.error() << "\n";
      return 1;
    }
    out() << "confirmed " << sop << " free of burned-in text\n";
    return 0;
  }
  if (action == QLatin1String("mask")) {
    static const QRegularExpression rectangle(QStringLiteral("^(\\d+),(\\d+),(\\d+),(\\d+)$"));
    const auto m = rectangle.match(args.value(QStringLiteral("rect")));
    if (!m.hasMatch()) {
      err() << "error: give the region as --rect X,Y,WIDTH,HEIGHT (pixels)\n";
      return 2;
    }
    const QRect region(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    const auto newSop = maskStoredInstance(*store, sop, region);
    if (!newSop) {
      err() << "error: " << newSop.error() << "\n";
      return 1;
    }
    out() << "masked " << sop << "; the masked image is " << newSop.value() << "\n";
    return 0;
  }
  return usage();
}

}  // namespace rc::cli
