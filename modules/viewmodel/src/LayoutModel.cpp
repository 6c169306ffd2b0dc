#include "viewmodel/LayoutModel.h"

#include <QSettings>

namespace rc {

QString layoutName(ViewLayout layout) {
  switch (layout) {
    case ViewLayout::Single: return QStringLiteral("1x1");
    case ViewLayout::Grid: return QStringLiteral("2x2");
    case ViewLayout::Row: break;
  }
  return QStringLiteral("1x3");
}

std::optional<ViewLayout> layoutFromName(const QString& name) {
  for (ViewLayout l : {ViewLayout::Single, ViewLayout::Row, ViewLayout::Grid})
    if (layoutName(l) == name.trimmed()) return l;
  return std::nullopt;
}

LayoutModel::LayoutModel(QObject* parent) : QObject(parent) {}

void LayoutModel::setLayout(ViewLayout layout) {
  if (layout == layout_ && maximized_ < 0) return;
  layout_ = layout;
  maximized_ = -1;
  emit layoutChanged();
}

void LayoutModel::cycle() {
  switch (layout_) {
    case ViewLayout::Single: setLayout(ViewLayout::Row); break;
    case ViewLayout::Row: setLayout(ViewLayout::Grid); break;
    case ViewLayout::Grid: setLayout(ViewLayout::Single); break;
  }
}

ViewLayout LayoutModel::effectiveLayout() const {
  if (singleImage_ || maximized_ >= 0) return ViewLayout::Single;
  return layout_;
}

std::vector<int> LayoutModel::visibleViews() const {
  if (singleImage_) return {AxialView};
  if (maximized_ >= 0) return {maximized_};
  switch (layout_) {
    case ViewLayout::Single: return {active_};
    case ViewLayout::Grid: return {AxialView, CoronalView, SagittalView, ThreeDView};
    case ViewLayout::Row: break;
  }
  return {AxialView, CoronalView, SagittalView};
}

void LayoutModel::setActiveView(int view) {
  if (view == active_ || view < AxialView || view > ThreeDView) return;
  active_ = view;
  emit activeViewChanged(view);
}

void LayoutModel::toggleMaximized(int view) {
  if (singleImage_) return;
  maximized_ = maximized_ == view ? -1 : view;
  if (maximized_ >= 0) active_ = view;
  emit layoutChanged();
}

void LayoutModel::setSingleImage(bool single) {
  if (single == singleImage_) return;
  singleImage_ = single;
  maximized_ = -1;
  emit layoutChanged();
}

void rememberLayout(LayoutModel& model, QSettings& settings) {
  const QString key = QStringLiteral("viewer/layout");
  if (const auto remembered = layoutFromName(settings.value(key).toString())) model.setLayout(*remembered);
  // The chosen layout, not what a radiograph forces (effectiveLayout): a CT after a chest
  // X-ray opens as the reader left it.
  QObject::connect(&model, &LayoutModel::layoutChanged, &model, [&model, &settings, key] {
    settings.setValue(key, layoutName(model.layout()));
  });
}

}  // namespace rc
