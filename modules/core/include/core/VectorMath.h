#pragma once
// Three-vector arithmetic on Vec3 (patient mm, voxel indices, directions): one copy for the
// loader, the geometry of views and boxes, and the tools.

#include "core/Volume.h"

#include <cmath>

namespace rc {

inline Vec3 add(const Vec3& a, const Vec3& b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
inline Vec3 sub(const Vec3& a, const Vec3& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
inline Vec3 scaled(const Vec3& v, double s) { return {v[0] * s, v[1] * s, v[2] * s}; }
inline double dot(const Vec3& a, const Vec3& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
inline Vec3 cross(const Vec3& a, const Vec3& b) {
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
inline double norm(const Vec3& v) { return std::sqrt(dot(v, v)); }
// The unit vector along `v`; `v` itself when it has no length.
inline Vec3 normalized(const Vec3& v) {
  const double n = norm(v);
  return n > 0 ? scaled(v, 1 / n) : v;
}

}  // namespace rc
