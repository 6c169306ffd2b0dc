// The guarded DICOM reader and the structure walk that runs before DCMTK. See dicom/DicomFile.h.

#include "dicom/DicomFile.h"

#include "DicomTr.h"
#include "dicom/Codecs.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomHeader.h"
#include "core/Sha256.h"

#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dcostrma.h>
#include <dcmtk/dcmdata/dcwcache.h>

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <vector>

namespace rc {

namespace {

constexpr quint32 kUndefinedLength = 0xFFFFFFFF;
constexpr long long kLargestReadFile = 8LL << 20;  // files up to this size are read, larger ones mapped
const char* const kImplicitLittleEndian = "1.2.840.10008.1.2";
const char* const kExplicitBigEndian = "1.2.840.10008.1.2.2";
const char* const kDeflatedLittleEndian = "1.2.840.10008.1.2.1.99";
const char* const kRleLossless = "1.2.840.10008.1.2.5";

struct Encoding {
  bool explicitVr = true;
  bool bigEndian = false;
};
constexpr Encoding kImplicitLE{false, false};

// The two-letter VRs of PS3.5 6.2. Values of the VRs in `longVrs` have a 4-byte length.
bool isVr(const uchar* p) {
  static const char* const vrs[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT",
                                    "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST",
                                    "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV"};
  for (const char* vr : vrs)
    if (p[0] == uchar(vr[0]) && p[1] == uchar(vr[1])) return true;
  return false;
}
bool isLongVr(const uchar* p) {
  static const char* const vrs[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"};
  for (const char* vr : vrs)
    if (p[0] == uchar(vr[0]) && p[1] == uchar(vr[1])) return true;
  return false;
}
bool vrIs(const uchar* p, const char* vr) { return p[0] == uchar(vr[0]) && p[1] == uchar(vr[1]); }

enum class Kind { Dataset, Item, Sequence, Fragments };

struct Level {
  Kind kind;
  long long end;    // end of a defined-length container; -1 until its delimiter
  long long limit;  // where it must end at the latest (the enclosing defined end, or the file's)
  Encoding encoding;
  int depth;        // sequence levels above the elements read here
  bool topLevel;    // the dataset itself (and its pixel data fragments)
};

// A walk that lost its way (bytes it cannot read as elements where DCMTK may be lenient).
struct Lost {
  bool lost = false;
  long long at = 0;
};

class StructureWalk {
public:
  StructureWalk(const uchar* data, long long size, const QString& path, FileStructure& out)
      : d_(data), size_(size), path_(path), out_(out) {}

  // Walks [begin, end) as a dataset (or as the items of a sequence); hard refusals are
  // failures, a lost way is reported in `lost`.
  Status walk(long long begin, long long end, Kind kind, Encoding encoding, int depth, bool topLevel, Lost& lost);

  int samplesPerPixel = 0;
  int bitsAllocated = 0;
  int numberOfFrames = 0;

private:
  quint16 u16(long long at, bool be) const {
    return be ? quint16((d_[at] << 8) | d_[at + 1]) : quint16(d_[at] | (d_[at + 1] << 8));
  }
  quint32 u32(long long at, bool be) const {
    return be ? (quint32(d_[at]) << 24) | (quint32(d_[at + 1]) << 16) | (quint32(d_[at + 2]) << 8) | d_[at + 3]
              : quint32(d_[at]) | (quint32(d_[at + 1]) << 8) | (quint32(d_[at + 2]) << 16) | (quint32(d_[at + 3]) << 24);
  }
  bool itemTagAt(long long at) const { return at + 8 <= size_ && u16(at, false) == 0xFFFE && u16(at + 2, false) == 0xE000; }

  Status truncated() const { return fail(DicomTr::tr("%1: the file is truncated (it ends before its data does)").arg(path_)); }
  Status tooDeep(int depth) const {
    return fail(DicomTr::tr("%1: refused: sequences nested %2 levels deep (more than %3 cannot be read safely)")
                    .arg(path_).arg(depth).arg(dcm::kMaxNestingDepth));
  }
  Status countElement() {
    if (++out_.elements > dcm::kMaxElements)
      return fail(DicomTr::tr("%1: refused: more than %2 data elements").arg(path_).arg(dcm::kMaxElements));
    return Status::success();
  }
  Status enter(int depth) {
    if (depth > dcm::kMaxNestingDepth) return tooDeep(depth);
    out_.deepestNesting = std::max(out_.deepestNesting, depth);
    return Status::success();
  }
  // RLE headers of every frame whose start is known: DCMTK 3.6.7's decoder trusts them.
  Status checkRleFrames();

  const uchar* d_;
  long long size_;
  const QString& path_;
  FileStructure& out_;
  int fragmentsSeen_ = 0;
  std::pair<long long, long long> offsetTable_{0, 0};  // the pixel data's basic offset table
};

Status StructureWalk::checkRleFrames() {
  const auto& fragments = out_.pixelData.fragments;
  if (fragments.empty()) return Status::success();
  // Which fragments start a frame: the offset table says so; without one, one fragment per
  // frame when the counts agree, else only the first is known to start one.
  std::vector<size_t> starts;
  if (offsetTable_.second >= 4) {
    const long long firstTag = fragments.front().first - 8;
    for (long long at = offsetTable_.first; at + 4 <= offsetTable_.first + offsetTable_.second; at += 4) {
      const long long target = firstTag + u32(at, false);
      const auto it = std::find_if(fragments.begin(), fragments.end(),
                                   [&](const auto& f) { return f.first - 8 == target; });
      if (it == fragments.end())
        return fail(DicomTr::tr("%1: the RLE offset table points between fragments").arg(path_));
      starts.push_back(size_t(it - fragments.begin()));
    }
  } else if (numberOfFrames > 0 && fragments.size() == size_t(numberOfFrames)) {
    for (size_t i = 0; i < fragments.size(); ++i) starts.push_back(i);
  } else {
    starts.push_back(0);
  }
  for (size_t n = 0; n < starts.size(); ++n) {
    const size_t first = starts[n], last = n + 1 < starts.size() ? starts[n + 1] : fragments.size();
    long long frameLength = 0;
    for (size_t i = first; i < last; ++i) frameLength += fragments[i].second;
    const long long at = fragments[first].first, headerLength = fragments[first].second;
    auto damaged = [&](const QString& why) {
      return Status(fail(DicomTr::tr("%1: RLE frame %2 is damaged: %3").arg(path_).arg(n + 1).arg(why)));
    };
    if (headerLength < 64) return damaged(DicomTr::tr("shorter than its 64-byte header"));
    const quint32 segments = u32(at, false);
    if (segments < 1 || segments > 15) return damaged(DicomTr::tr("%1 segments (1 to 15 are possible)").arg(segments));
    if (samplesPerPixel > 0 && bitsAllocated >= 8 && segments != quint32(samplesPerPixel * (bitsAllocated / 8)))
      return damaged(DicomTr::tr("%1 segments where the image needs %2").arg(segments).arg(samplesPerPixel * (bitsAllocated / 8)));
    quint32 previous = 0;
    for (quint32 s = 0; s < segments; ++s) {
      const quint32 offset = u32(at + 4 + 4 * s, false);
      if ((s == 0 && offset != 64) || (s > 0 && offset <= previous) || offset >= quint64(frameLength))
        return damaged(DicomTr::tr("segment offsets point outside the frame"));
      previous = offset;
    }
  }
  return Status::success();
}

Status StructureWalk::walk(long long begin, long long end, Kind kind, Encoding encoding, int depth, bool topLevel,
                           Lost& lost) {
  std::vector<Level> stack{{kind, kind == Kind::Dataset ? -1 : end, end, encoding, depth, topLevel}};
  long long pos = begin;
  auto loseWay = [&] {
    lost.lost = true;
    lost.at = pos;
    return Status::success();
  };
  while (!stack.empty()) {
    const Level level = stack.back();
    if (level.end >= 0 && pos >= level.end) {
      stack.pop_back();
      continue;
    }
    if (pos >= level.limit) {
      // An undefined-length container that its parent (or the file) ends before its delimiter.
      if (level.kind == Kind::Dataset) {
        stack.pop_back();
        continue;
      }
      return level.limit == size_ ? truncated() : loseWay();
    }
    if (pos + 8 > level.limit) {
      if (level.limit == size_ && level.kind != Kind::Dataset) return truncated();
      return loseWay();  // a few stray bytes at the end
    }
    const bool be = level.encoding.bigEndian;
    const quint16 group = u16(pos, be), element = u16(pos + 2, be);
    const bool itemTag = group == 0xFFFE && element == 0xE000;
    const bool sequenceEnd = group == 0xFFFE && element == 0xE0DD;

    if (level.kind == Kind::Sequence || level.kind == Kind::Fragments) {
      if (sequenceEnd) {
        pos += 8;
        if (level.kind == Kind::Fragments && level.topLevel && out_.transferSyntaxUid == QLatin1String(kRleLossless)) {
          if (const Status ok = checkRleFrames(); !ok) return ok;
        }
        if (level.end < 0) stack.pop_back();
        continue;
      }
      if (!itemTag) return loseWay();
      const quint32 length = u32(pos + 4, be);
      pos += 8;
      if (const Status counted = countElement(); !counted) return counted;
      if (length == kUndefinedLength) {
        if (level.kind == Kind::Fragments) return loseWay();
        stack.push_back({Kind::Item, -1, level.limit, level.encoding, level.depth, false});
        continue;
      }
      if (level.kind == Kind::Sequence) {
        // DCMTK reads an item that claims more bytes than the file has up to the file's end.
        const long long itemEnd = std::min(pos + length, size_);
        if (itemEnd > level.limit) return loseWay();
        stack.push_back({Kind::Item, itemEnd, itemEnd, level.encoding, level.depth, false});
        continue;
      }
      if (pos + length > size_) return truncated();
      if (pos + length > level.limit) return loseWay();
      if (level.topLevel) {
        // Fragments of the pixel data; the first item is the basic offset table.
        if (fragmentsSeen_++ == 0) {
          offsetTable_ = {pos, length};
        } else {
          if (out_.pixelData.fragments.empty())
            out_.pixelData.firstFragmentHead = QByteArray(reinterpret_cast<const char*>(d_ + pos), int(std::min<long long>(length, 4096)));
          out_.pixelData.fragments.emplace_back(pos, length);
        }
      }
      pos += length;
      continue;
    }

    // A dataset or an item: elements.
    if (group == 0xFFFE) {
      pos += 8;
      if (element == 0xE00D && level.kind == Kind::Item && level.end < 0) stack.pop_back();
      else if (element != 0xE00D && element != 0xE0DD) return loseWay();
      continue;
    }
    long long header = 8;
    quint32 length = 0;
    bool explicitElement = false;
    const uchar* vr = nullptr;
    if (level.encoding.explicitVr && isVr(d_ + pos + 4)) {
      explicitElement = true;
      vr = d_ + pos + 4;
      if (isLongVr(vr)) {
        if (pos + 12 > level.limit) return level.limit == size_ ? truncated() : loseWay();
        length = u32(pos + 8, be);
        header = 12;
      } else {
        length = u16(pos + 6, be);
      }
    } else {
      length = u32(pos + 4, be);  // implicit VR (or an explicit file with an implicit element)
    }
    if (const Status counted = countElement(); !counted) return counted;
    // What DCMTK reads as a sequence: SQ, UN whose tag the dictionary knows as SQ (read with
    // its real VR), and undefined lengths of implicit or UN elements.
    const DcmEVR dictionaryVr = explicitElement && !vrIs(vr, "UN") ? EVR_UNKNOWN : DcmTag(group, element).getEVR();
    const bool isSequence = explicitElement ? (vrIs(vr, "SQ") || (vrIs(vr, "UN") && dictionaryVr == EVR_SQ))
                                            : dictionaryVr == EVR_SQ;
    const bool opaque = explicitElement ? vrIs(vr, "UN") && !isSequence : dictionaryVr == EVR_UNKNOWN || dictionaryVr == EVR_UN;
    const Encoding inner = explicitElement && vrIs(vr, "UN") ? kImplicitLE : level.encoding;
    const bool pixels = level.topLevel && group == 0x7FE0 && (element == 0x0010 || element == 0x0008 || element == 0x0009);
    pos += header;

    if (length == kUndefinedLength) {
      if (group == 0x7FE0 || (explicitElement && (vrIs(vr, "OB") || vrIs(vr, "OW")))) {
        if (pixels) {
          out_.pixelData.present = true;
          out_.pixelData.encapsulated = true;
        }
        stack.push_back({Kind::Fragments, -1, level.limit, level.encoding, level.depth, pixels});
        continue;
      }
      if (!isSequence && !opaque) return loseWay();
      if (const Status ok = enter(level.depth + 1); !ok) return ok;
      stack.push_back({Kind::Sequence, -1, level.limit, inner, level.depth + 1, false});
      continue;
    }
    if (isSequence && length > 0) {
      // As for items: a sequence longer than the file is read up to the file's end.
      const long long sequenceEnd = std::min(pos + length, size_);
      if (sequenceEnd > level.limit) return loseWay();
      if (const Status ok = enter(level.depth + 1); !ok) return ok;
      stack.push_back({Kind::Sequence, sequenceEnd, sequenceEnd, inner, level.depth + 1, false});
      continue;
    }
    if (pos + length > size_) return truncated();
    if (pos + length > level.limit) return loseWay();
    if (opaque && length >= 8 && itemTagAt(pos)) {
      // Unknown bytes shaped like items: DCMTK may know the tag as a (private) sequence, so
      // they are walked as one; bytes that are not items after all stay opaque.
      if (const Status ok = enter(level.depth + 1); !ok) return ok;
      Lost inside;
      if (const Status ok = walk(pos, pos + length, Kind::Sequence, kImplicitLE, level.depth + 1, false, inside); !ok) return ok;
    }
    if (pixels) {
      out_.pixelData.present = true;
      out_.pixelData.valueLength = length;
    }
    if (level.topLevel && group == 0x0028 && length == 2 && (!explicitElement || vrIs(vr, "US"))) {
      if (element == 0x0002) samplesPerPixel = u16(pos, be);
      if (element == 0x0100) bitsAllocated = u16(pos, be);
    }
    if (level.topLevel && group == 0x0028 && element == 0x0008 && length > 0 && length <= 12)
      numberOfFrames = QByteArray(reinterpret_cast<const char*>(d_ + pos), int(length)).trimmed().toInt();
    pos += length;
  }
  return Status::success();
}

QString uidValue(const uchar* p, quint32 length) {
  QByteArray raw(reinterpret_cast<const char*>(p), int(length));
  while (!raw.isEmpty() && (raw.back() == '\0' || raw.back() == ' ')) raw.chop(1);
  return QString::fromLatin1(raw).trimmed();
}

// Walks the file meta information (group 0002, explicit VR little endian; an implicit element
// is read as such) from `pos`, calling visit(element, value, length) for each element. Returns
// where the dataset starts, or -1 when an element runs past the end of the bytes.
template <class Visit>
long long walkFileMeta(const uchar* d, long long size, long long pos, Visit&& visit) {
  while (pos + 8 <= size && (d[pos] | (d[pos + 1] << 8)) == 0x0002) {
    long long header = 8;
    quint32 length = 0;
    if (isVr(d + pos + 4)) {
      if (isLongVr(d + pos + 4)) {
        if (pos + 12 > size) return -1;
        length = quint32(d[pos + 8]) | (quint32(d[pos + 9]) << 8) | (quint32(d[pos + 10]) << 16) | (quint32(d[pos + 11]) << 24);
        header = 12;
      } else {
        length = quint32(d[pos + 6]) | (quint32(d[pos + 7]) << 8);
      }
    } else {
      length = quint32(d[pos + 4]) | (quint32(d[pos + 5]) << 8) | (quint32(d[pos + 6]) << 16) | (quint32(d[pos + 7]) << 24);
    }
    if (length == kUndefinedLength || pos + header + length > size) return -1;
    visit(quint16(d[pos + 2] | (d[pos + 3] << 8)), d + pos + header, length);
    pos += header + length;
  }
  return pos;
}

// Raw deflate (RFC 1951) of a Deflated Explicit VR Little Endian dataset, up to the limit.
Result<QByteArray> inflateDataset(const uchar* data, long long size, const QString& path) {
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return fail(DicomTr::tr("%1: cannot inflate the deflated data").arg(path));
  QByteArray out;
  stream.next_in = const_cast<Bytef*>(data);
  stream.avail_in = uInt(std::min<long long>(size, 0x7FFFFFFF));
  int rc = Z_OK;
  while (rc == Z_OK) {
    if (out.size() >= dcm::kMaxInflatedBytes) {
      inflateEnd(&stream);
      return fail(DicomTr::tr("%1: refused: the deflated data expands beyond %2 MB").arg(path).arg(dcm::kMaxInflatedBytes >> 20));
    }
    const qsizetype before = out.size();
    out.resize(before + (1 << 20));
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    stream.avail_out = 1 << 20;
    rc = inflate(&stream, Z_NO_FLUSH);
    out.resize(out.size() - qsizetype(stream.avail_out));
  }
  inflateEnd(&stream);
  if (rc != Z_STREAM_END) return fail(DicomTr::tr("%1: the file is truncated (it ends before its data does)").arg(path));
  return out;
}

// Item tags in [from, size) in either byte order: no nesting can be deeper than their count.
long long countItemTags(const uchar* d, long long from, long long size) {
  long long n = 0;
  for (long long i = from; i + 4 <= size; ++i) {
    if ((d[i] == 0xFE && d[i + 1] == 0xFF && d[i + 2] == 0x00 && d[i + 3] == 0xE0) ||
        (d[i] == 0xFF && d[i + 1] == 0xFE && d[i + 2] == 0xE0 && d[i + 3] == 0x00))
      ++n;
  }
  return n;
}

QString describeCondition(const QString& path, const OFCondition& condition) {
  if (condition == EC_StreamNotifyClient) return DicomTr::tr("%1: the file is truncated (it ends before its data does)").arg(path);
  if (condition == EC_InvalidStream) return DicomTr::tr("%1: the file is damaged or truncated inside its header").arg(path);
  return DicomTr::tr("%1: cannot be read as DICOM: %2").arg(path, dcm::conditionText(condition));
}

}  // namespace

Status guardedCall(const QString& where, const std::function<Status()>& work) {
  try {
    return work();
  } catch (const std::bad_alloc&) {
    return fail(DicomTr::tr("%1: refused: reading it needs more memory than there is").arg(where));
  } catch (const std::exception& e) {
    return fail(DicomTr::tr("%1: cannot be read: the DICOM library stopped on malformed data (%2)")
                    .arg(where, QString::fromLocal8Bit(e.what())));
  } catch (...) {
    return fail(DicomTr::tr("%1: cannot be read: an unexpected error in the DICOM library").arg(where));
  }
}

namespace {

// The structure check. With `checkedBytes`, a file read into this thread's buffer is left
// there and *checkedBytes points at it (valid until this thread's next check); a mapped
// (large) file leaves nullptr.
Result<FileStructure> checkStructure(const QString& path, QByteArrayView* checkedBytes) {
  if (checkedBytes) *checkedBytes = {};
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(DicomTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  const long long size = file.size();
  if (size < 8) return fail(DicomTr::tr("%1: not a DICOM file").arg(path));
  // Read into a buffer each thread reuses, not mapped: unmapping a file while the other
  // threads of the import run flushes their TLBs (an interrupt to every core, per file),
  // which cost more than copying the bytes (issue 12's profile: ~14% of an import's CPU).
  // A file too large to keep a buffer of its size around (a multi-frame object) is mapped.
  thread_local std::vector<uchar> buffer;
  const uchar* d = nullptr;
  if (size <= kLargestReadFile) {
    if (buffer.size() < size_t(size)) buffer.resize(size_t(size));
    if (file.read(reinterpret_cast<char*>(buffer.data()), size) != size)
      return fail(DicomTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
    d = buffer.data();
  } else {
    d = file.map(0, size);
  }
  if (!d) return fail(DicomTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  if (!looksLikeDicom(d, size)) return fail(DicomTr::tr("%1: not a DICOM file").arg(path));

  FileStructure out;
  long long pos = 0;
  if (size >= 132 && std::memcmp(d + 128, "DICM", 4) == 0) pos = 132;
  pos = walkFileMeta(d, size, pos, [&](quint16 element, const uchar* value, quint32 length) {
    if (element == 0x0010) out.transferSyntaxUid = uidValue(value, length);
  });
  if (pos < 0) return fail(DicomTr::tr("%1: the file is truncated (it ends before its data does)").arg(path));

  Encoding encoding;
  if (out.transferSyntaxUid.isEmpty()) {
    // No meta header: guess as DCMTK does, from the first element.
    if (pos + 8 <= size) {
      encoding.bigEndian = d[pos] == 0 && d[pos + 1] != 0;
      encoding.explicitVr = isVr(d + pos + 4);
    }
    out.transferSyntaxUid = encoding.explicitVr ? (encoding.bigEndian ? QLatin1String(kExplicitBigEndian) : QStringLiteral("1.2.840.10008.1.2.1"))
                                                : QLatin1String(kImplicitLittleEndian);
  } else if (out.transferSyntaxUid == QLatin1String(kImplicitLittleEndian)) {
    encoding.explicitVr = false;
  } else if (out.transferSyntaxUid == QLatin1String(kExplicitBigEndian)) {
    encoding.bigEndian = true;
  }

  QByteArray inflated;
  const uchar* data = d;
  long long dataSize = size;
  if (out.transferSyntaxUid == QLatin1String(kDeflatedLittleEndian)) {
    auto expanded = inflateDataset(d + pos, size - pos, path);
    if (!expanded) return fail(expanded.error());
    inflated = std::move(expanded).value();
    data = reinterpret_cast<const uchar*>(inflated.constData());
    dataSize = inflated.size();
    pos = 0;
  }

  StructureWalk walk(data, dataSize, path, out);
  Lost lost;
  if (const Status ok = walk.walk(pos, dataSize, Kind::Dataset, encoding, 0, true, lost); !ok) return fail(ok.error());
  if (lost.lost) {
    // Past this point the bytes are not elements as this walk reads them (DCMTK may still read
    // them, leniently). Whatever they hold cannot nest deeper than the items in them.
    const long long items = countItemTags(data, lost.at, dataSize);
    if (items > dcm::kMaxNestingDepth)
      return fail(DicomTr::tr("%1: refused: its structure cannot be followed from byte %2 on, and the %3 items after it "
                              "could nest deeper than can be read safely")
                      .arg(path).arg(lost.at).arg(items));
  }
  if (checkedBytes && d == buffer.data()) *checkedBytes = QByteArrayView(reinterpret_cast<const char*>(d), qsizetype(size));
  return out;
}

}  // namespace

Result<FileStructure> checkFileStructure(const QString& path) { return checkStructure(path, nullptr); }

QString mediaStorageSopClassOf(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return QString();
  const QByteArray head = file.read(4096);  // (0002,0002) is the meta header's second element
  const auto* d = reinterpret_cast<const uchar*>(head.constData());
  if (head.size() < 132 || std::memcmp(d + 128, "DICM", 4) != 0) return QString();
  QString sopClass;
  walkFileMeta(d, head.size(), 132, [&](quint16 element, const uchar* value, quint32 length) {
    if (element == 0x0002) sopClass = uidValue(value, length);
  });
  return sopClass;
}

namespace {

// Writes to a FILE and hashes what it writes (the store needs every file's SHA-256; hashing
// the bytes on their way out spares reading the file back). The FILE stays the caller's.
class HashingFileConsumer : public DcmConsumer {
public:
  HashingFileConsumer(FILE* file, Sha256* hash) : file_(file), hash_(hash) {}
  OFBool good() const override { return status_.good(); }
  OFCondition status() const override { return status_; }
  OFBool isFlushed() const override { return OFTrue; }
  offile_off_t avail() const override { return 2147483647L; }  // "unlimited", as DCMTK's file consumer says
  offile_off_t write(const void* buffer, offile_off_t length) override {
    if (!status_.good() || length <= 0) return 0;
    const size_t written = std::fwrite(buffer, 1, size_t(length), file_);
    if (hash_) hash_->add(QByteArrayView(static_cast<const char*>(buffer), qsizetype(written)));
    if (written != size_t(length)) {
      error_ = errno;
      status_ = makeOFCondition(OFM_dcmdata, 19, OF_error, std::strerror(error_));
    }
    return offile_off_t(written);
  }
  void flush() override {}

private:
  FILE* file_;
  Sha256* hash_;
  OFCondition status_ = EC_Normal;
  int error_ = 0;
};

class HashingOutputStream : public DcmOutputStream {
public:
  HashingOutputStream(FILE* file, Sha256* hash) : DcmOutputStream(&consumer_), consumer_(file, hash) {}
  // What a compression filter (deflated transfer syntaxes) still holds goes out while the
  // consumer lives, as DCMTK's own file stream does it.
  ~HashingOutputStream() override { flush(); }

private:
  HashingFileConsumer consumer_;  // DcmOutputStream only keeps the pointer until then
};

}  // namespace

Status saveDicomFile(DcmFileFormat& file, const QString& path, E_TransferSyntax transferSyntax, QString* sha256) {
  const QByteArray target = QFile::encodeName(path);
  // Writes into `stream` and closes it; the reason it failed, or nothing.
  auto writeTo = [&](FILE* stream) -> QString {
    Sha256 hash;
    OFCondition status;
    {
      DcmWriteCache cache;
      HashingOutputStream out(stream, sha256 ? &hash : nullptr);
      file.transferInit();
      status = file.write(out, transferSyntax, EET_ExplicitLength, &cache, EGL_recalcGL, EPD_noChange, 0, 0, 0, EWM_createNewMeta);
      file.transferEnd();
      out.flush();
      if (status.good() && out.status().bad()) status = out.status();
      if (status.good() && !out.isFlushed()) status = makeOFCondition(OFM_dcmdata, 19, OF_error, "not all data could be written");
    }
    const bool closed = std::fclose(stream) == 0;
    if (status.bad()) return dcm::conditionText(status);
    if (!closed) return QString::fromLocal8Bit(std::strerror(errno));
    if (sha256) *sha256 = QString::fromLatin1(hash.result().toHex());
    return QString();
  };
  auto failed = [&](const QString& reason) { return Status(fail(DicomTr::tr("%1: cannot write: %2").arg(path, reason))); };
  auto systemError = [] { return QString::fromLocal8Bit(std::strerror(errno)); };

  // Unnamed first: one locked directory operation per file (the link) instead of two (create
  // a ".part", rename it), which is what two cores writing into one folder wait on.
  // (The name is given through /proc/self/fd: without /proc, the ".part" way below.)
  static const bool canName = QFileInfo::exists(QStringLiteral("/proc/self/fd"));
  const int unnamed =
      canName ? ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666) : -1;
  if (unnamed >= 0) {
    const int writer = ::fcntl(unnamed, F_DUPFD_CLOEXEC, 0);
    FILE* stream = writer >= 0 ? ::fdopen(writer, "wb") : nullptr;
    if (!stream) {
      const QString reason = systemError();
      if (writer >= 0) ::close(writer);
      ::close(unnamed);
      return failed(reason);
    }
    if (const QString problem = writeTo(stream); !problem.isEmpty()) {
      ::close(unnamed);
      return failed(problem);
    }
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(unnamed);
    int linked = ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW);
    QString reason = linked == 0 ? QString() : systemError();
    if (linked != 0 && errno == EEXIST) {  // replace the older file in one step
      const QByteArray temp = target + ".part";
      ::unlink(temp.constData());
      linked = ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, temp.constData(), AT_SYMLINK_FOLLOW);
      if (linked != 0) {
        reason = systemError();
      } else if (::rename(temp.constData(), target.constData()) != 0) {
        reason = systemError();
        linked = -1;
        ::unlink(temp.constData());
      }
    }
    ::close(unnamed);
    return linked == 0 ? Status::success() : failed(reason);
  }

