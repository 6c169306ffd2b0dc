#pragma once
// The RadCurator main window: study browser on the left, slice view in the centre, long work
// (import, loading) in the status bar with progress and Cancel.

#include "importer/Importer.h"
#include "importer/StoreDeid.h"
#include "storage/CaseStore.h"
#include "storage/Records.h"

#include <QMainWindow>

#include <functional>
#include <optional>

namespace rc {

class SliceView;
class StudyBrowser;
class TaskPanel;

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
  using PassphraseProvider = std::function<std::optional<QString>(bool creating)>;
  void setPassphraseProvider(PassphraseProvider provider) { passphraseProvider_ = std::move(provider); }

  bool openStore(const QString& directory);
  void importPaths(const QStringList& paths);
  void openSeries(const SeriesSummary& series);
  // Opens the first series of the store; false if the store is empty.
  bool openFirstSeries();

  // Opt-out of a patient (after the user confirmed): deletes everything of the code, marks the
  // correspondence table, reports earlier exports.
  Result<OptOutReport> optOutPatient(const QString& patientCode);
  // Walks the user through the images of a series that await a burned-in text review.
  void reviewBurnedInText(const SeriesSummary& series);

  SliceView* sliceView() const { return view_; }
  StudyBrowser* browser() const { return browser_; }
  TaskPanel* tasks() const { return tasks_; }

signals:
  void seriesOpened(bool ok, const QString& message);
  void importFinished(const rc::ImportReport& report);

private:
  void createActions();
  void refreshBrowser();
  bool unlockCorrespondence();
  void showBrowserMenu(const QPoint& position);
  void confirmOptOut(const QString& patientCode);
  void chooseImportFolder();
  void chooseStore();
  void showImportReport(const ImportReport& report);
  void showError(const QString& title, const QString& message);
  void showShortcuts();
  void showAbout();

  std::optional<CaseStore> store_;
  std::optional<StoreDeid> deid_;  // unlocked with the passphrase, for this store and session
  PassphraseProvider passphraseProvider_;
  StudyBrowser* browser_;
  SliceView* view_;
  TaskPanel* tasks_;
  bool interactive_ = true;
};

}  // namespace rc
