#pragma once
// The 3D view of a series (2x2 layout): volume rendering on the CPU (safe under software GL)
// with CT presets, and the segments drawn as coloured surfaces. Left-drag rotates, right-drag
// or the wheel zooms, middle-drag pans. Built only while shown.

#include "viewmodel/ViewerModel.h"

#include <QImage>
#include <QWidget>

#include <vtkSmartPointer.h>

#include <memory>
#include <vector>

class vtkActor;
class vtkFixedPointVolumeRayCastMapper;
class vtkImageData;
class vtkRenderer;
class vtkVolume;

namespace rc {

class VtkRenderWidget;

class VolumeView : public QWidget {
  Q_OBJECT
public:
  enum class Preset { Lung, Bone, SoftTissue };

  explicit VolumeView(ViewerModel* viewer, QWidget* parent = nullptr);
  ~VolumeView() override;

  Preset preset() const { return preset_; }
  void setPreset(Preset preset);
  VtkRenderWidget* renderWidget() const { return renderWidget_; }
  QImage grabImage();
  int surfaceCount() const { return int(surfaces_.size()); }
  // Camera from the patient's front, head up, the whole volume in view.
  void resetCamera();

protected:
  void showEvent(QShowEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

private:
  void rebuild();
  void rebuildSurfaces();
  void applyPreset();

  ViewerModel* viewer_;
  VtkRenderWidget* renderWidget_;
  QWidget* caption_;
  vtkSmartPointer<vtkRenderer> renderer_;
  vtkSmartPointer<vtkFixedPointVolumeRayCastMapper> mapper_;
  vtkSmartPointer<vtkVolume> volume_;
  vtkSmartPointer<vtkImageData> input_;
  std::vector<vtkSmartPointer<vtkActor>> surfaces_;
  std::shared_ptr<const Volume> built_;
  std::shared_ptr<const LabelSet> builtLabels_;
  Preset preset_ = Preset::SoftTissue;
  bool dirty_ = true;
};

}  // namespace rc
