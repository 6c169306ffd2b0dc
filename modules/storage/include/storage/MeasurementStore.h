#pragma once
// The measurements of a series in the case database (rulers, ellipse and rectangle ROIs).
// They go with their series (and so with an opted-out patient).

#include "core/ImageMeasurement.h"
#include "core/Result.h"
#include "storage/CaseStore.h"

#include <vector>

namespace rc {

class MeasurementStore {
public:
  explicit MeasurementStore(CaseDatabase& db) : db_(db) {}

  Result<std::vector<ImageMeasurement>> ofSeries(const QString& seriesInstanceUid);
  // Saves a new measurement (id 0) and returns its id; a measurement with an id is put back
  // under that id (an undone deletion).
  Result<qint64> save(const QString& seriesInstanceUid, const ImageMeasurement& measurement);
  Status update(const ImageMeasurement& measurement);
  Status remove(qint64 id);

private:
  CaseDatabase& db_;
};

}  // namespace rc
