#pragma once
// Where a box crosses a plane view, in voxel index coordinates on the view's slice: what the
// views draw for findings' boxes in every plane they cross.

#include "core/Labels.h"
#include "core/Volume.h"

#include <vector>

namespace rc {

// The polygon (closed, in order) where a volume box meets the index plane `normalAxis` =
// `slice`; empty when the box does not reach the slice. A box along the volume's axes gives a
// rectangle; a tilted one the polygon of its cut.
std::vector<Vec3> volumeBoxOutline(const Volume& volume, const VolumeBox& box, int normalAxis, double slice);

// The rectangle of a 2D image box, on the slice of the image it refers to (normal axis 2);
// empty when the view shows another slice or plane.
std::vector<Vec3> imageBoxOutline(const Volume& volume, const ImageBox& box, int normalAxis, int slice);

// A drawing of a finding (a measurement's line, axes, ellipse, outline, point) on the view's
// slice, in voxel index coordinates: on the slice of its image (a 2D drawing, normal axis 2),
// or where a 3D drawing lies in the slice (within half a voxel). An ellipse or circle comes
// as a closed polygon around it. Empty when the view shows another slice or plane.
struct DrawnOutline {
  std::vector<Vec3> points;
  bool closed = false;
};
DrawnOutline graphicOutline(const Volume& volume, const Graphic& graphic, int normalAxis, int slice);

}  // namespace rc
