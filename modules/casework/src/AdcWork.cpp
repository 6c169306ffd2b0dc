// The tumour-specific ADC workflow on the case store. See casework/AdcWork.h.

#include "casework/AdcWork.h"
#include "storage/ScratchSpace.h"

#include "casework/StoredSeries.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Deidentifier.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"
#include "dicom/Uid.h"
#include "diffusion/Shells.h"
#include "exchange/ParametricMap.h"
#include "importer/Importer.h"
#include "storage/LabelStore.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

struct AdcTr {
  Q_DECLARE_TR_FUNCTIONS(AdcWork)
};

// The series an ADC map was computed from: the first series its Common Instance Reference names.
QString sourceSeriesOf(const QString& file) {
  auto read = readDicomFile(file, ReadScope::Header);
  if (!read) return QString();
  DcmItem* item = dcm::sequenceItem(read->file->getDataset(), DCM_ReferencedSeriesSequence);
  return item ? dcm::ascii(item, DCM_SeriesInstanceUID) : QString();
}

QString derivationOf(const QString& file) {
  auto read = readDicomFile(file, ReadScope::Header);
  if (!read) return QString();
  return dcm::text(read->file->getDataset(), DCM_DerivationDescription, CharacterSet(QByteArrayLiteral("ISO_IR 192")));
}

const CodedConcept kMorphologicallyAbnormal{QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
const CodedConcept kNeoplasm{QStringLiteral("108369006"), QStringLiteral("SCT"), QStringLiteral("Neoplasm")};

}  // namespace

bool isAdcMap(const Volume& volume, const QString& seriesDescription, const QString& imageType) {
  if (volume.unit == QLatin1String("um2/s") || volume.unit == QLatin1String("10-6.mm2/s")) return true;
  if (volume.modality != QLatin1String("MR")) return false;
  const QString d = seriesDescription.toUpper();
  return d.contains(QLatin1String("ADC")) || d.contains(QLatin1String("APPARENT DIFFUSION")) ||
         imageType.toUpper().split(QLatin1Char('\\')).contains(QLatin1String("ADC"));
}

bool isStoredAdcMap(const Volume& volume, const SeriesSummary& series) {
  if (isAdcMap(volume, series.seriesDescription)) return true;
  if (volume.modality != QLatin1String("MR") || volume.slices.empty()) return false;
  auto read = readDicomFile(volume.slices.front().filePath, ReadScope::Header);
  return read && isAdcMap(volume, series.seriesDescription, dcm::ascii(read->file->getDataset(), DCM_ImageType));
}

