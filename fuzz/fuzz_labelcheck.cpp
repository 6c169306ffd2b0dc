// libFuzzer harness: the label import check. A SEG's or SR's texts are read and searched for
// the identifiers of known patients, in every spelling (core/IdentifierText folding), as
// import-labels does before anything reaches the store; the raw input is searched as text too.
#include "FuzzSupport.h"
#include "core/IdentifierText.h"
#include "deid/PhiScanner.h"
#include "dicom/CharacterSet.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include "exchange/Sr.h"

namespace {

const rc::PhiScanner& scanner() {
  static const rc::PhiScanner known = [] {
    rc::PhiScanner s;
    rc::IdentifierSet ids;
    ids.ids = {QStringLiteral("LIDC-IDRI-0001"), QStringLiteral("12345678")};
    ids.names = {QStringLiteral("YAMADA"), QStringLiteral("山田"), QStringLiteral("ﾔﾏﾀﾞ")};
    ids.dates = {QStringLiteral("19580314")};
    ids.fullNames = {{QStringLiteral("TARO"), QStringLiteral("YAMADA")}};
    s.addIdentifiers(ids, QStringLiteral("a known patient"));
    return s;
  }();
  return known;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  const rc::PhiScanner& known = scanner();
  // The bytes as text, decoded leniently: the folding must hold on any UTF-16.
  const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
  const rc::FoldedText folded = rc::foldIdentifierText(text);
  for (int i = 0; i < int(folded.text.size()); ++i) (void)folded.originalStart(i), (void)folded.originalEnd(i + 1);
  (void)known.findInText(text);

  const QString path = rc::fuzz::writeInput(data, size);
  if (const auto report = rc::readMeasurementReport(path)) {
    (void)known.findInText(report->observerName);
    for (const rc::Finding& f : report->findings) {
      (void)known.findInText(f.trackingId);
      (void)known.findInText(f.comment);
      (void)known.findInText(f.site.meaning);
    }
  } else {
    rc::fuzz::noteGuarded(report.error(), data, size);
  }
  // A SEG's segment labels and descriptions, decoded in the file's character set.
  if (auto read = rc::readDicomFile(path, rc::ReadScope::Header)) {
    DcmDataset* ds = read->file->getDataset();
    const rc::CharacterSet charset = rc::dcm::characterSetIn(ds, rc::CharacterSet());
    for (unsigned long n = 0; n < rc::dcm::sequenceLength(ds, DCM_SegmentSequence); ++n) {
      DcmItem* segment = rc::dcm::sequenceItem(ds, DCM_SegmentSequence, n);
      (void)known.findInText(rc::dcm::text(segment, DCM_SegmentLabel, charset));
      (void)known.findInText(rc::dcm::text(segment, DCM_SegmentDescription, charset));
    }
  }
  return 0;
}
