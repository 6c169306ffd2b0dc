// imaging: region growing, fill holes, islands, margins and slice interpolation on synthetic
// shapes whose voxel counts are known exactly (or, for interpolation, within a tolerance
// derived from the expected shape).

#include "imaging/MaskOperations.h"
#include "imaging/RegionGrowing.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace rc;

namespace {

// A CT-like volume: -1000 everywhere, `inside` where shape(x, y, z in mm) holds.
Volume volumeWith(std::array<int, 3> dims, Vec3 spacing, const std::function<bool(double, double, double)>& shape,
                  std::int16_t inside = 40) {
  Volume v(PixelType::Int16, dims);
  v.spacing = spacing;
  auto* d = v.data<std::int16_t>();
  for (int k = 0; k < dims[2]; ++k)
    for (int j = 0; j < dims[1]; ++j)
      for (int i = 0; i < dims[0]; ++i)
        d[v.index(i, j, k)] = shape(i * spacing[0], j * spacing[1], k * spacing[2]) ? inside : -1000;
  return v;
}

SegmentMask maskWhere(std::array<int, 3> dims, Vec3 spacing, const std::function<bool(double, double, double)>& shape) {
  SegmentMask m(dims);
  for (int k = 0; k < dims[2]; ++k)
    for (int j = 0; j < dims[1]; ++j)
      for (int i = 0; i < dims[0]; ++i)
        if (shape(i * spacing[0], j * spacing[1], k * spacing[2])) m.set(i, j, k, true);
  return m;
}

std::function<bool(double, double, double)> ball(double cx, double cy, double cz, double r) {
  return [=](double x, double y, double z) { return (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz) <= r * r; };
}

// The mask after applying a box in "add" fashion (what the editor does for these results).
SegmentMask added(SegmentMask m, const BoxMask& b) {
  for (int k = b.box.lo[2]; k <= b.box.hi[2]; ++k)
    for (int j = b.box.lo[1]; j <= b.box.hi[1]; ++j)
      for (int i = b.box.lo[0]; i <= b.box.hi[0]; ++i)
        if (b.at(i, j, k)) m.set(i, j, k, true);
  return m;
}

}  // namespace

class TestImaging : public QObject {
  Q_OBJECT
private slots:
  void thresholdGrowingFindsExactlyTheBall() {
    const std::array<int, 3> dims = {60, 60, 40};
    const Vec3 spacing = {0.8, 0.8, 1.5};
    const auto shape = ball(24, 24, 30, 10);
    const Volume v = volumeWith(dims, spacing, shape);
    // A second ball nearby but not touching: it must not be reached.
    const SegmentMask expected = maskWhere(dims, spacing, shape);
    RegionGrowOptions o;
    o.lower = -100, o.upper = 200;
    const auto grown = growRegion(v, {30, 30, 20}, o);
    QVERIFY2(grown.ok(), qPrintable(grown.error()));
    QCOMPARE(grown->count(), expected.count());
    for (int k = 0; k < dims[2]; ++k)
      for (int j = 0; j < dims[1]; ++j)
        for (int i = 0; i < dims[0]; ++i)
          if (expected.at(i, j, k)) QVERIFY(grown->at(i, j, k));
    // Bounded: with a 4 mm limit the region stops at the box around the seed.
    o.maxRadiusMm = 4;
    const auto bounded = growRegion(v, {30, 30, 20}, o);
    QVERIFY(bounded.ok());
    QVERIFY(bounded->count() < expected.count());
    QCOMPARE(bounded->box.size(0), 2 * 5 + 1);  // ceil(4 / 0.8) voxels each side
    // A seed outside the range is refused with the value it found.
    const auto outside = growRegion(v, {1, 1, 1}, o);
    QVERIFY(!outside.ok());
    QVERIFY2(outside.error().contains(QStringLiteral("-1000")), qPrintable(outside.error()));
  }