  const QByteArray temp = target + ".part";
  FILE* stream = std::fopen(temp.constData(), "wb");
  if (!stream) return failed(systemError());
  if (const QString problem = writeTo(stream); !problem.isEmpty()) {
    ::unlink(temp.constData());
    return failed(problem);
  }
  if (::rename(temp.constData(), target.constData()) != 0) {
    const QString reason = systemError();
    ::unlink(temp.constData());
    return failed(reason);
  }
  return Status::success();
}

Result<DicomRead> readDicomFile(const QString& path, ReadScope scope) {
  registerDicomCodecs();
  const QFileInfo info(path);
  if (!info.exists()) return fail(DicomTr::tr("%1: file not found").arg(path));
  if (!info.isFile()) return fail(DicomTr::tr("%1: not a DICOM file").arg(path));
  QByteArrayView checked;
  auto structure = checkStructure(path, &checked);  // refuses what does not look like DICOM, too
  if (!structure) return fail(structure.error());
  DicomRead read;
  read.structure = std::move(structure).value();
  read.file = std::make_unique<DcmFileFormat>();
  OFCondition status = EC_Normal;
  const Status guarded = guardedCall(path, [&] {
    if (scope == ReadScope::Everything && !checked.isEmpty() && checked.size() % 2 == 0) {
      // Every value is wanted: DCMTK parses the very bytes the structure check walked, from
      // memory. Reading the file again would cost a second pass over it and could meet other
      // bytes than the ones checked, if the file changed in between. (DCMTK's buffer stream
      // takes even lengths only; DICOM files have them, an odd one goes the file's way.)
      DcmInputBufferStream stream;
      stream.setBuffer(checked.data(), offile_off_t(checked.size()));
      stream.setEos();
      read.file->setReadMode(ERM_autoDetect);
      read.file->transferInit();
      status = read.file->read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
      read.file->transferEnd();
      return Status::success();
    }
    const Uint32 maxRead = scope == ReadScope::Header ? 4096 : DCM_MaxReadLength;
    status = read.file->loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange, maxRead,
                                 ERM_autoDetect);
    if (status.good() && scope == ReadScope::Everything) status = read.file->loadAllDataIntoMemory();
    return Status::success();
  });
  if (!guarded) return fail(guarded.error());
  if (status.bad()) return fail(describeCondition(path, status));
  return read;
}

}  // namespace rc
