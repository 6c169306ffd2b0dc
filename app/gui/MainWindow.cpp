#include "MainWindow.h"

#include "AdcController.h"
#include "BoneScanComparisonDialog.h"
#include "BoneScanController.h"
#include "AgreementDialog.h"
#include "ExportController.h"
#include "ImportController.h"
#include "PacsController.h"
#include "ReportsController.h"
#include "ReadingController.h"
#include "WorklistPanel.h"
#include "storage/StoreChanges.h"

#include "AdcWidgets.h"
#include "ClinicalImportDialog.h"
#include "ClinicalRecordDialog.h"
#include "ExportDatasetDialog.h"
#include "FindingsPanel.h"
#include "LabelsPanel.h"
#include "MaskRegionDialog.h"
#include "MeasurementPanel.h"
#include "StudyBrowser.h"
#include "TaskPanel.h"
#include "ToolOptionsPanel.h"
#include "annotate/ClinicalRecordModel.h"
#include "core/LoginName.h"
#include "annotate/Tools.h"
#include "dicom/VolumeLoader.h"
#include "session/MeasurementTool.h"
#include "viewer/SliceImage.h"
#include "viewer/SliceView.h"
#include "viewer/ViewerPanel.h"
#include "viewer/VolumeView.h"
#include "viewer/VtkRenderWidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cstdio>

namespace rc {

namespace {

// A dock's contents scroll where the dock is shorter (or narrower) than they are: on a
// 1366x768 screen nothing is clipped under a tab bar, and the docks never make the window
// taller than the screen.
QWidget* scrollable(QWidget* contents) {
  auto* area = new QScrollArea;
  area->setWidget(contents);
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  return area;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("RadCurator"));
  session_ = new Session(this);
  annotation_ = new AnnotationSession(session_, this);
  tools_ = new ToolModel(this);
  loadKeySettings();
  for (MeasurementKind kind : {MeasurementKind::Ruler, MeasurementKind::Ellipse, MeasurementKind::Rectangle})
    measurementTools_.push_back(std::make_unique<MeasurementTool>(session_, kind, tools_));
  toolSettings_ = new ToolSettings(this);
  annotationTools_.emplace_back(KeyAction::Box, std::make_unique<BoxTool>(annotation_, tools_));
  annotationTools_.emplace_back(KeyAction::AxisRuler, std::make_unique<AxisRulerTool>(annotation_, tools_));
  annotationTools_.emplace_back(KeyAction::Brush, std::make_unique<BrushTool>(annotation_, toolSettings_, BrushTool::Mode::Paint, tools_));
  annotationTools_.emplace_back(KeyAction::Eraser, std::make_unique<BrushTool>(annotation_, toolSettings_, BrushTool::Mode::Erase, tools_));
  annotationTools_.emplace_back(KeyAction::ThresholdBrush,
                                std::make_unique<BrushTool>(annotation_, toolSettings_, BrushTool::Mode::Threshold, tools_));
  annotationTools_.emplace_back(KeyAction::RegionGrow, std::make_unique<RegionGrowTool>(annotation_, toolSettings_));
  clinical_ = new ClinicalRecordModel(this);

  splitter_ = new QSplitter(Qt::Horizontal, this);
  viewer_ = new ViewerPanel(tools_, &keys_, splitter_);
  splitter_->addWidget(viewer_);
  viewer_->setOtherKeyAction([this](KeyAction a) { return handleKeyAction(a); });
  for (ViewerPanel*& panel : besides_) {
    panel = new ViewerPanel(tools_, &keys_, splitter_);
    panel->hide();
    splitter_->addWidget(panel);
    panel->setOtherKeyAction([this](KeyAction a) { return handleKeyAction(a); });
  }
  setCentralWidget(splitter_);

  browser_ = new StudyBrowser(this);
  auto* dock = new QDockWidget(tr("Studies"), this);
  dock->setObjectName(QStringLiteral("studies"));
  dock->setWidget(browser_);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  dock->setMinimumWidth(220);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  connect(browser_, &StudyBrowser::seriesActivated, this, [this](const SeriesSummary& s) {
    // Outside the worklist: the store's own labels.
    if (reading_) reading_->leaveReading();
    openSeries(s);
  });
  connect(browser_, &QWidget::customContextMenuRequested, this, &MainWindow::showBrowserMenu);

  // The default passphrase prompt; tests replace it.
  session_->setPassphraseProvider([this](bool creating) -> std::optional<QString> {
    bool ok = false;
    const QString first = QInputDialog::getText(
        this, tr("Correspondence table"),
        creating ? tr("Choose a passphrase for the new correspondence table (at least 8 characters).\n"
                      "Without it nobody can find out who a patient code stands for; keep it safe.")
                 : tr("Passphrase of the correspondence table:"),
        QLineEdit::Password, QString(), &ok);
    if (!ok) return std::nullopt;
    if (creating) {
      const QString again = QInputDialog::getText(this, tr("Correspondence table"), tr("Repeat the passphrase:"),
                                                  QLineEdit::Password, QString(), &ok);
      if (!ok) return std::nullopt;
      if (again != first) {
        showError(tr("Correspondence table"), tr("The passphrases differ."));
        return std::nullopt;
      }
    }
    return first;
  });

  // The open series and what is drawn over it follow the session.
  connect(annotation_, &AnnotationSession::labelsChanged, this, [this] { viewer_->viewer()->setLabels(annotation_->labels()); });
  connect(annotation_, &AnnotationSession::masksChanged, viewer_->viewer(), &ViewerModel::notifyMasksChanged);
  connect(session_, &Session::measurementsChanged, this, [this] { viewer_->viewer()->setMeasurements(session_->measurements()); });
  connect(session_, &Session::seriesClosed, this, [this] {
    viewer_->viewer()->clear();
    if (boneScan_) boneScan_->clear();
  });
  connect(session_->history(), &EditHistory::changed, this, &MainWindow::updateEditActions);
  connect(annotation_, &AnnotationSession::saveFailed, this, &MainWindow::onSaveFailed);
  connect(annotation_, &AnnotationSession::saved, this,
          [this](qint64 revision) { statusBar()->showMessage(tr("Labels saved (revision %1)").arg(revision), 3000); });
  connect(annotation_, &AnnotationSession::operationFinished, this, [this](const QString& text, const QString& error) {
    statusBar()->showMessage(error.isEmpty() ? text : tr("%1: %2").arg(text, error));
  });
  // A tool that refused (a locked segment, a click outside the range) says why.
  connect(tools_, &ToolModel::feedbackUpdated, this, [this] {
    if (ViewTool* tool = tools_->active(); tool && !tool->lastError().isEmpty()) statusBar()->showMessage(tool->lastError(), 5000);
  });

