// Region growing, islands and fill holes (ITK connected threshold / confidence connected,
// connected components, binary fill hole).

#include "imaging/MaskOperations.h"
#include "imaging/RegionGrowing.h"

#include "ItkBridge.h"

#include <itkBinaryFillholeImageFilter.h>
#include <itkConfidenceConnectedImageFilter.h>
#include <itkConnectedComponentImageFilter.h>
#include <itkConnectedThresholdImageFilter.h>

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace rc {

namespace {

struct ImagingTr {
  Q_DECLARE_TR_FUNCTIONS(Imaging)
};

using namespace itkbridge;

IndexBox boxAround(const Volume& volume, const std::array<int, 3>& seed, double radiusMm) {
  IndexBox box;
  for (int d = 0; d < 3; ++d) {
    const int r = volume.spacing[size_t(d)] > 0 ? int(std::ceil(radiusMm / volume.spacing[size_t(d)])) : 0;
    box.lo[size_t(d)] = seed[size_t(d)] - r;
    box.hi[size_t(d)] = seed[size_t(d)] + r;
  }
  return box.intersected(IndexBox::of(volume.dimensions()));
}

}  // namespace

Result<BoxMask> growRegion(const Volume& volume, const std::array<int, 3>& seed, const RegionGrowOptions& options) {
  const auto dims = volume.dimensions();
  if (!IndexBox::of(dims).contains(seed[0], seed[1], seed[2]))
    return fail(ImagingTr::tr("the seed (%1, %2, %3) is outside the image").arg(seed[0]).arg(seed[1]).arg(seed[2]));
  const double seedValue = volume.valueAt(seed[0], seed[1], seed[2]);
  if (options.method == RegionGrowOptions::Method::Threshold && (seedValue < options.lower || seedValue > options.upper))
    return fail(ImagingTr::tr("the clicked voxel (%1) is outside the range %2 to %3")
                    .arg(seedValue)
                    .arg(options.lower)
                    .arg(options.upper));
  const IndexBox box = boxAround(volume, seed, options.maxRadiusMm);
  auto values = valueImage(volume, box);
  FloatImage3::IndexType start;
  for (unsigned d = 0; d < 3; ++d) start[d] = seed[d] - box.lo[d];

  MaskImage3::Pointer grown;
  try {
    if (options.method == RegionGrowOptions::Method::Threshold) {
      auto filter = itk::ConnectedThresholdImageFilter<FloatImage3, MaskImage3>::New();
      filter->SetInput(values);
      filter->SetLower(float(options.lower));
      filter->SetUpper(float(options.upper));
      filter->SetReplaceValue(1);
      filter->AddSeed(start);
      filter->Update();
      grown = filter->GetOutput();
    } else {
      auto filter = itk::ConfidenceConnectedImageFilter<FloatImage3, MaskImage3>::New();
      filter->SetInput(values);
      filter->SetMultiplier(options.multiplier);
      filter->SetNumberOfIterations(unsigned(std::max(0, options.iterations)));
      filter->SetInitialNeighborhoodRadius(unsigned(std::max(1, options.initialRadius)));
      filter->SetReplaceValue(1);
      filter->AddSeed(start);
      filter->Update();
      grown = filter->GetOutput();
    }
  } catch (const itk::ExceptionObject& e) {
    return fail(ImagingTr::tr("region growing failed: %1").arg(QString::fromUtf8(e.GetDescription())));
  }
  return boxFrom(grown.GetPointer(), box);
}

BoxMask fillHoles(const SegmentMask& mask, std::optional<int> sliceAxis) {
  const auto bounds = mask.bounds();
  if (!bounds) return {};
  BoxMask box = BoxMask::of(mask, *bounds);
  if (!sliceAxis) {
    auto filter = itk::BinaryFillholeImageFilter<MaskImage3>::New();
    filter->SetInput(maskImage(box, {1, 1, 1}));
    filter->SetForegroundValue(1);
    filter->SetFullyConnected(false);
    filter->Update();
    return boxFrom(filter->GetOutput(), box.box);
  }
  // Per slice: a hole is background enclosed within its own slice.
  const int a = *sliceAxis;
  const int u = a == 0 ? 1 : 0, v = a == 2 ? 1 : 2;
  const IndexBox& b = box.box;
  auto plane = newMask<2>({b.size(u), b.size(v)}, {1, 1});
  for (int s = b.lo[size_t(a)]; s <= b.hi[size_t(a)]; ++s) {
    std::uint8_t* p = plane->GetBufferPointer();
    bool any = false;
    std::array<int, 3> at{};
    at[size_t(a)] = s;
    for (int y = b.lo[size_t(v)]; y <= b.hi[size_t(v)]; ++y)
      for (int x = b.lo[size_t(u)]; x <= b.hi[size_t(u)]; ++x) {
        at[size_t(u)] = x, at[size_t(v)] = y;
        *p = box.at(at[0], at[1], at[2]) ? 1 : 0;
        any = any || *p;
        ++p;
      }
    if (!any) continue;
    auto filter = itk::BinaryFillholeImageFilter<MaskImage2>::New();
    filter->SetInput(plane);
    filter->SetForegroundValue(1);
    filter->SetFullyConnected(false);
    filter->Update();
    const std::uint8_t* q = filter->GetOutput()->GetBufferPointer();
    for (int y = b.lo[size_t(v)]; y <= b.hi[size_t(v)]; ++y)
      for (int x = b.lo[size_t(u)]; x <= b.hi[size_t(u)]; ++x) {
        at[size_t(u)] = x, at[size_t(v)] = y;
        if (*q++) box.set(at[0], at[1], at[2], true);
      }
  }
  return box;
}

Result<BoxMask> islands(const SegmentMask& mask, const Vec3& spacing, const IslandOptions& options) {
  const auto bounds = mask.bounds();
  if (!bounds) return BoxMask{};
  BoxMask box = BoxMask::of(mask, *bounds);
  using LabelImage = itk::Image<std::uint32_t, 3>;
  auto filter = itk::ConnectedComponentImageFilter<MaskImage3, LabelImage>::New();
  filter->SetInput(maskImage(box, spacing));
  filter->SetFullyConnected(true);
  filter->Update();
  const std::uint32_t* labels = filter->GetOutput()->GetBufferPointer();
  std::map<std::uint32_t, size_t> sizes;
  for (size_t n = 0; n < box.bits.size(); ++n)
    if (labels[n]) ++sizes[labels[n]];
  const double voxelMm3 = spacing[0] * spacing[1] * spacing[2];
  std::uint32_t keepOnly = 0;
  switch (options.rule) {
    case IslandRule::KeepLargest:
      for (const auto& [label, size] : sizes)
        if (!keepOnly || size > sizes[keepOnly]) keepOnly = label;
      break;
    case IslandRule::KeepClicked:
      if (!box.at(options.clicked[0], options.clicked[1], options.clicked[2]))
        return fail(ImagingTr::tr("the clicked voxel is not part of the segment"));
      keepOnly = labels[box.offset(options.clicked[0], options.clicked[1], options.clicked[2])];
      break;
    case IslandRule::RemoveSmaller:
      break;
  }
  for (size_t n = 0; n < box.bits.size(); ++n) {
    if (!labels[n]) continue;
    const bool keep = options.rule == IslandRule::RemoveSmaller ? double(sizes[labels[n]]) * voxelMm3 >= options.minimumMm3
                                                                : labels[n] == keepOnly;
    box.bits[n] = keep ? 1 : 0;
  }
  return box;
}

}  // namespace rc
