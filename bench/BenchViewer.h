#pragma once
// Helpers of the benchmarks that time real widgets under Xvfb.

#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

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

inline std::vector<int> counts(const std::vector<VtkRenderWidget*>& widgets) {
  std::vector<int> c;
  for (VtkRenderWidget* w : widgets) c.push_back(w->renderCount());
  return c;
}

}  // namespace rc::bench