  tasks_ = new TaskPanel(this);
  statusBar()->addPermanentWidget(tasks_);
  createDocks();
  createJobs();
  createActions();
  updateEditActions();
  statusBar()->showMessage(tr("Ready"));
  fitToScreen();
}

void MainWindow::fitToScreen() {
  // Within the screen's free area (taskbars and panels excluded), with room for the window
  // manager's frame: up to 1600x1000, less on a 1366x768 laptop screen.
  const QScreen* shown = screen() ? screen() : QGuiApplication::primaryScreen();
  if (!shown) return;
  const QRect area = shown->availableGeometry();
  const QSize size(std::min(1600, area.width() * 96 / 100), std::min(1000, area.height() * 92 / 100));
  resize(size.expandedTo(minimumSizeHint()).boundedTo(area.size()));
  move(area.center() - QPoint(width() / 2, height() / 2));
}

MainWindow::~MainWindow() {
  tools_->setActive(nullptr);
  // The annotation session saves and ends its edit lease through the Session, which (created
  // first) Qt would otherwise delete first.
  delete annotation_;
  annotation_ = nullptr;
}

void MainWindow::loadKeySettings() {
  // [keys] id = "Ctrl+B, B" in the settings file rebinds an action.
  QSettings settings;
  settings.beginGroup(QStringLiteral("keys"));
  for (const QString& id : settings.childKeys()) {
    std::vector<QKeyCombination> keys;
    const QKeySequence sequence = QKeySequence::fromString(settings.value(id).toString(), QKeySequence::PortableText);
    for (int n = 0; n < sequence.count(); ++n) keys.push_back(sequence[n]);
    if (!keys.empty()) keys_.rebind(id, keys);
  }
}

MeasurementTool* MainWindow::measurementTool(int kind) const {
  return kind >= 0 && kind < int(measurementTools_.size()) ? measurementTools_[size_t(kind)].get() : nullptr;
}

SliceView* MainWindow::sliceView() const { return viewer_->activeSliceView(); }

void MainWindow::createDocks() {
  measurements_ = new MeasurementPanel(session_, viewer_, this);
  connect(measurements_, &MeasurementPanel::failed, this, [this](const QString& m) { showError(tr("Measurements"), m); });
  auto* dock = new QDockWidget(tr("Measurements"), this);
  dock->setObjectName(QStringLiteral("measurements"));
  dock->setWidget(scrollable(measurements_));
  addDockWidget(Qt::RightDockWidgetArea, dock);
  labels_ = new LabelsPanel(viewer_->viewer(), annotation_, this);
  connect(labels_, &LabelsPanel::failed, this, [this](const QString& m) { showError(tr("Segments"), m); });
  auto* labelsDock = new QDockWidget(tr("Segments"), this);
  labelsDock->setObjectName(QStringLiteral("labels"));
  labelsDock->setWidget(scrollable(labels_));
  addDockWidget(Qt::RightDockWidgetArea, labelsDock);
  findings_ = new FindingsPanel(annotation_, this);
  connect(findings_, &FindingsPanel::failed, this, [this](const QString& m) { showError(tr("Findings"), m); });
  auto* findingsDock = new QDockWidget(tr("Findings"), this);
  findingsDock->setObjectName(QStringLiteral("findings"));
  findingsDock->setWidget(scrollable(findings_));
  addDockWidget(Qt::RightDockWidgetArea, findingsDock);
  toolOptions_ = new ToolOptionsPanel(annotation_, toolSettings_, [this] {
    const SliceView* view = sliceView();
    return view && session_->volume() ? planeAxes(*session_->volume(), view->model()->plane()).normal : 2;
  }, this);
  connect(toolOptions_, &ToolOptionsPanel::failed, this, [this](const QString& m) { showError(tr("Tool"), m); });
  auto* optionsDock = new QDockWidget(tr("Tool settings"), this);
  optionsDock->setObjectName(QStringLiteral("toolSettings"));
  optionsDock->setWidget(scrollable(toolOptions_));
  addDockWidget(Qt::RightDockWidgetArea, optionsDock);
  tabifyDockWidget(dock, optionsDock);
  adc_ = new AdcPanel(session_, annotation_, this);
  adcDock_ = new QDockWidget(tr("ADC"), this);
  adcDock_->setObjectName(QStringLiteral("adc"));
  adcDock_->setWidget(scrollable(adc_));
  addDockWidget(Qt::RightDockWidgetArea, adcDock_);
  tabifyDockWidget(labelsDock, findingsDock);
  tabifyDockWidget(labelsDock, adcDock_);
  labelsDock->raise();
  // On an ADC map the ADC panel is what the physician reads while erasing.
  connect(session_, &Session::seriesOpened, this, [this] {
    if (adc_->showsAdcMap()) adcDock_->raise();
  });
  // Reading studies: the worklist beside the studies (left), its actions under Reading.
  reading_ = new ReadingController(this, annotation_, this);
  reading_->setPasswordProvider([this](const QString& login) -> std::optional<QString> {
    if (!interactive_) return std::nullopt;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Sign in"), tr("Password of %1").arg(login.isEmpty() ? loginName() : login),
                                                   QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
  });
  connect(reading_, &ReadingController::failed, this, [this](const QString& m) { showError(tr("Reading"), m); });
  connect(reading_, &ReadingController::readingOpened, this, [this](const QString&, const QString& reader, bool readOnly, const QString& why) {
    statusBar()->showMessage(reader.isEmpty() ? tr("The store's own labels: nobody reads this case yet")
                             : readOnly       ? tr("%1's labels, read-only: %2").arg(reader, why)
                             : why.isEmpty()  ? tr("%1's labels").arg(reader)
                                              : tr("%1's labels — %2").arg(reader, why));
  });
  worklist_ = new WorklistPanel(reading_, this);
  connect(worklist_, &WorklistPanel::failed, this, [this](const QString& m) { showError(tr("Reading"), m); });
  connect(worklist_, &WorklistPanel::agreementRequested, this, &MainWindow::showAgreement);
  connect(worklist_, &WorklistPanel::auditRequested, this, &MainWindow::showAuditLog);
  worklistDock_ = new QDockWidget(tr("Worklist"), this);
  worklistDock_->setObjectName(QStringLiteral("worklist"));
  worklistDock_->setWidget(scrollable(worklist_));
  addDockWidget(Qt::LeftDockWidgetArea, worklistDock_);
  if (auto* studies = findChild<QDockWidget*>(QStringLiteral("studies"))) {
    tabifyDockWidget(studies, worklistDock_);
    studies->raise();
  }
  // The images keep most of the width (resized once the window has its size).
  QTimer::singleShot(0, this, [this, labelsDock] {
    if (auto* studies = findChild<QDockWidget*>(QStringLiteral("studies")))
      resizeDocks({studies, labelsDock}, {std::max(300, width() / 5), 340}, Qt::Horizontal);
  });
}

// Import, export and ADC work each have a controller of their own; the window only shows
// what they report.
void MainWindow::createJobs() {
  const WindowContext context{session_, tasks_, this, [this](const QString& title, const QString& message) { showError(title, message); },
                              [this](const QString& message) { statusBar()->showMessage(message); }, [this] { return interactive_; }};
  import_ = new ImportController(context, this);
  connect(import_, &ImportController::finished, this, [this](const ImportReport& report) {
    refreshBrowser();
    emit importFinished(report);
  });
  export_ = new ExportController(context, this);
  connect(export_, &ExportController::finished, this, &MainWindow::datasetExported);
  // A reviewer or data manager of the store's reading study confirms reports; on a store
  // without people, whoever works at this desk.
  reports_ = new ReportsController(context, [this]() -> std::pair<QString, bool> {
    if (const ReadingStudy* study = reading_->study())
      return {study->actor().login, study->actorHas(QStringLiteral("reviewer")) || study->actorHas(QStringLiteral("data-manager"))};
    return {loginName(), true};
  }, this);
  pacs_ = new PacsController(context, this);
  connect(pacs_, &PacsController::retrieved, this, [this](const pacs::RetrieveReport&) { refreshBrowser(); });
  adcWork_ = new AdcController(context, annotation_, this);
  connect(adcWork_, &AdcController::computed, this, [this](bool ok, const QString& message, const QString& adcSeries) {
    if (ok) {
      refreshBrowser();
      openSeriesByUid(adcSeries);
    }
    emit adcComputed(ok, message);
  });
  // A planar NM scan (a whole-body bone scan) opens in the whole-body view beside which the
  // Bone scan dock holds its window and the reader's hotspot reading.
  boneScan_ = new BoneScanController(context, reading_, this);
  connect(boneScan_, &BoneScanController::failed, this, [this](const QString& m) { showError(tr("Bone scan"), m); });
  boneScan_->view()->hide();
  splitter_->insertWidget(1, boneScan_->view());
  boneScanDock_ = new QDockWidget(tr("Bone scan"), this);
  boneScanDock_->setObjectName(QStringLiteral("boneScan"));
  boneScanDock_->setWidget(scrollable(boneScan_->panel()));
  addDockWidget(Qt::RightDockWidgetArea, boneScanDock_);
  if (auto* options = findChild<QDockWidget*>(QStringLiteral("toolSettings"))) tabifyDockWidget(options, boneScanDock_);
  boneScanDock_->hide();
  connect(adcWork_, &AdcController::candidateMade, this, [this](bool ok, const QString& message) {
    if (ok) adcDock_->raise();  // the physician erases what is not tumour with the ADC figures in view
    emit adcCandidateMade(ok, message);
  });
}

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* importAction = file->addAction(tr("&Import folder…"), this, [this] { import_->chooseFolder(); });
  importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  file->addAction(tr("&Open case store…"), this, &MainWindow::chooseStore);
  QAction* save = file->addAction(tr("&Save labels now"), this, [this] { handleKeyAction(KeyAction::Save); });
  save->setToolTip(tr("Labels are saved by themselves within two seconds of an edit"));
  file->addAction(tr("&Clinical record of the patient…"), this, &MainWindow::editClinicalRecord);
  file->addAction(tr("Import clinical &data…"), this, [this] {
    if (!session_->hasStore()) {
      showError(tr("No case store"), tr("Open a case store first."));
      return;
    }
    ClinicalImportDialog dialog(*session_->store(), [this]() -> const CorrespondenceTable* {
      const auto deid = session_->unlock();
      if (!deid) {
        if (!deid.cancelled()) showError(tr("Correspondence table"), deid.error());
        return nullptr;
      }
      return deid.value()->table.get();
    }, this);
    dialog.exec();
  });
  file->addAction(tr("&PACS and DICOM nodes…"), this, [this] { pacs_->openDialog(); });
  file->addAction(tr("Import &reports…"), this, [this] { reports_->chooseReportFiles(); });
  file->addAction(tr("Reports of the s&tudy…"), this, [this] { reports_->showReports(); });
  file->addAction(tr("Radiation &dose of the study…"), this, [this] { reports_->showDose(); });
  QAction* exportAction = file->addAction(tr("&Export dataset…"), this, [this] { export_->choose(); });
  connect(tasks_, &TaskPanel::busyChanged, exportAction, [exportAction](bool busy) { exportAction->setEnabled(!busy); });
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  connect(tasks_, &TaskPanel::busyChanged, importAction, [importAction](bool busy) { importAction->setEnabled(!busy); });

