#include "BoneScanController.h"

#include "ReadingController.h"
#include "dicom/PlanarViews.h"
#include "dicom/VolumeLoader.h"
#include "session/Session.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <QDir>
#include <QMenu>

namespace rc {

using namespace bonescan;

BoneScanController::BoneScanController(WindowContext context, ReadingController* reading, QObject* parent)
    : QObject(parent), context_(std::move(context)), reading_(reading) {
  view_ = new WholeBodyView(&model_, &hotspots_);
  panel_ = new BoneScanPanel(&model_, &hotspots_);
  chooser_ = [this](const MarkRequest& r) { return chooseWithMenus(r); };
  connect(panel_, &BoneScanPanel::failed, this, &BoneScanController::failed);
  connect(view_, &WholeBodyView::imageClicked, this, [this](int view, QPointF image, QPoint at) {
    if (const Status placed = placeMark(view, image, at); !placed && !placed.cancelled()) emit failed(placed.error());
  });
  connect(view_, &WholeBodyView::markMenuRequested, this, &BoneScanController::showMarkMenu);
  connect(&hotspots_, &HotspotReading::saved, this, [this](int revision) {
    if (context_.showStatus) context_.showStatus(tr("Bone-scan reading saved (revision %1)").arg(revision));
  });
  connect(&hotspots_, &HotspotReading::saveFailed, this, [this](const QString& message, bool conflict) {
    emit failed(conflict ? tr("%1\nThe reading shown is the one you last saved; reopen the case to see the other.").arg(message) : message);
  });
  connect(reading_, &ReadingController::readingOpened, this, [this](const QString& seriesUid) {
    if (seriesUid == seriesUid_) openReading();
  });
}

bool BoneScanController::showSeries(const SeriesSummary& series, const std::shared_ptr<const Volume>& volume) {
  clear();
  if (series.modality != QLatin1String("NM") || !volume) return false;
  const auto info = readPlanarScanInfo(*volume);
  if (!info) {
    emit failed(info.error());
    return false;
  }
  if (!info->planarNm) return false;
  seriesUid_ = series.seriesUid;
  model_.setScan(volume, info->views);
  openReading();
  loadEarlierScans(series);
  return true;
}

void BoneScanController::loadEarlierScans(const SeriesSummary& series) {
  const int generation = ++generation_;
  if (!context_.session || !context_.session->store()) return;
  CaseDatabase db(*context_.session->store());
  const auto all = db.listSeries();
  if (!all) return;
  std::vector<SeriesSummary> earlier;
  for (const SeriesSummary& s : *all)
    if (s.patientCode == series.patientCode && s.modality == QLatin1String("NM") && s.seriesUid != series.seriesUid &&
        !s.studyDate.isEmpty() && s.studyDate < series.studyDate)
      earlier.push_back(s);
  std::sort(earlier.begin(), earlier.end(), [](const SeriesSummary& a, const SeriesSummary& b) { return a.studyDate > b.studyDate; });
  if (earlier.size() > 2) earlier.resize(2);
  struct Loaded {
    QString label;
    std::shared_ptr<const Volume> volume;
    std::vector<PlanarView> views;
  };
  std::vector<std::pair<QString, SeriesFiles>> jobs;
  for (const SeriesSummary& s : earlier)
    if (auto files = db.seriesFiles(s.seriesUid); files && !files->isEmpty()) jobs.emplace_back(s.studyDate, *files);
  if (jobs.empty()) return;
  auto* watcher = new QFutureWatcher<std::vector<Loaded>>(this);
  connect(watcher, &QFutureWatcher<std::vector<Loaded>>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != generation_) return;  // another series is shown by now
    const std::vector<Loaded> loaded = watcher->result();
    for (const Loaded& l : loaded) model_.addEarlierScan(l.volume, l.views, l.label);
    emit earlierScansShown(int(loaded.size()));
  });
  watcher->setFuture(QtConcurrent::run([jobs] {
    std::vector<Loaded> out;
    for (const auto& [date, files] : jobs) {
      LoadOptions options;
      options.fileLabels = files.labels;
      auto volume = loadVolume(files.paths, options);
      if (!volume) continue;  // an earlier scan that does not load is left out, the reading goes on
      auto info = readPlanarScanInfo(*volume->volume);
      if (!info || !info->planarNm) continue;
      const QString label = date.size() == 8 ? QStringLiteral("%1-%2-%3").arg(date.left(4), date.mid(4, 2), date.right(2)) : date;
      out.push_back({label, volume->volume, info->views});
    }
    return out;
  }));
}

void BoneScanController::clear() {
  ++generation_;
  seriesUid_.clear();
  hotspots_.close();
  model_.clear();
}

void BoneScanController::openReading() {
  hotspots_.close();
  ReadingStudy* study = reading_->study();
  if (!study || !reading_->project() || reading_->openSeries() != seriesUid_) return;
  // The reading the worklist opened: the reader's own, or (a reviewer) the chosen reader's.
  const QString reader = reading_->openReader() == kConsensusReader ? QString() : reading_->openReader();
  if (const Status opened = hotspots_.open(study, *reading_->project(), seriesUid_, reader); !opened && context_.showStatus)
    context_.showStatus(tr("No hotspot reading: %1").arg(opened.error()));
}

