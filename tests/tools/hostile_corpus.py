#!/usr/bin/python3
"""Writes the hostile-input corpus the robustness tests feed to import, deid, phi-scan, load
and import-labels: one or more files per class of defect found by the robustness campaign
(issue 13), byte by byte, so that nothing a DICOM library would "fix" on writing gets in the
way. Needs only the Python standard library.

    hostile_corpus.py OUT_DIR

Writes OUT_DIR/<class>/... and prints a JSON manifest on stdout:
    {"files": [{"path": ..., "class": ..., "expect": "refused"|"stored"|"either",
                "message": substring of the refusal (lower case) or ""}],
     "good": [paths of well-formed files mixed in, which must all be stored],
     "media": [{"dicomdir": ..., "outside": [paths that must never be read]}]}
"""

import json
import os
import struct
import sys

LONG_VRS = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"}
EXPLICIT_LE = "1.2.840.10008.1.2.1"
RLE = "1.2.840.10008.1.2.5"
HTJ2K = "1.2.840.10008.1.2.4.201"
CT = "1.2.840.10008.5.1.4.1.1.2"
SR_COMPREHENSIVE = "1.2.840.10008.5.1.4.1.1.88.33"
DICOMDIR_CLASS = "1.2.840.10008.1.3.10"
UNDEFINED = 0xFFFFFFFF


def pad(vr, value):
    if len(value) % 2:
        value += b"\0" if vr in ("UI", "OB", "UN") else b" "
    return value


def element(tag, vr, value):
    """One explicit VR little endian element; `value` is bytes or str."""
    group, elem = tag
    if isinstance(value, str):
        value = value.encode("latin-1")
    value = pad(vr, value)
    head = struct.pack("<HH", group, elem) + vr.encode()
    if vr in LONG_VRS:
        return head + b"\0\0" + struct.pack("<I", len(value)) + value
    return head + struct.pack("<H", len(value)) + value


def us(tag, *values):
    return element(tag, "US", b"".join(struct.pack("<H", v) for v in values))


def sequence(tag, items):
    """An undefined-length sequence of undefined-length items (each item: bytes of elements)."""
    out = struct.pack("<HH", *tag) + b"SQ\0\0" + struct.pack("<I", UNDEFINED)
    for item in items:
        out += struct.pack("<HHI", 0xFFFE, 0xE000, UNDEFINED) + item + struct.pack("<HHI", 0xFFFE, 0xE00D, 0)
    return out + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)


def nested(tag, depth, leaf):
    """`depth` sequences of `tag`, each in the only item of the one above, written from the
    inside out without recursion (depths in the thousands)."""
    body = leaf
    for _ in range(depth):
        body = sequence(tag, [body])
    return body


def file_bytes(dataset, sop_class, sop_instance, ts=EXPLICIT_LE):
    meta = (element((0x0002, 0x0001), "OB", b"\0\1") + element((0x0002, 0x0002), "UI", sop_class) +
            element((0x0002, 0x0003), "UI", sop_instance) + element((0x0002, 0x0010), "UI", ts) +
            element((0x0002, 0x0012), "UI", "1.2.826.0.1.3680043.10.1011.1"))
    return b"\0" * 128 + b"DICM" + element((0x0002, 0x0000), "UL", struct.pack("<I", len(meta))) + meta + dataset


class Patient:
    def __init__(self, pid, name, birth):
        self.pid, self.name, self.birth = pid, name, birth


ROOT = "1.2.826.0.1.3680043.10.1011.13"


def uid(*parts):
    return ".".join([ROOT] + [str(p) for p in parts])


