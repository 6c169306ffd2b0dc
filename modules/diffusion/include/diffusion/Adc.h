#pragma once
// Apparent diffusion coefficient maps and the candidate mask of a tumour-specific ADC map.
//
// ADC in 10^-6 mm²/s (the unit of scanner ADC maps), as Float32 on the DWI grid:
// - two shells: ADC = ln(S_low / S_high) / (b_high - b_low);
// - log-linear fit: the least-squares slope of ln S over every shell's b-value.
// Voxels whose low-b signal is at the noise floor (background, air) are 0 and left out of
// the map's valid region; negative ADCs (noise) are 0, and values are capped at kAdcCap.

#include "core/Labels.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/Volume.h"
#include "diffusion/Shells.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rc {

constexpr double kAdcCap = 10000;  // 10^-6 mm²/s: above free water at body temperature (about 3000)

enum class AdcMethod { TwoShells, LogLinearFit };

struct AdcOptions {
  AdcMethod method = AdcMethod::TwoShells;
  // Two shells: the shells nearest these b-values; default the lowest and the highest.
  std::optional<double> lowB, highB;
  // Low-b signal at or below this is background; default chosen from the background.
  std::optional<double> noiseFloor;
  int threads = 0;  // 0: one per core
};

struct AdcMap {
  std::shared_ptr<Volume> adc;       // Float32, 10^-6 mm²/s
  std::vector<std::uint8_t> valid;   // 1 where the signal is above the noise floor (the body)
  double noiseFloor = 0;
  std::vector<double> bValues;       // of the shells used
  AdcMethod method = AdcMethod::TwoShells;
  // "two shells b=0 and b=1000 s/mm², noise floor 41.2 (from the background)": goes into
  // the derived series and the segment's description.
  QString description;
};

Result<AdcMap> computeAdc(const DiffusionSeries& dwi, const AdcOptions& options = {},
                          Progress& progress = Progress::none());

// The noise floor of a magnitude image: mean + 3 SD of the four in-plane corner columns
// (background in any MR field of view), at most a tenth of the 99th percentile (a corner
// that holds tissue must not blank the map).
double backgroundNoiseFloor(const Volume& image);

// Mean |a - b| over the voxels where `region` is set; fails when the grids differ or the
// region is empty.
Result<double> meanAbsoluteDifference(const Volume& a, const Volume& b, const std::vector<std::uint8_t>& region);

// The candidate mask of a tumour-specific ADC map: low < ADC < high, optionally AND a high
// signal on the highest-b image, minus the connected parts smaller than minIslandMm3.
struct AdcCandidateOptions {
  double low = 0;
  double high = 1000;
  std::shared_ptr<const Volume> highBImage;  // same grid as the ADC map
  double highBMinimum = 0;                   // signal the highest-b image must exceed
  double minIslandMm3 = 0;
};
// Fails (changing nothing) when the range selects no voxel or only parts smaller than the minimum.
Result<SegmentMask> adcCandidate(const Volume& adc, const AdcCandidateOptions& options);
// The options as a segment description: "ADC 0-1000 x10^-6 mm2/s; islands < 50 mm3 removed".
QString describeCandidate(const AdcCandidateOptions& options);

}  // namespace rc
