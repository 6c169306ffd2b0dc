#include "viewer/VolumeView.h"

#include "viewer/VtkRenderWidget.h"

#include <QLabel>
#include <QResizeEvent>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkFixedPointVolumeRayCastMapper.h>
#include <vtkFlyingEdges3D.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkImageResample.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkFloatArray.h>
#include <vtkUnsignedShortArray.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>
#include <vtkWindowedSincPolyDataFilter.h>

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

// Up to this many voxels along an axis are rendered; larger volumes are resampled (the 3D
// view is for orientation, the planes for reading).
constexpr int kMaxRenderedSize = 256;

Vec3 inIndexSpace(const Volume& v, const Vec3& patientDirection) {
  Vec3 d{};
  for (size_t a = 0; a < 3; ++a)
    d[a] = patientDirection[0] * v.axes[a][0] + patientDirection[1] * v.axes[a][1] + patientDirection[2] * v.axes[a][2];
  return d;
}

}  // namespace

VolumeView::VolumeView(ViewerModel* viewer, QWidget* parent) : QWidget(parent), viewer_(viewer) {
  renderWidget_ = new VtkRenderWidget(this);
  auto* label = new QLabel(tr("3D"), this);
  label->setStyleSheet(QStringLiteral("color: rgb(255,242,153); background: transparent; padding: 4px;"));
  label->setAttribute(Qt::WA_TransparentForMouseEvents);
  caption_ = label;
  renderer_ = vtkSmartPointer<vtkRenderer>::New();
  renderer_->SetBackground(0.08, 0.08, 0.1);
  renderer_->SetBackgroundAlpha(1.0);
  renderWidget_->renderWindow()->AddRenderer(renderer_);
  auto style = vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New();
  renderWidget_->interactor()->SetInteractorStyle(style);
  // Interactive frames under software GL: the mapper lowers its sampling to keep up.
  renderWidget_->interactor()->SetDesiredUpdateRate(8);
  renderWidget_->interactor()->SetStillUpdateRate(0.5);

  mapper_ = vtkSmartPointer<vtkFixedPointVolumeRayCastMapper>::New();
  mapper_->SetAutoAdjustSampleDistances(1);
  mapper_->SetNumberOfThreads(2);
  volume_ = vtkSmartPointer<vtkVolume>::New();
  volume_->SetMapper(mapper_);
  auto property = vtkSmartPointer<vtkVolumeProperty>::New();
  property->SetInterpolationTypeToLinear();
  property->ShadeOff();
  volume_->SetProperty(property);

  auto markDirty = [this] {
    dirty_ = true;
    if (isVisible()) rebuild();
  };
  connect(viewer_, &ViewerModel::volumeChanged, this, markDirty);
  connect(viewer_, &ViewerModel::labelsChanged, this, markDirty);
  connect(viewer_, &ViewerModel::overlayChanged, this, markDirty);
}

VolumeView::~VolumeView() = default;

void VolumeView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  renderWidget_->setGeometry(rect());
  caption_->adjustSize();
  caption_->move(4, 4);
  caption_->raise();
}

void VolumeView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (dirty_) rebuild();
}

QImage VolumeView::grabImage() {
  if (dirty_) rebuild();
  return grab().toImage();
}

void VolumeView::setPreset(Preset preset) {
  preset_ = preset;
  applyPreset();
  renderWidget_->update();
}

void VolumeView::applyPreset() {
  const auto& v = viewer_->volume();
  auto color = vtkSmartPointer<vtkColorTransferFunction>::New();
  auto opacity = vtkSmartPointer<vtkPiecewiseFunction>::New();
  const bool ct = v && v->modality == QLatin1String("CT");
  if (ct) {
    switch (preset_) {
      case Preset::Lung:  // parenchyma and airways faint, vessels and bone stronger
        for (auto [hu, a] : {std::pair{-1024.0, 0.0}, {-950.0, 0.0}, {-850.0, 0.03}, {-500.0, 0.06}, {-300.0, 0.0},
                             {100.0, 0.0}, {300.0, 0.15}, {1200.0, 0.3}})
          opacity->AddPoint(hu, a);
        color->AddRGBPoint(-950, 0.55, 0.25, 0.25);
        color->AddRGBPoint(-600, 0.95, 0.65, 0.55);
        color->AddRGBPoint(300, 1.0, 1.0, 0.92);
        break;
      case Preset::Bone:
        for (auto [hu, a] : {std::pair{-1024.0, 0.0}, {150.0, 0.0}, {250.0, 0.12}, {600.0, 0.5}, {1500.0, 0.85}})
          opacity->AddPoint(hu, a);
        color->AddRGBPoint(150, 0.75, 0.55, 0.4);
        color->AddRGBPoint(600, 1.0, 0.97, 0.88);
        color->AddRGBPoint(1500, 1.0, 1.0, 1.0);
        break;
      case Preset::SoftTissue:
        for (auto [hu, a] : {std::pair{-1024.0, 0.0}, {-200.0, 0.0}, {-80.0, 0.04}, {40.0, 0.15}, {150.0, 0.25},
                             {400.0, 0.5}, {1200.0, 0.7}})
          opacity->AddPoint(hu, a);
        color->AddRGBPoint(-80, 0.9, 0.75, 0.45);
        color->AddRGBPoint(40, 0.8, 0.35, 0.3);
        color->AddRGBPoint(400, 1.0, 0.95, 0.88);
        break;
    }
  } else if (v) {
    // Not CT: a ramp over the displayed window.
    const WindowLevel w = viewer_->window();
    opacity->AddPoint(w.center - w.width / 2, 0.0);
    opacity->AddPoint(w.center + w.width / 2, 0.6);
    color->AddRGBPoint(w.center - w.width / 2, 0.2, 0.2, 0.2);
    color->AddRGBPoint(w.center + w.width / 2, 1.0, 1.0, 1.0);
  }
  volume_->GetProperty()->SetColor(color);
  volume_->GetProperty()->SetScalarOpacity(opacity);
}

