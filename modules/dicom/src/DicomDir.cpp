#include "dicom/DicomDir.h"

#include "dicom/DatasetAccess.h"
#include "DicomTr.h"
#include "dicom/DicomFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace rc {

namespace {

QString mediaName(QString name) {
  if (name.endsWith(QLatin1String(";1"))) name.chop(2);
  if (name.endsWith(QLatin1Char('.'))) name.chop(1);
  return name.toUpper();
}

}  // namespace

QString resolveMediaPath(const QString& baseDir, const QStringList& components) {
  QString current = baseDir;
  for (const QString& component : components) {
    const QString exact = QDir(current).filePath(component);
    if (QFileInfo::exists(exact)) {
      current = exact;
      continue;
    }
    const QString wanted = mediaName(component);
    QString found;
    const QStringList entries = QDir(current).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& entry : entries) {
      if (mediaName(entry) == wanted) {
        found = QDir(current).filePath(entry);
        break;
      }
    }
    if (found.isEmpty()) return QString();
    current = found;
  }
  return QFileInfo(current).absoluteFilePath();
}

bool isInsideFolder(const QString& path, const QString& folder) {
  const QString target = QFileInfo(path).canonicalFilePath();
  const QString root = QFileInfo(folder).canonicalFilePath();
  return !target.isEmpty() && !root.isEmpty() && (target == root || target.startsWith(root + QLatin1Char('/')));
}

Result<DicomDirContents> readDicomDir(const QString& path) {
  auto read = readDicomFile(path, ReadScope::Header);
  if (!read) return fail(read.error());
  DcmDataset* ds = read->file->getDataset();

  DicomDirContents contents;
  contents.path = QFileInfo(path).absoluteFilePath();
  const QString base = QFileInfo(path).absolutePath();
  QSet<QString> seen;
  const unsigned long records = dcm::sequenceLength(ds, DCM_DirectoryRecordSequence);
  for (unsigned long r = 0; r < records; ++r) {
    DcmItem* record = dcm::sequenceItem(ds, DCM_DirectoryRecordSequence, r);
    const QString fileId = dcm::ascii(record, DCM_ReferencedFileID);
    if (fileId.isEmpty()) continue;
    const QStringList components = fileId.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    const bool leaves = std::any_of(components.begin(), components.end(), [](const QString& c) {
      return c == QLatin1String("..") || c == QLatin1String(".") || c.contains(QLatin1Char('/'));
    });
    if (leaves) {
      contents.refused << DicomTr::tr("%1: the reference %2 leads outside the medium; refused").arg(path, fileId);
      continue;
    }
    const QString resolved = resolveMediaPath(base, components);
    if (!resolved.isEmpty() && !isInsideFolder(resolved, base)) {
      contents.refused << DicomTr::tr("%1: the reference %2 is a link to a file outside the medium; refused").arg(path, fileId);
      continue;
    }
    if (resolved.isEmpty()) {
      const QString shown = QDir(base).filePath(components.join(QLatin1Char('/')));
      if (!seen.contains(shown)) contents.missing << shown;
      seen.insert(shown);
      continue;
    }
    if (!seen.contains(resolved) && QFileInfo(resolved).isFile()) contents.files << resolved;
    seen.insert(resolved);
  }
  return contents;
}

}  // namespace rc
