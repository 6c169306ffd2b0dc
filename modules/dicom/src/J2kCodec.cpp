#include "J2kCodec.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcstack.h>
#include <dcmtk/dcmdata/dcvrpobw.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace rc {
namespace {

// Module number for conditions raised here (outside DCMTK's own range).
constexpr unsigned short kModule = 1024;

OFCondition j2kError(const std::string& text) {
  return makeOFCondition(kModule, 1, OF_error, ("JPEG 2000: " + text).c_str());
}

struct ImageLayout {
  Uint16 rows = 0, columns = 0, samples = 1, bitsAllocated = 0, pixelRepresentation = 0;
  Sint32 frames = 1;
  OFString photometric;
  size_t frameBytes() const { return size_t(rows) * columns * samples * (bitsAllocated / 8); }
};

OFCondition readLayout(DcmItem* dataset, ImageLayout& layout) {
  if (!dataset) return j2kError("no dataset");
  dataset->findAndGetUint16(DCM_Rows, layout.rows);
  dataset->findAndGetUint16(DCM_Columns, layout.columns);
  dataset->findAndGetUint16(DCM_SamplesPerPixel, layout.samples);
  dataset->findAndGetUint16(DCM_BitsAllocated, layout.bitsAllocated);
  dataset->findAndGetUint16(DCM_PixelRepresentation, layout.pixelRepresentation);
  dataset->findAndGetOFString(DCM_PhotometricInterpretation, layout.photometric);
  if (dataset->findAndGetSint32(DCM_NumberOfFrames, layout.frames).bad() || layout.frames < 1)
    layout.frames = 1;
  if (layout.rows == 0 || layout.columns == 0 || (layout.samples != 1 && layout.samples != 3) ||
      (layout.bitsAllocated != 8 && layout.bitsAllocated != 16))
    return j2kError("unsupported image layout (rows, columns, samples or bits allocated)");
  return EC_Normal;
}

// --- OpenJPEG reading from memory -------------------------------------------------------------

struct MemoryStream {
  const Uint8* data;
  size_t size;
  size_t position;
};

OPJ_SIZE_T readFromMemory(void* buffer, OPJ_SIZE_T count, void* user) {
  auto* s = static_cast<MemoryStream*>(user);
  if (s->position >= s->size) return OPJ_SIZE_T(-1);
  const size_t n = std::min<size_t>(count, s->size - s->position);
  std::memcpy(buffer, s->data + s->position, n);
  s->position += n;
  return n;
}

OPJ_OFF_T skipInMemory(OPJ_OFF_T count, void* user) {
  auto* s = static_cast<MemoryStream*>(user);
  if (count < 0) {
    const size_t back = std::min<size_t>(size_t(-count), s->position);
    s->position -= back;
    return -OPJ_OFF_T(back);
  }
  const size_t n = std::min<size_t>(size_t(count), s->size - s->position);
  s->position += n;
  return OPJ_OFF_T(n);
}

OPJ_BOOL seekInMemory(OPJ_OFF_T position, void* user) {
  auto* s = static_cast<MemoryStream*>(user);
  if (position < 0 || size_t(position) > s->size) return OPJ_FALSE;
  s->position = size_t(position);
  return OPJ_TRUE;
}

void collectMessage(const char* message, void* user) {
  auto* text = static_cast<std::string*>(user);
  if (text->empty()) {
    *text = message;
    while (!text->empty() && (text->back() == '\n' || text->back() == '\r')) text->pop_back();
  }
}

// Decodes one codestream (raw J2K or a JP2 file, which some writers embed) into `out`
// as interleaved samples of layout.bitsAllocated bits.
OFCondition decodeCodestream(const std::vector<Uint8>& stream, const ImageLayout& layout,
                             Uint8* out) {
  if (stream.size() < 12) return j2kError("codestream is empty or truncated");
  static const Uint8 jp2Signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20};
  const bool isJp2 = std::memcmp(stream.data(), jp2Signature, sizeof(jp2Signature)) == 0;

