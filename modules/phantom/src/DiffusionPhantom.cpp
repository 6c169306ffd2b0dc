#include "phantom/DiffusionPhantom.h"

#include "PhantomDicom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>

#include <cmath>
#include <cstring>

namespace rc {

namespace {

double sq(double v) { return v * v; }

// A Siemens CSA2 image header with one tag, B_value.
QByteArray csaHeader(double b) {
  QByteArray out("SV10\4\3\2\1", 8);
  auto u32 = [&out](quint32 v) { out.append(reinterpret_cast<const char*>(&v), 4); };
  u32(1);   // tags
  u32(77);
  QByteArray name("B_value");
  name.resize(64, '\0');
  out.append(name);
  u32(1);   // VM
  out.append("IS\0\0", 4);
  u32(6);   // SyngoDT
  u32(1);   // items
  u32(77);
  const QByteArray value = QByteArray::number(qint64(std::lround(b))) + '\0';
  const quint32 length = quint32(value.size());
  u32(length), u32(length), u32(77), u32(length);
  out.append(value);
  while (out.size() % 4) out.append('\0');
  return out;
}

void putBValue(DcmDataset* ds, BValueTag tag, double b) {
  switch (tag) {
    case BValueTag::Standard: putString(ds, DCM_DiffusionBValue, QString::number(b)); break;
    case BValueTag::Philips:
      ds->putAndInsertString(DcmTag(0x2001, 0x0010, EVR_LO), "Philips Imaging DD 001");
      ds->putAndInsertFloat32(DcmTag(0x2001, 0x1003, EVR_FL), Float32(b));
      break;
    case BValueTag::Ge:
      ds->putAndInsertString(DcmTag(0x0043, 0x0010, EVR_LO), "GEMS_PARM_01");
      // GE adds 10^9 to flag its gradient mode: the reader must take the remainder.
      ds->putAndInsertString(DcmTag(0x0043, 0x1039, EVR_IS), QStringLiteral("%1\\8\\0\\0").arg(qint64(1000000000 + std::lround(b))).toLatin1().constData());
      break;
    case BValueTag::Siemens: {
      ds->putAndInsertString(DcmTag(0x0029, 0x0010, EVR_LO), "SIEMENS CSA HEADER");
      const QByteArray csa = csaHeader(b);
      ds->putAndInsertUint8Array(DcmTag(0x0029, 0x1010, EVR_OB), reinterpret_cast<const Uint8*>(csa.constData()), Uint32(csa.size()));
      break;
    }
    case BValueTag::None: break;
  }
}

}  // namespace

bool diffusionPhantomInTumour(const DiffusionPhantomOptions& o, int i, int j, int k) {
  const double n = o.matrix;
  const double x = (i + 0.5 - n / 2) * o.spacing[0], y = (j + 0.5 - n / 2) * o.spacing[1];
  const double z = (k + 0.5 - o.slices / 2.0) * o.spacing[2];
  const double body = n * std::min(o.spacing[0], o.spacing[1]) * 0.42;
  return sq(x / body) + sq(y / (body * 0.8)) <= 1 && sq(x - body * 0.3) + sq(y) + sq(z) <= sq(o.tumourRadiusMm);
}

double diffusionPhantomAdc(const DiffusionPhantomOptions& o, int i, int j, int k) {
  const double n = o.matrix;
  const double x = (i + 0.5 - n / 2) * o.spacing[0], y = (j + 0.5 - n / 2) * o.spacing[1];
  const double z = (k + 0.5 - o.slices / 2.0) * o.spacing[2];
  const double body = n * std::min(o.spacing[0], o.spacing[1]) * 0.42;
  if (sq(x / body) + sq(y / (body * 0.8)) > 1) return 0;
  // The tumour: a sphere centred between voxels, off centre.
  const double tx = body * 0.3, ty = 0, tz = 0;
  // Its ADC varies across it (x), so that its distribution has a spread and a shape.
  if (sq(x - tx) + sq(y - ty) + sq(z - tz) <= sq(o.tumourRadiusMm))
    return o.tumourAdc + o.tumourAdcSpread * (x - tx) / o.tumourRadiusMm + 0.3 * o.tumourAdcSpread * sq((y - ty) / o.tumourRadiusMm);
  if (sq(x + body * 0.4) + sq(y) <= sq(body * 0.2)) return o.fluidAdc;
  return o.tissueAdc;
}

Result<DiffusionPhantomResult> writeDiffusionPhantom(const QString& directory, const DiffusionPhantomOptions& o) {
  if (o.bValues.empty() || o.matrix < 8 || o.slices < 1) return fail(PhantomTr::tr("the diffusion phantom needs b-values and a grid"));
  const QString dwiDir = QDir(directory).filePath(QStringLiteral("DWI"));
  const QString adcDir = QDir(directory).filePath(QStringLiteral("ADC"));
  if (!QDir().mkpath(dwiDir) || (o.scannerAdcMap && !QDir().mkpath(adcDir)))
    return fail(PhantomTr::tr("%1: cannot create the folder").arg(directory));
  const PhantomOptions& p = o.patient;
  DiffusionPhantomResult result;
  const QString studyUid = phantomUid(p, QStringLiteral("dwi-study"));
  const QString frameUid = phantomUid(p, QStringLiteral("dwi-frame"));
  result.dwiSeriesUid = phantomUid(p, QStringLiteral("dwi-series"));
  result.adcSeriesUid = phantomUid(p, QStringLiteral("adc-series"));
  const int n = o.matrix;
  std::vector<double> adc(size_t(n) * size_t(n) * size_t(o.slices));
  for (int k = 0; k < o.slices; ++k)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i) {
        const double a = diffusionPhantomAdc(o, i, j, k);
        adc[(size_t(k) * size_t(n) + size_t(j)) * size_t(n) + size_t(i)] = a;
        if (diffusionPhantomInTumour(o, i, j, k)) ++result.tumourVoxels;
      }

