#include "annotate/Tools.h"

#include "core/VectorMath.h"
#include "viewmodel/SliceViewModel.h"

#include <QCoreApplication>

#include <cmath>

namespace rc {

namespace {

struct ToolsTr {
  Q_DECLARE_TR_FUNCTIONS(AnnotationTools)
};

// The slice of a single-image volume a 2D box is on.
int sliceOfImage(const Volume& volume, const ImageReference& image) {
  for (size_t k = 0; k < volume.slices.size(); ++k) {
    const SliceSource& s = volume.slices[k];
    const int frame = s.framesInFile > 1 ? s.frame + 1 : 0;
    if (s.sopInstanceUid == image.sopInstanceUid && (image.frame == 0 || image.frame == frame)) return int(k);
  }
  return volume.sliceCount() == 1 ? 0 : -1;
}

// Box bounds on voxel edges (index .5 positions): the voxels holding both corners are in.
// At least one voxel thick.
void snap(Vec3& lo, Vec3& hi, const std::array<int, 3>& dims) {
  for (int a = 0; a < 3; ++a) {
    double l = std::min(lo[size_t(a)], hi[size_t(a)]), h = std::max(lo[size_t(a)], hi[size_t(a)]);
    l = std::clamp(std::floor(l + 0.5 + 1e-9) - 0.5, -0.5, dims[size_t(a)] - 0.5);
    h = std::clamp(std::ceil(h - 0.5 - 1e-9) + 0.5, -0.5, dims[size_t(a)] - 0.5);
    if (h <= l) h = std::min(l + 1.0, dims[size_t(a)] - 0.5), l = h - 1.0;
    lo[size_t(a)] = l, hi[size_t(a)] = h;
  }
}

}  // namespace

std::optional<std::pair<Vec3, Vec3>> BoxTool::indexBounds(const Volume& volume, const Finding& finding) {
  if (finding.volumeBox) {
    Vec3 lo{INFINITY, INFINITY, INFINITY}, hi{-INFINITY, -INFINITY, -INFINITY};
    for (const Vec3& c : finding.volumeBox->corners()) {
      const Vec3 p = volume.patientToIndex(c);
      for (int a = 0; a < 3; ++a) lo[size_t(a)] = std::min(lo[size_t(a)], p[size_t(a)]), hi[size_t(a)] = std::max(hi[size_t(a)], p[size_t(a)]);
    }
    return std::make_pair(lo, hi);
  }
  if (finding.imageBox) {
    const int k = sliceOfImage(volume, finding.imageBox->image);
    if (k < 0) return std::nullopt;
    const ImageBox& b = *finding.imageBox;
    return std::make_pair(Vec3{b.left - 0.5, b.top - 0.5, k - 0.5}, Vec3{b.right - 0.5, b.bottom - 0.5, k + 0.5});
  }
  return std::nullopt;
}

void BoxTool::press(const ToolEvent& event) {
  lastError_.clear();
  const auto volume = session_->session()->volume();
  const auto labels = session_->labels();
  if (!volume || !labels || !event.view) return;
  const int n = event.view->axes().normal;
  const auto [u, v] = inPlaneAxes(n);
  const double slice = event.view->slice();
  // Grabbing distance: 6 screen pixels, in index units of each axis.
  const double tolU = 6 * event.mmPerPixel / volume->spacing[size_t(u)], tolV = 6 * event.mmPerPixel / volume->spacing[size_t(v)];
  const Vec3& p = event.index;
  // The active finding's box first, then the others.
  std::vector<const Finding*> order;
  if (const Finding* active = labels->finding(session_->activeFinding())) order.push_back(active);
  for (const Finding& f : labels->findings)
    if (f.trackingUid != session_->activeFinding()) order.push_back(&f);
  for (const Finding* f : order) {
    const auto bounds = indexBounds(*volume, *f);
    if (!bounds) continue;
    const auto& [lo, hi] = *bounds;
    if (slice < lo[size_t(n)] || slice > hi[size_t(n)]) continue;
    const double pu = p[size_t(u)], pv = p[size_t(v)];
    if (pu < lo[size_t(u)] - tolU || pu > hi[size_t(u)] + tolU || pv < lo[size_t(v)] - tolV || pv > hi[size_t(v)] + tolV) continue;
    Drag d;
    d.finding = f->trackingUid;
    d.lo = lo, d.hi = hi, d.start = p, d.normal = n, d.view = event.view, d.mmPerPixel = event.mmPerPixel;
    d.grabU = std::abs(pu - lo[size_t(u)]) <= tolU ? -1 : std::abs(pu - hi[size_t(u)]) <= tolU ? 1 : 0;
    d.grabV = std::abs(pv - lo[size_t(v)]) <= tolV ? -1 : std::abs(pv - hi[size_t(v)]) <= tolV ? 1 : 0;
    d.move = d.grabU == 0 && d.grabV == 0;
    drag_ = d;
    session_->setActiveFinding(f->trackingUid);
    return;
  }
  Drag d;
  d.lo = d.hi = d.start = p;
  d.normal = n, d.view = event.view, d.mmPerPixel = event.mmPerPixel;
  d.lo[size_t(n)] = slice - 0.5, d.hi[size_t(n)] = slice + 0.5;
  drag_ = d;
}

void BoxTool::drag(const ToolEvent& event) {
  if (!drag_) return;
  Drag& d = *drag_;
  const auto [u, v] = inPlaneAxes(d.normal);
  const Vec3& p = event.index;
  if (d.finding.isEmpty()) {
    d.lo[size_t(u)] = std::min(d.start[size_t(u)], p[size_t(u)]), d.hi[size_t(u)] = std::max(d.start[size_t(u)], p[size_t(u)]);
    d.lo[size_t(v)] = std::min(d.start[size_t(v)], p[size_t(v)]), d.hi[size_t(v)] = std::max(d.start[size_t(v)], p[size_t(v)]);
  } else if (d.move) {
    for (int a : {u, v}) {
      const double delta = p[size_t(a)] - d.start[size_t(a)];
      d.lo[size_t(a)] += delta, d.hi[size_t(a)] += delta;
    }
    d.start = p;
  } else {
    if (d.grabU < 0) d.lo[size_t(u)] = p[size_t(u)];
    if (d.grabU > 0) d.hi[size_t(u)] = p[size_t(u)];
    if (d.grabV < 0) d.lo[size_t(v)] = p[size_t(v)];
    if (d.grabV > 0) d.hi[size_t(v)] = p[size_t(v)];
  }
  if (tools_) tools_->feedbackChanged();
}

void BoxTool::release(const ToolEvent& event) {
  if (!drag_) return;
  drag(event);
  Drag d = *drag_;
  drag_.reset();
  if (tools_) tools_->feedbackChanged();
  const auto volume = session_->session()->volume();
  const auto labels = session_->labels();
  if (!volume || !labels) return;
  const auto [u, v] = inPlaneAxes(d.normal);
  if (d.finding.isEmpty()) {
    // A click is not a box: at least three screen pixels each way.
    const double minU = 3 * d.mmPerPixel / volume->spacing[size_t(u)], minV = 3 * d.mmPerPixel / volume->spacing[size_t(v)];
    if (d.hi[size_t(u)] - d.lo[size_t(u)] < minU || d.hi[size_t(v)] - d.lo[size_t(v)] < minV) return;
    if (volume->sliceCount() > 1) {
      // As deep as the box is wide (in mm), centred on the slice; adjust it in the other planes.
      const double sizeMm = 0.5 * ((d.hi[size_t(u)] - d.lo[size_t(u)]) * volume->spacing[size_t(u)] +
                                   (d.hi[size_t(v)] - d.lo[size_t(v)]) * volume->spacing[size_t(v)]);
      const double half = 0.5 * sizeMm / volume->spacing[size_t(d.normal)];
      const double centre = 0.5 * (d.lo[size_t(d.normal)] + d.hi[size_t(d.normal)]);
      d.lo[size_t(d.normal)] = centre - half, d.hi[size_t(d.normal)] = centre + half;
    }
  }
  snap(d.lo, d.hi, volume->dimensions());

  const bool flat = volume->sliceCount() == 1;
  Finding finding;
  const Finding* existing = labels->finding(d.finding.isEmpty() ? session_->activeFinding() : d.finding);
  const bool reuse = existing && (!d.finding.isEmpty() || (flat ? !existing->imageBox : !existing->volumeBox));
  if (reuse) finding = *existing;
  if (flat) {
    const int k = std::clamp(int(std::lround(0.5 * (d.lo[2] + d.hi[2]))), 0, volume->sliceCount() - 1);
    ImageBox box;
    if (size_t(k) < volume->slices.size()) {
      const SliceSource& s = volume->slices[size_t(k)];
      box.image = {s.sopClassUid, s.sopInstanceUid, s.framesInFile > 1 ? s.frame + 1 : 0};
    }
    box.left = d.lo[0] + 0.5, box.right = d.hi[0] + 0.5, box.top = d.lo[1] + 0.5, box.bottom = d.hi[1] + 0.5;
    box.columnSpacingMm = volume->spacing[0], box.rowSpacingMm = volume->spacing[1];
    finding.imageBox = box;
  } else {
    VolumeBox box;
    box.frameOfReferenceUid = volume->frameOfReferenceUid;
    box.origin = volume->indexToPatient(d.lo[0], d.lo[1], d.lo[2]);
    for (int a = 0; a < 3; ++a) box.edges[size_t(a)] = scaled(volume->axes[size_t(a)], (d.hi[size_t(a)] - d.lo[size_t(a)]) * volume->spacing[size_t(a)]);
    finding.volumeBox = box;
  }
  if (reuse) {
    if (const Status s = session_->updateFinding(finding); !s) lastError_ = s.error();
  } else if (const auto added = session_->addFinding(finding); !added) {
    lastError_ = added.error();
  }
}

std::vector<ToolShape> BoxTool::feedback(const SliceViewModel& view) const {
  if (!drag_ || &view != drag_->view) return {};
  const auto [u, v] = inPlaneAxes(drag_->normal);
  const double k = view.slice();
  Vec3 a = drag_->lo, b = drag_->lo, c = drag_->hi, d = drag_->lo;
  a[size_t(drag_->normal)] = b[size_t(drag_->normal)] = c[size_t(drag_->normal)] = d[size_t(drag_->normal)] = k;
  b[size_t(u)] = drag_->hi[size_t(u)];
  d[size_t(v)] = drag_->hi[size_t(v)];
  ToolShape shape;
  shape.points = {a, b, c, d};
  shape.closed = true;
  return {shape};
}

// ---- the bidirectional ruler -------------------------------------------------------------------

void AxisRulerTool::press(const ToolEvent& event) {
  lastError_.clear();
  if (!event.view) return;
  if (!drawingShort_ || event.view != view_) {
    view_ = event.view;
    long_ = std::array<Vec3, 2>{event.index, event.index};
    short_.reset();
    drawingShort_ = false;
  } else {
    short_ = std::array<Vec3, 2>{event.index, event.index};
  }
  if (tools_) tools_->feedbackChanged();
}

void AxisRulerTool::drag(const ToolEvent& event) {
  if (!view_ || event.view != view_) return;
  const int n = view_->axes().normal;
  Vec3 p = event.index;
  p[size_t(n)] = view_->slice();
  if (!drawingShort_ && long_) {
    (*long_)[1] = p;
  } else if (short_ && long_) {
    // Across the long axis: only the part of the drag perpendicular to it counts (in mm).
    const auto volume = session_->session()->volume();
    if (!volume) return;
    Vec3 along = sub((*long_)[1], (*long_)[0]);
    for (int a = 0; a < 3; ++a) along[size_t(a)] *= volume->spacing[size_t(a)];
    along = normalized(along);
    Vec3 drag = sub(p, (*short_)[0]);
    for (int a = 0; a < 3; ++a) drag[size_t(a)] *= volume->spacing[size_t(a)];
    Vec3 across = sub(drag, scaled(along, dot(drag, along)));
    for (int a = 0; a < 3; ++a) across[size_t(a)] /= volume->spacing[size_t(a)];
    (*short_)[1] = add((*short_)[0], across);
  }
  if (tools_) tools_->feedbackChanged();
}

void AxisRulerTool::release(const ToolEvent& event) {
  drag(event);
  const auto volume = session_->session()->volume();
  if (!volume || !long_) return;
  auto lengthMm = [&](const std::array<Vec3, 2>& s) {
    double d2 = 0;
    for (int a = 0; a < 3; ++a) {
      const double d = (s[1][size_t(a)] - s[0][size_t(a)]) * volume->spacing[size_t(a)];
      d2 += d * d;
    }
    return std::sqrt(d2);
  };
  if (!drawingShort_) {
    if (lengthMm(*long_) < 1.0) {
      long_.reset();
    } else {
      drawingShort_ = true;  // next: the short axis
    }
    if (tools_) tools_->feedbackChanged();
    return;
  }
  if (!short_) return;
  Finding finding;
  const auto labels = session_->labels();
  const Finding* active = labels ? labels->finding(session_->activeFinding()) : nullptr;
  if (active) finding = *active;
  finding.longAxisMm = std::round(lengthMm(*long_) * 10) / 10;
  finding.shortAxisMm = std::round(lengthMm(*short_) * 10) / 10;
  AxisRuler ruler;
  for (int e = 0; e < 2; ++e) {
    ruler.longAxis[size_t(e)] = volume->indexToPatient((*long_)[size_t(e)][0], (*long_)[size_t(e)][1], (*long_)[size_t(e)][2]);
    ruler.shortAxis[size_t(e)] = volume->indexToPatient((*short_)[size_t(e)][0], (*short_)[size_t(e)][1], (*short_)[size_t(e)][2]);
  }
  finding.ruler = ruler;
  if (active) {
    if (const Status s = session_->updateFinding(finding); !s) lastError_ = s.error();
  } else if (const auto added = session_->addFinding(finding); !added) {
    lastError_ = added.error();
  }
  cancel();
}

void AxisRulerTool::cancel() {
  long_.reset();
  short_.reset();
  drawingShort_ = false;
  view_ = nullptr;
  if (tools_) tools_->feedbackChanged();
}

std::vector<ToolShape> AxisRulerTool::feedback(const SliceViewModel& view) const {
  if (&view != view_ || !long_) return {};
  const auto volume = session_->session()->volume();
  std::vector<ToolShape> shapes;
  auto line = [&](const std::array<Vec3, 2>& s) {
    ToolShape shape;
    shape.points = {s[0], s[1]};
    if (volume) {
      double d2 = 0;
      for (int a = 0; a < 3; ++a) {
        const double d = (s[1][size_t(a)] - s[0][size_t(a)]) * volume->spacing[size_t(a)];
        d2 += d * d;
      }
      shape.text = ToolsTr::tr("%1 mm").arg(std::sqrt(d2), 0, 'f', 1);
    }
    return shape;
  };
  shapes.push_back(line(*long_));
  if (short_) shapes.push_back(line(*short_));
  return shapes;
}

}  // namespace rc