void VolumeView::rebuild() {
  dirty_ = false;
  const auto& v = viewer_->volume();
  if (v != built_) {
    renderer_->RemoveVolume(volume_);
    input_ = nullptr;
    built_ = v;
    if (v && v->sliceCount() > 1 && v->pixelType() != PixelType::Rgb8) {
      // The voxels in place (no copy), resampled to at most 256 along each axis.
      auto image = vtkSmartPointer<vtkImageData>::New();
      image->SetDimensions(v->width(), v->height(), v->sliceCount());
      image->SetSpacing(v->spacing[0], v->spacing[1], v->spacing[2]);
      vtkSmartPointer<vtkDataArray> scalars;
      auto* raw = const_cast<std::uint8_t*>(v->bytes());
      const vtkIdType n = vtkIdType(v->voxelCount());
      switch (v->pixelType()) {
        case PixelType::Int16: {
          auto a = vtkSmartPointer<vtkShortArray>::New();
          a->SetArray(reinterpret_cast<short*>(raw), n, 1);
          scalars = a;
          break;
        }
        case PixelType::UInt16: {
          auto a = vtkSmartPointer<vtkUnsignedShortArray>::New();
          a->SetArray(reinterpret_cast<unsigned short*>(raw), n, 1);
          scalars = a;
          break;
        }
        default: {
          auto a = vtkSmartPointer<vtkFloatArray>::New();
          a->SetArray(reinterpret_cast<float*>(raw), n, 1);
          scalars = a;
          break;
        }
      }
      image->GetPointData()->SetScalars(scalars);
      auto resample = vtkSmartPointer<vtkImageResample>::New();
      resample->SetInputData(image);
      for (int a = 0; a < 3; ++a) {
        const int size = v->dimensions()[size_t(a)];
        resample->SetAxisMagnificationFactor(a, size > kMaxRenderedSize ? double(kMaxRenderedSize) / size : 1.0);
      }
      resample->SetInterpolationModeToLinear();
      resample->Update();
      input_ = resample->GetOutput();
      mapper_->SetInputData(input_);
      renderer_->AddVolume(volume_);
      applyPreset();
      resetCamera();
    }
  }
  rebuildSurfaces();
  renderWidget_->update();
}

void VolumeView::rebuildSurfaces() {
  for (auto& actor : surfaces_) renderer_->RemoveActor(actor);
  surfaces_.clear();
  builtLabels_ = viewer_->labels();
  const auto& v = viewer_->volume();
  if (!v || !builtLabels_ || !viewer_->overlayVisible() || v->sliceCount() < 2) return;
  for (const Segment& s : builtLabels_->segments) {
    const LabelMap& voxels = builtLabels_->voxels;
    if (viewer_->segmentHidden(s.number) || voxels.dimensions() != v->dimensions()) continue;
    const auto bounds = voxels.bounds(s.number);
    if (!bounds) continue;
    // Only the segment's box (and a voxel around it, so the surface closes).
    const IndexBox box = bounds->grown({1, 1, 1}, v->dimensions());
    const std::array<int, 6> b = {box.lo[0], box.lo[1], box.lo[2], box.hi[0], box.hi[1], box.hi[2]};
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetExtent(b[0], b[3], b[1], b[4], b[2], b[5]);
    image->SetSpacing(v->spacing[0], v->spacing[1], v->spacing[2]);
    image->AllocateScalars(VTK_UNSIGNED_CHAR, 1);
    for (int k = b[2]; k <= b[5]; ++k)
      for (int j = b[1]; j <= b[4]; ++j)
        for (int i = b[0]; i <= b[3]; ++i)
          *static_cast<unsigned char*>(image->GetScalarPointer(i, j, k)) = voxels.at(s.number, i, j, k) ? 1 : 0;
    auto surface = vtkSmartPointer<vtkFlyingEdges3D>::New();
    surface->SetInputData(image);
    surface->SetValue(0, 0.5);
    surface->ComputeNormalsOn();
    auto smooth = vtkSmartPointer<vtkWindowedSincPolyDataFilter>::New();
    smooth->SetInputConnection(surface->GetOutputPort());
    smooth->SetNumberOfIterations(12);
    smooth->NormalizeCoordinatesOn();
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputConnection(smooth->GetOutputPort());
    mapper->ScalarVisibilityOff();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(s.color[0] / 255.0, s.color[1] / 255.0, s.color[2] / 255.0);
    renderer_->AddActor(actor);
    surfaces_.push_back(actor);
  }
}

void VolumeView::resetCamera() {
  const auto& v = viewer_->volume();
  if (!v) return;
  // From the patient's front (looking towards posterior), head up, in the index space the
  // scene is built in.
  const Vec3 toPosterior = inIndexSpace(*v, {0, 1, 0});
  const Vec3 up = inIndexSpace(*v, {0, 0, 1});
  vtkCamera* camera = renderer_->GetActiveCamera();
  const double centre[3] = {(v->width() - 1) * v->spacing[0] / 2, (v->height() - 1) * v->spacing[1] / 2,
                            (v->sliceCount() - 1) * v->spacing[2] / 2};
  camera->SetFocalPoint(centre);
  camera->SetPosition(centre[0] - toPosterior[0] * 1000, centre[1] - toPosterior[1] * 1000, centre[2] - toPosterior[2] * 1000);
  camera->SetViewUp(up[0], up[1], up[2]);
  renderer_->ResetCamera();
  renderer_->ResetCameraClippingRange();
}

}  // namespace rc
