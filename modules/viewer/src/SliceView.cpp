#include "viewer/SliceView.h"

#include "SliceInteractorStyle.h"
#include "viewer/VtkRenderWidget.h"

#include <QFileInfo>
#include <QVBoxLayout>

#include <vtkCamera.h>
#include <vtkCoordinate.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>
#include <vtkUnsignedShortArray.h>

#include <cmath>

namespace rc {

namespace {

// A font with Japanese glyphs for corner text (VTK's built-in fonts have none); empty if
// none is installed, and VTK's default font is used.
QString cjkFontFile() {
  static const QString path = [] {
    for (const char* candidate : {"/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
                                  "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
                                  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                  "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"}) {
      if (QFileInfo::exists(QLatin1String(candidate))) return QString::fromLatin1(candidate);
    }
    return QString();
  }();
  return path;
}

vtkSmartPointer<vtkTextActor> makeText(double x, double y, bool right, bool top, int size) {
  auto actor = vtkSmartPointer<vtkTextActor>::New();
  actor->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
  actor->GetPositionCoordinate()->SetValue(x, y);
  vtkTextProperty* p = actor->GetTextProperty();
  p->SetFontSize(size);
  p->SetColor(1.0, 0.95, 0.6);
  p->ShadowOn();
  p->SetJustification(right ? VTK_TEXT_RIGHT : VTK_TEXT_LEFT);
  p->SetVerticalJustification(top ? VTK_TEXT_TOP : VTK_TEXT_BOTTOM);
  const QString font = cjkFontFile();
  if (!font.isEmpty()) {
    p->SetFontFamily(VTK_FONT_FILE);
    p->SetFontFile(font.toLocal8Bit().constData());
  }
  return actor;
}

// DICOM orientation letter for a patient direction: L/R, P/A, H/F.
QString orientationLetter(const Vec3& d) {
  const double ax = std::abs(d[0]), ay = std::abs(d[1]), az = std::abs(d[2]);
  if (ax >= ay && ax >= az) return d[0] > 0 ? QStringLiteral("L") : QStringLiteral("R");
  if (ay >= az) return d[1] > 0 ? QStringLiteral("P") : QStringLiteral("A");
  return d[2] > 0 ? QStringLiteral("H") : QStringLiteral("F");
}

// A VTK array over the volume's own voxel memory (save=1: VTK never frees or copies it).
template <class Array>
vtkSmartPointer<vtkDataArray> wrapVoxels(std::uint8_t* raw, vtkIdType values, int components) {
  auto array = vtkSmartPointer<Array>::New();
  array->SetNumberOfComponents(components);
  array->SetArray(reinterpret_cast<typename Array::ValueType*>(raw), values, 1);
  return array;
}

QString formatNumber(double v) {
  return std::abs(v - std::round(v)) < 1e-6 ? QString::number(std::llround(v)) : QString::number(v, 'g', 4);
}

}  // namespace

SliceView::SliceView(QWidget* parent) : QWidget(parent), model_(new SliceViewModel(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  renderWidget_ = new VtkRenderWidget(this);
  layout->addWidget(renderWidget_);

  renderer_ = vtkSmartPointer<vtkRenderer>::New();
  renderer_->SetBackground(0, 0, 0);
  renderWidget_->renderWindow()->AddRenderer(renderer_);

  mapper_ = vtkSmartPointer<vtkImageSliceMapper>::New();
  mapper_->SetOrientationToZ();
  mapper_->SliceFacesCameraOff();
  mapper_->SliceAtFocalPointOff();
  slice_ = vtkSmartPointer<vtkImageSlice>::New();
  slice_->SetMapper(mapper_);
  slice_->GetProperty()->SetInterpolationTypeToLinear();
  slice_->VisibilityOff();
  renderer_->AddViewProp(slice_);

  // MONOCHROME1: low values white. Window/level still set the table's range.
  invertedGray_ = vtkSmartPointer<vtkLookupTable>::New();
  invertedGray_->SetNumberOfTableValues(1024);
  invertedGray_->SetHueRange(0, 0);
  invertedGray_->SetSaturationRange(0, 0);
  invertedGray_->SetValueRange(1, 0);
  invertedGray_->SetRampToLinear();
  invertedGray_->Build();

  const int fontSize = 15;
  corners_[0] = makeText(0.01, 0.99, false, true, fontSize);
  corners_[1] = makeText(0.99, 0.99, true, true, fontSize);
  corners_[2] = makeText(0.01, 0.01, false, false, fontSize);
  corners_[3] = makeText(0.99, 0.01, true, false, fontSize);
  orientation_[0] = makeText(0.01, 0.5, false, false, fontSize + 3);
  orientation_[1] = makeText(0.99, 0.5, true, false, fontSize + 3);
  orientation_[2] = makeText(0.5, 0.99, false, true, fontSize + 3);
  orientation_[3] = makeText(0.5, 0.01, false, false, fontSize + 3);
  for (auto& a : corners_) renderer_->AddViewProp(a);
  for (auto& a : orientation_) renderer_->AddViewProp(a);
  placeholder_ = makeText(0.5, 0.5, false, false, fontSize + 2);
  placeholder_->GetTextProperty()->SetJustificationToCentered();
  placeholder_->GetTextProperty()->SetVerticalJustificationToCentered();
  placeholder_->SetInput(tr("Double-click a series in the browser to view it").toUtf8().constData());
  renderer_->AddViewProp(placeholder_);

  style_ = vtkSmartPointer<SliceInteractorStyle>::New();
  style_->setModel(model_);
  style_->setMillimetresPerPixel([this] { return millimetresPerPixel(); });
  renderWidget_->interactor()->SetInteractorStyle(style_);

  connect(model_, &SliceViewModel::volumeChanged, this, &SliceView::rebuildImage);
  connect(model_, &SliceViewModel::sliceChanged, this, &SliceView::updateSlice);
  connect(model_, &SliceViewModel::windowChanged, this, &SliceView::updateWindow);
  connect(model_, &SliceViewModel::viewChanged, this, &SliceView::updateCamera);
  connect(renderWidget_, &QOpenGLWidget::resized, this, &SliceView::updateCamera);
}

SliceView::~SliceView() = default;

void SliceView::rebuildImage() {
  const auto& volume = model_->volume();
  image_ = nullptr;
  if (!volume) {
    mapper_->SetInputData(nullptr);
    slice_->VisibilityOff();
    placeholder_->VisibilityOn();
    shownVolume_.reset();
    for (auto& a : orientation_) a->SetInput("");
    updateCornerText();
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
  shownVolume_ = volume;

  vtkImageProperty* property = slice_->GetProperty();
  const bool inverted = volume->invertedGrayscale && volume->pixelType() != PixelType::Rgb8;
  property->SetLookupTable(inverted ? invertedGray_.Get() : nullptr);
  property->SetUseLookupTableScalarRange(false);
  slice_->VisibilityOn();
  placeholder_->VisibilityOff();
  updateOrientationLabels();
  updateSlice();
  updateWindow();
  updateCamera();
}

void SliceView::updateSlice() {
  if (image_) mapper_->SetSliceNumber(model_->slice());
  updateCamera();
}

void SliceView::updateWindow() {
  const WindowLevel w = model_->window();
  slice_->GetProperty()->SetColorWindow(w.width);
  slice_->GetProperty()->SetColorLevel(w.center);
  updateCornerText();
  renderWidget_->update();
}

double SliceView::millimetresPerPixel() const {
  const int h = std::max(1, renderWidget_->height());
  return 2.0 * renderer_->GetActiveCamera()->GetParallelScale() / h;
}

void SliceView::updateCamera() {
  const auto& volume = model_->volume();
  vtkCamera* camera = renderer_->GetActiveCamera();
  camera->ParallelProjectionOn();
  if (volume) {
    const double widthMm = (volume->width() - 1) * volume->spacing[0] + volume->spacing[0];
    const double heightMm = (volume->height() - 1) * volume->spacing[1] + volume->spacing[1];
    const double cx = (volume->width() - 1) * volume->spacing[0] / 2.0 + model_->pan().x();
    const double cy = (volume->height() - 1) * volume->spacing[1] / 2.0 + model_->pan().y();
    const double z = model_->slice() * volume->spacing[2];
    // Look from below the slice with screen-up = -j: rows run top to bottom and columns
    // left to right, exactly as the image is stored (radiological for axial CT).
    camera->SetFocalPoint(cx, cy, z);
    camera->SetPosition(cx, cy, z - 1000.0);
    camera->SetViewUp(0, -1, 0);
    const double aspect = double(std::max(1, renderWidget_->width())) / std::max(1, renderWidget_->height());
    const double fit = std::max(heightMm / 2.0, widthMm / 2.0 / aspect) * 1.02;
    camera->SetParallelScale(fit / model_->zoom());
    camera->SetClippingRange(1000.0 - 2.0 * volume->spacing[2] - 1.0, 1000.0 + 2.0 * volume->spacing[2] + 1.0);
  }
  updateCornerText();
  renderWidget_->update();
}

void SliceView::updateOrientationLabels() {
  const auto& v = model_->volume();
  if (!v || !v->hasPatientOrientation) {
    // No patient geometry in the file (e.g. a radiograph): no letters rather than wrong ones.
    for (auto& a : orientation_) a->SetInput("");
    return;
  }
  const Vec3 right = v->axes[0], down = v->axes[1];
  const Vec3 left = {-right[0], -right[1], -right[2]}, up = {-down[0], -down[1], -down[2]};
  orientation_[0]->SetInput(orientationLetter(left).toLatin1().constData());
  orientation_[1]->SetInput(orientationLetter(right).toLatin1().constData());
  orientation_[2]->SetInput(orientationLetter(up).toLatin1().constData());
  orientation_[3]->SetInput(orientationLetter(down).toLatin1().constData());
}

void SliceView::updateCornerText() {
  const auto& v = model_->volume();
  if (!v) {
    for (auto& a : corners_) a->SetInput("");
    return;
  }
  const WindowLevel w = model_->window();
  const QString topLeft = model_->patientCode() + QLatin1Char('\n') + model_->seriesLabel();
  QString topRight = QStringLiteral("%1  %2 x %3").arg(v->modality).arg(v->width()).arg(v->height());
  if (model_->zoom() != 1.0) topRight += QLatin1Char('\n') + tr("Zoom %1%").arg(std::lround(model_->zoom() * 100));
  QString bottomLeft = tr("Slice %1/%2").arg(model_->slice() + 1).arg(model_->sliceCount());
  if (v->sliceCount() > 1) {
    const Vec3 p = v->indexToPatient(0, 0, model_->slice());
    const Vec3& n = v->axes[2];
    bottomLeft += QLatin1Char('\n') + tr("Position %1 mm").arg(p[0] * n[0] + p[1] * n[1] + p[2] * n[2], 0, 'f', 1);
  }
  const QString bottomRight = v->pixelType() == PixelType::Rgb8
                                  ? QString()
                                  : tr("W %1  L %2").arg(formatNumber(w.width), formatNumber(w.center));
  const QString texts[4] = {topLeft, topRight, bottomLeft, bottomRight};
  for (int i = 0; i < 4; ++i) corners_[size_t(i)]->SetInput(texts[i].toUtf8().constData());
}

QStringList SliceView::cornerTexts() const {
  QStringList texts;
  for (const auto& a : corners_) texts << QString::fromUtf8(a->GetInput() ? a->GetInput() : "");
  return texts;
}

QImage SliceView::grabImage() { return renderWidget_->grabFramebuffer(); }

}  // namespace rc
