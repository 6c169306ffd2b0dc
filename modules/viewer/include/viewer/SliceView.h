#pragma once
// A plane view of a series: the slice (VTK, in a VtkRenderWidget) with the label overlay
// layered on it, and a painted layer on top for the cross-hair, orientation letters, corner
// text, boxes, measurements and the active tool's feedback. It binds to a SliceViewModel
// that several views share through their ViewerModel; all mapping between screen and voxels
// goes through SliceGeometry, and every mouse or key event through SliceInteraction.

#include "viewmodel/KeyTable.h"
#include "viewmodel/LayoutModel.h"
#include "viewmodel/SliceInteraction.h"
#include "viewmodel/SliceViewModel.h"
#include "viewmodel/ViewTool.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <vtkSmartPointer.h>

#include <array>
#include <memory>
#include <vector>

class vtkActor2D;
class vtkPolyData;
class vtkImageData;
class vtkTexture;
class vtkTexturedActor2D;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkLookupTable;
class vtkRenderer;

namespace rc {

class VtkRenderWidget;
class SliceOverlay;

// Colours of the planes (cross-hair lines, view frames): axial red, coronal green, sagittal
// yellow, as 3D Slicer shows them.
QColor planeColor(ViewPlane plane);

class SliceView : public QWidget {
  Q_OBJECT
public:
  SliceView(SliceViewModel* model, int viewIndex, LayoutModel* layout = nullptr, ToolModel* tools = nullptr,
            const KeyTable* keys = nullptr, QWidget* parent = nullptr);
  ~SliceView() override;

  SliceViewModel* model() const { return model_; }
  int viewIndex() const { return viewIndex_; }
  VtkRenderWidget* renderWidget() const { return renderWidget_; }
  SliceInteraction& interaction() { return interaction_; }
  ToolModel* tools() const { return tools_; }
  SliceGeometry geometry() const;

  // Renders and grabs what the user sees: image, label overlay and everything painted on top.
  QImage grabImage();
  // Corner texts as shown: top-left, top-right, bottom-left, bottom-right.
  QStringList cornerTexts() const;
  // Orientation letters as shown: left, right, top, bottom edge.
  std::array<QString, 4> orientationTexts() const;
  // The readout under the mouse while it is over this view (else empty).
  QString readoutText() const;

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  void rebuildImage();
  void updateSlice();
  void updateWindow();
  void updateCamera();
  void updateLabels();
  // The painted layer is repainted once, just before the next frame renders.
  void repaintOverlay();
  void paintOverlayLayer();
  // The cross-hair as GL lines: scrolling one plane moves a line in the others without
  // repainting their painted layer.
  void updateCrossHair();

  SliceViewModel* model_;
  int viewIndex_;
  ToolModel* tools_;
  LayoutModel* layout_;
  SliceInteraction interaction_;
  VtkRenderWidget* renderWidget_;
  std::unique_ptr<SliceOverlay> overlay_;
  vtkSmartPointer<vtkImageData> overlayData_;
  vtkSmartPointer<vtkTexture> overlayTexture_;
  vtkSmartPointer<vtkPolyData> overlayQuad_;
  vtkSmartPointer<vtkTexturedActor2D> overlayActor_;
  QImage overlayImage_;
  bool overlayDirty_ = true;
  bool showedFeedback_ = false;  // the active tool drew feedback here at the last update
  vtkSmartPointer<vtkPolyData> crossLines_;
  vtkSmartPointer<vtkActor2D> crossActor_;
  vtkSmartPointer<vtkRenderer> renderer_;
  vtkSmartPointer<vtkImageSliceMapper> mapper_;
  vtkSmartPointer<vtkImageSlice> slice_;
  vtkSmartPointer<vtkImageSliceMapper> labelMapper_;
  vtkSmartPointer<vtkImageSlice> labelSlice_;
  vtkSmartPointer<vtkImageData> labelImage_;
  vtkSmartPointer<vtkLookupTable> invertedGray_;
  vtkSmartPointer<vtkImageData> image_;
  std::shared_ptr<const Volume> shownVolume_;  // keeps the voxels VTK points into alive
  std::vector<std::uint8_t> labelPixels_;
  int wheelRemainder_ = 0;
  bool hovered_ = false;
  QTimer crossHairTimer_;
  QTimer labelsTimer_;  // paint in another view: this one catches up at most every 50-80 ms
};

}  // namespace rc
