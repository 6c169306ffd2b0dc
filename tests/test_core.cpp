// core: Volume geometry and value statistics, Result, parallelFor, the label model.

#include "core/Files.h"
#include "core/IdentifierText.h"
#include "core/ImageMeasurement.h"
#include "core/LabelMap.h"
#include "core/IndexBox.h"
#include "core/Labels.h"
#include "core/RunCoder.h"
#include "core/SegmentStatistics.h"
#include "core/Parallel.h"
#include "core/PersonName.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <QtTest>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

using namespace rc;

class TestCore : public QObject {
  Q_OBJECT
private slots:
  // One folding for identifiers: every spelling of a patient ID folds to the same characters.
  void identifierVariantsFoldAlike_data() {
    QTest::addColumn<QString>("written");
    QTest::newRow("as issued") << QStringLiteral("LIDC-IDRI-0001");
    QTest::newRow("full-width") << QStringLiteral("ＬＩＤＣ－ＩＤＲＩ－０００１");
    QTest::newRow("U+2010 hyphen") << QStringLiteral("LIDC\u2010IDRI\u20100001");
    QTest::newRow("U+2011 non-breaking hyphen") << QStringLiteral("LIDC\u2011IDRI\u20110001");
    QTest::newRow("U+2012 figure dash") << QStringLiteral("LIDC\u2012IDRI\u20120001");
    QTest::newRow("U+2013 en dash") << QStringLiteral("LIDC\u2013IDRI\u20130001");
    QTest::newRow("U+2014 em dash") << QStringLiteral("LIDC\u2014IDRI\u20140001");
    QTest::newRow("U+2015 horizontal bar") << QStringLiteral("LIDC\u2015IDRI\u20150001");
    QTest::newRow("U+2212 minus") << QStringLiteral("LIDC\u2212IDRI\u22120001");
    QTest::newRow("prolonged sound mark") << QStringLiteral("LIDC\u30FCIDRI\u30FC0001");
    QTest::newRow("spaces") << QStringLiteral("LIDC IDRI 0001");
    QTest::newRow("ideographic spaces") << QStringLiteral("LIDC\u3000IDRI\u30000001");
    QTest::newRow("no separator") << QStringLiteral("LIDCIDRI0001");
    QTest::newRow("zero-width space") << QStringLiteral("LI\u200BDC-IDRI-00\u200B01");
    QTest::newRow("joiners and BOM") << QStringLiteral("LIDC\u200D-\u200CIDRI-\uFEFF0001");
    QTest::newRow("soft hyphen, word joiner") << QStringLiteral("LIDC\u00AD-IDRI\u2060-0001");
    QTest::newRow("mixed case") << QStringLiteral("lidc-Idri-0001");
    QTest::newRow("underscores") << QStringLiteral("LIDC_IDRI_0001");
  }
  void identifierVariantsFoldAlike() {
    QFETCH(QString, written);
    QCOMPARE(foldIdentifier(written), QStringLiteral("lidcidri0001"));
    // ... and are found as a word in text around them, Japanese included.
    const QString id = foldIdentifier(QStringLiteral("LIDC-IDRI-0001"));
    for (const QString& text : {QStringLiteral("Patient %1, follow-up").arg(written), QStringLiteral("患者%1様の所見").arg(written),
                                QStringLiteral("(%1)").arg(written), written})
      QVERIFY2(containsIdentifier(foldIdentifierText(text), id, IdentifierMatch::Word), qPrintable(text));
  }

