#include "viewer/SliceView.h"

#include "SliceOverlay.h"
#include "core/VectorMath.h"
#include "viewer/VtkRenderWidget.h"
#include "core/ImageMeasurement.h"
#include "viewmodel/LabelPlane.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QWheelEvent>

#include <vtkCamera.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkActor2D.h>
#include <vtkCommand.h>
#include <vtkImageData.h>
#include <vtkTexture.h>
#include <vtkTexturedActor2D.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkProperty2D.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkUnsignedCharArray.h>
#include <vtkUnsignedShortArray.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rc {

QColor planeColor(ViewPlane plane) {
  switch (plane) {
    case ViewPlane::Coronal: return QColor(110, 200, 90);
    case ViewPlane::Sagittal: return QColor(235, 210, 70);
    case ViewPlane::Axial: break;
  }
  return QColor(230, 90, 80);
}

namespace {

// A VTK array over the volume's own voxel memory (save=1: VTK never frees or copies it).
template <class Array>
vtkSmartPointer<vtkDataArray> wrapVoxels(std::uint8_t* raw, vtkIdType values, int components) {
  auto array = vtkSmartPointer<Array>::New();
  array->SetNumberOfComponents(components);
  array->SetArray(reinterpret_cast<typename Array::ValueType*>(raw), values, 1);
  return array;
}

Vec3 unitAlong(int axis, bool positive) {
  Vec3 v{0, 0, 0};
  v[size_t(axis)] = positive ? 1 : -1;
  return v;
}

}  // namespace

