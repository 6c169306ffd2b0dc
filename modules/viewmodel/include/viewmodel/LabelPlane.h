#pragma once
// The label overlay of one plane as RGBA pixels: every visible segment of the series in its
// colour, filled or as an outline, at the overlay's opacity. Pure, so the views and the tests
// share it. One pass per layer of the shared label map, colours looked up by value: the cost
// does not grow with the number of segments (117 organs draw as fast as 3 lesions).

#include "core/Labels.h"

#include <QSet>

#include <cstdint>
#include <vector>

namespace rc {

// Pixel layout: u = the lower-numbered in-plane index axis (fastest), v = the other (as VTK
// lays out an image slice). `rgba` is resized to u * v * 4. Returns false (and leaves `rgba`
// transparent) when no segment has a voxel in the plane. `drawnBounds`, when given, receives
// the inclusive box of the drawn pixels {u0, v0, u1, v1} (views draw only that part).
bool composeLabelPlane(const std::vector<Segment>& segments, const LabelMap& voxels, const std::array<int, 3>& dimensions,
                       int normalAxis, int slice, const QSet<int>& hidden, double opacity, bool outline,
                       std::vector<std::uint8_t>& rgba, std::array<int, 4>* drawnBounds = nullptr);

}  // namespace rc