  void confidenceGrowingFollowsANoisyBall() {
    const std::array<int, 3> dims = {50, 50, 50};
    const Vec3 spacing = {1, 1, 1};
    Volume v = volumeWith(dims, spacing, ball(25, 25, 25, 9), 60);
    // Deterministic noise of +-10 HU inside and outside.
    auto* d = v.data<std::int16_t>();
    for (size_t n = 0; n < v.voxelCount(); ++n) d[n] = std::int16_t(d[n] + int((n * 2654435761u) % 21) - 10);
    const SegmentMask expected = maskWhere(dims, spacing, ball(25, 25, 25, 9));
    RegionGrowOptions o;
    o.method = RegionGrowOptions::Method::Confidence;
    o.multiplier = 3;
    o.iterations = 2;
    o.initialRadius = 2;
    const auto grown = growRegion(v, {25, 25, 25}, o);
    QVERIFY2(grown.ok(), qPrintable(grown.error()));
    size_t hits = 0, outside = 0;
    for (int k = 0; k < 50; ++k)
      for (int j = 0; j < 50; ++j)
        for (int i = 0; i < 50; ++i) {
          if (!grown->at(i, j, k)) continue;
          (expected.at(i, j, k) ? hits : outside) += 1;
        }
    QCOMPARE(outside, size_t(0));
    QVERIFY2(double(hits) >= 0.98 * double(expected.count()), qPrintable(QStringLiteral("%1 of %2").arg(hits).arg(expected.count())));
  }

  void fillHolesIn3DAndPerSlice() {
    const std::array<int, 3> dims = {40, 40, 40};
    const Vec3 spacing = {1, 1, 1};
    const SegmentMask solid = maskWhere(dims, spacing, ball(20, 20, 20, 12));
    const SegmentMask shell = maskWhere(dims, spacing, [](double x, double y, double z) {
      const double r2 = (x - 20) * (x - 20) + (y - 20) * (y - 20) + (z - 20) * (z - 20);
      return r2 <= 144 && r2 > 64;
    });
    QVERIFY(shell.count() < solid.count());
    const SegmentMask filled = added(shell, fillHoles(shell, std::nullopt));
    QCOMPARE(filled.count(), solid.count());
    QVERIFY(filled == solid);
    // Per axial slice, the hollow ball's middle slices are rings and get filled; the caps
    // (slices where the cavity does not reach) are already solid.
    const SegmentMask perSlice = added(shell, fillHoles(shell, 2));
    QVERIFY(perSlice == solid);
    // A ring open on one side (a C) has no hole in its slice.
    SegmentMask c({20, 20, 1});
    for (int j = 5; j <= 15; ++j)
      for (int i = 5; i <= 15; ++i)
        if ((i == 5 || i == 15 || j == 5 || j == 15) && !(i == 15 && j == 10)) c.set(i, j, 0, true);
    QCOMPARE(added(c, fillHoles(c, 2)).count(), c.count());
  }

  void islandsKeepLargestRemoveSmallAndKeepClicked() {
    const std::array<int, 3> dims = {60, 30, 30};
    const Vec3 spacing = {1, 1, 2};  // a voxel is 2 mm3
    SegmentMask m = maskWhere(dims, spacing, [](double x, double y, double z) {
      return ball(10, 15, 30, 6)(x, y, z) || ball(30, 15, 30, 4)(x, y, z) || ball(48, 15, 30, 2)(x, y, z);
    });
    const size_t big = maskWhere(dims, spacing, ball(10, 15, 30, 6)).count();
    const size_t mid = maskWhere(dims, spacing, ball(30, 15, 30, 4)).count();
    const size_t small = maskWhere(dims, spacing, ball(48, 15, 30, 2)).count();
    QCOMPARE(m.count(), big + mid + small);
    auto apply = [&](const IslandOptions& o) {
      const auto r = islands(m, spacing, o);
      if (!r) qWarning() << r.error();
      return r ? r->count() : size_t(0);
    };
    QCOMPARE(apply({IslandRule::KeepLargest, 0, {}}), big);
    // Remove parts under the middle one's volume (mid * 2 mm3): only the small one goes.
    QCOMPARE(apply({IslandRule::RemoveSmaller, double(mid) * 2 - 1, {}}), big + mid);
    QCOMPARE(apply({IslandRule::KeepClicked, 0, {30, 15, 15}}), mid);
    QVERIFY(!islands(m, spacing, {IslandRule::KeepClicked, 0, {0, 0, 0}}).ok());
  }

