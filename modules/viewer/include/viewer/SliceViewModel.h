#pragma once
// State of one 2D slice view: which volume, which slice, window/level, zoom and pan.
// A QObject with signals and no widget, so tests (and later tools) drive it without a window;
// SliceView only binds to it.

#include "core/Volume.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <memory>

namespace rc {

class SliceViewModel : public QObject {
  Q_OBJECT
public:
  explicit SliceViewModel(QObject* parent = nullptr);

  // Shows `volume`, starting on the middle slice with the volume's default window.
  void setVolume(std::shared_ptr<const Volume> volume, const QString& patientCode = QString(),
                 const QString& seriesLabel = QString());
  void clear();
  const std::shared_ptr<const Volume>& volume() const { return volume_; }
  bool hasVolume() const { return volume_ != nullptr; }
  QString patientCode() const { return patientCode_; }
  QString seriesLabel() const { return seriesLabel_; }

  int slice() const { return slice_; }
  int sliceCount() const { return volume_ ? volume_->sliceCount() : 0; }
  void setSlice(int slice);
  void scroll(int steps) { setSlice(slice_ + steps); }

  WindowLevel window() const { return window_; }
  void setWindow(WindowLevel window);
  void resetWindow();
  // Chest presets: 0 lung (-600/1500), 1 mediastinum (40/400), 2 bone (400/1800).
  void applyPreset(int index);
  // Right-drag: horizontal pixels change the width, vertical the level, scaled to the data.
  void dragWindow(double dxPixels, double dyPixels);

  double zoom() const { return zoom_; }  // 1 = whole image fits the view
  void setZoom(double zoom);
  void zoomBy(double factor) { setZoom(zoom_ * factor); }
  // Offset of the view centre from the image centre, in millimetres of the image plane.
  QPointF pan() const { return pan_; }
  void panBy(double dxMm, double dyMm);
  void resetView();

signals:
  void volumeChanged();
  void sliceChanged(int slice);
  void windowChanged(rc::WindowLevel window);
  void viewChanged();

private:
  std::shared_ptr<const Volume> volume_;
  QString patientCode_;
  QString seriesLabel_;
  int slice_ = 0;
  WindowLevel window_{1, 0};
  double windowStep_ = 1;  // value units per dragged pixel
  double zoom_ = 1;
  QPointF pan_;
};

}  // namespace rc