  // Edit: undo and redo take their keys from the key table.
  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  auto keysOf = [this](KeyAction action) {
    QList<QKeySequence> sequences;
    for (const KeyBinding& b : keys_.bindings())
      if (b.action == action) sequences << QKeySequence(b.key);
    return sequences;
  };
  undoAction_ = edit->addAction(tr("&Undo"), this, [this] { handleKeyAction(KeyAction::Undo); });
  undoAction_->setShortcuts(keysOf(KeyAction::Undo));
  redoAction_ = edit->addAction(tr("&Redo"), this, [this] { handleKeyAction(KeyAction::Redo); });
  redoAction_->setShortcuts(keysOf(KeyAction::Redo));

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QToolBar* bar = addToolBar(tr("View"));
  bar->setObjectName(QStringLiteral("viewToolbar"));
  layoutActions_ = new QActionGroup(this);
  for (ViewLayout layout : {ViewLayout::Single, ViewLayout::Row, ViewLayout::Grid}) {
    QAction* a = view->addAction(tr("Layout %1").arg(layoutName(layout)), this,
                                 [this, layout] { viewer_->layoutModel()->setLayout(layout); });
    a->setCheckable(true);
    a->setChecked(layout == viewer_->layoutModel()->layout());
    a->setData(int(layout));
    layoutActions_->addAction(a);
    bar->addAction(a);
  }
  connect(viewer_->layoutModel(), &LayoutModel::layoutChanged, this, [this] {
    for (QAction* a : layoutActions_->actions()) a->setChecked(a->data().toInt() == int(viewer_->layoutModel()->layout()));
  });
  QAction* cycle = view->addAction(tr("Next layout"), this, [this] { viewer_->layoutModel()->cycle(); });
  cycle->setToolTip(tr("Key: L"));
  view->addSeparator();
  bar->addSeparator();

