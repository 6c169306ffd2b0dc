#pragma once
// The study's diagnostic reports and radiation dose in the window (issue 24): importing the
// RIS's report files, reviewing a study's reports (the de-identified text with each
// replacement highlighted, a hand edit, the confirmation that lets a report leave) and showing
// the study's dose. The work is modules/reports' and modules/dose's; this only shows it.

#include "WindowContext.h"

#include <QObject>

#include <functional>

namespace rc {

class ReportsController : public QObject {
  Q_OBJECT

public:
  // Who acts, and whether they may confirm reports (a reviewer or data manager).
  using Actor = std::function<std::pair<QString, bool>()>;
  ReportsController(WindowContext context, Actor actor, QObject* parent = nullptr)
      : QObject(parent), context_(std::move(context)), actor_(std::move(actor)) {}

  void chooseReportFiles();
  void importReportFiles(const QStringList& files);
  // The reports and the dose of the open series' study.
  void showReports();
  void showDose();

signals:
  void reportsImported(int stored, const QStringList& problems);
  void doseShown(int events);

private:
  QString openStudy() const;
  WindowContext context_;
  Actor actor_;
};

}  // namespace rc
