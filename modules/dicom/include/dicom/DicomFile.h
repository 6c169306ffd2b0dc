#pragma once
// The one way the project parses a DICOM file with DCMTK. Every file a user hands in (a CD,
// a PACS export, a label object) is hostile until proven otherwise, so before DCMTK sees it:
//
// - its byte structure is walked without recursion: sequences nested deeper than
//   kMaxNestingDepth, more than kMaxElements elements, values that run past the end of the
//   file, RLE fragments whose segment offsets point outside the fragment, and deflated data
//   that expands beyond kMaxInflatedBytes are refused with a message naming the file and the
//   reason (DCMTK's parser and every walker in the project recurse per sequence level, and
//   DCMTK 3.6.7's RLE decoder trusts the offsets);
// - DCMTK's parse runs behind a guard: an exception it throws becomes a failure of this file;
// - DCMTK's conditions are worded as the project words them everywhere (a truncated file is
//   "truncated", in import and deid alike).
//
// What the walk learned (where the pixel data and its fragments are) comes with the dataset,
// so that sizes claimed by the header can be checked against the data before anything is
// allocated.

#include "core/Result.h"

#include <dcmtk/dcmdata/dcxfer.h>

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class DcmFileFormat;

namespace rc {

namespace dcm {
constexpr int kMaxNestingDepth = 64;             // real files nest 5 levels; SR trees ~10
constexpr long long kMaxElements = 4000000;      // an enhanced MR with 1000 frames has ~100,000
constexpr long long kMaxInflatedBytes = 1LL << 30;
}  // namespace dcm

// Where the (top-level) pixel data lies in the file.
struct PixelDataLayout {
  bool present = false;
  bool encapsulated = false;
  long long valueLength = 0;                                   // native data: bytes
  std::vector<std::pair<long long, long long>> fragments;      // encapsulated: (offset, length), after the offset table
  QByteArray firstFragmentHead;  // the first 4 KB of the first fragment (codestream header)
};

struct FileStructure {
  QString transferSyntaxUid;  // from the meta header (or as guessed for files without one)
  int deepestNesting = 0;     // sequence levels
  long long elements = 0;
  PixelDataLayout pixelData;
};

enum class ReadScope {
  Header,      // values over 4 KB (pixel data) stay on disk until asked for
  Everything,  // every value in memory (for files that are rewritten)
};

struct DicomRead {
  std::unique_ptr<DcmFileFormat> file;
  FileStructure structure;
};

Result<DicomRead> readDicomFile(const QString& path, ReadScope scope);

// The structure check alone (also used by readDicomFile); a file that does not start like
// DICOM (looksLikeDicom) is refused as "not a DICOM file".
Result<FileStructure> checkFileStructure(const QString& path);

// Writes `file` (a new meta header, the given transfer syntax, explicit lengths) to `path` so
// that `path` holds the whole file or nothing, also after a crash: the file is written
// unnamed in its folder and gets its name when complete (a ".part" renamed into place where
// the file system has no unnamed files). An older file at `path` is replaced. With `sha256`,
// the SHA-256 of the bytes written (hex) is computed on their way out, not by reading back.
Status saveDicomFile(DcmFileFormat& file, const QString& path, E_TransferSyntax transferSyntax, QString* sha256 = nullptr);

// Runs `work` and turns any exception (DCMTK's std::out_of_range, bad_alloc, ...) into a
// failure "<where>: <reason>". For DCMTK calls that parse user data after readDicomFile
// (SEG and SR readers, pixel decoders).
Status guardedCall(const QString& where, const std::function<Status()>& work);

}  // namespace rc