  auto common = [&](DcmDataset* ds, int k) {
    putPatientAndInstitution(ds, p);
    putString(ds, DCM_BodyPartExamined, QStringLiteral("ABDOMEN"));
    putString(ds, DCM_ManufacturerModelName, QStringLiteral("Synthetic diffusion phantom"));
    putString(ds, DCM_StudyDate, QStringLiteral("20260215"));
    putString(ds, DCM_SeriesDate, QStringLiteral("20260215"));
    putString(ds, DCM_StudyTime, QStringLiteral("091000"));
    putString(ds, DCM_AccessionNumber, QStringLiteral("ACC-20260215-12"));
    putString(ds, DCM_Modality, QStringLiteral("MR"));
    putString(ds, DCM_StudyDescription, QStringLiteral("MR ABDOMEN DWI (synthetic phantom)"));
    putString(ds, DCM_StudyInstanceUID, studyUid);
    putString(ds, DCM_StudyID, QStringLiteral("8801"));
    putString(ds, DCM_FrameOfReferenceUID, frameUid);
    ds->putAndInsertString(DCM_PositionReferenceIndicator, "");
    ds->putAndInsertString(DCM_PatientOrientation, "");
    const double z = (k - o.slices / 2.0) * o.spacing[2];
    putString(ds, DCM_ImagePositionPatient, QStringLiteral("%1\\%2\\%3").arg(-n / 2.0 * o.spacing[0]).arg(-n / 2.0 * o.spacing[1]).arg(z));
    putString(ds, DCM_ImageOrientationPatient, QStringLiteral("1\\0\\0\\0\\1\\0"));
    putString(ds, DCM_SliceLocation, QString::number(z));
    putString(ds, DCM_SliceThickness, QString::number(o.spacing[2]));
    putString(ds, DCM_PixelSpacing, QStringLiteral("%1\\%2").arg(o.spacing[1]).arg(o.spacing[0]));
    putString(ds, DCM_PatientPosition, QStringLiteral("HFS"));
    putString(ds, DCM_ScanningSequence, QStringLiteral("EP"));
    putString(ds, DCM_SequenceVariant, QStringLiteral("NONE"));
    putString(ds, DCM_ScanOptions, QStringLiteral(""));
    putString(ds, DCM_MRAcquisitionType, QStringLiteral("2D"));
    putString(ds, DCM_EchoTime, QStringLiteral("70"));
    putString(ds, DCM_RepetitionTime, QStringLiteral("5000"));
    putString(ds, DCM_EchoTrainLength, QStringLiteral("1"));
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    putString(ds, DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
    ds->putAndInsertUint16(DCM_Rows, Uint16(n));
    ds->putAndInsertUint16(DCM_Columns, Uint16(n));
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 16);
    ds->putAndInsertUint16(DCM_HighBit, 15);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
  };

