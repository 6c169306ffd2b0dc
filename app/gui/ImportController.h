#pragma once
// File > Import: a folder or medium into the store, off the GUI thread, and the report of
// what was not imported and why.

#include "WindowContext.h"
#include "importer/Importer.h"

#include <QObject>

namespace rc {

class ImportController : public QObject {
  Q_OBJECT

public:
  ImportController(WindowContext context, QObject* parent = nullptr) : QObject(parent), context_(std::move(context)) {}

  void chooseFolder();
  void importPaths(const QStringList& paths);

signals:
  void finished(const rc::ImportReport& report);

private:
  void showReport(const ImportReport& report);
  WindowContext context_;
};

}  // namespace rc
