#pragma once
// The one writer of segment masks. Every tool and operation hands it a box of voxels (a
// brush dab, a grown region, an interpolation) with a mode; it applies the edit policy (what
// happens where other segments already are, the editable intensity range of the threshold
// brush, locked segments) and remembers what each slice looked like before, so that a whole
// stroke becomes one compact change: per segment, the XOR of before and after as run
// lengths over the touched box. XOR is its own inverse: undo and redo both toggle it.

#include "core/BoxMask.h"
#include "core/Labels.h"
#include "core/Volume.h"

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace rc {

// Where the paint meets another segment.
enum class PaintOver {
  All,       // the paint wins: those voxels leave every other segment, locked ones included
  Unlocked,  // the paint wins over unlocked segments; voxels of locked segments are not painted
  None,      // voxels of any other segment are not painted (segments never overlap anew)
};

struct EditPolicy {
  PaintOver paintOver = PaintOver::Unlocked;
  // The threshold brush: only voxels whose value lies in [first, second] change.
  std::optional<std::pair<double, double>> intensityRange;
};

struct MaskEdit {
  enum class Mode { Add, Remove, Replace };  // Replace: the box's voxels become `bits`
  int segment = 0;
  Mode mode = Mode::Add;
  BoxMask bits;
};

struct MaskChange {
  struct Part {
    int segment = 0;
    IndexBox box;
    std::vector<std::uint32_t> runs;  // XOR of before and after over the box (core/RunCoder.h)
    size_t voxels = 0;                // voxels that changed
  };
  std::vector<Part> parts;

  bool isEmpty() const { return parts.empty(); }
  size_t voxels() const;
  size_t bytes() const;  // memory held
  IndexBox box() const;  // all parts together
};

class LabelEditor {
public:
  // `labels` and `volume` must outlive the editor; the volume gives the values the
  // intensity range is checked against.
  LabelEditor(LabelSet* labels, const Volume* volume) : labels_(labels), volume_(volume) {}

  // A stroke collects edits until endStroke(). An edit outside a stroke is a stroke of its own.
  void beginStroke();
  bool inStroke() const { return inStroke_; }
  // Applies `edit`; returns the voxels it changed (any segment), empty when nothing changed
  // (a locked target, everything outside the range...).
  IndexBox apply(const MaskEdit& edit, const EditPolicy& policy);
  MaskChange endStroke();

  // Undo and redo: flips the voxels of `change` back (or forth). Returns the box touched.
  IndexBox toggle(const MaskChange& change);

private:
  void remember(int segment, int k);

  LabelSet* labels_;
  const Volume* volume_;
  bool inStroke_ = false;
  // (segment, slice) -> the slice before the stroke first changed it (empty: it was empty).
  std::map<std::pair<int, int>, std::vector<std::uint8_t>> before_;
  std::map<int, IndexBox> touched_;
};

}  // namespace rc