Result<AdcComputeOutcome> computeAdcSeries(const CaseStore& store, const AdcComputeRequest& request, Progress& progress) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto dwiSeries = db.series(request.dwiSeriesUid);
  if (!dwiSeries) return dwiSeries.failure();
  const auto files = db.seriesFiles(request.dwiSeriesUid);
  if (!files) return files.failure();
  if (files->isEmpty()) return fail(AdcTr::tr("series %1 has no images in the store").arg(request.dwiSeriesUid));

  progress.report(0, 4, AdcTr::tr("Loading the diffusion series"));
  auto dwi = loadDiffusion(files->paths, progress);
  if (!dwi) return Failure{AdcTr::tr("series %1: %2").arg(request.dwiSeriesUid, dwi.error()), dwi.failureKind()};
  if (progress.cancelled()) return cancelledFailure(AdcTr::tr("cancelled"));
  progress.report(1, 4, AdcTr::tr("Computing the ADC"));
  auto map = computeAdc(dwi.value(), request.options, progress);
  if (!map) return map.failure();

  AdcComputeOutcome outcome;
  outcome.shells = describeShells(dwi.value());
  outcome.bValueSource = dwi->bValueSource;
  outcome.description = map->description;

  // The scanner's ADC map of the same study, when it lies on the DWI grid.
  const auto all = db.listSeries();
  if (!all) return all.failure();
  for (const SeriesSummary& s : all.value()) {
    if (s.studyUid != dwiSeries->studyUid || s.seriesUid == request.dwiSeriesUid) continue;
    if (s.modality != QLatin1String("MR") || s.columns != map->adc->width() || s.rows != map->adc->height()) continue;
    if (s.seriesDescription.startsWith(QLatin1String("RadCurator "))) continue;  // our own maps: not loaded to find out
    auto scanner = loadStoredSeries(db, s.seriesUid);
    if (!scanner || !onSameGrid(**scanner, *map->adc) || (*scanner)->unit == QLatin1String("um2/s")) continue;  // ours are um2/s maps
    if (!isStoredAdcMap(**scanner, s)) continue;
    const auto difference = meanAbsoluteDifference(*map->adc, **scanner, map->valid);
    if (!difference) continue;
    outcome.scannerSeriesUid = s.seriesUid;
    outcome.scannerDifference = difference.value();
    break;
  }

  progress.report(2, 4, AdcTr::tr("Writing the ADC map"));
  auto scratch = ScratchFolder::create(store, QStringLiteral("adc"));
  if (!scratch) return fail(scratch.error());
  ParametricMapOptions options;
  options.seriesDescription = QStringLiteral("RadCurator ADC");
  options.seriesNumber = dwiSeries->seriesNumber + 9000;
  options.sourceSeriesUid = request.dwiSeriesUid;
  options.derivationDescription = map->description + QStringLiteral("; from series ") + request.dwiSeriesUid;
  const QString raw = scratch->filePath(QStringLiteral("adc.dcm"));
  const auto written = writeParametricMap(*map->adc, raw, options);
  if (!written) return written.failure();
  progress.report(3, 4, AdcTr::tr("Filing the ADC map"));
  const auto filed = fileDerivedSeries(store, {raw});
  if (!filed) return filed.failure();
  outcome.adcSeriesUid = filed.value();
  if (request.fileShellImages) {
    int number = 0;
    for (const DiffusionShell& shell : dwi->shells) {
      ParametricMapOptions shellOptions;
      const QString b = QString::number(std::round(shell.bValue));
      shellOptions.seriesDescription = QStringLiteral("RadCurator DWI b=%1 (trace)").arg(b);
      shellOptions.seriesNumber = dwiSeries->seriesNumber + 9001 + number;
      shellOptions.sourceSeriesUid = request.dwiSeriesUid;
      shellOptions.contentLabel = QStringLiteral("DWI");
      shellOptions.derivedPixelContrast = QStringLiteral("DIFFUSION");
      shellOptions.quantity = {QStringLiteral("113043"), QStringLiteral("DCM"), QStringLiteral("Diffusion weighted")};
      shellOptions.unit = {QStringLiteral("1"), QStringLiteral("UCUM"), QStringLiteral("no units")};
      shellOptions.derivationDescription = QStringLiteral("trace-weighted image b=%1 s/mm2, geometric mean of %2 volume(s); from series %3")
                                               .arg(b).arg(shell.volumeCount).arg(request.dwiSeriesUid);
      const QString shellFile = scratch->filePath(QStringLiteral("shell-%1.dcm").arg(number++));
      const auto shellWritten = writeParametricMap(*shell.image, shellFile, shellOptions);
      if (!shellWritten) return shellWritten.failure();
      const auto shellFiled = fileDerivedSeries(store, {shellFile});
      if (!shellFiled) return shellFiled.failure();
      outcome.shellSeriesUids << shellFiled.value();
    }
  }
  // The series is filed; a failed audit line does not undo it (as for burned-in masking).
  (void)db.recordAudit(QStringLiteral("adc-compute"), dwiSeries->patientCode,
                 QStringLiteral("series %1 from %2: %3").arg(outcome.adcSeriesUid, request.dwiSeriesUid, map->description));
  progress.report(4, 4, QString());
  return outcome;
}