  const QString presetNames[3] = {tr("Lung window"), tr("Mediastinum window"), tr("Bone window")};
  for (int i = 0; i < 3; ++i) view->addAction(presetNames[i], this, [this, i] { viewer_->viewer()->applyPreset(i); });
  view->addAction(tr("Window from file"), this, [this] { sliceView()->model()->setWindow(viewer_->viewer()->defaultWindow()); });
  view->addAction(tr("Invert grey levels"), this, [this] { viewer_->viewer()->setInverted(!viewer_->viewer()->inverted()); });
  view->addAction(tr("Fit to the view"), this, [this] { sliceView()->model()->fit(); });
  view->addAction(tr("Reset zoom, pan and window"), this, [this] { sliceView()->model()->resetView(); });
  view->addSeparator();

  QAction* linkWindow = view->addAction(tr("Link window/level across planes"));
  linkWindow->setCheckable(true);
  linkWindow->setChecked(viewer_->viewer()->linkWindow());
  connect(linkWindow, &QAction::toggled, viewer_->viewer(), &ViewerModel::setLinkWindow);
  QAction* linkZoom = view->addAction(tr("Link zoom and pan across planes"));
  linkZoom->setCheckable(true);
  linkZoom->setChecked(viewer_->viewer()->linkZoomPan());
  connect(linkZoom, &QAction::toggled, viewer_->viewer(), &ViewerModel::setLinkZoomPan);
  bar->addAction(linkWindow);
  bar->addAction(linkZoom);
  QAction* overlay = view->addAction(tr("Show labels"));
  overlay->setCheckable(true);
  overlay->setChecked(true);
  connect(overlay, &QAction::toggled, viewer_->viewer(), &ViewerModel::setOverlayVisible);
  connect(viewer_->viewer(), &ViewerModel::overlayChanged, overlay,
          [this, overlay] { overlay->setChecked(viewer_->viewer()->overlayVisible()); });
  bar->addAction(overlay);

  // The 3D view's presets.
  auto* presets = new QComboBox(bar);
  presets->addItems({tr("3D: lung"), tr("3D: bone"), tr("3D: soft tissue")});
  presets->setCurrentIndex(2);
  connect(presets, &QComboBox::currentIndexChanged, this,
          [this](int index) { viewer_->volumeView()->setPreset(VolumeView::Preset(index)); });
  bar->addWidget(presets);
  view->addSeparator();
  view->addAction(tr("Open a series beside…"), this, &MainWindow::chooseBeside);
  linkBesideAction_ = view->addAction(tr("Link the series beside by position"));
  linkBesideAction_->setCheckable(true);
  linkBesideAction_->setChecked(true);
  view->addAction(tr("Close the series beside"), this, &MainWindow::closeBeside);

  // Tools.
  QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
  addToolBarBreak();  // all tools in sight: a row of their own
  QToolBar* toolBar = addToolBar(tr("Tools"));
  toolBar->setObjectName(QStringLiteral("toolsToolbar"));
  toolActions_ = new QActionGroup(this);
  struct ToolEntry {
    KeyAction action;
    QString name;
  };
  const std::vector<ToolEntry> entries = {
      {KeyAction::Navigate, tr("Navigate (cross-hair)")},
      {KeyAction::Ruler, tr("Ruler")},
      {KeyAction::EllipseRoi, tr("Ellipse ROI")},
      {KeyAction::RectangleRoi, tr("Rectangle ROI")},
      {KeyAction::Box, tr("Box of a finding")},
      {KeyAction::AxisRuler, tr("Long and short axis")},
      {KeyAction::Brush, tr("Brush")},
      {KeyAction::Eraser, tr("Eraser")},
      {KeyAction::ThresholdBrush, tr("Threshold brush")},
      {KeyAction::RegionGrow, tr("Region growing")},
  };
  for (const ToolEntry& e : entries) {
    if (e.action == KeyAction::Box) {
      toolsMenu->addSeparator();
      toolBar->addSeparator();
    }
    QAction* a = toolsMenu->addAction(e.name, this, [this, action = e.action] { handleKeyAction(action); });
    a->setCheckable(true);
    a->setChecked(e.action == KeyAction::Navigate);
    a->setData(int(e.action));
    const QList<QKeySequence> keys = keysOf(e.action);
    if (!keys.isEmpty()) a->setToolTip(tr("%1 (key: %2)").arg(e.name, keys.front().toString(QKeySequence::NativeText)));
    toolActions_->addAction(a);
    toolBar->addAction(a);
  }
  toolsMenu->addSeparator();
  toolsMenu->addAction(tr("New segment"), this, [this] { handleKeyAction(KeyAction::NewSegment); });
  toolsMenu->addAction(tr("Previous segment"), this, [this] { handleKeyAction(KeyAction::PreviousSegment); });
  toolsMenu->addAction(tr("Next segment"), this, [this] { handleKeyAction(KeyAction::NextSegment); });
  connect(tools_, &ToolModel::activeChanged, this, [this] {
    for (QAction* a : toolActions_->actions()) a->setChecked(toolFor(KeyAction(a->data().toInt())) == tools_->active());
  });

  // Diffusion: the tumour-specific ADC workflow.
  QMenu* diffusion = menuBar()->addMenu(tr("&Diffusion"));
  diffusion->addAction(tr("Compute ADC map…"), this, [this] {
    if (!session_->hasSeries() || !session_->volume() || session_->volume()->modality != QLatin1String("MR")) {
      showError(tr("Compute ADC map"), tr("Open a diffusion-weighted MR series first."));
      return;
    }
    ComputeAdcDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) computeAdcMap(dialog.options());
  });
  diffusion->addAction(tr("ADC candidate mask…"), this, [this] {
    if (!adc_->showsAdcMap()) {
      showError(tr("ADC candidate mask"), tr("Open an ADC map first (Diffusion > Compute ADC map, or the scanner's ADC series)."));
      return;
    }
    AdcThresholdDialog dialog(session_->volume(), this);
    if (dialog.exec() == QDialog::Accepted) makeAdcCandidate(dialog.request());
  });
  diffusion->addAction(tr("ADC statistics"), this, [this] { adcDock_->raise(); });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Mouse and keyboard"), this, &MainWindow::showShortcuts);
  help->addAction(tr("&About RadCurator"), this, &MainWindow::showAbout);
  auto* readingMenu = new QMenu(tr("&Reading"), this);
  menuBar()->insertMenu(help->menuAction(), readingMenu);
  for (const auto& [action, text] : {std::pair{KeyAction::NextCase, tr("&Next case")}, std::pair{KeyAction::PreviousCase, tr("&Previous case")}}) {
    QAction* a = readingMenu->addAction(text, this, [this, action = action] { handleKeyAction(action); });
    for (const KeyBinding& b : keys_.bindings())
      if (b.action == action) a->setShortcut(QKeySequence(b.key));
  }
  readingMenu->addAction(tr("&Submit the open reading"), this, [this] {
    if (const Status s = reading_->submitOpen(); !s) showError(tr("Reading"), s.error());
  });
  readingMenu->addSeparator();
  readingMenu->addAction(tr("&Agreement…"), this, &MainWindow::showAgreement);
  readingMenu->addAction(tr("&Bone-scan comparison…"), this, &MainWindow::showBoneScanComparison);
  readingMenu->addAction(tr("Audit &log…"), this, &MainWindow::showAuditLog);
}

