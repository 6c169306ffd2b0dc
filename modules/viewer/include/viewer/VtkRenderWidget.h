#pragma once
// The project's own Qt6 widget for VTK (Debian's VTK Qt module is built for Qt5).
//
// A QOpenGLWidget owns a vtkGenericOpenGLRenderWindow that renders into VTK's own
// framebuffers inside paintGL; the result is blitted into the widget's framebuffer. Qt mouse,
// wheel, key, enter/leave and resize events are forwarded to a vtkGenericRenderWindowInteractor,
// so any vtkInteractorStyle works on it. Renders happen only in paintGL: a render requested
// elsewhere (interactor, style, application) schedules update() instead.

#include <QOpenGLWidget>
#include <QSurface>
#include <QSurfaceFormat>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkObject;

namespace rc {

class VtkRenderWidget : public QOpenGLWidget {
  Q_OBJECT
public:
  explicit VtkRenderWidget(QWidget* parent = nullptr);
  ~VtkRenderWidget() override;

  vtkGenericOpenGLRenderWindow* renderWindow() const;
  vtkGenericRenderWindowInteractor* interactor() const;

  // The surface format VTK needs (OpenGL 3.2 core, no multisampling). Set it as the default
  // format before the QApplication is created.
  static QSurfaceFormat defaultFormat();

  // Frames rendered so far (for tests and the benchmark).
  int renderCount() const { return renderCount_; }

protected:
  void initializeGL() override;
  void resizeGL(int w, int h) override;
  void paintGL() override;

  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void keyReleaseEvent(QKeyEvent* event) override;
  void enterEvent(QEnterEvent* event) override;
  void leaveEvent(QEvent* event) override;

private:
  void onRenderWindowEvent(vtkObject* caller, unsigned long eventId, void* callData);
  void cleanupContext();
  void setEventPosition(const QPointF& position, Qt::KeyboardModifiers modifiers, int repeat = 0);
  void forwardButton(QMouseEvent* event, bool press, int repeat);

  vtkSmartPointer<vtkGenericOpenGLRenderWindow> renderWindow_;
  vtkSmartPointer<vtkGenericRenderWindowInteractor> interactor_;
  QSurface* surface_ = nullptr;
  bool inPaint_ = false;
  bool contextReady_ = false;
  int wheelRemainder_ = 0;
  int renderCount_ = 0;
};

}  // namespace rc
