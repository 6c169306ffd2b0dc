#pragma once
// Burned-in text: images that may carry names or IDs in their pixels. Such images are held
// back from export until a user confirms them clean or masks the text (a rectangle set to
// black in every frame, on uncompressed pixels).

#include "core/Result.h"

#include <QRect>
#include <QString>

namespace rc {

// Why the image may carry burned-in text, or an empty string when it is not suspected:
// Burned In Annotation (0028,0301) = YES, or no "NO" there and a kind of image known to
// carry text (secondary capture, ultrasound, endoscopy/photography, screen captures).
QString burnedInTextRisk(const QString& sopClassUid, const QString& modality, const QString& burnedInAnnotation,
                         const QString& imageType);

// Writes `output`: `input` with `region` (pixel coordinates) blacked out in every frame,
// uncompressed, Burned In Annotation set to NO, "Clean Pixel Data" (113101) added to the
// de-identification method codes, and a new SOP Instance UID (returned), since the pixels
// changed. Refuses regions outside the image.
Result<QString> maskRegion(const QString& input, const QString& output, const QRect& region);

}  // namespace rc