Result<PreparedCandidate> prepareAdcCandidate(CaseDatabase& db, const Volume& adc, const AdcThresholdRequest& request) {
  PreparedCandidate prepared;
  prepared.options = request.candidate;
  if (adc.slices.empty()) return fail(AdcTr::tr("the ADC map is not loaded"));
  const QString firstFile = adc.slices.front().filePath;
  prepared.derivation = derivationOf(firstFile);
  if (!request.requireHighB) return prepared;
  if (adc.pixelType() != PixelType::Float32) return fail(AdcTr::tr("the ADC map is not stored as float values"));
  const QString dwiUid = sourceSeriesOf(firstFile);
  const auto dwiFiles = dwiUid.isEmpty() ? Result<SeriesFiles>(SeriesFiles{}) : db.seriesFiles(dwiUid);
  if (!dwiFiles || dwiFiles->isEmpty())
    return fail(AdcTr::tr("series %1: the diffusion series it was computed from is not in the store; "
                          "threshold without the high-b condition").arg(adc.seriesInstanceUid));
  auto dwi = loadDiffusion(dwiFiles->paths);
  if (!dwi) return dwi.failure();
  AdcCandidateOptions& options = prepared.options;
  options.highBImage = dwi->shells.back().image;
  if (options.highBImage->dimensions() != adc.dimensions())
    return fail(AdcTr::tr("the highest-b image is not on the grid of the ADC map"));
  if (request.highBMinimum) {
    options.highBMinimum = *request.highBMinimum;
  } else {
    // "High signal": above the median of the highest-b image inside the body (ADC > 0).
    std::vector<float> inside;
    const float* a = adc.data<float>();
    const float* h = options.highBImage->data<float>();
    for (size_t i = 0; i < adc.voxelCount(); ++i)
      if (a[i] > 0) inside.push_back(h[i]);
    if (!inside.empty()) {
      std::nth_element(inside.begin(), inside.begin() + std::ptrdiff_t(inside.size() / 2), inside.end());
      options.highBMinimum = inside[inside.size() / 2];
    }
  }
  return prepared;
}

Segment adcCandidateSegment(const PreparedCandidate& prepared, const QString& label, const QString& actor) {
  Segment segment;
  segment.label = label;
  segment.category = kMorphologicallyAbnormal;
  segment.type = kNeoplasm;
  segment.algorithm = SegmentAlgorithm::Semiautomatic;
  segment.algorithmName = QStringLiteral("RadCurator ADC threshold");
  segment.description = describeCandidate(prepared.options) + (prepared.derivation.isEmpty() ? QString() : QStringLiteral("; ") + prepared.derivation);
  segment.color = {40, 160, 230};
  segment.trackingUid = newUid();
  segment.trackingId = label;
  segment.verified = true;
  segment.verifiedBy = actor;
  segment.verifiedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  return segment;
}

Result<AdcThresholdOutcome> addAdcCandidate(const CaseStore& store, const AdcThresholdRequest& request, Progress& progress) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto series = db.series(request.adcSeriesUid);
  if (!series) return series.failure();
  auto adc = loadStoredSeries(db, request.adcSeriesUid, progress);
  if (!adc) return adc.failure();
  if (!isStoredAdcMap(**adc, series.value()))
    return fail(AdcTr::tr("series %1 is not an ADC map (no um2/s value mapping, no ADC in its description)").arg(request.adcSeriesUid));

  const auto prepared = prepareAdcCandidate(db, **adc, request);
  if (!prepared) return prepared.failure();
  auto mask = adcCandidate(**adc, prepared->options);
  if (!mask) return mask.failure();

  LabelStore labels(db);
  const auto stored = labels.load(request.adcSeriesUid);
  if (!stored) return stored.failure();
  LabelSet set;
  std::optional<qint64> basedOn = qint64(0);
  if (stored->has_value()) {
    set = stored.value()->labels;
    basedOn = stored.value()->revision;
  } else {
    set.seriesInstanceUid = request.adcSeriesUid;
  }
  Segment segment = adcCandidateSegment(prepared.value(), request.label, request.actor);
  segment.number = set.nextSegmentNumber();
  if (set.voxels.dimensions() != (*adc)->dimensions()) set.voxels = LabelMap((*adc)->dimensions());
  set.voxels.assign(segment.number, mask.value());
  AdcThresholdOutcome outcome;
  outcome.segmentNumber = segment.number;
  outcome.voxels = set.voxels.count(segment.number);
  outcome.volumeMl = double(outcome.voxels) * (*adc)->spacing[0] * (*adc)->spacing[1] * (*adc)->spacing[2] / 1000.0;
  outcome.description = segment.description;
  set.segments.push_back(std::move(segment));
  const auto saved = labels.save(set, {outcome.segmentNumber}, basedOn, request.actor);
  if (!saved) return saved.failure();
  (void)db.recordAudit(QStringLiteral("adc-threshold"), series->patientCode,
                 QStringLiteral("series %1 segment %2: %3").arg(request.adcSeriesUid).arg(outcome.segmentNumber).arg(outcome.description));
  return outcome;
}

