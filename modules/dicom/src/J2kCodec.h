#pragma once
// A DCMTK decoder for JPEG 2000 transfer syntaxes (1.2.840.10008.1.2.4.90/.91/.92/.93) built on
// OpenJPEG. Registered like DCMTK's own codecs, so DcmPixelData::getUncompressedFrame() and
// chooseRepresentation() decode J2K transparently. Decode only: the project never writes J2K.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>

namespace rc {

class J2kCodecParameter : public DcmCodecParameter {
public:
  DcmCodecParameter* clone() const override { return new J2kCodecParameter(); }
  const char* className() const override { return "rc::J2kCodecParameter"; }
};

class J2kDecoder : public DcmCodec {
public:
  OFCondition decode(const DcmRepresentationParameter* fromRepParam, DcmPixelSequence* pixSeq,
                     DcmPolymorphOBOW& uncompressedPixelData, const DcmCodecParameter* cp,
                     const DcmStack& objStack, OFBool& removeOldRep) const override;

  OFCondition decodeFrame(const DcmRepresentationParameter* fromParam,
                          DcmPixelSequence* fromPixSeq, const DcmCodecParameter* cp,
                          DcmItem* dataset, Uint32 frameNo, Uint32& startFragment, void* buffer,
                          Uint32 bufSize, OFString& decompressedColorModel) const override;

  OFCondition encode(const Uint16*, const Uint32, const DcmRepresentationParameter*,
                     DcmPixelSequence*&, const DcmCodecParameter*, DcmStack&,
                     OFBool&) const override;

  OFCondition encode(const E_TransferSyntax, const DcmRepresentationParameter*,
                     DcmPixelSequence*, const DcmRepresentationParameter*, DcmPixelSequence*&,
                     const DcmCodecParameter*, DcmStack&, OFBool&) const override;

  OFBool canChangeCoding(const E_TransferSyntax oldRepType,
                         const E_TransferSyntax newRepType) const override;

  OFCondition determineDecompressedColorModel(const DcmRepresentationParameter* fromParam,
                                              DcmPixelSequence* fromPixSeq,
                                              const DcmCodecParameter* cp, DcmItem* dataset,
                                              OFString& decompressedColorModel) const override;
};

}  // namespace rc
