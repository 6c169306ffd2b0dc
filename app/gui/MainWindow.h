#pragma once
// The RadCurator main window: study browser on the left, the reading viewer in the centre (one
// series in 1x1, 1x3 or 2x2, optionally a second series beside it), measurements and label
// display on the right, long work (import, loading) in the status bar with progress and
// Cancel. The case itself (store, de-identification, open series, measurements, undo) lives
// in the Session; this class only wires widgets to it.

#include "annotate/AnnotationSession.h"
#include "casework/AdcWork.h"
#include "handoff/DatasetExport.h"
#include "importer/Importer.h"
#include "session/Session.h"
#include "storage/Records.h"
#include "viewmodel/KeyTable.h"
#include "viewmodel/ViewTool.h"

#include <QMainWindow>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QCloseEvent;
class QDockWidget;
class QSplitter;

namespace rc {

class AdcController;
class BoneScanController;
class AdcPanel;
class ExportController;
class ImportController;
class ReportsController;
class PacsController;
class ClinicalRecordModel;
class FindingsPanel;
class LabelsPanel;
class MeasurementPanel;
class MeasurementTool;
class ReadingController;
class WorklistPanel;
class SliceView;
class StudyBrowser;
class TaskPanel;
class ToolModel;
class ToolOptionsPanel;
class ToolSettings;
class ViewerPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // When false, problems go to stderr and the status bar instead of message boxes
  // (screenshot mode, tests).
  void setInteractive(bool interactive) { interactive_ = interactive; }

  // Asks for the correspondence table's passphrase (twice when it is being created);
  // nullopt when the user cancels. The default shows a password dialog; tests replace it.
  using PassphraseProvider = Session::PassphraseProvider;
  void setPassphraseProvider(PassphraseProvider provider) { session_->setPassphraseProvider(std::move(provider)); }

  // Who acts in the reading studies of the stores opened next (empty: the OS login).
  void setActor(const QString& login) { actor_ = login; }
  bool openStore(const QString& directory, const QString& databaseUrl = QString());
  void importPaths(const QStringList& paths);
  void openSeries(const SeriesSummary& series);
  // Opens a series by UID; false when the store has none.
  bool openSeriesByUid(const QString& seriesUid);
  // Opens the first series of the store (a CT or MR if there is one); false if empty.
  bool openFirstSeries();
  // More series beside the first (the radiograph next to its CT; DWI, ADC and T2): up to
  // kBesidePanels, each in the first free panel (the last one is replaced when all are taken).
  static constexpr int kBesidePanels = 2;
  void openBeside(const SeriesSummary& series);
  // Closes every series beside the first.
  void closeBeside();

  // Opt-out of a patient (after the user confirmed): deletes everything of the code, marks the
  // correspondence table, reports earlier exports.
  Result<OptOutReport> optOutPatient(const QString& patientCode);
  // Walks the user through the images of a series that await a burned-in text review.
  void reviewBurnedInText(const SeriesSummary& series);

