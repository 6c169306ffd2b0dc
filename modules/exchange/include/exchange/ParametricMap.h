#pragma once
// DICOM Parametric Map objects (dcmpmap): a Float32 map on the grid of its source series,
// e.g. an ADC map or a tumour-specific ADC map. One multi-frame object, one frame per slice;
// shared pixel measures and orientation, per-frame plane position and source image; the
// Real World Value Mapping names the quantity and its UCUM unit. Patient, study and frame of
// reference come from the (de-identified) source series. Written under a temporary name and
// renamed; an existing file is never replaced.

#include "core/Coded.h"
#include "core/Result.h"
#include "core/Volume.h"
#include "exchange/Seg.h"

#include <QString>

namespace rc {

struct ParametricMapOptions {
  QString seriesDescription = QStringLiteral("ADC");
  int seriesNumber = 901;
  QString seriesInstanceUid;       // empty: a new series
  QString sourceSeriesUid;         // the series the map's slices name (required)
  QString contentLabel = QStringLiteral("ADC");
  QString derivedPixelContrast = QStringLiteral("ADC");  // Image Type value 4 (PS3.3 C.8.13.1.1.1)
  QString derivationDescription;   // how the map was made (method, b-values, threshold)
  QString contentCreator;
  // The quantity and its unit (defaults: Apparent Diffusion Coefficient in um2/s).
  CodedConcept quantity{QStringLiteral("113041"), QStringLiteral("DCM"), QStringLiteral("Apparent Diffusion Coefficient")};
  CodedConcept unit{QStringLiteral("um2/s"), QStringLiteral("UCUM"), QStringLiteral("um2/s")};
  bool deflate = false;
};

// `map` is Float32; its slices name the source images (references and patient/study).
Result<WrittenObject> writeParametricMap(const Volume& map, const QString& outputFile,
                                         const ParametricMapOptions& options = {});

}  // namespace rc
