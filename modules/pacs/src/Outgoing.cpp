#include "Outgoing.h"

#include <QDirIterator>

namespace rc::pacs {

QStringList packageDicomFiles(const QString& packagePath) {
  QStringList files;
  for (QDirIterator it(packagePath + QStringLiteral("/DICOM"), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) files << it.next();
  files.sort();
  return files;
}

Result<Outgoing> exportToScratch(const CaseStore& store, const DatasetExportOptions& givenOptions, Progress& progress) {
  auto scratch = ScratchFolder::create(store, QStringLiteral("outgoing"));
  if (!scratch) return fail(scratch.error());
  Outgoing out;
  out.packagePath = scratch->filePath(QStringLiteral("package"));
  DatasetExportOptions options = givenOptions;
  options.transient = true;  // sent, then deleted with the scratch folder
  const auto exported = exportDataset(store, out.packagePath, options, progress);
  if (!exported) return fail(exported.error());
  out.exportId = exported->exportId;
  out.files = packageDicomFiles(out.packagePath);
  out.scratch = std::move(scratch).value();
  return out;
}

}  // namespace rc::pacs
