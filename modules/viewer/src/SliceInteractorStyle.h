#pragma once
// Mouse and keyboard handling of the slice view, as a VTK interactor style so it sees the
// events VtkRenderWidget forwards. It only changes the SliceViewModel; the view follows.
//
//   wheel, PgUp/PgDn, Up/Down   previous/next slice      Home/End   first/last slice
//   Ctrl+wheel                  zoom                     right-drag window/level
//   middle-drag (or Shift+left) pan                      1/2/3      lung/mediastinum/bone
//   0                           window from the file     r          reset zoom and pan

#include <vtkInteractorStyle.h>

#include <functional>

namespace rc {

class SliceViewModel;

class SliceInteractorStyle : public vtkInteractorStyle {
public:
  static SliceInteractorStyle* New();
  vtkTypeMacro(SliceInteractorStyle, vtkInteractorStyle);

  void setModel(SliceViewModel* model) { model_ = model; }
  // Millimetres of the image plane per display pixel at the current zoom (for panning).
  void setMillimetresPerPixel(std::function<double()> f) { mmPerPixel_ = std::move(f); }

  void OnMouseWheelForward() override;
  void OnMouseWheelBackward() override;
  void OnRightButtonDown() override;
  void OnRightButtonUp() override;
  void OnMiddleButtonDown() override;
  void OnMiddleButtonUp() override;
  void OnLeftButtonDown() override;
  void OnLeftButtonUp() override;
  void OnMouseMove() override;
  void OnKeyPress() override;
  void OnChar() override {}  // no VTK default key bindings (e.g. 'q' quits, 'w' wireframe)

private:
  enum class Drag { None, Window, Pan };
  void beginDrag(Drag drag);
  void wheel(int steps);

  SliceViewModel* model_ = nullptr;
  std::function<double()> mmPerPixel_;
  Drag drag_ = Drag::None;
  int lastX_ = 0;
  int lastY_ = 0;
};

}  // namespace rc
