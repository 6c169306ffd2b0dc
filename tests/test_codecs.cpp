// Codec matrix: the same image in many transfer syntaxes. Lossless encodings must decode
// identical to the uncompressed reference (itself checked against pydicom), lossy ones close
// to it, and undecodable ones (HTJ2K, Deflated Image Frame) must say why.

#include "TestSupport.h"
#include "dicom/VolumeLoader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstring>

using namespace rc;

namespace {

const QString kTs = QStringLiteral("codecs-multiframe-malformed/");

std::shared_ptr<Volume> load(const QString& relative, QString* error = nullptr) {
  const auto loaded = loadVolume({test::samplePath(kTs + relative)});
  if (!loaded) {
    if (error) *error = loaded.error();
    return nullptr;
  }
  return loaded->volume;
}

// Peak signal-to-noise ratio of `b` against reference `a`, over the reference's value range.
double psnr(const Volume& a, const Volume& b) {
  double squared = 0;
  double lo = HUGE_VAL, hi = -HUGE_VAL;
  for (int k = 0; k < a.sliceCount(); ++k)
    for (int j = 0; j < a.height(); ++j)
      for (int i = 0; i < a.width(); ++i) {
        const double x = a.valueAt(i, j, k), y = b.valueAt(i, j, k);
        squared += (x - y) * (x - y);
        lo = std::min(lo, x);
        hi = std::max(hi, x);
      }
  const double mse = squared / double(a.voxelCount());
  return mse == 0 ? HUGE_VAL : 10 * std::log10((hi - lo) * (hi - lo) / mse);
}

// Loads a reference and an encoded version of the same image; fails the test if either fails.
bool loadPair(const QString& reference, const QString& encoded, std::shared_ptr<Volume>& a, std::shared_ptr<Volume>& b) {
  QString error;
  a = load(reference, &error);
  if (a) b = load(encoded, &error);
  if (!a || !b) QTest::qFail(qPrintable(error), __FILE__, __LINE__);
  return a && b;
}

bool identical(const Volume& a, const Volume& b) {
  if (a.dimensions() != b.dimensions()) return false;
  // Compare values, not bytes: an encoding may change the chosen voxel type, not the values.
  for (int k = 0; k < a.sliceCount(); ++k)
    for (int j = 0; j < a.height(); ++j)
      for (int i = 0; i < a.width(); ++i)
        if (a.valueAt(i, j, k) != b.valueAt(i, j, k)) return false;
  return true;
}

}  // namespace

