#include "dicom/Codecs.h"

#include "DicomTr.h"
#include "J2kCodec.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcvr.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <QHash>

#include <cstdlib>
#include <mutex>

namespace rc {

void registerDicomCodecs() {
  static std::once_flag once;
  std::call_once(once, [] {
    // DCMTK logs warnings about every lenient read to stderr; the project reports problems
    // itself with file, tag and reason. RADCURATOR_DCMTK_LOG=1 brings DCMTK's log back.
    if (!std::getenv("RADCURATOR_DCMTK_LOG")) OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
    // Elements written with VR UN whose tag the dictionary knows are read with their real VR
    // (UIDs, names and dates stay recognisable to the de-identification and the PHI scan).
    dcmEnableUnknownVRConversion.set(OFTrue);
    // Convert YCbCr JPEG output to RGB where the photometric interpretation says YBR.
    DJDecoderRegistration::registerCodecs(EDC_photometricInterpretation);
    DJLSDecoderRegistration::registerCodecs();
    DcmRLEDecoderRegistration::registerCodecs();
    static J2kDecoder j2kDecoder;
    static J2kCodecParameter j2kParameter;
    DcmCodecList::registerCodec(&j2kDecoder, nullptr, &j2kParameter);
  });
}

bool dicomDictionaryLoaded() { return dcmDataDict.isDictionaryLoaded(); }

namespace {

// Transfer syntaxes newer than DCMTK 3.6.7 (it reports them as unknown).
const QHash<QString, QString>& newerTransferSyntaxes() {
  static const QHash<QString, QString> names = {
      {QStringLiteral("1.2.840.10008.1.2.4.201"), QStringLiteral("HTJ2K Lossless")},
      {QStringLiteral("1.2.840.10008.1.2.4.202"), QStringLiteral("HTJ2K Lossless RPCL")},
      {QStringLiteral("1.2.840.10008.1.2.4.203"), QStringLiteral("HTJ2K")},
      {QStringLiteral("1.2.840.10008.1.2.8.1"), QStringLiteral("Deflated Image Frame Compression")},
      {QStringLiteral("1.2.840.10008.1.2.4.204"), QStringLiteral("JPEG XL Lossless")},
      {QStringLiteral("1.2.840.10008.1.2.4.205"), QStringLiteral("JPEG XL JPEG Recompression")},
      {QStringLiteral("1.2.840.10008.1.2.4.206"), QStringLiteral("JPEG XL")},
  };
  return names;
}

}  // namespace

QString transferSyntaxName(const QString& uid) {
  if (uid.isEmpty()) return QString();
  const auto newer = newerTransferSyntaxes().constFind(uid);
  if (newer != newerTransferSyntaxes().constEnd()) return *newer;
  DcmXfer xfer(uid.toLatin1().constData());
  if (xfer.getXfer() == EXS_Unknown) return uid;
  return QString::fromLatin1(xfer.getXferName());
}

QString undecodableTransferSyntaxReason(const QString& uid) {
  if (uid.isEmpty()) return QString();
  if (newerTransferSyntaxes().contains(uid)) {
    return DicomTr::tr("%1 (%2) pixel data cannot be decoded: no decoder for it in this build")
        .arg(transferSyntaxName(uid), uid);
  }
  registerDicomCodecs();
  DcmXfer xfer(uid.toLatin1().constData());
  if (xfer.getXfer() == EXS_Unknown) return DicomTr::tr("unknown transfer syntax %1").arg(uid);
  if (!xfer.isEncapsulated()) return QString();
  // Ask DCMTK's codec registry (our J2K decoder included) whether anything decodes it.
  if (DcmCodecList::canChangeCoding(xfer.getXfer(), EXS_LittleEndianExplicit)) return QString();
  return DicomTr::tr("%1 pixel data cannot be decoded: no decoder for it in this build")
      .arg(transferSyntaxName(uid));
}

}  // namespace rc
