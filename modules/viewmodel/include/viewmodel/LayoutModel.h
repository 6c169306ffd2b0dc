#pragma once
// Which views of a series are on screen: 1x1 (the active view), 1x3 (axial | coronal |
// sagittal) or 2x2 (the three planes and 3D), and a view maximised by double-click. A single
// image (a radiograph) always shows 1x1.

#include <QObject>
#include <QString>

class QSettings;

#include <optional>
#include <vector>

namespace rc {

enum class ViewLayout { Single, Row, Grid };  // 1x1, 1x3, 2x2
QString layoutName(ViewLayout layout);        // "1x1", "1x3", "2x2"
std::optional<ViewLayout> layoutFromName(const QString& name);

// View indices.
enum ViewIndex { AxialView = 0, CoronalView = 1, SagittalView = 2, ThreeDView = 3 };

class LayoutModel : public QObject {
  Q_OBJECT
public:
  explicit LayoutModel(QObject* parent = nullptr);

  ViewLayout layout() const { return layout_; }
  void setLayout(ViewLayout layout);
  void cycle();  // 1x1 -> 1x3 -> 2x2 -> 1x1

  // What is on screen, given the maximised view and single images.
  ViewLayout effectiveLayout() const;
  std::vector<int> visibleViews() const;

  int activeView() const { return active_; }
  void setActiveView(int view);
  int maximized() const { return maximized_; }  // -1: none
  void toggleMaximized(int view);

  bool singleImage() const { return singleImage_; }
  void setSingleImage(bool single);

signals:
  void layoutChanged();
  void activeViewChanged(int view);

private:
  ViewLayout layout_ = ViewLayout::Row;
  int active_ = AxialView;
  int maximized_ = -1;
  bool singleImage_ = false;
};

// The layout the reader chose last time: `model` takes it from `settings` (key
// viewer/layout) and writes every later choice back. The settings object must outlive the
// model's changes (the application's one does).
void rememberLayout(LayoutModel& model, QSettings& settings);

}  // namespace rc