void MainWindow::setTool(ViewTool* tool) { tools_->setActive(tool); }

ViewTool* MainWindow::toolFor(KeyAction action) const {
  switch (action) {
    case KeyAction::Ruler: return measurementTool(int(MeasurementKind::Ruler));
    case KeyAction::EllipseRoi: return measurementTool(int(MeasurementKind::Ellipse));
    case KeyAction::RectangleRoi: return measurementTool(int(MeasurementKind::Rectangle));
    default: break;
  }
  for (const auto& [a, tool] : annotationTools_)
    if (a == action) return tool.get();
  return nullptr;
}

bool MainWindow::handleKeyAction(KeyAction action) {
  switch (action) {
    case KeyAction::Navigate: setTool(nullptr); return true;
    case KeyAction::Ruler:
    case KeyAction::EllipseRoi:
    case KeyAction::RectangleRoi:
    case KeyAction::Box:
    case KeyAction::AxisRuler:
    case KeyAction::Brush:
    case KeyAction::Eraser:
    case KeyAction::ThresholdBrush:
    case KeyAction::RegionGrow: setTool(toolFor(action)); return true;
    case KeyAction::BrushSmaller: toolSettings_->scaleBrush(-1); tools_->feedbackChanged(); return true;
    case KeyAction::BrushLarger: toolSettings_->scaleBrush(1); tools_->feedbackChanged(); return true;
    case KeyAction::PreviousSegment: annotation_->stepActiveSegment(-1); return true;
    case KeyAction::NextSegment: annotation_->stepActiveSegment(1); return true;
    case KeyAction::NewSegment: {
      const auto added = annotation_->addSegment();
      if (!added) showError(tr("Segments"), added.error());
      return true;
    }
    case KeyAction::Save: {
      const Status s = annotation_->saveNow();
      if (!s) onSaveFailed(s.error(), s.failureKind() == FailureKind::Conflict);
      else statusBar()->showMessage(tr("Labels saved (revision %1)").arg(annotation_->revision()), 3000);
      return true;
    }
    case KeyAction::NextCase:
    case KeyAction::PreviousCase:
      if (!reading_->step(action == KeyAction::NextCase ? 1 : -1)) statusBar()->showMessage(tr("No further case in the worklist"), 3000);
      return true;
    case KeyAction::Undo: {
      const Status s = session_->history()->undo();
      if (!s) showError(tr("Undo"), s.error());
      return true;
    }
    case KeyAction::Redo: {
      const Status s = session_->history()->redo();
      if (!s) showError(tr("Redo"), s.error());
      return true;
    }
    default: return false;
  }
}

