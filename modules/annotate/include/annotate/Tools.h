#pragma once
// The annotation tools of the plane views. Each is a small class fed voxel coordinates
// (viewmodel/ViewTool.h) that hands its edits to the AnnotationSession; none draws or
// writes a mask itself. Their options live in ToolSettings, which the options panel binds
// to and tests set directly.

#include "annotate/AnnotationSession.h"
#include "imaging/RegionGrowing.h"
#include "viewmodel/ViewTool.h"

#include <QObject>

#include <optional>

namespace rc {

class ToolSettings : public QObject {
  Q_OBJECT
public:
  explicit ToolSettings(QObject* parent = nullptr) : QObject(parent) {}

  double brushRadiusMm() const { return brushRadiusMm_; }
  void setBrushRadiusMm(double mm);
  void scaleBrush(int steps);  // [ and ]: about 20 % per step
  bool brushIsSphere() const { return sphere_; }  // a sphere in 3D instead of a disc in the plane
  void setBrushIsSphere(bool sphere);
  // The threshold brush paints only values in this range (e.g. -950 .. -200 HU for ground glass).
  std::pair<double, double> thresholdRange() const { return range_; }
  void setThresholdRange(double lower, double upper);
  RegionGrowOptions regionGrow() const { return grow_; }
  void setRegionGrow(const RegionGrowOptions& options);

  struct ThresholdPreset {
    const char* name;  // translated in the "ToolSettings" context
    double lower, upper;
  };
  static const std::vector<ThresholdPreset>& thresholdPresets();

signals:
  void changed();

private:
  double brushRadiusMm_ = 5;
  bool sphere_ = false;
  std::pair<double, double> range_{-950, -200};
  RegionGrowOptions grow_;
};

// Brush, eraser and threshold brush: a disc in the view's plane (or a sphere) of the
// settings' radius around the pointer; a drag paints a continuous stroke, one undo step.
// Ctrl+click with the threshold brush samples the range under the pointer.
class BrushTool : public ViewTool {
public:
  enum class Mode { Paint, Erase, Threshold };
  BrushTool(AnnotationSession* session, ToolSettings* settings, Mode mode, ToolModel* tools = nullptr);

  Mode mode() const { return mode_; }
  void press(const ToolEvent& event) override;
  void drag(const ToolEvent& event) override;
  void release(const ToolEvent& event) override;
  void hover(const ToolEvent& event) override;
  void cancel() override;
  std::vector<ToolShape> feedback(const SliceViewModel& view) const override;
  QString lastError() const override { return lastError_; }

  // The voxels of one dab at `centre` (continuous index) across `normalAxis`.
  static BoxMask dab(const Volume& volume, const Vec3& centre, int normalAxis, double radiusMm, bool sphere);

private:
  void dabAt(const Vec3& index, int normalAxis);
  void sampleRange(const ToolEvent& event);
  AnnotationSession* session_;
  ToolSettings* settings_;
  Mode mode_;
  ToolModel* tools_;
  bool stroking_ = false;
  std::optional<Vec3> last_;
  std::optional<Vec3> hover_;
  const SliceViewModel* hoverView_ = nullptr;
  EditPolicy savedPolicy_;
  QString lastError_;
};

// Region growing from a click, with the settings' method and range, bounded; computed off
// the GUI thread and added to the active segment as one step.
class RegionGrowTool : public ViewTool {
public:
  RegionGrowTool(AnnotationSession* session, ToolSettings* settings) : session_(session), settings_(settings) {}
  void press(const ToolEvent& event) override;
  void drag(const ToolEvent&) override {}
  void release(const ToolEvent&) override {}
  QString lastError() const override { return lastError_; }

private:
  AnnotationSession* session_;
  ToolSettings* settings_;
  QString lastError_;
};

// A click keeps only the island of the active segment under the pointer.
class KeepIslandTool : public ViewTool {
public:
  explicit KeepIslandTool(AnnotationSession* session) : session_(session) {}
  void press(const ToolEvent& event) override;
  void drag(const ToolEvent&) override {}
  void release(const ToolEvent&) override {}

private:
  AnnotationSession* session_;
};

// Boxes of findings. On a radiograph a rectangle on the image; on a volume a box drawn in one
// plane (as deep as it is wide, centred on the slice) and adjusted in the others. Pressing on
// a box's edge or corner resizes it, inside it moves it; elsewhere a new box is drawn, for
// the active finding when it has none of that kind yet, else for a new finding.
class BoxTool : public ViewTool {
public:
  BoxTool(AnnotationSession* session, ToolModel* tools = nullptr) : session_(session), tools_(tools) {}
  void press(const ToolEvent& event) override;
  void drag(const ToolEvent& event) override;
  void release(const ToolEvent& event) override;
  void cancel() override { drag_.reset(); }
  std::vector<ToolShape> feedback(const SliceViewModel& view) const override;
  QString lastError() const override { return lastError_; }

  // A finding's box in continuous index bounds {lo, hi} (voxel edges); nullopt without one.
  static std::optional<std::pair<Vec3, Vec3>> indexBounds(const Volume& volume, const Finding& finding);

private:
  struct Drag {
    QString finding;  // empty: a new box
    Vec3 lo, hi;      // the box being shaped (index, voxel edges)
    Vec3 start;
    int normal = 2;
    int grabU = 0, grabV = 0;  // -1 low edge, +1 high edge, 0 none; both 0 with move = a move
    bool move = false;
    const SliceViewModel* view = nullptr;
    double mmPerPixel = 1;
  };
  AnnotationSession* session_;
  ToolModel* tools_;
  std::optional<Drag> drag_;
  QString lastError_;
};

// The bidirectional ruler of a finding: drag the long axis, then the short axis across it.
// The lengths and end points go into the active finding (a new one when none is active).
class AxisRulerTool : public ViewTool {
public:
  AxisRulerTool(AnnotationSession* session, ToolModel* tools = nullptr) : session_(session), tools_(tools) {}
  void press(const ToolEvent& event) override;
  void drag(const ToolEvent& event) override;
  void release(const ToolEvent& event) override;
  void cancel() override;
  std::vector<ToolShape> feedback(const SliceViewModel& view) const override;
  QString lastError() const override { return lastError_; }

private:
  AnnotationSession* session_;
  ToolModel* tools_;
  const SliceViewModel* view_ = nullptr;
  std::optional<std::array<Vec3, 2>> long_, short_;
  bool drawingShort_ = false;
  QString lastError_;
};

}  // namespace rc
