#pragma once
// File > Export dataset: the dialog, then the package for a partner built off the GUI thread.

#include "WindowContext.h"
#include "handoff/DatasetExport.h"

#include <QObject>

namespace rc {

class ExportController : public QObject {
  Q_OBJECT

public:
  ExportController(WindowContext context, QObject* parent = nullptr) : QObject(parent), context_(std::move(context)) {}

  void choose();
  void exportDataset(const QString& outputPath, DatasetExportOptions options);

signals:
  void finished(bool ok, const QString& message);

private:
  WindowContext context_;
};

}  // namespace rc
