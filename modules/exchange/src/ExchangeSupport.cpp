#include "ExchangeSupport.h"

#include "dicom/DatasetAccess.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cmath>

namespace rc {

CodedConcept fromCodeMacro(CodeSequenceMacro& macro) {
  OFString value, scheme, meaning;
  macro.getCodeValue(value);
  macro.getCodingSchemeDesignator(scheme);
  macro.getCodeMeaning(meaning);
  return {qString(value), qString(scheme), qString(meaning)};
}

QString decimalString(double value) {
  if (std::abs(value) < 1e-12) return QStringLiteral("0");
  // DS holds 16 characters: use as many significant digits as fit.
  for (int digits = 15; digits > 1; --digits) {
    const QString text = QString::number(value, 'g', digits);
    if (text.size() <= 16) return text;
  }
  return QString::number(value, 'g', 1);
}

Status saveWithoutOverwriting(DcmFileFormat& file, const QString& path, bool deflate) {
  if (QFileInfo::exists(path)) return fail(ExchangeTr::tr("%1 already exists; an export never replaces a file").arg(path));
  const QString temp = path + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
  const E_TransferSyntax xfer = deflate ? EXS_DeflatedLittleEndianExplicit : EXS_LittleEndianExplicit;
  const OFCondition saved = file.saveFile(OFFilename(QFile::encodeName(temp).constData()), xfer);
  if (saved.bad()) {
    QFile::remove(temp);
    return fail(ExchangeTr::tr("%1: cannot write: %2").arg(path, dcm::conditionText(saved)));
  }
  // rename() does not replace an existing file: a file that appeared meanwhile is kept.
  if (!QFile::rename(temp, path)) {
    QFile::remove(temp);
    return fail(ExchangeTr::tr("%1: cannot write (a file of that name appeared meanwhile?)").arg(path));
  }
  return Status::success();
}

ImageSOPInstanceReferenceMacro imageReference(const SliceSource& s) {
  ImageSOPInstanceReferenceMacro ref;
  ref.setReferencedSOPClassUID(ofString(s.sopClassUid));
  ref.setReferencedSOPInstanceUID(ofString(s.sopInstanceUid));
  if (s.framesInFile > 1) ref.setReferencedFrameNumber(OFVector<Uint16>(1, Uint16(s.frame + 1)));
  return ref;
}

void SourceImageReferences::add(const SliceSource& source) {
  if (referenced_.contains(source.sopInstanceUid)) return;
  referenced_.insert(source.sopInstanceUid);
  if (!series_) {
    series_ = new IODSeriesAndInstanceReferenceMacro::ReferencedSeriesItem;
    series_->setSeriesInstanceUID(ofString(seriesUid_));
    module_.getReferencedSeriesItems().push_back(series_);
  }
  auto* instance = new SOPInstanceReferenceMacro;
  instance->setReferencedSOPClassUID(ofString(source.sopClassUid));
  instance->setReferencedSOPInstanceUID(ofString(source.sopInstanceUid));
  series_->getReferencedInstanceItems().push_back(instance);
}

void carryDeidentificationFacts(DcmItem* source, DcmItem* target) {
  for (const DcmTagKey& tag : {DCM_PatientIdentityRemoved, DCM_DeidentificationMethod, DCM_BodyPartExamined}) {
    const QString value = dcm::text(source, tag, CharacterSet(QByteArrayLiteral("ISO_IR 192")));
    if (!value.isEmpty()) target->putAndInsertString(tag, value.toUtf8().constData());
  }
  DcmElement* methodCodes = nullptr;
  if (source->findAndGetElement(DCM_DeidentificationMethodCodeSequence, methodCodes).good() && methodCodes)
    target->insert(OFstatic_cast(DcmElement*, methodCodes->clone()), OFTrue);
}

// Patient and study as the (de-identified) source has them, in UTF-8.
void copyPatientAndStudy(DcmDataset* from, DcmDataset* to) {
  for (const DcmTagKey& tag :
       {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex, DCM_PatientAge, DCM_PatientSize,
        DCM_PatientWeight, DCM_PatientIdentityRemoved, DCM_DeidentificationMethod, DCM_StudyInstanceUID, DCM_StudyDate,
        DCM_StudyTime, DCM_StudyID, DCM_AccessionNumber, DCM_ReferringPhysicianName, DCM_StudyDescription}) {
    DcmElement* element = nullptr;
    if (from->findAndGetElement(tag, element).good() && element)
      to->insert(OFstatic_cast(DcmElement*, element->clone()), OFTrue);
    else if (tag == DCM_StudyID || tag == DCM_AccessionNumber || tag == DCM_ReferringPhysicianName || tag == DCM_StudyDate ||
             tag == DCM_StudyTime || tag == DCM_PatientBirthDate || tag == DCM_PatientSex)
      to->insertEmptyElement(tag, OFTrue);  // Type 2 in the Patient / General Study modules
  }
  DcmElement* methodCodes = nullptr;
  if (from->findAndGetElement(DCM_DeidentificationMethodCodeSequence, methodCodes).good() && methodCodes)
    to->insert(OFstatic_cast(DcmElement*, methodCodes->clone()), OFTrue);
}

}  // namespace rc
