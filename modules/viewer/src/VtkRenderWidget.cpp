#include "viewer/VtkRenderWidget.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QScopedValueRollback>
#include <QWheelEvent>

#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>

namespace rc {

namespace {

// VTK key symbols (X11 keysym names) for the keys the viewer uses.
const char* keySym(int key) {
  switch (key) {
    case Qt::Key_PageUp: return "Prior";
    case Qt::Key_PageDown: return "Next";
    case Qt::Key_Up: return "Up";
    case Qt::Key_Down: return "Down";
    case Qt::Key_Left: return "Left";
    case Qt::Key_Right: return "Right";
    case Qt::Key_Home: return "Home";
    case Qt::Key_End: return "End";
    case Qt::Key_Escape: return "Escape";
    case Qt::Key_Return: return "Return";
    case Qt::Key_Enter: return "KP_Enter";
    case Qt::Key_Space: return "space";
    case Qt::Key_Delete: return "Delete";
    case Qt::Key_Backspace: return "BackSpace";
    case Qt::Key_Tab: return "Tab";
    case Qt::Key_Shift: return "Shift_L";
    case Qt::Key_Control: return "Control_L";
    case Qt::Key_Alt: return "Alt_L";
    case Qt::Key_Plus: return "plus";
    case Qt::Key_Minus: return "minus";
    default: return nullptr;
  }
}

}  // namespace

QSurfaceFormat VtkRenderWidget::defaultFormat() {
  QSurfaceFormat format;
  format.setRenderableType(QSurfaceFormat::OpenGL);
  format.setVersion(3, 2);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
  format.setRedBufferSize(8);
  format.setGreenBufferSize(8);
  format.setBlueBufferSize(8);
  // No alpha: with one, grabs of the window composed the margins VTK leaves transparent over
  // the window's grey, while the screen showed them black.
  format.setAlphaBufferSize(0);
  format.setDepthBufferSize(24);
  format.setStencilBufferSize(0);
  format.setSamples(0);
  return format;
}

VtkRenderWidget::VtkRenderWidget(QWidget* parent) : QOpenGLWidget(parent) {
  setFormat(defaultFormat());
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setUpdateBehavior(QOpenGLWidget::NoPartialUpdate);
  setMinimumSize(64, 64);

  renderWindow_ = vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New();
  // VTK renders into its own framebuffers; we blit them into Qt's. The context is Qt's.
  renderWindow_->SetOwnContext(false);
  renderWindow_->SetFrameBlitModeToNoBlit();
  renderWindow_->SetMultiSamples(0);
  renderWindow_->SetReadyForRendering(false);
  renderWindow_->SetForceMaximumHardwareLineWidth(1);
  for (unsigned long event : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                              vtkCommand::WindowFrameEvent}) {
    renderWindow_->AddObserver(event, this, &VtkRenderWidget::onRenderWindowEvent);
  }

  interactor_ = vtkSmartPointer<vtkGenericRenderWindowInteractor>::New();
  interactor_->SetRenderWindow(renderWindow_);
  // The interactor must not render on its own (outside paintGL VTK's cached GL state is
  // stale): its render requests (RenderEvent is sent either way) schedule a repaint.
  interactor_->EnableRenderOff();
  interactor_->AddObserver(vtkCommand::RenderEvent, this, &VtkRenderWidget::onRenderWindowEvent);
  interactor_->Initialize();
}

VtkRenderWidget::~VtkRenderWidget() {
  makeCurrent();
  cleanupContext();
  doneCurrent();
}

vtkGenericOpenGLRenderWindow* VtkRenderWidget::renderWindow() const { return renderWindow_; }
vtkGenericRenderWindowInteractor* VtkRenderWidget::interactor() const { return interactor_; }

void VtkRenderWidget::initializeGL() {
  surface_ = context()->surface();
  // Re-read the GL state Qt left behind, then let VTK set up its context state.
  renderWindow_->GetState()->Reset();
  renderWindow_->OpenGLInitContext();
  renderWindow_->SetReadyForRendering(true);
  contextReady_ = true;
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkRenderWidget::cleanupContext,
          static_cast<Qt::ConnectionType>(Qt::UniqueConnection | Qt::DirectConnection));
}

void VtkRenderWidget::cleanupContext() {
  if (!contextReady_) return;
  // Release VTK's GL resources while the context still exists (reparenting recreates it).
  renderWindow_->Finalize();
  renderWindow_->SetReadyForRendering(false);
  contextReady_ = false;
  surface_ = nullptr;
}

void VtkRenderWidget::resizeGL(int w, int h) {
  const qreal dpr = devicePixelRatioF();
  interactor_->UpdateSize(int(w * dpr), int(h * dpr));
  renderWindow_->SetSize(int(w * dpr), int(h * dpr));
}

void VtkRenderWidget::paintGL() {
  if (!contextReady_) return;
  QScopedValueRollback<bool> guard(inPaint_, true);
  vtkOpenGLState* state = renderWindow_->GetState();
  // Qt changed GL state (and bound its framebuffer) behind VTK's cache: re-read it, and
  // restore it afterwards so neither side sees changes it did not make.
  state->Reset();
  state->Push();
  state->vtkglDepthFunc(GL_LEQUAL);  // Qt's default is GL_LESS; VTK expects LEQUAL
  renderWindow_->Render();
  ++renderCount_;

  // Blit VTK's display framebuffer into the widget's framebuffer, scissor off.
  const qreal dpr = devicePixelRatioF();
  const int w = int(width() * dpr), h = int(height() * dpr);
  state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
  state->vtkglDisable(GL_SCISSOR_TEST);
  int* size = renderWindow_->GetRenderFramebuffer()->GetLastSize();
  renderWindow_->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  state->Pop();
}

