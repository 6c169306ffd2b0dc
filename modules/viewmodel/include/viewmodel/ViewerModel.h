#pragma once
// One series on screen, shared by its plane views: the volume, the cross-hair (a point every
// plane passes through), window/level, what is linked between the planes, and how labels are
// overlaid. A QObject without any widget: tests drive it directly, views only bind to it.

#include "core/ImageMeasurement.h"
#include "core/Labels.h"
#include "core/Volume.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace rc {

// What the cursor readout shows for one point.
struct VoxelReadout {
  bool valid = false;              // inside the volume
  std::array<int, 3> voxel{};      // index
  Vec3 patient{};                  // mm, DICOM LPS
  double value = 0;                // real-world value (HU for CT)
  QString unit;                    // "HU" for CT, empty otherwise
};

class ViewerModel : public QObject {
  Q_OBJECT
public:
  explicit ViewerModel(QObject* parent = nullptr);

  // Shows `volume` with the cross-hair at its centre and its default window.
  void setVolume(std::shared_ptr<const Volume> volume, const QString& patientCode = QString(),
                 const QString& seriesLabel = QString());
  void clear() { setVolume(nullptr); }
  const std::shared_ptr<const Volume>& volume() const { return volume_; }
  bool hasVolume() const { return volume_ != nullptr; }
  QString patientCode() const { return patientCode_; }
  QString seriesLabel() const { return seriesLabel_; }
  // A single image (a radiograph) has one plane only.
  bool isSingleImage() const { return volume_ && volume_->sliceCount() == 1; }

  // Cross-hair, as a continuous voxel index, kept inside the volume.
  Vec3 cursor() const { return cursor_; }
  void setCursor(const Vec3& index);
  // Cross-hair at a patient position (mm); false when it lies outside the volume.
  bool setCursorToPatient(const Vec3& patientMm);
  Vec3 cursorPatient() const;
  VoxelReadout readout(const Vec3& index) const;
  // The point under the mouse, when it is over a view (for the readout).
  std::optional<Vec3> hover() const { return hover_; }
  void setHover(std::optional<Vec3> index);

  // Window/level shared by the planes while `linkWindow` is on.
  WindowLevel window() const { return window_; }
  void setWindow(WindowLevel window);
  WindowLevel defaultWindow() const;
  void resetWindow() { setWindow(defaultWindow()); }
  // Chest presets: 0 lung (-600/1500), 1 mediastinum (40/400), 2 bone (400/1800).
  void applyPreset(int index);
  // Value units per dragged pixel (about 1000 pixels sweep the whole range).
  double windowStep() const { return windowStep_; }
  bool inverted() const { return inverted_; }
  void setInverted(bool inverted);

  bool linkWindow() const { return linkWindow_; }
  void setLinkWindow(bool on);
  bool linkZoomPan() const { return linkZoomPan_; }
  void setLinkZoomPan(bool on);
  // Zoom and pan shared while linked (each plane keeps its own otherwise).
  double sharedZoom() const { return zoom_; }
  QPointF sharedPan() const { return pan_; }
  void setSharedZoom(double zoom);
  void setSharedPan(const QPointF& pan);

  // Label overlay display.
  bool overlayVisible() const { return overlayVisible_; }
  void setOverlayVisible(bool visible);
  double overlayOpacity() const { return overlayOpacity_; }  // 0..1
  void setOverlayOpacity(double opacity);
  bool overlayOutline() const { return overlayOutline_; }   // outline instead of filled
  void setOverlayOutline(bool outline);
  bool segmentHidden(int number) const { return hiddenSegments_.contains(number); }
  void setSegmentHidden(int number, bool hidden) { setSegmentsHidden({number}, hidden); }
  // Many at once (a group of an AI model's 117 organs): one redraw, not one per segment.
  void setSegmentsHidden(const std::vector<int>& numbers, bool hidden);

  // What is drawn over the images: the series' labels (segments, boxes) and measurements.
  // The session that owns them sets them and says when they changed.
  const std::shared_ptr<const LabelSet>& labels() const { return labels_; }
  void setLabels(std::shared_ptr<const LabelSet> labels);
  // Some voxels of the masks changed (within `voxels`), for views that redraw only them.
  void notifyMasksChanged(const rc::IndexBox& voxels) { emit masksChanged(voxels); }
  const std::vector<ImageMeasurement>& measurements() const { return measurements_; }
  void setMeasurements(std::vector<ImageMeasurement> measurements);
  qint64 selectedMeasurement() const { return selectedMeasurement_; }
  void setSelectedMeasurement(qint64 id);

signals:
  void volumeChanged();
  void cursorChanged(const rc::Vec3& cursor);
  void hoverChanged();
  void windowChanged(rc::WindowLevel window);
  void invertedChanged(bool inverted);
  void linksChanged();
  void sharedViewChanged();
  void overlayChanged();
  void labelsChanged();
  void masksChanged(const rc::IndexBox& voxels);
  void measurementsChanged();

private:
  std::shared_ptr<const Volume> volume_;
  QString patientCode_;
  QString seriesLabel_;
  Vec3 cursor_{0, 0, 0};
  std::optional<Vec3> hover_;
  WindowLevel window_{1, 0};
  double windowStep_ = 1;
  bool inverted_ = false;
  bool linkWindow_ = true;
  bool linkZoomPan_ = true;
  double zoom_ = 1;
  QPointF pan_;
  bool overlayVisible_ = true;
  double overlayOpacity_ = 0.45;
  bool overlayOutline_ = false;
  QSet<int> hiddenSegments_;
  std::shared_ptr<const LabelSet> labels_;
  std::vector<ImageMeasurement> measurements_;
  qint64 selectedMeasurement_ = 0;
};

}  // namespace rc
