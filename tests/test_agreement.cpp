// Agreement between readers: Dice, HD95 (MONAI's convention), volume difference, box IoU,
// Cohen's and Fleiss' kappa, ICC(2,1), Bland-Altman, majority vote and STAPLE, each against
// figures computed independently (tests/tools/agreement_oracle.py: scipy's erosion and
// distance transform on the whole volume, scikit-learn, statsmodels, numpy) on synthetic
// masks with anisotropic spacing and on ratings with known structure; boxes and majority
// votes by hand.

#include "TestSupport.h"
#include "core/Agreement.h"
#include "core/RaterStatistics.h"
#include "imaging/Consensus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>
#include <random>

using namespace rc;

namespace {

const std::array<int, 3> kDims = {40, 36, 24};
const Vec3 kSpacing = {0.7, 0.8, 2.5};

SegmentMask shape(const std::function<bool(int, int, int)>& inside) {
  SegmentMask m(kDims);
  for (int k = 0; k < kDims[2]; ++k)
    for (int j = 0; j < kDims[1]; ++j)
      for (int i = 0; i < kDims[0]; ++i)
        if (inside(i, j, k)) m.set(i, j, k, true);
  m.compact();
  return m;
}

SegmentMask ellipsoid(double ci, double cj, double ck, double ri, double rj, double rk) {
  return shape([=](int i, int j, int k) {
    const double x = (i - ci) / ri, y = (j - cj) / rj, z = (k - ck) / rk;
    return x * x + y * y + z * z <= 1.0;
  });
}

bool writeMask(const SegmentMask& m, const QString& path) {
  QByteArray bytes;
  bytes.reserve(int(size_t(kDims[0]) * kDims[1] * kDims[2]));
  for (int k = 0; k < kDims[2]; ++k)
    for (int j = 0; j < kDims[1]; ++j)
      for (int i = 0; i < kDims[0]; ++i) bytes.append(m.at(i, j, k) ? char(1) : char(0));
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonDocument oracle(const QString& what, const QJsonObject& spec, const QString& dir) {
  const QString path = QDir(dir).filePath(what + QStringLiteral(".json"));
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return {};
  f.write(QJsonDocument(spec).toJson());
  f.close();
  QString error;
  const QJsonDocument doc = test::runPythonOracle(QStringLiteral("agreement_oracle.py"), {what, path}, &error);
  if (doc.isNull()) qWarning("%s", qPrintable(error));
  return doc;
}

QJsonArray strings(const std::vector<QString>& v) {
  QJsonArray a;
  for (const QString& s : v) a.append(s);
  return a;
}

}  // namespace

class TestAgreement : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

private slots:
  void maskAgreementMatchesScipy() {
    RC_REQUIRE_STATISTICS_ORACLES();
    struct Pair {
      const char* name;
      SegmentMask a, b;
    };
    const SegmentMask lesion = ellipsoid(18, 17, 11, 8, 6, 4);
    std::vector<Pair> pairs = {
        {"overlapping ellipsoids", lesion, ellipsoid(21, 15, 12, 6, 7, 3.2)},
        {"shifted two slices", lesion, ellipsoid(18, 17, 13, 8, 6, 4)},
        {"identical", lesion, lesion},
        {"a hole and an island", shape([](int i, int j, int k) {
           const double x = (i - 20) / 10.0, y = (j - 18) / 9.0, z = (k - 12) / 5.0, r = x * x + y * y + z * z;
           return (r <= 1.0 && r > 0.15) || (i >= 33 && i <= 36 && j >= 3 && j <= 6 && k >= 2 && k <= 4);
         }),
         lesion},
        {"touching the volume's edges", shape([](int i, int j, int k) { return i <= 5 && j <= 20 && k >= 18; }),
         shape([](int i, int j, int k) { return i <= 7 && j >= 2 && j <= 22 && k >= 16 && k <= 22; })},
        {"one empty", lesion, SegmentMask(kDims)},
        {"both empty", SegmentMask(kDims), SegmentMask(kDims)},
        {"one voxel each, apart", shape([](int i, int j, int k) { return i == 3 && j == 4 && k == 5; }),
         shape([](int i, int j, int k) { return i == 9 && j == 4 && k == 8; })},
    };
    QJsonArray specPairs;
    for (size_t n = 0; n < pairs.size(); ++n) {
      const QString a = dir_.filePath(QStringLiteral("a%1.raw").arg(n)), b = dir_.filePath(QStringLiteral("b%1.raw").arg(n));
      QVERIFY(writeMask(pairs[n].a, a) && writeMask(pairs[n].b, b));
      specPairs.append(QJsonObject{{QStringLiteral("name"), QLatin1String(pairs[n].name)}, {QStringLiteral("a"), a}, {QStringLiteral("b"), b}});
    }
    const QJsonDocument expected =
        oracle(QStringLiteral("masks"),
               {{QStringLiteral("dims"), QJsonArray{kDims[0], kDims[1], kDims[2]}},
                {QStringLiteral("spacing"), QJsonArray{kSpacing[0], kSpacing[1], kSpacing[2]}},
                {QStringLiteral("pairs"), specPairs}},
               dir_.path());
    QVERIFY(expected.isArray());
    for (size_t n = 0; n < pairs.size(); ++n) {
      const QJsonObject e = expected.array().at(int(n)).toObject();
      const MaskAgreement r = compareMasks(pairs[n].a, pairs[n].b, kSpacing);
      const QString what = QLatin1String(pairs[n].name);
      if (e.value(QStringLiteral("dice")).isString()) QVERIFY2(!r.dice, qPrintable(what));
      else QVERIFY2(r.dice && std::abs(*r.dice - e.value(QStringLiteral("dice")).toDouble()) < 1e-12, qPrintable(what));
      const QJsonValue hd = e.value(QStringLiteral("hd95"));
      if (hd.toString() == QLatin1String("infinite")) QCOMPARE(r.hd95State, DistanceState::Infinite);
      else if (hd.toString() == QLatin1String("undefined")) QCOMPARE(r.hd95State, DistanceState::Undefined);
      else
        QVERIFY2(r.hd95State == DistanceState::Value && std::abs(r.hd95Mm - hd.toDouble()) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2 mm, scipy %3 mm").arg(what).arg(r.hd95Mm).arg(hd.toDouble())));
      QVERIFY2(std::abs(r.volumeDifferenceMl() - e.value(QStringLiteral("volumeDifferenceMl")).toDouble()) < 1e-9, qPrintable(what));
    }
    // The same through a shared label map (segments of two readers' sets).
    LabelMap a(kDims), b(kDims);
    a.assign(1, pairs[0].a);
    b.assign(4, pairs[0].b);
    b.assign(5, lesion);  // another segment overlapping: b's segments share layers differently
    const MaskAgreement viaMaps = compareSegments(a, 1, b, 4, kSpacing);
    const MaskAgreement viaMasks = compareMasks(pairs[0].a, pairs[0].b, kSpacing);
    QCOMPARE(*viaMaps.dice, *viaMasks.dice);
    QCOMPARE(viaMaps.hd95Mm, viaMasks.hd95Mm);
  }

  // The distance transform itself against brute force on a small grid.
  void distanceTransformIsExact() {
    const std::array<int, 3> dims = {7, 5, 4};
    const Vec3 spacing = {0.5, 1.25, 3.0};
    std::vector<std::uint8_t> feature(size_t(7 * 5 * 4), 0);
    feature[size_t((1 * 5 + 2) * 7 + 3)] = 1;
    feature[size_t((3 * 5 + 4) * 7 + 0)] = 1;
    const auto d = squaredDistanceTransform(feature, dims, spacing);
    for (int k = 0; k < 4; ++k)
      for (int j = 0; j < 5; ++j)
        for (int i = 0; i < 7; ++i) {
          double best = 1e300;
          for (const auto& [fi, fj, fk] : {std::array<int, 3>{3, 2, 1}, std::array<int, 3>{0, 4, 3}}) {
            const double x = (i - fi) * spacing[0], y = (j - fj) * spacing[1], z = (k - fk) * spacing[2];
            best = std::min(best, x * x + y * y + z * z);
          }
          QVERIFY(std::abs(d[size_t((k * 5 + j) * 7 + i)] - best) < 1e-9);
        }
    std::vector<double> values = {4, 1, 3, 2, 5};  // numpy.percentile(..., 95) = 4.8
    QVERIFY(std::abs(percentile95(values) - 4.8) < 1e-12);
  }

  void raterStatisticsMatchScikitLearnAndStatsmodels() {
    RC_REQUIRE_STATISTICS_ORACLES();
    std::mt19937 rng(11);
    const std::vector<QString> classes = {QStringLiteral("nodule"), QStringLiteral("mass"), QStringLiteral("none")};
    std::vector<QString> a, b, gradeA, gradeB;
    std::vector<std::vector<QString>> three;
    std::vector<std::vector<double>> counts;
    std::vector<double> longA, longB;
    for (int c = 0; c < 40; ++c) {
      const QString truth = classes[size_t(rng() % 3)];
      auto rater = [&](int errorPercent) { return int(rng() % 100) < errorPercent ? classes[size_t(rng() % 3)] : truth; };
      a.push_back(rater(20));
      b.push_back(rater(30));
      three.push_back({rater(15), rater(25), rater(35)});
      const int grade = int(rng() % 5);
      gradeA.push_back(QString::number(grade));
      gradeB.push_back(QString::number(std::clamp(grade + int(rng() % 3) - 1, 0, 4)));
      const double lesions = double(rng() % 9);
      counts.push_back({lesions, lesions + double(int(rng() % 3) - 1), lesions + double(rng() % 2)});
      const double axis = 8.0 + double(rng() % 300) / 10.0;
      longA.push_back(axis);
      longB.push_back(axis + double(int(rng() % 41) - 18) / 10.0);
    }
    const std::vector<QString> eod = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    const std::vector<QString> allSame(12, QStringLiteral("none"));
    QJsonObject fleiss, fleissSame;
    QJsonArray table, tableSame, iccValues;
    for (const auto& c : three) table.append(strings(c));
    for (int c = 0; c < 6; ++c) tableSame.append(QJsonArray{QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x")});
    for (const auto& row : counts) iccValues.append(QJsonArray{row[0], row[1], row[2]});
    QJsonArray la, lb;
    for (double v : longA) la.append(v);
    for (double v : longB) lb.append(v);
    const QJsonObject spec{
        {QStringLiteral("cohen"),
         QJsonObject{{QStringLiteral("class"), QJsonObject{{QStringLiteral("a"), strings(a)}, {QStringLiteral("b"), strings(b)}}},
                     {QStringLiteral("eod quadratic"), QJsonObject{{QStringLiteral("a"), strings(gradeA)}, {QStringLiteral("b"), strings(gradeB)},
                                                                   {QStringLiteral("weights"), QStringLiteral("quadratic")},
                                                                   {QStringLiteral("order"), strings(eod)}}},
                     {QStringLiteral("eod linear"), QJsonObject{{QStringLiteral("a"), strings(gradeA)}, {QStringLiteral("b"), strings(gradeB)},
                                                                {QStringLiteral("weights"), QStringLiteral("linear")},
                                                                {QStringLiteral("order"), strings(eod)}}},
                     {QStringLiteral("one category"), QJsonObject{{QStringLiteral("a"), strings(allSame)}, {QStringLiteral("b"), strings(allSame)}}}}},
        {QStringLiteral("fleiss"), QJsonObject{{QStringLiteral("three"), table}, {QStringLiteral("same"), tableSame}}},
        {QStringLiteral("icc"), QJsonObject{{QStringLiteral("counts"), iccValues}}},
        {QStringLiteral("blandAltman"), QJsonObject{{QStringLiteral("long axis"), QJsonObject{{QStringLiteral("a"), la}, {QStringLiteral("b"), lb}}}}},
    };
    const QJsonDocument expected = oracle(QStringLiteral("ratings"), spec, dir_.path());
    QVERIFY(expected.isObject());
    const QJsonObject e = expected.object();
    auto same = [&](const QString& key, std::optional<double> ours) {
      const QJsonValue v = e.value(key);
      if (v.isString()) QVERIFY2(!ours, qPrintable(key));
      else QVERIFY2(ours && std::abs(*ours - v.toDouble()) < 1e-10, qPrintable(QStringLiteral("%1: %2 vs %3").arg(key).arg(ours ? *ours : -99).arg(v.toDouble())));
    };
    same(QStringLiteral("cohen:class"), cohenKappa(a, b));
    same(QStringLiteral("cohen:eod quadratic"), cohenKappa(gradeA, gradeB, KappaWeights::Quadratic, eod));
    same(QStringLiteral("cohen:eod linear"), cohenKappa(gradeA, gradeB, KappaWeights::Linear, eod));
    same(QStringLiteral("cohen:one category"), cohenKappa(allSame, allSame));
    same(QStringLiteral("fleiss:three"), fleissKappa(three));
    same(QStringLiteral("fleiss:same"), fleissKappa(std::vector<std::vector<QString>>(6, {QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x")})));
    same(QStringLiteral("icc:counts"), icc21(counts));
    const auto ba = blandAltman(longA, longB);
    QVERIFY(ba);
    const QJsonObject eba = e.value(QStringLiteral("ba:long axis")).toObject();
    for (const auto& [key, value] : {std::pair<const char*, double>{"bias", ba->bias}, {"sd", ba->sd}, {"lower", ba->lower}, {"upper", ba->upper}})
      QVERIFY2(std::abs(value - eba.value(QLatin1String(key)).toDouble()) < 1e-10, key);
    // Undefined where the data cannot say.
    QVERIFY(!icc21({{1, 1}}));
    QVERIFY(!blandAltman({1}, {2}));
    QVERIFY(!cohenKappa({QStringLiteral("a")}, {}));
  }

  // Boxes by hand: two 10x10 squares overlapping by half: IoU = 50 / 150; cubes likewise.
  void boxIouAndGreedyMatching() {
    ImageBox a, b, elsewhere;
    a.image = b.image = {QStringLiteral("1.2"), QStringLiteral("1.2.3"), 0};
    elsewhere.image = {QStringLiteral("1.2"), QStringLiteral("1.2.4"), 0};
    a.left = 0, a.top = 0, a.right = 10, a.bottom = 10;
    b.left = 5, b.top = 0, b.right = 15, b.bottom = 10;
    elsewhere.left = 0, elsewhere.top = 0, elsewhere.right = 10, elsewhere.bottom = 10;
    QVERIFY(std::abs(imageBoxIou(a, b) - 1.0 / 3.0) < 1e-12);
    QCOMPARE(imageBoxIou(a, elsewhere), 0.0);
    VolumeBox c, d;
    c.frameOfReferenceUid = d.frameOfReferenceUid = QStringLiteral("2.25.1");
    c.origin = {0, 0, 0};
    c.edges = {{{10, 0, 0}, {0, 10, 0}, {0, 0, 10}}};
    d.origin = {5, 5, 0};
    d.edges = {{{10, 0, 0}, {0, 10, 0}, {0, 0, 10}}};
    QVERIFY(std::abs(volumeBoxIou(c, d) - 250.0 / 1750.0) < 1e-12);  // 5x5x10 of 1000 + 1000 - 250
    d.frameOfReferenceUid = QStringLiteral("2.25.2");
    QCOMPARE(volumeBoxIou(c, d), 0.0);
    // Greedy: the best pair first, each box once, IoU 0 never matched.
    const auto matches = matchBoxesGreedily({{0.2, 0.9, 0.0}, {0.8, 0.85, 0.0}, {0.0, 0.0, 0.0}});
    QCOMPARE(int(matches.size()), 2);
    QCOMPARE(matches[0].a, 0);
    QCOMPARE(matches[0].b, 1);
    QCOMPARE(matches[1].a, 1);
    QCOMPARE(matches[1].b, 0);
  }

  // Three readers' masks whose majority is known voxel by voxel; STAPLE against numpy's EM.
  void majorityVoteAndStaple() {
    const SegmentMask r1 = shape([](int i, int j, int k) { return i >= 10 && i <= 20 && j >= 10 && j <= 20 && k >= 5 && k <= 9; });
    const SegmentMask r2 = shape([](int i, int j, int k) { return i >= 12 && i <= 22 && j >= 10 && j <= 20 && k >= 5 && k <= 9; });
    const SegmentMask r3 = shape([](int i, int j, int k) { return i >= 14 && i <= 24 && j >= 12 && j <= 22 && k >= 6 && k <= 10; });
    const SegmentMask majority = majorityVote({r1, r2, r3});
    for (int k = 0; k < kDims[2]; ++k)
      for (int j = 0; j < kDims[1]; ++j)
        for (int i = 0; i < kDims[0]; ++i) {
          const int votes = int(r1.at(i, j, k)) + int(r2.at(i, j, k)) + int(r3.at(i, j, k));
          QCOMPARE(majority.at(i, j, k), votes >= 2);
        }
    QCOMPARE(majorityVote({r1, r2}), shape([&](int i, int j, int k) { return r1.at(i, j, k) && r2.at(i, j, k); }));

    const auto staple = stapleConsensus({r1, r2, r3});
    QVERIFY2(staple.ok(), qPrintable(staple.error()));
    QVERIFY(staple->iterations > 1);
    RC_REQUIRE_STATISTICS_ORACLES();
    QJsonArray files;
    IndexBox box = r1.bounds()->united(*r2.bounds()).united(*r3.bounds()).grown({kStapleMargin, kStapleMargin, kStapleMargin}, kDims);
    for (const auto& [n, m] : {std::pair<int, const SegmentMask*>{1, &r1}, {2, &r2}, {3, &r3}}) {
      const QString path = dir_.filePath(QStringLiteral("reader%1.raw").arg(n));
      QVERIFY(writeMask(*m, path));
      files.append(path);
    }
    const QString out = dir_.filePath(QStringLiteral("staple.raw"));
    const QJsonDocument expected = oracle(QStringLiteral("staple"),
                                          {{QStringLiteral("dims"), QJsonArray{kDims[0], kDims[1], kDims[2]}},
                                           {QStringLiteral("box"), QJsonObject{{QStringLiteral("lo"), QJsonArray{box.lo[0], box.lo[1], box.lo[2]}},
                                                                               {QStringLiteral("hi"), QJsonArray{box.hi[0], box.hi[1], box.hi[2]}}}},
                                           {QStringLiteral("masks"), files},
                                           {QStringLiteral("out"), out}},
                                          dir_.path());
    QVERIFY(expected.isObject());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    size_t differing = 0;
    for (int k = 0; k < kDims[2]; ++k)
      for (int j = 0; j < kDims[1]; ++j)
        for (int i = 0; i < kDims[0]; ++i)
          differing += staple->mask.at(i, j, k) != (bytes[int((size_t(k) * kDims[1] + size_t(j)) * kDims[0] + size_t(i))] != 0);
    QCOMPARE(differing, size_t(0));
    QCOMPARE(int(staple->mask.count()), expected.object().value(QStringLiteral("voxels")).toInt());
    for (int n = 0; n < 3; ++n) {
      QVERIFY(std::abs(staple->sensitivity[size_t(n)] - expected.object().value(QStringLiteral("sensitivity")).toArray().at(n).toDouble()) < 1e-6);
      QVERIFY(std::abs(staple->specificity[size_t(n)] - expected.object().value(QStringLiteral("specificity")).toArray().at(n).toDouble()) < 1e-6);
    }
    QVERIFY(!stapleConsensus({r1}).ok());
  }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "test_agreement.moc"