SliceView::SliceView(SliceViewModel* model, int viewIndex, LayoutModel* layout, ToolModel* tools, const KeyTable* keys,
                     QWidget* parent)
    : QWidget(parent), model_(model), viewIndex_(viewIndex), tools_(tools),
      layout_(layout), interaction_(model, viewIndex, layout, tools, keys) {
  renderWidget_ = new VtkRenderWidget(this);
  overlay_ = std::make_unique<SliceOverlay>(model_, tools_);
  renderWidget_->installEventFilter(this);
  // Every event is this view's (SliceInteraction): none reaches a VTK interactor style,
  // whose default keys would switch to wireframe or quit.
  renderWidget_->interactor()->SetInteractorStyle(nullptr);
  setFocusProxy(renderWidget_);

  renderer_ = vtkSmartPointer<vtkRenderer>::New();
  renderer_->SetBackground(0, 0, 0);
  // Opaque: a transparent background showed the window's grey in grabs (black on screen).
  renderer_->SetBackgroundAlpha(1.0);
  renderWidget_->renderWindow()->AddRenderer(renderer_);

  mapper_ = vtkSmartPointer<vtkImageSliceMapper>::New();
  mapper_->SliceFacesCameraOff();
  mapper_->SliceAtFocalPointOff();
  slice_ = vtkSmartPointer<vtkImageSlice>::New();
  slice_->SetMapper(mapper_);
  slice_->GetProperty()->SetInterpolationTypeToLinear();

  // The label overlay: an RGBA image one slice thick, layered on the image.
  labelImage_ = vtkSmartPointer<vtkImageData>::New();
  labelMapper_ = vtkSmartPointer<vtkImageSliceMapper>::New();
  labelMapper_->SliceFacesCameraOff();
  labelMapper_->SliceAtFocalPointOff();
  labelSlice_ = vtkSmartPointer<vtkImageSlice>::New();
  labelSlice_->SetMapper(labelMapper_);
  vtkImageProperty* labelProperty = labelSlice_->GetProperty();
  labelProperty->SetInterpolationTypeToNearest();
  labelProperty->SetColorWindow(255);
  labelProperty->SetColorLevel(127.5);
  labelSlice_->VisibilityOff();

  // Two props rather than a vtkImageStack (which costs a third of every frame): the labels
  // sit a fraction of a slice towards the camera (see updateCamera) and blend over the image.
  slice_->VisibilityOff();
  renderer_->AddViewProp(slice_);
  renderer_->AddViewProp(labelSlice_);

  // The painted layer: an RGBA image the size of the view on a textured quad, drawn last.
  // The texture is uploaded only when the layer was repainted (a 2D image mapper would
  // convert and upload the whole image on every frame).
  overlayData_ = vtkSmartPointer<vtkImageData>::New();
  overlayTexture_ = vtkSmartPointer<vtkTexture>::New();
  overlayTexture_->InterpolateOff();
  overlayTexture_->SetInputData(overlayData_);
  overlayQuad_ = vtkSmartPointer<vtkPolyData>::New();
  auto overlayMapper = vtkSmartPointer<vtkPolyDataMapper2D>::New();
  overlayMapper->SetInputData(overlayQuad_);
  overlayActor_ = vtkSmartPointer<vtkTexturedActor2D>::New();
  overlayActor_->SetMapper(overlayMapper);
  overlayActor_->SetTexture(overlayTexture_);
  renderer_->AddViewProp(overlayActor_);
  renderer_->AddObserver(vtkCommand::StartEvent, this, &SliceView::paintOverlayLayer);

  // The cross-hair: four segments (a gap around the point), each in its plane's colour.
  crossLines_ = vtkSmartPointer<vtkPolyData>::New();
  auto crossMapper = vtkSmartPointer<vtkPolyDataMapper2D>::New();
  crossMapper->SetInputData(crossLines_);
  crossMapper->SetColorModeToDirectScalars();
  crossActor_ = vtkSmartPointer<vtkActor2D>::New();
  crossActor_->SetMapper(crossMapper);
  crossActor_->GetProperty()->SetLineWidth(1);
  crossActor_->GetProperty()->SetOpacity(0.8);
  crossActor_->VisibilityOff();
  renderer_->AddViewProp(crossActor_);

  // MONOCHROME1 or "invert": low values white. Window/level still set the table's range.
  invertedGray_ = vtkSmartPointer<vtkLookupTable>::New();
  invertedGray_->SetNumberOfTableValues(1024);
  invertedGray_->SetHueRange(0, 0);
  invertedGray_->SetSaturationRange(0, 0);
  invertedGray_->SetValueRange(1, 0);
  invertedGray_->SetRampToLinear();
  invertedGray_->Build();

  ViewerModel* viewer = model_->viewer();
  connect(model_, &SliceViewModel::volumeChanged, this, &SliceView::rebuildImage);
  connect(model_, &SliceViewModel::sliceChanged, this, &SliceView::updateSlice);
  connect(model_, &SliceViewModel::windowChanged, this, &SliceView::updateWindow);
  connect(model_, &SliceViewModel::viewChanged, this, &SliceView::updateCamera);
  connect(viewer, &ViewerModel::invertedChanged, this, &SliceView::updateWindow);
  // The cross-hair moved. Scrolling another plane moves one line of this view per step; those
  // views redraw at most every 50-80 ms while it goes on, each at its own moment (the frames
  // that matter are the ones of the plane being read), and at once when the pointer is here.
  crossHairTimer_.setSingleShot(true);
  crossHairTimer_.setInterval(50 + 16 * viewIndex_);
  connect(&crossHairTimer_, &QTimer::timeout, this, &SliceView::updateCrossHair);
  connect(viewer, &ViewerModel::cursorChanged, this, [this] {
    if (hovered_ || !layout_ || layout_->activeView() == viewIndex_) updateCrossHair();
    else if (!crossHairTimer_.isActive()) crossHairTimer_.start();
  });
  connect(viewer, &ViewerModel::hoverChanged, this, &SliceView::repaintOverlay);
  connect(viewer, &ViewerModel::overlayChanged, this, &SliceView::updateLabels);
  connect(viewer, &ViewerModel::labelsChanged, this, &SliceView::updateLabels);
  // Paint changes masks many times a second. The view painted in follows each dab; the other
  // planes it crosses follow like the cross-hair does, at most every 50-80 ms each.
  labelsTimer_.setSingleShot(true);
  labelsTimer_.setInterval(50 + 16 * viewIndex_);
  connect(&labelsTimer_, &QTimer::timeout, this, &SliceView::updateLabels);
  connect(viewer, &ViewerModel::masksChanged, this, [this](const rc::IndexBox& b) {
    const int n = model_->axes().normal, s = model_->slice();
    if (s < b.lo[size_t(n)] || s > b.hi[size_t(n)]) return;
    if (hovered_ || !layout_ || layout_->activeView() == viewIndex_) updateLabels();
    else if (!labelsTimer_.isActive()) labelsTimer_.start();
  });
  connect(viewer, &ViewerModel::measurementsChanged, this, &SliceView::repaintOverlay);
  if (tools_) {
    // A tool's feedback (the brush outline under the pointer) concerns the view it is drawn
    // in: the others redraw only when they showed some before (and must drop it) or show
    // some now. Redrawing all three per mouse move tripled the cost of a brush stroke.
    connect(tools_, &ToolModel::feedbackUpdated, this, [this] {
      const bool shows = tools_->active() && !tools_->active()->feedback(*model_).empty();
      if (shows || showedFeedback_) repaintOverlay();
      showedFeedback_ = shows;
    });
    connect(tools_, &ToolModel::activeChanged, this, &SliceView::repaintOverlay);
  }
  rebuildImage();
}