  opj_codec_t* codec = opj_create_decompress(isJp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K);
  std::string error;
  opj_set_error_handler(codec, collectMessage, &error);
  opj_set_warning_handler(codec, [](const char*, void*) {}, nullptr);
  opj_set_info_handler(codec, [](const char*, void*) {}, nullptr);
  opj_dparameters_t parameters;
  opj_set_default_decoder_parameters(&parameters);
  opj_image_t* image = nullptr;
  MemoryStream memory{stream.data(), stream.size(), 0};
  opj_stream_t* input = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
  opj_stream_set_user_data(input, &memory, nullptr);
  opj_stream_set_user_data_length(input, memory.size);
  opj_stream_set_read_function(input, readFromMemory);
  opj_stream_set_skip_function(input, skipInMemory);
  opj_stream_set_seek_function(input, seekInMemory);

  OFCondition result = EC_Normal;
  if (!opj_setup_decoder(codec, &parameters) || !opj_read_header(input, codec, &image) ||
      !opj_decode(codec, input, image) || !opj_end_decompress(codec, input)) {
    result = j2kError(error.empty() ? "cannot decode codestream" : error);
  } else if (image->numcomps < layout.samples) {
    result = j2kError("codestream has fewer components than Samples per Pixel");
  } else {
    for (Uint16 c = 0; c < layout.samples && result.good(); ++c) {
      const opj_image_comp_t& comp = image->comps[c];
      if (comp.w != layout.columns || comp.h != layout.rows || !comp.data)
        result = j2kError("codestream size differs from Rows/Columns");
    }
  }
  if (result.good()) {
    const size_t pixels = size_t(layout.rows) * layout.columns;
    for (Uint16 c = 0; c < layout.samples; ++c) {
      const OPJ_INT32* src = image->comps[c].data;
      if (layout.bitsAllocated == 8) {
        for (size_t p = 0; p < pixels; ++p) out[p * layout.samples + c] = Uint8(src[p]);
      } else {
        auto* dst = reinterpret_cast<Uint16*>(out);
        for (size_t p = 0; p < pixels; ++p) dst[p * layout.samples + c] = Uint16(src[p]);
      }
    }
  }
  if (image) opj_image_destroy(image);
  opj_stream_destroy(input);
  opj_destroy_codec(codec);
  return result;
}

bool endsWithEoc(DcmPixelItem* item) {
  Uint8* data = nullptr;
  const Uint32 length = item->getLength();
  if (item->getUint8Array(data).bad() || !data || length < 2) return false;
  // The codestream may be followed by one pad byte to even length.
  for (Uint32 end = length; end >= 2 && end + 1 >= length; --end)
    if (data[end - 2] == 0xFF && data[end - 1] == 0xD9) return true;
  return false;
}

OFString decompressedColorModelFor(const ImageLayout& layout) {
  // OpenJPEG undoes the reversible/irreversible component transform, so YBR_RCT/ICT come
  // out as RGB; other photometric interpretations are unchanged.
  if (layout.samples == 3 &&
      (layout.photometric == "YBR_RCT" || layout.photometric == "YBR_ICT"))
    return "RGB";
  return layout.photometric;
}

}  // namespace

OFCondition J2kDecoder::decodeFrame(const DcmRepresentationParameter*, DcmPixelSequence* pixSeq,
                                    const DcmCodecParameter*, DcmItem* dataset, Uint32 frameNo,
                                    Uint32& startFragment, void* buffer, Uint32 bufSize,
                                    OFString& decompressedColorModel) const {
  ImageLayout layout;
  OFCondition status = readLayout(dataset, layout);
  if (status.bad()) return status;
  if (!pixSeq) return j2kError("no encapsulated pixel data");
  if (frameNo >= Uint32(layout.frames)) return j2kError("frame number out of range");
  if (bufSize < layout.frameBytes()) return j2kError("frame buffer too small");

  const unsigned long items = pixSeq->card();
  if (startFragment == 0) {
    status = DcmCodec::determineStartFragment(frameNo, layout.frames, pixSeq, startFragment);
    if (status.bad()) return j2kError("cannot locate the fragments of frame " + std::to_string(frameNo + 1));
  }
  if (startFragment == 0 || startFragment >= items) return j2kError("pixel data has no fragment for this frame");

  // Gather the fragments of this frame: all of them for a single frame, one each when the
  // counts match, otherwise up to the fragment that ends the codestream (EOC marker).
  std::vector<Uint8> stream;
  Uint32 item = startFragment;
  const bool oneFragmentPerFrame = items - 1 == static_cast<unsigned long>(layout.frames);
  for (; item < items; ++item) {
    DcmPixelItem* fragment = nullptr;
    if (pixSeq->getItem(fragment, item).bad() || !fragment) return j2kError("cannot read fragment");
    Uint8* data = nullptr;
    if (fragment->getUint8Array(data).bad()) return j2kError("cannot read fragment");
    if (data) stream.insert(stream.end(), data, data + fragment->getLength());
    if (layout.frames == 1) continue;
    if (oneFragmentPerFrame || endsWithEoc(fragment)) {
      ++item;
      break;
    }
  }
  startFragment = item;

  status = decodeCodestream(stream, layout, static_cast<Uint8*>(buffer));
  if (status.good()) {
    decompressedColorModel = decompressedColorModelFor(layout);
    // The decoded frame is colour-by-pixel whatever the dataset says.
    if (layout.samples == 3) dataset->putAndInsertUint16(DCM_PlanarConfiguration, 0);
  }
  return status;
}