  // DWI: one volume per b = 0 entry, `directions` volumes per other b-value.
  int volume = 0;
  std::vector<Uint16> pixels(size_t(n) * size_t(n));
  for (double b : o.bValues) {
    const int repeats = b == 0 ? 1 : std::max(1, o.directions);
    for (int r = 0; r < repeats; ++r, ++volume) {
      for (int k = 0; k < o.slices; ++k) {
        for (size_t v = 0; v < pixels.size(); ++v) {
          const double a = adc[size_t(k) * pixels.size() + v];
          const double s = a > 0 ? o.s0 * std::exp(-b * a * 1e-6) : 0;
          pixels[v] = Uint16(std::lround(std::min(s * 100.0, 65535.0)));
        }
        DcmFileFormat file;
        DcmDataset* ds = file.getDataset();
        common(ds, k);
        putString(ds, DCM_SOPClassUID, QString::fromLatin1(UID_MRImageStorage));
        putString(ds, DCM_SOPInstanceUID, phantomUid(p, QStringLiteral("dwi/%1/%2").arg(volume).arg(k)));
        putString(ds, DCM_ImageType, QStringLiteral("ORIGINAL\\PRIMARY\\M\\DIFFUSION"));
        putString(ds, DCM_SeriesDescription, QStringLiteral("DWI b=%1").arg([&] {
                    QStringList l;
                    for (double x : o.bValues) l << QString::number(x);
                    return l.join(QLatin1Char(','));
                  }()));
        putString(ds, DCM_SeriesInstanceUID, result.dwiSeriesUid);
        putString(ds, DCM_SeriesNumber, QStringLiteral("5"));
        putString(ds, DCM_InstanceNumber, QString::number(volume * o.slices + k + 1));
        putString(ds, DCM_RescaleSlope, QStringLiteral("0.01"));
        putString(ds, DCM_RescaleIntercept, QStringLiteral("0"));
        putBValue(ds, o.tag, b);
        ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), Uint32(pixels.size()));
        const QString path = QDir(dwiDir).filePath(QStringLiteral("DWI%1_%2.dcm").arg(volume, 2, 10, QLatin1Char('0')).arg(k, 3, 10, QLatin1Char('0')));
        if (const Status saved = save(file, path); !saved) return fail(saved.error());
        result.dwiFiles << path;
      }
    }
  }
  if (o.scannerAdcMap) {
    for (int k = 0; k < o.slices; ++k) {
      for (size_t v = 0; v < pixels.size(); ++v) pixels[v] = Uint16(std::lround(adc[size_t(k) * pixels.size() + v]));
      DcmFileFormat file;
      DcmDataset* ds = file.getDataset();
      common(ds, k);
      putString(ds, DCM_SOPClassUID, QString::fromLatin1(UID_MRImageStorage));
      putString(ds, DCM_SOPInstanceUID, phantomUid(p, QStringLiteral("adc/%1").arg(k)));
      putString(ds, DCM_ImageType, QStringLiteral("DERIVED\\PRIMARY\\ADC\\ADC"));
      putString(ds, DCM_SeriesDescription, QStringLiteral("ADC (10^-6 mm2/s)"));
      putString(ds, DCM_SeriesInstanceUID, result.adcSeriesUid);
      putString(ds, DCM_SeriesNumber, QStringLiteral("6"));
      putString(ds, DCM_InstanceNumber, QString::number(k + 1));
      ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), Uint32(pixels.size()));
      const QString path = QDir(adcDir).filePath(QStringLiteral("ADC_%1.dcm").arg(k, 3, 10, QLatin1Char('0')));
      if (const Status saved = save(file, path); !saved) return fail(saved.error());
      result.adcFiles << path;
    }
  }
  return result;
}

}  // namespace rc
