// Diffusion: b-value shells, ADC maps, the candidate mask of a tumour-specific ADC map, its
// statistics, and the whole workflow on a case store with its exports (judged by dciodvfy and
// pydicom + numpy).

#include "StoreFixture.h"
#include "TestSupport.h"
#include "Validators.h"
#include "casework/AdcWork.h"
#include "casework/LabelTransfer.h"
#include "handoff/DatasetExport.h"
#include "diffusion/Adc.h"
#include "diffusion/AdcStatistics.h"
#include "diffusion/Shells.h"
#include "dicom/VolumeLoader.h"
#include "phantom/DiffusionPhantom.h"
#include "storage/LabelStore.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace rc;
using namespace rc::test;

namespace {

std::shared_ptr<Volume> floatVolume(std::array<int, 3> dims, Vec3 spacing = {1, 1, 1}) {
  auto v = std::make_shared<Volume>(PixelType::Float32, dims);
  v->spacing = spacing;
  v->hasPatientOrientation = true;
  v->modality = QStringLiteral("MR");
  return v;
}

// Shells of a mono-exponential decay S = S0 exp(-b ADC), with ADC varying over the volume.
std::vector<BValueVolume> decay(const std::vector<double>& bValues, std::array<int, 3> dims, std::vector<double>& truth) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> adcDist(300, 3000), s0Dist(200, 2000);
  const size_t n = size_t(dims[0]) * dims[1] * dims[2];
  truth.assign(n, 0);
  std::vector<double> s0(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (i % 7 == 0) continue;  // background: no signal
    truth[i] = adcDist(rng);
    s0[i] = s0Dist(rng);
  }
  std::vector<BValueVolume> volumes;
  for (double b : bValues) {
    auto v = floatVolume(dims);
    for (size_t i = 0; i < n; ++i) v->data<float>()[i] = float(s0[i] * std::exp(-b * truth[i] * 1e-6));
    volumes.push_back({b, QStringLiteral("(0018,9087)"), v});
  }
  return volumes;
}

QStringList filesUnder(const QString& dir) {
  QStringList files;
  QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString f = it.next();
    if (!f.endsWith(QLatin1String("DICOMDIR"))) files << f;
  }
  files.sort();
  return files;
}

double relative(double a, double b) { return std::abs(a - b) / std::max(std::abs(b), 1e-12); }

}  // namespace

