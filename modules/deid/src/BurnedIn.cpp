#include "deid/BurnedIn.h"

#include "DeidTr.h"
#include "dicom/DicomFile.h"
#include "dicom/DatasetAccess.h"
#include "dicom/Uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>

#include <QFile>

#include <climits>
#include <cstring>

namespace rc {

QString burnedInTextRisk(const QString& sopClassUid, const QString& modality, const QString& burnedInAnnotation,
                         const QString& imageType) {
  const QString flag = burnedInAnnotation.trimmed().toUpper();
  if (flag == QLatin1String("YES")) return DeidTr::tr("Burned In Annotation is YES");
  if (flag == QLatin1String("NO")) return QString();
  // Secondary capture (screenshots, scanned documents, reports) and its multi-frame kinds.
  if (sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.7")))
    return DeidTr::tr("secondary capture images often carry burned-in text");
  static const QStringList textModalities = {QStringLiteral("US"), QStringLiteral("XC"), QStringLiteral("ES"),
                                             QStringLiteral("GM"), QStringLiteral("SM"), QStringLiteral("OT"),
                                             QStringLiteral("DOC")};
  if (textModalities.contains(modality.trimmed().toUpper()))
    return DeidTr::tr("%1 images often carry burned-in text").arg(modality.trimmed().toUpper());
  if (imageType.toUpper().contains(QLatin1String("SECONDARY")) || imageType.toUpper().contains(QLatin1String("SCREEN")))
    return DeidTr::tr("a derived (secondary) image may carry burned-in text");
  return QString();
}

Result<QString> maskRegion(const QString& input, const QString& output, const QRect& region) {
  auto read = readDicomFile(input, ReadScope::Everything);
  if (!read) return fail(read.error());
  DcmFileFormat& file = *read->file;
  DcmDataset* ds = file.getDataset();
  OFCondition status = EC_Normal;
  // Masking works on uncompressed pixels; every codec the project has can decode to them.
  status = ds->chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
  if (status.bad() || !ds->canWriteXfer(EXS_LittleEndianExplicit))
    return fail(DeidTr::tr("%1: cannot decompress the pixel data: %2").arg(input, dcm::conditionText(status)));

  const int rows = dcm::integer(ds, DCM_Rows, 0, 65535).value_or(0);
  const int columns = dcm::integer(ds, DCM_Columns, 0, 65535).value_or(0);
  const int frames = dcm::integer(ds, DCM_NumberOfFrames, 1, INT_MAX).value_or(1);
  const int samples = dcm::integer(ds, DCM_SamplesPerPixel, 1, 4).value_or(1);
  const int bitsAllocated = dcm::integer(ds, DCM_BitsAllocated, 1, 64).value_or(0);
  const int bitsStoredAsWritten = dcm::integer(ds, DCM_BitsStored, 1, 64).value_or(bitsAllocated);
  const int planar = dcm::integer(ds, DCM_PlanarConfiguration, 0, 1).value_or(0);
  const bool isSigned = dcm::number(ds, DCM_PixelRepresentation).value_or(0) == 1;
  const QString photometric = dcm::ascii(ds, DCM_PhotometricInterpretation);
  const QRect image(0, 0, columns, rows);
  if (region.isEmpty() || !image.contains(region))
    return fail(DeidTr::tr("%1: the region %2,%3 %4x%5 is not inside the %6x%7 image")
                    .arg(input).arg(region.x()).arg(region.y()).arg(region.width()).arg(region.height()).arg(columns).arg(rows));
  if (bitsAllocated != 8 && bitsAllocated != 16)
    return fail(DeidTr::tr("%1: masking supports 8- and 16-bit images only").arg(input));
  const int bitsStored = std::min(bitsStoredAsWritten, bitsAllocated);

  // Black on screen: the lowest stored value, or the highest for MONOCHROME1.
  long fill = 0;
  if (samples == 1) {
    const long lowest = isSigned ? -(1L << (bitsStored - 1)) : 0;
    const long highest = isSigned ? (1L << (bitsStored - 1)) - 1 : (1L << bitsStored) - 1;
    fill = photometric == QLatin1String("MONOCHROME1") ? highest : lowest;
  }
  DcmElement* pixelData = nullptr;
  if (ds->findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
    return fail(DeidTr::tr("%1: no Pixel Data (7FE0,0010)").arg(input));
  const size_t pixelsPerFrame = size_t(rows) * columns;
  const size_t samplesPerFrame = pixelsPerFrame * size_t(samples);
  auto samplePosition = [&](int frame, int x, int y, int s) {
    const size_t pixel = size_t(y) * columns + x;
    return size_t(frame) * samplesPerFrame + (planar == 1 ? size_t(s) * pixelsPerFrame + pixel : pixel * samples + s);
  };
  if (bitsAllocated == 8) {
    Uint8* data = nullptr;
    if (pixelData->getUint8Array(data).bad() || !data || pixelData->getLength() < samplesPerFrame * frames)
      return fail(DeidTr::tr("%1: pixel data shorter than the image").arg(input));
    for (int f = 0; f < frames; ++f)
      for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
          for (int s = 0; s < samples; ++s) data[samplePosition(f, x, y, s)] = Uint8(fill);
  } else {
    Uint16* data = nullptr;
    if (pixelData->getUint16Array(data).bad() || !data || pixelData->getLength() < samplesPerFrame * frames * 2)
      return fail(DeidTr::tr("%1: pixel data shorter than the image").arg(input));
    for (int f = 0; f < frames; ++f)
      for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
          for (int s = 0; s < samples; ++s) data[samplePosition(f, x, y, s)] = Uint16(fill);
  }

  // New pixels, new instance.
  const QString oldUid = dcm::ascii(ds, DCM_SOPInstanceUID);
  const QString newUid = uidFromBytes(("radcurator-masked\x1f" + oldUid).toLatin1());
  ds->putAndInsertString(DCM_SOPInstanceUID, newUid.toLatin1().constData());
  ds->putAndInsertString(DCM_BurnedInAnnotation, "NO");
  bool hasClean = false;
  for (unsigned long i = 0; i < dcm::sequenceLength(ds, DCM_DeidentificationMethodCodeSequence); ++i)
    if (dcm::ascii(dcm::sequenceItem(ds, DCM_DeidentificationMethodCodeSequence, i), DCM_CodeValue) == QLatin1String("113101"))
      hasClean = true;
  if (!hasClean) {
    DcmItem* code = nullptr;
    if (ds->findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).good() && code) {
      code->putAndInsertString(DCM_CodeValue, "113101");
      code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
      code->putAndInsertString(DCM_CodeMeaning, "Clean Pixel Data Option");
    }
  }
  file.getMetaInfo()->clear();
  const QString temp = output + QStringLiteral(".part");
  status = file.saveFile(OFFilename(QFile::encodeName(temp).constData()), EXS_LittleEndianExplicit, EET_ExplicitLength,
                         EGL_recalcGL, EPD_noChange, 0, 0, EWM_createNewMeta);
  if (status.bad()) {
    QFile::remove(temp);
    return fail(DeidTr::tr("%1: cannot write: %2").arg(output, dcm::conditionText(status)));
  }
  QFile::remove(output);
  if (!QFile::rename(temp, output)) return fail(DeidTr::tr("%1: cannot write").arg(output));
  return newUid;
}

}  // namespace rc
