#pragma once
// Registration of every pixel-data decoder the project can use with DCMTK:
// JPEG baseline/extended/lossless (dcmjpeg), JPEG-LS (dcmjpls), RLE (dcmdata) and JPEG 2000
// through Debian's OpenJPEG (free DCMTK has no J2K codec). Call before reading pixel data;
// safe to call many times and from any thread.

#include <QString>

namespace rc {

void registerDicomCodecs();

// True when DCMTK's data dictionary is loaded (a packaged app depends on dicom.dic).
bool dicomDictionaryLoaded();

// Human-readable name of a transfer syntax UID, including ones DCMTK 3.6.7 does not know.
QString transferSyntaxName(const QString& uid);

// Empty when pixel data in this transfer syntax can be decoded here; otherwise why not.
QString undecodableTransferSyntaxReason(const QString& uid);

}  // namespace rc