class TestDiffusion : public QObject {
  Q_OBJECT

private slots:
  void twoShellAdcEqualsTheKnownValue() {
    std::vector<double> truth;
    const auto dwi = groupShells(decay({0, 800}, {16, 12, 5}, truth));
    QVERIFY2(dwi, qPrintable(dwi ? QString() : dwi.error()));
    AdcOptions options;
    options.noiseFloor = 0;
    const auto map = computeAdc(dwi.value(), options);
    QVERIFY2(map, qPrintable(map ? QString() : map.error()));
    const float* adc = map->adc->data<float>();
    double worst = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
      if (truth[i] == 0) {
        QCOMPARE(adc[i], 0.0f);
        QCOMPARE(int(map->valid[i]), 0);
        continue;
      }
      worst = std::max(worst, relative(adc[i], truth[i]));
    }
    QVERIFY2(worst < 1e-6, qPrintable(QStringLiteral("worst relative error %1").arg(worst)));
  }

  void logLinearFitOverFiveShells() {
    std::vector<double> truth;
    const auto dwi = groupShells(decay({0, 200, 500, 800, 1000}, {12, 10, 4}, truth));
    QVERIFY(dwi);
    QCOMPARE(int(dwi->shells.size()), 5);
    AdcOptions options;
    options.method = AdcMethod::LogLinearFit;
    options.noiseFloor = 0;
    const auto fit = computeAdc(dwi.value(), options);
    QVERIFY(fit);
    double worst = 0;
    for (size_t i = 0; i < truth.size(); ++i)
      if (truth[i] > 0) worst = std::max(worst, relative(fit->adc->data<float>()[i], truth[i]));
    QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("worst relative error %1").arg(worst)));
    QCOMPARE(fit->bValues.size(), size_t(5));
    // Two shells chosen by b-value: the nearest shells are used.
    options.method = AdcMethod::TwoShells;
    options.lowB = 190;
    options.highB = 810;
    const auto pair = computeAdc(dwi.value(), options);
    QVERIFY(pair);
    QCOMPARE(pair->bValues, (std::vector<double>{200, 800}));
    QVERIFY(pair->description.contains(QLatin1String("b=200,800")));
  }

  void badDiffusionInputIsRefusedClearly() {
    std::vector<double> truth;
    auto one = decay({1000}, {8, 8, 2}, truth);
    auto single = groupShells(one);
    QVERIFY(!single);
    QVERIFY2(single.error().contains(QLatin1String("one b-value shell")), qPrintable(single.error()));
    // b-values within 1 s/mm² are one shell, so this is a single shell too.
    auto near = decay({0, 0.004}, {8, 8, 2}, truth);
    QVERIFY(!groupShells(near));

    auto missing = decay({0, 1000}, {8, 8, 2}, truth);
    missing[1].bValue.reset();
    auto noB = groupShells(missing);
    QVERIFY(!noB);
    QVERIFY2(noB.error().contains(QLatin1String("(0018,9087)")) && noB.error().contains(QLatin1String("Philips")), qPrintable(noB.error()));

    auto grids = decay({0, 1000}, {8, 8, 2}, truth);
    grids[1].volume = floatVolume({8, 8, 3});
    auto otherGrid = groupShells(grids);
    QVERIFY(!otherGrid);
    QVERIFY2(otherGrid.error().contains(QLatin1String("different grids")), qPrintable(otherGrid.error()));

    auto adc = floatVolume({8, 8, 2});
    std::fill(adc->data<float>(), adc->data<float>() + adc->voxelCount(), 2500.0f);
    AdcCandidateOptions candidate;
    auto none = adcCandidate(*adc, candidate);
    QVERIFY(!none);
    QVERIFY2(none.error().contains(QLatin1String("selects no voxel")), qPrintable(none.error()));
    candidate.low = 900, candidate.high = 100;
    QVERIFY(!adcCandidate(*adc, candidate));
  }

  void realPhilipsDwiGroupsIntoTwoShells() {
    RC_REQUIRE_SAMPLE("mr-dwi-adc/philips_dwi_classic_and_enhanced/In/cl/DICOM");
    const QStringList files = filesUnder(samplePath(QStringLiteral("mr-dwi-adc/philips_dwi_classic_and_enhanced/In/cl/DICOM")));
    const auto dwi = loadDiffusion(files);
    QVERIFY2(dwi, qPrintable(dwi ? QString() : dwi.error()));
    QCOMPARE(int(dwi->shells.size()), 2);
    // b = 0, 0.001 ... 0.004 (as Philips labels its b=0 volumes) are one shell; the dcm2niix
    // reference .bval of this series lists 5 of them and 12 directions at b = 1000.
    QCOMPARE(dwi->shells[0].volumeCount, 5);
    QVERIFY(dwi->shells[0].bValue < 0.01);
    QCOMPARE(dwi->shells[1].volumeCount, 12);
    QCOMPARE(dwi->shells[1].bValue, 1000.0);
    QCOMPARE(dwi->bValueSource, QStringLiteral("(0018,9087)"));
    QCOMPARE(dwi->shells[1].image->dimensions(), (std::array<int, 3>{112, 112, 32}));
    QVERIFY(describeShells(dwi.value()).contains(QLatin1String("b=1000 (12 volumes)")));
    // A brain ADC: median white/grey matter 600-1000 x10^-6 mm²/s.
    const auto map = computeAdc(dwi.value());
    QVERIFY(map);
    std::vector<float> inside;
    for (size_t i = 0; i < map->valid.size(); ++i)
      if (map->valid[i]) inside.push_back(map->adc->data<float>()[i]);
    std::nth_element(inside.begin(), inside.begin() + std::ptrdiff_t(inside.size() / 2), inside.end());
    const double median = inside[inside.size() / 2];
    QVERIFY2(median > 600 && median < 1000, qPrintable(QString::number(median)));
  }

  void vendorBValueTagsAreReadAndNamed() {
    for (auto [tag, source] : {std::pair{BValueTag::Philips, "Philips (2001,1003)"}, std::pair{BValueTag::Ge, "GE (0043,1039)"},
                               std::pair{BValueTag::Siemens, "Siemens CSA (0029,1010)"}, std::pair{BValueTag::Standard, "(0018,9087)"}}) {
      QTemporaryDir dir;
      DiffusionPhantomOptions options;
      options.matrix = 24;
      options.slices = 4;
      options.bValues = {0, 50, 800};
      options.tag = tag;
      const auto phantom = writeDiffusionPhantom(dir.path(), options);
      QVERIFY(phantom);
      const auto dwi = loadDiffusion(phantom->dwiFiles);
      QVERIFY2(dwi, qPrintable(dwi ? QString() : dwi.error()));
      QCOMPARE(dwi->bValueSource, QString::fromLatin1(source));
      QCOMPARE(int(dwi->shells.size()), 3);
      QCOMPARE(dwi->shells[2].bValue, 800.0);
    }
    QTemporaryDir dir;
    DiffusionPhantomOptions options;
    options.matrix = 16;
    options.slices = 2;
    options.tag = BValueTag::None;
    const auto phantom = writeDiffusionPhantom(dir.path(), options);
    QVERIFY(phantom);
    const auto dwi = loadDiffusion(phantom->dwiFiles);
    QVERIFY(!dwi);  // b = 0 and 1000 volumes at the same positions, no b-value anywhere
    QVERIFY2(dwi.error().contains(QLatin1String("no b-value")), qPrintable(dwi.error()));
  }

  void damagedSiemensHeadersGiveNoBValue() {
    // CSA headers cut short, claiming huge counts, or lying about item lengths: no b-value, no crash.
    const QList<QByteArray> damaged = {QByteArray(), QByteArray("SV10\4\3\2\1", 8), QByteArray("SV10\4\3\2\1\xff\xff\xff\x7f\0\0\0\0", 16),
                                       QByteArray("SV10\4\3\2\1\1\0\0\0\x4d\0\0\0", 16) + QByteArray("B_value", 7) + QByteArray(57 + 20, '\xff')};
    for (const QByteArray& csa : damaged) {
      QTemporaryDir dir;
      DiffusionPhantomOptions options;
      options.matrix = 16;
      options.slices = 2;
      options.tag = BValueTag::Siemens;
      const auto phantom = writeDiffusionPhantom(dir.path(), options);
      QVERIFY(phantom);
      for (const QString& path : phantom->dwiFiles) {
        DcmFileFormat file;
        QVERIFY(file.loadFile(OFFilename(QFile::encodeName(path).constData())).good());
        file.getDataset()->putAndInsertUint8Array(DcmTag(0x0029, 0x1010, EVR_OB), reinterpret_cast<const Uint8*>(csa.constData()),
                                                  Uint32(csa.size()));
        QVERIFY(file.saveFile(OFFilename(QFile::encodeName(path).constData()), EXS_LittleEndianExplicit).good());
      }
      const auto dwi = loadDiffusion(phantom->dwiFiles);
      QVERIFY(!dwi);
      QVERIFY2(dwi.error().contains(QLatin1String("no b-value")), qPrintable(dwi.error()));
    }
  }

  void thresholdAndIslandRemovalCountVoxels() {
    auto adc = floatVolume({40, 40, 10}, {1, 1, 2});
    float* v = adc->data<float>();
    std::fill(v, v + adc->voxelCount(), 1500.0f);
    auto set = [&](int i0, int j0, int k0, int ni, int nj, int nk, float value) {
      for (int k = k0; k < k0 + nk; ++k)
        for (int j = j0; j < j0 + nj; ++j)
          for (int i = i0; i < i0 + ni; ++i) v[adc->index(i, j, k)] = value;
    };
    set(5, 5, 2, 5, 5, 2, 500);     // 50 voxels = 100 mm³
    set(30, 30, 7, 2, 2, 1, 600);   // 4 voxels = 8 mm³
    set(20, 5, 5, 1, 1, 1, 1200);   // outside the range
    AdcCandidateOptions options;
    auto all = adcCandidate(*adc, options);
    QVERIFY(all);
    QCOMPARE(all->count(), size_t(54));
    options.minIslandMm3 = 10;
    auto kept = adcCandidate(*adc, options);
    QVERIFY(kept);
    QCOMPARE(kept->count(), size_t(50));
    QVERIFY(!kept->at(30, 30, 7));
    options.minIslandMm3 = 200;
    QVERIFY(!adcCandidate(*adc, options));  // every part is smaller
    // AND a high signal on the highest-b image: only half of the big block is bright.
    auto highB = floatVolume({40, 40, 10}, {1, 1, 2});
    for (int k = 0; k < 10; ++k)
      for (int j = 0; j < 40; ++j)
        for (int i = 0; i < 40; ++i) highB->data<float>()[highB->index(i, j, k)] = i < 7 ? 300.0f : 50.0f;
    options.minIslandMm3 = 0;
    options.highBImage = highB;
    options.highBMinimum = 100;
    auto bright = adcCandidate(*adc, options);
    QVERIFY(bright);
    QCOMPARE(bright->count(), size_t(2 * 5 * 2));
    QVERIFY(describeCandidate(options).contains(QLatin1String("high-b signal > 100")));
  }

  void tumourVolumeOfASphereOnAnisotropicSpacing() {
    // Two spheres (r = 10 mm and 6 mm) on 0.8 x 0.8 x 2.5 mm voxels.
    const Vec3 spacing = {0.8, 0.8, 2.5};
    auto adc = floatVolume({80, 80, 30}, spacing);
    SegmentMask mask(adc->dimensions());
    size_t big = 0, small = 0;
    for (int k = 0; k < 30; ++k)
      for (int j = 0; j < 80; ++j)
        for (int i = 0; i < 80; ++i) {
          const double x = i * 0.8, y = j * 0.8, z = k * 2.5;
          const bool inBig = std::pow(x - 20, 2) + std::pow(y - 30, 2) + std::pow(z - 37.5, 2) <= 100;
          const bool inSmall = std::pow(x - 50, 2) + std::pow(y - 50, 2) + std::pow(z - 37.5, 2) <= 36;
          if (!inBig && !inSmall) continue;
          mask.set(i, j, k, true);
          adc->data<float>()[adc->index(i, j, k)] = inBig ? 800.0f : 1100.0f;
          (inBig ? big : small)++;
        }
    const auto lesions = adcDistributions(mask, *adc);
    QCOMPARE(int(lesions.size()), 3);
    const double voxelMl = 0.8 * 0.8 * 2.5 / 1000;
    QCOMPARE(lesions[0].values.voxels, big + small);
    QVERIFY(std::abs(lesions[0].values.volumeMl - double(big + small) * voxelMl) < 1e-12);
    QCOMPARE(lesions[1].values.voxels, big);
    QCOMPARE(lesions[2].values.voxels, small);
    const double sphere = 4.0 / 3.0 * M_PI * 1000 / 1000;  // r = 10 mm, in mL
    QVERIFY2(std::abs(lesions[1].values.volumeMl - sphere) / sphere < 0.05, qPrintable(QString::number(lesions[1].values.volumeMl)));
    QCOMPARE(lesions[1].values.mean, 800.0);
    QCOMPARE(lesions[2].values.median, 1100.0);
  }

  void distributionMatchesItsDefinitions() {
    // Hand-checkable: 1, 2, 3, 4, 100.
    const ValueDistribution d = distributionOf({100, 1, 2, 3, 4}, 0.5, 25);
    QCOMPARE(d.voxels, size_t(5));
    QCOMPARE(d.volumeMl, 2.5);
    QCOMPARE(d.mean, 22.0);
    QCOMPARE(d.median, 3.0);
    QCOMPARE(d.p25, 2.0);
    QCOMPARE(d.p10, 1.4);  // numpy.percentile([1,2,3,4,100], 10)
    QCOMPARE(d.p90, 61.6);
    QVERIFY(std::abs(d.sd - std::sqrt(((21 * 21) + (20 * 20) + (19 * 19) + (18 * 18) + (78 * 78)) / 5.0)) < 1e-12);
    QVERIFY(d.skewness > 1.4);  // one far outlier: strongly right-skewed
    // Bins of 25: four values in [0,25), one in [100,125): H = -(0.8 log2 0.8 + 0.2 log2 0.2).
    QVERIFY(std::abs(d.entropy - 0.7219280948873623) < 1e-12);
  }

  void workflowOnTheStoreWithExports() {
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    QTemporaryDir dir;
    DiffusionPhantomOptions options;
    options.scannerAdcMap = true;
    const auto phantom = writeDiffusionPhantom(dir.filePath(QStringLiteral("in")), options);
    QVERIFY(phantom);
    auto fixture = StoreFixture::open(dir.filePath(QStringLiteral("store")));
    QVERIFY(fixture);
    const ImportReport report = fixture->import({dir.filePath(QStringLiteral("in"))});
    QVERIFY2(report.ok(), qPrintable(report.summaryLine()));
    CaseDatabase db(*fixture->store);
    const auto series = db.listSeries();
    QVERIFY(series);
    QString dwiUid, scannerUid;
    for (const SeriesSummary& s : series.value())  // descriptions are replaced by the site profile
      (s.instanceCount == 2 * options.slices ? dwiUid : scannerUid) = s.seriesUid;
    QVERIFY(!dwiUid.isEmpty() && !scannerUid.isEmpty());

    // compute: a new Parametric Map series in the study, compared with the scanner's map.
    AdcComputeRequest request;
    request.dwiSeriesUid = dwiUid;
    const auto computed = computeAdcSeries(*fixture->store, request);
    QVERIFY2(computed, qPrintable(computed ? QString() : computed.error()));
    QCOMPARE(computed->scannerSeriesUid, scannerUid);
    QVERIFY(computed->scannerDifference);
    QVERIFY2(*computed->scannerDifference < 1.0, qPrintable(QString::number(*computed->scannerDifference)));
    QCOMPARE(computed->bValueSource, QStringLiteral("(0018,9087)"));
    const QString adcUid = computed->adcSeriesUid;
    // Each shell's trace-weighted image is a series of its own, on the same grid.
    QCOMPARE(computed->shellSeriesUids.size(), 2);
    const auto b1000 = db.seriesFiles(computed->shellSeriesUids.last());
    QVERIFY(b1000 && b1000->paths.size() == 1);
    RC_VERIFY_DCIODVFY(b1000->paths.first());
    const auto b1000Volume = loadVolume(b1000->paths);
    QVERIFY(b1000Volume);
    {
      // S(b=1000) = S0 exp(-1000 ADC): in the fluid (ADC 3000) 600 * e^-3 = 29.9.
      const int i = int(options.matrix / 2 - 0.42 * options.matrix * 0.4), j = options.matrix / 2, k = options.slices / 2;
      QCOMPARE(diffusionPhantomAdc(options, i, j, k), options.fluidAdc);
      QVERIFY(std::abs(b1000Volume->volume->valueAt(i, j, k) - options.s0 * std::exp(-3.0)) < 0.01);
    }
    const auto adcFiles = db.seriesFiles(adcUid);
    QVERIFY(adcFiles && adcFiles->paths.size() == 1);
    RC_VERIFY_DCIODVFY(adcFiles->paths.first());
    const auto loaded = loadVolume(adcFiles->paths);
    QVERIFY(loaded);
    const Volume& adc = *loaded->volume;
    QCOMPARE(adc.unit, QStringLiteral("um2/s"));
    QCOMPARE(adc.dimensions(), (std::array<int, 3>{options.matrix, options.matrix, options.slices}));
    double worst = 0;
    for (int k = 0; k < adc.sliceCount(); ++k)
      for (int j = 0; j < adc.height(); ++j)
        for (int i = 0; i < adc.width(); ++i) {
          const double truth = diffusionPhantomAdc(options, i, j, k);
          if (truth > 0) worst = std::max(worst, relative(adc.valueAt(i, j, k), truth));
        }
    // The phantom's signal is stored as integers x 0.01: rounding costs < 1e-3 relative.
    QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));

    // threshold: exactly the tumour (tissue 1400, fluid 3000 lie above the range).
    AdcThresholdRequest threshold;
    threshold.adcSeriesUid = adcUid;
    threshold.candidate.high = 1000;
    threshold.candidate.minIslandMm3 = 20;
    const auto candidate = addAdcCandidate(*fixture->store, threshold);
    QVERIFY2(candidate, qPrintable(candidate ? QString() : candidate.error()));
    QCOMPARE(int(candidate->voxels), phantom->tumourVoxels);
    const auto stored = LabelStore(db).load(adcUid);
    QVERIFY(stored && stored->has_value());
    const Segment& segment = stored.value()->labels.segments.front();
    QCOMPARE(segment.algorithm, SegmentAlgorithm::Semiautomatic);
    QVERIFY(segment.description.contains(QLatin1String("ADC 0-1000")));
    QVERIFY(segment.description.contains(QLatin1String("two shells b=0,1000")));
    const qint64 revision = stored.value()->revision;
    // A range that selects nothing changes nothing.
    threshold.candidate.low = 5000, threshold.candidate.high = 6000;
    QVERIFY(!addAdcCandidate(*fixture->store, threshold));
    QCOMPARE(LabelStore(db).revision(adcUid).value(), revision);

    const auto statistics = adcStatisticsOfSeries(*fixture->store, adcUid);
    QVERIFY(statistics);
    const ValueDistribution& ours = statistics->front().lesions.front().values;
    QCOMPARE(int(statistics->front().lesions.size()), 2);  // the whole segment and its one lesion

    // export: SEG + SR + the tumour-specific ADC map, through the profile and the PHI scan.
    LabelExportOptions exportOptions;
    exportOptions.table = fixture->deid.table.get();
    exportOptions.profile = fixture->deid.profile.get();
    exportOptions.partner = QStringLiteral("Partner A");
    const auto exported = exportSeriesLabels(*fixture->store, adcUid, dir.filePath(QStringLiteral("out")), exportOptions);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
    QCOMPARE(exported->tumourMapPaths.size(), 1);
    RC_VERIFY_DCIODVFY(exported->segPath);
    RC_VERIFY_DCIODVFY(exported->srPath);
    RC_VERIFY_DCIODVFY(exported->tumourMapPaths.first());
    const QJsonObject seg = pydicomSummary(exported->segPath);
    QCOMPARE(seg.value(QStringLiteral("segments")).toArray().first().toObject().value(QStringLiteral("algorithmType")).toString(),
             QStringLiteral("SEMIAUTOMATIC"));

    QString error;
    const QJsonObject map = runPythonOracle(QStringLiteral("adc_oracle.py"), {exported->tumourMapPaths.first()}, &error).object();
    const QJsonObject whole = runPythonOracle(QStringLiteral("adc_oracle.py"), {adcFiles->paths.first()}, &error).object();
    QVERIFY2(!map.isEmpty() && !whole.isEmpty(), qPrintable(error));
    QCOMPARE(map.value(QStringLiteral("unit")).toString(), QStringLiteral("um2/s"));
    QCOMPARE(map.value(QStringLiteral("quantity")).toString(), QStringLiteral("Apparent Diffusion Coefficient"));
    // Geometrically identical to the ADC grid.
    for (const char* key : {"rows", "columns", "frames", "pixelSpacing", "orientation", "positions"})
      QCOMPARE(map.value(QLatin1String(key)), whole.value(QLatin1String(key)));
    QCOMPARE(map.value(QStringLiteral("referencedSeries")).toArray().first().toString(), adcUid);
    // The map holds the ADC inside the segment, 0 outside: numpy's statistics are ours.
    QCOMPARE(map.value(QStringLiteral("nonZero")).toInt(), phantom->tumourVoxels);
    for (auto [key, value] : {std::pair{"mean", ours.mean}, std::pair{"median", ours.median}, std::pair{"sd", ours.sd},
                              std::pair{"min", ours.min}, std::pair{"max", ours.max}, std::pair{"p10", ours.p10},
                              std::pair{"p25", ours.p25}, std::pair{"p75", ours.p75}, std::pair{"p90", ours.p90},
                              std::pair{"skewness", ours.skewness}, std::pair{"kurtosis", ours.kurtosis},
                              std::pair{"entropy", ours.entropy}})
      QVERIFY2(relative(value, map.value(QLatin1String(key)).toDouble()) < 1e-6,
               qPrintable(QStringLiteral("%1: ours %2, numpy %3").arg(QLatin1String(key)).arg(value).arg(map.value(QLatin1String(key)).toDouble())));

    // The SR carries the ADC distribution in um2/s.
    QFile sr(exported->srPath);
    QVERIFY(sr.open(QIODevice::ReadOnly));
    const QByteArray srBytes = sr.readAll();
    QVERIFY(srBytes.contains("um2/s"));
    QVERIFY(srBytes.contains("Apparent Diffusion Coefficient"));
    QVERIFY(srBytes.contains("Kurtosis"));

    // The dataset for a partner: the tumour-specific ADC map travels with the SEG and SR, and
    // the case sheet's adc_* columns hold the same statistics (the segment is the tumour).
    DatasetExportOptions dataset;
    dataset.partner = QStringLiteral("Partner A");
    dataset.sheetColumns = SheetTemplate::builtIn(QStringLiteral("adc")).value();
    dataset.japaneseSheet = false;
    dataset.allowIncomplete = true;  // no clinical record in this test
    dataset.table = fixture->deid.table.get();
    dataset.profile = fixture->deid.profile.get();
    const auto package = exportDataset(*fixture->store, dir.filePath(QStringLiteral("package")), dataset);
    QVERIFY2(package, qPrintable(package ? QString() : package.error()));
    QVERIFY(package->leftOut.isEmpty());
    // DWI + scanner ADC + ADC map + 2 shell images, and SEG + SR + tumour map.
    QCOMPARE(package->series, 8);
    QVERIFY(verifyPackage(package->path).value().isEmpty());
    QFile csv(QDir(package->path).filePath(QStringLiteral("case-sheet.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"));
    const QStringList header = rows[0].split(QLatin1Char(','));
    const QStringList values = rows[1].split(QLatin1Char(','));
    const int meanColumn = int(header.indexOf(QStringLiteral("ADC mean (10^-6 mm2/s)")));
    const int kurtosisColumn = int(header.indexOf(QStringLiteral("ADC kurtosis")));
    QVERIFY(meanColumn > 8 && kurtosisColumn > 8);
    QVERIFY(relative(values[meanColumn].toDouble(), ours.mean) < 1e-9);
    QVERIFY(relative(values[kurtosisColumn].toDouble(), ours.kurtosis) < 1e-9);

    // The scanner's own (integer) ADC map, known by its Image Type after de-identification
    // replaced its description: thresholded and exported the same way.
    AdcThresholdRequest onScanner;
    onScanner.adcSeriesUid = scannerUid;
    onScanner.candidate.high = 1000;
    const auto scannerCandidate = addAdcCandidate(*fixture->store, onScanner);
    QVERIFY2(scannerCandidate, qPrintable(scannerCandidate ? QString() : scannerCandidate.error()));
    QCOMPARE(int(scannerCandidate->voxels), phantom->tumourVoxels);
    const auto scannerExport = exportSeriesLabels(*fixture->store, scannerUid, dir.filePath(QStringLiteral("out-scanner")), exportOptions);
    QVERIFY2(scannerExport, qPrintable(scannerExport ? QString() : scannerExport.error()));
    QCOMPARE(scannerExport->tumourMapPaths.size(), 1);
    RC_VERIFY_DCIODVFY(scannerExport->tumourMapPaths.first());
  }

  void cliRunsTheWorkflow() {
    QTemporaryDir dir;
    DiffusionPhantomOptions options;
    options.matrix = 32;
    options.slices = 12;
    options.bValues = {0, 400, 800};
    const auto phantom = writeDiffusionPhantom(dir.filePath(QStringLiteral("in")), options);
    QVERIFY(phantom);
    const QString store = dir.filePath(QStringLiteral("store"));
    QString dwiUid;
    {
      auto fixture = StoreFixture::open(store);
      QVERIFY(fixture);
      QVERIFY(fixture->import({dir.filePath(QStringLiteral("in"))}).ok());
      CaseDatabase db(*fixture->store);
      dwiUid = db.listSeries()->front().seriesUid;
    }
    auto run = [&](const QStringList& args, QString* output) {
      QProcess p;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert(QStringLiteral("RADCURATOR_PASSPHRASE"), kPassphrase);
      p.setProcessEnvironment(env);
      p.start(QStringLiteral(RADCURATOR_CLI), args + QStringList{QStringLiteral("--store"), store});
      p.waitForFinished(120000);
      *output = QString::fromUtf8(p.readAllStandardOutput());
      if (p.exitCode() != 0) qWarning("%s", p.readAllStandardError().constData());
      return p.exitCode();
    };
    QString out;
    QCOMPARE(run({QStringLiteral("adc"), QStringLiteral("compute"), QStringLiteral("--series"), dwiUid, QStringLiteral("--b"),
                  QStringLiteral("0,800"), QStringLiteral("--fit")}, &out), 2);  // one or the other
    const QString mapFile = dir.filePath(QStringLiteral("adc.dcm"));
    QCOMPARE(run({QStringLiteral("adc"), QStringLiteral("compute"), QStringLiteral("--series"), dwiUid, QStringLiteral("--fit"),
                  QStringLiteral("--out"), mapFile}, &out), 0);
    const QString adcUid = out.trimmed();
    QVERIFY(adcUid.startsWith(QLatin1String("2.25.")));
    QVERIFY(QFile::exists(mapFile));
    QCOMPARE(run({QStringLiteral("adc"), QStringLiteral("threshold"), QStringLiteral("--series"), adcUid, QStringLiteral("--range"),
                  QStringLiteral("0:1000")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("voxels\t%1").arg(phantom->tumourVoxels)), qPrintable(out));
    QCOMPARE(run({QStringLiteral("adc"), QStringLiteral("threshold"), QStringLiteral("--series"), adcUid, QStringLiteral("--range"),
                  QStringLiteral("4000:5000")}, &out), 1);
    QCOMPARE(run({QStringLiteral("adc"), QStringLiteral("stats"), QStringLiteral("--series"), adcUid}, &out), 0);
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);  // header, the segment, its one lesion
    QVERIFY(lines[0].startsWith(QLatin1String("segment\tlabel\tlesion\tvoxels\tvolume_ml\tmean\tmedian")));
    const QStringList all = lines[1].split(QLatin1Char('\t'));
    QCOMPARE(all[2], QStringLiteral("all"));
    QCOMPARE(all[3].toInt(), phantom->tumourVoxels);
    QVERIFY2(std::abs(all[5].toDouble() - 700) < 20, qPrintable(lines[1]));  // the tumour's mean ADC
    if (havePydicom()) {
      QString error;
      const QJsonObject whole = runPythonOracle(QStringLiteral("adc_oracle.py"), {mapFile}, &error).object();
      QVERIFY2(whole.value(QStringLiteral("unit")).toString() == QLatin1String("um2/s"), qPrintable(error));
      QVERIFY(whole.value(QStringLiteral("patientId")).toString().startsWith(QLatin1String("RC-")));
    }
  }
};

QTEST_GUILESS_MAIN(TestDiffusion)
#include "test_diffusion.moc"
