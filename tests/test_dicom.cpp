// dicom: header scan, DICOMDIR, and series assembly into a Volume, checked against pydicom
// (an independent reader) on the real sample data and on the project's own phantom.

#include "TestSupport.h"
#include "core/Files.h"
#include "dicom/DicomDir.h"
#include "dicom/DicomFile.h"
#include "dicom/DicomHeader.h"
#include "dicom/PlanarViews.h"
#include "dicom/VolumeLoader.h"
#include "phantom/BoneScanPhantom.h"
#include "phantom/ChestPhantom.h"
#include "phantom/DiffusionPhantom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>

using namespace rc;

namespace {

QStringList filesIn(const QString& dir, const QStringList& patterns = {QStringLiteral("*.dcm")}) {
  QStringList files;
  QDirIterator it(dir, patterns, QDir::Files);
  while (it.hasNext()) files << it.next();
  files.sort();
  return files;
}

// Real-world sum of slice k as doubles (RGB: all channel bytes).
double sliceSum(const Volume& v, int k) {
  double sum = 0;
  if (v.pixelType() == PixelType::Rgb8) {
    const auto* p = v.data<std::uint8_t>() + size_t(k) * v.sliceVoxelCount() * 3;
    for (size_t i = 0; i < v.sliceVoxelCount() * 3; ++i) sum += p[i];
    return sum;
  }
  for (int j = 0; j < v.height(); ++j)
    for (int i = 0; i < v.width(); ++i) sum += v.valueAt(i, j, k);
  return sum;
}

QJsonObject pixelOracle(const QString& file, const QStringList& points) {
  QString error;
  const QJsonDocument doc = test::runPythonOracle(QStringLiteral("pixel_oracle.py"), QStringList{file} + points, &error);
  if (!doc.isObject()) qWarning("%s", qPrintable(error));
  return doc.object();
}

// Compares our real-world values at `points` ("frame,row,col") of slice k with pydicom's, and
// the slice's sum with pydicom's frame sum. Returns the oracle's answer for further checks.
QJsonObject expectSameAsPydicom(const Volume& v, int k, const QString& file, const QStringList& points) {
  const QJsonObject oracle = pixelOracle(file, points);
  const QJsonArray values = oracle.value(QStringLiteral("values")).toArray();
  if (values.size() != points.size()) {
    QTest::qFail("pixel oracle gave no values", __FILE__, __LINE__);
    return oracle;
  }
  for (int p = 0; p < points.size(); ++p) {
    const QStringList frc = points[p].split(QLatin1Char(','));
    const double ours = v.valueAt(frc[2].toInt(), frc[1].toInt(), k);
    if (ours != values[p].toDouble()) {
      QTest::qFail(qPrintable(QStringLiteral("voxel %1: ours %2, pydicom %3").arg(points[p]).arg(ours).arg(values[p].toDouble())),
                   __FILE__, __LINE__);
      return oracle;
    }
  }
  const double theirs = oracle.value(QStringLiteral("frameSums")).toArray()[0].toDouble();
  if (sliceSum(v, k) != theirs)
    QTest::qFail(qPrintable(QStringLiteral("slice sum: ours %1, pydicom %2").arg(sliceSum(v, k)).arg(theirs)), __FILE__, __LINE__);
  return oracle;
}

bool sameVoxels(const Volume& a, const Volume& b) {
  return a.pixelType() == b.pixelType() && a.dimensions() == b.dimensions() && a.byteSize() == b.byteSize() &&
         std::memcmp(a.bytes(), b.bytes(), a.byteSize()) == 0;
}

}  // namespace

