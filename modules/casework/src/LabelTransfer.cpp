// Labels between the case store and DICOM files. See casework/LabelTransfer.h.

#include "casework/LabelTransfer.h"
#include "storage/ScratchSpace.h"

#include "casework/StoredSeries.h"
#include "casework/AdcWork.h"
#include "exchange/ParametricMap.h"

#include "core/SegmentStatistics.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Deidentifier.h"
#include "deid/PhiScanner.h"
#include "dicom/DicomHeader.h"
#include "dicom/Uid.h"
#include "dicom/VolumeLoader.h"
#include "exchange/Seg.h"
#include "exchange/Sr.h"
#include "storage/LabelStore.h"

#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>
#include <set>

namespace rc {

namespace {
struct LabelTransferTr {
  Q_DECLARE_TR_FUNCTIONS(LabelTransfer)
};
}  // namespace

namespace {

// A name in `folder` no earlier export used: <patient>-S<series number>-<time>-<kind>.dcm.
QString freshName(const QString& folder, const SeriesSummary& series, const QString& kind) {
  const QString stem = QStringLiteral("%1-S%2-%3-%4")
                           .arg(series.patientCode)
                           .arg(series.seriesNumber)
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")), kind);
  QString name = QDir(folder).filePath(stem + QStringLiteral(".dcm"));
  for (int n = 2; QFileInfo::exists(name); ++n) name = QDir(folder).filePath(QStringLiteral("%1-%2.dcm").arg(stem).arg(n));
  return name;
}

// ----- import helpers ------------------------------------------------------------------

struct Resolved {
  QString seriesUid;
  bool mapped = false;
};

// The stored series an object refers to: as referenced, or through the keyed UID mapping.
Result<Resolved> resolveSeries(CaseDatabase& db, const QStringList& seriesUids, const QStringList& instanceUids,
                               const CorrespondenceTable* table) {
  auto find = [&](bool mapped) -> Result<QString> {
    auto map = [&](const QString& uid) { return mapped ? mapUid(table->secret(), uid) : uid; };
    for (const QString& uid : seriesUids) {
      const auto s = db.series(map(uid));
      if (s) return s->seriesUid;
    }
    for (const QString& uid : instanceUids) {
      const auto s = db.seriesOfInstance(map(uid));
      if (!s) return fail(s.error());
      if (!s->isEmpty()) return s.value();
    }
    return QString();
  };
  auto direct = find(false);
  if (!direct) return fail(direct.error());
  if (!direct->isEmpty()) return Resolved{direct.value(), false};
  if (table) {
    auto mapped = find(true);
    if (!mapped) return fail(mapped.error());
    if (!mapped->isEmpty()) return Resolved{mapped.value(), true};
  }
  return Resolved{};
}

// A SEG (its header) or an SR (the whole report), read once, with the images it refers to.
struct LabelObject {
  QString kind;
  QStringList seriesUids;
  QStringList instanceUids;
  std::optional<SegInfo> seg;
  std::optional<ReadReport> report;
};

Result<LabelObject> readLabelObject(const QString& file) {
  const auto header = readDicomHeader(file);
  if (!header) return fail(header.error());
  if (header->sopClassUid == QLatin1String(UID_SegmentationStorage) || header->modality == QLatin1String("SEG")) {
    auto info = readSegmentationInfo(file);
    if (!info) return fail(info.error());
    return LabelObject{QStringLiteral("SEG"), {info->referencedSeriesUid}, {}, std::move(info.value()), std::nullopt};
  }
  if (header->modality == QLatin1String("SR")) {
    auto report = readMeasurementReport(file);
    if (!report) return fail(report.error());
    LabelObject object{QStringLiteral("SR"), report->referencedSeriesUids, report->referencedInstanceUids, std::nullopt,
                       std::move(report.value())};
    return object;
  }
  return fail(LabelTransferTr::tr("%1: neither a SEG nor an SR (modality %2)").arg(file, header->modality));
}

// Text the store would keep must not name a patient of the table.
Status checkText(const PhiScanner* scanner, const QString& file, const QString& field, const QString& text) {
  if (!scanner || text.isEmpty()) return Status::success();
  const QString what = scanner->findInText(text);
  if (what.isEmpty()) return Status::success();
  return fail(LabelTransferTr::tr("%1: refused: %2 contains %3").arg(file, field, what));
}

}  // namespace

// ----- export ----------------------------------------------------------------------------

// What leaves for a partner: the verified segments (and, when asked, the unverified ones,
// marked), the findings with their segments' statistics, a group per segment no finding
// refers to, and a Normal finding for a series read as "no finding".
namespace {

LabelSet reportedLabels(const LabelSet& stored, const Volume& volume, bool includeUnverified, bool adc, LabelExport& counts) {
  LabelSet out = stored;
  out.segments.clear();
  for (const Segment& s : stored.segments) {
    if (!s.verified && s.algorithm == SegmentAlgorithm::Automatic) {
      if (!includeUnverified) {
        ++counts.unverifiedLeftOut;
        continue;
      }
      Segment marked = s;
      // One word: the residual-PHI scan matches words of the names in the file (a reader
      // called "Reader^One" made "no reader confirmed" a leak).
      const QString mark = QStringLiteral("UNVERIFIED");
      marked.description = marked.description.isEmpty() ? mark : mark + QStringLiteral("; ") + marked.description;
      out.segments.push_back(std::move(marked));
    } else {
      out.segments.push_back(s);
    }
  }
  const bool hounsfield = volume.modality == QLatin1String("CT");
  std::map<int, std::vector<Measurement>> statistics;
  for (const Segment& s : out.segments) {
    if (adc) {
      const auto distributions = adcDistributions(out.voxels.extract(s.number), volume);
      statistics[s.number] = distributions.empty() ? std::vector<Measurement>() : adcMeasurements(distributions.front().values);
    } else {
      statistics[s.number] = segmentMeasurements(segmentStatistics(MaskSlices(out.voxels, s.number), volume), hounsfield);
    }
  }
  std::set<int> referenced;
  for (Finding& f : out.findings) {
    if (f.finding.isEmpty()) f.finding = f.diseaseClass.isEmpty() ? srcodes::clinicalFinding() : f.diseaseClass;
    if (f.segmentNumber > 0 && !statistics.count(f.segmentNumber)) f.segmentNumber = 0;  // its segment stayed home
    if (f.segmentNumber > 0) {
      referenced.insert(f.segmentNumber);
      // Fresh statistics replace any the finding carried for its segment.
      f.measurements.erase(std::remove_if(f.measurements.begin(), f.measurements.end(),
                                          [](const Measurement& m) { return m.region == MeasurementRegion::Segment; }),
                           f.measurements.end());
      const auto& m = statistics[f.segmentNumber];
      f.measurements.insert(f.measurements.end(), m.begin(), m.end());
    }
  }
  counts.findings = int(out.findings.size());
  for (const Segment& s : out.segments) {
    if (referenced.count(s.number)) continue;
    Finding group;
    group.trackingId = s.label.isEmpty() ? QStringLiteral("Segment %1").arg(s.number) : s.label;
    group.trackingUid = s.trackingUid.isEmpty() ? newUid() : s.trackingUid;
    // No Finding code (TID 1411 allows that; the type is the SEG's): the mark by which an
    // import tells the segment's own group from a finding.
    group.segmentNumber = s.number;
    group.measurements = statistics[s.number];
    out.findings.push_back(std::move(group));
    ++counts.segmentGroups;
  }
  if (stored.noFinding && stored.findings.empty()) {
    Finding normal;
    normal.trackingId = QStringLiteral("No finding");
    normal.trackingUid = newUid();
    normal.finding = srcodes::normal();
    normal.diseaseClass = srcodes::normal();
    out.findings.push_back(std::move(normal));
  }
  counts.segments = int(out.segments.size());
  return out;
}

// The same revision of a label set exported again gives the same SEG and SR (a resent or
// resumed upload is recognised by the receiver, not stored twice); a new revision, new objects.
// Keyed with the table's secret, like every UID that leaves.
QString revisionUid(const CorrespondenceTable& table, const LabelSetKey& key, qint64 revision, bool includeUnverified, const QString& part) {
  return mapUid(table.secret(), QStringLiteral("radcurator-labels/%1/%2/%3/%4/%5/%6")
                                    .arg(key.seriesUid)
                                    .arg(key.projectId)
                                    .arg(key.reader)
                                    .arg(revision)
                                    .arg(includeUnverified ? 1 : 0)
                                    .arg(part));
}

}  // namespace

Result<LabelExport> exportSeriesLabels(const CaseStore& store, const QString& seriesUid, const QString& outputFolder,
                                       const LabelExportOptions& options, Progress& progress) {
  if (!options.table)
    return fail(LabelTransferTr::tr("the correspondence table is needed: every export is scanned for the patients' identifiers"));
  if (!options.profile) return fail(LabelTransferTr::tr("the store's de-identification profile is needed for an export"));
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto series = db.series(seriesUid);
  if (!series) return fail(series.error());
  const LabelSetKey key = options.labelSet.seriesUid.isEmpty() ? LabelSetKey::ofSeries(seriesUid) : options.labelSet;
  if (key.seriesUid != seriesUid) return fail(QStringLiteral("the label set is of series %1, not %2").arg(key.seriesUid, seriesUid));
  const auto stored = LabelStore(db).load(key);
  if (!stored) return fail(stored.error());
  const bool storedEmpty = !stored->has_value() || (stored.value()->labels.segments.empty() && stored.value()->labels.findings.empty() &&
                                                    !stored.value()->labels.noFinding);
  if (storedEmpty && !options.moreFindings) return fail(LabelTransferTr::tr("series %1 has no labels to export").arg(seriesUid));
  if (!QDir().mkpath(outputFolder)) return fail(LabelTransferTr::tr("%1: cannot create the folder").arg(outputFolder));

  progress.report(0, 4, LabelTransferTr::tr("Loading the series"));
  const auto volume = loadStoredSeries(db, seriesUid);
  if (!volume) return fail(volume.error());
  if (progress.cancelled()) return cancelledFailure(LabelTransferTr::tr("cancelled"));
  LabelExport result;
  const bool adc = isStoredAdcMap(**volume, series.value());
  LabelSet own;
  own.seriesInstanceUid = seriesUid;
  LabelSet labels = reportedLabels(stored->has_value() ? stored.value()->labels : own, **volume, options.includeUnverified, adc, result);
  if (options.moreFindings) {
    const std::vector<Finding> more = options.moreFindings(**volume);
    labels.findings.insert(labels.findings.end(), more.begin(), more.end());
    if (labels.segments.empty() && labels.findings.empty()) return fail(LabelTransferTr::tr("series %1 has no labels to export").arg(seriesUid));
  }
  if (labels.segments.empty() && labels.findings.empty())
    return fail(LabelTransferTr::tr("series %1 has only unverified segments (%2); verify them or export with --include-unverified")
                    .arg(seriesUid)
                    .arg(result.unverifiedLeftOut));

  // The objects are built in the store's scratch folder, then pass the profile and the
  // residual-PHI scan on their way to the output folder.
  const bool fromRevision = stored->has_value() && !options.moreFindings;
  auto scratch = ScratchFolder::create(store, QStringLiteral("export"));
  if (!scratch) return fail(scratch.error());

  std::vector<QString> written;  // in the output folder
  auto undo = [&](const QString& message) -> Result<LabelExport> {
    for (const QString& path : written) QFile::remove(path);
    return fail(message);
  };
  // The objects' scratch files are gone when the user reads an error: name the object instead.
  auto named = [&](QString error, const QString& raw, const QString& what) {
    return error.replace(raw, what.arg(seriesUid));
  };
  const ExportPass pass(*options.profile, *options.table);
  std::vector<ExportItem> items;
  auto handOver = [&](const QString& raw, const QString& final, const QString& sopInstanceUid) -> Status {
    const auto outcome = deidentifyFileChecked(raw, final, pass.context);
    if (!outcome) return fail(outcome.error());
    written.push_back(final);
    items.push_back({series->patientCode, series->studyUid, seriesUid, sopInstanceUid, outcome->outputSha256});
    return Status::success();
  };

  SegmentationReference segRef;
  const SegmentationReference* segRefPtr = nullptr;
  if (!labels.segments.empty()) {
    progress.report(1, 4, LabelTransferTr::tr("Writing the segmentation"));
    SegWriteOptions segOptions;
    segOptions.contentCreator = labels.observerName;
    segOptions.deflate = options.deflate;
    if (fromRevision) {
      segOptions.sopInstanceUid = revisionUid(*options.table, key, stored.value()->revision, options.includeUnverified, QStringLiteral("seg"));
      segOptions.seriesInstanceUid = revisionUid(*options.table, key, stored.value()->revision, options.includeUnverified, QStringLiteral("seg-series"));
    }
    const QString raw = scratch->filePath(QStringLiteral("seg.dcm"));
    const auto seg = writeSegmentation(**volume, labels.segments, labels.voxels, raw, segOptions);
    if (!seg) return undo(named(seg.error(), raw, LabelTransferTr::tr("the SEG of series %1")));
    result.segPath = freshName(outputFolder, *series, QStringLiteral("SEG"));
    if (const Status ok = handOver(raw, result.segPath, seg->sopInstanceUid); !ok) return undo(ok.error());
    result.segSopInstanceUid = seg->sopInstanceUid;
    result.segments = int(labels.segments.size());
    segRef.sopClassUid = seg->sopClassUid;
    segRef.sopInstanceUid = seg->sopInstanceUid;
    segRef.seriesInstanceUid = seg->seriesInstanceUid;
    segRef.segmentNumbers = seg->segmentNumbers;
    segRefPtr = &segRef;
  }
  if (adc && (*volume)->hasPatientOrientation) {  // a scanner's integer ADC map too: the tumour map is float
    for (const Segment& s : labels.segments) {
      if (labels.voxels.isEmpty(s.number)) continue;
      ParametricMapOptions mapOptions;
      mapOptions.seriesDescription = QStringLiteral("RadCurator tumour ADC");
      mapOptions.contentLabel = QStringLiteral("TUMOURADC");
      mapOptions.sourceSeriesUid = seriesUid;
      mapOptions.derivationDescription = QStringLiteral("tumour-specific ADC map, segment %1: %2").arg(s.number).arg(s.description);
      mapOptions.contentCreator = labels.observerName;
      const QString raw = scratch->filePath(QStringLiteral("map-%1.dcm").arg(s.number));
      const auto map = writeParametricMap(tumourAdcMap(**volume, labels.voxels.extract(s.number)), raw, mapOptions);
      if (!map) return undo(named(map.error(), raw, LabelTransferTr::tr("the tumour ADC map of series %1")));
      const QString final = freshName(outputFolder, *series, QStringLiteral("ADCMAP%1").arg(s.number));
      if (const Status ok = handOver(raw, final, map->sopInstanceUid); !ok) return undo(ok.error());
      result.tumourMapPaths << final;
    }
  }
  if (progress.cancelled()) {
    for (const QString& path : written) QFile::remove(path);
    return cancelledFailure(LabelTransferTr::tr("cancelled"));
  }
  if (!labels.findings.empty()) {
    progress.report(2, 4, LabelTransferTr::tr("Writing the measurement report"));
    const QString raw = scratch->filePath(QStringLiteral("sr.dcm"));
    SrWriteOptions srOptions;
    if (fromRevision) {
      srOptions.sopInstanceUid = revisionUid(*options.table, key, stored.value()->revision, options.includeUnverified, QStringLiteral("sr"));
      srOptions.seriesInstanceUid = revisionUid(*options.table, key, stored.value()->revision, options.includeUnverified, QStringLiteral("sr-series"));
    }
    const auto sr = writeMeasurementReport(**volume, labels, segRefPtr, raw, srOptions);
    if (sr) {
      // Findings that could not be written are left out, said so; the rest goes.
      result.leftOut << sr->leftOut;
      result.srPath = freshName(outputFolder, *series, QStringLiteral("SR"));
      if (const Status ok = handOver(raw, result.srPath, sr->sopInstanceUid); !ok) return undo(ok.error());
      result.srSopInstanceUid = sr->sopInstanceUid;
    } else if (!written.empty()) {
      // Not one finding could be written: the segmentation still goes.
      result.leftOut << LabelTransferTr::tr("the measurement report: %1").arg(named(sr.error(), raw, LabelTransferTr::tr("the SR of series %1")));
    } else {
      return undo(named(sr.error(), raw, LabelTransferTr::tr("the SR of series %1")));
    }
  }
  result.items = items;
  if (options.recordInLedger) {
    progress.report(3, 4, LabelTransferTr::tr("Recording the export"));
    const auto exportId = db.recordExport(options.partner, QDir(outputFolder).absolutePath(), items,
                                          QStringLiteral("labels of series %1").arg(seriesUid));
    if (!exportId) return undo(exportId.error());
    result.exportId = exportId.value();
  }
  progress.report(4, 4, LabelTransferTr::tr("Done"));
  return result;
}

// ----- import ----------------------------------------------------------------------------

Result<bool> labelObjectNeedsMapping(const CaseStore& store, const QString& file) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto refs = readLabelObject(file);
  if (!refs) return fail(refs.error());
  const auto resolved = resolveSeries(db, refs->seriesUids, refs->instanceUids, nullptr);
  if (!resolved) return fail(resolved.error());
  return resolved->seriesUid.isEmpty();
}

