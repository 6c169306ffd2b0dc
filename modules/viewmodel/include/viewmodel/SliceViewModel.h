#pragma once
// State of one plane view of a series: which plane, which slice (the cross-hair's position
// along the plane's normal), window/level, zoom and pan (the series' shared ones while
// linked). Views bind to it; tools and tests drive it without a window.

#include "viewmodel/SliceGeometry.h"
#include "viewmodel/ViewerModel.h"

#include <QObject>
#include <QPointF>

namespace rc {

class SliceViewModel : public QObject {
  Q_OBJECT
public:
  SliceViewModel(ViewerModel* viewer, ViewPlane plane, QObject* parent = nullptr);

  ViewerModel* viewer() const { return viewer_; }
  ViewPlane plane() const { return plane_; }
  const PlaneAxes& axes() const { return axes_; }
  const std::shared_ptr<const Volume>& volume() const { return viewer_->volume(); }
  bool hasVolume() const { return viewer_->hasVolume(); }

  // The slice shown: the cross-hair's index along the plane's normal.
  int slice() const;
  int sliceCount() const;
  void setSlice(int slice);
  void scroll(int steps) { setSlice(slice() + steps); }

  WindowLevel window() const;
  void setWindow(WindowLevel window);
  // Right-drag: horizontal pixels change the width, vertical the level.
  void dragWindow(double dxPixels, double dyPixels);

  double zoom() const;  // 1 = the whole plane fits the view
  void setZoom(double zoom);
  void zoomBy(double factor) { setZoom(zoom() * factor); }
  QPointF pan() const;  // offset of the view centre, mm along the screen's x and y
  void panBy(double dxMm, double dyMm);
  void fit();           // zoom 1, no pan
  void resetView();     // fit, default window, not inverted

  SliceGeometry geometry(const QSizeF& viewSize) const;
  std::array<QString, 4> edgeLetters() const;  // left, right, top, bottom

signals:
  void sliceChanged(int slice);
  void windowChanged(rc::WindowLevel window);
  void viewChanged();    // zoom or pan
  void volumeChanged();  // a new volume (or none)

private:
  void onVolumeChanged();
  void onCursorChanged();

  ViewerModel* viewer_;
  ViewPlane plane_;
  PlaneAxes axes_;
  int lastSlice_ = -1;
  WindowLevel window_{1, 0};  // own window while not linked
  double zoom_ = 1;           // own zoom and pan while not linked
  QPointF pan_;
  bool wasWindowLinked_;
  bool wasZoomPanLinked_;
};

}  // namespace rc
