#include "PixelDecoder.h"

#include "dicom/DatasetAccess.h"
#include "DicomTr.h"
#include "dicom/Codecs.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace rc {

namespace {

std::uint8_t clampByte(double v) { return std::uint8_t(std::clamp(std::lround(v), 0L, 255L)); }

template <class Raw>
struct StoredValue {
  int shift;
  std::uint32_t mask;
  std::uint32_t signBit;
  bool isSigned;
  explicit StoredValue(const PixelFormat& f)
      : shift(f.highBit + 1 - f.bitsStored),
        mask(f.bitsStored >= 32 ? 0xFFFFFFFFu : ((1u << f.bitsStored) - 1)),
        signBit(1u << (f.bitsStored - 1)),
        isSigned(f.pixelRepresentation == 1) {}
  std::int64_t operator()(Raw raw) const {
    const std::uint32_t u = (std::uint32_t(raw) >> shift) & mask;
    if (isSigned && (u & signBit)) return std::int64_t(u) - (std::int64_t(mask) + 1);
    return std::int64_t(u);
  }
};

// Writes slope*stored+intercept for `count` samples into the target type; flags overflow
// for integer targets instead of clipping silently.
// Whole-number slope and intercept (CT: 1 and -1024) into an integer target: the same values
// as the rounding below, in integer arithmetic (the rounding was a third of a series load).
template <class Raw, class Out>
void convertGrayIntegral(const Raw* src, size_t count, const StoredValue<Raw>& stored, std::int64_t slope,
                         std::int64_t intercept, Out* out, const SliceTarget& t) {
  constexpr std::int64_t lo = std::numeric_limits<Out>::min(), hi = std::numeric_limits<Out>::max();
  for (size_t i = 0; i < count; ++i) {
    const std::int64_t r = stored(src[i]) * slope + intercept;
    if (r < lo || r > hi) {
      t.overflow->store(true);
      return;
    }
    out[i] = Out(r);
  }
}

bool isWholeNumber(double v) { return std::abs(v) < 1e9 && std::floor(v) == v; }

template <class Raw>
void convertGray(const Raw* src, size_t count, const PixelFormat& f, double slope,
                 double intercept, const SliceTarget& t) {
  const StoredValue<Raw> stored(f);
  if (isWholeNumber(slope) && isWholeNumber(intercept) && std::abs(slope) <= 65536) {
    if (t.type == PixelType::Int16)
      return convertGrayIntegral(src, count, stored, std::int64_t(slope), std::int64_t(intercept), static_cast<std::int16_t*>(t.voxels), t);
    if (t.type == PixelType::UInt16)
      return convertGrayIntegral(src, count, stored, std::int64_t(slope), std::int64_t(intercept), static_cast<std::uint16_t*>(t.voxels), t);
  }
  switch (t.type) {
    case PixelType::Int16: {
      auto* out = static_cast<std::int16_t*>(t.voxels);
      for (size_t i = 0; i < count; ++i) {
        const double r = double(stored(src[i])) * slope + intercept;
        if (r < -32768.0 || r > 32767.0) {
          t.overflow->store(true);
          return;
        }
        out[i] = std::int16_t(std::lround(r));
      }
      break;
    }
    case PixelType::UInt16: {
      auto* out = static_cast<std::uint16_t*>(t.voxels);
      for (size_t i = 0; i < count; ++i) {
        const double r = double(stored(src[i])) * slope + intercept;
        if (r < 0.0 || r > 65535.0) {
          t.overflow->store(true);
          return;
        }
        out[i] = std::uint16_t(std::lround(r));
      }
      break;
    }
    case PixelType::Float32: {
      auto* out = static_cast<float*>(t.voxels);
      for (size_t i = 0; i < count; ++i) out[i] = float(double(stored(src[i])) * slope + intercept);
      break;
    }
    case PixelType::Rgb8: {
      // Grayscale shown in a colour volume (a series mixing colour and grey images).
      auto* out = static_cast<std::uint8_t*>(t.voxels);
      const double range = std::max(1.0, f.maxStored() - f.minStored());
      for (size_t i = 0; i < count; ++i) {
        const std::uint8_t g = clampByte((double(stored(src[i])) - f.minStored()) / range * 255.0);
        out[3 * i] = out[3 * i + 1] = out[3 * i + 2] = g;
      }
      break;
    }
  }
}

void ybrToRgb(double y, double cb, double cr, std::uint8_t* rgb) {
  rgb[0] = clampByte(y + 1.402 * (cr - 128));
  rgb[1] = clampByte(y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128));
  rgb[2] = clampByte(y + 1.772 * (cb - 128));
}

}  // namespace