  void identifierWordsAndOrigins() {
    const QString id = foldIdentifier(QStringLiteral("12345"));
    auto word = [&](const QString& text) { return containsIdentifier(foldIdentifierText(text), id, IdentifierMatch::Word); };
    QVERIFY(word(QStringLiteral("ID 12345")));
    QVERIFY(word(QStringLiteral("ID １２３４５です")));
    QVERIFY(!word(QStringLiteral("ID 123456")));     // part of a longer number
    QVERIFY(!word(QStringLiteral("A12345")));        // part of a longer word
    QVERIFY(word(QStringLiteral("12-34-5")));         // separators anywhere
    QVERIFY(!word(QStringLiteral("12\\345")));       // but not DICOM's value delimiter
    // Half-width kana with its voiced mark folds to one full-width character.
    QCOMPARE(foldIdentifier(QStringLiteral("ﾔﾏﾀﾞ")), foldIdentifier(QStringLiteral("ヤマダ")));
    // The map back to the original text: the folded "12345" of "ＩＤ：１２-３４５" spans its digits.
    const QString original = QStringLiteral("ＩＤ：１２-３４５。");
    const FoldedText folded = foldIdentifierText(original);
    int at = -1;
    QVERIFY(containsIdentifier(folded, id, IdentifierMatch::Substring, &at));
    QCOMPARE(original.mid(folded.originalStart(at), folded.originalEnd(at + int(id.size())) - folded.originalStart(at)),
             QStringLiteral("１２-３４５"));
    QVERIFY(isInvisibleCharacter(0x200B) && isInvisibleCharacter(0xFE0F) && !isInvisibleCharacter(U'a'));
    QVERIFY(isIdentifierSeparator(0x2014) && isIdentifierSeparator(0x3000) && !isIdentifierSeparator(U'\\'));
  }

  // The shared label map: each segment's membership is exact whatever the others hold;
  // non-overlapping segments share one layer, an overlapping one moves to a layer of its own.
  void labelMapKeepsEachSegmentExact() {
    LabelMap map({70, 40, 5});
    map.set(1, 3, 4, 0, true);
    map.set(1, 40, 39, 4, true);
    map.set(2, 5, 5, 1, true);
    QCOMPARE(map.layerCount(), 1);
    QVERIFY(map.at(1, 3, 4, 0) && map.at(1, 40, 39, 4) && !map.at(2, 3, 4, 0));
    QCOMPARE(map.count(1), size_t(2));
    QCOMPARE(map.count(1, 4), size_t(1));
    QCOMPARE(map.bounds(1)->lo, (std::array<int, 3>{3, 4, 0}));
    QCOMPARE(map.bounds(1)->hi, (std::array<int, 3>{40, 39, 4}));
    // Segment 2 also takes a voxel of segment 1: both keep it, 2 moves with its voxels.
    map.set(2, 3, 4, 0, true);
    QCOMPARE(map.layerCount(), 2);
    QVERIFY(map.at(1, 3, 4, 0) && map.at(2, 3, 4, 0) && map.at(2, 5, 5, 1));
    QCOMPARE(map.count(2), size_t(2));
    QCOMPARE(map.segmentsAt(3, 4, 0).size(), size_t(2));
    // Removing one leaves the other; an emptied tile is released.
    map.set(1, 3, 4, 0, false);
    QVERIFY(!map.at(1, 3, 4, 0) && map.at(2, 3, 4, 0));
    const size_t before = map.bytes();
    map.set(1, 40, 39, 4, false);
    QVERIFY(map.isEmpty(1) && !map.bounds(1));
    QVERIFY(map.bytes() < before);
    // A segment as a mask of its own and back.
    SegmentMask mask({70, 40, 5});
    for (int i = 10; i < 60; ++i) mask.set(i, 20, 2, true);
    map.assign(3, mask);
    QVERIFY(map.sameVoxels(3, mask));
    QVERIFY(map.extract(3) == mask);
    std::vector<std::uint8_t> plane(map.sliceVoxelCount());
    map.fillSlice(3, 2, plane.data());
    QCOMPARE(int(std::count(plane.begin(), plane.end(), 1)), 50);
    int runs = 0;
    map.forEachRun(3, 2, [&](int j, int i0, int i1) {
      QCOMPARE(j, 20);
      QCOMPARE(i0, 10);
      QCOMPARE(i1, 59);
      ++runs;
    });
    QCOMPARE(runs, 1);
    map.removeSegment(3);
    QVERIFY(!map.has(3) && map.count(3) == 0);
  }

  // 117 segments that do not overlap share one layer: about a byte per voxel they cover,
  // whatever their number; a lesion costs the tiles it touches.
  void labelMapMemoryFollowsWhatIsPainted() {
    const std::array<int, 3> dims = {128, 128, 40};
    LabelMap organs(dims);
    for (int k = 0; k < dims[2]; ++k)
      for (int j = 0; j < dims[1]; ++j)
        for (int i = 0; i < dims[0]; ++i) organs.set(1 + (i / 11 + 12 * (j / 11)) % 117, i, j, k, true);
    QCOMPARE(organs.layerCount(), 1);
    const double voxels = double(dims[0]) * dims[1] * dims[2];
    QVERIFY2(organs.bytes() <= 1.2 * voxels, qPrintable(QString::number(organs.bytes() / voxels)));
    LabelMap lesion({512, 512, 300});
    for (int k = 100; k < 110; ++k)
      for (int j = 200; j < 210; ++j)
        for (int i = 300; i < 310; ++i) lesion.set(1, i, j, k, true);
    QVERIFY2(lesion.bytes() < 200 * 1024, qPrintable(QString::number(lesion.bytes())));  // not planes of 512x512
  }

