#include "annotate/LabelEditor.h"

#include "core/RunCoder.h"

#include <algorithm>

namespace rc {

size_t MaskChange::voxels() const {
  size_t n = 0;
  for (const Part& p : parts) n += p.voxels;
  return n;
}

size_t MaskChange::bytes() const {
  size_t n = sizeof(MaskChange);
  for (const Part& p : parts) n += sizeof(Part) + p.runs.capacity() * sizeof(std::uint32_t);
  return n;
}

IndexBox MaskChange::box() const {
  IndexBox b;
  for (const Part& p : parts) b = b.united(p.box);
  return b;
}

void LabelEditor::beginStroke() {
  before_.clear();
  touched_.clear();
  inStroke_ = true;
}

void LabelEditor::remember(Segment& segment, int k) {
  const auto key = std::make_pair(segment.number, k);
  if (before_.count(key)) return;
  const std::uint8_t* s = segment.mask.slice(k);
  before_[key] = s ? std::vector<std::uint8_t>(s, s + segment.mask.sliceVoxelCount()) : std::vector<std::uint8_t>();
}

IndexBox LabelEditor::apply(const MaskEdit& edit, const EditPolicy& policy) {
  const bool ownStroke = !inStroke_;
  if (ownStroke) beginStroke();
  IndexBox changed;
  Segment* target = labels_->segment(edit.segment);
  if (!target || target->locked || !volume_) return changed;
  const auto dims = volume_->dimensions();
  if (target->mask.dimensions() != dims) target->mask = SegmentMask(dims);
  const IndexBox box = edit.bits.box.intersected(IndexBox::of(dims));
  if (box.isEmpty()) return changed;

  // The other segments the paint may have to take voxels from, or must stay off.
  std::vector<Segment*> others;
  for (Segment& s : labels_->segments)
    if (s.number != target->number && s.mask.dimensions() == dims) others.push_back(&s);
  auto inRange = [&](int i, int j, int k) {
    if (!policy.intensityRange) return true;
    const double v = volume_->valueAt(i, j, k);
    return v >= policy.intensityRange->first && v <= policy.intensityRange->second;
  };
  const size_t width = size_t(dims[0]);

  for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
    for (int j = box.lo[1]; j <= box.hi[1]; ++j) {
      for (int i = box.lo[0]; i <= box.hi[0]; ++i) {
        const bool bit = edit.bits.at(i, j, k);
        const bool has = target->mask.at(i, j, k);
        bool want = has;
        switch (edit.mode) {
          case MaskEdit::Mode::Add: want = has || bit; break;
          case MaskEdit::Mode::Remove: want = has && !bit; break;
          case MaskEdit::Mode::Replace: want = bit; break;
        }
        if (want == has || !inRange(i, j, k)) continue;
        if (want) {
          // Paint over other segments as the policy says.
          bool blocked = false;
          for (Segment* o : others) {
            if (!o->mask.at(i, j, k)) continue;
            if (policy.paintOver == PaintOver::None || (policy.paintOver == PaintOver::Unlocked && o->locked)) blocked = true;
          }
          if (blocked) continue;
          for (Segment* o : others) {
            if (!o->mask.at(i, j, k)) continue;
            remember(*o, k);
            o->mask.sliceForWriting(k)[size_t(j) * width + size_t(i)] = 0;
            touched_[o->number].include(i, j, k);
          }
        }
        remember(*target, k);
        target->mask.sliceForWriting(k)[size_t(j) * width + size_t(i)] = want ? 1 : 0;
        touched_[target->number].include(i, j, k);
        changed.include(i, j, k);
      }
    }
  }
  if (!changed.isEmpty()) {
    target->mask.compact();
    for (Segment* o : others) o->mask.compact();
  }
  return changed;
}

MaskChange LabelEditor::endStroke() {
  MaskChange change;
  inStroke_ = false;
  for (const auto& [number, box] : touched_) {
    const Segment* segment = labels_->segment(number);
    if (!segment) continue;
    const size_t width = size_t(segment->mask.width());
    MaskChange::Part part;
    part.segment = number;
    part.box = box;
    std::vector<std::uint8_t> xorBits(box.voxelCount(), 0);
    size_t n = 0;
    for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
      const auto it = before_.find({number, k});
      const std::uint8_t* now = segment->mask.slice(k);
      const std::uint8_t* was = it == before_.end() ? now : (it->second.empty() ? nullptr : it->second.data());
      for (int j = box.lo[1]; j <= box.hi[1]; ++j)
        for (int i = box.lo[0]; i <= box.hi[0]; ++i, ++n) {
          const size_t at = size_t(j) * width + size_t(i);
          const bool a = was && was[at], b = now && now[at];
          xorBits[n] = a != b;
          part.voxels += a != b;
        }
    }
    if (part.voxels == 0) continue;
    encodeRuns(xorBits.data(), xorBits.size(), part.runs);
    part.runs.shrink_to_fit();
    change.parts.push_back(std::move(part));
  }
  before_.clear();
  touched_.clear();
  return change;
}

IndexBox LabelEditor::toggle(const MaskChange& change) {
  IndexBox touched;
  for (const MaskChange::Part& part : change.parts) {
    Segment* segment = labels_->segment(part.segment);
    if (!segment) continue;
    const IndexBox& b = part.box;
    const size_t nx = size_t(b.size(0)), ny = size_t(b.size(1));
    const size_t width = size_t(segment->mask.width());
    forEachRunOfOnes(part.runs.data(), part.runs.size(), b.voxelCount(), [&](size_t start, size_t length) {
      for (size_t n = start; n < start + length; ++n) {
        const int i = b.lo[0] + int(n % nx), j = b.lo[1] + int((n / nx) % ny), k = b.lo[2] + int(n / (nx * ny));
        std::uint8_t& v = segment->mask.sliceForWriting(k)[size_t(j) * width + size_t(i)];
        v = v ? 0 : 1;
      }
    });
    segment->mask.compact();
    touched = touched.united(b);
  }
  return touched;
}

}  // namespace rc
