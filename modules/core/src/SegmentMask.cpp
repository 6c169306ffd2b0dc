#include "core/SegmentMask.h"

#include "core/RunCoder.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace rc {

namespace {

struct LabelsTr {
  Q_DECLARE_TR_FUNCTIONS(Labels)
};

constexpr quint32 kMaskMagic = 0x52434d31;  // "RCM1"

}  // namespace

// ----- SegmentMask ---------------------------------------------------------------------

SegmentMask::SegmentMask(std::array<int, 3> dimensions)
    : dims_(dimensions), slices_(size_t(std::max(0, dimensions[2]))), stats_(slices_.size()) {}

bool SegmentMask::at(int i, int j, int k) const {
  if (i < 0 || j < 0 || k < 0 || i >= dims_[0] || j >= dims_[1] || k >= dims_[2]) return false;
  const auto& s = slices_[size_t(k)];
  return !s.empty() && s[size_t(j) * size_t(dims_[0]) + size_t(i)] != 0;
}

void SegmentMask::set(int i, int j, int k, bool on) {
  if (i < 0 || j < 0 || k < 0 || i >= dims_[0] || j >= dims_[1] || k >= dims_[2]) return;
  if (!on && slices_[size_t(k)].empty()) return;
  sliceForWriting(k)[size_t(j) * size_t(dims_[0]) + size_t(i)] = on ? 1 : 0;
}

const std::uint8_t* SegmentMask::slice(int k) const {
  if (k < 0 || k >= dims_[2] || slices_[size_t(k)].empty()) return nullptr;
  return slices_[size_t(k)].data();
}

std::uint8_t* SegmentMask::sliceForWriting(int k) {
  auto& s = slices_.at(size_t(k));
  if (s.empty()) s.assign(sliceVoxelCount(), 0);
  markWritten(k);
  return s.data();
}

SegmentMask::SliceStats SegmentMask::statsOf(int k) const {
  const SliceStats& cached = stats_[size_t(k)];
  if (cached.count >= 0) return cached;
  SliceStats st;
  const std::uint8_t* s = slice(k);
  if (!s) return st;
  const int w = dims_[0], h = dims_[1];
  st.i0 = w, st.j0 = h;
  for (int j = 0; j < h; ++j) {
    const std::uint8_t* row = s + size_t(j) * size_t(w);
    int first = -1, last = -1;
    std::int64_t n = 0;
    for (int i = 0; i < w; ++i)
      if (row[i]) {
        if (first < 0) first = i;
        last = i;
        ++n;
      }
    if (n == 0) continue;
    st.count += n;
    st.i0 = std::min(st.i0, first), st.i1 = std::max(st.i1, last);
    st.j0 = std::min(st.j0, j), st.j1 = j;
  }
  if (st.count == 0) st = SliceStats{};
  return st;
}

void SegmentMask::compact() {
  for (int k = 0; k < dims_[2]; ++k) {
    if (stats_[size_t(k)].count >= 0) continue;
    stats_[size_t(k)] = statsOf(k);
    if (stats_[size_t(k)].count == 0) slices_[size_t(k)] = {};
  }
}

size_t SegmentMask::count(int k) const {
  if (k < 0 || k >= dims_[2]) return 0;
  return size_t(statsOf(k).count);
}

size_t SegmentMask::count() const {
  size_t n = 0;
  for (int k = 0; k < dims_[2]; ++k) n += count(k);
  return n;
}

std::optional<IndexBox> SegmentMask::bounds() const {
  IndexBox box;
  for (int k = 0; k < dims_[2]; ++k) {
    if (slices_[size_t(k)].empty()) continue;
    const SliceStats st = statsOf(k);
    if (st.count == 0) continue;
    box = box.united({{st.i0, st.j0, k}, {st.i1, st.j1, k}});
  }
  if (box.isEmpty()) return std::nullopt;
  return box;
}

bool SegmentMask::operator==(const SegmentMask& other) const {
  if (dims_ != other.dims_) return false;
  for (int k = 0; k < dims_[2]; ++k) {
    const std::uint8_t* a = slice(k);
    const std::uint8_t* b = other.slice(k);
    if (!a && !b) continue;
    for (size_t n = 0; n < sliceVoxelCount(); ++n)
      if ((a ? a[n] != 0 : false) != (b ? b[n] != 0 : false)) return false;
  }
  return true;
}

QByteArray SegmentMask::encode() const {
  // Per slice: the number of runs, then the run lengths (core/RunCoder.h).
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out << kMaskMagic << qint32(dims_[0]) << qint32(dims_[1]) << qint32(dims_[2]);
  std::vector<std::uint32_t> runs;
  for (int k = 0; k < dims_[2]; ++k) {
    runs.clear();
    if (const std::uint8_t* s = slice(k)) encodeRuns(s, sliceVoxelCount(), runs);
    out << quint32(runs.size());
    for (std::uint32_t r : runs) out << quint32(r);
  }
  return bytes;
}

Result<SegmentMask> SegmentMask::decode(const QByteArray& bytes) {
  QDataStream in(bytes);
  quint32 magic = 0;
  qint32 w = 0, h = 0, d = 0;
  in >> magic >> w >> h >> d;
  if (in.status() != QDataStream::Ok || magic != kMaskMagic || w < 0 || h < 0 || d < 0 ||
      qint64(w) * h > (qint64(1) << 31))
    return fail(LabelsTr::tr("not a stored segment mask"));
  SegmentMask mask({w, h, d});
  const quint64 perSlice = quint64(w) * quint64(h);
  std::vector<std::uint32_t> runs;
  for (int k = 0; k < d; ++k) {
    quint32 runCount = 0;
    in >> runCount;
    if (in.status() != QDataStream::Ok || runCount > perSlice + 1) return fail(LabelsTr::tr("damaged segment mask (slice %1)").arg(k));
    if (runCount == 0) continue;
    runs.resize(runCount);
    for (quint32 r = 0; r < runCount; ++r) {
      quint32 length = 0;
      in >> length;
      runs[r] = length;
    }
    if (in.status() != QDataStream::Ok) return fail(LabelsTr::tr("damaged segment mask (slice %1)").arg(k));
    std::uint8_t* s = mask.sliceForWriting(k);
    if (!forEachRunOfOnes(runs.data(), runs.size(), size_t(perSlice),
                          [&](size_t at, size_t length) { std::fill(s + at, s + at + length, std::uint8_t(1)); }))
      return fail(LabelsTr::tr("damaged segment mask (slice %1)").arg(k));
  }
  mask.compact();
  return mask;
}

}  // namespace rc
