#include "dicom/PlanarViews.h"

#include "dicom/DicomFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QMap>
#include <QRegularExpression>

namespace rc {

namespace {

QString stringOf(DcmItem* item, const DcmTagKey& tag, unsigned long pos = 0) {
  OFString value;
  if (item && item->findAndGetOFString(tag, value, pos).good()) return QString::fromLatin1(value.c_str()).trimmed();
  return QString();
}

PlanarView viewOfCodeSequence(DcmItem* item) {
  DcmItem* code = nullptr;
  if (!item || item->findAndGetSequenceItem(DCM_ViewCodeSequence, code, 0).bad() || !code) return PlanarView::Unknown;
  return planarViewFromCode(stringOf(code, DCM_CodeValue), stringOf(code, DCM_CodeMeaning));
}

struct FileViews {
  QString modality, imageType;
  std::vector<PlanarView> perFrame;  // by frame, where the detector vector says
  PlanarView single = PlanarView::Unknown;
  bool wholeBodyTechnique = false;
};

Result<FileViews> viewsOfFile(const QString& path) {
  auto read = readDicomFile(path, ReadScope::Header);
  if (!read) return fail(read.error());
  DcmDataset* ds = read->file->getDataset();
  FileViews f;
  f.modality = stringOf(ds, DCM_Modality);
  OFString type;
  if (ds->findAndGetOFStringArray(DCM_ImageType, type).good()) f.imageType = QString::fromLatin1(type.c_str()).toUpper();
  f.wholeBodyTechnique = !stringOf(ds, DCM_WholeBodyTechnique).isEmpty();
  // Each detector's view, then each frame's detector.
  std::vector<PlanarView> detectors;
  if (DcmSequenceOfItems* seq = nullptr; ds->findAndGetSequence(DCM_DetectorInformationSequence, seq).good() && seq)
    for (unsigned long i = 0; i < seq->card(); ++i) detectors.push_back(viewOfCodeSequence(seq->getItem(i)));
  Uint16 detector = 0;
  for (unsigned long frame = 0; ds->findAndGetUint16(DCM_DetectorVector, detector, frame).good(); ++frame)
    f.perFrame.push_back(detector >= 1 && detector <= detectors.size() ? detectors[detector - 1] : PlanarView::Unknown);
  f.single = viewOfCodeSequence(ds);
  if (f.single == PlanarView::Unknown && detectors.size() == 1) f.single = detectors.front();
  for (const DcmTagKey& tag : {DCM_ImageID, DCM_SeriesDescription, DCM_ImageComments, DCM_DerivationDescription})
    if (f.single == PlanarView::Unknown) f.single = planarViewFromText(stringOf(ds, tag));
  return f;
}

}  // namespace

PlanarView planarViewFromCode(const QString& value, const QString& meaning) {
  // SRT G-5215 / G-5216 (CID 26 as DICOM long had it); other schemes (SNOMED CT) by meaning.
  if (value == QLatin1String("G-5215")) return PlanarView::Anterior;
  if (value == QLatin1String("G-5216")) return PlanarView::Posterior;
  const QString m = meaning.toLower();
  if (m.contains(QLatin1String("oblique")) || m.contains(QLatin1String("lateral"))) return PlanarView::Unknown;
  if (m.startsWith(QLatin1String("anterior"))) return PlanarView::Anterior;
  if (m.startsWith(QLatin1String("posterior"))) return PlanarView::Posterior;
  return PlanarView::Unknown;
}

PlanarView planarViewFromText(const QString& text) {
  static const QRegularExpression ant(QStringLiteral("(^|[^A-Z])ANT(ERIOR)?([^A-Z]|$)")), post(QStringLiteral("(^|[^A-Z])POST(ERIOR)?([^A-Z]|$)"));
  const QString t = text.toUpper();
  const bool a = ant.match(t).hasMatch(), p = post.match(t).hasMatch();
  if (a == p) return PlanarView::Unknown;  // neither, or both ("ANT/POST": the series, not one view)
  return a ? PlanarView::Anterior : PlanarView::Posterior;
}

Result<PlanarScanInfo> readPlanarScanInfo(const Volume& volume) {
  PlanarScanInfo info;
  QMap<QString, FileViews> files;
  for (int k = 0; k < volume.sliceCount() && size_t(k) < volume.slices.size(); ++k) {
    const SliceSource& source = volume.slices[size_t(k)];
    if (!files.contains(source.filePath)) {
      auto f = viewsOfFile(source.filePath);
      if (!f) return fail(f.error());
      files.insert(source.filePath, *f);
    }
    const FileViews& f = files[source.filePath];
    if (k == 0) {
      const QStringList type = f.imageType.split(QLatin1Char('\\'));
      info.planarNm = f.modality == QLatin1String("NM") && !type.contains(QLatin1String("RECON TOMO")) && !type.contains(QLatin1String("TOMO"));
      info.wholeBody = info.planarNm && (type.value(2) == QLatin1String("WHOLE BODY") || f.wholeBodyTechnique);
    }
    const size_t frame = size_t(source.frame);
    info.views.push_back(frame < f.perFrame.size() && f.perFrame[frame] != PlanarView::Unknown ? f.perFrame[frame] : f.single);
  }
  return info;
}

}  // namespace rc
