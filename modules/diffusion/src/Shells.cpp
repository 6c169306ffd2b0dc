#include "diffusion/Shells.h"

#include "DiffusionTr.h"
#include "VoxelValues.h"
#include "dicom/VolumeLoader.h"

#include <algorithm>
#include <cmath>

namespace rc {

bool onSameGrid(const Volume& a, const Volume& b) {
  if (a.dimensions() != b.dimensions()) return false;
  for (int c = 0; c < 3; ++c) {
    if (std::abs(a.spacing[c] - b.spacing[c]) > 1e-3) return false;
    if (std::abs(a.origin[c] - b.origin[c]) > 1e-2) return false;
    for (int d = 0; d < 3; ++d)
      if (std::abs(a.axes[c][d] - b.axes[c][d]) > 1e-4) return false;
  }
  return true;
}

namespace {

// Geometric mean of the volumes, voxel by voxel; a voxel at or below 0 in any volume is 0
// (the logarithm of the signal is undefined there, and so would be the ADC).
std::shared_ptr<Volume> geometricMean(const std::vector<const Volume*>& volumes) {
  const Volume& first = *volumes.front();
  auto out = std::make_shared<Volume>(PixelType::Float32, first.dimensions());
  out->spacing = first.spacing;
  out->origin = first.origin;
  out->axes = first.axes;
  out->hasPatientOrientation = first.hasPatientOrientation;
  out->modality = first.modality;
  out->seriesInstanceUid = first.seriesInstanceUid;
  out->frameOfReferenceUid = first.frameOfReferenceUid;
  out->slices = first.slices;
  float* dst = out->data<float>();
  const size_t n = first.voxelCount();
  std::vector<double> logSum(n, 0.0);
  std::vector<std::uint8_t> nonPositive(n, 0);
  for (const Volume* v : volumes) {
    const std::vector<float> values = voxelValues(*v);
    for (size_t idx = 0; idx < n; ++idx) {
      if (values[idx] <= 0) nonPositive[idx] = 1;
      else logSum[idx] += std::log(double(values[idx]));
    }
  }
  const double count = double(volumes.size());
  for (size_t idx = 0; idx < n; ++idx) dst[idx] = nonPositive[idx] ? 0.0f : float(std::exp(logSum[idx] / count));
  return out;
}

}  // namespace

Result<DiffusionSeries> groupShells(const std::vector<BValueVolume>& volumes, Progress& progress) {
  if (volumes.empty()) return fail(DiffusionTr::tr("the series holds no image volume"));
  DiffusionSeries series;
  series.seriesInstanceUid = volumes.front().volume->seriesInstanceUid;
  for (size_t n = 0; n < volumes.size(); ++n) {
    const BValueVolume& v = volumes[n];
    if (!v.bValue)
      return fail(DiffusionTr::tr("volume %1 of %2 has no b-value: neither (0018,9087) nor a vendor's b-value tag "
                                  "(Philips (2001,1003), GE (0043,1039), Siemens CSA) is present")
                      .arg(n + 1).arg(volumes.size()));
    if (!onSameGrid(*v.volume, *volumes.front().volume))
      return fail(DiffusionTr::tr("volume %1 (b=%2) is not on the grid of volume 1 (%3x%4x%5): shells on different grids "
                                  "cannot be combined")
                      .arg(n + 1).arg(*v.bValue)
                      .arg(volumes.front().volume->width()).arg(volumes.front().volume->height())
                      .arg(volumes.front().volume->sliceCount()));
    if (series.bValueSource.isEmpty()) series.bValueSource = v.source;
    else if (!v.source.isEmpty() && !series.bValueSource.split(QStringLiteral(", ")).contains(v.source))
      series.bValueSource += QStringLiteral(", ") + v.source;
  }
  // Shells: sorted b-values, a new shell where the gap to the previous volume exceeds 1 s/mm².
  std::vector<size_t> order(volumes.size());
  for (size_t n = 0; n < order.size(); ++n) order[n] = n;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return *volumes[a].bValue < *volumes[b].bValue; });
  std::vector<std::vector<size_t>> groups;
  for (size_t n : order) {
    if (groups.empty() || *volumes[n].bValue - *volumes[groups.back().back()].bValue > 1.0) groups.emplace_back();
    groups.back().push_back(n);
  }
  if (groups.size() < 2)
    return fail(DiffusionTr::tr("the series has one b-value shell (b=%1, volumes: %2); an ADC needs at least two")
                    .arg(*volumes.front().bValue)
                    .arg(volumes.size()));
  for (const auto& group : groups) {
    if (progress.cancelled()) return cancelledFailure(DiffusionTr::tr("cancelled"));
    DiffusionShell shell;
    std::vector<const Volume*> members;
    double sum = 0;
    for (size_t n : group) {
      members.push_back(volumes[n].volume.get());
      sum += *volumes[n].bValue;
    }
    shell.bValue = sum / double(group.size());
    shell.volumeCount = int(group.size());
    shell.image = geometricMean(members);
    series.shells.push_back(std::move(shell));
    progress.report(qint64(series.shells.size()), qint64(groups.size()), DiffusionTr::tr("combining b-value shells"));
  }
  return series;
}

Result<DiffusionSeries> loadDiffusion(const QStringList& files, Progress& progress) {
  LoadOptions options;
  options.allStacks = true;
  auto loaded = loadVolume(files, options, progress);
  if (!loaded) return loaded.failure();
  std::vector<BValueVolume> volumes;
  for (size_t n = 0; n < loaded->stackVolumes.size(); ++n) {
    const StackInfo& info = loaded->stacks[n];
    volumes.push_back({info.bValue, info.bValueSource, loaded->stackVolumes[n]});
  }
  return groupShells(volumes, progress);
}

QString describeShells(const DiffusionSeries& series) {
  QStringList parts;
  for (const DiffusionShell& s : series.shells)
    parts << (s.volumeCount == 1 ? DiffusionTr::tr("b=%1 (1 volume)").arg(std::round(s.bValue))
                                 : DiffusionTr::tr("b=%1 (%2 volumes)").arg(std::round(s.bValue)).arg(s.volumeCount));
  return parts.join(QStringLiteral(", "));
}

}  // namespace rc
