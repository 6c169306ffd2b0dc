#include "MainWindow.h"

#include "MaskRegionDialog.h"
#include "StudyBrowser.h"
#include "TaskPanel.h"
#include "dicom/VolumeLoader.h"
#include "viewer/SliceImage.h"
#include "viewer/SliceView.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
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
  dock->setMinimumWidth(440);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  connect(browser_, &StudyBrowser::seriesActivated, this, &MainWindow::openSeries);
  connect(browser_, &QWidget::customContextMenuRequested, this, &MainWindow::showBrowserMenu);

  // The default passphrase prompt; tests replace it.
  passphraseProvider_ = [this](bool creating) -> std::optional<QString> {
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
  };

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
  deid_.reset();  // another store, another table
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

bool MainWindow::unlockCorrespondence() {
  if (deid_) return true;
  if (!store_) return false;
  const bool creating = !CorrespondenceTable::exists(store_->correspondencePath());
  const auto passphrase = passphraseProvider_ ? passphraseProvider_(creating) : std::nullopt;
  if (!passphrase) return false;
  auto opened = openStoreDeid(*store_, *passphrase);
  if (!opened) {
    showError(tr("Correspondence table"), opened.error());
    return false;
  }
  deid_ = std::move(opened).value();
  return true;
}

void MainWindow::importPaths(const QStringList& paths) {
  if (!store_ || tasks_->isBusy()) return;
  // De-identification issues patient codes from the correspondence table: unlock it first.
  if (!unlockCorrespondence()) return;
  const CaseStore store = *store_;
  const auto profile = deid_->profile;
  CorrespondenceTable* table = deid_->table.get();
  tasks_->run<ImportReport>(
      tr("Importing…"),
      [store, profile, table, paths](Progress& progress) { return Importer(store, profile, table).run(paths, progress); },
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
  LoadOptions options;
  options.fileLabels = files->labels;
  const QStringList paths = files->paths;
  tasks_->run<Result<LoadedVolume>>(
      tr("Loading %1…").arg(seriesLabel(series)),
      [paths, options](Progress& progress) { return loadVolume(paths, options, progress); },
      [this, series](Result<LoadedVolume> loaded) {
        if (!loaded) {
          // The user asked for a cancel: no error to report.
          if (loaded.cancelled()) statusBar()->showMessage(tr("Loading cancelled"));
          else showError(tr("Cannot open series"), loaded.error());
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

Result<OptOutReport> MainWindow::optOutPatient(const QString& patientCode) {
  if (!store_) return fail(tr("No case store"));
  if (tasks_->isBusy()) return fail(tr("Wait for the running task to finish."));
  if (!unlockCorrespondence()) return fail(tr("The correspondence table is locked."));
  auto report = rc::optOutPatient(*store_, *deid_->table, patientCode, qEnvironmentVariable("USER", QStringLiteral("unknown")));
  if (report && view_->model()->patientCode() == patientCode) view_->model()->clear();
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
  if (!store_) return;
  CaseDatabase db(*store_);
  const auto instances = db.instancesOfSeries(series.seriesUid);
  if (!instances) {
    showError(tr("Burned-in text review"), instances.error());
    return;
  }
  for (const InstanceRecord& r : instances.value()) {
    if (r.burnedInRisk.isEmpty() || !r.burnedInReview.isEmpty()) continue;
    const auto loaded = loadVolume({store_->absoluteFilePath(r.filePath)});
    if (!loaded) {
      showError(tr("Burned-in text review"), loaded.error());
      return;
    }
    const Volume& v = *loaded->volume;
    MaskRegionDialog dialog(sliceImage(v, 0, v.defaultWindow()), r.burnedInRisk, this);
    dialog.exec();
    Status status;
    if (dialog.decision() == MaskRegionDialog::Decision::NoText) {
      status = confirmNoBurnedInText(*store_, r.sopInstanceUid);
    } else if (dialog.decision() == MaskRegionDialog::Decision::Mask) {
      const auto masked = maskStoredInstance(*store_, r.sopInstanceUid, dialog.region());
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
    QAction* review = menu.addAction(tr("Review burned-in text…"), this, [this, series] { reviewBurnedInText(series); });
    review->setEnabled(series.burnedInPending > 0);
  }
  if (!menu.isEmpty()) menu.exec(browser_->viewport()->mapToGlobal(position));
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