def ct_dataset(patient, study, series, sop, instance=1, rows=16, columns=16, frames=None, pixel=None,
               charset=None, overrides=None, extra=b"", pixel_element=None, photometric="MONOCHROME2"):
    """A small CT image, tags in ascending order. `overrides` maps tag -> raw element bytes
    that replace the default element of that tag (or add it)."""
    z = float(instance) * 2.5
    elements = {
        (0x0008, 0x0016): element((0x0008, 0x0016), "UI", CT),
        (0x0008, 0x0018): element((0x0008, 0x0018), "UI", sop),
        (0x0008, 0x0020): element((0x0008, 0x0020), "DA", "20250310"),
        (0x0008, 0x0030): element((0x0008, 0x0030), "TM", "101500"),
        (0x0008, 0x0050): element((0x0008, 0x0050), "SH", "ACC" + patient.pid[-4:]),
        (0x0008, 0x0060): element((0x0008, 0x0060), "CS", "CT"),
        (0x0008, 0x0080): element((0x0008, 0x0080), "LO", "Hostile General Hospital"),
        (0x0010, 0x0010): element((0x0010, 0x0010), "PN", patient.name),
        (0x0010, 0x0020): element((0x0010, 0x0020), "LO", patient.pid),
        (0x0010, 0x0030): element((0x0010, 0x0030), "DA", patient.birth),
        (0x0010, 0x0040): element((0x0010, 0x0040), "CS", "F"),
        (0x0020, 0x000D): element((0x0020, 0x000D), "UI", study),
        (0x0020, 0x000E): element((0x0020, 0x000E), "UI", series),
        (0x0020, 0x0011): element((0x0020, 0x0011), "IS", "3"),
        (0x0020, 0x0013): element((0x0020, 0x0013), "IS", str(instance)),
        (0x0020, 0x0032): element((0x0020, 0x0032), "DS", "-20\\-20\\%g" % z),
        (0x0020, 0x0037): element((0x0020, 0x0037), "DS", "1\\0\\0\\0\\1\\0"),
        (0x0020, 0x0052): element((0x0020, 0x0052), "UI", study + ".9"),
        (0x0028, 0x0002): us((0x0028, 0x0002), 1),
        (0x0028, 0x0004): element((0x0028, 0x0004), "CS", photometric),
        (0x0028, 0x0010): us((0x0028, 0x0010), rows),
        (0x0028, 0x0011): us((0x0028, 0x0011), columns),
        (0x0028, 0x0030): element((0x0028, 0x0030), "DS", "0.7\\0.7"),
        (0x0028, 0x0100): us((0x0028, 0x0100), 16),
        (0x0028, 0x0101): us((0x0028, 0x0101), 12),
        (0x0028, 0x0102): us((0x0028, 0x0102), 11),
        (0x0028, 0x0103): us((0x0028, 0x0103), 0),
        (0x0028, 0x1052): element((0x0028, 0x1052), "DS", "-1024"),
        (0x0028, 0x1053): element((0x0028, 0x1053), "DS", "1"),
    }
    if charset:
        elements[(0x0008, 0x0005)] = element((0x0008, 0x0005), "CS", charset)
    if frames is not None:
        elements[(0x0028, 0x0008)] = element((0x0028, 0x0008), "IS", str(frames))
    for tag, raw in (overrides or {}).items():
        if raw is None:
            elements.pop(tag, None)
        else:
            elements[tag] = raw
    if pixel is None:
        pixel = bytes((i * 37 + instance) % 251 for i in range(rows * columns * 2))
    body = b"".join(elements[t] for t in sorted(elements)) + extra
    body += pixel_element if pixel_element is not None else element((0x7FE0, 0x0010), "OW", pixel)
    return body


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def encapsulated(fragments):
    """Undefined-length OB pixel data: an empty offset table, then the fragments."""
    out = struct.pack("<HH", 0x7FE0, 0x0010) + b"OB\0\0" + struct.pack("<I", UNDEFINED)
    out += struct.pack("<HHI", 0xFFFE, 0xE000, 0)
    for fragment in fragments:
        fragment = pad("OB", fragment)
        out += struct.pack("<HHI", 0xFFFE, 0xE000, len(fragment)) + fragment
    return out + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)


