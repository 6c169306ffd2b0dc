// Labels in and out of a store as DICOM SEG + SR.

#include "Commands.h"
#include "core/Progress.h"
#include "casework/LabelTransfer.h"
#include "reading/ReadingStudy.h"
#include "storage/LabelStore.h"

namespace rc::cli {

namespace {

// The project of --project, or the one project the series is a case of.
Result<ProjectRecord> projectOf(const Args& args, ReadingStudy& study, const QString& series) {
  if (args.has(QStringLiteral("project"))) return study.project(args.value(QStringLiteral("project")));
  const auto projects = study.store().projectsOfSeries(series);
  if (!projects) return fail(projects.error());
  if (projects->size() == 1) return projects->front();
  if (projects->empty()) return fail(QStringLiteral("series %1 is not a case of any project").arg(series));
  return fail(QStringLiteral("series %1 is a case of several projects: name one with --project").arg(series));
}

}  // namespace

int labelsCommand(const Args& args) {
  const QString series = args.value(QStringLiteral("series"));
  if (!args.positional.isEmpty() || series.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  CaseDatabase db(*store);
  Result<std::optional<StoredLabels>> stored = std::optional<StoredLabels>();
  if (args.has(QStringLiteral("reader"))) {
    // A reader's set of a reading study: the study's rules (blinding) decide who sees it.
    auto study = actAs(args, db);
    if (!study) return 1;
    const auto project = projectOf(args, *study, series);
    if (!project) {
      err() << "error: " << project.error() << "\n";
      return 1;
    }
    stored = study->openSet(*project, series, args.value(QStringLiteral("reader")));
  } else {
    stored = LabelStore(db).load(series);
  }
  if (!stored) {
    err() << "error: " << stored.error() << "\n";
    return 1;
  }
  if (!stored->has_value()) return 0;
  const LabelSet& labels = stored.value()->labels;
  for (const Segment& s : labels.segments)
    out() << "segment\t" << s.number << '\t' << s.label << '\t' << s.type.meaning << '\t' << labels.voxels.count(s.number) << '\n';
  for (const Finding& f : labels.findings) {
    out() << "finding\t" << f.trackingId << '\t' << f.finding.meaning << '\t' << f.segmentNumber << '\t'
          << f.measurements.size() << '\n';
    QStringList sites;
    for (const CodedConcept& site : f.moreSites) sites << site.meaning;
    if (!f.site.isEmpty()) sites.prepend(f.site.meaning);
    if (!sites.isEmpty()) out() << "site\t" << f.trackingId << '\t' << sites.join(QStringLiteral("; ")) << '\n';
    // measurement <finding> <concept> <value> <unit> <drawn as> <on image> [flag]
    for (const Measurement& m : f.measurements) {
      QString drawn = QStringLiteral("-"), on = QStringLiteral("-");
      if (m.graphic) {
        QStringList points;
        if (m.graphic->is3D())
          for (const Vec3& p : m.graphic->points3D) points << QStringLiteral("%1/%2/%3").arg(p[0]).arg(p[1]).arg(p[2]);
        else
          for (const auto& p : m.graphic->points) points << QStringLiteral("%1/%2").arg(p[0]).arg(p[1]);
        drawn = graphicTypeName(m.graphic->type) + QLatin1Char(' ') + points.join(QLatin1Char(' '));
        on = m.graphic->is3D() ? m.graphic->frameOfReferenceUid : m.graphic->image.sopInstanceUid;
      }
      out() << "measurement\t" << f.trackingId << '\t' << m.concept.meaning << '\t' << m.value << '\t' << m.unit.meaning << '\t'
            << drawn << '\t' << on << (isPhysicalUnit(m.unit) ? "" : "\tunit not physical") << '\n';
    }
  }
  return 0;
}

int exportLabelsCommand(const Args& args) {
  const QString series = args.value(QStringLiteral("series"));
  const QString outDir = args.value(QStringLiteral("out"));
  if (!args.positional.isEmpty() || series.isEmpty() || outDir.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  // Every export is scanned for the patients' original identifiers: that needs the table.
  const auto table = openStoreTable(args, *store);
  if (!table) return 1;
  const auto profile = openStoreProfile(*store);
  if (!profile) return 1;
  LabelExportOptions options;
  options.profile = profile.get();
  options.partner = args.value(QStringLiteral("partner"));
  options.deflate = args.has(QStringLiteral("deflate"));
  options.includeUnverified = args.has(QStringLiteral("include-unverified"));
  options.table = table.get();
  Progress progress;
  cancelOnInterrupt(&progress);
  const auto exported = exportSeriesLabels(*store, series, outDir, options, progress);
  cancelOnInterrupt(nullptr);
  if (!exported) {
    err() << "error: " << exported.error() << "\n";
    return 1;
  }
  if (!exported->segPath.isEmpty()) out() << "SEG\t" << exported->segPath << "\t" << exported->segments << " segments\n";
  if (!exported->srPath.isEmpty())
    out() << "SR\t" << exported->srPath << "\t" << exported->findings << " findings, " << exported->segmentGroups
          << " segments without a finding\n";
  for (const QString& map : exported->tumourMapPaths) out() << "MAP\t" << map << "\ttumour-specific ADC map\n";
  for (const QString& reason : exported->leftOut) err() << "left out: " << reason << "\n";
  if (exported->unverifiedLeftOut > 0)
    out() << "left out\t" << exported->unverifiedLeftOut
          << " unverified AUTOMATIC segments (verify them, or give --include-unverified)\n";
  out() << "recorded as export " << exported->exportId << "\n";
  return 0;
}

int importLabelsCommand(const Args& args) {
  if (args.positional.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  // The table is opened when the passphrase is at hand (imported text is then checked for
  // identifiers), or asked for when an object refers to the original images.
  std::unique_ptr<CorrespondenceTable> table;
  if (passphraseGiven(args)) {
    table = openStoreTable(args, *store);
    if (!table) return 1;
  }
  LabelImportOptions options;
  if (args.has(QStringLiteral("fractional-threshold"))) {
    bool ok = false;
    const double threshold = args.value(QStringLiteral("fractional-threshold")).toDouble(&ok);
    if (!ok || !(threshold > 0 && threshold <= 1)) {
      err() << "error: --fractional-threshold takes a fraction of the maximum value, above 0 and at most 1\n";
      return 2;
    }
    options.fractionalThreshold = threshold;
  }
  // A reader's set in a project: the study's rules apply.
  std::unique_ptr<CaseDatabase> db;
  std::optional<ReadingStudy> study;
  std::optional<ProjectRecord> project;
  const QString reader = args.value(QStringLiteral("reader"));
  if (args.has(QStringLiteral("project")) || args.has(QStringLiteral("reader")) || args.has(QStringLiteral("model"))) {
    if (!args.has(QStringLiteral("project")) || reader.isEmpty()) {
      err() << "error: a reader's labels need both --project NAME and --reader LOGIN\n";
      return 2;
    }
    db = std::make_unique<CaseDatabase>(*store);
    auto acting = actAs(args, *db);
    if (!acting) return 1;
    study.emplace(std::move(*acting));
    const auto p = study->project(args.value(QStringLiteral("project")));
    if (!p) {
      err() << "error: " << p.error() << "\n";
      return 1;
    }
    project = *p;
    if (args.has(QStringLiteral("model"))) {
      // NAME:VERSION; the model joins the store's people the first time its labels come in.
      const QString model = args.value(QStringLiteral("model"));
      const int colon = model.indexOf(QLatin1Char(':'));
      const QString name = colon > 0 ? model.left(colon) : model, version = colon > 0 ? model.mid(colon + 1) : QString();
      if (name != reader) {
        err() << "error: --model " << model << " names another reader than --reader " << reader << "\n";
        return 2;
      }
      const auto known = study->store().person(name);
      if (!known) {
        err() << "error: " << known.error() << "\n";
        return 1;
      }
      if (!known->has_value()) {
        if (const Status added = study->addPerson(name, name, {role::reader}, QString(), QStringLiteral("model"), version); !added) {
          err() << "error: " << added.error() << "\n";
          return 1;
        }
      } else if (known.value()->kind != QLatin1String("model")) {
        err() << "error: " << name << " is a person, not a model\n";
        return 1;
      } else if (!version.isEmpty() && known.value()->modelVersion != version) {
        err() << "error: " << name << " is registered as version " << known.value()->modelVersion
              << "; a new version is a new reader (e.g. --reader " << name << "-" << version << ")\n";
        return 1;
      }
    }
    options.projectId = project->id;
    options.reader = reader;
    options.actor = study->actor().login;
    options.mayImportInto = [&](const QString& seriesUid) { return study->mayImport(*project, seriesUid, reader); };
  }
  int failures = 0;
  for (const QString& file : args.positional) {
    if (!table) {
      const auto needs = labelObjectNeedsMapping(*store, file);
      if (needs && needs.value()) {
        table = openStoreTable(args, *store);
        if (!table) return 1;
      }
    }
    Progress progress;
    const auto imported = importLabelObject(*store, file, table.get(), progress, options);
    if (!imported) {
      err() << "error: " << imported.error() << "\n";
      ++failures;
      continue;
    }
    if (imported->alreadyImported) {
      out() << "already imported\t" << file << "\n";
      continue;
    }
    if (study)
      if (const Status recorded = study->imported(*project, imported->seriesInstanceUid, reader, file); !recorded) {
        err() << "error: " << file << ": " << recorded.error() << "\n";
        ++failures;
      }
    out() << imported->kind << "\t" << imported->seriesInstanceUid << "\t"
          << (imported->kind == QLatin1String("SEG") ? QStringLiteral("%1 segments").arg(imported->segments)
                                                      : QStringLiteral("%1 findings").arg(imported->findings))
          << (imported->mappedFromOriginals ? QStringLiteral("\t(references mapped from the original images)") : QString())
          << "\n";
    for (const QString& warning : imported->warnings) err() << "warning: " << file << ": " << warning << "\n";
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace rc::cli