// Another window (or an import) saved the labels meanwhile: nothing was overwritten; the
// reader decides which copy stays.
void MainWindow::onSaveFailed(const QString& message, bool conflict) {
  if (!conflict || !interactive_) {
    showError(tr("Labels not saved"), message);
    return;
  }
  if (conflictOpen_) return;
  conflictOpen_ = true;
  QMessageBox box(QMessageBox::Warning, tr("Labels changed elsewhere"), message, QMessageBox::NoButton, this);
  QPushButton* reload = box.addButton(tr("Load theirs (drop my unsaved edits)"), QMessageBox::DestructiveRole);
  QPushButton* keep = box.addButton(tr("Keep mine (save over theirs)"), QMessageBox::AcceptRole);
  box.addButton(tr("Decide later"), QMessageBox::RejectRole);
  box.exec();
  conflictOpen_ = false;
  Status s;
  if (box.clickedButton() == reload) s = annotation_->reloadFromStore();
  else if (box.clickedButton() == keep) s = annotation_->saveOverwriting();
  if (!s) showError(tr("Labels not saved"), s.error());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (annotation_ && annotation_->hasUnsavedChanges()) {
    const Status s = annotation_->saveNow();
    // Edits that wait in the workstation's journal are not lost by closing: the next opening
    // of the series brings them back.
    if (!s && interactive_ && !annotation_->isJournalled()) {
      const auto answer = QMessageBox::warning(this, tr("Labels not saved"),
                                               tr("%1\n\nClose anyway and lose the unsaved edits?").arg(s.error()),
                                               QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
      if (answer != QMessageBox::Close) {
        event->ignore();
        return;
      }
    }
  }
  QMainWindow::closeEvent(event);
}

// Edit sessions a crashed RadCurator left open: the reader is told what was saved when.
void MainWindow::reportAbandonedSessions() {
  const auto abandoned = annotation_->takeAbandonedSessions();
  if (!abandoned) {
    statusBar()->showMessage(abandoned.error());
    return;
  }
  if (abandoned->empty()) return;
  QStringList lines;
  for (const EditSessionRecord& r : abandoned.value())
    lines << (r.savedAt.isEmpty() ? tr("series %1 (%2, started %3): nothing had been edited").arg(r.seriesInstanceUid, r.user, r.startedAt)
                                  : tr("series %1 (%2, started %3): edits saved up to %4 are kept")
                                        .arg(r.seriesInstanceUid, r.user, r.startedAt, r.savedAt));
  const QString message = tr("RadCurator was not closed properly while labels were being edited:\n%1").arg(lines.join(QLatin1Char('\n')));
  statusBar()->showMessage(lines.front());
  if (interactive_) {
    QMessageBox box(QMessageBox::Information, tr("Edits restored"), message, QMessageBox::Ok, this);
    QPushButton* open = box.addButton(tr("Open the series"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == open) openSeriesByUid(abandoned->front().seriesInstanceUid);
  } else {
    QTextStream(stderr) << message << "\n";
  }
}

void MainWindow::exportDataset(const QString& outputPath, DatasetExportOptions options) {
  export_->exportDataset(outputPath, std::move(options));
}

void MainWindow::computeAdcMap(const AdcOptions& options) { adcWork_->computeAdcMap(options); }

void MainWindow::makeAdcCandidate(const AdcThresholdRequest& request) { adcWork_->makeCandidate(request); }

void MainWindow::showAgreement() {
  if (!reading_->project()) {
    showError(tr("Agreement"), tr("Open a store with a reading study first."));
    return;
  }
  const QString project = reading_->project()->name;
  tasks_->run<Result<StudyAgreementReport>>(
      tr("Agreement of %1…").arg(project), reading_->agreementJob(),
      [this, project](Result<StudyAgreementReport> report) {
        if (!report) {
          if (!report.cancelled()) showError(tr("Agreement"), report.error());
          return;
        }
        auto* dialog = new AgreementDialog(project, std::move(*report), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
      });
}

void MainWindow::showBoneScanComparison() {
  ReadingStudy* study = reading_->study();
  if (!study || !reading_->project()) {
    showError(tr("Bone-scan comparison"), tr("Open a store with a reading study first."));
    return;
  }
  // A hundred cases take a millisecond: no job needed.
  const auto cases = bonescan::comparisonCases(*study, *reading_->project());
  if (!cases) {
    showError(tr("Bone-scan comparison"), cases.error());
    return;
  }
  auto* dialog = new BoneScanComparisonDialog(reading_->project()->name, bonescan::compareBoneScans(*cases), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

void MainWindow::showAuditLog() {
  auto* dialog = new AuditLogDialog([this](const AuditFilter& f) { return reading_->auditLog(f); }, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  if (const Status loaded = dialog->reload(); !loaded) {
    delete dialog;
    showError(tr("Audit log"), loaded.error());
    return;
  }
  dialog->show();
}

void MainWindow::editClinicalRecord() {
  if (!session_->hasStore() || !session_->hasSeries()) {
    showError(tr("Clinical record"), tr("Open a series of the patient first."));
    return;
  }
  // A case opened from a reading study's worklist is recorded in the project's template.
  QString id = QSettings().value(QStringLiteral("clinical/template"), QStringLiteral("chest")).toString();
  if (!reading_->openSeries().isEmpty() && reading_->project() && !reading_->project()->clinicalTemplate.isEmpty())
    id = reading_->project()->clinicalTemplate;
  auto clinicalTemplate = id.endsWith(QLatin1String(".json")) ? ClinicalTemplate::load(id) : ClinicalTemplate::builtIn(id);
  if (!clinicalTemplate) {
    showError(tr("Clinical record"), clinicalTemplate.error());
    return;
  }
  const Status opened = clinical_->open(*session_->store(), session_->series().patientCode, std::move(clinicalTemplate).value());
  if (!opened) {
    showError(tr("Clinical record"), opened.error());
    return;
  }
  ClinicalRecordDialog dialog(clinical_, this);
  dialog.exec();
}

void MainWindow::updateEditActions() {
  EditHistory* h = session_->history();
  undoAction_->setEnabled(h->canUndo());
  redoAction_->setEnabled(h->canRedo());
  undoAction_->setText(h->canUndo() ? tr("&Undo %1").arg(h->undoText()) : tr("&Undo"));
  redoAction_->setText(h->canRedo() ? tr("&Redo %1").arg(h->redoText()) : tr("&Redo"));
}

bool MainWindow::openStore(const QString& directory, const QString& databaseUrl) {
  const Status opened = session_->openStore(directory, databaseUrl);
  if (!opened) {
    showError(tr("Cannot open case store"), opened.error());
    return false;
  }
  viewer_->viewer()->clear();
  closeBeside();
  const CaseStore& store = *session_->store();
  setWindowTitle(store.isShared() ? tr("RadCurator — %1 (team database %2)").arg(store.directory(), store.databasePath())
                                  : tr("RadCurator — %1").arg(store.directory()));
  refreshBrowser();
  if (const Status terms = annotation_->useStoreVocabulary(); !terms) showError(tr("Vocabulary"), terms.error());
  reportAbandonedSessions();
  reportRemovedScratch();
  if (const Status acting = reading_->storeOpened(actor_); !acting) statusBar()->showMessage(tr("Reading studies: %1").arg(acting.error()));
  // A store that runs a reading study opens on its worklist.
  if (reading_->project()) worklistDock_->raise();
  followStoreChanges();
  return true;
}

void MainWindow::followStoreChanges() {
  delete storeChanges_;
  storeChanges_ = nullptr;
  if (!session_->store()->isShared()) return;
  // Team mode: new cases and submitted readings of the other workstations appear without a restart.
  storeChanges_ = new StoreChanges(*session_->store(), this);
  connect(storeChanges_, &StoreChanges::changed, this, [this] {
    refreshBrowser();
    (void)reading_->refresh();
  });
  connect(storeChanges_, &StoreChanges::listeningChanged, this, [this](bool listening) {
    statusBar()->showMessage(listening ? tr("The team database is reachable again.")
                                       : tr("The team database cannot be reached: %1. Edits are kept on this workstation "
                                            "and saved when it is back.")
                                             .arg(storeChanges_->problem()));
  });
  if (!storeChanges_->isListening())
    statusBar()->showMessage(tr("The team database cannot be reached: %1").arg(storeChanges_->problem()));
}

void MainWindow::reportRemovedScratch() {
  const std::vector<AbandonedScratch> removed = session_->takeRemovedScratch();
  if (removed.empty()) return;
  int files = 0;
  for (const AbandonedScratch& a : removed) files += a.files;
  const QString message = tr("Removed what an interrupted import or export left in the store's scratch folder: "
                             "%n folder(s), %1 file(s)", nullptr, int(removed.size()))
                              .arg(files);
  statusBar()->showMessage(message);
  QTextStream(stderr) << message << "\n";
}

void MainWindow::refreshBrowser() {
  if (!session_->hasStore()) return;
  CaseDatabase db(*session_->store());
  const auto series = db.listSeries();
  if (!series) {
    showError(tr("Cannot read case store"), series.error());
    return;
  }
  browser_->setSeries(series.value());
  statusBar()->showMessage(tr("%n series in the store", nullptr, int(series->size())));
}

void MainWindow::chooseStore() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open or create a case store"));
  if (!folder.isEmpty()) openStore(folder);
}

bool MainWindow::unlockCorrespondence() {
  const auto unlocked = session_->unlock();
  if (!unlocked && !unlocked.cancelled()) showError(tr("Correspondence table"), unlocked.error());
  return unlocked.ok();
}

void MainWindow::importPaths(const QStringList& paths) { import_->importPaths(paths); }

void MainWindow::loadSeries(const SeriesSummary& series, bool beside) {
  auto report = [this, beside](bool ok, const QString& message) {
    if (beside) emit besideOpened(ok, message);
    else emit seriesOpened(ok, message);
  };
  if (!session_->hasStore() || tasks_->isBusy()) {
    report(false, tr("busy"));
    return;
  }
  CaseDatabase db(*session_->store());
  const auto files = db.seriesFiles(series.seriesUid);
  if (!files || files->isEmpty()) {
    const QString message = files ? tr("The series has no files.") : files.error();
    showError(tr("Cannot open series"), message);
    report(false, message);
    return;
  }
  if (!beside) browser_->selectSeries(series.seriesUid);
  LoadOptions options;
  options.fileLabels = files->labels;
  const QStringList paths = files->paths;
  tasks_->run<Result<LoadedVolume>>(
      tr("Loading %1…").arg(seriesLabel(series)),
      [paths, options](Progress& progress) { return loadVolume(paths, options, progress); },
      [this, series, beside, report, slot = beside ? freeBesidePanel() : 0](Result<LoadedVolume> loaded) {
        if (!loaded) {
          // The user asked for a cancel: no error to report.
          if (loaded.cancelled()) statusBar()->showMessage(tr("Loading cancelled"));
          else showError(tr("Cannot open series"), loaded.error());
          report(false, loaded.error());
          return;
        }
        const QStringList& warnings = loaded->volume->warnings;
        statusBar()->showMessage(warnings.isEmpty() ? seriesLabel(series) : warnings.join(QStringLiteral("; ")));
        if (beside) {
          besideSeries_[size_t(slot)] = series;
          // A panel beside starts in the layout of the first (three panels of 1x3 leave no room).
          besides_[size_t(slot)]->layoutModel()->setLayout(viewer_->layoutModel()->layout());
          besides_[size_t(slot)]->viewer()->setVolume(loaded->volume, series.patientCode, seriesLabel(series));
          besides_[size_t(slot)]->show();
          linkBesidePanels();
          report(true, QString());
          return;
        }
        tools_->setActive(nullptr);
        const bool planar = boneScan_->showSeries(series, loaded->volume);
        viewer_->setVisible(!planar);
        boneScan_->view()->setVisible(planar);
        boneScanDock_->setVisible(planar);
        if (planar) boneScanDock_->raise();
        // The MPR layouts and the drawing tools have nothing to do on a planar scan.
        for (const char* name : {"viewToolbar", "toolsToolbar"})
          if (auto* bar = findChild<QToolBar*>(QLatin1String(name))) bar->setVisible(!planar);
        viewer_->viewer()->setVolume(loaded->volume, series.patientCode, seriesLabel(series));
        toolOptions_->setSeries(loaded->volume->modality.isEmpty() ? series.modality : loaded->volume->modality, loaded->volume->valueRange().second);
        const Status opened = session_->setOpenSeries(series, loaded->volume);
        if (!opened) showError(tr("Cannot open series"), opened.error());
        else if (!annotation_->notice().isEmpty())
          showError(annotation_->isJournalled() ? tr("Edits kept on this workstation") : tr("Series open elsewhere"), annotation_->notice());
        if (planar) boneScan_->view()->setFocus();
        else viewer_->activeSliceView()->renderWidget()->setFocus();
        linkBesidePanels();
        report(true, QString());
      });
}

Status MainWindow::saveViews(const QString& directory) const {
  return boneScan_->isShowing() ? boneScan_->saveViews(directory) : viewer_->saveViews(directory);
}

void MainWindow::openSeries(const SeriesSummary& series) { loadSeries(series, false); }
void MainWindow::openBeside(const SeriesSummary& series) { loadSeries(series, true); }

int MainWindow::freeBesidePanel() const {
  for (int i = 0; i < kBesidePanels; ++i)
    if (!besideSeries_[size_t(i)]) return i;
  return kBesidePanels - 1;
}

void MainWindow::closeBeside() {
  for (int i = 0; i < kBesidePanels; ++i) {
    besideSeries_[size_t(i)].reset();
    besides_[size_t(i)]->viewer()->clear();
    besides_[size_t(i)]->hide();
  }
}

bool MainWindow::openSeriesByUid(const QString& seriesUid) {
  if (!session_->hasStore()) return false;
  CaseDatabase db(*session_->store());
  const auto series = db.series(seriesUid);
  if (!series) return false;
  openSeries(series.value());
  return true;
}

bool MainWindow::openFirstSeries() {
  if (!session_->hasStore()) return false;
  CaseDatabase db(*session_->store());
  const auto series = db.listSeries();
  if (!series || series->empty()) return false;
  // Prefer a volume (CT/MR) for the first look; fall back to whatever comes first.
  for (const SeriesSummary& s : series.value()) {
    if (s.modality == QLatin1String("CT") || s.modality == QLatin1String("MR")) {
      openSeries(s);
      return true;
    }
  }
  openSeries(series->front());
  return true;
}

void MainWindow::chooseBeside() {
  if (!session_->hasStore()) return;
  CaseDatabase db(*session_->store());
  const auto series = db.listSeries();
  if (!series || series->empty()) return;
  QStringList names;
  for (const SeriesSummary& s : series.value()) names << s.patientCode + QStringLiteral("  ") + seriesLabel(s);
  bool ok = false;
  const QString chosen = QInputDialog::getItem(this, tr("Second series"), tr("Show beside the open series:"), names, 0, false, &ok);
  if (!ok) return;
  openBeside(series->at(size_t(names.indexOf(chosen))));
}

// Series of one frame of reference scroll together: the cross-hair of one goes to the same
// patient position in the others (when the toggle is on).
void MainWindow::linkBesidePanels() {
  std::vector<ViewerModel*> models{viewer_->viewer()};
  for (ViewerPanel* panel : besides_) models.push_back(panel->viewer());
  for (ViewerModel* m : models) disconnect(m, &ViewerModel::cursorChanged, this, nullptr);
  const ViewerModel* main = models.front();
  if (!main->hasVolume()) return;
  const QString frame = main->volume()->frameOfReferenceUid;
  std::vector<ViewerModel*> linked{models.front()};
  bool anyBeside = false, anyApart = false;
  for (size_t i = 1; i < models.size(); ++i) {
    if (!models[i]->hasVolume()) continue;
    anyBeside = true;
    if (!frame.isEmpty() && frame == models[i]->volume()->frameOfReferenceUid) linked.push_back(models[i]);
    else anyApart = true;
  }
  if (!anyBeside) return;
  linkBesideAction_->setEnabled(linked.size() > 1);
  if (anyApart) statusBar()->showMessage(tr("A series beside does not share the frame of reference: it scrolls on its own"));
  for (ViewerModel* from : linked) {
    connect(from, &ViewerModel::cursorChanged, this, [this, from, linked] {
      if (syncingBeside_ || !linkBesideAction_->isChecked()) return;
      syncingBeside_ = true;
      for (ViewerModel* to : linked)
        if (to != from) to->setCursorToPatient(from->cursorPatient());
      syncingBeside_ = false;
    });
  }
  for (size_t i = 1; i < linked.size(); ++i) linked[i]->setCursorToPatient(main->cursorPatient());
}

Result<OptOutReport> MainWindow::optOutPatient(const QString& patientCode) {
  if (!session_->hasStore()) return fail(tr("No case store"));
  if (tasks_->isBusy()) return fail(tr("Wait for the running task to finish."));
  if (!unlockCorrespondence()) return fail(tr("The correspondence table is locked."));
  auto report = rc::optOutPatient(*session_->store(), *session_->unlock().value()->table, patientCode, Session::reader());
  if (report && session_->hasSeries() && session_->series().patientCode == patientCode) {
    session_->closeSeries();
    viewer_->viewer()->clear();
  }
  for (const auto& beside : besideSeries_)
    if (report && beside && beside->patientCode == patientCode) closeBeside();
  refreshBrowser();
  return report;
}

void MainWindow::confirmOptOut(const QString& patientCode) {
  bool ok = false;
  const QString typed = QInputDialog::getText(
      this, tr("Opt-out"),
      tr("Everything of %1 (images, labels, derived objects) will be deleted from this store, and the patient "
         "will not be imported again.\nType the patient code to confirm:")
          .arg(patientCode),
      QLineEdit::Normal, QString(), &ok);
  if (!ok) return;
  if (typed.trimmed() != patientCode) {
    showError(tr("Opt-out"), tr("The code typed does not match; nothing was deleted."));
    return;
  }
  const auto report = optOutPatient(patientCode);
  if (!report) {
    showError(tr("Opt-out"), report.error());
    return;
  }
  QStringList exports;
  for (const ExportRecord& e : report->exportsContainingPatient)
    exports << tr("export %1 to %2 on %3").arg(e.id).arg(e.partner, e.createdAt);
  const QString message =
      tr("%1: deleted %2 studies, %3 series, %4 images.").arg(patientCode).arg(report->studies).arg(report->series).arg(report->instances) +
      QStringLiteral("\n\n") +
      (exports.isEmpty() ? tr("No earlier export contained this patient.")
                         : tr("Already handed over (tell these partners):\n%1").arg(exports.join(QLatin1Char('\n'))));
  statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0));
  if (interactive_) QMessageBox::information(this, tr("Opt-out"), message);
}

void MainWindow::reviewBurnedInText(const SeriesSummary& series) {
  if (!session_->hasStore()) return;
  const CaseStore& store = *session_->store();
  CaseDatabase db(store);
  const auto instances = db.instancesOfSeries(series.seriesUid);
  if (!instances) {
    showError(tr("Burned-in text review"), instances.error());
    return;
  }
  for (const InstanceRecord& r : instances.value()) {
    if (r.burnedInRisk.isEmpty() || !r.burnedInReview.isEmpty()) continue;
    const auto loaded = loadVolume({store.absoluteFilePath(r.filePath)});
    if (!loaded) {
      showError(tr("Burned-in text review"), loaded.error());
      return;
    }
    const Volume& v = *loaded->volume;
    MaskRegionDialog dialog(sliceImage(v, 0, v.defaultWindow()), r.burnedInRisk, this);
    dialog.exec();
    Status status;
    if (dialog.decision() == MaskRegionDialog::Decision::NoText) {
      status = confirmNoBurnedInText(store, r.sopInstanceUid);
    } else if (dialog.decision() == MaskRegionDialog::Decision::Mask) {
      const auto masked = maskStoredInstance(store, r.sopInstanceUid, dialog.region());
      if (!masked) status = fail(masked.error());
    } else {
      break;
    }
    if (!status) {
      showError(tr("Burned-in text review"), status.error());
      break;
    }
  }
  refreshBrowser();
}

void MainWindow::showBrowserMenu(const QPoint& position) {
  const QModelIndex index = browser_->indexAt(position);
  if (!index.isValid()) return;
  QMenu menu(this);
  const QString code = browser_->patientCodeAt(index);
  if (!code.isEmpty()) {
    menu.addAction(tr("Opt-out: delete all data of %1…").arg(code), this, [this, code] { confirmOptOut(code); });
  } else if (const SeriesSummary* s = browser_->seriesAt(index)) {
    const SeriesSummary series = *s;
    menu.addAction(tr("Open"), this, [this, series] { openSeries(series); });
    menu.addAction(tr("Open beside the current series"), this, [this, series] { openBeside(series); });
    QAction* review = menu.addAction(tr("Review burned-in text…"), this, [this, series] { reviewBurnedInText(series); });
    review->setEnabled(series.burnedInPending > 0);
  }
  if (!menu.isEmpty()) menu.exec(browser_->viewport()->mapToGlobal(position));
}

void MainWindow::showError(const QString& title, const QString& message) {
  statusBar()->showMessage(message);
  if (interactive_) {
    QMessageBox::warning(this, title, message);
  } else {
    QTextStream(stderr) << title << ": " << message << "\n";
  }
}

void MainWindow::showShortcuts() {
  // Written from the key table the views use: the two cannot disagree.
  auto* dialog = new QDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Mouse and keyboard"));
  dialog->resize(640, 620);
  auto* layout = new QVBoxLayout(dialog);
  const auto& gestures = KeyTable::mouseGestures();
  auto* table = new QTableWidget(0, 2, dialog);
  table->setObjectName(QStringLiteral("shortcutTable"));
  table->setHorizontalHeaderLabels({tr("Mouse or key"), tr("What it does")});
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  auto addRow = [table](const QString& input, const QString& description) {
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(input));
    table->setItem(row, 1, new QTableWidgetItem(description));
  };
  for (const MouseGesture& g : gestures) addRow(KeyTable::gestureName(g), KeyTable::describe(g));
  for (const KeyBinding& b : keys_.bindings()) addRow(QKeySequence(b.key).toString(QKeySequence::NativeText), KeyTable::describe(b));
  table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  table->resizeColumnToContents(0);
  layout->addWidget(table);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
  layout->addWidget(buttons);
  dialog->show();
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About RadCurator"),
                     tr("RadCurator %1\nCuration and annotation of medical images for AI research.")
                         .arg(QApplication::applicationVersion()));
}

}  // namespace rc
