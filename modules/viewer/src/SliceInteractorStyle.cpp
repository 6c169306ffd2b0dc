#include "SliceInteractorStyle.h"

#include "viewer/SliceViewModel.h"

#include <vtkObjectFactory.h>
#include <vtkRenderWindowInteractor.h>

#include <cmath>
#include <cstring>

namespace rc {

vtkStandardNewMacro(SliceInteractorStyle);

void SliceInteractorStyle::wheel(int steps) {
  if (!model_) return;
  if (Interactor->GetControlKey()) model_->zoomBy(std::pow(1.1, steps));
  else model_->scroll(steps);
}

void SliceInteractorStyle::OnMouseWheelForward() { wheel(+1); }
void SliceInteractorStyle::OnMouseWheelBackward() { wheel(-1); }

void SliceInteractorStyle::beginDrag(Drag drag) {
  drag_ = drag;
  const int* p = Interactor->GetEventPosition();
  lastX_ = p[0];
  lastY_ = p[1];
}

void SliceInteractorStyle::OnRightButtonDown() { beginDrag(Drag::Window); }
void SliceInteractorStyle::OnRightButtonUp() { drag_ = Drag::None; }
void SliceInteractorStyle::OnMiddleButtonDown() { beginDrag(Drag::Pan); }
void SliceInteractorStyle::OnMiddleButtonUp() { drag_ = Drag::None; }
void SliceInteractorStyle::OnLeftButtonDown() {
  // Left is kept for annotation tools; Shift+left pans for one-button devices.
  if (Interactor->GetShiftKey()) beginDrag(Drag::Pan);
}
void SliceInteractorStyle::OnLeftButtonUp() {
  if (drag_ == Drag::Pan) drag_ = Drag::None;
}

void SliceInteractorStyle::OnMouseMove() {
  if (!model_ || drag_ == Drag::None) return;
  const int* p = Interactor->GetEventPosition();
  const int dx = p[0] - lastX_;
  const int dy = p[1] - lastY_;  // VTK y grows upwards
  lastX_ = p[0];
  lastY_ = p[1];
  if (drag_ == Drag::Window) {
    // Right: wider window; up: higher level.
    model_->dragWindow(dx, dy);
  } else if (drag_ == Drag::Pan) {
    const double mm = mmPerPixel_ ? mmPerPixel_() : 1.0;
    // The image follows the pointer: screen x is image +i, screen up is image -j.
    model_->panBy(-dx * mm, dy * mm);
  }
}

void SliceInteractorStyle::OnKeyPress() {
  if (!model_) return;
  const char* sym = Interactor->GetKeySym();
  const std::string key = sym ? sym : "";
  if (key == "Prior" || key == "Up") model_->scroll(+1);
  else if (key == "Next" || key == "Down") model_->scroll(-1);
  else if (key == "Home") model_->setSlice(0);
  else if (key == "End") model_->setSlice(model_->sliceCount() - 1);
  else if (key == "1") model_->applyPreset(0);
  else if (key == "2") model_->applyPreset(1);
  else if (key == "3") model_->applyPreset(2);
  else if (key == "0") model_->resetWindow();
  else if (key == "r" || key == "R") model_->resetView();
}

}  // namespace rc
