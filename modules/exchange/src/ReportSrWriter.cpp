#include "exchange/ReportSr.h"

#include "ExchangeSupport.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"
#include "dicom/Uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>

#include <tuple>

namespace rc {

namespace {

struct ReportSrTr {
  Q_DECLARE_TR_FUNCTIONS(ReportSr)
};

OFString utf8(const QString& s) { return OFString(s.toUtf8().constData()); }

}  // namespace

Result<WrittenObject> writeReportSr(const ReportSrContent& content, const QString& outputFile) {
  auto reference = readDicomFile(content.referenceFile, ReadScope::Header);
  if (!reference) return fail(reference.error());
  DcmDataset* source = reference->file->getDataset();
  const QString studyUid = dcm::ascii(source, DCM_StudyInstanceUID);
  if (studyUid.isEmpty()) return fail(ReportSrTr::tr("%1: no Study Instance UID").arg(content.referenceFile));

  DSRDocument doc(DSRTypes::DT_BasicTextSR);
  DSRDocumentTree& tree = doc.getTree();
  OFCondition cond = tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container) > 0
                         ? tree.getCurrentContentItem().setConceptName(DSRCodedEntryValue("18748-4", "LN", "Diagnostic Imaging Report"))
                         : OFCondition(EC_IllegalCall);
  bool first = true;
  for (const auto& [section, entry, text] :
       {std::tuple{DSRCodedEntryValue("121070", "DCM", "Findings"), DSRCodedEntryValue("121071", "DCM", "Finding"), content.findings},
        std::tuple{DSRCodedEntryValue("121072", "DCM", "Impressions"), DSRCodedEntryValue("121073", "DCM", "Impression"), content.impression}}) {
    if (cond.bad() || text.trimmed().isEmpty()) continue;
    // The sections are children of the title, one after the other; the text a child of its section.
    if (first) {
      cond = tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container, section);
    } else {
      tree.goUp();
      cond = tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container, section);
    }
    if (cond.good()) cond = tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, entry);
    if (cond.good()) cond = tree.getCurrentContentItem().setStringValue(utf8(text), OFFalse);
    first = false;
  }
  if (cond.bad()) return fail(ReportSrTr::tr("%1: cannot build the report: %2").arg(outputFile, dcm::conditionText(cond)));

  WrittenObject written;
  written.path = outputFile;
  written.sopClassUid = QStringLiteral(UID_BasicTextSRStorage);
  written.sopInstanceUid = newUid();
  written.seriesInstanceUid = newUid();
  doc.createNewSeriesInStudy(utf8(studyUid));
  doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
  doc.setSeriesDescription("Diagnostic report (de-identified)");
  doc.setSeriesNumber(utf8(QString::number(content.seriesNumber)));
  doc.setInstanceNumber("1");
  doc.setManufacturer("RadCurator");
  doc.completeDocument();
  DcmFileFormat out;
  DcmDataset* ds = out.getDataset();
  cond = doc.write(*ds);
  if (cond.bad()) return fail(ReportSrTr::tr("%1: cannot build the report: %2").arg(outputFile, dcm::conditionText(cond)));
  copyPatientAndStudy(source, ds);
  ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  ds->putAndInsertString(DCM_SOPInstanceUID, written.sopInstanceUid.toLatin1().constData());
  ds->putAndInsertString(DCM_SeriesInstanceUID, written.seriesInstanceUid.toLatin1().constData());
  // The report's date where the store keeps one; the content date is the study's otherwise.
  const QString date = content.reportDate.isEmpty() ? dcm::ascii(source, DCM_StudyDate) : content.reportDate;
  if (!date.isEmpty()) ds->putAndInsertString(DCM_ContentDate, date.toLatin1().constData());
  ds->putAndInsertString(DCM_ContentTime, "000000");
  if (const Status saved = saveWithoutOverwriting(out, outputFile, false); !saved) return fail(saved.error());
  return written;
}

}  // namespace rc