FrameDecoder::FrameDecoder(DcmItem* dataset, const FileMeta& meta) : dataset_(dataset), meta_(meta) {}

QString FrameDecoder::where(int frame) const {
  return meta_.frames > 1 ? DicomTr::tr("%1: frame %2").arg(meta_.path).arg(frame + 1) : meta_.path;
}

Status FrameDecoder::decode(int frame, double slope, double intercept, const SliceTarget& target) {
  const PixelFormat& f = meta_.format;
  const size_t pixels = size_t(f.rows) * f.columns;

  if (f.storage != SampleStorage::Integer) {
    // Float / Double Float Pixel Data (parametric maps): never compressed.
    const DcmTagKey tag = f.storage == SampleStorage::Float32 ? DCM_FloatPixelData : DCM_DoubleFloatPixelData;
    DcmElement* elem = nullptr;
    if (dataset_->findAndGetElement(tag, elem).bad() || !elem)
      return fail(DicomTr::tr("%1: no pixel data %2").arg(where(frame), dcm::tagLabel(tag)));
    const size_t bytes = f.storage == SampleStorage::Float32 ? 4 : 8;
    if (size_t(elem->getLength()) < (size_t(frame) + 1) * pixels * bytes)
      return fail(DicomTr::tr("%1: pixel data is shorter than Rows x Columns x Number of Frames").arg(where(frame)));
    auto* out = static_cast<float*>(target.voxels);
    if (f.storage == SampleStorage::Float32) {
      Float32* values = nullptr;
      if (elem->getFloat32Array(values).bad() || !values)
        return fail(DicomTr::tr("%1: cannot read float pixel data").arg(where(frame)));
      for (size_t i = 0; i < pixels; ++i) out[i] = float(values[size_t(frame) * pixels + i] * slope + intercept);
    } else {
      Float64* values = nullptr;
      if (elem->getFloat64Array(values).bad() || !values)
        return fail(DicomTr::tr("%1: cannot read double pixel data").arg(where(frame)));
      for (size_t i = 0; i < pixels; ++i) out[i] = float(values[size_t(frame) * pixels + i] * slope + intercept);
    }
    return Status::success();
  }

  const QString undecodable = undecodableTransferSyntaxReason(meta_.transferSyntaxUid);
  if (!undecodable.isEmpty()) return fail(QStringLiteral("%1: %2").arg(where(frame), undecodable));

  DcmElement* pixelData = nullptr;
  if (dataset_->findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
    return fail(DicomTr::tr("%1: no Pixel Data (7FE0,0010)").arg(where(frame)));

  const bool encapsulated = DcmXfer(meta_.transferSyntaxUid.toLatin1().constData()).isEncapsulated();
  const size_t bytesPerSample = size_t(f.bitsAllocated / 8);
  const bool subsampled = !encapsulated && f.samples == 3 && f.photometric.endsWith(QLatin1String("_422"));
  const size_t expected = pixels * (subsampled ? 2 : size_t(f.samples)) * bytesPerSample;
  Uint32 dcmtkSize = 0;
  pixelData->getUncompressedFrameSize(dataset_, dcmtkSize);
  // DCMTK wants room for the pad byte of odd-length frames: round up to even.
  const size_t bufferSize = (std::max(expected, size_t(dcmtkSize)) + 1) & ~size_t(1);
  if (bufferSize > 0xFFFFFFF0u) return fail(DicomTr::tr("%1: frame too large").arg(where(frame)));
  scratch_.assign(bufferSize, 0);

  if (!encapsulated) {
    // Native data must hold every frame; a short value is a truncated file.
    if (size_t(pixelData->getLength()) + 1 < (size_t(frame) + 1) * expected)
      return fail(DicomTr::tr("%1: pixel data is truncated (%2 bytes, %3 expected)")
                      .arg(where(frame))
                      .arg(pixelData->getLength())
                      .arg((size_t(frame) + 1) * expected));
  }

  OFString colorModel;
  const OFCondition status = pixelData->getUncompressedFrame(
      dataset_, Uint32(frame), startFragment_, scratch_.data(), Uint32(bufferSize), colorModel, &cache_);
  if (status.bad()) {
    return fail(DicomTr::tr("%1: cannot decode %2 pixel data: %3")
                    .arg(where(frame), transferSyntaxName(meta_.transferSyntaxUid), dcm::conditionText(status)));
  }

  if (f.photometric == QLatin1String("PALETTE COLOR")) return palette(scratch_.data(), target);
  if (f.samples == 3) {
    const int planar = dcm::integer(dataset_, DCM_PlanarConfiguration, 0, 1).value_or(0);
    return color(scratch_.data(), QString::fromLatin1(colorModel.c_str()).toUpper(), planar, target);
  }
  return grayscale(scratch_.data(), slope, intercept, target);
}

Status FrameDecoder::grayscale(const std::uint8_t* src, double slope, double intercept, const SliceTarget& t) const {
  const PixelFormat& f = meta_.format;
  const size_t pixels = size_t(f.rows) * f.columns;
  switch (f.bitsAllocated) {
    case 8: convertGray(src, pixels, f, slope, intercept, t); break;
    case 16: convertGray(reinterpret_cast<const std::uint16_t*>(src), pixels, f, slope, intercept, t); break;
    case 32: convertGray(reinterpret_cast<const std::uint32_t*>(src), pixels, f, slope, intercept, t); break;
    default: return fail(DicomTr::tr("%1: unsupported Bits Allocated %2").arg(meta_.path).arg(f.bitsAllocated));
  }
  return Status::success();
}

Status FrameDecoder::palette(const std::uint8_t* src, const SliceTarget& t) const {
  const PixelFormat& f = meta_.format;
  if (t.type != PixelType::Rgb8) return fail(DicomTr::tr("%1: palette image in a grayscale series").arg(meta_.path));
  if (dataset_->tagExists(DCM_SegmentedRedPaletteColorLookupTableData))
    return fail(DicomTr::tr("%1: segmented palette colour lookup tables are not supported").arg(meta_.path));

  struct Lut {
    std::vector<std::uint8_t> values;
    long first = 0;
  };
  auto readLut = [&](const DcmTagKey& descriptorTag, const DcmTagKey& dataTag, Lut& lut) -> bool {
    // Descriptor: entries (0 = 65536), first mapped value, bits per entry. Writers use US or
    // SS; an SS entry count is the same 16 bits read as signed, so -5 is 65531 entries.
    const auto d = dcm::numbers(dataset_, descriptorTag);
    if (d.size() != 3 || std::floor(d[0]) != d[0] || std::floor(d[1]) != d[1] || d[0] < -32768 || d[0] > 65535 ||
        d[1] < -32768 || d[1] > 65535 || (d[2] != 8 && d[2] != 16))
      return false;
    long entries = long(d[0]);
    if (entries < 0) entries += 65536;
    if (entries == 0) entries = 65536;
    lut.first = long(d[1]);
    const int bits = int(d[2]);
    DcmElement* elem = nullptr;
    if (dataset_->findAndGetElement(dataTag, elem).bad() || !elem) return false;
    const size_t bytes = elem->getLength();
    lut.values.resize(size_t(entries));
    if (bits == 8 && bytes == size_t(entries)) {  // 8-bit entries packed two per word
      Uint8* data = nullptr;
      if (elem->getUint8Array(data).bad() || !data) return false;
      std::copy(data, data + entries, lut.values.begin());
    } else {
      Uint16* data = nullptr;
      if (elem->getUint16Array(data).bad() || !data || bytes / 2 < size_t(entries)) return false;
      for (long i = 0; i < entries; ++i)
        lut.values[size_t(i)] = bits > 8 ? std::uint8_t(data[i] >> 8) : std::uint8_t(data[i] & 0xFF);
    }
    return true;
  };
  Lut red, green, blue;
  if (!readLut(DCM_RedPaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData, red) ||
      !readLut(DCM_GreenPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableData, green) ||
      !readLut(DCM_BluePaletteColorLookupTableDescriptor, DCM_BluePaletteColorLookupTableData, blue))
    return fail(DicomTr::tr("%1: palette colour lookup table missing or invalid (0028,1101-1203)").arg(meta_.path));

  const size_t pixels = size_t(f.rows) * f.columns;
  auto* out = static_cast<std::uint8_t*>(t.voxels);
  auto lookup = [](const Lut& lut, long v) {
    const long i = std::clamp(v - lut.first, 0L, long(lut.values.size()) - 1);
    return lut.values[size_t(i)];
  };
  for (size_t p = 0; p < pixels; ++p) {
    const long v = f.bitsAllocated == 16 ? long(reinterpret_cast<const std::uint16_t*>(src)[p]) : long(src[p]);
    out[3 * p] = lookup(red, v);
    out[3 * p + 1] = lookup(green, v);
    out[3 * p + 2] = lookup(blue, v);
  }
  return Status::success();
}

Status FrameDecoder::color(const std::uint8_t* src, const QString& colorModel, int planar, const SliceTarget& t) const {
  const PixelFormat& f = meta_.format;
  if (t.type != PixelType::Rgb8) return fail(DicomTr::tr("%1: colour image in a grayscale series").arg(meta_.path));
  const size_t pixels = size_t(f.rows) * f.columns;
  auto* out = static_cast<std::uint8_t*>(t.voxels);
  const int shift = f.bitsAllocated == 16 ? std::max(0, f.bitsStored - 8) : 0;
  auto sample = [&](size_t index) -> double {
    if (f.bitsAllocated == 16) return double(reinterpret_cast<const std::uint16_t*>(src)[index] >> shift);
    return double(src[index]);
  };

  if (colorModel.endsWith(QLatin1String("_422"))) {
    // Native YBR_FULL_422: Y0 Y1 Cb Cr for each horizontal pair of pixels.
    for (size_t p = 0; p < pixels; p += 2) {
      const size_t base = p * 2;
      const double cb = sample(base + 2), cr = sample(base + 3);
      ybrToRgb(sample(base), cb, cr, out + 3 * p);
      if (p + 1 < pixels) ybrToRgb(sample(base + 1), cb, cr, out + 3 * (p + 1));
    }
    return Status::success();
  }
  const bool ybr = colorModel.startsWith(QLatin1String("YBR"));
  for (size_t p = 0; p < pixels; ++p) {
    double c[3];
    for (int s = 0; s < 3; ++s) c[s] = planar == 1 ? sample(size_t(s) * pixels + p) : sample(3 * p + size_t(s));
    if (ybr) {
      ybrToRgb(c[0], c[1], c[2], out + 3 * p);
    } else {
      for (int s = 0; s < 3; ++s) out[3 * p + size_t(s)] = clampByte(c[s]);
    }
  }
  return Status::success();
}

}  // namespace rc