SliceView::~SliceView() = default;

SliceGeometry SliceView::geometry() const { return model_->geometry(renderWidget_->size()); }

void SliceView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  renderWidget_->setGeometry(rect());
  interaction_.setViewSize(size());
  updateCamera();
}

void SliceView::rebuildImage() {
  const auto& volume = model_->volume();
  image_ = nullptr;
  if (!volume) {
    mapper_->SetInputData(nullptr);
    labelMapper_->SetInputData(nullptr);
    slice_->VisibilityOff();
    shownVolume_.reset();
    repaintOverlay();
    renderWidget_->update();
    return;
  }
  // VTK reads the volume's voxels in place (no copy); shownVolume_ keeps them alive.
  image_ = vtkSmartPointer<vtkImageData>::New();
  image_->SetDimensions(volume->width(), volume->height(), volume->sliceCount());
  image_->SetSpacing(volume->spacing[0], volume->spacing[1], volume->spacing[2]);
  image_->SetOrigin(0, 0, 0);
  const vtkIdType values = vtkIdType(volume->voxelCount()) * volume->components();
  auto* raw = const_cast<std::uint8_t*>(volume->bytes());  // VTK only reads it
  vtkSmartPointer<vtkDataArray> scalars;
  switch (volume->pixelType()) {
    case PixelType::Int16: scalars = wrapVoxels<vtkShortArray>(raw, values, 1); break;
    case PixelType::UInt16: scalars = wrapVoxels<vtkUnsignedShortArray>(raw, values, 1); break;
    case PixelType::Float32: scalars = wrapVoxels<vtkFloatArray>(raw, values, 1); break;
    case PixelType::Rgb8: scalars = wrapVoxels<vtkUnsignedCharArray>(raw, values, 3); break;
  }
  image_->GetPointData()->SetScalars(scalars);
  mapper_->SetInputData(image_);
  mapper_->SetOrientation(model_->axes().normal);
  labelMapper_->SetOrientation(model_->axes().normal);
  shownVolume_ = volume;
  slice_->GetProperty()->SetUseLookupTableScalarRange(false);
  slice_->VisibilityOn();
  updateSlice();
  updateWindow();
  updateCamera();
}

void SliceView::updateSlice() {
  if (image_) mapper_->SetSliceNumber(model_->slice());
  updateLabels();
  updateCamera();
}