Result<std::vector<SegmentAdcStatistics>> adcStatisticsOfSeries(const CaseStore& store, const QString& adcSeriesUid) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto series = db.series(adcSeriesUid);
  if (!series) return series.failure();
  auto adc = loadStoredSeries(db, adcSeriesUid);
  if (!adc) return adc.failure();
  if (!isStoredAdcMap(**adc, series.value()))
    return fail(AdcTr::tr("series %1 is not an ADC map (no um2/s value mapping, no ADC in its description)").arg(adcSeriesUid));
  const auto stored = LabelStore(db).load(adcSeriesUid);
  if (!stored) return stored.failure();
  if (!stored->has_value() || stored.value()->labels.segments.empty())
    return fail(AdcTr::tr("series %1 has no segments: threshold it first (adc threshold)").arg(adcSeriesUid));
  std::vector<SegmentAdcStatistics> out;
  for (const Segment& s : stored.value()->labels.segments)
    out.push_back({s.number, s.label, adcDistributions(stored.value()->labels.voxels.extract(s.number), **adc)});
  return out;
}

QString adcStatisticsTsv(const std::vector<SegmentAdcStatistics>& statistics) {
  QString text = QStringLiteral("segment\tlabel\tlesion\tvoxels\tvolume_ml\tmean\tmedian\tsd\tmin\tmax\tp10\tp25\tp75\tp90\t"
                                "skewness\tkurtosis\tentropy\n");
  auto number = [](double v) { return QString::number(v, 'g', 10); };
  for (const SegmentAdcStatistics& s : statistics) {
    for (const LesionDistribution& l : s.lesions) {
      const ValueDistribution& d = l.values;
      QString label = s.label;
      label.replace(QLatin1Char('\t'), QLatin1Char(' '));
      text += QStringList{QString::number(s.segmentNumber), label, l.lesion == 0 ? QStringLiteral("all") : QString::number(l.lesion),
                          QString::number(d.voxels), number(d.volumeMl), number(d.mean), number(d.median), number(d.sd),
                          number(d.min), number(d.max), number(d.p10), number(d.p25), number(d.p75), number(d.p90),
                          number(d.skewness), number(d.kurtosis), number(d.entropy)}
                  .join(QLatin1Char('\t')) +
              QLatin1Char('\n');
    }
  }
  return text;
}

Result<std::optional<ValueDistribution>> tumourAdcDistribution(CaseDatabase& db, const QString& seriesUid) {
  const auto series = db.series(seriesUid);
  if (!series) return series.failure();
  // Cheap checks first: a CT series is never loaded for this.
  if (series->modality != QLatin1String("MR")) return std::optional<ValueDistribution>();
  const auto stored = LabelStore(db).load(seriesUid);
  if (!stored) return stored.failure();
  if (!stored->has_value()) return std::optional<ValueDistribution>();
  // Every verified segment together.
  const LabelMap& voxels = stored.value()->labels.voxels;
  SegmentMask tumour(voxels.dimensions());
  std::vector<std::uint8_t> plane(voxels.sliceVoxelCount());
  for (const Segment& s : stored.value()->labels.segments) {
    if (!s.verified || voxels.isEmpty(s.number)) continue;
    for (int k = 0; k < voxels.sliceCount(); ++k) {
      if (voxels.sliceIsEmpty(s.number, k)) continue;
      voxels.fillSlice(s.number, k, plane.data());
      std::uint8_t* dst = tumour.sliceForWriting(k);
      for (size_t n = 0; n < plane.size(); ++n) dst[n] |= plane[n];
    }
  }
  tumour.compact();
  if (tumour.isEmpty()) return std::optional<ValueDistribution>();
  auto adc = loadStoredSeries(db, seriesUid);
  if (!adc) return adc.failure();
  if (!isStoredAdcMap(**adc, series.value())) return std::optional<ValueDistribution>();
  const auto all = adcDistributions(tumour, **adc);
  if (all.empty()) return std::optional<ValueDistribution>();
  return std::optional<ValueDistribution>(all.front().values);
}

