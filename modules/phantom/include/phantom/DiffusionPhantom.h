#pragma once
// A synthetic diffusion MRI study with known ADCs, written as DICOM: a DWI series (several
// b-values, optionally several directions per b-value, signal S0 * exp(-b * ADC) without
// noise) and, optionally, the scanner's ADC map of the same grid. Regions: background (no
// signal), body tissue, a fluid-filled cyst, and a spherical tumour of low ADC.
//
// Signal is stored as 16-bit integers with Rescale Slope 0.01 (so that the rounding of the
// stored values changes an ADC by less than 1e-4 relative); the b-value goes into the tag the
// options name, as the different vendors write it.

#include "core/Result.h"
#include "phantom/ChestPhantom.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace rc {

enum class BValueTag { Standard, Philips, Ge, Siemens, None };

struct DiffusionPhantomOptions {
  int matrix = 64;
  int slices = 20;
  std::array<double, 3> spacing = {2.0, 2.0, 4.0};  // mm: column, row, slice
  std::vector<double> bValues = {0, 1000};
  int directions = 1;              // volumes per non-zero b-value
  double s0 = 600;                 // signal at b = 0
  double tissueAdc = 1400;         // 10^-6 mm²/s
  double fluidAdc = 3000;
  double tumourAdc = 700;          // at the tumour's centre
  double tumourAdcSpread = 150;    // the tumour's ADC runs from tumourAdc - spread to + spread across it
  double tumourRadiusMm = 10;
  BValueTag tag = BValueTag::Standard;
  bool scannerAdcMap = false;      // also the scanner's ADC series (integers, 10^-6 mm²/s)
  PhantomOptions patient;          // who the study belongs to
};

struct DiffusionPhantomResult {
  QStringList dwiFiles;
  QStringList adcFiles;
  QString dwiSeriesUid;
  QString adcSeriesUid;
  int tumourVoxels = 0;            // voxels whose centre lies in the tumour sphere
};

Result<DiffusionPhantomResult> writeDiffusionPhantom(const QString& directory, const DiffusionPhantomOptions& options = {});

// Whether voxel (i, j, k) lies in the tumour sphere.
bool diffusionPhantomInTumour(const DiffusionPhantomOptions& options, int i, int j, int k);
// The phantom's true ADC at voxel (i, j, k), 10^-6 mm²/s; 0 in the background.
double diffusionPhantomAdc(const DiffusionPhantomOptions& options, int i, int j, int k);

}  // namespace rc