OFCondition J2kDecoder::decode(const DcmRepresentationParameter* fromRepParam,
                               DcmPixelSequence* pixSeq, DcmPolymorphOBOW& uncompressedPixelData,
                               const DcmCodecParameter* cp, const DcmStack& objStack,
                               OFBool& removeOldRep) const {
  DcmStack stack(objStack);
  stack.pop();  // the pixel data element; below it sits its dataset
  DcmObject* parent = stack.top();
  if (!parent || (parent->ident() != EVR_dataset && parent->ident() != EVR_item))
    return j2kError("pixel data is not inside a dataset");
  auto* dataset = static_cast<DcmItem*>(parent);

  ImageLayout layout;
  OFCondition status = readLayout(dataset, layout);
  if (status.bad()) return status;
  const size_t frameBytes = layout.frameBytes();
  const size_t totalBytes = frameBytes * size_t(layout.frames);
  if (totalBytes > 0xFFFFFFF0u) return j2kError("image too large");

  Uint8* target = nullptr;
  if (layout.bitsAllocated == 16) {
    Uint16* words = nullptr;
    status = uncompressedPixelData.createUint16Array(Uint32(totalBytes / 2), words);
    target = reinterpret_cast<Uint8*>(words);
  } else {
    status = uncompressedPixelData.createUint8Array(Uint32(totalBytes), target);
  }
  if (status.bad()) return status;

  Uint32 startFragment = 0;
  OFString colorModel;
  for (Sint32 frame = 0; frame < layout.frames && status.good(); ++frame) {
    status = decodeFrame(fromRepParam, pixSeq, cp, dataset, Uint32(frame), startFragment,
                         target + size_t(frame) * frameBytes, Uint32(frameBytes), colorModel);
  }
  if (status.good() && layout.samples == 3) {
    status = dataset->putAndInsertString(DCM_PhotometricInterpretation, colorModel.c_str());
    removeOldRep = OFTrue;  // the dataset no longer describes the compressed stream
  }
  return status;
}

OFCondition J2kDecoder::encode(const Uint16*, const Uint32, const DcmRepresentationParameter*,
                               DcmPixelSequence*&, const DcmCodecParameter*, DcmStack&,
                               OFBool&) const {
  return EC_IllegalCall;
}

OFCondition J2kDecoder::encode(const E_TransferSyntax, const DcmRepresentationParameter*,
                               DcmPixelSequence*, const DcmRepresentationParameter*,
                               DcmPixelSequence*&, const DcmCodecParameter*, DcmStack&,
                               OFBool&) const {
  return EC_IllegalCall;
}

OFBool J2kDecoder::canChangeCoding(const E_TransferSyntax oldRepType,
                                   const E_TransferSyntax newRepType) const {
  const bool fromJ2k = oldRepType == EXS_JPEG2000LosslessOnly || oldRepType == EXS_JPEG2000 ||
                       oldRepType == EXS_JPEG2000MulticomponentLosslessOnly ||
                       oldRepType == EXS_JPEG2000Multicomponent;
  return fromJ2k && !DcmXfer(newRepType).isEncapsulated();
}

OFCondition J2kDecoder::determineDecompressedColorModel(const DcmRepresentationParameter*,
                                                        DcmPixelSequence*,
                                                        const DcmCodecParameter*,
                                                        DcmItem* dataset,
                                                        OFString& decompressedColorModel) const {
  ImageLayout layout;
  OFCondition status = readLayout(dataset, layout);
  if (status.good()) decompressedColorModel = decompressedColorModelFor(layout);
  return status;
}

}  // namespace rc
