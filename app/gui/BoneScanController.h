#pragma once
// The bone-scan reading in the window: a planar NM series opens in the whole-body view (not
// the MPR views), its window and views in the Bone scan dock, and — when the case was opened
// from the worklist — the acting reader's hotspot reading, every mark saved at once. A click
// on the scan asks for the region (the last one first) and the call, or for the lesion in the
// other view it shows again; a click on a mark offers to change or remove it.

#include "BoneScanPanel.h"
#include "WholeBodyView.h"
#include "WindowContext.h"
#include "storage/Records.h"

#include <QObject>

#include <functional>
#include <optional>

namespace rc {

class ReadingController;

class BoneScanController : public QObject {
  Q_OBJECT
public:
  BoneScanController(WindowContext context, ReadingController* reading, QObject* parent = nullptr);

  WholeBodyView* view() const { return view_; }
  BoneScanPanel* panel() const { return panel_; }
  WholeBodyModel* model() { return &model_; }
  bonescan::HotspotReading* hotspots() { return &hotspots_; }

  // Shows the series if it is a planar NM scan (then true); else clears and returns false.
  bool showSeries(const SeriesSummary& series, const std::shared_ptr<const Volume>& volume);
  void clear();
  bool isShowing() const { return !model_.isEmpty(); }
  // DIR/anterior.png and DIR/posterior.png (or DIR/view-N.png), each view as shown.
  Status saveViews(const QString& directory) const;

  // What a click on the scan asks the reader.
  struct MarkRequest {
    QStringList regions;                                  // the last region first
    std::vector<std::pair<int, QString>> sameLesionAs;    // marks of the other view it may show again
    QPoint at;
  };
  struct MarkChoice {
    QString region, call;
    int sameLesionAs = -1;
  };
  using MarkChooser = std::function<std::optional<MarkChoice>(const MarkRequest&)>;
  void setMarkChooser(MarkChooser chooser) { chooser_ = std::move(chooser); }  // tests answer without menus

  // A click on view `view` at image point `image`: asks, then places the mark.
  Status placeMark(int view, QPointF image, QPoint at = QPoint());

signals:
  void failed(const QString& message);
  void earlierScansShown(int count);

private:
  void openReading();
  // The patient's earlier planar NM scans (the two most recent), loaded off the GUI thread and
  // shown beside the one being read.
  void loadEarlierScans(const SeriesSummary& series);
  void showMarkMenu(int mark, QPoint at);
  std::optional<MarkChoice> chooseWithMenus(const MarkRequest& request);

  WindowContext context_;
  ReadingController* reading_;
  WholeBodyModel model_;
  bonescan::HotspotReading hotspots_;
  WholeBodyView* view_;
  BoneScanPanel* panel_;
  QString seriesUid_;
  MarkChooser chooser_;
  int generation_ = 0;  // a newer series makes older loads of earlier scans stale
};

}  // namespace rc
