#pragma once
// The tumour-specific ADC workflow on the case store (DOMAIN.md 1.2), shared by the GUI and
// radcurator-cli `adc`:
// 1. compute: a stored DWI series -> b-value shells -> an ADC map, filed as a new Parametric
//    Map series of the same study (its Derivation Description records method, b-values and
//    noise floor), and each shell's trace-weighted image as a series of its own; where the
//    study holds the scanner's ADC map on the same grid, the mean absolute difference inside
//    the body is reported;
// 2. threshold: an ADC range (and optionally a high signal on the highest-b image, and a
//    minimum island size) becomes a SEMIAUTOMATIC candidate segment that the physician then
//    edits with the annotation tools until only tumour is left;
// 3. statistics: the ADC distribution inside each segment and each of its lesions.
// Exports go through exportSeriesLabels (SEG, SR, and a tumour ADC map per segment).

#include "core/Progress.h"
#include "core/Result.h"
#include "core/Volume.h"
#include "diffusion/Adc.h"
#include "diffusion/AdcStatistics.h"
#include "storage/CaseStore.h"

#include <QString>

#include <optional>
#include <vector>

namespace rc {

class CorrespondenceTable;
class DeidProfile;

// An ADC map: a parametric map in um2/s (ours, or another tool's), or a scanner's ADC series
// (Image Type or Series Description says ADC; de-identification may have replaced the latter).
bool isAdcMap(const Volume& volume, const QString& seriesDescription = QString(), const QString& imageType = QString());
// The same for a stored series (reads its first file's Image Type).
bool isStoredAdcMap(const Volume& volume, const SeriesSummary& series);

struct AdcComputeRequest {
  QString dwiSeriesUid;
  AdcOptions options;
  // Also file each shell's trace-weighted image as a series of its own ("RadCurator DWI
  // b=1000 (trace)"), so that a reader can set it beside the ADC map.
  bool fileShellImages = true;
};

struct AdcComputeOutcome {
  QString adcSeriesUid;
  QStringList shellSeriesUids;  // one per shell, lowest b first (with fileShellImages)
  QString shells;        // "b=0 (5 volumes), b=1000 (12 volumes)"
  QString bValueSource;  // the tag the b-values came from
  QString description;   // method, b-values, noise floor
  QString scannerSeriesUid;                  // the scanner's ADC map compared with, if any
  std::optional<double> scannerDifference;   // mean |ours - scanner| inside the body, 10^-6 mm²/s
};

Result<AdcComputeOutcome> computeAdcSeries(const CaseStore& store, const AdcComputeRequest& request,
                                           Progress& progress = Progress::none());

struct AdcThresholdRequest {
  QString adcSeriesUid;
  AdcCandidateOptions candidate;  // highBImage is filled from the source DWI when requireHighB
  bool requireHighB = false;
  std::optional<double> highBMinimum;  // default: the median of the highest-b image inside the body
  QString label = QStringLiteral("ADC candidate");
  QString actor;
};

struct AdcThresholdOutcome {
  int segmentNumber = 0;
  size_t voxels = 0;
  double volumeMl = 0;
  QString description;
};

// The candidate's options completed from the store: the highest-b image of the DWI the map
// was computed from (and its default minimum) when the high-b condition is asked for, and
// the map's derivation for the segment's description. Used by addAdcCandidate and the GUI
// (which adds the segment through its annotation session, as one undoable edit).
struct PreparedCandidate {
  AdcCandidateOptions options;
  QString derivation;  // how the map was made (its Derivation Description)
};
Result<PreparedCandidate> prepareAdcCandidate(CaseDatabase& db, const Volume& adc, const AdcThresholdRequest& request);
// The candidate segment's description (codes, SEMIAUTOMATIC, description with range, islands
// and derivation); number 0 (the caller numbers it and places the mask in the set's voxels).
Segment adcCandidateSegment(const PreparedCandidate& prepared, const QString& label, const QString& actor);

// Adds the candidate segment to the series' labels (saved, revision checked). Changes nothing
// when the range selects nothing.
Result<AdcThresholdOutcome> addAdcCandidate(const CaseStore& store, const AdcThresholdRequest& request,
                                            Progress& progress = Progress::none());

struct SegmentAdcStatistics {
  int segmentNumber = 0;
  QString label;
  std::vector<LesionDistribution> lesions;  // [0] the whole segment, then each lesion
};

Result<std::vector<SegmentAdcStatistics>> adcStatisticsOfSeries(const CaseStore& store, const QString& adcSeriesUid);
QString adcStatisticsTsv(const std::vector<SegmentAdcStatistics>& statistics);

// The ADC distribution inside all verified segments of a series taken together (the tumour of
// the case sheet); nullopt when the series is not an ADC map or has no verified segment.
Result<std::optional<ValueDistribution>> tumourAdcDistribution(CaseDatabase& db, const QString& seriesUid);

// The ADC distribution as TID 1500 measurements: volume (ml), and the ADC (DCM 113041, um2/s)
// with its mean, median, SD, minimum, maximum, 10/25/75/90th percentiles; skewness and
// kurtosis (DCM 126051/126052) and entropy (bits) without unit.
std::vector<Measurement> adcMeasurements(const ValueDistribution& distribution);

// The tumour-specific ADC map of a segment: the ADC inside the mask, 0 outside.
Volume tumourAdcMap(const Volume& adc, const SegmentMask& mask);

// The stored ADC map of a series as a Parametric Map file for a partner: through the store's
// profile and the residual-PHI scan, then into the export ledger.
Status exportAdcMap(const CaseStore& store, const QString& adcSeriesUid, const QString& outputFile,
                    const CorrespondenceTable& table, const DeidProfile& profile, const QString& partner);

}  // namespace rc
