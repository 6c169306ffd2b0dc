#pragma once
// Volume: a voxel buffer with its geometry in patient coordinates (DICOM LPS, millimetres).
//
// Voxels hold real-world values (rescale slope/intercept already applied: HU for CT), in
// the smallest type that holds them exactly: Int16 for nearly all CT, UInt16 for MR and X-ray,
// Float32 for fractional rescales and parametric maps, Rgb8 for colour images.
// Index (i, j, k): i runs along a row (column index), j down the columns (row index), k
// through slices or frames. A chest X-ray is a volume with one slice.

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace rc {

// Zero-filled bytes that cost memory only where they are written: large blocks come straight
// from the kernel as untouched zero pages (calloc), so a volume whose decoding fails on its
// first frame never commits the rest, and no pass over the buffer zero-fills it.
class VoxelBuffer {
public:
  VoxelBuffer() = default;
  explicit VoxelBuffer(size_t bytes);
  VoxelBuffer(const VoxelBuffer& other);
  VoxelBuffer& operator=(const VoxelBuffer& other);
  VoxelBuffer(VoxelBuffer&& other) noexcept : data_(other.data_), size_(other.size_) { other.data_ = nullptr, other.size_ = 0; }
  VoxelBuffer& operator=(VoxelBuffer&& other) noexcept;
  ~VoxelBuffer();

  std::uint8_t* data() { return data_; }
  const std::uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

private:
  std::uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

enum class PixelType { Int16, UInt16, Float32, Rgb8 };

int bytesPerVoxel(PixelType type);
QString pixelTypeName(PixelType type);

using Vec3 = std::array<double, 3>;

struct WindowLevel {
  double width = 0;
  double center = 0;
  bool operator==(const WindowLevel& o) const { return width == o.width && center == o.center; }
};

// Where one slice (k index) of a volume came from: needed to reference source images in
// SEG/SR and to show per-slice information.
struct SliceSource {
  QString sopInstanceUid;
  QString filePath;
  int frame = 0;  // 0-based frame number within a multi-frame object
  QString sopClassUid;
  int framesInFile = 1;  // > 1: a multi-frame object (references then name the frame)
};

class Volume {
public:
  Volume() = default;
  // Throws std::bad_alloc when the memory is not there (callers check sizes first).
  Volume(PixelType type, std::array<int, 3> dimensions);

  bool isEmpty() const { return voxels_.empty(); }
  PixelType pixelType() const { return type_; }
  std::array<int, 3> dimensions() const { return dims_; }
  int width() const { return dims_[0]; }
  int height() const { return dims_[1]; }
  int sliceCount() const { return dims_[2]; }
  size_t voxelCount() const { return size_t(dims_[0]) * dims_[1] * dims_[2]; }
  size_t sliceVoxelCount() const { return size_t(dims_[0]) * dims_[1]; }
  size_t byteSize() const { return voxels_.size(); }
  int components() const { return type_ == PixelType::Rgb8 ? 3 : 1; }

  template <class T>
  T* data() { return reinterpret_cast<T*>(voxels_.data()); }
  template <class T>
  const T* data() const { return reinterpret_cast<const T*>(voxels_.data()); }
  std::uint8_t* bytes() { return voxels_.data(); }
  const std::uint8_t* bytes() const { return voxels_.data(); }
  std::uint8_t* sliceBytes(int k) { return voxels_.data() + size_t(k) * sliceVoxelCount() * bytesPerVoxel(type_); }

  size_t index(int i, int j, int k) const { return (size_t(k) * dims_[1] + j) * dims_[0] + i; }
  bool contains(int i, int j, int k) const {
    return i >= 0 && j >= 0 && k >= 0 && i < dims_[0] && j < dims_[1] && k < dims_[2];
  }
  // Real-world value; the luminance for colour volumes.
  double valueAt(int i, int j, int k) const;

  // Geometry. axes[0] points along increasing i, axes[1] along j, axes[2] along k (unit
  // vectors in patient coordinates); origin is the centre of voxel (0,0,0).
  Vec3 spacing = {1, 1, 1};
  Vec3 origin = {0, 0, 0};
  std::array<Vec3, 3> axes = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
  bool hasPatientOrientation = false;  // axes come from Image Orientation (Patient)
  Vec3 indexToPatient(double i, double j, double k) const;
  Vec3 patientToIndex(const Vec3& p) const;

  // Presentation.
  bool invertedGrayscale = false;            // MONOCHROME1: high values display dark
  std::optional<WindowLevel> fileWindow;     // first Window Center/Width from the file
  std::optional<double> paddingValue;        // real-world value of padding (outside FOV)
  QString unit;                              // UCUM unit a parametric map states, e.g. "um2/s" (ADC)

  // Provenance.
  QString modality;
  QString seriesInstanceUid;
  QString frameOfReferenceUid;
  std::vector<SliceSource> slices;           // one per k
  QStringList warnings;                      // e.g. irregular slice spacing, extra stacks
  // Geometry the volume does not model: shown as it is, and flagged in the views.
  bool sheared = false;                      // slice positions drift in-plane (gantry tilt)
  bool irregularSpacing = false;             // gaps between slices differ by more than 10 %

  // Range of real-world values, ignoring padding. Computed on demand and cached.
  std::pair<double, double> valueRange() const;
  // A display window: the file's if present, else the 1st-99th percentile of the data.
  WindowLevel defaultWindow() const;

private:
  PixelType type_ = PixelType::Int16;
  std::array<int, 3> dims_ = {0, 0, 0};
  VoxelBuffer voxels_;
  mutable std::optional<std::pair<double, double>> range_;
};

// Standard chest presets (keys 1/2/3 in the viewer).
struct WindowPreset {
  QString name;  // untranslated key: "lung", "mediastinum", "bone"
  WindowLevel window;
};
const std::vector<WindowPreset>& chestWindowPresets();

}  // namespace rc
