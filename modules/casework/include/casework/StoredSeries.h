#pragma once
// A stored series as a volume, with messages that name it by UID (its paths mean nothing to a user).

#include "core/Result.h"
#include "core/Volume.h"
#include "dicom/VolumeLoader.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>

#include <memory>

namespace rc {

inline Result<std::shared_ptr<Volume>> loadStoredSeries(CaseDatabase& db, const QString& seriesUid,
                                                        Progress& progress = Progress::none()) {
  const auto files = db.seriesFiles(seriesUid);
  if (!files) return fail(files.error());
  if (files->isEmpty())
    return fail(QCoreApplication::translate("LabelTransfer", "series %1 has no images in the store").arg(seriesUid));
  LoadOptions options;
  options.fileLabels = files->labels;
  auto loaded = loadVolume(files->paths, options, progress);
  if (!loaded) return loaded.failure();
  return loaded->volume;
}

}  // namespace rc