  // A run set at once holds exactly what voxel-by-voxel setting holds, including where the
  // run crosses another segment (which then moves to a layer of its own) and past the edge.
  void labelMapRunEqualsItsVoxels() {
    LabelMap byRun({50, 8, 2}), byVoxel({50, 8, 2});
    for (LabelMap* map : {&byRun, &byVoxel})
      for (int i = 20; i < 30; ++i) map->set(2, i, 3, 1, true);
    byRun.setRun(1, -5, 60, 3, 1);
    for (int i = 0; i < 50; ++i) byVoxel.set(1, i, 3, 1, true);
    for (int segment : {1, 2}) {
      QCOMPARE(byRun.count(segment), byVoxel.count(segment));
      QVERIFY(byRun.extract(segment) == byVoxel.extract(segment));
    }
    QCOMPARE(byRun.count(1), size_t(50));
    QCOMPARE(byRun.count(2), size_t(10));
    QCOMPARE(byRun.layerCount(), 2);

    // A plane added at once (a SEG frame: any non-zero byte is set, rows of a width that is
    // no multiple of 8) holds what voxel-by-voxel setting holds, and fillSlice gives it back.
    std::vector<std::uint8_t> plane(byRun.sliceVoxelCount(), 0);
    const std::vector<std::pair<int, int>> set = {{0, 0}, {7, 0}, {8, 0}, {49, 0}, {48, 5}, {49, 7}, {23, 3}, {24, 3}};
    for (const auto& [i, j] : set) plane[size_t(j) * 50 + size_t(i)] = i % 2 ? 255 : 1;
    byRun.addSlice(3, 0, plane.data());
    for (const auto& [i, j] : set) byVoxel.set(3, i, j, 0, true);
    QCOMPARE(byRun.count(3), set.size());
    QVERIFY(byRun.extract(3) == byVoxel.extract(3));
    std::vector<std::uint8_t> back(plane.size(), 7);
    byRun.fillSlice(3, 0, back.data());
    for (size_t n = 0; n < plane.size(); ++n) QCOMPARE(int(back[n]), plane[n] ? 1 : 0);
  }

  // 117 segments without a chosen colour get 117 colours a reader can tell apart, and the
  // same ones next time.
  void paletteTellsManySegmentsApart() {
    std::set<std::array<std::uint8_t, 3>> seen;
    for (int n = 0; n < 117; ++n) {
      const auto c = segmentPaletteColor(n);
      QVERIFY2(seen.insert(c).second, qPrintable(QStringLiteral("colour %1 repeats").arg(n)));
      QCOMPARE(segmentPaletteColor(n), c);
      if (n == 0) continue;
      const auto p = segmentPaletteColor(n - 1);  // neighbours in a list differ visibly
      const int distance = std::abs(c[0] - p[0]) + std::abs(c[1] - p[1]) + std::abs(c[2] - p[2]);
      QVERIFY2(distance > 60, qPrintable(QStringLiteral("%1 vs %2: %3").arg(n - 1).arg(n).arg(distance)));
    }
  }