Result<LabelImport> importLabelObject(const CaseStore& store, const QString& file, const CorrespondenceTable* table,
                                      Progress& progress, const LabelImportOptions& options) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  auto refs = readLabelObject(file);
  if (!refs) return fail(refs.error());
  const auto resolved = resolveSeries(db, refs->seriesUids, refs->instanceUids, table);
  if (!resolved) return fail(resolved.error());
  if (resolved->seriesUid.isEmpty()) {
    // "the store holds neither series 1.2.3 nor the images the object refers to"
    const QString missing = refs->seriesUids.isEmpty()
                                ? LabelTransferTr::tr("the store holds none of the images it refers to")
                                : LabelTransferTr::tr("the store holds none of the series it refers to (%1)").arg(refs->seriesUids.join(QStringLiteral(", ")));
    return fail(table ? LabelTransferTr::tr("%1: %2, neither as referenced nor as de-identified").arg(file, missing)
                      : LabelTransferTr::tr("%1: %2; if the object was made on the original images, give the correspondence "
                                       "table's passphrase so its UIDs can be mapped")
                            .arg(file, missing));
  }
  LabelImport result;
  result.kind = refs->kind;
  result.seriesInstanceUid = resolved->seriesUid;
  result.mappedFromOriginals = resolved->mapped;

  if (options.mayImportInto)
    if (const Status allowed = options.mayImportInto(resolved->seriesUid); !allowed) return fail(QStringLiteral("%1: %2").arg(file, allowed.error()));
  const LabelSetKey key{resolved->seriesUid, options.projectId, options.reader};
  LabelStore labelStore(db);
  auto stored = labelStore.load(key);
  if (!stored) return fail(stored.error());
  LabelSet labels;
  qint64 basedOn = 0;
  if (stored->has_value()) labels = std::move(stored.value()->labels), basedOn = stored.value()->revision;
  labels.seriesInstanceUid = resolved->seriesUid;
  std::set<int> changedSegments;

  PhiScanner scanner;
  if (table) scanner.addCorrespondence(*table);
  const PhiScanner* check = table ? &scanner : nullptr;
  auto mapped = [&](const QString& uid) { return resolved->mapped ? mapUid(table->secret(), uid) : uid; };

  if (refs->seg) {
    const SegInfo& info = *refs->seg;
    if (labels.imported(info.sopInstanceUid)) {
      result.alreadyImported = true;
      return result;
    }
    progress.report(0, 2, LabelTransferTr::tr("Loading the series"));
    const auto volume = loadStoredSeries(db, resolved->seriesUid);
    if (!volume) return fail(volume.error());
    SegReadOptions readOptions;
    if (options.fractionalThreshold) readOptions.fractionalThreshold = *options.fractionalThreshold;
    std::vector<EmptiedSegment> emptied;
    auto segments = readSegmentation(file, **volume, resolved->mapped ? UidMapping(mapped) : UidMapping(), readOptions, &emptied);
    if (!segments) return fail(segments.error());
    if (!emptied.empty() && !options.fractionalThreshold) {
      // Never silently empty: the user decides, seeing the values the file has.
      QStringList reasons;
      int lowest = emptied.front().maximum;
      for (const EmptiedSegment& e : emptied) reasons << e.describe(readOptions.fractionalThreshold), lowest = std::min(lowest, e.lowest);
      return fail(LabelTransferTr::tr("%1: a FRACTIONAL SEG: %2. Nothing was imported; choose the threshold (a fraction of %3, "
                                      "e.g. --fractional-threshold %4 keeps every non-zero value)")
                      .arg(file, reasons.join(QStringLiteral("; ")))
                      .arg(emptied.front().maximum)
                      .arg(double(lowest) / emptied.front().maximum, 0, 'g', 3));
    }
    for (const EmptiedSegment& e : emptied) result.warnings << e.describe(readOptions.fractionalThreshold);
    ImportedObject imported{info.sopInstanceUid, QStringLiteral("SEG"), {}};
    if (labels.voxels.dimensions() != (*volume)->dimensions()) labels.voxels = LabelMap((*volume)->dimensions());
    const LabelMap& read = segments->voxels;
    for (Segment& s : segments->segments) {
      for (const auto& [field, text] : {std::pair<QString, QString>{LabelTransferTr::tr("a segment label"), s.label},
                                        {LabelTransferTr::tr("a segment description"), s.description},
                                        {LabelTransferTr::tr("a tracking identifier"), s.trackingId},
                                        {LabelTransferTr::tr("an algorithm name"), s.algorithmName}})
        if (const Status ok = checkText(check, file, field, text); !ok) return fail(ok.error());
      const int segNumber = s.number;
      // Made by another tool or a model: no reader here has looked at it yet.
      s.verified = false;
      s.verifiedBy.clear();
      s.verifiedAt.clear();
      // A segment seen before (same Tracking UID, e.g. our own export coming back) is
      // replaced and keeps its number; a new one gets the next number.
      auto same = std::find_if(labels.segments.begin(), labels.segments.end(), [&](const Segment& o) {
        return !s.trackingUid.isEmpty() && o.trackingUid == s.trackingUid;
      });
      if (same != labels.segments.end()) {
        s.number = same->number;
        *same = std::move(s);
        imported.segmentNumbers.emplace_back(segNumber, same->number);
        changedSegments.insert(same->number);
      } else {
        s.number = labels.nextSegmentNumber();
        imported.segmentNumbers.emplace_back(segNumber, s.number);
        changedSegments.insert(s.number);
        labels.segments.push_back(std::move(s));
      }
      labels.voxels.assign(imported.segmentNumbers.back().second, read.extract(segNumber));
      ++result.segments;
    }
    labels.importedObjects.push_back(std::move(imported));
  } else {
    ReadReport* report = &*refs->report;
    if (labels.imported(report->sopInstanceUid)) {
      result.alreadyImported = true;
      return result;
    }
    if (const Status ok = checkText(check, file, LabelTransferTr::tr("the observer"), report->observerName); !ok) return fail(ok.error());
    const ImportedObject* seg = report->segmentationUid.isEmpty() ? nullptr : labels.imported(report->segmentationUid);
    for (Finding& f : report->findings) {
      if (const Status ok = checkText(check, file, LabelTransferTr::tr("a tracking identifier"), f.trackingId); !ok) return fail(ok.error());
      if (const Status ok = checkText(check, file, LabelTransferTr::tr("a comment"), f.comment); !ok) return fail(ok.error());
      for (const CodedConcept& site : f.moreSites)  // another tool's free-text label may name anyone
        if (const Status ok = checkText(check, file, LabelTransferTr::tr("a finding site"), site.meaning); !ok) return fail(ok.error());
      // A series read as "no finding" travels as one Normal group without a region.
      if (f.finding.sameConcept(srcodes::normal()) && !f.imageBox && !f.volumeBox && f.segmentNumber == 0) {
        if (labels.findings.empty()) labels.noFinding = true;
        continue;
      }
      // The group a segment without a finding travels in: its statistics, no Finding code.
      if (f.finding.isEmpty() && f.segmentNumber > 0 && !f.imageBox && !f.volumeBox) continue;
      if (f.segmentNumber > 0) {
        if (!seg)
          return fail(LabelTransferTr::tr("%1: its findings refer to segments of SEG %2: import that SEG first").arg(file, report->segmentationUid));
        f.segmentNumber = seg->storeNumber(f.segmentNumber);
        if (f.segmentNumber == 0)
          return fail(LabelTransferTr::tr("%1: a finding refers to a segment SEG %2 does not have").arg(file, report->segmentationUid));
      }
      if (f.imageBox) f.imageBox->image.sopInstanceUid = mapped(f.imageBox->image.sopInstanceUid);
      if (f.volumeBox) f.volumeBox->frameOfReferenceUid = mapped(f.volumeBox->frameOfReferenceUid);
      auto mapGraphic = [&](Graphic& g) {
        if (g.is3D()) g.frameOfReferenceUid = mapped(g.frameOfReferenceUid);
        else g.image.sopInstanceUid = mapped(g.image.sopInstanceUid);
      };
      for (Measurement& m : f.measurements)
        if (m.graphic) mapGraphic(*m.graphic);
      for (Graphic& g : f.graphics) mapGraphic(g);
      if (f.trackingUid.isEmpty()) f.trackingUid = newUid();
      // A finding seen before (same Tracking UID) is updated, not repeated.
      auto same = std::find_if(labels.findings.begin(), labels.findings.end(),
                               [&](const Finding& o) { return o.trackingUid == f.trackingUid; });
      if (same != labels.findings.end()) *same = f;
      else labels.findings.push_back(f);
      ++result.findings;
    }
    if (labels.observerName.isEmpty()) labels.observerName = report->observerName;
    if (labels.procedure.isEmpty()) labels.procedure = report->procedure;
    labels.importedObjects.push_back({report->sopInstanceUid, QStringLiteral("SR"), {}});
  }
  progress.report(1, 2, LabelTransferTr::tr("Saving the labels"));
  // Based on the revision read: a window saving meanwhile makes this a conflict, not a loss.
  if (const auto saved = labelStore.save(key, labels, changedSegments, basedOn, options.actor); !saved) return saved.failure();
  progress.report(2, 2, LabelTransferTr::tr("Done"));
  return result;
}

}  // namespace rc
