#pragma once
// The small chest phantom most storage and session tests import: 64x64x20 on a 358 mm field
// (5.6 mm pixels, 15 mm slices), big enough for a nodule and a few segments, imported in well
// under a second.

#include "phantom/ChestPhantom.h"

namespace rc::test {

inline PhantomOptions smallChestPhantom() {
  PhantomOptions o;
  o.matrix = 64;
  o.slices = 20;
  o.pixelSpacing = 5.6;
  o.sliceSpacing = 15.0;
  return o;
}

}  // namespace rc::test
