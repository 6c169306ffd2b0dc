#include "annotate/Tools.h"

#include "imaging/MaskOperations.h"
#include "viewmodel/SliceViewModel.h"

#include <QCoreApplication>

#include <cmath>

namespace rc {

namespace {

struct ToolsTr {
  Q_DECLARE_TR_FUNCTIONS(AnnotationTools)
};

}  // namespace

// ---- ToolSettings ----------------------------------------------------------------------------

void ToolSettings::setBrushRadiusMm(double mm) {
  mm = std::clamp(mm, 0.25, 100.0);
  if (mm == brushRadiusMm_) return;
  brushRadiusMm_ = mm;
  emit changed();
}

void ToolSettings::scaleBrush(int steps) { setBrushRadiusMm(brushRadiusMm_ * std::pow(1.2, steps)); }

void ToolSettings::setBrushIsSphere(bool sphere) {
  if (sphere == sphere_) return;
  sphere_ = sphere;
  emit changed();
}

void ToolSettings::setThresholdRange(double lower, double upper) {
  if (lower > upper) std::swap(lower, upper);
  range_ = {lower, upper};
  emit changed();
}

void ToolSettings::setRegionGrow(const RegionGrowOptions& options) {
  grow_ = options;
  emit changed();
}

const std::vector<ToolSettings::ThresholdPreset>& ToolSettings::thresholdPresets() {
  static const std::vector<ThresholdPreset> presets = {
      {QT_TRANSLATE_NOOP("ToolSettings", "Ground glass (-950 to -200 HU)"), -950, -200},
      {QT_TRANSLATE_NOOP("ToolSettings", "Solid nodule / soft tissue (-200 to 200 HU)"), -200, 200},
      {QT_TRANSLATE_NOOP("ToolSettings", "Emphysema (-1024 to -950 HU)"), -1024, -950},
      {QT_TRANSLATE_NOOP("ToolSettings", "Lung (-1000 to -400 HU)"), -1000, -400},
      {QT_TRANSLATE_NOOP("ToolSettings", "Fluid (-10 to 30 HU)"), -10, 30},
      {QT_TRANSLATE_NOOP("ToolSettings", "Bone (200 to 3000 HU)"), 200, 3000},
  };
  return presets;
}

// ---- BrushTool -------------------------------------------------------------------------------

BrushTool::BrushTool(AnnotationSession* session, ToolSettings* settings, Mode mode, ToolModel* tools)
    : session_(session), settings_(settings), mode_(mode), tools_(tools) {}

BoxMask BrushTool::dab(const Volume& volume, const Vec3& centre, int normalAxis, double radiusMm, bool sphere) {
  const auto dims = volume.dimensions();
  IndexBox box;
  std::array<int, 3> nearest{};
  for (int a = 0; a < 3; ++a) {
    nearest[size_t(a)] = int(std::lround(centre[size_t(a)]));
    const bool across = a == normalAxis && !sphere;
    const double sp = volume.spacing[size_t(a)] > 0 ? volume.spacing[size_t(a)] : 1;
    const int r = across ? 0 : int(std::ceil(radiusMm / sp)) + 1;
    box.lo[size_t(a)] = nearest[size_t(a)] - r;
    box.hi[size_t(a)] = nearest[size_t(a)] + r;
  }
  box = box.intersected(IndexBox::of(dims));
  BoxMask out(box);
  if (box.isEmpty()) return out;
  const double r2 = radiusMm * radiusMm;
  for (int k = box.lo[2]; k <= box.hi[2]; ++k)
    for (int j = box.lo[1]; j <= box.hi[1]; ++j)
      for (int i = box.lo[0]; i <= box.hi[0]; ++i) {
        const int idx[3] = {i, j, k};
        double d2 = 0;
        for (int a = 0; a < 3; ++a) {
          if (a == normalAxis && !sphere) continue;
          const double d = (idx[a] - centre[size_t(a)]) * volume.spacing[size_t(a)];
          d2 += d * d;
        }
        if (d2 <= r2) out.set(i, j, k, true);
      }
  // The voxel under the pointer is always painted, however small the brush.
  out.set(nearest[0], nearest[1], nearest[2], true);
  return out;
}

void BrushTool::dabAt(const Vec3& index, int normalAxis) {
  const auto volume = session_->session()->volume();
  if (!volume) return;
  MaskEdit edit;
  edit.segment = session_->activeSegment();
  edit.mode = mode_ == Mode::Erase ? MaskEdit::Mode::Remove : MaskEdit::Mode::Add;
  edit.bits = dab(*volume, index, normalAxis, settings_->brushRadiusMm(), settings_->brushIsSphere());
  session_->paint(edit);
}

void BrushTool::sampleRange(const ToolEvent& event) {
  const auto volume = session_->session()->volume();
  if (!volume || !event.view) return;
  // Mean +- 2.5 SD of the 5 x 5 voxels around the pointer, in the view's plane.
  const auto [u, v] = inPlaneAxes(event.view->axes().normal);
  std::array<int, 3> c{};
  for (int a = 0; a < 3; ++a) c[size_t(a)] = int(std::lround(event.index[size_t(a)]));
  double sum = 0, sum2 = 0;
  int n = 0;
  for (int dv = -2; dv <= 2; ++dv)
    for (int du = -2; du <= 2; ++du) {
      std::array<int, 3> p = c;
      p[size_t(u)] += du, p[size_t(v)] += dv;
      if (!IndexBox::of(volume->dimensions()).contains(p[0], p[1], p[2])) continue;
      const double x = volume->valueAt(p[0], p[1], p[2]);
      sum += x, sum2 += x * x, ++n;
    }
  if (n == 0) return;
  const double mean = sum / n, sd = std::sqrt(std::max(0.0, sum2 / n - mean * mean));
  const double half = std::max(2.5 * sd, 10.0);
  settings_->setThresholdRange(std::round(mean - half), std::round(mean + half));
}

void BrushTool::press(const ToolEvent& event) {
  lastError_.clear();
  if (!event.view) return;
  if (mode_ == Mode::Threshold && (event.modifiers & Qt::ControlModifier)) {
    sampleRange(event);
    return;
  }
  const auto segment = mode_ == Mode::Erase ? Result<int>(session_->activeSegment()) : session_->ensureActiveSegment();
  if (!segment || segment.value() == 0) {
    lastError_ = segment ? ToolsTr::tr("there is no segment to erase from") : segment.error();
    return;
  }
  const Segment* s = session_->labels()->segment(segment.value());
  if (s && s->locked) {
    lastError_ = ToolsTr::tr("segment %1 is locked").arg(s->label);
    return;
  }
  savedPolicy_ = session_->policy();
  if (mode_ == Mode::Threshold) {
    EditPolicy policy = savedPolicy_;
    policy.intensityRange = settings_->thresholdRange();
    session_->setPolicy(policy);
  }
  stroking_ = true;
  session_->beginStroke();
  dabAt(event.index, event.view->axes().normal);
  last_ = event.index;
  hover(event);
}

void BrushTool::drag(const ToolEvent& event) {
  hover(event);
  if (!stroking_ || !event.view) return;
  const auto volume = session_->session()->volume();
  if (!volume || !last_) return;
  // Dabs at most half a radius apart, so a fast drag leaves no gaps.
  double mm = 0;
  for (int a = 0; a < 3; ++a) {
    const double d = (event.index[size_t(a)] - (*last_)[size_t(a)]) * volume->spacing[size_t(a)];
    mm += d * d;
  }
  mm = std::sqrt(mm);
  const int steps = std::max(1, int(std::ceil(mm / std::max(0.25, settings_->brushRadiusMm() * 0.5))));
  for (int s = 1; s <= steps; ++s) {
    const double t = double(s) / steps;
    Vec3 p;
    for (int a = 0; a < 3; ++a) p[size_t(a)] = (*last_)[size_t(a)] + t * (event.index[size_t(a)] - (*last_)[size_t(a)]);
    dabAt(p, event.view->axes().normal);
  }
  last_ = event.index;
}

void BrushTool::release(const ToolEvent& event) {
  if (!stroking_) return;
  drag(event);
  stroking_ = false;
  last_.reset();
  static const char* const names[] = {QT_TRANSLATE_NOOP("AnnotationTools", "Brush"), QT_TRANSLATE_NOOP("AnnotationTools", "Eraser"),
                                      QT_TRANSLATE_NOOP("AnnotationTools", "Threshold brush")};
  session_->endStroke(ToolsTr::tr(names[int(mode_)]));
  session_->setPolicy(savedPolicy_);
}

void BrushTool::cancel() {
  if (stroking_) {
    // What was painted stays, as one step: a stroke is never half in the history.
    stroking_ = false;
    session_->endStroke(ToolsTr::tr("Brush"));
    session_->setPolicy(savedPolicy_);
  }
  last_.reset();
  hover_.reset();
}

void BrushTool::hover(const ToolEvent& event) {
  hover_ = event.index;
  hoverView_ = event.view;
  if (tools_) tools_->feedbackChanged();
}

std::vector<ToolShape> BrushTool::feedback(const SliceViewModel& view) const {
  if (!hover_ || &view != hoverView_) return {};
  ToolShape circle;
  circle.kind = ToolShape::Kind::Circle;
  circle.points = {*hover_};
  circle.radiusMm = settings_->brushRadiusMm();
  if (mode_ == Mode::Threshold) {
    const auto [lo, hi] = settings_->thresholdRange();
    circle.text = ToolsTr::tr("%1 to %2").arg(lo).arg(hi);
  }
  return {circle};
}

// ---- region growing and islands --------------------------------------------------------------

void RegionGrowTool::press(const ToolEvent& event) {
  lastError_.clear();
  const auto volume = session_->session()->volume();
  if (!volume) return;
  const auto segment = session_->ensureActiveSegment();
  if (!segment) {
    lastError_ = segment.error();
    return;
  }
  std::array<int, 3> seed{};
  for (int a = 0; a < 3; ++a) seed[size_t(a)] = int(std::lround(event.index[size_t(a)]));
  // The threshold brush and region growing share one range: the one shown in the panel.
  RegionGrowOptions options = settings_->regionGrow();
  std::tie(options.lower, options.upper) = settings_->thresholdRange();
  if (!session_->growRegionAt(seed, options))
    lastError_ = ToolsTr::tr("another operation is still running, or the segment is locked");
}

void KeepIslandTool::press(const ToolEvent& event) {
  std::array<int, 3> clicked{};
  for (int a = 0; a < 3; ++a) clicked[size_t(a)] = int(std::lround(event.index[size_t(a)]));
  session_->removeIslands(int(IslandRule::KeepClicked), 0, clicked);
}

}  // namespace rc