void SliceView::updateCrossHair() {
  const auto& volume = model_->volume();
  if (!volume || model_->viewer()->isSingleImage()) {
    crossActor_->VisibilityOff();
    renderWidget_->update();
    return;
  }
  const SliceGeometry g = geometry();
  const double dpr = renderWidget_->devicePixelRatioF();
  const QPointF c = g.indexToDisplay(model_->viewer()->cursor()) * dpr;
  const QRectF image(g.imageRect().topLeft() * dpr, g.imageRect().size() * dpr);
  const double h = renderWidget_->height() * dpr;  // VTK's y goes up
  const double gap = 8 * dpr;
  auto colorOfAxis = [&](int axis) {
    for (ViewPlane plane : {ViewPlane::Axial, ViewPlane::Coronal, ViewPlane::Sagittal})
      if (plane != model_->plane() && planeAxes(*volume, plane).normal == axis) return planeColor(plane);
    return QColor(255, 242, 153);
  };
  const QColor vertical = colorOfAxis(model_->axes().right), horizontal = colorOfAxis(model_->axes().down);
  auto points = vtkSmartPointer<vtkPoints>::New();
  auto lines = vtkSmartPointer<vtkCellArray>::New();
  auto colors = vtkSmartPointer<vtkUnsignedCharArray>::New();
  colors->SetNumberOfComponents(3);
  auto segment = [&](QPointF a, QPointF b, const QColor& color) {
    const vtkIdType first = points->InsertNextPoint(a.x(), h - a.y(), 0);
    points->InsertNextPoint(b.x(), h - b.y(), 0);
    const vtkIdType ids[2] = {first, first + 1};
    lines->InsertNextCell(2, ids);
    const unsigned char rgb[3] = {std::uint8_t(color.red()), std::uint8_t(color.green()), std::uint8_t(color.blue())};
    colors->InsertNextTypedTuple(rgb);
  };
  segment({c.x(), image.top()}, {c.x(), c.y() - gap}, vertical);
  segment({c.x(), c.y() + gap}, {c.x(), image.bottom()}, vertical);
  segment({image.left(), c.y()}, {c.x() - gap, c.y()}, horizontal);
  segment({c.x() + gap, c.y()}, {image.right(), c.y()}, horizontal);
  crossLines_->SetPoints(points);
  crossLines_->SetLines(lines);
  crossLines_->GetCellData()->SetScalars(colors);
  crossActor_->VisibilityOn();
  renderWidget_->update();
}

void SliceView::updateWindow() {
  const auto& volume = model_->volume();
  const bool inverted = volume && volume->pixelType() != PixelType::Rgb8 &&
                        (volume->invertedGrayscale != model_->viewer()->inverted());
  slice_->GetProperty()->SetLookupTable(inverted ? invertedGray_.Get() : nullptr);
  const WindowLevel w = model_->window();
  slice_->GetProperty()->SetColorWindow(w.width);
  slice_->GetProperty()->SetColorLevel(w.center);
  repaintOverlay();
}

void SliceView::updateLabels() {
  const auto& volume = model_->volume();
  const auto& labels = model_->viewer()->labels();
  const ViewerModel* viewer = model_->viewer();
  bool drawn = false;
  if (volume && labels && viewer->overlayVisible()) {
    QSet<int> hidden;
    for (const Segment& s : labels->segments)
      if (viewer->segmentHidden(s.number)) hidden.insert(s.number);
    const int normal = model_->axes().normal, slice = model_->slice();
    std::array<int, 4> b{};
    drawn = composeLabelPlane(labels->segments, labels->voxels, volume->dimensions(), normal, slice, hidden, viewer->overlayOpacity(),
                              viewer->overlayOutline(), labelPixels_, &b);
    if (drawn) {
      // Only the part with labels, one slice thick, at its place in the volume's index space:
      // the fewer pixels to blend, the cheaper every frame.
      const auto [u, v] = inPlaneAxes(normal);
      int extent[6] = {0, 0, 0, 0, 0, 0};
      extent[2 * normal] = extent[2 * normal + 1] = slice;
      extent[2 * u] = b[0], extent[2 * u + 1] = b[2];
      extent[2 * v] = b[1], extent[2 * v + 1] = b[3];
      labelImage_ = vtkSmartPointer<vtkImageData>::New();
      labelImage_->SetExtent(extent);
      labelImage_->SetSpacing(volume->spacing[0], volume->spacing[1], volume->spacing[2]);
      labelImage_->SetOrigin(0, 0, 0);
      labelImage_->AllocateScalars(VTK_UNSIGNED_CHAR, 4);
      const int nu = volume->dimensions()[size_t(u)], width = b[2] - b[0] + 1;
      auto* dst = static_cast<std::uint8_t*>(labelImage_->GetScalarPointer());
      for (int row = b[1]; row <= b[3]; ++row)
        std::memcpy(dst + size_t(row - b[1]) * size_t(width) * 4, labelPixels_.data() + (size_t(row) * size_t(nu) + size_t(b[0])) * 4,
                    size_t(width) * 4);
      labelMapper_->SetInputData(labelImage_);
      labelMapper_->SetSliceNumber(slice);
    }
  }
  labelSlice_->SetVisibility(drawn);
  repaintOverlay();  // boxes follow the overlay's visibility too
}

