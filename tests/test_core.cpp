// core: Volume geometry and value statistics, Result, parallelFor.

#include "core/Parallel.h"
#include "core/PersonName.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <set>

using namespace rc;

class TestCore : public QObject {
  Q_OBJECT
private slots:
  void indexToPatientRoundTrip() {
    Volume v(PixelType::Int16, {4, 5, 6});
    v.spacing = {0.5, 0.75, 2.5};
    v.origin = {-10, 20, 30};
    // An oblique but orthonormal frame (rotation about z by 30 degrees).
    const double c = std::cos(M_PI / 6), s = std::sin(M_PI / 6);
    v.axes = {{{c, s, 0}, {-s, c, 0}, {0, 0, 1}}};
    const Vec3 p = v.indexToPatient(2, 3, 4);
    QCOMPARE(p[2], 30 + 4 * 2.5);
    QVERIFY(std::abs(p[0] - (-10 + 2 * 0.5 * c - 3 * 0.75 * s)) < 1e-9);
    const Vec3 back = v.patientToIndex(p);
    QVERIFY(std::abs(back[0] - 2) < 1e-9);
    QVERIFY(std::abs(back[1] - 3) < 1e-9);
    QVERIFY(std::abs(back[2] - 4) < 1e-9);
  }

  void valueRangeIgnoresPadding() {
    Volume v(PixelType::Int16, {10, 10, 2});
    auto* d = v.data<std::int16_t>();
    for (size_t i = 0; i < v.voxelCount(); ++i) d[i] = std::int16_t(i % 50 - 10);
    d[7] = -3024;
    v.paddingValue = -3024;
    const auto [lo, hi] = v.valueRange();
    QCOMPARE(lo, -10.0);
    QCOMPARE(hi, 39.0);
  }

  void defaultWindowPrefersFileThenPercentiles() {
    Volume v(PixelType::UInt16, {100, 100, 1});
    auto* d = v.data<std::uint16_t>();
    for (size_t i = 0; i < v.voxelCount(); ++i) d[i] = std::uint16_t(i % 1000);
    d[0] = 60000;  // one outlier must not stretch the window
    const WindowLevel auto1 = v.defaultWindow();
    QVERIFY2(auto1.center > 400 && auto1.center < 600, qPrintable(QString::number(auto1.center)));
    QVERIFY2(auto1.width > 800 && auto1.width < 1100, qPrintable(QString::number(auto1.width)));
    v.fileWindow = WindowLevel{400, 40};
    QCOMPARE(v.defaultWindow(), (WindowLevel{400, 40}));
  }

  void valueAtUsesLuminanceForColour() {
    Volume v(PixelType::Rgb8, {1, 1, 1});
    v.bytes()[0] = 255;
    v.bytes()[1] = 0;
    v.bytes()[2] = 0;
    QVERIFY(std::abs(v.valueAt(0, 0, 0) - 0.299 * 255) < 1e-9);
  }

  void presetsAreTheChestOnes() {
    const auto& p = chestWindowPresets();
    QCOMPARE(int(p.size()), 3);
    QCOMPARE(p[0].window, (WindowLevel{1500, -600}));
    QCOMPARE(p[1].window, (WindowLevel{400, 40}));
    QCOMPARE(p[2].window, (WindowLevel{1800, 400}));
  }

  void resultCarriesValueOrMessage() {
    Result<int> good(42);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);
    Result<int> bad = fail(QStringLiteral("file.dcm: (0028,0010) Rows: missing"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), QStringLiteral("file.dcm: (0028,0010) Rows: missing"));
    Status s = fail(QStringLiteral("x"));
    QVERIFY(!s.ok());
    QVERIFY(Status::success().ok());
  }

  void parallelForVisitsEachIndexOnce() {
    std::vector<std::atomic<int>> hits(1000);
    parallelFor(hits.size(), 4, [&](size_t i) {
      ++hits[i];
      return true;
    });
    for (auto& h : hits) QCOMPARE(h.load(), 1);
  }

  void parallelForStops() {
    std::atomic<int> calls{0};
    parallelFor(100000, 2, [&](size_t i) {
      ++calls;
      return i < 10;
    });
    QVERIFY(calls.load() < 1000);
  }

  void personNamesForDisplay() {
    QCOMPARE(displayPersonName(QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう")), QStringLiteral("YAMADA TARO (山田 太郎)"));
    QCOMPARE(displayPersonName(QStringLiteral("=山田^太郎")), QStringLiteral("山田 太郎"));
    QCOMPARE(displayPersonName(QStringLiteral("Doe^John^^Dr^Jr")), QStringLiteral("Dr Doe John Jr"));
    QCOMPARE(displayPersonName(QStringLiteral("==やまだ^たろう")), QStringLiteral("やまだ たろう"));
    QCOMPARE(displayPersonName(QStringLiteral("FIRST^ONE\\SECOND^TWO")), QStringLiteral("FIRST ONE"));
    QCOMPARE(displayPersonName(QString()), QString());
  }

  void progressCancel() {
    Progress p;
    qint64 seen = -1;
    p.setCallback([&](qint64 done, qint64, const QString&) { seen = done; });
    p.report(5, 10);
    QCOMPARE(seen, qint64(5));
    QVERIFY(!p.cancelled());
    p.cancel();
    QVERIFY(p.cancelled());
  }
};

QTEST_GUILESS_MAIN(TestCore)
#include "test_core.moc"
