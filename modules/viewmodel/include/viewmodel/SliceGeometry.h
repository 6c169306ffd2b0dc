#pragma once
// How one plane of a volume lies on the screen: the pure display <-> voxel mapping every slice
// view, cross-hair, overlay and annotation tool shares. No VTK, no widget: table-tested.
//
// Planes follow the volume's own voxel grid (no resampling): the axial view shows the index
// plane whose normal is closest to the patient's feet-head axis, and so on. The two in-plane
// index axes are laid on the screen the way radiologists read: patient left on the screen's
// right in axial and coronal views, posterior on the right in sagittal views, anterior up in
// axial views and superior up in the others, whatever the acquisition (feet-first, prone,
// flipped rows). A volume whose axes lie more than 10 degrees off the patient axes is flagged
// oblique: its planes follow the acquisition, and the letters on the edges say so.
//
// Coordinates: continuous voxel index (i, j, k), the centre of voxel (0,0,0) at (0,0,0);
// display pixels with (0,0) at the view's top-left corner, y downwards.

#include "core/Volume.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>

namespace rc {

enum class ViewPlane { Axial, Coronal, Sagittal };
QString planeName(ViewPlane plane);  // untranslated key: "axial", "coronal", "sagittal"

struct PlaneAxes {
  int normal = 2;               // index axis through the slices of this plane
  int right = 0;                // index axis along the screen's x
  bool rightIncreasing = true;  // index grows to the right
  int down = 1;                 // index axis along the screen's y
  bool downIncreasing = true;   // index grows downwards
  bool oblique = false;
};

// The layout of `plane` for `volume`. A volume without patient orientation (a radiograph)
// is shown as stored in the axial plane.
PlaneAxes planeAxes(const Volume& volume, ViewPlane plane);

// Orientation letters (A/P/R/L/S/I) of the four edges: left, right, top, bottom; two letters
// where the direction is oblique ("LA"). Empty when the volume has no patient orientation.
std::array<QString, 4> edgeLetters(const Volume& volume, const PlaneAxes& axes);

class SliceGeometry {
public:
  // zoom 1 fits the whole plane into the view; pan moves the view centre, in millimetres of
  // the plane along the screen's x and y.
  SliceGeometry(const std::array<int, 3>& dimensions, const Vec3& spacing, const PlaneAxes& axes, const QSizeF& viewSize,
                double zoom = 1.0, const QPointF& panMm = QPointF());
  SliceGeometry(const Volume& volume, ViewPlane plane, const QSizeF& viewSize, double zoom = 1.0,
                const QPointF& panMm = QPointF());

  const PlaneAxes& axes() const { return axes_; }
  QSizeF viewSize() const { return view_; }
  double millimetresPerPixel() const { return mmPerPixel_; }

  // Continuous voxel index under a display point; its normal coordinate is `slice`.
  Vec3 displayToIndex(const QPointF& display, double slice) const;
  // Display point of a voxel index (its normal coordinate is ignored).
  QPointF indexToDisplay(const Vec3& index) const;
  // The voxel (rounded index) under a display point, and whether it lies inside the volume.
  std::array<int, 3> voxelAt(const QPointF& display, int slice) const;
  bool insideVolume(const QPointF& display) const;
  // The display rectangle the plane's pixels cover (voxel edges, not centres).
  QRectF imageRect() const;

  // Plane coordinates in millimetres (u to the right, v downwards, 0 at the centre of the
  // first voxel shown top-left): what a renderer's camera needs.
  QPointF indexToPlane(const Vec3& index) const;
  Vec3 planeToIndex(const QPointF& planeMm, double slice) const;
  QPointF viewCentrePlane() const { return centre_; }
  // Width and height of the plane in millimetres.
  QSizeF planeExtent() const { return {extentU_, extentV_}; }

private:
  std::array<int, 3> dims_;
  Vec3 spacing_;
  PlaneAxes axes_;
  QSizeF view_;
  double extentU_ = 0, extentV_ = 0;
  double mmPerPixel_ = 1;
  QPointF centre_;  // plane coordinates at the view's centre
};

}  // namespace rc