void SliceView::updateCamera() {
  const auto& volume = model_->volume();
  vtkCamera* camera = renderer_->GetActiveCamera();
  camera->ParallelProjectionOn();
  if (volume) {
    // The camera shows exactly what SliceGeometry maps: its centre, its scale, its axes.
    const SliceGeometry g = geometry();
    const PlaneAxes& axes = g.axes();
    const QSizeF size = renderWidget_->size();
    const Vec3 centre = g.displayToIndex(QPointF(size.width() / 2.0, size.height() / 2.0), model_->slice());
    const Vec3 focal = {centre[0] * volume->spacing[0], centre[1] * volume->spacing[1], centre[2] * volume->spacing[2]};
    const Vec3 right = unitAlong(axes.right, axes.rightIncreasing);
    const Vec3 up = unitAlong(axes.down, !axes.downIncreasing);
    const Vec3 direction = cross(up, right);  // VTK's right is direction x up
    const double distance = 1000.0;
    camera->SetFocalPoint(focal[0], focal[1], focal[2]);
    camera->SetPosition(focal[0] - direction[0] * distance, focal[1] - direction[1] * distance,
                        focal[2] - direction[2] * distance);
    camera->SetViewUp(up[0], up[1], up[2]);
    camera->SetParallelScale(std::max(1.0, size.height()) / 2.0 * g.millimetresPerPixel());
    const double thickness = volume->spacing[size_t(axes.normal)];
    // The label layer a quarter slice nearer the camera than the image, so it lies on top.
    labelSlice_->SetPosition(-direction[0] * thickness / 4, -direction[1] * thickness / 4, -direction[2] * thickness / 4);
    camera->SetClippingRange(distance - 2.0 * thickness - 1.0, distance + 2.0 * thickness + 1.0);
  }
  updateCrossHair();
  repaintOverlay();
}

void SliceView::repaintOverlay() {
  overlayDirty_ = true;
  renderWidget_->update();
}

