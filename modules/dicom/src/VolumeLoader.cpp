#include "dicom/VolumeLoader.h"

#include "DicomTr.h"
#include "ImageMetadata.h"
#include "VendorDiffusion.h"
#include "core/VectorMath.h"
#include "PixelDecoder.h"
#include "dicom/Codecs.h"
#include "dicom/DicomFile.h"

#include "core/Parallel.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QFile>
#include <QMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>

namespace rc {

namespace {

Vec3 normalOf(const std::array<Vec3, 2>& o) { return cross(o[0], o[1]); }

QString orientationName(const std::optional<std::array<Vec3, 2>>& o) {
  if (!o) return QString();
  const Vec3 n = normalOf(*o);
  const double ax = std::abs(n[0]), ay = std::abs(n[1]), az = std::abs(n[2]);
  const double m = std::max({ax, ay, az});
  if (m < 0.9) return DicomTr::tr("oblique");
  if (m == az) return DicomTr::tr("axial");
  if (m == ay) return DicomTr::tr("coronal");
  return DicomTr::tr("sagittal");
}

struct Stack {
  std::vector<size_t> frames;  // indices into the frame list, sorted for the volume
  QString label;
  size_t groupSize = 0;        // frames in the geometry group it came from
  double discriminator = 0;    // b-value / echo / time / occurrence, for ordering
  std::optional<double> bValue;
  QString bValueSource;
};

bool hasGeometry(const FrameMeta& f) { return f.geometry.position && f.geometry.orientation; }

double positionAlongNormal(const FrameMeta& f) {
  return dot(*f.geometry.position, normalOf(*f.geometry.orientation));
}

long roundedPosition(const FrameMeta& f) { return std::lround(positionAlongNormal(f) * 100.0); }  // 0.01 mm

bool hasDuplicatePositions(const std::vector<FrameMeta>& frames, const std::vector<size_t>& indices) {
  std::map<long, int> seen;
  for (size_t i : indices) {
    if (!hasGeometry(frames[i])) return false;
    if (++seen[roundedPosition(frames[i])] > 1) return true;
  }
  return false;
}

// Splits frames that occupy the same positions into stacks: by b-value, echo or time point
// when the files say so, else by order of occurrence.
std::vector<Stack> splitGroup(const std::vector<FrameMeta>& frames, const std::vector<size_t>& group,
                              const QString& groupLabel) {
  std::vector<Stack> stacks;
  if (!hasDuplicatePositions(frames, group)) {
    stacks.push_back({group, groupLabel, group.size(), 0, {}, {}});
    return stacks;
  }
  struct Key {
    QString label;
    double order;
  };
  auto discriminate = [&](const FrameMeta& f) -> Key {
    if (f.bValue) return {QStringLiteral("b=%1").arg(*f.bValue), *f.bValue};
    if (f.echoNumber) return {DicomTr::tr("echo %1").arg(*f.echoNumber), double(*f.echoNumber)};
    if (f.temporalPosition) return {DicomTr::tr("time %1").arg(*f.temporalPosition), double(*f.temporalPosition)};
    return {QString(), 0};
  };
  std::map<std::pair<double, QString>, std::vector<size_t>> byKey;
  for (size_t i : group) {
    const Key k = discriminate(frames[i]);
    byKey[{k.order, k.label}].push_back(i);
  }
  for (auto& [key, members] : byKey) {
    const QString base = groupLabel.isEmpty() ? key.second : (key.second.isEmpty() ? groupLabel : groupLabel + QLatin1Char(' ') + key.second);
    if (!hasDuplicatePositions(frames, members)) {
      stacks.push_back({members, base, group.size(), key.first, {}, {}});
      continue;
    }
    // Still duplicated: the n-th frame at each position goes to stack n.
    std::map<long, int> occurrences;
    std::map<int, std::vector<size_t>> byOccurrence;
    for (size_t i : members) byOccurrence[occurrences[roundedPosition(frames[i])]++].push_back(i);
    for (auto& [n, subset] : byOccurrence) {
      const QString label = (base.isEmpty() ? QString() : base + QLatin1Char(' ')) + QStringLiteral("#%1").arg(n + 1);
      stacks.push_back({subset, label, group.size(), key.first + n * 1e-6, {}, {}});
    }
  }
  return stacks;
}

std::vector<Stack> buildStacks(const std::vector<FileMeta>& files, const std::vector<FrameMeta>& frames) {
  // Geometry groups: same matrix, colour-ness and orientation.
  std::map<QString, std::vector<size_t>> groups;
  std::vector<QString> order;
  for (size_t i = 0; i < frames.size(); ++i) {
    const FrameMeta& f = frames[i];
    const PixelFormat& fmt = files[size_t(f.file)].format;
    QString key = QStringLiteral("%1x%2%3").arg(fmt.columns).arg(fmt.rows).arg(fmt.isColor() ? QStringLiteral("c") : QString());
    if (f.geometry.orientation) {
      for (const Vec3& v : *f.geometry.orientation)
        for (double c : v) key += QStringLiteral(",%1").arg(std::lround(c * 1000.0));
    }
    if (!groups.count(key)) order.push_back(key);
    groups[key].push_back(i);
  }
  std::vector<Stack> stacks;
  for (const QString& key : order) {
    const auto& group = groups[key];
    const FrameMeta& first = frames[group.front()];
    const PixelFormat& fmt = files[size_t(first.file)].format;
    QString label;
    if (groups.size() > 1) {
      label = QStringLiteral("%1 %2x%3").arg(orientationName(first.geometry.orientation)).arg(fmt.columns).arg(fmt.rows).trimmed();
    }
    for (Stack& s : splitGroup(frames, group, label)) stacks.push_back(std::move(s));
  }
  std::stable_sort(stacks.begin(), stacks.end(), [](const Stack& a, const Stack& b) {
    if (a.groupSize != b.groupSize) return a.groupSize > b.groupSize;
    return a.discriminator < b.discriminator;
  });
  // Order the frames inside each stack.
  for (Stack& s : stacks) {
    const bool geometric = std::all_of(s.frames.begin(), s.frames.end(), [&](size_t i) { return hasGeometry(frames[i]); });
    std::stable_sort(s.frames.begin(), s.frames.end(), [&](size_t a, size_t b) {
      const FrameMeta& fa = frames[a];
      const FrameMeta& fb = frames[b];
      if (geometric) return positionAlongNormal(fa) < positionAlongNormal(fb);
      if (fa.file == fb.file) return fa.frame < fb.frame;
      if (fa.instanceNumber != fb.instanceNumber) return fa.instanceNumber < fb.instanceNumber;
      return fa.file < fb.file;
    });
    if (s.label.isEmpty() && stacks.size() > 1) s.label = DicomTr::tr("stack %1").arg(&s - stacks.data() + 1);
    // A stack has a b-value when all its frames agree on one.
    const FrameMeta& first = frames[s.frames.front()];
    if (first.bValue && std::all_of(s.frames.begin(), s.frames.end(), [&](size_t i) { return frames[i].bValue == first.bValue; })) {
      s.bValue = first.bValue;
      s.bValueSource = first.bValueSource;
    }
  }
  return stacks;
}

bool isInteger(double v) { return std::abs(v - std::round(v)) < 1e-9; }

PixelType choosePixelType(const std::vector<FileMeta>& files, const std::vector<FrameMeta>& frames,
                          const Stack& stack) {
  double lo = HUGE_VAL, hi = -HUGE_VAL;
  bool integerRescale = true;
  for (size_t i : stack.frames) {
    const FrameMeta& f = frames[i];
    const PixelFormat& fmt = files[size_t(f.file)].format;
    if (fmt.isColor()) return PixelType::Rgb8;
    if (fmt.storage != SampleStorage::Integer) return PixelType::Float32;
    if (!isInteger(f.slope) || !isInteger(f.intercept)) integerRescale = false;
    const double a = fmt.minStored() * f.slope + f.intercept;
    const double b = fmt.maxStored() * f.slope + f.intercept;
    lo = std::min({lo, a, b});
    hi = std::max({hi, a, b});
  }
  if (!integerRescale) return PixelType::Float32;
  if (lo >= -32768 && hi <= 32767) return PixelType::Int16;
  if (lo >= 0 && hi <= 65535) return PixelType::UInt16;
  // The representable range is wider than 16 bits, but real data rarely uses it: try Int16
  // and fall back to Float32 if any value does not fit.
  return PixelType::Int16;
}

void setGeometry(Volume& volume, const std::vector<FrameMeta>& frames, const Stack& stack) {
  const FrameMeta& first = frames[stack.frames.front()];
  if (first.geometry.orientation) {
    const auto& o = *first.geometry.orientation;
    volume.axes = {o[0], o[1], normalOf(o)};
    volume.hasPatientOrientation = true;
  }
  if (first.geometry.position) volume.origin = *first.geometry.position;
  if (first.geometry.pixelSpacing) {
    volume.spacing[0] = (*first.geometry.pixelSpacing)[1];  // between columns: along a row
    volume.spacing[1] = (*first.geometry.pixelSpacing)[0];  // between rows
  }
  double sliceSpacing = first.geometry.spacingBetweenSlices > 0 ? first.geometry.spacingBetweenSlices
                        : first.geometry.sliceThickness > 0  ? first.geometry.sliceThickness
                                                             : 1.0;
  const bool geometric = std::all_of(stack.frames.begin(), stack.frames.end(), [&](size_t i) { return hasGeometry(frames[i]); });
  if (geometric && stack.frames.size() > 1) {
    std::vector<double> gaps;
    for (size_t n = 1; n < stack.frames.size(); ++n)
      gaps.push_back(positionAlongNormal(frames[stack.frames[n]]) - positionAlongNormal(frames[stack.frames[n - 1]]));
    std::vector<double> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
    const double median = sorted[sorted.size() / 2];
    if (median > 1e-4) {
      sliceSpacing = median;
      const auto [minGap, maxGap] = std::minmax_element(gaps.begin(), gaps.end());
      if (*maxGap - *minGap > 0.1 * median) {
        volume.irregularSpacing = true;
        volume.warnings << DicomTr::tr("irregular slice spacing (%1 to %2 mm); slices are shown evenly spaced at %3 mm")
                               .arg(*minGap, 0, 'f', 2).arg(*maxGap, 0, 'f', 2).arg(median, 0, 'f', 2);
      }
      // Slices whose positions drift in-plane (gantry tilt) are shown unsheared.
      const Vec3& p0 = *frames[stack.frames.front()].geometry.position;
      const Vec3& p1 = *frames[stack.frames.back()].geometry.position;
      const Vec3 d = {p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]};
      const double along = dot(d, volume.axes[2]);
      const double length = std::sqrt(dot(d, d));
      if (length > 0 && std::sqrt(std::max(0.0, length * length - along * along)) > 0.01 * length) {
        volume.sheared = true;
        volume.warnings << DicomTr::tr("slices are sheared (gantry tilt); shown without shear correction");
      }
    }
  }
  volume.spacing[2] = sliceSpacing;
}

struct DecodeJob {
  struct Item {
    const FrameMeta* frame;
    int k;  // slice index in the volume
  };
  int file;
  std::vector<Item> items;  // in frame order
};

Status decodeAll(const std::vector<FileMeta>& files, const std::vector<FrameMeta>& frames,
                 const Stack& stack, Volume& volume, int threadCount, Progress& progress,
                 bool& overflowed) {
  std::map<int, DecodeJob> byFile;
  for (size_t k = 0; k < stack.frames.size(); ++k) {
    const FrameMeta& f = frames[stack.frames[k]];
    auto& job = byFile[f.file];
    job.file = f.file;
    job.items.push_back({&f, int(k)});
  }
  std::vector<DecodeJob> jobs;
  for (auto& [file, job] : byFile) {
    std::sort(job.items.begin(), job.items.end(),
              [](const DecodeJob::Item& a, const DecodeJob::Item& b) { return a.frame->frame < b.frame->frame; });
    jobs.push_back(std::move(job));
  }

  std::atomic<qint64> done{0};
  std::atomic<bool> overflow{false};
  std::mutex errorMutex;
  QString firstError;
  const qint64 total = qint64(stack.frames.size());
  const size_t sliceBytes = volume.sliceVoxelCount() * size_t(bytesPerVoxel(volume.pixelType()));

  // One file per task: a file's frames are decoded in order by one decoder.
  parallelFor(jobs.size(), threadCount, [&](size_t j) {
    const DecodeJob& job = jobs[j];
    const FileMeta& meta = files[size_t(job.file)];
    auto failWith = [&](const QString& message) {
      std::lock_guard<std::mutex> lock(errorMutex);
      if (firstError.isEmpty()) firstError = message;
      return false;
    };
    auto read = readDicomFile(meta.path, ReadScope::Header);
    if (!read) return failWith(read.error());
    // The decoders parse the compressed streams: behind the guard like every parse.
    const Status decoded = guardedCall(meta.path, [&]() -> Status {
      FrameDecoder decoder(read->file->getDataset(), meta);
      for (const DecodeJob::Item& item : job.items) {
        if (progress.cancelled() || overflow.load()) return Status::success();
        SliceTarget target{volume.pixelType(), volume.bytes() + size_t(item.k) * sliceBytes, &overflow};
        const Status frame = decoder.decode(item.frame->frame, item.frame->slope, item.frame->intercept, target);
        if (!frame) return frame;
        progress.report(++done, total, DicomTr::tr("Decoding images"));
      }
      return Status::success();
    });
    if (!decoded) return failWith(decoded.error());
    return !progress.cancelled() && !overflow.load();
  });

  overflowed = overflow.load();
  if (!firstError.isEmpty()) return fail(firstError);
  if (progress.cancelled()) return cancelledFailure(DicomTr::tr("loading cancelled"));
  return Status::success();
}

// Decodes the frames of one stack into a volume with its geometry and provenance.
Result<std::shared_ptr<Volume>> decodeStack(const std::vector<FileMeta>& files, const std::vector<FrameMeta>& frames,
                                            const Stack& stack, int threads, Progress& progress) {
  const FileMeta& firstFile = files[size_t(frames[stack.frames.front()].file)];
  const PixelFormat& fmt = firstFile.format;
  PixelType type = choosePixelType(files, frames, stack);

  // Pass 2: decode. If an integer guess overflows, decode again as Float32.
  std::shared_ptr<Volume> volume;
  for (;;) {
    volume = std::make_shared<Volume>(type, std::array<int, 3>{fmt.columns, fmt.rows, int(stack.frames.size())});
    bool overflowed = false;
    const Status status = decodeAll(files, frames, stack, *volume, threads, progress, overflowed);
    if (!status) return status.failure();
    if (!overflowed) break;
    if (type == PixelType::Float32) return fail(DicomTr::tr("%1: pixel values out of range").arg(firstFile.path));
    type = PixelType::Float32;
  }

  Volume& v = *volume;
  setGeometry(v, frames, stack);
  v.modality = firstFile.modality;
  v.seriesInstanceUid = firstFile.seriesInstanceUid;
  v.frameOfReferenceUid = firstFile.frameOfReferenceUid;
  v.unit = firstFile.unit;
  v.invertedGrayscale = fmt.photometric == QLatin1String("MONOCHROME1");
  if (!fmt.isColor()) {
    v.fileWindow = firstFile.window;
    if (firstFile.paddingStored) {
      double stored = *firstFile.paddingStored;
      // Pixel Padding Value is read as unsigned when its VR is US; reinterpret for signed data.
      if (fmt.pixelRepresentation == 1 && stored > fmt.maxStored()) stored -= std::ldexp(1.0, fmt.bitsStored);
      const FrameMeta& f0 = frames[stack.frames.front()];
      v.paddingValue = stored * f0.slope + f0.intercept;
    }
  }
  for (size_t i : stack.frames) {
    const FrameMeta& f = frames[i];
    const FileMeta& file = files[size_t(f.file)];
    v.slices.push_back({file.sopInstanceUid, file.path, f.frame, file.sopClassUid, file.frames});
  }
  return volume;
}

Result<LoadedVolume> assemble(const QStringList& paths, const LoadOptions& options, Progress& progress) {
  // Pass 1: headers of every file (cheap: parsing stops before the pixel data).
  std::vector<FileMeta> files;
  std::vector<FrameMeta> frames;
  QStringList skipped;
  for (const QString& path : paths) {
    if (progress.cancelled()) return cancelledFailure(DicomTr::tr("loading cancelled"));
    std::vector<FrameMeta> fileFrames;
    auto meta = readImageMetadata(path, int(files.size()), fileFrames);
    if (!meta) {
      skipped << meta.error();
      continue;
    }
    // An impossible b-value refuses the series: its shells (and any ADC from them) would be
    // wrong, and leaving the image out would make a shell silently smaller.
    for (const FrameMeta& f : fileFrames)
      if (!f.impossibleBValue.isEmpty())
        return fail(DicomTr::tr("%1: impossible diffusion b-value %2 in (0018,9087)%3 (a b-value is a number from 0 to %4 s/mm²); "
                                "the series is not loaded")
                        .arg(path, f.impossibleBValue, meta->frames > 1 ? DicomTr::tr(", frame %1").arg(f.frame + 1) : QString())
                        .arg(kMaxPlausibleBValue, 0, 'f', 0));
    files.push_back(std::move(meta).value());
    frames.insert(frames.end(), fileFrames.begin(), fileFrames.end());
  }
  if (files.empty()) {
    return fail(skipped.size() == 1 ? skipped.first()
                                    : DicomTr::tr("no loadable image among %1 files; first problem: %2")
                                          .arg(paths.size())
                                          .arg(skipped.value(0)));
  }

  std::vector<Stack> stacks = buildStacks(files, frames);
  LoadedVolume result;
  for (const Stack& s : stacks) result.stacks.push_back({s.label, int(s.frames.size()), s.bValue, s.bValueSource});
  result.stack = std::clamp(options.stack, 0, int(stacks.size()) - 1);
  if (options.allStacks) {
    for (const Stack& s : stacks) {
      auto v = decodeStack(files, frames, s, options.threads, progress);
      if (!v) return v.failure();
      result.stackVolumes.push_back(std::move(v).value());
    }
    result.volume = result.stackVolumes[size_t(result.stack)];
  } else {
    auto v = decodeStack(files, frames, stacks[size_t(result.stack)], options.threads, progress);
    if (!v) return v.failure();
    result.volume = std::move(v).value();
  }
  if (stacks.size() > 1) {
    result.volume->warnings << DicomTr::tr("series holds %1 stacks; showing %2").arg(stacks.size()).arg(stacks[size_t(result.stack)].label);
  }
  if (!skipped.isEmpty()) {
    const QString w = DicomTr::tr("%n file(s) of the series skipped; first: %1", nullptr, int(skipped.size())).arg(skipped.first());
    result.volume->warnings << w;
  }
  return result;
}

// Messages name a file by what the caller knows it as ("series X, instance Y").
QString labelled(QString message, const QHash<QString, QString>& labels) {
  for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) message.replace(it.key(), it.value());
  return message;
}

}  // namespace

Result<LoadedVolume> loadVolume(const QStringList& paths, const LoadOptions& options, Progress& progress) {
  registerDicomCodecs();
  if (paths.isEmpty()) return fail(DicomTr::tr("no files to load"));
  Result<LoadedVolume> result = fail(QString());
  const Status guarded = guardedCall(paths.size() == 1 ? paths.first() : DicomTr::tr("the series"), [&] {
    result = assemble(paths, options, progress);
    return Status::success();
  });
  if (!guarded) return fail(labelled(guarded.error(), options.fileLabels));
  if (!result) return Failure{labelled(result.error(), options.fileLabels), result.failureKind()};
  return result;
}

}  // namespace rc
