#pragma once
// A 2D slice view of a Volume: VTK image slice in a VtkRenderWidget, with corner text
// (patient code, series, slice, W/L) and orientation letters. It binds to a SliceViewModel
// and renders whatever the model says; interaction changes the model.

#include "viewer/SliceViewModel.h"

#include <QImage>
#include <QWidget>

#include <vtkSmartPointer.h>

#include <array>
#include <memory>

class vtkImageData;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkLookupTable;
class vtkRenderer;
class vtkTextActor;

namespace rc {

class VtkRenderWidget;
class SliceInteractorStyle;

class SliceView : public QWidget {
  Q_OBJECT
public:
  explicit SliceView(QWidget* parent = nullptr);
  ~SliceView() override;

  SliceViewModel* model() const { return model_; }
  VtkRenderWidget* renderWidget() const { return renderWidget_; }

  // Renders and reads back the view's pixels (what the user sees in the image area).
  QImage grabImage();

  // Corner text as shown, for tests: top-left, top-right, bottom-left, bottom-right.
  QStringList cornerTexts() const;

private:
  void rebuildImage();
  void updateSlice();
  void updateWindow();
  void updateCamera();
  void updateCornerText();
  void updateOrientationLabels();
  double millimetresPerPixel() const;

  SliceViewModel* model_;
  VtkRenderWidget* renderWidget_;
  vtkSmartPointer<vtkRenderer> renderer_;
  vtkSmartPointer<vtkImageSliceMapper> mapper_;
  vtkSmartPointer<vtkImageSlice> slice_;
  vtkSmartPointer<vtkLookupTable> invertedGray_;
  vtkSmartPointer<vtkImageData> image_;
  vtkSmartPointer<SliceInteractorStyle> style_;
  std::array<vtkSmartPointer<vtkTextActor>, 4> corners_;
  std::array<vtkSmartPointer<vtkTextActor>, 4> orientation_;  // left, right, top, bottom
  vtkSmartPointer<vtkTextActor> placeholder_;
  std::shared_ptr<const Volume> shownVolume_;  // keeps the voxels VTK points into alive
};

}  // namespace rc
