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

void LabelEditor::remember(int segment, int k) {
  const auto key = std::make_pair(segment, k);
  if (before_.count(key)) return;
  const LabelMap& voxels = labels_->voxels;
  std::vector<std::uint8_t>& plane = before_[key];
  if (voxels.sliceIsEmpty(segment, k)) return;  // empty: it was empty
  plane.resize(voxels.sliceVoxelCount());
  voxels.fillSlice(segment, k, plane.data());
}

IndexBox LabelEditor::apply(const MaskEdit& edit, const EditPolicy& policy) {
  const bool ownStroke = !inStroke_;
  if (ownStroke) beginStroke();
  IndexBox changed;
  Segment* target = labels_->segment(edit.segment);
  if (!target || target->locked || !volume_) return changed;
  const auto dims = volume_->dimensions();
  LabelMap& voxels = labels_->voxels;
  if (voxels.dimensions() != dims) voxels = LabelMap(dims);  // labels of another grid cannot stand
  const IndexBox box = edit.bits.box.intersected(IndexBox::of(dims));
  if (box.isEmpty()) return changed;

  // Which other segments are locked: the shared map says at once who holds a voxel.
  std::map<int, bool> locked;
  for (const Segment& s : labels_->segments) locked[s.number] = s.locked;
  auto inRange = [&](int i, int j, int k) {
    if (!policy.intensityRange) return true;
    const double v = volume_->valueAt(i, j, k);
    return v >= policy.intensityRange->first && v <= policy.intensityRange->second;
  };
  const int number = target->number;

  for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
    for (int j = box.lo[1]; j <= box.hi[1]; ++j) {
      for (int i = box.lo[0]; i <= box.hi[0]; ++i) {
        const bool bit = edit.bits.at(i, j, k);
        const bool has = voxels.at(number, i, j, k);
        bool want = has;
        switch (edit.mode) {
          case MaskEdit::Mode::Add: want = has || bit; break;
          case MaskEdit::Mode::Remove: want = has && !bit; break;
          case MaskEdit::Mode::Replace: want = bit; break;
        }
        if (want == has || !inRange(i, j, k)) continue;
        if (want) {
          // Paint over other segments as the policy says.
          std::vector<int> holders = voxels.segmentsAt(i, j, k);
          holders.erase(std::remove(holders.begin(), holders.end(), number), holders.end());
          const bool blocked = std::any_of(holders.begin(), holders.end(), [&](int o) {
            return policy.paintOver == PaintOver::None || (policy.paintOver == PaintOver::Unlocked && locked[o]);
          });
          if (blocked) continue;
          for (int o : holders) {
            remember(o, k);
            voxels.set(o, i, j, k, false);
            touched_[o].include(i, j, k);
          }
        }
        remember(number, k);
        voxels.set(number, i, j, k, want);
        touched_[number].include(i, j, k);
        changed.include(i, j, k);
      }
    }
  }
  return changed;
}

MaskChange LabelEditor::endStroke() {
  MaskChange change;
  inStroke_ = false;
  const LabelMap& voxels = labels_->voxels;
  std::vector<std::uint8_t> now(voxels.sliceVoxelCount());
  for (const auto& [number, box] : touched_) {
    if (!labels_->segment(number)) continue;
    const size_t width = size_t(voxels.width());
    MaskChange::Part part;
    part.segment = number;
    part.box = box;
    std::vector<std::uint8_t> xorBits(box.voxelCount(), 0);
    size_t n = 0;
    for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
      voxels.fillSlice(number, k, now.data());
      const auto it = before_.find({number, k});
      const std::uint8_t* was = it == before_.end() ? now.data() : (it->second.empty() ? nullptr : it->second.data());
      for (int j = box.lo[1]; j <= box.hi[1]; ++j)
        for (int i = box.lo[0]; i <= box.hi[0]; ++i, ++n) {
          const size_t at = size_t(j) * width + size_t(i);
          const bool a = was && was[at], b = now[at];
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
  LabelMap& voxels = labels_->voxels;
  // Voxels leave their segments first, then join theirs: a voxel that passes from one segment
  // to another of the same layer never looks held by both (which would move one to a layer of
  // its own). Each voxel's direction is decided on the state before the change.
  struct Flip {
    int segment, i, j, k;
  };
  std::vector<Flip> leaving, joining;
  for (const MaskChange::Part& part : change.parts) {
    if (!labels_->segment(part.segment)) continue;
    const IndexBox& b = part.box;
    const size_t nx = size_t(b.size(0)), ny = size_t(b.size(1));
    forEachRunOfOnes(part.runs.data(), part.runs.size(), b.voxelCount(), [&](size_t start, size_t length) {
      for (size_t n = start; n < start + length; ++n) {
        const int i = b.lo[0] + int(n % nx), j = b.lo[1] + int((n / nx) % ny), k = b.lo[2] + int(n / (nx * ny));
        (voxels.at(part.segment, i, j, k) ? leaving : joining).push_back({part.segment, i, j, k});
      }
    });
    touched = touched.united(b);
  }
  for (const Flip& f : leaving) voxels.set(f.segment, f.i, f.j, f.k, false);
  for (const Flip& f : joining) voxels.set(f.segment, f.i, f.j, f.k, true);
  return touched;
}

}  // namespace rc