void SliceView::paintOverlayLayer() {
  if (!overlayDirty_) return;
  overlayDirty_ = false;
  const qreal dpr = renderWidget_->devicePixelRatioF();
  const QSize pixels(std::max(1, int(width() * dpr)), std::max(1, int(height() * dpr)));
  if (overlayImage_.size() != pixels) {
    overlayImage_ = QImage(pixels, QImage::Format_RGBA8888);
    overlayImage_.setDevicePixelRatio(dpr);
    overlayData_->SetDimensions(pixels.width(), pixels.height(), 1);
    overlayData_->AllocateScalars(VTK_UNSIGNED_CHAR, 4);
  }
  overlay_->setSize(size());
  overlay_->paint(overlayImage_);
  // VTK's rows go upwards.
  auto* dst = static_cast<std::uint8_t*>(overlayData_->GetScalarPointer());
  const size_t row = size_t(pixels.width()) * 4;
  for (int y = 0; y < pixels.height(); ++y)
    std::memcpy(dst + size_t(pixels.height() - 1 - y) * row, overlayImage_.constScanLine(y), row);
  overlayData_->Modified();
  // The layer is mostly empty: quads only over the 32-pixel tiles that hold something, so
  // the GPU (here, the CPU) blends a tenth of the view instead of all of it.
  constexpr int tile = 32;
  const int w = pixels.width(), h = pixels.height();
  auto points = vtkSmartPointer<vtkPoints>::New();
  auto cells = vtkSmartPointer<vtkCellArray>::New();
  auto tcoords = vtkSmartPointer<vtkFloatArray>::New();
  tcoords->SetNumberOfComponents(2);
  for (int ty = 0; ty < h; ty += tile) {
    for (int tx = 0; tx < w; tx += tile) {
      const int x1 = std::min(w, tx + tile), y1 = std::min(h, ty + tile);
      bool used = false;
      for (int y = ty; y < y1 && !used; ++y) {
        const std::uint8_t* line = dst + size_t(y) * row;
        for (int x = tx; x < x1; ++x)
          if (line[4 * x + 3]) {
            used = true;
            break;
          }
      }
      if (!used) continue;
      const vtkIdType first = points->GetNumberOfPoints();
      for (const auto& c : {std::array<int, 2>{tx, ty}, {x1, ty}, {x1, y1}, {tx, y1}}) {
        points->InsertNextPoint(c[0], c[1], 0);
        const float t[2] = {float(c[0]) / float(w), float(c[1]) / float(h)};
        tcoords->InsertNextTypedTuple(t);
      }
      const vtkIdType quad[4] = {first, first + 1, first + 2, first + 3};
      cells->InsertNextCell(4, quad);
    }
  }
  overlayQuad_->SetPoints(points);
  overlayQuad_->SetPolys(cells);
  overlayQuad_->GetPointData()->SetTCoords(tcoords);
}

QStringList SliceView::cornerTexts() const { return overlay_->cornerTexts(); }
std::array<QString, 4> SliceView::orientationTexts() const { return overlay_->orientationTexts(); }
QString SliceView::readoutText() const { return overlay_->readoutText(); }

QImage SliceView::grabImage() {
  // The render widget's framebuffer (rendered now) under the painted layer, as on screen.
  return grab().toImage();
}

bool SliceView::eventFilter(QObject* watched, QEvent* event) {
  if (watched != renderWidget_) return QWidget::eventFilter(watched, event);
  auto pointer = [](QMouseEvent* e) {
    return PointerInput{e->position(), e->button(), e->buttons(), e->modifiers()};
  };
  switch (event->type()) {
    case QEvent::MouseButtonPress:
      renderWidget_->setFocus();
      interaction_.press(pointer(static_cast<QMouseEvent*>(event)));
      return true;
    case QEvent::MouseButtonDblClick:
      interaction_.doubleClick(pointer(static_cast<QMouseEvent*>(event)));
      return true;
    case QEvent::MouseButtonRelease:
      interaction_.release(pointer(static_cast<QMouseEvent*>(event)));
      return true;
    case QEvent::MouseMove: {
      auto* e = static_cast<QMouseEvent*>(event);
      hovered_ = true;
      overlay_->setHoverPoint(e->position());
      interaction_.move(pointer(e));
      repaintOverlay();
      return true;
    }
    case QEvent::Leave:
      hovered_ = false;
      overlay_->setHoverPoint(std::nullopt);
      interaction_.leave();
      repaintOverlay();
      return false;
    case QEvent::Wheel: {
      // Mice send 120 units per notch; touchpads send small deltas that add up.
      auto* e = static_cast<QWheelEvent*>(event);
      wheelRemainder_ += e->angleDelta().y();
      const int steps = wheelRemainder_ / 120;
      wheelRemainder_ -= steps * 120;
      if (steps != 0) interaction_.wheel(steps, e->modifiers());
      return true;
    }
    case QEvent::KeyPress:
      interaction_.key(static_cast<QKeyEvent*>(event)->keyCombination());
      return true;
    case QEvent::KeyRelease:
      return true;
    default:
      return QWidget::eventFilter(watched, event);
  }
}

}  // namespace rc
