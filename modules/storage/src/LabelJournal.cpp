#include "storage/LabelJournal.h"

#include "core/Files.h"
#include "StorageSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {

LabelJournal::LabelJournal(const CaseStore& store) : folder_(store.journalDirectory()) {}

QString LabelJournal::pathOf(const LabelSetKey& key) const {
  const QByteArray name = QStringLiteral("%1\n%2\n%3").arg(key.seriesUid).arg(key.projectId).arg(key.reader).toUtf8();
  return QDir(folder_).filePath(QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha256).toHex().left(32)) +
                                QStringLiteral(".json"));
}

Status LabelJournal::keep(const JournalEntry& entry) {
  if (!QDir().mkpath(folder_)) return fail(StorageTr::tr("%1: cannot create the journal folder").arg(folder_));
  QJsonObject masks;
  for (const int number : entry.labels.voxels.segmentNumbers())
    masks.insert(QString::number(number), QString::fromLatin1(entry.labels.voxels.extract(number).encode().toBase64()));
  QJsonArray changed;
  for (const int number : entry.changedSegments) changed.append(number);
  const QJsonObject json{{QStringLiteral("series"), entry.key.seriesUid},
                         {QStringLiteral("project"), QString::number(entry.key.projectId)},
                         {QStringLiteral("reader"), entry.key.reader},
                         {QStringLiteral("basedOn"), QString::number(entry.basedOn)},
                         {QStringLiteral("changed"), changed},
                         {QStringLiteral("metadataChanged"), entry.metadataChanged},
                         {QStringLiteral("keptAt"), entry.keptAt.isEmpty() ? utcNow() : entry.keptAt},
                         {QStringLiteral("labels"), entry.labels.toJson()},
                         {QStringLiteral("masks"), masks}};
  return writeFileAtomically(pathOf(entry.key), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<std::optional<JournalEntry>> LabelJournal::find(const LabelSetKey& key) const {
  const QString path = pathOf(key);
  QFile file(path);
  if (!file.exists()) return std::optional<JournalEntry>();
  if (!file.open(QIODevice::ReadOnly)) return fail(StorageTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
  auto labels = LabelSet::fromJson(json.value(QStringLiteral("labels")).toObject());
  if (!labels) return fail(StorageTr::tr("%1: %2").arg(path, labels.error()));
  JournalEntry entry;
  entry.key = key;
  entry.labels = std::move(labels).value();
  entry.basedOn = json.value(QStringLiteral("basedOn")).toString().toLongLong();
  entry.metadataChanged = json.value(QStringLiteral("metadataChanged")).toBool();
  entry.keptAt = json.value(QStringLiteral("keptAt")).toString();
  for (const auto& v : json.value(QStringLiteral("changed")).toArray()) entry.changedSegments.insert(v.toInt());
  const QJsonObject masks = json.value(QStringLiteral("masks")).toObject();
  for (auto it = masks.begin(); it != masks.end(); ++it) {
    auto mask = SegmentMask::decode(QByteArray::fromBase64(it.value().toString().toLatin1()));
    if (!mask) return fail(StorageTr::tr("%1, segment %2: %3").arg(path, it.key(), mask.error()));
    if (mask->isEmpty()) continue;
    if (entry.labels.voxels.segmentNumbers().empty() && mask->dimensions() != entry.labels.voxels.dimensions())
      entry.labels.voxels = LabelMap(mask->dimensions());
    if (mask->dimensions() != entry.labels.voxels.dimensions())
      return fail(StorageTr::tr("%1, segment %2: the mask's grid differs from the others'").arg(path, it.key()));
    entry.labels.voxels.assign(it.key().toInt(), mask.value());
  }
  return std::optional<JournalEntry>(std::move(entry));
}

Status LabelJournal::drop(const LabelSetKey& key) {
  const QString path = pathOf(key);
  if (QFile::exists(path) && !QFile::remove(path)) return fail(StorageTr::tr("%1: cannot remove").arg(path));
  return Status::success();
}

}  // namespace rc
