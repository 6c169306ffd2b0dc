#include "MainWindow.h"

#include "StudyBrowser.h"
#include "TaskPanel.h"
#include "dicom/VolumeLoader.h"
#include "viewer/SliceView.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include <cstdio>

namespace rc {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("RadCurator"));
  resize(1280, 800);

  view_ = new SliceView(this);
  setCentralWidget(view_);

  browser_ = new StudyBrowser(this);
  auto* dock = new QDockWidget(tr("Studies"), this);
  dock->setObjectName(QStringLiteral("studies"));
  dock->setWidget(browser_);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  dock->setMinimumWidth(400);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  connect(browser_, &StudyBrowser::seriesActivated, this, &MainWindow::openSeries);

  tasks_ = new TaskPanel(this);
  statusBar()->addPermanentWidget(tasks_);
  createActions();
  statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* importAction = file->addAction(tr("&Import folder…"), this, &MainWindow::chooseImportFolder);
  importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  file->addAction(tr("&Open case store…"), this, &MainWindow::chooseStore);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  connect(tasks_, &TaskPanel::busyChanged, importAction, [importAction](bool busy) { importAction->setEnabled(!busy); });

  QMenu* view = menuBar()->addMenu(tr("&View"));
  const QString presetNames[3] = {tr("Lung window"), tr("Mediastinum window"), tr("Bone window")};
  for (int i = 0; i < 3; ++i) {
    QAction* preset = view->addAction(presetNames[i], this, [this, i] { view_->model()->applyPreset(i); });
    preset->setShortcut(QKeySequence(Qt::Key_1 + i));
    preset->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // the view handles 1/2/3 itself
  }
  view->addAction(tr("Window from file"), this, [this] { view_->model()->resetWindow(); });
  view->addAction(tr("Reset zoom and pan"), this, [this] { view_->model()->resetView(); });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Mouse and keyboard"), this, &MainWindow::showShortcuts);
  help->addAction(tr("&About RadCurator"), this, &MainWindow::showAbout);
}

bool MainWindow::openStore(const QString& directory) {
  auto store = CaseStore::open(directory);
  if (!store) {
    showError(tr("Cannot open case store"), store.error());
    return false;
  }
  store_ = store.value();
  view_->model()->clear();
  setWindowTitle(tr("RadCurator — %1").arg(store_->directory()));
  refreshBrowser();
  return true;
}

void MainWindow::refreshBrowser() {
  if (!store_) return;
  CaseDatabase db(*store_);
  const auto series = db.listSeries();
  if (!series) {
    showError(tr("Cannot read case store"), series.error());
    return;
  }
  browser_->setSeries(series.value());
  statusBar()->showMessage(tr("%n series in the store", nullptr, int(series->size())));
}

void MainWindow::chooseImportFolder() {
  if (!store_) {
    showError(tr("No case store"), tr("Open a case store first."));
    return;
  }
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Import folder or medium"));
  if (!folder.isEmpty()) importPaths({folder});
}

void MainWindow::chooseStore() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open or create a case store"));
  if (!folder.isEmpty()) openStore(folder);
}

void MainWindow::importPaths(const QStringList& paths) {
  if (!store_ || tasks_->isBusy()) return;
  const CaseStore store = *store_;
  tasks_->run<ImportReport>(
      tr("Importing…"),
      [store, paths](Progress& progress) { return Importer(store).run(paths, progress); },
      [this](ImportReport report) {
        refreshBrowser();
        statusBar()->showMessage(report.summaryLine());
        showImportReport(report);
        emit importFinished(report);
      });
}

void MainWindow::openSeries(const SeriesSummary& series) {
  if (!store_ || tasks_->isBusy()) return;
  CaseDatabase db(*store_);
  const auto files = db.seriesFiles(series.seriesUid);
  if (!files || files->isEmpty()) {
    const QString message = files ? tr("The series has no files.") : files.error();
    showError(tr("Cannot open series"), message);
    emit seriesOpened(false, message);
    return;
  }
  browser_->selectSeries(series.seriesUid);
  const QStringList paths = files.value();
  tasks_->run<Result<LoadedVolume>>(
      tr("Loading %1…").arg(seriesLabel(series)),
      [paths](Progress& progress) { return loadVolume(paths, LoadOptions{}, progress); },
      [this, series](Result<LoadedVolume> loaded) {
        if (!loaded) {
          showError(tr("Cannot open series"), loaded.error());
          emit seriesOpened(false, loaded.error());
          return;
        }
        view_->model()->setVolume(loaded->volume, series.patientCode, seriesLabel(series));
        view_->renderWidget()->setFocus();
        const QStringList& warnings = loaded->volume->warnings;
        statusBar()->showMessage(warnings.isEmpty() ? seriesLabel(series) : warnings.join(QStringLiteral("; ")));
        emit seriesOpened(true, QString());
      });
}

bool MainWindow::openFirstSeries() {
  if (!store_) return false;
  CaseDatabase db(*store_);
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

void MainWindow::showImportReport(const ImportReport& report) {
  if (!interactive_ || report.issues.empty()) return;
  auto* dialog = new QDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Import report"));
  dialog->resize(900, 420);
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(new QLabel(report.summaryLine(), dialog));
  auto* table = new QTableWidget(int(report.issues.size()), 3, dialog);
  table->setHorizontalHeaderLabels({tr("Result"), tr("File"), tr("Reason")});
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int row = 0; row < int(report.issues.size()); ++row) {
    const ImportIssue& issue = report.issues[size_t(row)];
    table->setItem(row, 0, new QTableWidgetItem(issue.kind == ImportIssue::Kind::Error ? tr("Error") : tr("Skipped")));
    table->setItem(row, 1, new QTableWidgetItem(issue.path));
    table->setItem(row, 2, new QTableWidgetItem(issue.reason));
  }
  table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  table->resizeColumnToContents(0);
  layout->addWidget(table);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
  layout->addWidget(buttons);
  dialog->show();
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
  QMessageBox::information(
      this, tr("Mouse and keyboard"),
      tr("Mouse wheel, PgUp/PgDn, Up/Down: previous/next slice\n"
         "Home/End: first/last slice\n"
         "Right-drag: window (horizontal) and level (vertical)\n"
         "Middle-drag or Shift+left-drag: pan\n"
         "Ctrl+wheel: zoom\n"
         "1 / 2 / 3: lung / mediastinum / bone window\n"
         "0: window from the file;  R: reset zoom and pan"));
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About RadCurator"),
                     tr("RadCurator %1\nCuration and annotation of medical images for AI research.")
                         .arg(QApplication::applicationVersion()));
}

}  // namespace rc
