// DICOM Parametric Map writer (dcmpmap). See exchange/ParametricMap.h.

#include "exchange/ParametricMap.h"

#include "ExchangeSupport.h"
#include "dicom/Codecs.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"
#include "dicom/Uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgframeanatomy.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixeltransform.h>
#include <dcmtk/dcmfg/fgparametricmapframetype.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmfg/fgrealworldvaluemapping.h>
#include <dcmtk/dcmiod/iodcontentitemmacro.h>
#include <dcmtk/dcmpmap/dpmparametricmapiod.h>

#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <memory>

namespace rc {

namespace {

const CodedConcept kDerivation{QStringLiteral("113061"), QStringLiteral("DCM"), QStringLiteral("Parametric Map Derivation Image")};
const CodedConcept kSourcePurpose{QStringLiteral("121322"), QStringLiteral("DCM"),
                                  QStringLiteral("Source image for image processing operation")};


}  // namespace

Result<WrittenObject> writeParametricMap(const Volume& map, const QString& outputFile, const ParametricMapOptions& options) {
  registerDicomCodecs();
  if (map.pixelType() != PixelType::Float32) return fail(ExchangeTr::tr("a parametric map is written from float values"));
  if (map.isEmpty() || int(map.slices.size()) != map.sliceCount()) return fail(ExchangeTr::tr("the source series is not loaded"));
  if (!map.hasPatientOrientation || map.frameOfReferenceUid.isEmpty())
    return fail(ExchangeTr::tr("a parametric map needs a source series with patient geometry and a frame of reference"));
  if (map.width() > 65535 || map.height() > 65535) return fail(ExchangeTr::tr("the source images are too large"));
  if (options.sourceSeriesUid.isEmpty()) return fail(ExchangeTr::tr("the source series of the map is not named"));
  if (QFile::exists(outputFile)) return fail(ExchangeTr::tr("%1 already exists; an export never replaces a file").arg(outputFile));

  const QString firstSource = map.slices.front().filePath;
  auto sourceFile = readDicomFile(firstSource, ReadScope::Header);
  if (!sourceFile) return fail(sourceFile.error());
  DcmDataset* sourceDataset = sourceFile->file->getDataset();
  dcm::convertTextToUtf8(sourceDataset);

  const IODEnhGeneralEquipmentModule::EquipmentInfo equipment("RadCurator", "RadCurator", "1", RADCURATOR_VERSION);
  ContentIdentificationMacro identification("1", ofString(options.contentLabel.toUpper().left(16)),
                                            ofString(options.seriesDescription), ofString(options.contentCreator));
  auto created = DPMParametricMapIOD::create<IODFloatingPointImagePixelModule>(
      "MR", ofString(QString::number(options.seriesNumber)), "1", Uint16(map.height()), Uint16(map.width()), equipment,
      identification, "VOLUME", ofString(options.derivedPixelContrast), DPMTypes::CQ_RESEARCH);
  if (OFCondition* error = OFget<OFCondition>(&created))
    return fail(ExchangeTr::tr("cannot create the parametric map: %1").arg(dcm::conditionText(*error)));
  DPMParametricMapIOD* pm = OFget<DPMParametricMapIOD>(&created);
  OFCondition status = pm->importHierarchy(*sourceDataset, OFTrue, OFTrue, OFTrue, OFFalse);
  if (status.bad()) return fail(ExchangeTr::tr("%1: cannot take over patient and study: %2").arg(firstSource, dcm::conditionText(status)));

  WrittenObject written;
  written.path = outputFile;
  written.sopClassUid = QStringLiteral(UID_ParametricMapStorage);
  written.sopInstanceUid = newUid();
  written.seriesInstanceUid = options.seriesInstanceUid.isEmpty() ? newUid() : options.seriesInstanceUid;
  pm->getSOPCommon().setSOPInstanceUID(ofString(written.sopInstanceUid));
  pm->getIODGeneralSeriesModule().setSeriesInstanceUID(ofString(written.seriesInstanceUid));
  pm->getIODGeneralSeriesModule().setSeriesNumber(ofString(QString::number(options.seriesNumber)));
  pm->getIODGeneralSeriesModule().setSeriesDescription(ofString(options.seriesDescription));
  const QDateTime now = QDateTime::currentDateTime();
  pm->getIODGeneralImageModule().setContentDate(ofString(now.toString(QStringLiteral("yyyyMMdd"))));
  pm->getIODGeneralImageModule().setContentTime(ofString(now.toString(QStringLiteral("HHmmss"))));
  pm->setRecognizableVisualFeatures(DPMTypes::RVF_NO);

  const QString dimensionUid = newUid();
  pm->getIODMultiframeDimensionModule().addDimensionIndex(DCM_ImagePositionPatient, ofString(dimensionUid),
                                                          DCM_PlanePositionSequence, "ImagePositionPatient");
  std::unique_ptr<FGPlaneOrientationPatient> orientation(FGPlaneOrientationPatient::createMinimal(
      ofString(decimalString(map.axes[0][0])), ofString(decimalString(map.axes[0][1])), ofString(decimalString(map.axes[0][2])),
      ofString(decimalString(map.axes[1][0])), ofString(decimalString(map.axes[1][1])), ofString(decimalString(map.axes[1][2]))));
  FGPixelMeasures measures;
  measures.setPixelSpacing(ofString(decimalString(map.spacing[1]) + QLatin1Char('\\') + decimalString(map.spacing[0])));
  measures.setSliceThickness(ofString(decimalString(map.spacing[2])));
  measures.setSpacingBetweenSlices(ofString(decimalString(map.spacing[2])));
  FGFrameAnatomy anatomy;
  anatomy.setLaterality(FGFrameAnatomy::LATERALITY_UNPAIRED);
  anatomy.getAnatomy().getAnatomicRegion().set("85756007", "SCT", "Tissue");
  FGPixelValueTransformation identity;
  identity.setFGType(FGPixelValueTransformation::E_PixelValTrans_Identity);
  FGParametricMapFrameType frameType;
  frameType.setFrameType(ofString(QStringLiteral("DERIVED\\PRIMARY\\VOLUME\\") + options.derivedPixelContrast));

  const float* values = map.data<float>();
  const auto [lo, hi] = std::minmax_element(values, values + map.voxelCount());
  FGRealWorldValueMapping rwvm;
  auto* item = new FGRealWorldValueMapping::RWVMItem();
  item->setRealWorldValueSlope(1);
  item->setRealWorldValueIntercept(0);
  item->setDoubleFloatRealWorldValueFirstValueMapped(double(*lo));
  item->setDoubleFloatRealWorldValueLastValueMapped(double(*hi));
  item->setLUTExplanation(ofString(options.quantity.meaning));
  item->setLUTLabel(ofString(options.contentLabel.left(16)));
  item->getMeasurementUnitsCode() = codeMacro(options.unit);
  auto* quantity = new ContentItemMacro;
  quantity->setValueType(ContentItemMacro::VT_CODE);
  quantity->getEntireConceptNameCodeSequence().push_back(new CodeSequenceMacro("246205007", "SCT", "Quantity"));
  quantity->getEntireConceptCodeSequence().push_back(new CodeSequenceMacro(codeMacro(options.quantity)));
  item->getEntireQuantityDefinitionSequence().push_back(quantity);
  rwvm.getRealWorldValueMapping().push_back(item);

  if (!orientation || pm->addForAllFrames(*orientation).bad() || pm->addForAllFrames(measures).bad() ||
      pm->addForAllFrames(anatomy).bad() || pm->addForAllFrames(identity).bad() || pm->addForAllFrames(frameType).bad() ||
      pm->addForAllFrames(rwvm).bad())
    return fail(ExchangeTr::tr("cannot describe the map's geometry and values"));

  auto framesVariant = pm->getFrames();
  auto* frames = OFget<DPMParametricMapIOD::Frames<Float32>>(&framesVariant);
  if (!frames) return fail(ExchangeTr::tr("cannot create the parametric map's frames"));
  std::vector<Float32> frame(map.sliceVoxelCount());
  SourceImageReferences references(pm->getIODCommonInstanceReferenceModule(), options.sourceSeriesUid);
  for (int k = 0; k < map.sliceCount(); ++k) {
    std::copy(values + size_t(k) * frame.size(), values + size_t(k + 1) * frame.size(), frame.begin());
    const SliceSource& src = map.slices[size_t(k)];
    FGFrameContent content;
    content.setDimensionIndexValues(Uint32(k + 1), 0);
    const Vec3 p = map.indexToPatient(0, 0, k);
    std::unique_ptr<FGPlanePosPatient> position(FGPlanePosPatient::createMinimal(
        ofString(decimalString(p[0])), ofString(decimalString(p[1])), ofString(decimalString(p[2]))));
    std::unique_ptr<FGDerivationImage> derivation(FGDerivationImage::createMinimal(
        OFVector<ImageSOPInstanceReferenceMacro>(1, imageReference(src)), ofString(options.derivationDescription.left(1024)),
        codeMacro(kDerivation), codeMacro(kSourcePurpose)));
    OFVector<FGBase*> perFrame{&content, position.get(), derivation.get()};
    status = frames->addFrame(frame.data(), frame.size(), perFrame);
    if (status.bad()) return fail(ExchangeTr::tr("slice %1: %2").arg(k + 1).arg(dcm::conditionText(status)));
    ++written.frames;
    references.add(src);
  }

  DcmFileFormat out;
  DcmDataset* ds = out.getDataset();
  status = pm->write(*ds);
  if (status.bad()) return fail(ExchangeTr::tr("%1: cannot build the parametric map: %2").arg(outputFile, dcm::conditionText(status)));
  ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  if (!options.derivationDescription.isEmpty())
    ds->putAndInsertString(DCM_DerivationDescription, options.derivationDescription.left(1024).toUtf8().constData());
  carryDeidentificationFacts(sourceDataset, ds);
  if (const Status saved = saveWithoutOverwriting(out, outputFile, options.deflate); !saved) return fail(saved.error());
  return written;
}

}  // namespace rc