void VtkRenderWidget::onRenderWindowEvent(vtkObject*, unsigned long eventId, void* callData) {
  switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent: {
      // Make *the context* current on our surface, and only when needed: calling
      // QOpenGLWidget::makeCurrent() here would rebind Qt's framebuffer in mid-render.
      QOpenGLContext* current = QOpenGLContext::currentContext();
      if (surface_ && (current != context() || current->surface() != surface_)) context()->makeCurrent(surface_);
      break;
    }
    case vtkCommand::WindowIsCurrentEvent: {
      QOpenGLContext* current = QOpenGLContext::currentContext();
      *static_cast<bool*>(callData) = current && current == context() && current->surface() == surface_;
      break;
    }
    case vtkCommand::WindowFrameEvent:
    case vtkCommand::RenderEvent:
      if (!inPaint_) update();
      break;
    default:
      break;
  }
}

// ---- event forwarding -------------------------------------------------------------------------

void VtkRenderWidget::setEventPosition(const QPointF& position, Qt::KeyboardModifiers modifiers, int repeat) {
  const qreal dpr = devicePixelRatioF();
  interactor_->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
  interactor_->SetEventInformationFlipY(int(position.x() * dpr), int(position.y() * dpr),
                                        modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                        modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0, repeat);
}

void VtkRenderWidget::forwardButton(QMouseEvent* event, bool press, int repeat) {
  setEventPosition(event->position(), event->modifiers(), repeat);
  unsigned long id = 0;
  switch (event->button()) {
    case Qt::LeftButton: id = press ? vtkCommand::LeftButtonPressEvent : vtkCommand::LeftButtonReleaseEvent; break;
    case Qt::MiddleButton: id = press ? vtkCommand::MiddleButtonPressEvent : vtkCommand::MiddleButtonReleaseEvent; break;
    case Qt::RightButton: id = press ? vtkCommand::RightButtonPressEvent : vtkCommand::RightButtonReleaseEvent; break;
    default: break;
  }
  if (id) interactor_->InvokeEvent(id);
  event->accept();
}

void VtkRenderWidget::mousePressEvent(QMouseEvent* event) { forwardButton(event, true, 0); }
void VtkRenderWidget::mouseDoubleClickEvent(QMouseEvent* event) { forwardButton(event, true, 1); }
void VtkRenderWidget::mouseReleaseEvent(QMouseEvent* event) { forwardButton(event, false, 0); }

void VtkRenderWidget::mouseMoveEvent(QMouseEvent* event) {
  setEventPosition(event->position(), event->modifiers());
  interactor_->InvokeEvent(vtkCommand::MouseMoveEvent);
  event->accept();
}

void VtkRenderWidget::wheelEvent(QWheelEvent* event) {
  setEventPosition(event->position(), event->modifiers());
  // Mice send 120 units per notch; touchpads send small deltas that add up.
  wheelRemainder_ += event->angleDelta().y();
  while (wheelRemainder_ >= 120) {
    interactor_->InvokeEvent(vtkCommand::MouseWheelForwardEvent);
    wheelRemainder_ -= 120;
  }
  while (wheelRemainder_ <= -120) {
    interactor_->InvokeEvent(vtkCommand::MouseWheelBackwardEvent);
    wheelRemainder_ += 120;
  }
  event->accept();
}

void VtkRenderWidget::keyPressEvent(QKeyEvent* event) {
  const QString text = event->text();
  const char ascii = text.size() == 1 && text[0].unicode() < 128 ? char(text[0].unicode()) : 0;
  const char* sym = keySym(event->key());
  QByteArray symText;
  if (!sym && ascii) {
    symText = QByteArray(1, ascii);
    sym = symText.constData();
  }
  const auto modifiers = event->modifiers();
  interactor_->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
  interactor_->SetKeyEventInformation(modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                      modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, ascii,
                                      event->isAutoRepeat() ? 1 : 0, sym ? sym : "");
  interactor_->InvokeEvent(vtkCommand::KeyPressEvent);
  if (ascii) interactor_->InvokeEvent(vtkCommand::CharEvent);
  event->accept();
}

void VtkRenderWidget::keyReleaseEvent(QKeyEvent* event) {
  const QString text = event->text();
  const char ascii = text.size() == 1 && text[0].unicode() < 128 ? char(text[0].unicode()) : 0;
  const char* sym = keySym(event->key());
  const auto modifiers = event->modifiers();
  interactor_->SetKeyEventInformation(modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                      modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, ascii,
                                      event->isAutoRepeat() ? 1 : 0, sym ? sym : "");
  interactor_->InvokeEvent(vtkCommand::KeyReleaseEvent);
  event->accept();
}

void VtkRenderWidget::enterEvent(QEnterEvent* event) {
  setEventPosition(event->position(), QGuiApplication::keyboardModifiers());
  interactor_->InvokeEvent(vtkCommand::EnterEvent);
  QOpenGLWidget::enterEvent(event);
}

void VtkRenderWidget::leaveEvent(QEvent* event) {
  interactor_->InvokeEvent(vtkCommand::LeaveEvent);
  QOpenGLWidget::leaveEvent(event);
}

}  // namespace rc
