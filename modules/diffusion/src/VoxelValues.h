#pragma once
// Real-world values of a grey-scale volume as one float array (the diffusion maths works in
// float whatever the stored type).

#include "core/Volume.h"

#include <vector>

namespace rc {

inline std::vector<float> voxelValues(const Volume& v) {
  const size_t n = v.voxelCount();
  std::vector<float> out(n);
  switch (v.pixelType()) {
    case PixelType::Int16: std::copy(v.data<std::int16_t>(), v.data<std::int16_t>() + n, out.begin()); break;
    case PixelType::UInt16: std::copy(v.data<std::uint16_t>(), v.data<std::uint16_t>() + n, out.begin()); break;
    case PixelType::Float32: std::copy(v.data<float>(), v.data<float>() + n, out.begin()); break;
    case PixelType::Rgb8:
      for (size_t i = 0; i < n; ++i) {
        const std::uint8_t* p = v.bytes() + 3 * i;
        out[i] = float(0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2]);
      }
      break;
  }
  return out;
}

}  // namespace rc