class TestCodecs : public QObject {
  Q_OBJECT
private slots:
  void referencesMatchPydicom_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"ts_wg04_CT1_same_image/CT1_UNC_explicitLE.dcm", "ts_dcm_qa_ts_siemens_mr/1.dcm",
                          "ts_pydicom_misc/MR_small.dcm", "multiframe/emri_small.dcm", "ts_wg04_other/MR1_UNC.dcm",
                          "multiframe/SC_rgb_2frame.dcm"})
      QTest::newRow(f) << QString::fromLatin1(f);
  }
  void referencesMatchPydicom() {
    QFETCH(QString, file);
    RC_REQUIRE_SAMPLE(kTs + file);
    RC_REQUIRE_PYDICOM();
    QString error;
    const auto v = load(file, &error);
    QVERIFY2(v, qPrintable(error));
    const QJsonArray sums = test::runPythonOracle(QStringLiteral("pixel_oracle.py"), {test::samplePath(kTs + file)})
                                .object()
                                .value(QStringLiteral("frameSums"))
                                .toArray();
    QCOMPARE(sums.size(), v->sliceCount());
    double ours = 0, theirs = 0;
    for (int k = 0; k < v->sliceCount(); ++k) {
      for (int j = 0; j < v->height(); ++j)
        for (int i = 0; i < v->width(); ++i)
          ours += v->pixelType() == PixelType::Rgb8
                      ? double(v->data<std::uint8_t>()[v->index(i, j, k) * 3]) +
                            v->data<std::uint8_t>()[v->index(i, j, k) * 3 + 1] + v->data<std::uint8_t>()[v->index(i, j, k) * 3 + 2]
                      : v->valueAt(i, j, k);
      theirs += sums[k].toDouble();
    }
    QCOMPARE(ours, theirs);
  }

  void losslessIsIdentical_data() {
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("encoded");
    const QString ct = QStringLiteral("ts_wg04_CT1_same_image/CT1_UNC_explicitLE.dcm");
    for (const char* f : {"CT1_J2KR.dcm", "CT1_JLSL.dcm", "CT1_JPLL.dcm", "CT1_RLE.dcm"})
      QTest::newRow(f) << ct << QStringLiteral("ts_wg04_CT1_same_image/") + QLatin1String(f);
    for (int n = 2; n <= 9; ++n)
      QTest::newRow(qPrintable(QStringLiteral("siemens MR %1").arg(n)))
          << QStringLiteral("ts_dcm_qa_ts_siemens_mr/1.dcm") << QStringLiteral("ts_dcm_qa_ts_siemens_mr/%1.dcm").arg(n);
    for (const char* f : {"MR_small_RLE.dcm", "MR_small_bigendian.dcm", "MR_small_implicit.dcm",
                          "MR_small_jp2klossless.dcm", "MR_small_jpeg_ls_lossless.dcm"})
      QTest::newRow(f) << QStringLiteral("ts_pydicom_misc/MR_small.dcm") << QStringLiteral("ts_pydicom_misc/") + QLatin1String(f);
    for (const char* f : {"emri_small_RLE.dcm", "emri_small_big_endian.dcm", "emri_small_jpeg_2k_lossless.dcm",
                          "emri_small_jpeg_ls_lossless.dcm"})
      QTest::newRow(f) << QStringLiteral("multiframe/emri_small.dcm") << QStringLiteral("multiframe/") + QLatin1String(f);
    QTest::newRow("RGB RLE 2 frames") << QStringLiteral("multiframe/SC_rgb_2frame.dcm") << QStringLiteral("multiframe/SC_rgb_rle_2frame.dcm");
  }
  void losslessIsIdentical() {
    QFETCH(QString, reference);
    QFETCH(QString, encoded);
    RC_REQUIRE_SAMPLE(kTs + encoded);
    std::shared_ptr<Volume> a, b;
    if (!loadPair(reference, encoded, a, b)) return;
    QVERIFY2(identical(*a, *b), qPrintable(QStringLiteral("PSNR %1 dB").arg(psnr(*a, *b))));
  }

  void chestRadiographCodecs() {
    const QString dir = QStringLiteral("xray-cr-dx/");
    RC_REQUIRE_SAMPLE(dir + QStringLiteral("WG04_RG1_chestCR_J2KI.dcm"));
    auto loadXr = [&](const QString& f) {
      const auto r = loadVolume({test::samplePath(dir + f)});
      if (!r) qWarning("%s", qPrintable(r.error()));
      return r ? r->volume : nullptr;
    };
    const auto reference = loadXr(QStringLiteral("WG04_RG1_chestCR_decompressed_from_JLSN.dcm"));
    const auto jpegLs = loadXr(QStringLiteral("WG04_RG1_chestCR_JLSN.dcm"));
    const auto j2k = loadXr(QStringLiteral("WG04_RG1_chestCR_J2KI.dcm"));
    QVERIFY(reference && jpegLs && j2k);
    // The reference was decoded from the JPEG-LS file: our JPEG-LS decode must match it exactly.
    QVERIFY(identical(*reference, *jpegLs));
    // Lossy J2K of the same radiograph (a hospital's usual format): close, not equal.
    const double quality = psnr(*reference, *j2k);
    qInfo("chest CR J2K lossy: PSNR %.1f dB", quality);
    QVERIFY2(quality > 35 && std::isfinite(quality), qPrintable(QString::number(quality)));
  }

  void lossyIsClose_data() {
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<double>("minimumPsnr");
    QTest::newRow("CT J2K lossy") << QStringLiteral("ts_wg04_CT1_same_image/CT1_UNC_explicitLE.dcm")
                                  << QStringLiteral("ts_wg04_CT1_same_image/CT1_J2KI.dcm") << 40.0;
    QTest::newRow("CT JPEG-LS near-lossless") << QStringLiteral("ts_wg04_CT1_same_image/CT1_UNC_explicitLE.dcm")
                                              << QStringLiteral("ts_wg04_CT1_same_image/CT1_JLSN.dcm") << 50.0;
    QTest::newRow("MR JPEG extended 12 bit") << QStringLiteral("ts_wg04_other/MR1_UNC.dcm")
                                             << QStringLiteral("ts_wg04_other/MR1_JPLY_jpeg_extended12bit.dcm") << 35.0;
    QTest::newRow("RGB JPEG baseline vs lossless") << QStringLiteral("ts_pydicom_misc/SC_rgb_jpeg_gdcm.dcm")
                                                   << QStringLiteral("ts_pydicom_misc/SC_rgb_jpeg_dcmtk.dcm") << 25.0;
  }
  void lossyIsClose() {
    QFETCH(QString, reference);
    QFETCH(QString, encoded);
    QFETCH(double, minimumPsnr);
    RC_REQUIRE_SAMPLE(kTs + encoded);
    std::shared_ptr<Volume> a, b;
    if (!loadPair(reference, encoded, a, b)) return;
    QCOMPARE(b->dimensions(), a->dimensions());
    const double quality = psnr(*a, *b);
    QVERIFY2(quality >= minimumPsnr, qPrintable(QStringLiteral("PSNR %1 dB").arg(quality)));
  }

  void otherEncodingsDecode_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"ts_pydicom_misc/693_J2KI.dcm", "ts_pydicom_misc/GDCMJ2K_TextGBR.dcm",
                          "ts_pydicom_misc/JPEG-LL.dcm", "ts_pydicom_misc/JPEG-lossy.dcm",
                          "ts_pydicom_misc/JPGExtended.dcm", "ts_pydicom_misc/JPGLosslessP14SV1_1s_1f_8b.dcm",
                          "ts_pydicom_misc/JLSL_16_15_1_1F.dcm", "ts_pydicom_misc/JPEGLSNearLossless_08.dcm",
                          "ts_pydicom_misc/JPEGLSNearLossless_16.dcm", "ts_pydicom_misc/SC_jpeg_no_color_transform.dcm",
                          "ts_pydicom_misc/SC_rgb_rle.dcm", "ts_pydicom_misc/image_dfl.dcm",
                          "ts_pydicom_misc/ExplVR_BigEnd.dcm", "ts_wg04_other/US1_RLE_rgb.dcm",
                          "ts_wg04_other/XA1_JPLY_jpeg_lossy_8bit.dcm", "multiframe/D_CLUNIE_CT1_RLE_FRAGS.dcm",
                          "multiframe/eCT_Supplemental.dcm"})
      QTest::newRow(f) << QString::fromLatin1(f);
  }
  void otherEncodingsDecode() {
    QFETCH(QString, file);
    RC_REQUIRE_SAMPLE(kTs + file);
    QString error;
    const auto v = load(file, &error);
    QVERIFY2(v, qPrintable(error));
    const auto [lo, hi] = v->valueRange();
    QVERIFY2(hi > lo, "decoded image is flat");
  }

  void undecodableSaysWhy_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("HTJ2K lossless") << QStringLiteral("ts_pydicom_misc/HTJ2KLossless_08_RGB.dcm") << QStringLiteral("HTJ2K");
    QTest::newRow("HTJ2K") << QStringLiteral("ts_pydicom_misc/HTJ2K_08_RGB.dcm") << QStringLiteral("HTJ2K");
    QTest::newRow("Deflated Image Frame") << QStringLiteral("ts_pydicom_misc/liver_deflate.dcm") << QStringLiteral("Deflated Image Frame");
  }
  void undecodableSaysWhy() {
    QFETCH(QString, file);
    QFETCH(QString, reason);
    RC_REQUIRE_SAMPLE(kTs + file);
    QString error;
    QVERIFY(!load(file, &error));
    QVERIFY2(error.contains(reason) && error.contains(test::samplePath(kTs + file)), qPrintable(error));
  }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "test_codecs.moc"
