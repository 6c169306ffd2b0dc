#pragma once
// A slice of a Volume as an 8-bit QImage through a window (MONOCHROME1 inverted, colour as
// is): for dialogs, thumbnails and reports that need a picture without a GL view.

#include "core/Volume.h"

#include <QImage>

namespace rc {

QImage sliceImage(const Volume& volume, int slice, const WindowLevel& window);

}  // namespace rc