  // Everything handed in is accounted for: files whose names are not UTF-8 are found and can
  // be opened; dangling and looping links are problems with their reasons.
  void walkAccountsForEveryEntry() {
    QTemporaryDir dir;
    const QByteArray root = QFile::encodeName(dir.path());
    auto write = [](const QByteArray& path, const QByteArray& bytes) {
      FILE* f = std::fopen(path.constData(), "wb");
      QVERIFY(f);
      std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
      std::fclose(f);
    };
    write(root + "/plain.dcm", "plain");
    write(root + "/latin1-\xE9t\xE9.dcm", "latin-1 name");              // "été" in Latin-1
    QVERIFY(::mkdir((root + "/\x8a\xb3\x8e\xd2").constData(), 0755) == 0);  // "患者" in Shift_JIS
    write(root + "/\x8a\xb3\x8e\xd2/\x89\xe6\x91\x9c.dcm", "shift_jis names");  // "画像"
    QVERIFY(::symlink("nowhere.dcm", (root + "/dangling.dcm").constData()) == 0);
    QVERIFY(::symlink("loop-b", (root + "/loop-a").constData()) == 0);
    QVERIFY(::symlink("loop-a", (root + "/loop-b").constData()) == 0);
    QVERIFY(::symlink("plain.dcm", (root + "/alias.dcm").constData()) == 0);  // the same file once

    const FolderWalk walk = walkFiles(dir.path());
    QStringList contents;
    for (const FoundFile& f : walk.files) {
      QFile file(f.path);
      QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f.displayPath));
      contents << QString::fromLatin1(file.readAll());
    }
    contents.sort();
    QCOMPARE(contents, (QStringList{QStringLiteral("latin-1 name"), QStringLiteral("plain"), QStringLiteral("shift_jis names")}));
    QStringList shown;
    for (const FoundFile& f : walk.files) shown << QFileInfo(f.displayPath).fileName();
    QVERIFY2(shown.contains(QStringLiteral("latin1-\\xe9t\\xe9.dcm")), qPrintable(shown.join(QLatin1Char(' '))));
    QStringList problems;
    for (const WalkProblem& p : walk.problems) problems << QFileInfo(p.displayPath).fileName() + QStringLiteral(": ") + p.reason;
    problems.sort();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems[0].startsWith(QStringLiteral("dangling.dcm: ")) && problems[0].contains(QStringLiteral("dangling link")), qPrintable(problems[0]));
    QVERIFY2(problems[1].startsWith(QStringLiteral("loop-a: ")) && problems[1].contains(QStringLiteral("loops")), qPrintable(problems[1]));
    QVERIFY2(problems[2].startsWith(QStringLiteral("loop-b: ")) && problems[2].contains(QStringLiteral("loops")), qPrintable(problems[2]));
    QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), dir.path()});  // Qt cannot name what it would remove
  }

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

  void segmentMaskStoresOnlyWhatIsSet() {
    SegmentMask mask({40, 30, 20});
    QVERIFY(mask.isEmpty());
    QVERIFY(!mask.bounds());
    mask.set(3, 4, 5, true);
    mask.set(39, 29, 19, true);
    mask.set(0, 0, 0, false);  // clearing where nothing is set allocates nothing
    QVERIFY(mask.sliceIsEmpty(0));
    QVERIFY(mask.at(3, 4, 5) && mask.at(39, 29, 19) && !mask.at(4, 4, 5));
    QVERIFY(!mask.at(-1, 0, 0) && !mask.at(40, 0, 0));  // outside is never set
    QCOMPARE(mask.count(), size_t(2));
    const auto b = mask.bounds();
    QVERIFY(b);
    QCOMPARE(*b, (IndexBox{{3, 4, 5}, {39, 29, 19}}));
    mask.set(39, 29, 19, false);
    mask.compact();
    QVERIFY(mask.sliceIsEmpty(19));
    QVERIFY(!mask.sliceIsEmpty(5));
  }

  void segmentMaskCountsPerSliceAndStaysRightWhileStale() {
    SegmentMask mask({16, 12, 6});
    std::uint8_t* s = mask.sliceForWriting(2);  // written raw: the slice's count is stale
    for (int i = 3; i <= 9; ++i) s[5 * 16 + i] = 1;
    s[11 * 16 + 15] = 1;
    QCOMPARE(mask.count(2), size_t(8));
    QCOMPARE(mask.count(), size_t(8));
    QCOMPARE(*mask.bounds(), (IndexBox{{3, 5, 2}, {15, 11, 2}}));
    mask.compact();
    QCOMPARE(mask.count(2), size_t(8));
    mask.set(15, 11, 2, false);
    mask.set(0, 0, 4, true);
    QCOMPARE(mask.count(), size_t(8));
    QCOMPARE(*mask.bounds(), (IndexBox{{0, 0, 2}, {9, 5, 4}}));
    mask.set(0, 0, 4, false);
    mask.compact();
    QVERIFY(mask.sliceIsEmpty(4));
    QCOMPARE(*mask.bounds(), (IndexBox{{3, 5, 2}, {9, 5, 2}}));
  }

  void runCoderRoundTripsAndRefusesOverruns() {
    const std::vector<std::uint8_t> line = {0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 2, 1};
    std::vector<std::uint32_t> runs = {99};  // appended after what is there
    QCOMPARE(encodeRuns(line.data(), line.size(), runs), size_t(6));
    QCOMPARE(runs, (std::vector<std::uint32_t>{99, 2, 3, 1, 1, 3, 2}));
    std::vector<std::uint8_t> back(line.size(), 0);
    QVERIFY(forEachRunOfOnes(runs.data() + 1, 6, back.size(), [&](size_t at, size_t n) {
      for (size_t x = at; x < at + n; ++x) back[x] = 1;
    }));
    for (size_t n = 0; n < line.size(); ++n) QCOMPARE(back[n] != 0, line[n] != 0);
    const std::uint32_t overrun[] = {10, 5};
    QVERIFY(!forEachRunOfOnes(overrun, 2, 12, [](size_t, size_t) {}));
    std::vector<std::uint32_t> none;
    const std::vector<std::uint8_t> zeros(7, 0);
    QCOMPARE(encodeRuns(zeros.data(), zeros.size(), none), size_t(0));
  }

  void indexBoxUnitesIntersectsAndGrows() {
    IndexBox b;
    QVERIFY(b.isEmpty());
    QCOMPARE(b.voxelCount(), size_t(0));
    b.include(4, 5, 6);
    b.include(2, 9, 6);
    QCOMPARE(b, (IndexBox{{2, 5, 6}, {4, 9, 6}}));
    QCOMPARE(b.voxelCount(), size_t(3 * 5 * 1));
    QCOMPARE(b.united(IndexBox{{0, 0, 0}, {1, 1, 1}}), (IndexBox{{0, 0, 0}, {4, 9, 6}}));
    QVERIFY(b.intersected(IndexBox{{5, 0, 0}, {9, 9, 9}}).isEmpty());
    QCOMPARE(b.grown({1, 1, 1}, {5, 10, 7}), (IndexBox{{1, 4, 5}, {4, 9, 6}}));
    QVERIFY(b.contains(3, 7, 6) && !b.contains(3, 7, 5));
  }

  void segmentMaskEncodingRoundTrips() {
    SegmentMask mask({17, 13, 6});
    // Runs that start and end on slice borders, a full slice, single voxels.
    for (int j = 0; j < 13; ++j)
      for (int i = 0; i < 17; ++i) mask.set(i, j, 2, true);
    mask.set(0, 0, 0, true);
    mask.set(16, 12, 0, true);
    for (int i = 3; i < 11; ++i) mask.set(i, 6, 4, (i % 3) != 0);
    const QByteArray bytes = mask.encode();
    QVERIFY(bytes.size() < int(17 * 13));  // smaller than one raw slice
    const auto back = SegmentMask::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == mask);
    QCOMPARE(back->count(), mask.count());
    QVERIFY(back->sliceIsEmpty(1) && back->sliceIsEmpty(5));
    // Damage is an error, not a wrong mask.
    QVERIFY(!SegmentMask::decode(bytes.left(bytes.size() - 3)).ok());
    QVERIFY(!SegmentMask::decode(QByteArray("nonsense")).ok());
    SegmentMask other = mask;
    other.set(5, 5, 5, true);
    QVERIFY(other != mask);
  }

  void volumeBoxContainsItsCornersAndNotBeyond() {
    Volume v(PixelType::Int16, {100, 100, 50});
    v.spacing = {0.7, 0.7, 2.5};
    v.origin = {-170, -150, -300};
    v.frameOfReferenceUid = QStringLiteral("1.2.3");
    const VolumeBox box = VolumeBox::aroundVoxels(v, {10, 20, 5, 19, 29, 9});
    QCOMPARE(box.frameOfReferenceUid, QStringLiteral("1.2.3"));
    for (const Vec3& c : box.corners()) QVERIFY(box.contains(c));
    // Voxel centres inside, the next voxel outside.
    QVERIFY(box.contains(v.indexToPatient(10, 20, 5)));
    QVERIFY(box.contains(v.indexToPatient(19, 29, 9)));
    QVERIFY(!box.contains(v.indexToPatient(20, 25, 7)));
    QVERIFY(!box.contains(v.indexToPatient(15, 25, 10)));
    QCOMPARE(box.edges[2][2], 5 * 2.5);
    // A sheared (tilted gantry) box: containment follows the edges, not the axes.
    VolumeBox sheared;
    sheared.origin = {0, 0, 0};
    sheared.edges = {{{10, 0, 0}, {0, 10, 0}, {0, 5, 10}}};
    QVERIFY(sheared.contains({5, 12, 8}));   // inside thanks to the shear
    QVERIFY(!sheared.contains({5, 2, 9}));   // below the sheared face
  }

  void labelSetJsonRoundTrip() {
    LabelSet set;
    set.seriesInstanceUid = QStringLiteral("2.25.1");
    set.observerName = QStringLiteral("Reader^One");
    set.procedure = {QStringLiteral("363679005"), QStringLiteral("SCT"), QStringLiteral("Imaging procedure")};
    Segment s;
    s.number = 2;
    s.label = QStringLiteral("Nodule 1");
    s.category = {QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
    s.type = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
    s.algorithm = SegmentAlgorithm::Semiautomatic;
    s.algorithmName = QStringLiteral("region grow");
    s.color = {1, 2, 3};
    s.trackingUid = QStringLiteral("2.25.9");
    set.segments.push_back(s);
    Finding f;
    f.trackingId = QStringLiteral("Nodule 1");
    f.trackingUid = QStringLiteral("2.25.9");
    f.finding = s.type;
    f.laterality = {QStringLiteral("24028007"), QStringLiteral("SCT"), QStringLiteral("Right")};
    f.measurements.push_back({{QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long axis")},
                              12.5,
                              {QStringLiteral("mm"), QStringLiteral("UCUM"), QStringLiteral("millimeter")},
                              {},
                              MeasurementRegion::ImageBox});
    f.imageBox = ImageBox{{QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), QStringLiteral("2.25.5"), 0}, 1.5, 2.5, 30, 40};
    // Drawings: a length on an image (in pixels, as another tool wrote it), an ellipse in 3D.
    Graphic line;
    line.type = GraphicType::Polyline;
    line.image = {QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), QStringLiteral("2.25.6"), 3};
    line.points = {{1.5, 2.5}, {10.25, 20}};
    f.measurements.push_back({{QStringLiteral("410668003"), QStringLiteral("SCT"), QStringLiteral("Length")},
                              40,
                              {QStringLiteral("1"), QStringLiteral("UCUM"), QStringLiteral("px")},
                              {},
                              MeasurementRegion::None,
                              line});
    Graphic ellipse;
    ellipse.type = GraphicType::Ellipse;
    ellipse.frameOfReferenceUid = QStringLiteral("2.25.7");
    ellipse.points3D = {Vec3{0, 0, 1}, Vec3{4, 0, 1}, Vec3{2, -1, 1}, Vec3{2, 1, 1}};
    f.graphics.push_back(ellipse);
    f.moreSites.push_back({QStringLiteral("CORNERSTONEFREETEXT"), QStringLiteral("CORNERSTONEJS"), QStringLiteral("RUL nodule")});
    VolumeBox vb;
    vb.frameOfReferenceUid = QStringLiteral("2.25.7");
    vb.origin = {1, 2, 3};
    vb.edges = {{{4, 0, 0}, {0, 5, 0}, {0, 0, 6}}};
    f.volumeBox = vb;
    f.segmentNumber = 2;
    f.diseaseClass = {QStringLiteral("363358000"), QStringLiteral("SCT"), QStringLiteral("Malignant tumor of lung")};
    f.certainty = {QStringLiteral("PROBABLE"), QStringLiteral("99RADCUR"), QStringLiteral("Probable")};
    f.comment = QStringLiteral("spiculated, 右上葉");
    f.longAxisMm = 21.5;
    f.shortAxisMm = 14;
    f.ruler = AxisRuler{{Vec3{1, 2, 3}, Vec3{4, 5, 6}}, {Vec3{7, 8, 9}, Vec3{10, 11, 12}}};
    f.reader = QStringLiteral("yamada");
    f.createdAt = QStringLiteral("2026-12-01T10:00:00Z");
    set.findings.push_back(f);
    set.segments.front().verified = false;
    set.segments.front().locked = true;
    set.noFinding = true;
    set.noFindingBy = QStringLiteral("suzuki");
    set.importedObjects.push_back({QStringLiteral("2.25.77"), QStringLiteral("SEG"), {{1, 5}, {2, 2}}});

    const auto back = LabelSet::fromJson(set.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->toJson(), set.toJson());
    QCOMPARE(back->segments.front().algorithm, SegmentAlgorithm::Semiautomatic);
    QCOMPARE(back->findings.front().measurements.front().region, MeasurementRegion::ImageBox);
    QVERIFY(back->findings.front().imageBox == f.imageBox);
    QCOMPARE(back->findings.front().volumeBox->edges[2][2], 6.0);
    QCOMPARE(back->findings.front().diseaseClass, f.diseaseClass);
    QCOMPARE(back->findings.front().comment, f.comment);
    QCOMPARE(*back->findings.front().shortAxisMm, 14.0);
    QCOMPARE(back->findings.front().ruler->shortAxis[1][2], 12.0);
    const Measurement& drawn = back->findings.front().measurements.back();
    QVERIFY(drawn.graphic && !drawn.graphic->is3D());
    QCOMPARE(drawn.graphic->image.frame, 3);
    QCOMPARE(drawn.graphic->points[1][0], 10.25);
    QCOMPARE(back->findings.front().graphics.front().type, GraphicType::Ellipse);
    QCOMPARE(back->findings.front().graphics.front().points3D[3][1], 1.0);
    QCOMPARE(back->findings.front().moreSites.front().meaning, QStringLiteral("RUL nodule"));
    // A length in pixels is kept as written and flagged; millimetres are not.
    QVERIFY(!isPhysicalUnit(drawn.unit));
    QVERIFY(isPhysicalUnit(back->findings.front().measurements.front().unit));
    const QStringList lines = describeMeasurements(back->findings.front());
    QCOMPARE(lines.size(), 2);
    QVERIFY2(!lines[0].contains(QLatin1String("not physical")) && lines[1].contains(QLatin1String("not physical")) &&
                 lines[1].contains(QLatin1String("polyline")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(!back->segments.front().verified && back->segments.front().locked);
    QVERIFY(back->noFinding);
    QCOMPARE(back->nextSegmentNumber(), 3);
    QVERIFY(back->imported(QStringLiteral("2.25.77")));
    QCOMPARE(back->imported(QStringLiteral("2.25.77"))->storeNumber(1), 5);
    QCOMPARE(back->imported(QStringLiteral("2.25.77"))->storeNumber(3), 0);
    QVERIFY(!back->imported(QStringLiteral("2.25.78")));
    QVERIFY(!LabelSet::fromJson(QJsonObject{{QStringLiteral("format"), 99}}).ok());
  }
  void segmentStatisticsOfABallOnKnownSpacing() {
    Volume v(PixelType::Int16, {64, 64, 40});
    v.spacing = {0.5, 0.5, 1.0};
    auto* d = v.data<std::int16_t>();
    SegmentMask mask(v.dimensions());
    // A ball of radius 8 mm around (16, 16, 20) mm, value 40 inside, -1000 outside; one
    // voxel in it is 140.
    size_t inside = 0;
    for (int k = 0; k < 40; ++k)
      for (int j = 0; j < 64; ++j)
        for (int i = 0; i < 64; ++i) {
          const double x = i * 0.5 - 16, y = j * 0.5 - 16, z = k * 1.0 - 20;
          const bool in = x * x + y * y + z * z <= 64;
          d[v.index(i, j, k)] = in ? 40 : -1000;
          if (in) mask.set(i, j, k, true), ++inside;
        }
    d[v.index(32, 32, 20)] = 140;
    const SegmentStatistics st = segmentStatistics(mask, v);
    QCOMPARE(st.voxels, inside);
    QVERIFY(std::abs(st.volumeMl - inside * 0.25 / 1000.0) < 1e-12);
    QVERIFY(std::abs(st.volumeMl - 4.0 / 3.0 * M_PI * 512 / 1000.0) < 0.1);  // 2.14 mL
    QCOMPARE(st.max, 140.0);
    QCOMPARE(st.min, 40.0);
    QVERIFY(std::abs(st.mean - (40.0 * double(inside) + 100) / double(inside)) < 1e-9);
    // The widest slice is the equator: diameter 16 mm, plus up to one voxel for the edges.
    QVERIFY(std::abs(st.longAxisSlice - 20) <= 1);  // the equator or a slice next to it
    QVERIFY2(st.longAxisMm >= 16 && st.longAxisMm <= 16 + 0.75, qPrintable(QString::number(st.longAxisMm)));
    QVERIFY2(st.shortAxisMm >= 15.5 && st.shortAxisMm <= st.longAxisMm, qPrintable(QString::number(st.shortAxisMm)));
    QCOMPARE(segmentStatistics(SegmentMask({3, 3, 3}), v).voxels, size_t(0));  // another grid
  }

  void rulerLengthOnKnownSpacing() {
    Volume v(PixelType::Int16, {50, 40, 30});
    v.spacing = {0.7, 0.7, 2.5};
    ImageMeasurement ruler;
    ruler.kind = MeasurementKind::Ruler;
    ruler.first = {10, 10, 4};
    ruler.second = {13, 14, 4};  // 3 x 4 voxels: 2.1 mm by 2.8 mm -> 3.5 mm
    QVERIFY(std::abs(measure(v, ruler).lengthMm - 3.5) < 1e-9);
    ruler.second = {10, 10, 8};  // four slices of 2.5 mm
    QVERIFY(std::abs(measure(v, ruler).lengthMm - 10.0) < 1e-9);
  }

  void roiStatisticsMatchTheVoxels() {
    Volume v(PixelType::Int16, {60, 50, 5});
    v.spacing = {0.5, 0.8, 3};
    v.modality = QStringLiteral("CT");
    auto* p = v.data<std::int16_t>();
    for (int k = 0; k < 5; ++k)
      for (int j = 0; j < 50; ++j)
        for (int i = 0; i < 60; ++i) p[v.index(i, j, k)] = std::int16_t((i * 7 + j * 13 + k * 101) % 400 - 200);
    for (MeasurementKind kind : {MeasurementKind::Rectangle, MeasurementKind::Ellipse}) {
      ImageMeasurement roi;
      roi.kind = kind;
      roi.normalAxis = 2;
      roi.slice = 3;
      roi.first = {12.3, 30.6, 3};
      roi.second = {40.2, 8.1, 3};
      const MeasurementValues m = measure(v, roi);
      // The oracle: every voxel of the slice, tested in millimetres.
      const double cx = (12.3 + 40.2) / 2 * 0.5, cy = (30.6 + 8.1) / 2 * 0.8, rx = (40.2 - 12.3) / 2 * 0.5, ry = (30.6 - 8.1) / 2 * 0.8;
      std::vector<double> inside;
      for (int j = 0; j < 50; ++j)
        for (int i = 0; i < 60; ++i) {
          const double x = i * 0.5, y = j * 0.8;
          const bool in = kind == MeasurementKind::Rectangle
                              ? (x >= cx - rx - 1e-9 && x <= cx + rx + 1e-9 && y >= cy - ry - 1e-9 && y <= cy + ry + 1e-9)
                              : ((x - cx) * (x - cx) / (rx * rx) + (y - cy) * (y - cy) / (ry * ry) <= 1.0);
          if (in) inside.push_back(p[v.index(i, j, 3)]);
        }
      QCOMPARE(m.voxels, qint64(inside.size()));
      double mean = 0;
      for (double x : inside) mean += x;
      mean /= double(inside.size());
      double ss = 0;
      for (double x : inside) ss += (x - mean) * (x - mean);
      QVERIFY(std::abs(m.mean - mean) < 1e-9);
      QVERIFY(std::abs(m.sd - std::sqrt(ss / double(inside.size() - 1))) < 1e-9);
      QCOMPARE(m.min, *std::min_element(inside.begin(), inside.end()));
      QCOMPARE(m.max, *std::max_element(inside.begin(), inside.end()));
      const double area = kind == MeasurementKind::Rectangle ? 4 * rx * ry : M_PI * rx * ry;
      QVERIFY(std::abs(m.areaMm2 - area) < 1e-9);
      QCOMPARE(m.unit, QStringLiteral("HU"));
    }
  }
};

QTEST_GUILESS_MAIN(TestCore)
#include "test_core.moc"
