#include "viewer/ViewerPanel.h"

#include "viewer/SliceView.h"
#include "viewer/VolumeView.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace rc {

ViewerPanel::ViewerPanel(ToolModel* tools, const KeyTable* keys, QWidget* parent) : QWidget(parent) {
  viewer_ = new ViewerModel(this);
  layout_ = new LayoutModel(this);
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setSpacing(2);
  for (int p = 0; p < 3; ++p) {
    planes_[size_t(p)] = new SliceViewModel(viewer_, ViewPlane(p), this);
    frames_[size_t(p)] = new QFrame(this);
    frames_[size_t(p)]->setObjectName(QStringLiteral("viewFrame"));
    sliceViews_[size_t(p)] = new SliceView(planes_[size_t(p)], p, layout_, tools, keys, frames_[size_t(p)]);
  }
  frames_[ThreeDView] = new QFrame(this);
  frames_[ThreeDView]->setObjectName(QStringLiteral("viewFrame"));
  volumeView_ = new rc::VolumeView(viewer_, frames_[ThreeDView]);
  for (int v = 0; v < 4; ++v) {
    auto* box = new QVBoxLayout(frames_[size_t(v)]);
    box->setContentsMargins(2, 2, 2, 2);
    box->addWidget(v < 3 ? static_cast<QWidget*>(sliceViews_[size_t(v)]) : volumeView_);
  }
  connect(layout_, &LayoutModel::layoutChanged, this, &ViewerPanel::arrange);
  connect(layout_, &LayoutModel::activeViewChanged, this, [this] {
    if (layout_->effectiveLayout() == ViewLayout::Single) arrange();
    else updateFrames();
  });
  connect(viewer_, &ViewerModel::volumeChanged, this, [this] { layout_->setSingleImage(viewer_->isSingleImage()); });
  arrange();
}

ViewerPanel::~ViewerPanel() = default;

SliceView* ViewerPanel::activeSliceView() const {
  const int active = layout_->activeView();
  return active >= 0 && active < 3 ? sliceViews_[size_t(active)] : sliceViews_[AxialView];
}

void ViewerPanel::setOtherKeyAction(const std::function<bool(KeyAction)>& handler) {
  for (SliceView* view : sliceViews_) view->interaction().otherAction = handler;
}

// Three views side by side are each a third of the width and the whole height: below this
// width-to-height ratio of the panel they would be narrower than about 3:4.
constexpr double kRowAspect = 2.2;

bool ViewerPanel::wantsRow() const { return height() <= 0 || width() >= kRowAspect * height(); }

void ViewerPanel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (layout_->effectiveLayout() == ViewLayout::Row && layout_->visibleViews().size() == 3 && wantsRow() != rowArranged_) arrange();
}

void ViewerPanel::arrange() {
  for (QFrame* f : frames_) {
    grid_->removeWidget(f);
    f->hide();
  }
  for (int i = 0; i < 3; ++i) grid_->setColumnStretch(i, 0), grid_->setRowStretch(i, 0);
  const std::vector<int> visible = layout_->visibleViews();
  const ViewLayout layout = layout_->effectiveLayout();
  rowArranged_ = wantsRow();
  const bool stacked = layout == ViewLayout::Row && visible.size() == 3 && !rowArranged_;
  for (size_t n = 0; n < visible.size(); ++n) {
    QFrame* f = frames_[size_t(visible[n])];
    if (layout == ViewLayout::Grid) grid_->addWidget(f, int(n / 2), int(n % 2));
    else if (stacked && n == 0) grid_->addWidget(f, 0, 0, 2, 1);  // the first (axial) view large
    else if (stacked) grid_->addWidget(f, int(n - 1), 1);
    else grid_->addWidget(f, 0, int(n));
    f->show();
  }
  if (stacked) {
    // Two thirds of the width for the large view: each view comes out nearly square.
    grid_->setColumnStretch(0, 2);
    grid_->setColumnStretch(1, 1);
    grid_->setRowStretch(0, 1);
    grid_->setRowStretch(1, 1);
  }
  updateFrames();
}

void ViewerPanel::updateFrames() {
  // The active view wears its plane's colour; the others a thin dark frame.
  for (int v = 0; v < 4; ++v) {
    const bool active = v == layout_->activeView() && layout_->visibleViews().size() > 1;
    const QColor color = v < 3 ? planeColor(ViewPlane(v)) : QColor(150, 150, 170);
    frames_[size_t(v)]->setStyleSheet(QStringLiteral("QFrame#viewFrame { background: black; border: 2px solid %1; }")
                                          .arg(active ? color.name() : QStringLiteral("#202024")));
  }
}

Status ViewerPanel::saveViews(const QString& directory) {
  if (!QDir().mkpath(directory)) return fail(tr("%1: cannot create the folder").arg(directory));
  static const char* const names[] = {"axial", "coronal", "sagittal", "3d"};
  for (int v : layout_->visibleViews()) {
    const QImage image = v < 3 ? sliceViews_[size_t(v)]->grabImage() : volumeView_->grabImage();
    const QString path = QDir(directory).filePath(QLatin1String(names[v]) + QStringLiteral(".png"));
    if (!image.save(path)) return fail(tr("%1: cannot write").arg(path));
  }
  return Status::success();
}

}  // namespace rc
