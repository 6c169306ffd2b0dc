#include "dicom/TextElements.h"

#include "dicom/DatasetAccess.h"
#include "DicomTr.h"
#include "dicom/CharacterSet.h"
#include "dicom/DicomFile.h"
#include "dicom/DicomHeader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QFile>

namespace rc {

namespace {

bool wanted(DcmEVR vr, TextScope scope) {
  switch (vr) {
    case EVR_PN: case EVR_LO: case EVR_SH: case EVR_ST: case EVR_LT: case EVR_UT:
      return true;
    case EVR_AE: case EVR_AS: case EVR_CS: case EVR_DA: case EVR_DS: case EVR_DT: case EVR_IS:
    case EVR_TM: case EVR_UC: case EVR_UI: case EVR_UR:
      return scope == TextScope::AllStrings;
    default:
      return false;
  }
}

void walk(DcmItem* item, const CharacterSet& inherited, const QString& prefix, TextScope scope,
          std::vector<TextElement>& out) {
  // An item that declares its own Specific Character Set uses it for itself and below.
  const CharacterSet charset = dcm::characterSetIn(item, inherited);
  for (unsigned long i = 0; i < item->card(); ++i) {
    DcmElement* elem = item->getElement(i);
    if (!elem) continue;
    const DcmTagKey tag = elem->getTag();
    const QString key = prefix + QString::asprintf("(%04X,%04X)", tag.getGroup(), tag.getElement());
    const DcmEVR vr = elem->ident();
    if (vr == EVR_SQ) {
      auto* seq = static_cast<DcmSequenceOfItems*>(elem);
      for (unsigned long n = 0; n < seq->card(); ++n)
        walk(seq->getItem(n), charset, QStringLiteral("%1[%2]/").arg(key).arg(n), scope, out);
      continue;
    }
    char* value = nullptr;
    Uint32 length = 0;
    if (vr == EVR_UN) {
      // Unknown VR: identifying text hides here too (private tags in implicit VR files).
      Uint8* bytes = nullptr;
      if (elem->getUint8Array(bytes).bad() || !bytes) continue;
      value = reinterpret_cast<char*>(bytes);
      length = elem->getLength();
      if (!dcm::looksLikeText(value, length)) continue;
    } else {
      if (!wanted(vr, scope)) continue;
      if (elem->getString(value, length).bad() || !value || length == 0) continue;
    }
    const QString decoded = charset.decode(QByteArray(value, qsizetype(length)), dcm::textKindOf(vr)).trimmed();
    if (decoded.isEmpty()) continue;
    out.push_back({key, QString::fromLatin1(DcmVR(vr).getVRName()), decoded});
  }
}

}  // namespace

Result<std::vector<TextElement>> readTextElements(const QString& path, TextScope scope) {
  auto read = readDicomFile(path, ReadScope::Header);
  if (!read) return fail(read.error());
  std::vector<TextElement> out;
  const Status walked = guardedCall(path, [&] {
    walk(read->file->getDataset(), CharacterSet(), QString(), scope, out);
    return Status::success();
  });
  if (!walked) return fail(walked.error());
  return out;
}

}  // namespace rc
