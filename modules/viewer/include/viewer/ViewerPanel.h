#pragma once
// One series on screen: its axial, coronal and sagittal views and the 3D view, arranged as
// its LayoutModel says (1x1, 1x3, 2x2, a maximised view), all bound to one ViewerModel (one
// cross-hair, linked window/level, zoom and pan). Two panels side by side compare series.
//
// 1x3 fits the three planes to the panel's shape: a row where the panel is wide enough for
// three nearly square views, else the axial view large with coronal and sagittal stacked
// beside it (three tall, narrow views would show each image in a thin band).

#include "core/Result.h"
#include "viewmodel/KeyTable.h"
#include "viewmodel/LayoutModel.h"
#include "viewmodel/SliceViewModel.h"
#include "viewmodel/ViewTool.h"
#include "viewmodel/ViewerModel.h"

#include <QWidget>

#include <array>
#include <functional>

class QFrame;
class QGridLayout;

namespace rc {

class SliceView;
class VolumeView;

class ViewerPanel : public QWidget {
  Q_OBJECT
public:
  ViewerPanel(ToolModel* tools, const KeyTable* keys, QWidget* parent = nullptr);
  ~ViewerPanel() override;

  ViewerModel* viewer() const { return viewer_; }
  LayoutModel* layoutModel() const { return layout_; }
  SliceViewModel* planeModel(ViewPlane plane) const { return planes_[size_t(plane)]; }
  SliceView* sliceView(int view) const { return sliceViews_[size_t(view)]; }
  VolumeView* volumeView() const { return volumeView_; }
  // The view the user worked in last (the one 1x1 shows).
  SliceView* activeSliceView() const;

  // Actions of the key table the views do not handle themselves (tools, undo, save).
  void setOtherKeyAction(const std::function<bool(KeyAction)>& handler);

  // Saves each visible view's own frame as DIR/axial.png, coronal.png, sagittal.png, 3d.png.
  Status saveViews(const QString& directory);

  // For tests: whether 1x3 shows its views in a row (else one large and two stacked).
  bool rowArranged() const { return rowArranged_; }

protected:
  void resizeEvent(QResizeEvent* event) override;

private:
  void arrange();
  void updateFrames();
  bool wantsRow() const;

  ViewerModel* viewer_;
  LayoutModel* layout_;
  std::array<SliceViewModel*, 3> planes_{};
  std::array<SliceView*, 3> sliceViews_{};
  VolumeView* volumeView_ = nullptr;
  std::array<QFrame*, 4> frames_{};
  QGridLayout* grid_ = nullptr;
  bool rowArranged_ = true;
};

}  // namespace rc