  Session* session() const { return session_; }
  ViewerPanel* viewerPanel() const { return viewer_; }
  BoneScanController* boneScan() const { return boneScan_; }
  ToolOptionsPanel* toolOptionsPanel() const { return toolOptions_; }
  // Each view of the open series as shown, for --views-dir: the MPR views, or a planar NM
  // scan's anterior.png and posterior.png.
  Status saveViews(const QString& directory) const;
  ViewerPanel* besidePanel(int index = 0) const { return besides_[size_t(index)]; }
  // The view the user worked in last, of the main series.
  SliceView* sliceView() const;
  StudyBrowser* browser() const { return browser_; }
  TaskPanel* tasks() const { return tasks_; }
  ToolModel* tools() const { return tools_; }
  const KeyTable& keyTable() const { return keys_; }
  // The measurement tools (ruler, ellipse, rectangle).
  MeasurementTool* measurementTool(int kind) const;
  AnnotationSession* annotation() const { return annotation_; }
  ToolSettings* toolSettings() const { return toolSettings_; }
  LabelsPanel* labelsPanel() const { return labels_; }
  FindingsPanel* findingsPanel() const { return findings_; }
  // The tool of a key action (Box, Brush, Ruler...); nullptr for navigation.
  ViewTool* toolFor(KeyAction action) const;
  // Does what the key of `action` does (also for the menus and tests).
  bool handleKeyAction(KeyAction action);
  // The clinical record of the open series' patient, as a form.
  void editClinicalRecord();
  // A dataset for a partner (File > Export dataset…): runs off the GUI thread in the task
  // panel; datasetExported tells the outcome.
  void exportDataset(const QString& outputPath, DatasetExportOptions options);
  // Diffusion > Compute ADC map on the open DWI series (off the GUI thread); the new ADC map
  // opens when done, with its DWI shell images in the browser. adcComputed tells the outcome.
  void computeAdcMap(const AdcOptions& options);
  // Diffusion > ADC candidate mask on the open ADC map: the segment comes in as an undoable
  // edit of the open labels. adcCandidateMade tells the outcome.
  void makeAdcCandidate(const AdcThresholdRequest& request);
  AdcPanel* adcPanel() const { return adc_; }
  ReadingController* reading() const { return reading_; }
  WorklistPanel* worklistPanel() const { return worklist_; }
  // Reading > Agreement… and Audit log…: the project's figures (computed off the GUI thread)
  // and the store's audit log, each in a window of its own.
  void showAgreement();
  void showBoneScanComparison();
  void showAuditLog();

signals:
  void seriesOpened(bool ok, const QString& message);
  void besideOpened(bool ok, const QString& message);
  void importFinished(const rc::ImportReport& report);
  void datasetExported(bool ok, const QString& message);
  void adcComputed(bool ok, const QString& message);
  void adcCandidateMade(bool ok, const QString& message);

private:
  void createActions();
  void createDocks();
  void createJobs();
  void loadKeySettings();
  void refreshBrowser();
  void followStoreChanges();
  bool unlockCorrespondence();
  void showBrowserMenu(const QPoint& position);
  void confirmOptOut(const QString& patientCode);
  void chooseStore();
  void chooseBeside();
  void showError(const QString& title, const QString& message);
  void showShortcuts();
  void showAbout();
  void loadSeries(const SeriesSummary& series, bool beside);
  int freeBesidePanel() const;
  void setTool(ViewTool* tool);
  void reportAbandonedSessions();
  void reportRemovedScratch();
  void fitToScreen();
  void onSaveFailed(const QString& message, bool conflict);
  void closeEvent(QCloseEvent* event) override;
  void linkBesidePanels();
  void updateEditActions();

  Session* session_;
  AnnotationSession* annotation_;
  KeyTable keys_;
  ToolModel* tools_;
  std::vector<std::unique_ptr<MeasurementTool>> measurementTools_;
  ToolSettings* toolSettings_;
  std::vector<std::pair<KeyAction, std::unique_ptr<ViewTool>>> annotationTools_;
  ClinicalRecordModel* clinical_;
  StudyBrowser* browser_;
  QSplitter* splitter_;
  ViewerPanel* viewer_;
  std::array<ViewerPanel*, kBesidePanels> besides_{};
  std::array<std::optional<SeriesSummary>, kBesidePanels> besideSeries_;
  MeasurementPanel* measurements_ = nullptr;
  LabelsPanel* labels_ = nullptr;
  FindingsPanel* findings_ = nullptr;
  AdcPanel* adc_ = nullptr;
  ReadingController* reading_ = nullptr;
  class StoreChanges* storeChanges_ = nullptr;  // team mode: other workstations' changes
  ImportController* import_ = nullptr;
  ExportController* export_ = nullptr;
  ReportsController* reports_ = nullptr;
  PacsController* pacs_ = nullptr;

public:
  ReportsController* reportsController() const { return reports_; }
  PacsController* pacsController() const { return pacs_; }

private:
  AdcController* adcWork_ = nullptr;
  BoneScanController* boneScan_ = nullptr;
  QDockWidget* boneScanDock_ = nullptr;
  WorklistPanel* worklist_ = nullptr;
  QDockWidget* worklistDock_ = nullptr;
  QString actor_;
  QDockWidget* adcDock_ = nullptr;
  ToolOptionsPanel* toolOptions_ = nullptr;
  TaskPanel* tasks_;
  QAction* undoAction_ = nullptr;
  QAction* redoAction_ = nullptr;
  QAction* linkBesideAction_ = nullptr;
  QActionGroup* layoutActions_ = nullptr;
  QActionGroup* toolActions_ = nullptr;
  bool interactive_ = true;
  bool syncingBeside_ = false;
  bool conflictOpen_ = false;
};

}  // namespace rc
