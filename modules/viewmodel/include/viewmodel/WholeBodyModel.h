#pragma once
// A planar nuclear-medicine scan on screen (a whole-body bone scan): its views side by side at
// the same scale and height, anterior first; inverted grey by default (hot = dark); the window
// as a percentage of the maximum count, or of a chosen percentile of the body's counts, so that
// the bladder or an injection site does not wash the skeleton out; the posterior view mirrored
// on request so that both show the patient's right on the same side. Earlier scans of the
// patient can be shown beside (each windowed on its own counts, the same rule). Qt Core only:
// a widget paints grey() and maps clicks with toImage().

#include "core/PlanarView.h"
#include "core/Volume.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace rc {

class WholeBodyModel : public QObject {
  Q_OBJECT
public:
  enum class WindowBasis { Maximum, Percentile };
  struct View {
    PlanarView side = PlanarView::Unknown;
    int slice = 0;  // of its scan's volume
    QString label;  // ANT, POST, or "1", "2" when the file does not say
    int scan = 0;   // 0: the scan being read; 1...: the earlier scans beside it
  };

  explicit WholeBodyModel(QObject* parent = nullptr) : QObject(parent) {}

  // `sides`: one per slice of the volume. Anterior views come first, then posterior, then
  // the others in slice order.
  void setScan(std::shared_ptr<const Volume> volume, const std::vector<PlanarView>& sides);
  // An earlier scan of the patient, shown after the others ("2025-09-01" as `label`).
  void addEarlierScan(std::shared_ptr<const Volume> volume, const std::vector<PlanarView>& sides, const QString& label);
  void clear();
  bool isEmpty() const { return !volume_; }
  const Volume* volume() const { return volume_.get(); }
  const std::vector<View>& views() const { return views_; }
  int viewOf(PlanarView side) const;  // of the scan being read; -1 when it has no such view

  // ---- window (the lower level is 0 counts)
  WindowBasis basis() const { return basis_; }
  double percentile() const { return percentile_; }
  double percent() const { return percent_; }
  void setWindow(WindowBasis basis, double percent, double percentile = 99.0);
  // The maximum, or the percentile of the counts above 0, of all views of a scan.
  double basisCount(int scan = 0) const;
  double upperCount(int scan = 0) const { return basisCount(scan) * percent_ / 100.0; }
  // As the user sees it: darker makes uptake look darker (inverted: a lower upper level).
  void darker();
  void brighter();
  bool inverted() const { return inverted_; }
  void setInverted(bool inverted);
  bool mirrorPosterior() const { return mirrorPosterior_; }
  void setMirrorPosterior(bool mirror);
  bool mirrored(int view) const;

  // ---- display
  // The view as shown: 8-bit grey, row by row, width() x height(), inverted and mirrored.
  std::vector<std::uint8_t> grey(int view) const;
  int width() const { return volume_ ? volume_->width() : 0; }  // of the scan being read
  int height() const { return volume_ ? volume_->height() : 0; }
  int width(int view) const;
  int height(int view) const;
  // A point of the view as shown (pixel column, row) <-> the same point of the image.
  QPointF toImage(int view, QPointF shown) const;
  QPointF toShown(int view, QPointF image) const { return toImage(view, image); }  // mirroring is its own inverse
  // The percentile p (0-100) of `values`, interpolated linearly between the closest ranks
  // (numpy's default).
  static double percentileOf(std::vector<double> values, double p);

signals:
  void changed();

private:
  struct Scan {
    std::shared_ptr<const Volume> volume;
    QString label;
    mutable double basis = -1;  // cached
  };
  void appendViews(int scan, const std::vector<PlanarView>& sides);
  const Volume* volumeOf(int view) const;

  std::shared_ptr<const Volume> volume_;  // scans_[0]'s
  std::vector<Scan> scans_;
  std::vector<View> views_;
  WindowBasis basis_ = WindowBasis::Percentile;
  double percent_ = 100;
  double percentile_ = 99.0;
  bool inverted_ = true;
  bool mirrorPosterior_ = false;
};

}  // namespace rc
