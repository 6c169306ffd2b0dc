#pragma once
// Core types to ITK images and back, for the imaging .cpp files only. Images are made for
// a box of the volume: the origin is the box's first voxel in index space times the spacing
// (ITK sees an axis-aligned grid; distances only need the spacing).

#include "core/BoxMask.h"
#include "core/Volume.h"

#include <itkImage.h>

#include <algorithm>
#include <cstring>

namespace rc::itkbridge {

using MaskImage3 = itk::Image<std::uint8_t, 3>;
using MaskImage2 = itk::Image<std::uint8_t, 2>;
using FloatImage3 = itk::Image<float, 3>;
using FloatImage2 = itk::Image<float, 2>;

template <unsigned D>
typename itk::Image<std::uint8_t, D>::Pointer newMask(const std::array<int, D>& size, const std::array<double, D>& spacing) {
  using Image = itk::Image<std::uint8_t, D>;
  typename Image::RegionType region;
  typename Image::SpacingType sp;
  for (unsigned d = 0; d < D; ++d) {
    region.SetSize(d, itk::SizeValueType(size[d]));
    region.SetIndex(d, 0);
    sp[d] = spacing[d];
  }
  auto image = Image::New();
  image->SetRegions(region);
  image->SetSpacing(sp);
  image->Allocate(true);
  return image;
}

// A 3D mask image holding `box` of `mask` (0/1).
inline MaskImage3::Pointer maskImage(const BoxMask& box, const Vec3& spacing) {
  auto image = newMask<3>({box.box.size(0), box.box.size(1), box.box.size(2)}, {spacing[0], spacing[1], spacing[2]});
  std::memcpy(image->GetBufferPointer(), box.bits.data(), box.bits.size());
  return image;
}

// The image's voxels back into a box mask (anything non-zero is 1).
template <typename Image>
BoxMask boxFrom(const Image* image, const IndexBox& box) {
  BoxMask out(box);
  const auto* p = image->GetBufferPointer();
  for (size_t n = 0; n < out.bits.size(); ++n) out.bits[n] = p[n] != 0 ? 1 : 0;
  return out;
}

// The volume's values in `box` as float.
inline FloatImage3::Pointer valueImage(const Volume& volume, const IndexBox& box) {
  using Image = FloatImage3;
  Image::RegionType region;
  Image::SpacingType sp;
  for (unsigned d = 0; d < 3; ++d) {
    region.SetSize(d, itk::SizeValueType(box.size(int(d))));
    region.SetIndex(d, 0);
    sp[d] = volume.spacing[d];
  }
  auto image = Image::New();
  image->SetRegions(region);
  image->SetSpacing(sp);
  image->Allocate();
  float* out = image->GetBufferPointer();
  for (int k = box.lo[2]; k <= box.hi[2]; ++k)
    for (int j = box.lo[1]; j <= box.hi[1]; ++j)
      for (int i = box.lo[0]; i <= box.hi[0]; ++i) *out++ = float(volume.valueAt(i, j, k));
  return image;
}

}  // namespace rc::itkbridge
