#pragma once
// Helpers of the benchmarks that time real widgets under Xvfb.

#include "core/Volume.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkImageViewer2.h>
#include <vtkPointData.h>
#include <vtkShortArray.h>

#include <vector>

namespace rc::bench {

// Runs the event loop until every widget in `widgets` has rendered a new frame (as the user
// would see it: Qt's own scheduling of paints and window composition), then waits for the GL
// work to finish.
inline void waitForFrames(const std::vector<VtkRenderWidget*>& widgets, const std::vector<int>& before) {
  QElapsedTimer limit;
  limit.start();
  for (;;) {
    QApplication::processEvents(QEventLoop::AllEvents);
    bool all = true;
    for (size_t n = 0; n < widgets.size(); ++n) all = all && widgets[n]->renderCount() > before[n];
    if (all || limit.elapsed() > 2000) break;
  }
  for (VtkRenderWidget* w : widgets) {
    w->makeCurrent();
    QOpenGLContext::currentContext()->functions()->glFinish();
    w->doneCurrent();
  }
}

// Lets Qt finish showing, laying out and painting what was just shown or changed.
inline void settle() {
  for (int n = 0; n < 20; ++n) QApplication::processEvents();
}

inline std::vector<int> counts(const std::vector<VtkRenderWidget*>& widgets) {
  std::vector<int> c;
  for (VtkRenderWidget* w : widgets) c.push_back(w->renderCount());
  return c;
}

// The peer of the viewer benchmarks: a bare vtkImageViewer2 showing `volume` (16-bit, shared,
// not copied) in `widget` at the lung window, axial slices; no overlay, no models.
inline vtkSmartPointer<vtkImageViewer2> bareImageViewer(VtkRenderWidget& widget, const Volume& volume) {
  auto image = vtkSmartPointer<vtkImageData>::New();
  const auto dims = volume.dimensions();
  image->SetDimensions(dims[0], dims[1], dims[2]);
  image->SetSpacing(volume.spacing[0], volume.spacing[1], volume.spacing[2]);
  auto array = vtkSmartPointer<vtkShortArray>::New();
  array->SetArray(const_cast<short*>(volume.data<std::int16_t>()), vtkIdType(volume.voxelCount()), 1);
  image->GetPointData()->SetScalars(array);
  auto viewer = vtkSmartPointer<vtkImageViewer2>::New();
  viewer->SetRenderWindow(widget.renderWindow());
  viewer->SetInputData(image);
  viewer->SetColorWindow(1500);
  viewer->SetColorLevel(-600);
  viewer->SetSliceOrientationToXY();
  return viewer;
}

}  // namespace rc::bench