  void marginsAreDistancesInMillimetres() {
    const std::array<int, 3> dims = {30, 30, 20};
    const Vec3 spacing = {0.5, 1.0, 2.0};
    SegmentMask dot(dims);
    dot.set(15, 15, 10, true);
    // Grow by 2 mm: every voxel whose centre is within 2 mm of the dot's centre.
    const BoxMask grown = margin(dot, spacing, 2.0);
    size_t expected = 0;
    for (int k = 0; k < 20; ++k)
      for (int j = 0; j < 30; ++j)
        for (int i = 0; i < 30; ++i) {
          const double dx = (i - 15) * 0.5, dy = (j - 15) * 1.0, dz = (k - 10) * 2.0;
          const bool in = dx * dx + dy * dy + dz * dz <= 4 + 1e-6;
          expected += in;
          QCOMPARE(grown.at(i, j, k), in);
        }
    QCOMPARE(grown.count(), expected);
    // Shrinking a ball by 2 mm leaves the voxels at least 2 mm inside.
    const SegmentMask b = maskWhere({40, 40, 40}, {1, 1, 1}, ball(20, 20, 20, 10));
    const BoxMask shrunk = margin(b, {1, 1, 1}, -2.0);
    QVERIFY(shrunk.count() < b.count());
    // Exactly: kept voxels lie more than 2 mm from every voxel outside the ball.
    for (int k = 0; k < 40; ++k)
      for (int j = 0; j < 40; ++j)
        for (int i = 0; i < 40; ++i) {
          if (!b.at(i, j, k)) {
            QVERIFY(!shrunk.at(i, j, k));
            continue;
          }
          double nearest = 1e9;
          for (int c = -3; c <= 3; ++c)
            for (int bb = -3; bb <= 3; ++bb)
              for (int a = -3; a <= 3; ++a)
                if (!b.at(i + a, j + bb, k + c)) nearest = std::min(nearest, std::sqrt(double(a * a + bb * bb + c * c)));
          QCOMPARE(shrunk.at(i, j, k), nearest > 2 + 1e-6);
        }
  }

  void interpolationBetweenTwoDiscsIsAConeSlice() {
    // Discs of radius 8 mm on slice 10 and 16 mm on slice 20: slice 15 should be a disc of
    // radius 12 mm (signed distances blend linearly), its area within a few percent.
    const std::array<int, 3> dims = {64, 64, 30};
    const Vec3 spacing = {0.7, 0.7, 2.5};
    SegmentMask m(dims);
    auto disc = [&](int k, double r) {
      for (int j = 0; j < 64; ++j)
        for (int i = 0; i < 64; ++i) {
          const double x = (i - 32) * 0.7, y = (j - 32) * 0.7;
          if (x * x + y * y <= r * r) m.set(i, j, k, true);
        }
    };
    disc(10, 8);
    disc(20, 16);
    const size_t before10 = m.count(10), before20 = m.count(20);
    const auto filled = interpolateSlices(m, 2, spacing);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    const SegmentMask after = added(m, *filled);
    QCOMPARE(after.count(10), before10);  // painted slices untouched
    QCOMPARE(after.count(20), before20);
    for (int k = 11; k < 20; ++k) {
      const double r = 8 + 8 * (k - 10) / 10.0;
      const double expectedArea = M_PI * r * r / (0.7 * 0.7);
      const double got = double(after.count(k));
      QVERIFY2(std::abs(got - expectedArea) / expectedArea < 0.06, qPrintable(QStringLiteral("slice %1: %2 voxels, expected ~%3").arg(k).arg(got).arg(expectedArea)));
    }
    QCOMPARE(after.count(9), size_t(0));
    QCOMPARE(after.count(21), size_t(0));
    // One painted slice is not enough.
    SegmentMask one(dims);
    one.set(3, 3, 3, true);
    QVERIFY(!interpolateSlices(one, 2, spacing).ok());
    // Cancel is a cancel.
    Progress progress;
    progress.cancel();
    QVERIFY(interpolateSlices(m, 2, spacing, progress).cancelled());
  }
};

QTEST_GUILESS_MAIN(TestImaging)
#include "test_imaging.moc"
