// Margins and shape-based interpolation, both on signed Maurer distance maps (ITK): exact
// Euclidean distances in mm for the voxel spacing. Object voxels touching the background
// have distance 0, inside is negative.

#include "imaging/MaskOperations.h"

#include "ItkBridge.h"

#include <itkSignedMaurerDistanceMapImageFilter.h>

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace rc {

namespace {

struct ImagingTr {
  Q_DECLARE_TR_FUNCTIONS(Imaging)
};

using namespace itkbridge;

// Signed distances between voxel centres (mm): outside voxels get the distance to the
// nearest inside voxel, inside voxels minus the distance to the nearest outside voxel. ITK's
// signed Maurer map gives the first; run on the inverted mask it gives the second (its own
// inside values measure to a boundary layer of the object, which would shave a voxel off).
template <typename MaskImage, typename FloatImage>
std::vector<float> signedDistance(MaskImage* mask) {
  auto run = [](MaskImage* image) {
    auto filter = itk::SignedMaurerDistanceMapImageFilter<MaskImage, FloatImage>::New();
    filter->SetInput(image);
    filter->SetUseImageSpacing(true);
    filter->SetSquaredDistance(false);
    filter->SetInsideIsPositive(false);
    filter->SetBackgroundValue(0);
    filter->Update();
    typename FloatImage::Pointer out = filter->GetOutput();
    return out;
  };
  const size_t count = mask->GetBufferedRegion().GetNumberOfPixels();
  auto inverted = MaskImage::New();
  inverted->SetRegions(mask->GetBufferedRegion());
  inverted->SetSpacing(mask->GetSpacing());
  inverted->Allocate();
  const std::uint8_t* in = mask->GetBufferPointer();
  std::uint8_t* inv = inverted->GetBufferPointer();
  bool anyInside = false, anyOutside = false;
  for (size_t n = 0; n < count; ++n) {
    inv[n] = in[n] ? 0 : 1;
    anyInside = anyInside || in[n];
    anyOutside = anyOutside || !in[n];
  }
  std::vector<float> d(count, 0);
  const float far = 1e6f;
  // Maurer on an image without any object voxel has nothing to measure to.
  const auto outside = anyInside ? run(mask) : nullptr;
  const auto inside = anyOutside ? run(inverted.GetPointer()) : nullptr;
  for (size_t n = 0; n < count; ++n)
    d[n] = in[n] ? (inside ? -inside->GetBufferPointer()[n] : -far) : (outside ? outside->GetBufferPointer()[n] : far);
  return d;
}

}  // namespace

BoxMask margin(const SegmentMask& mask, const Vec3& spacing, double mm) {
  const auto bounds = mask.bounds();
  if (!bounds || mm == 0) return bounds ? BoxMask::of(mask, *bounds) : BoxMask{};
  // Room for the grown shape, and a voxel of background around a shrinking one.
  std::array<int, 3> room{};
  for (int d = 0; d < 3; ++d)
    room[size_t(d)] = 1 + (mm > 0 && spacing[size_t(d)] > 0 ? int(std::ceil(mm / spacing[size_t(d)])) : 0);
  const IndexBox box = bounds->grown(room, mask.dimensions());
  BoxMask in = BoxMask::of(mask, box);
  const std::vector<float> d = signedDistance<MaskImage3, FloatImage3>(maskImage(in, spacing));
  BoxMask out(box);
  // Growing adds the voxels within mm of the segment; shrinking removes those within mm of
  // the outside. A tiny tolerance: a voxel exactly mm away counts as within.
  const float tolerance = 1e-4f;
  for (size_t n = 0; n < out.bits.size(); ++n)
    out.bits[n] = (mm > 0 ? d[n] <= float(mm) + tolerance : d[n] < float(mm) - tolerance) ? 1 : 0;
  return out;
}

Result<BoxMask> interpolateSlices(const SegmentMask& mask, int axis, const Vec3& spacing, Progress& progress) {
  const auto bounds = mask.bounds();
  if (axis < 0 || axis > 2) return fail(ImagingTr::tr("no such axis %1").arg(axis));
  if (!bounds) return fail(ImagingTr::tr("paint the segment on at least two slices first"));
  const int u = axis == 0 ? 1 : 0, v = axis == 2 ? 1 : 2;
  const IndexBox& b = *bounds;
  // The painted slices along the axis.
  BoxMask whole = BoxMask::of(mask, b);
  auto planeHas = [&](int s) {
    std::array<int, 3> at{};
    at[size_t(axis)] = s;
    for (int y = b.lo[size_t(v)]; y <= b.hi[size_t(v)]; ++y)
      for (int x = b.lo[size_t(u)]; x <= b.hi[size_t(u)]; ++x) {
        at[size_t(u)] = x, at[size_t(v)] = y;
        if (whole.at(at[0], at[1], at[2])) return true;
      }
    return false;
  };
  std::vector<int> painted;
  for (int s = b.lo[size_t(axis)]; s <= b.hi[size_t(axis)]; ++s)
    if (planeHas(s)) painted.push_back(s);
  if (painted.size() < 2) return fail(ImagingTr::tr("paint the segment on at least two slices first"));

  // One voxel of background around the shapes, in plane, so their distance maps have an edge.
  const IndexBox plane = b.grown({1, 1, 1}, mask.dimensions());
  const int nu = plane.size(u), nv = plane.size(v);
  const float halfVoxel = float(0.25 * (spacing[size_t(u)] + spacing[size_t(v)]));
  auto distanceOf = [&](int s) {
    auto image = newMask<2>({nu, nv}, {spacing[size_t(u)], spacing[size_t(v)]});
    std::uint8_t* p = image->GetBufferPointer();
    std::array<int, 3> at{};
    at[size_t(axis)] = s;
    for (int y = plane.lo[size_t(v)]; y <= plane.hi[size_t(v)]; ++y)
      for (int x = plane.lo[size_t(u)]; x <= plane.hi[size_t(u)]; ++x) {
        at[size_t(u)] = x, at[size_t(v)] = y;
        *p++ = whole.at(at[0], at[1], at[2]) ? 1 : 0;
      }
    // Centre-to-centre distances put the edge on the voxel centres; half a voxel moves it
    // to the voxel faces, where the painted shape really ends.
    std::vector<float> d = signedDistance<MaskImage2, FloatImage2>(image.GetPointer());
    for (float& x : d) x += x > 0 ? -halfVoxel : halfVoxel;
    return d;
  };

  IndexBox outBox = plane;
  outBox.lo[size_t(axis)] = painted.front();
  outBox.hi[size_t(axis)] = painted.back();
  BoxMask out(outBox);
  size_t gaps = 0;
  for (size_t n = 0; n + 1 < painted.size(); ++n) gaps += painted[n + 1] - painted[n] > 1;
  size_t done = 0;
  auto lower = distanceOf(painted.front());
  for (size_t n = 0; n + 1 < painted.size(); ++n) {
    const int p = painted[n], q = painted[n + 1];
    auto upper = distanceOf(q);
    if (q - p > 1) {
      if (progress.cancelled()) return cancelledFailure(ImagingTr::tr("interpolation cancelled"));
      progress.report(int(done), int(gaps), ImagingTr::tr("Interpolating slices %1 to %2").arg(p).arg(q));
      const float* dp = lower.data();
      const float* dq = upper.data();
      for (int s = p + 1; s < q; ++s) {
        const float t = float(s - p) / float(q - p);
        std::array<int, 3> at{};
        at[size_t(axis)] = s;
        size_t n2 = 0;
        for (int y = plane.lo[size_t(v)]; y <= plane.hi[size_t(v)]; ++y)
          for (int x = plane.lo[size_t(u)]; x <= plane.hi[size_t(u)]; ++x, ++n2) {
            at[size_t(u)] = x, at[size_t(v)] = y;
            if ((1 - t) * dp[n2] + t * dq[n2] <= 0) out.set(at[0], at[1], at[2], true);
          }
      }
      ++done;
    }
    lower = std::move(upper);
  }
  progress.report(int(gaps), int(gaps), ImagingTr::tr("Interpolated"));
  return out;
}

}  // namespace rc