std::vector<Measurement> adcMeasurements(const ValueDistribution& d) {
  if (d.voxels == 0) return {};
  auto code = [](const char* value, const char* scheme, const char* meaning) {
    return CodedConcept{QString::fromLatin1(value), QString::fromLatin1(scheme), QString::fromLatin1(meaning)};
  };
  const CodedConcept adc = code("113041", "DCM", "Apparent Diffusion Coefficient");
  const CodedConcept um2s = code("um2/s", "UCUM", "um2/s");
  const CodedConcept none = code("1", "UCUM", "no units");
  const MeasurementRegion r = MeasurementRegion::Segment;
  // Percentiles and entropy have no code in DICOM's CID 7464: the project's own scheme.
  return {
      {code("118565006", "SCT", "Volume"), d.volumeMl, code("ml", "UCUM", "milliliter"), {}, r},
      {adc, d.mean, um2s, code("373098007", "SCT", "Mean"), r},
      {adc, d.median, um2s, code("130290", "DCM", "Median"), r},
      {adc, d.sd, um2s, code("386136009", "SCT", "Standard Deviation"), r},
      {adc, d.min, um2s, code("255605001", "SCT", "Minimum"), r},
      {adc, d.max, um2s, code("56851009", "SCT", "Maximum"), r},
      {adc, d.p10, um2s, code("P10", "99RADCUR", "10th Percentile"), r},
      {adc, d.p25, um2s, code("P25", "99RADCUR", "25th Percentile"), r},
      {adc, d.p75, um2s, code("P75", "99RADCUR", "75th Percentile"), r},
      {adc, d.p90, um2s, code("P90", "99RADCUR", "90th Percentile"), r},
      {code("126051", "DCM", "Skewness"), d.skewness, none, {}, r},
      {code("126052", "DCM", "Kurtosis"), d.kurtosis, none, {}, r},
      {code("ENTROPY", "99RADCUR", "Entropy of ADC histogram"), d.entropy, code("bit", "UCUM", "bit"), {}, r},
  };
}

Volume tumourAdcMap(const Volume& adc, const SegmentMask& mask) {
  Volume out(PixelType::Float32, adc.dimensions());
  out.spacing = adc.spacing;
  out.origin = adc.origin;
  out.axes = adc.axes;
  out.hasPatientOrientation = adc.hasPatientOrientation;
  out.modality = adc.modality;
  out.seriesInstanceUid = adc.seriesInstanceUid;
  out.frameOfReferenceUid = adc.frameOfReferenceUid;
  out.slices = adc.slices;
  out.unit = adc.unit;
  float* dst = out.data<float>();
  for (int k = 0; k < adc.sliceCount(); ++k) {
    const std::uint8_t* s = mask.slice(k);
    if (!s) continue;
    for (int j = 0; j < adc.height(); ++j)
      for (int i = 0; i < adc.width(); ++i)
        if (s[size_t(j) * size_t(adc.width()) + size_t(i)]) dst[adc.index(i, j, k)] = float(adc.valueAt(i, j, k));
  }
  return out;
}

Status exportAdcMap(const CaseStore& store, const QString& adcSeriesUid, const QString& outputFile,
                    const CorrespondenceTable& table, const DeidProfile& profile, const QString& partner) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto series = db.series(adcSeriesUid);
  if (!series) return series.failure();
  const auto instances = db.instancesOfSeries(adcSeriesUid);
  if (!instances) return instances.failure();
  if (instances->size() != 1) return fail(AdcTr::tr("series %1 is not one parametric map object").arg(adcSeriesUid));
  if (QFile::exists(outputFile)) return fail(AdcTr::tr("%1 already exists; an export never replaces a file").arg(outputFile));
  const ExportPass pass(profile, table);
  const InstanceRecord& instance = instances->front();
  const auto outcome = deidentifyFileChecked(store.absoluteFilePath(instance.filePath), outputFile, pass.context);
  if (!outcome) return outcome.failure();
  const auto recorded = db.recordExport(partner, QFileInfo(outputFile).absoluteFilePath(),
                                        {{series->patientCode, series->studyUid, adcSeriesUid, instance.sopInstanceUid, outcome->outputSha256}},
                                        QStringLiteral("ADC map of series %1").arg(adcSeriesUid));
  if (!recorded) {
    QFile::remove(outputFile);
    return recorded.failure();
  }
  return Status::success();
}

}  // namespace rc