def main(out):
    files, good, media = [], [], []
    alice = Patient("HOSTILE-A-0001", "KAWASAKI^HANAKO", "19611224")
    bruno = Patient("HOSTILE-B-0002", "MORIOKA^JIRO", "19700707")
    chika = Patient("HOSTILE-C-0003", "TAKEDA^CHIKA", "19820305")

    def add(path, klass, expect, message=""):
        files.append({"path": path, "class": klass, "expect": expect, "message": message.lower()})

    # Known-good files of patient A: one study (3 series of 4 slices). They must all be stored,
    # whatever the hostile files around them do.
    study_a = uid(1, 1)
    for s in range(3):
        for i in range(4):
            sop = uid(1, 1, s + 1, i + 1)
            good.append(write(os.path.join(out, "good", "a-s%d-%d.dcm" % (s, i)),
                              file_bytes(ct_dataset(alice, study_a, uid(1, 1, s + 1), sop, instance=i + 1), CT, sop)))

    # 1. Unbounded recursion: sequences nested 5,000 deep, and an SR content tree 3,000 deep.
    sop = uid(2, 1)
    deep = nested((0x0008, 0x1140), 5000, element((0x0008, 0x1150), "UI", CT))
    add(write(os.path.join(out, "nesting", "deep-sequences.dcm"),
              file_bytes(ct_dataset(alice, uid(2), uid(2, 0), sop, extra=deep), CT, sop)),
        "nesting", "refused", "nested")
    sop = uid(2, 2)
    content_leaf = element((0x0040, 0xA010), "CS", "CONTAINS") + element((0x0040, 0xA040), "CS", "TEXT") + \
        element((0x0040, 0xA160), "UT", "finding text")
    content = content_leaf
    for _ in range(3000):
        content = content_leaf[:0] + element((0x0040, 0xA010), "CS", "CONTAINS") + \
            element((0x0040, 0xA040), "CS", "CONTAINER") + element((0x0040, 0xA050), "CS", "SEPARATE") + \
            sequence((0x0040, 0xA730), [content])
    sr = b"".join([
        element((0x0008, 0x0016), "UI", SR_COMPREHENSIVE), element((0x0008, 0x0018), "UI", sop),
        element((0x0008, 0x0060), "CS", "SR"), element((0x0010, 0x0010), "PN", alice.name),
        element((0x0010, 0x0020), "LO", alice.pid), element((0x0020, 0x000D), "UI", uid(2)),
        element((0x0020, 0x000E), "UI", uid(2, 9)), element((0x0040, 0xA040), "CS", "CONTAINER"),
        element((0x0040, 0xA050), "CS", "SEPARATE"), sequence((0x0040, 0xA730), [content])])
    add(write(os.path.join(out, "nesting", "deep-sr-content.dcm"), file_bytes(sr, SR_COMPREHENSIVE, sop)),
        "nesting", "refused", "nested")

    # 2. Header numbers far outside any range, written with VRs that can hold them.
    sop = uid(3, 1)
    add(write(os.path.join(out, "numbers", "bits-stored-2e31.dcm"), file_bytes(ct_dataset(
        alice, uid(3), uid(3, 0), sop, overrides={
            (0x0028, 0x0101): element((0x0028, 0x0101), "UL", struct.pack("<I", 2147483648)),
            (0x0028, 0x0102): element((0x0028, 0x0102), "UL", struct.pack("<I", 4294967295))}), CT, sop)),
        "numbers", "either")
    sop = uid(3, 2)
    add(write(os.path.join(out, "numbers", "huge-strings.dcm"), file_bytes(ct_dataset(
        alice, uid(3), uid(3, 902), sop, overrides={
            (0x0020, 0x0011): element((0x0020, 0x0011), "IS", "-99999999999"),
            (0x0020, 0x0013): element((0x0020, 0x0013), "IS", "99999999999"),
            (0x0028, 0x0010): element((0x0028, 0x0010), "IS", "1e300"),
            (0x0028, 0x0030): element((0x0028, 0x0030), "DS", "1e308\\-1e308")}), CT, sop)),
        "numbers", "either")
    sop = uid(3, 3)
    add(write(os.path.join(out, "numbers", "negative-dimensions.dcm"), file_bytes(ct_dataset(
        alice, uid(3), uid(3, 903), sop, overrides={
            (0x0028, 0x0010): element((0x0028, 0x0010), "SS", struct.pack("<h", -16)),
            (0x0028, 0x0100): element((0x0028, 0x0100), "SL", struct.pack("<i", -2147483648))}), CT, sop)),
        "numbers", "either")

    # 3. Sizes trusted before the pixel data is checked.
    sop = uid(4, 1)
    add(write(os.path.join(out, "sizes", "frames-2e31.dcm"),
              file_bytes(ct_dataset(alice, uid(4), uid(4, 901), sop, frames=2147483647), CT, sop)),
        "sizes", "either")
    sop = uid(4, 2)
    add(write(os.path.join(out, "sizes", "rows-columns-claim.dcm"), file_bytes(ct_dataset(
        alice, uid(4), uid(4, 902), sop, rows=65535, columns=65535, frames=1, pixel=b"\x11" * 37000), CT, sop)),
        "sizes", "either")
    sop = uid(4, 3)
    add(write(os.path.join(out, "sizes", "frames-claim-encapsulated.dcm"), file_bytes(ct_dataset(
        alice, uid(4), uid(4, 903), sop, rows=4096, columns=4096, frames=60000,
        pixel_element=encapsulated([rle_fragment(4096, 4096)])), CT, sop, ts=RLE)),
        "sizes", "either")

    # 4. Corrupt RLE segment offsets (DCMTK 3.6.7's decoder does not check them).
    for n, (count, offsets) in enumerate([(2, [64, 0x7FFFFFF0]), (2, [64, 40]), (15, [64] * 15), (0, [])]):
        sop = uid(5, n + 1)
        header = struct.pack("<I", count) + b"".join(struct.pack("<I", o) for o in offsets)
        header += b"\0" * (64 - len(header))
        add(write(os.path.join(out, "rle", "bad-offsets-%d.dcm" % n), file_bytes(ct_dataset(
            alice, uid(5), uid(5, 900 + n), sop, pixel_element=encapsulated([header + b"\x00\x00" * 40])), CT, sop, ts=RLE)),
            "rle", "either")

    # 5. Palette colour lookup tables with a negative (VR SS) or oversized entry count.
    for n, (entries, vr) in enumerate([(-5, "SS"), (-32768, "SS"), (40000, "US")]):
        sop = uid(6, n + 1)
        fmt = "<h" if vr == "SS" else "<H"
        descriptor = element((0x0028, 0x1101), vr, struct.pack(fmt, entries) + struct.pack("<hH", 0, 16))
        luts = descriptor + element((0x0028, 0x1102), vr, struct.pack(fmt, entries) + struct.pack("<hH", 0, 16)) + \
            element((0x0028, 0x1103), vr, struct.pack(fmt, entries) + struct.pack("<hH", 0, 16))
        data = b"".join(element((0x0028, t), "OW", b"\xff\xff" * 8) for t in (0x1201, 0x1202, 0x1203))
        add(write(os.path.join(out, "palette", "lut-%d.dcm" % n), file_bytes(ct_dataset(
            alice, uid(6), uid(6, 900 + n), sop, photometric="PALETTE COLOR",
            overrides={(0x0028, 0x0101): us((0x0028, 0x0101), 16), (0x0028, 0x0102): us((0x0028, 0x0102), 15),
                       (0x0028, 0x1052): None, (0x0028, 0x1053): None},
            extra=luts + data), CT, sop)),
            "palette", "either")

    # 6. A damaged duplicate (same SOP Instance UID) that sorts before the good copy: the
    # good copy must win. The damaged one passes the header scan but cannot be de-identified
    # (an encoding that cannot be written back).
    sop = uid(7, 1)
    write(os.path.join(out, "duplicates", "a-damaged-copy.dcm"), file_bytes(ct_dataset(
        alice, study_a, uid(1, 1, 9), sop, instance=1,
        pixel_element=encapsulated([b"\xff\x4f\xff\x51" + b"\0" * 60])), CT, sop, ts=HTJ2K))
    good.append(write(os.path.join(out, "duplicates", "b-good-copy.dcm"),
                      file_bytes(ct_dataset(alice, study_a, uid(1, 1, 9), sop, instance=1), CT, sop)))

    # 7. Another patient's file claiming patient A's study (sorts first), and a series
    # mixing patients: each file that contradicts its study's patient is refused alone.
    sop = uid(8, 1)
    add(write(os.path.join(out, "patients", "0-intruder-in-study-a.dcm"),
              file_bytes(ct_dataset(bruno, study_a, uid(1, 1, 7), sop), CT, sop)),
        "patients", "import-refused", "patient")
    study_c = uid(8, 2)
    for i in range(5):
        sop = uid(8, 2, 1, i + 1)
        good.append(write(os.path.join(out, "patients", "mixed-%d-c.dcm" % i),
                          file_bytes(ct_dataset(chika, study_c, uid(8, 2, 1), sop, instance=i + 1), CT, sop)))
    sop = uid(8, 2, 1, 99)
    add(write(os.path.join(out, "patients", "mixed-9-b.dcm"),
              file_bytes(ct_dataset(bruno, study_c, uid(8, 2, 1), sop, instance=6), CT, sop)),
        "patients", "import-refused", "patient")

    # 8. A first Specific Character Set value of ISO 2022 IR 87: ASCII dates must stay dates.
    sop = uid(9, 1)
    good.append(write(os.path.join(out, "charset", "ir87-first.dcm"), file_bytes(ct_dataset(
        chika, uid(9), uid(9, 1), sop, charset="ISO 2022 IR 87"), CT, sop)))

    # 9. A medium whose DICOMDIR points outside itself: "..", an absolute path, and a link.
    outside_dir = os.path.join(out, "outside")
    sop = uid(10, 1)
    secret = write(os.path.join(outside_dir, "SECRET.dcm"),
                   file_bytes(ct_dataset(bruno, uid(10), uid(10, 1), sop), CT, sop))
    medium = os.path.join(out, "medium")
    sop = uid(10, 2)
    inside = write(os.path.join(medium, "DICOM", "IM1"),
                   file_bytes(ct_dataset(chika, uid(10, 5), uid(10, 5, 1), sop), CT, sop))
    good.append(inside)
    os.makedirs(os.path.join(medium, "DICOM"), exist_ok=True)
    link = os.path.join(medium, "DICOM", "LINK")
    if not os.path.lexists(link):
        os.symlink(os.path.abspath(secret), link)
    records = []
    for file_id in ["DICOM\\IM1", "..\\outside\\SECRET.dcm", os.path.abspath(secret), "DICOM\\LINK",
                    "DICOM\\..\\..\\outside\\SECRET.dcm"]:
        records.append(element((0x0004, 0x1400), "UL", b"\0\0\0\0") + element((0x0004, 0x1410), "US", b"\xff\xff") +
                       element((0x0004, 0x1420), "UL", b"\0\0\0\0") + element((0x0004, 0x1430), "CS", "IMAGE") +
                       element((0x0004, 0x1500), "CS", file_id))
    dicomdir = element((0x0004, 0x1130), "CS", "HOSTILE") + element((0x0004, 0x1200), "UL", b"\0\0\0\0") + \
        element((0x0004, 0x1202), "UL", b"\0\0\0\0") + element((0x0004, 0x1212), "US", b"\0\0") + \
        sequence((0x0004, 0x1220), records)
    dicomdir_path = write(os.path.join(medium, "DICOMDIR"), file_bytes(dicomdir, DICOMDIR_CLASS, uid(10, 3)))
    media.append({"dicomdir": dicomdir_path, "outside": [secret]})

    # 10. A DICOMDIR record whose type is longer than a CS may be: DCMTK 3.6.7 throws
    # std::out_of_range while reading it (it used to end the whole import).
    record = element((0x0004, 0x1430), "CS", "X" * 300) + element((0x0004, 0x1500), "CS", "DICOM\\IM1")
    dicomdir = element((0x0004, 0x1130), "CS", "HOSTILE") + element((0x0004, 0x1212), "US", b"\0\0") + \
        sequence((0x0004, 0x1220), [record])
    add(write(os.path.join(out, "exception", "DICOMDIR"), file_bytes(dicomdir, DICOMDIR_CLASS, uid(12, 1))),
        "exception", "refused", "cannot be read")

    # 11. Truncated: the same wording wherever it is found.
    sop = uid(11, 1)
    whole = file_bytes(ct_dataset(alice, uid(11), uid(11, 1), sop), CT, sop)
    add(write(os.path.join(out, "truncated", "in-pixel-data.dcm"), whole[:-100]), "truncated", "refused", "truncated")
    add(write(os.path.join(out, "truncated", "in-header.dcm"), whole[:300]), "truncated", "refused", "truncated")

    json.dump({"files": files, "good": good, "media": media}, sys.stdout, indent=1)


def rle_fragment(rows, columns):
    """A valid-looking RLE frame header (2 segments for 16-bit) with almost no data."""
    header = struct.pack("<III", 2, 64, 66) + b"\0" * 52
    return header + b"\x81\x00" * 2


if __name__ == "__main__":
    main(sys.argv[1])
