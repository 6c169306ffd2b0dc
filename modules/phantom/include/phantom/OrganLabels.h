#pragma once
// A whole-body AI label set for tests, benchmarks and the demo: 117 segments named and coded
// as TotalSegmentator names its classes (spleen, kidney_right, ... vertebrae_L1, rib_left_1,
// ... costal_cartilages), with SNOMED CT types, categories Anatomical Structure (organs,
// vessels) or Tissue (bones, muscles), algorithm AUTOMATIC "TotalSegmentator" and unverified,
// as a model's output arrives. The voxels partition a body-shaped region of the grid into 117
// cells that touch but never overlap (slabs along k, sectors in the plane), the hardest case for
// storage that keeps each segment apart and the usual one for an organ model.

#include "core/Labels.h"

#include <array>

namespace rc {

struct OrganClass {
  const char* name;      // TotalSegmentator's class name
  const char* code;      // SNOMED CT code of the segmented property type
  const char* meaning;   // its meaning
  bool tissue;           // category Tissue (bones, muscles) rather than Anatomical Structure
};

// The 117 classes, in TotalSegmentator's order (v2, task "total").
const std::array<OrganClass, 117>& organClasses();

// The set on a grid of `dimensions`: segments numbered 1..count (count <= 117) and their voxels.
LabelSet organLabelSet(const std::array<int, 3>& dimensions, int count = 117);

}  // namespace rc