class TestDicom : public QObject {
  Q_OBJECT
private:
  const QString lidc = QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT");

private slots:
  // Planar NM: the view of every frame or image, in both layouts vendors write (views as the
  // frames of one object, or one image per view), and the GE whole-body secondary capture,
  // whose header names no view but says WHOLE BODY.
  void planarViewsAreReadInBothNmLayouts() {
    for (BoneScanLayout layout : {BoneScanLayout::Frames, BoneScanLayout::SeparateImages}) {
      QTemporaryDir dir;
      const auto phantom = writeBoneScanPhantom(dir.path(), 1, layout);
      QVERIFY(phantom.ok());
      QStringList files;
      for (const QString& f : QDir(dir.path()).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name)) files << dir.filePath(f);
      QCOMPARE(files.size(), layout == BoneScanLayout::Frames ? 1 : 2);
      const auto loaded = loadVolume(files);
      QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
      QCOMPARE(loaded->volume->sliceCount(), 2);
      const auto info = readPlanarScanInfo(*loaded->volume);
      QVERIFY2(info.ok(), qPrintable(info.error()));
      QVERIFY(info->planarNm && info->wholeBody);
      QCOMPARE(int(info->views.size()), 2);
      // Which slice is which follows the files; each must be read, not assumed.
      std::vector<PlanarView> sorted = info->views;
      std::sort(sorted.begin(), sorted.end());
      QCOMPARE(int(sorted[0]), int(PlanarView::Anterior));
      QCOMPARE(int(sorted[1]), int(PlanarView::Posterior));
      // The anterior slice holds the anterior pixels: its bladder is brighter (nearer the camera).
      const int a = info->views[0] == PlanarView::Anterior ? 0 : 1;
      QVERIFY(loaded->volume->valueAt(128, 478, a) > loaded->volume->valueAt(128, 478, 1 - a));
    }
    QCOMPARE(int(planarViewFromCode(QStringLiteral("X"), QStringLiteral("posterior projection"))), int(PlanarView::Posterior));
    QCOMPARE(int(planarViewFromCode(QStringLiteral("X"), QStringLiteral("left anterior oblique"))), int(PlanarView::Unknown));
    QCOMPARE(int(planarViewFromText(QStringLiteral("WB ANT"))), int(PlanarView::Anterior));
    QCOMPARE(int(planarViewFromText(QStringLiteral("Whole body posterior"))), int(PlanarView::Posterior));
    QCOMPARE(int(planarViewFromText(QStringLiteral("WB ANT/POST"))), int(PlanarView::Unknown));
    QCOMPARE(int(planarViewFromText(QStringLiteral("PANTOGRAPH"))), int(PlanarView::Unknown));
    const QString ge = QStringLiteral("codecs-multiframe-malformed/ts_pydicom_misc/JPEG-LL.dcm");
    RC_REQUIRE_SAMPLE(ge);
    const auto loaded = loadVolume({test::samplePath(ge)});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const auto info = readPlanarScanInfo(*loaded->volume);
    QVERIFY(info.ok());
    QVERIFY(info->planarNm && info->wholeBody);
    QCOMPARE(int(info->views.size()), 1);
    QCOMPARE(int(info->views[0]), int(PlanarView::Unknown));
    QCOMPARE(loaded->volume->pixelType(), PixelType::Int16);  // 16-bit signed counts
  }

  // An impossible b-value in the standard tag refuses the DWI series, naming the file and the
  // value as written; it is never taken for "no b-value" or for a plausible one.
  void impossibleBValuesRefuseTheSeries_data() {
    QTest::addColumn<double>("bValue");
    QTest::addColumn<QString>("shown");
    QTest::newRow("negative") << -500.0 << QStringLiteral("-500");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QStringLiteral("inf");
    QTest::newRow("absurd") << 3.0e9 << QStringLiteral("3000000000");
  }
  void impossibleBValuesRefuseTheSeries() {
    QFETCH(double, bValue);
    QFETCH(QString, shown);
    QTemporaryDir dir;
    DiffusionPhantomOptions options;
    options.matrix = 16;
    options.slices = 4;
    const auto dwi = writeDiffusionPhantom(dir.path(), options);
    QVERIFY2(dwi.ok(), qPrintable(dwi.error()));
    QVERIFY(loadVolume(dwi->dwiFiles).ok());
    const QString victim = dwi->dwiFiles.at(dwi->dwiFiles.size() - 2);
    DcmFileFormat file;
    QVERIFY(file.loadFile(OFFilename(QFile::encodeName(victim).constData())).good());
    QVERIFY(file.getDataset()->putAndInsertFloat64(DCM_DiffusionBValue, bValue).good());
    QVERIFY(file.saveFile(OFFilename(QFile::encodeName(victim).constData()), EXS_LittleEndianExplicit).good());
    const auto loaded = loadVolume(dwi->dwiFiles);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(victim) && loaded.error().contains(QStringLiteral("b-value %1 in (0018,9087)").arg(shown)),
             qPrintable(loaded.error()));
  }

  void initTestCase() {
    // Codec registration and the data dictionary are global; check them once.
    QVERIFY(readDicomHeader(QStringLiteral("/nonexistent.dcm")).error().contains(QStringLiteral("not found")));
  }

  void headerOfSampleCt() {
    RC_REQUIRE_SAMPLE(lidc);
    const auto h = readDicomHeader(test::samplePath(lidc + QStringLiteral("/000001.dcm")));
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QCOMPARE(h->modality, QStringLiteral("CT"));
    QCOMPARE(h->patientId, QStringLiteral("LIDC-IDRI-0001"));
    QCOMPARE(h->rows, 512);
    QCOMPARE(h->columns, 512);
    QCOMPARE(h->transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
    QCOMPARE(h->bodyPartExamined, QStringLiteral("CHEST"));
    QVERIFY(h->isImage());
  }

  void notDicomIsNamed() {
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Patient notes, not an image\n");
    f.close();
    QVERIFY(!looksLikeDicom(text));
    const auto h = readDicomHeader(text);
    QVERIFY(!h.ok());
    QVERIFY(h.error().contains(text));
    QVERIFY(h.error().contains(QStringLiteral("not a DICOM file")));
  }

  void savedFilesAppearWholeAndReplaceOlderOnes() {
    QTemporaryDir dir;
    auto object = [](const char* sopInstanceUid) {
      auto file = std::make_unique<DcmFileFormat>();
      DcmDataset* ds = file->getDataset();
      ds->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
      ds->putAndInsertString(DCM_SOPInstanceUID, sopInstanceUid);
      ds->putAndInsertString(DCM_PatientID, "RC-000001");
      ds->putAndInsertString(DCM_StudyInstanceUID, "1.2.3");
      ds->putAndInsertString(DCM_SeriesInstanceUID, "1.2.3.0");
      const Uint16 pixels[4] = {1, 2, 3, 4};
      ds->putAndInsertUint16Array(DCM_PixelData, pixels, 4);
      return file;
    };
    const QString path = dir.filePath(QStringLiteral("object.dcm"));
    auto first = object("1.2.3.1");
    const Status saved = saveDicomFile(*first, path, EXS_LittleEndianExplicit);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
    const auto header = readDicomHeader(path);
    QVERIFY2(header.ok(), qPrintable(header.ok() ? QString() : header.error()));
    QCOMPARE(header->sopInstanceUid, QStringLiteral("1.2.3.1"));
    QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));
    // Byte for byte what DCMTK's own saveFile writes, in every transfer syntax a
    // de-identified file keeps (deflated: the compressor's tail must reach the file too).
    for (const E_TransferSyntax xfer : {EXS_LittleEndianExplicit, EXS_LittleEndianImplicit, EXS_BigEndianExplicit,
                                        EXS_DeflatedLittleEndianExplicit}) {
      const QString ours = dir.filePath(QStringLiteral("ours"));
      const QString reference = dir.filePath(QStringLiteral("reference"));
      QString hash;
      QVERIFY(saveDicomFile(*object("1.2.3.1"), ours, xfer, &hash).ok());
      QVERIFY(object("1.2.3.1")->saveFile(OFFilename(QFile::encodeName(reference).constData()), xfer, EET_ExplicitLength, EGL_recalcGL,
                                           EPD_noChange, 0, 0, EWM_createNewMeta).good());
      QFile a(ours), b(reference);
      QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
      const QByteArray bytes = a.readAll();
      QVERIFY2(bytes == b.readAll(), DcmXfer(xfer).getXferName());
      QCOMPARE(hash, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
      QVERIFY(readDicomHeader(ours).ok());
      a.close();
      b.close();
      QVERIFY(QFile::remove(ours) && QFile::remove(reference));
    }

    // A second save replaces the first; nothing else is left in the folder. The hash taken
    // on the way out is the hash of the file.
    QString sha256;
    QVERIFY(saveDicomFile(*object("1.2.3.2"), path, EXS_LittleEndianExplicit, &sha256).ok());
    QCOMPARE(sha256, sha256OfFile(path).value());
    QCOMPARE(readDicomHeader(path)->sopInstanceUid, QStringLiteral("1.2.3.2"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("object.dcm")});

    const QString nowhere = dir.filePath(QStringLiteral("missing/object.dcm"));
    const Status refused = saveDicomFile(*object("1.2.3.3"), nowhere, EXS_LittleEndianExplicit);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(nowhere) && refused.error().contains(QStringLiteral("cannot write")), qPrintable(refused.error()));
  }

  void wholeReadsParseTheBytesThatWereChecked() {
    // readDicomFile(Everything) parses the bytes its structure check read, from memory; the
    // result must be what DCMTK makes of the file itself, in every encoding, with nested
    // sequences, values over 4 KB and without a meta header.
    QTemporaryDir dir;
    auto object = [] {
      auto file = std::make_unique<DcmFileFormat>();
      DcmDataset* ds = file->getDataset();
      ds->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
      ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4.5");
      ds->putAndInsertString(DCM_PatientName, "YAMADA^TARO");
      DcmItem* item = nullptr;
      ds->findOrCreateSequenceItem(DCM_ReferencedStudySequence, item, -2);
      item->putAndInsertString(DCM_ReferencedSOPInstanceUID, "1.2.3.9");
      DcmItem* inner = nullptr;
      item->findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, inner, -2);
      inner->putAndInsertString(DCM_SeriesInstanceUID, "1.2.3.10");
      ds->putAndInsertString(DcmTag(0x0029, 0x0010, EVR_LO), "ACME");
      std::vector<Uint16> pixels(64 * 64);
      for (size_t n = 0; n < pixels.size(); ++n) pixels[n] = Uint16(n * 7);
      ds->putAndInsertUint16(DCM_Rows, 64);
      ds->putAndInsertUint16(DCM_Columns, 64);
      ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(pixels.size()));
      return file;
    };
    // Dataset and meta header as bytes in one encoding, to compare two parses.
    auto bytesOf = [&](DcmFileFormat& f) {
      const QString out = dir.filePath(QStringLiteral("compare"));
      if (f.getDataset()->saveFile(OFFilename(QFile::encodeName(out).constData()), EXS_LittleEndianExplicit).bad()) return QByteArray();
      QFile file(out);
      if (!file.open(QIODevice::ReadOnly)) return QByteArray();
      std::ostringstream meta;
      f.getMetaInfo()->print(meta);
      return file.readAll() + QByteArray::fromStdString(meta.str());
    };
    int n = 0;
    for (const E_TransferSyntax xfer : {EXS_LittleEndianExplicit, EXS_LittleEndianImplicit, EXS_BigEndianExplicit,
                                        EXS_DeflatedLittleEndianExplicit}) {
      for (const E_FileWriteMode mode : {EWM_createNewMeta, EWM_dataset}) {
        if (mode == EWM_dataset && xfer == EXS_DeflatedLittleEndianExplicit) continue;  // needs a meta header
        const QString path = dir.filePath(QStringLiteral("in%1.dcm").arg(n++));
        QVERIFY(object()->saveFile(OFFilename(QFile::encodeName(path).constData()), xfer, EET_ExplicitLength, EGL_recalcGL,
                                   EPD_noChange, 0, 0, mode).good());
        const QString what = QStringLiteral("%1, %2").arg(QString::fromLatin1(DcmXfer(xfer).getXferName()),
                                                          mode == EWM_dataset ? QStringLiteral("no meta header") : QStringLiteral("meta header"));
        auto ours = readDicomFile(path, ReadScope::Everything);
        QVERIFY2(ours.ok(), qPrintable(what + QStringLiteral(": ") + (ours.ok() ? QString() : ours.error())));
        DcmFileFormat reference;
        QVERIFY(reference.loadFile(OFFilename(QFile::encodeName(path).constData())).good());
        QVERIFY(reference.loadAllDataIntoMemory().good());
        const QByteArray expected = bytesOf(reference);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(bytesOf(*ours->file) == expected, qPrintable(what));
        OFString name;
        QVERIFY(ours->file->getDataset()->findAndGetOFString(DCM_PatientName, name).good());
        QCOMPARE(QString::fromLatin1(name.c_str()), QStringLiteral("YAMADA^TARO"));
      }
    }
    // A file cut short is still refused, with its name, before DCMTK sees it.
    const QString whole = dir.filePath(QStringLiteral("in0.dcm")), cut = dir.filePath(QStringLiteral("cut.dcm"));
    QFile in(whole), out(cut);
    QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
    out.write(in.readAll().chopped(1000));
    out.close();
    const auto refused = readDicomFile(cut, ReadScope::Everything);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(cut), qPrintable(refused.error()));
  }

  void mediaStorageSopClassFromTheMetaHeaderAlone() {
    QTemporaryDir dir;
    DcmFileFormat media;
    media.getDataset()->putAndInsertString(DCM_SOPClassUID, UID_MediaStorageDirectoryStorage);
    media.getDataset()->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.9");
    const QString disguised = dir.filePath(QStringLiteral("MEDIA.IDX"));  // a DICOMDIR under another name
    QVERIFY(saveDicomFile(media, disguised, EXS_LittleEndianExplicit).ok());
    QCOMPARE(mediaStorageSopClassOf(disguised), QStringLiteral(UID_MediaStorageDirectoryStorage));
    QVERIFY(readDicomHeader(disguised)->isMediaDirectory());  // the full read agrees
    const QString ct = test::samplePath(lidc + QStringLiteral("/000001.dcm"));
    if (QFileInfo::exists(ct)) QCOMPARE(mediaStorageSopClassOf(ct), QStringLiteral(UID_CTImageStorage));
    QFile text(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(200, 'x'));
    text.close();
    QCOMPARE(mediaStorageSopClassOf(text.fileName()), QString());
    QCOMPARE(mediaStorageSopClassOf(dir.filePath(QStringLiteral("absent.dcm"))), QString());
  }

  void sampleCtIsSortedAlongTheNormal() {
    RC_REQUIRE_SAMPLE(lidc);
    RC_REQUIRE_PYDICOM();
    const QStringList files = filesIn(test::samplePath(lidc));
    QCOMPARE(files.size(), 133);
    const auto loaded = loadVolume(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Volume& v = *loaded->volume;
    QCOMPARE(v.dimensions(), (std::array<int, 3>{512, 512, 133}));
    QCOMPARE(v.pixelType(), PixelType::Int16);
    QVERIFY(v.hasPatientOrientation);

    // Expected order and geometry from pydicom's reading of every header.
    const QJsonDocument tags = test::runPythonOracle(
        QStringLiteral("tags_oracle.py"),
        files + QStringList{QStringLiteral("--"), QStringLiteral("ImagePositionPatient"), QStringLiteral("SOPInstanceUID"),
                            QStringLiteral("PixelSpacing")});
    QVERIFY(tags.isObject());
    struct Slice {
      double z;
      QString sop;
      QJsonArray ipp;
    };
    std::vector<Slice> expected;
    for (const QString& f : files) {
      const QJsonObject o = tags.object().value(f).toObject();
      const QJsonArray ipp = o.value(QStringLiteral("ImagePositionPatient")).toArray();
      expected.push_back({ipp[2].toDouble(), o.value(QStringLiteral("SOPInstanceUID")).toString(), ipp});
    }
    std::sort(expected.begin(), expected.end(), [](const Slice& a, const Slice& b) { return a.z < b.z; });
    for (int k = 0; k < 133; ++k) QCOMPARE(v.slices[size_t(k)].sopInstanceUid, expected[size_t(k)].sop);
    QCOMPARE(v.origin[0], expected.front().ipp[0].toDouble());
    QCOMPARE(v.origin[1], expected.front().ipp[1].toDouble());
    QCOMPARE(v.origin[2], expected.front().z);
    QVERIFY(std::abs(v.spacing[0] - 0.703125) < 1e-9);
    QVERIFY(std::abs(v.spacing[1] - 0.703125) < 1e-9);
    QVERIFY2(std::abs(v.spacing[2] - 2.5) < 1e-6, qPrintable(QString::number(v.spacing[2])));
    QCOMPARE(v.axes[0], (Vec3{1, 0, 0}));
    QCOMPARE(v.axes[1], (Vec3{0, 1, 0}));
    QCOMPARE(v.axes[2], (Vec3{0, 0, 1}));
    QVERIFY(v.warnings.isEmpty());

    // HU of known voxels: lung, soft tissue, bone, outside the field of view.
    const int k = 60;
    const QStringList points = {QStringLiteral("0,256,150"), QStringLiteral("0,256,256"), QStringLiteral("0,420,256"),
                                QStringLiteral("0,5,5"), QStringLiteral("0,300,380")};
    expectSameAsPydicom(v, k, v.slices[size_t(k)].filePath, points);
    if (QTest::currentTestFailed()) return;
    // The padding value (63536 as US = -2000 stored, -3024 HU) is recognised and ignored.
    QVERIFY(v.paddingValue.has_value());
    QCOMPARE(*v.paddingValue, -3024.0);
    QVERIFY(v.valueRange().first > -3024);
    QCOMPARE(v.defaultWindow(), (WindowLevel{1600, -600}));
  }

  void cancelledLoadIsACancelNotAnError() {
    QTemporaryDir dir;
    PhantomOptions small;
    small.matrix = 32;
    small.slices = 8;
    const auto phantom = writeChestPhantom(dir.path(), small);
    QVERIFY(phantom.ok());
    Progress progress;
    int reports = 0;
    progress.setCallback([&](qint64, qint64, const QString&) {
      if (++reports == 3) progress.cancel();
    });
    const auto loaded = loadVolume(phantom->ctFiles, LoadOptions{}, progress);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.cancelled());
    QCOMPARE(loaded.failureKind(), FailureKind::Cancelled);
    // A real failure stays an error.
    const auto missing = loadVolume({dir.filePath(QStringLiteral("none.dcm"))});
    QVERIFY(!missing.ok());
    QVERIFY(!missing.cancelled());
  }

  void shuffledFileOrderGivesTheSameVolume() {
    RC_REQUIRE_SAMPLE(lidc);
    QStringList files = filesIn(test::samplePath(lidc));
    const auto sorted = loadVolume(files);
    QVERIFY(sorted.ok());
    std::mt19937 rng(7);
    std::shuffle(files.begin(), files.end(), rng);
    LoadOptions oneThread;
    oneThread.threads = 1;
    const auto shuffled = loadVolume(files, oneThread);  // one thread too
    QVERIFY(shuffled.ok());
    std::reverse(files.begin(), files.end());
    const auto reversed = loadVolume(files);
    QVERIFY(reversed.ok());
    for (const auto* other : {&shuffled.value(), &reversed.value()}) {
      QVERIFY(sameVoxels(*sorted->volume, *other->volume));
      QCOMPARE(other->volume->origin, sorted->volume->origin);
      QCOMPARE(other->volume->spacing, sorted->volume->spacing);
      for (size_t k = 0; k < sorted->volume->slices.size(); ++k)
        QCOMPARE(other->volume->slices[k].sopInstanceUid, sorted->volume->slices[k].sopInstanceUid);
    }
  }

  void monochrome1WithoutFileMeta() {
    const QString file = QStringLiteral("xray-cr-dx/CR-MONO1-10-chest.dcm");
    RC_REQUIRE_SAMPLE(file);
    RC_REQUIRE_PYDICOM();
    const auto loaded = loadVolume({test::samplePath(file)});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Volume& v = *loaded->volume;
    QCOMPARE(v.dimensions(), (std::array<int, 3>{440, 440, 1}));
    QVERIFY(v.invertedGrayscale);
    QCOMPARE(v.modality, QStringLiteral("CR"));
    const QStringList points = {QStringLiteral("0,100,100"), QStringLiteral("0,220,200"), QStringLiteral("0,400,30")};
    expectSameAsPydicom(v, 0, test::samplePath(file), points);
  }

  void digitalRadiographs_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("DX thorax (odd-length pixel data)") << QStringLiteral("xray-cr-dx/highdicom_dx_image_thorax.dcm");
    QTest::newRow("chest CR 1955x1841") << QStringLiteral("xray-cr-dx/WG04_RG1_chestCR_decompressed_from_JLSN.dcm");
  }
  void digitalRadiographs() {
    QFETCH(QString, file);
    RC_REQUIRE_SAMPLE(file);
    RC_REQUIRE_PYDICOM();
    const auto loaded = loadVolume({test::samplePath(file)});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Volume& v = *loaded->volume;
    QCOMPARE(v.sliceCount(), 1);
    const QJsonObject oracle = expectSameAsPydicom(v, 0, test::samplePath(file), {QStringLiteral("0,10,10")});
    if (QTest::currentTestFailed()) return;
    QCOMPARE(v.height(), oracle.value(QStringLiteral("rows")).toInt());
    QCOMPARE(v.width(), oracle.value(QStringLiteral("columns")).toInt());
    QCOMPARE(v.invertedGrayscale, oracle.value(QStringLiteral("photometric")).toString() == QLatin1String("MONOCHROME1"));
  }

  void enhancedMultiframeSortsFrames() {
    const QString file = QStringLiteral("codecs-multiframe-malformed/multiframe/emri_small.dcm");
    RC_REQUIRE_SAMPLE(file);
    RC_REQUIRE_PYDICOM();
    const auto loaded = loadVolume({test::samplePath(file)});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Volume& v = *loaded->volume;
    QCOMPARE(v.sliceCount(), 10);
    // Every frame is present once, and its pixels equal pydicom's frame of the same number.
    const QJsonArray sums = pixelOracle(test::samplePath(file), {}).value(QStringLiteral("frameSums")).toArray();
    QCOMPARE(sums.size(), 10);
    QSet<int> frames;
    for (int k = 0; k < 10; ++k) {
      const int frame = v.slices[size_t(k)].frame;
      frames.insert(frame);
      QCOMPARE(sliceSum(v, k), sums[frame].toDouble());
    }
    QCOMPARE(frames.size(), 10);
  }

  void rtDoseFramesUseGridOffsets() {
    const QString file = QStringLiteral("codecs-multiframe-malformed/multiframe/rtdose.dcm");
    RC_REQUIRE_SAMPLE(file);
    RC_REQUIRE_PYDICOM();
    const auto loaded = loadVolume({test::samplePath(file)});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Volume& v = *loaded->volume;
    const QJsonObject tags = test::runPythonOracle(QStringLiteral("tags_oracle.py"),
                                                   {test::samplePath(file), QStringLiteral("--"),
                                                    QStringLiteral("GridFrameOffsetVector"), QStringLiteral("ImagePositionPatient")})
                                 .object()
                                 .value(test::samplePath(file))
                                 .toObject();
    const QJsonArray offsets = tags.value(QStringLiteral("GridFrameOffsetVector")).toArray();
    QCOMPARE(v.sliceCount(), offsets.size());
    const double step = std::abs(offsets[1].toDouble() - offsets[0].toDouble());
    QVERIFY2(std::abs(v.spacing[2] - step) < 1e-6, qPrintable(QString::number(v.spacing[2])));
  }

  void colourAndPaletteFrames_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("RGB 2 frames") << QStringLiteral("codecs-multiframe-malformed/multiframe/SC_rgb_2frame.dcm");
    QTest::newRow("palette 2 frames") << QStringLiteral("codecs-multiframe-malformed/multiframe/OBXXXX1A_2frame.dcm");
  }
  void colourAndPaletteFrames() {
    QFETCH(QString, file);
    RC_REQUIRE_SAMPLE(file);
    RC_REQUIRE_PYDICOM();
    const auto loaded = loadVolume({test::samplePath(file)});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Volume& v = *loaded->volume;
    QCOMPARE(v.pixelType(), PixelType::Rgb8);
    QCOMPARE(v.sliceCount(), 2);
    const QStringList points = {QStringLiteral("0,20,30"), QStringLiteral("1,60,70"), QStringLiteral("0,5,90")};
    const QJsonObject oracle = pixelOracle(test::samplePath(file), points);
    const QJsonArray values = oracle.value(QStringLiteral("values")).toArray();
    for (int p = 0; p < points.size(); ++p) {
      const QStringList frc = points[p].split(QLatin1Char(','));
      const int k = frc[0].toInt();  // no geometry: frames keep their order
      const auto* px = v.data<std::uint8_t>() + v.index(frc[2].toInt(), frc[1].toInt(), k) * 3;
      const QJsonArray rgb = values[p].toArray();
      for (int c = 0; c < 3; ++c) QCOMPARE(int(px[c]), rgb[c].toInt());
    }
    const QJsonArray sums = oracle.value(QStringLiteral("frameSums")).toArray();
    for (int k = 0; k < 2; ++k) QCOMPARE(sliceSum(v, k), sums[k].toDouble());
  }

  void everyMalformedFileFailsCleanly() {
    const QString dir = QStringLiteral("codecs-multiframe-malformed/malformed");
    RC_REQUIRE_SAMPLE(dir);
    const QStringList files = filesIn(test::samplePath(dir));
    QCOMPARE(files.size(), 29);
    int failed = 0;
    for (const QString& file : files) {
      // Neither a crash nor a message without the file's name is acceptable.
      const auto header = readDicomHeader(file);
      if (!header) QVERIFY2(header.error().contains(file), qPrintable(header.error()));
      const auto loaded = loadVolume({file});
      if (!loaded) {
        ++failed;
        QVERIFY2(loaded.error().contains(file), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().size() > file.size() + 5, qPrintable(loaded.error()));  // a reason follows
      } else {
        QVERIFY(loaded->volume->voxelCount() > 0);
      }
    }
    qInfo("%d of %d malformed files refused with a reason; the rest were readable", failed, int(files.size()));
    QVERIFY(failed >= 10);
  }

  void dicomDirReferencesAndMissingFiles() {
    const QString dir = QStringLiteral("dicomdir-media");
    RC_REQUIRE_SAMPLE(dir);
    RC_REQUIRE_PYDICOM();
    const QStringList variants = {QStringLiteral("pydicom_dicomdirtests/DICOMDIR"),
                                  QStringLiteral("pydicom_dicomdirtests/DICOMDIR-bigEnd"),
                                  QStringLiteral("pydicom_dicomdirtests/DICOMDIR-implicit"),
                                  QStringLiteral("pydicom_dicomdirtests/DICOMDIR-nooffset"),
                                  QStringLiteral("pydicom_dicomdirtests/DICOMDIR-reordered"),
                                  QStringLiteral("pydicom_dicomdirtests/TINY_ALPHA/DICOMDIR"),
                                  QStringLiteral("wg04_clunie_DICOMDIR_only/DICOMDIR")};
    for (const QString& variant : variants) {
      const QString path = test::samplePath(dir + QLatin1Char('/') + variant);
      const auto contents = readDicomDir(path);
      QVERIFY2(contents.ok(), qPrintable(contents.error()));
      const QJsonArray refs = test::runPythonOracle(QStringLiteral("dicomdir_oracle.py"), {path})
                                  .object()
                                  .value(QStringLiteral("references"))
                                  .toArray();
      QSet<QString> expectedPresent, expectedMissing;
      for (const auto& r : refs) {
        const QString resolved = resolveMediaPath(QFileInfo(path).absolutePath(), r.toString().split(QLatin1Char('/')));
        if (resolved.isEmpty()) expectedMissing.insert(r.toString());
        else expectedPresent.insert(resolved);
      }
      QCOMPARE(QSet<QString>(contents->files.begin(), contents->files.end()), expectedPresent);
      QCOMPARE(int(contents->missing.size()), int(expectedMissing.size()));
    }
    // The WG04 medium lost its images: everything is missing, nothing invented.
    const auto wg04 = readDicomDir(test::samplePath(dir + QStringLiteral("/wg04_clunie_DICOMDIR_only/DICOMDIR")));
    QVERIFY(wg04->files.isEmpty());
    QVERIFY(wg04->missing.size() > 50);
    // An empty DICOMDIR reads as empty, not as an error.
    const auto empty = readDicomDir(test::samplePath(dir + QStringLiteral("/pydicom_dicomdirtests/DICOMDIR-empty.dcm")));
    QVERIFY2(empty.ok(), qPrintable(empty.error()));
    QVERIFY(empty->files.isEmpty());
  }

  void phantomHasItsAnatomy() {
    QTemporaryDir dir;
    PhantomOptions options;
    options.matrix = 128;
    options.slices = 60;
    options.pixelSpacing = 2.8;
    options.sliceSpacing = 5.0;
    const auto phantom = writeChestPhantom(dir.path(), options);
    QVERIFY2(phantom.ok(), qPrintable(phantom.error()));
    QCOMPARE(phantom->ctFiles.size(), 60);
    const auto loaded = loadVolume(phantom->ctFiles);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Volume& v = *loaded->volume;
    QCOMPARE(v.dimensions(), (std::array<int, 3>{128, 128, 60}));
    QCOMPARE(v.spacing[2], 5.0);
    // The 20 mm mass: mean HU around its centre is soft tissue; lung around it is air-like.
    const PhantomNodule& mass = phantom->nodules[1];
    const Vec3 c = v.patientToIndex({mass.center[0], mass.center[1], mass.center[2]});
    double sum = 0;
    int n = 0;
    for (int dj = -1; dj <= 1; ++dj)
      for (int di = -1; di <= 1; ++di, ++n) sum += v.valueAt(int(std::lround(c[0])) + di, int(std::lround(c[1])) + dj, int(std::lround(c[2])));
    QVERIFY2(std::abs(sum / n - mass.hu) < 25, qPrintable(QString::number(sum / n)));
    const double lung = v.valueAt(int(std::lround(c[0])), int(std::lround(c[1] - 20 / v.spacing[1])), int(std::lround(c[2])));
    QVERIFY2(lung < -700, qPrintable(QString::number(lung)));
    // The radiograph is MONOCHROME1 and carries the Japanese name in ISO 2022 IR 87.
    const auto xray = loadVolume({phantom->xrayFile});
    QVERIFY(xray.ok());
    QVERIFY(xray->volume->invertedGrayscale);
    const auto header = readDicomHeader(phantom->xrayFile);
    QVERIFY(header.ok());
    QCOMPARE(header->patientName, options.patientName);
    QCOMPARE(header->specificCharacterSet, QStringLiteral("\\ISO 2022 IR 87"));
  }
};

QTEST_GUILESS_MAIN(TestDicom)
#include "test_dicom.moc"
