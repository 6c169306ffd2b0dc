#pragma once
// The reading workflow in the window: who acts, the project's worklist, opening a case in the
// right label set (the reader's own, editable while the reading is open; another's read-only
// where the study allows it), stepping to the next case, submitting, and a reviewer's
// accept / return / consensus. The rules are the reading module's (reading/ReadingStudy.h);
// this class only connects them to the window, the annotation session and the worklist panel.

#include "core/Result.h"
#include "reading/ReadingStudy.h"
#include "reading/StudyAgreement.h"
#include "reading/WorklistModel.h"

#include <QObject>

#include <memory>
#include <optional>

namespace rc {

class AnnotationSession;
class MainWindow;

class ReadingController : public QObject {
  Q_OBJECT

public:
  ReadingController(MainWindow* window, AnnotationSession* annotation, QObject* parent = nullptr);
  ~ReadingController() override;

  // The store of the window changed: who acts there (`login` empty: the OS login), and the
  // first project. A person with a password is asked for it (PasswordProvider).
  using PasswordProvider = std::function<std::optional<QString>(const QString& login)>;
  void setPasswordProvider(PasswordProvider provider) { passwordProvider_ = std::move(provider); }
  Status storeOpened(const QString& login = QString());
  void storeClosed();

  bool isActive() const { return study_.has_value(); }
  const ReadingStudy* study() const { return study_ ? &*study_ : nullptr; }
  ReadingStudy* study() { return study_ ? &*study_ : nullptr; }
  QStringList projectNames();
  const std::optional<ProjectRecord>& project() const { return project_; }
  Status setProject(const QString& name);
  Status refresh();
  WorklistModel* model() { return &model_; }

  // Opens the reading of `row` (a row of the model as shown) in the viewer.
  Status openRow(int row);
  // The next (+1) / previous (-1) row of the worklist after the open one; false at the end.
  bool step(int delta);
  // What is open: the case's series and whose set; empty when the window shows a series
  // outside the worklist.
  QString openSeries() const { return openSeries_; }
  QString openReader() const { return openReader_; }
  // The window opens a series outside the worklist: the store's own labels again.
  void leaveReading();

  // A data manager's work: a project, every series of the store as its cases, readers in turn.
  Status createProject(const ProjectRecord& project);
  Result<int> addEverySeries(const QString& category);
  Result<int> assignRoundRobin(const QStringList& readers);
  // Cohort balance: cases per inclusion category against the targets ("with findings 48/50"),
  // and the categories short of their target.
  QStringList balance(QStringList* shortOf = nullptr) const;

  Status submitOpen();
  Status acceptOpen(const QString& comment = QString());
  Status returnOpen(const QString& reason);
  Status consensusOfOpen(const ConsensusSource& source);
  // A reviewer corrects the open submitted reading: it opens editable under the reviewer's
  // name; finishing freezes it as a "corrected" revision (the reader's stays) and accepts it.
  Status startCorrection();
  Status finishCorrection(const QString& note);
  bool isCorrecting() const { return correcting_; }

  // The agreement figures of the open project as a job for a worker thread: it holds copies
  // of what it needs (the store, the person, the project), never this controller.
  std::function<Result<StudyAgreementReport>(Progress&)> agreementJob() const;
  // Why nobody acts in the open store's reading studies (an unknown login, a wrong password).
  QString problem() const { return problem_; }
  Result<std::vector<AuditRecord>> auditLog(const AuditFilter& filter);

signals:
  void worklistChanged();
  void readingOpened(const QString& seriesUid, const QString& reader, bool readOnly, const QString& why);
  void failed(const QString& message);

private:
  void onLabelsSaved();
  // After a change of status: the worklist once more, and the reading opened again (its access changed).
  Status reopen(const QString& seriesUid, const QString& reader);

  MainWindow* window_;
  AnnotationSession* annotation_;
  std::unique_ptr<CaseDatabase> db_;
  std::optional<ReadingStudy> study_;
  std::optional<ProjectRecord> project_;
  WorklistModel model_;
  QString openSeries_, openReader_;
  bool startedNoted_ = false;
  bool correcting_ = false;
  PasswordProvider passwordProvider_;
  QString problem_;
};

}  // namespace rc
