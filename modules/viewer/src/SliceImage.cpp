#include "viewer/SliceImage.h"

#include <algorithm>

namespace rc {

QImage sliceImage(const Volume& volume, int slice, const WindowLevel& window) {
  if (volume.isEmpty() || slice < 0 || slice >= volume.sliceCount()) return QImage();
  const int w = volume.width(), h = volume.height();
  if (volume.pixelType() == PixelType::Rgb8) {
    QImage image(w, h, QImage::Format_RGB888);
    const auto* src = volume.data<std::uint8_t>() + volume.index(0, 0, slice) * 3;
    for (int y = 0; y < h; ++y) std::copy(src + size_t(y) * w * 3, src + size_t(y + 1) * w * 3, image.scanLine(y));
    return image;
  }
  QImage image(w, h, QImage::Format_Grayscale8);
  const double low = window.center - window.width / 2.0;
  const double width = std::max(window.width, 1e-9);
  for (int y = 0; y < h; ++y) {
    uchar* line = image.scanLine(y);
    for (int x = 0; x < w; ++x) {
      double g = (volume.valueAt(x, y, slice) - low) / width;
      g = std::clamp(g, 0.0, 1.0);
      if (volume.invertedGrayscale) g = 1.0 - g;
      line[x] = uchar(g * 255.0 + 0.5);
    }
  }
  return image;
}

}  // namespace rc