Status BoneScanController::placeMark(int view, QPointF image, QPoint at) {
  if (!hotspots_.isOpen()) return fail(tr("Open the case from the worklist to read it: hotspots are marked per reader."));
  if (hotspots_.readOnly()) return fail(hotspots_.readOnlyReason());
  if (view < 0 || size_t(view) >= model_.views().size() || model_.views()[size_t(view)].scan != 0) return fail(tr("no view %1 of this scan").arg(view));
  if (image.x() < -0.5 || image.y() < -0.5 || image.x() > model_.width() - 0.5 || image.y() > model_.height() - 0.5)
    return fail(tr("the point is outside the image"));
  const QString side = WholeBodyView::markSide(model_.views()[size_t(view)].side);
  MarkRequest request;
  request.regions = hotspots_.regionChoices();
  request.at = at;
  // A lesion of the other view not yet seen again may be the one this mark shows.
  const auto& marks = hotspots_.marks();
  for (size_t i = 0; i < marks.size(); ++i) {
    const bool linkedAlready = std::any_of(marks.begin(), marks.end(), [&](const HotspotMarkRecord& m) { return m.sameLesionAs == int(i); });
    if (marks[i].view != side && marks[i].sameLesionAs < 0 && !linkedAlready)
      request.sameLesionAs.emplace_back(int(i), tr("Same lesion as %1 (%2, %3)").arg(i + 1).arg(regionLabel(marks[i].region), callLabel(marks[i].call)));
  }
  const auto choice = chooser_(request);
  if (!choice) return Failure{tr("no mark placed"), FailureKind::Cancelled};
  HotspotMarkRecord mark;
  const auto& source = model_.volume()->slices;
  const int slice = model_.views()[size_t(view)].slice;
  if (size_t(slice) < source.size()) {
    mark.sopInstanceUid = source[size_t(slice)].sopInstanceUid;
    mark.frame = source[size_t(slice)].frame + 1;
  }
  mark.view = side;
  mark.x = image.x();
  mark.y = image.y();
  if (choice->sameLesionAs >= 0 && size_t(choice->sameLesionAs) < marks.size()) {
    mark.region = marks[size_t(choice->sameLesionAs)].region;
    mark.call = marks[size_t(choice->sameLesionAs)].call;
    mark.sameLesionAs = choice->sameLesionAs;
  } else {
    mark.region = choice->region;
    mark.call = choice->call;
  }
  return hotspots_.addMark(mark);
}

std::optional<BoneScanController::MarkChoice> BoneScanController::chooseWithMenus(const MarkRequest& request) {
  QMenu regions(view_);
  regions.setTitle(tr("Region"));
  for (int i = 0; i < request.regions.size(); ++i) {
    QAction* a = regions.addAction(regionLabel(request.regions[i]));
    a->setData(request.regions[i]);
    if (i == 0 && request.regions[0] == hotspots_.lastRegion()) {
      QFont bold = a->font();
      bold.setBold(true);
      a->setFont(bold);
      regions.setActiveAction(a);
    }
  }
  if (!request.sameLesionAs.empty()) {
    regions.addSeparator();
    for (const auto& [index, text] : request.sameLesionAs) regions.addAction(text)->setData(-1 - index);
  }
  QAction* picked = regions.exec(request.at);
  if (!picked) return std::nullopt;
  if (picked->data().typeId() == QMetaType::Int) return MarkChoice{QString(), QString(), -1 - picked->data().toInt()};
  QMenu calls(view_);
  for (const QString& call : callIds()) calls.addAction(callLabel(call))->setData(call);
  calls.setActiveAction(calls.actions().value(0));
  QAction* call = calls.exec(request.at);
  if (!call) return std::nullopt;
  return MarkChoice{picked->data().toString(), call->data().toString(), -1};
}

void BoneScanController::showMarkMenu(int mark, QPoint at) {
  if (!hotspots_.isOpen() || hotspots_.readOnly() || mark < 0 || size_t(mark) >= hotspots_.marks().size()) return;
  QMenu menu(view_);
  QMenu* calls = menu.addMenu(tr("Call"));
  for (const QString& call : callIds())
    connect(calls->addAction(callLabel(call)), &QAction::triggered, this, [this, mark, call] {
      if (const Status s = hotspots_.setCall(mark, call); !s) emit failed(s.error());
    });
  QMenu* regions = menu.addMenu(tr("Region"));
  for (const QString& region : regionIds())
    connect(regions->addAction(regionLabel(region)), &QAction::triggered, this, [this, mark, region] {
      if (const Status s = hotspots_.setRegion(mark, region); !s) emit failed(s.error());
    });
  if (hotspots_.marks()[size_t(mark)].sameLesionAs >= 0)
    connect(menu.addAction(tr("Not the same lesion")), &QAction::triggered, this, [this, mark] {
      if (const Status s = hotspots_.linkMark(mark, -1); !s) emit failed(s.error());
    });
  menu.addSeparator();
  connect(menu.addAction(tr("Remove the mark")), &QAction::triggered, this, [this, mark] {
    if (const Status s = hotspots_.removeMark(mark); !s) emit failed(s.error());
  });
  menu.exec(at);
}

Status BoneScanController::saveViews(const QString& directory) const {
  if (!QDir().mkpath(directory)) return fail(tr("%1: cannot create the folder").arg(directory));
  for (int v = 0; v < int(model_.views().size()); ++v) {
    if (model_.views()[size_t(v)].scan != 0) continue;  // the scan being read only
    const PlanarView side = model_.views()[size_t(v)].side;
    const QString name = side == PlanarView::Anterior ? QStringLiteral("anterior") : side == PlanarView::Posterior ? QStringLiteral("posterior")
                                                                                                                 : QStringLiteral("view-%1").arg(v + 1);
    const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!view_->renderView(v).save(path)) return fail(tr("%1: cannot write").arg(path));
  }
  return Status::success();
}

}  // namespace rc
