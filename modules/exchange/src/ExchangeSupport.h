#pragma once
// Shared by the SEG and SR code: translation context, coded values, numbers as DICOM
// decimal strings, and the safe final step of every export.

#include "core/Coded.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmiod/iodmacro.h>
#include <dcmtk/dcmiod/modcommoninstanceref.h>
#include <dcmtk/dcmsr/dsrcodvl.h>

#include <QCoreApplication>
#include <QSet>
#include <QString>

class DcmFileFormat;

namespace rc {

struct ExchangeTr {
  Q_DECLARE_TR_FUNCTIONS(Exchange)
};

inline OFString ofString(const QString& s) { return OFString(s.toUtf8().constData()); }
inline QString qString(const OFString& s) { return QString::fromUtf8(s.c_str()); }

inline CodeSequenceMacro codeMacro(const CodedConcept& c) {
  return CodeSequenceMacro(ofString(c.value), ofString(c.scheme), ofString(c.meaning));
}
CodedConcept fromCodeMacro(CodeSequenceMacro& macro);

inline DSRCodedEntryValue srCode(const CodedConcept& c) {
  return DSRCodedEntryValue(ofString(c.value), ofString(c.scheme), ofString(c.meaning));
}
inline CodedConcept fromSrCode(const DSRCodedEntryValue& c) {
  return {qString(c.getCodeValue()), qString(c.getCodingSchemeDesignator()), qString(c.getCodeMeaning())};
}

// A decimal string (DS) for a coordinate or spacing: at most 16 characters, as precise as
// that allows.
QString decimalString(double value);

// The image (or frame of a multi-frame image) a derived object's frame was made from.
ImageSOPInstanceReferenceMacro imageReference(const SliceSource& source);

// The Referenced Series Sequence of a derived object's Common Instance Reference module: every
// source image once, under its series (the item is made with the first image).
class SourceImageReferences {
public:
  SourceImageReferences(IODCommonInstanceReferenceModule& module, QString seriesUid)
      : module_(module), seriesUid_(std::move(seriesUid)) {}
  void add(const SliceSource& source);

private:
  IODCommonInstanceReferenceModule& module_;
  QString seriesUid_;
  IODSeriesAndInstanceReferenceMacro::ReferencedSeriesItem* series_ = nullptr;  // owned by module_
  QSet<QString> referenced_;
};

// What the (de-identified) source states about its de-identification holds for an object made
// from it: Patient Identity Removed, De-identification Method and its code sequence, and Body
// Part Examined, copied into `target` (text in UTF-8, which `target` declares).
void carryDeidentificationFacts(DcmItem* source, DcmItem* target);

// Writes `file` to `path` through a temporary name; never replaces an existing file.
Status saveWithoutOverwriting(DcmFileFormat& file, const QString& path, bool deflate);

// Patient and study as the (de-identified) source has them (Type 2 attributes it lacks empty).
void copyPatientAndStudy(DcmDataset* from, DcmDataset* to);

}  // namespace rc
