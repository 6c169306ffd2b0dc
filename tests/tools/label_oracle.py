#!/usr/bin/python3
"""Independent reading of a DICOM SEG or SR with pydicom (Debian's python3-pydicom), as JSON.

    label_oracle.py FILE

SEG: SOP, series, frame count, segmentation type, segments (number, label, codes, algorithm,
tracking), per-frame segment / source image references / plane position, referenced series
and instances, and the number of voxels set per segment (from pixel_array: BINARY as stored,
FRACTIONAL from half the maximum fractional value on).
SR: SOP, template, evidence, and the whole content tree (concept name, value type,
relationship, value) with the referenced images and coordinates.
The C++ tests compare what RadCurator wrote or read against this.
"""
import json
import sys

import pydicom


def code(item):
    if item is None:
        return None
    return [str(item.CodeValue), str(item.CodingSchemeDesignator), str(item.CodeMeaning)]


def first(seq):
    return seq[0] if seq else None


def identity(ds, kind):
    """What every summary starts with: the object's kind, its UIDs, whose it is and its charset."""
    return {
        "kind": kind,
        "sopClass": str(ds.SOPClassUID),
        "sopInstance": str(ds.SOPInstanceUID),
        "series": str(ds.SeriesInstanceUID),
        "study": str(ds.StudyInstanceUID),
        "patientId": str(ds.get("PatientID", "")),
        "patientName": str(ds.get("PatientName", "")),
        "charset": str(ds.get("SpecificCharacterSet", "")),
    }


def seg_summary(ds):
    out = identity(ds, "SEG")
    out.update({
        "frameOfReference": str(ds.get("FrameOfReferenceUID", "")),
        "frames": int(ds.get("NumberOfFrames", 1)),
        "segmentationType": str(ds.SegmentationType),
        "segmentsOverlap": str(ds.get("SegmentsOverlap", "")),
        "transferSyntax": str(ds.file_meta.TransferSyntaxUID),
        "segments": [],
        "perFrame": [],
        "referencedSeries": [],
    })
    for s in ds.SegmentSequence:
        out["segments"].append({
            "number": int(s.SegmentNumber),
            "label": str(s.get("SegmentLabel", "")),
            "description": str(s.get("SegmentDescription", "")),
            "algorithmType": str(s.SegmentAlgorithmType),
            "category": code(first(s.SegmentedPropertyCategoryCodeSequence)),
            "type": code(first(s.SegmentedPropertyTypeCodeSequence)),
            "trackingUid": str(s.get("TrackingUID", "")),
            "cielab": [int(v) for v in s.get("RecommendedDisplayCIELabValue", [])],
        })
    for frame in ds.get("PerFrameFunctionalGroupsSequence", []):
        entry = {"segment": int(frame.SegmentIdentificationSequence[0].ReferencedSegmentNumber), "sources": []}
        for derivation in frame.get("DerivationImageSequence", []):
            for src in derivation.get("SourceImageSequence", []):
                frames = src.get("ReferencedFrameNumber", None)
                entry["sources"].append({"uid": str(src.ReferencedSOPInstanceUID),
                                         "class": str(src.ReferencedSOPClassUID),
                                         "frame": int(frames) if frames is not None else 0})
        if "PlanePositionSequence" in frame:
            entry["position"] = [float(v) for v in frame.PlanePositionSequence[0].ImagePositionPatient]
        out["perFrame"].append(entry)
    for series in ds.get("ReferencedSeriesSequence", []):
        out["referencedSeries"].append({
            "series": str(series.SeriesInstanceUID),
            "instances": [str(i.ReferencedSOPInstanceUID) for i in series.get("ReferencedInstanceSequence", [])],
        })
    pixels = ds.pixel_array
    if out["frames"] == 1:
        pixels = pixels.reshape((1,) + pixels.shape)
    if out["segmentationType"] == "FRACTIONAL":
        pixels = pixels >= float(ds.MaximumFractionalValue) / 2.0
    counts = {}
    for index, entry in enumerate(out["perFrame"]):
        counts[str(entry["segment"])] = counts.get(str(entry["segment"]), 0) + int((pixels[index] != 0).sum())
    out["voxelsPerSegment"] = counts
    return out


def sr_item(item):
    node = {
        "relationship": str(item.get("RelationshipType", "")),
        "valueType": str(item.ValueType),
        "name": code(first(item.get("ConceptNameCodeSequence", []))),
    }
    vt = node["valueType"]
    if vt == "CODE":
        node["value"] = code(first(item.ConceptCodeSequence))
    elif vt in ("TEXT", "UIDREF", "PNAME", "DATETIME", "DATE", "TIME"):
        key = {"TEXT": "TextValue", "UIDREF": "UID", "PNAME": "PersonName", "DATETIME": "DateTime",
               "DATE": "Date", "TIME": "Time"}[vt]
        node["value"] = str(item.get(key, ""))
    elif vt == "NUM":
        measured = first(item.get("MeasuredValueSequence", []))
        if measured is not None:
            node["value"] = float(measured.NumericValue)
            node["unit"] = code(first(measured.MeasurementUnitsCodeSequence))
    elif vt in ("IMAGE", "COMPOSITE"):
        ref = item.ReferencedSOPSequence[0]
        node["value"] = {"class": str(ref.ReferencedSOPClassUID), "uid": str(ref.ReferencedSOPInstanceUID)}
        if "ReferencedFrameNumber" in ref:
            node["value"]["frame"] = int(ref.ReferencedFrameNumber)
        if "ReferencedSegmentNumber" in ref:
            node["value"]["segment"] = int(ref.ReferencedSegmentNumber)
    elif vt == "SCOORD":
        node["graphicType"] = str(item.GraphicType)
        node["value"] = [float(v) for v in item.GraphicData]
    elif vt == "SCOORD3D":
        node["graphicType"] = str(item.GraphicType)
        node["value"] = [float(v) for v in item.GraphicData]
        node["frameOfReference"] = str(item.ReferencedFrameOfReferenceUID)
    elif vt == "CONTAINER":
        node["continuity"] = str(item.get("ContinuityOfContent", ""))
        template = first(item.get("ContentTemplateSequence", []))
        if template is not None:
            node["template"] = str(template.TemplateIdentifier)
    node["children"] = [sr_item(child) for child in item.get("ContentSequence", [])]
    return node


def sr_summary(ds):
    evidence = []
    for study in ds.get("CurrentRequestedProcedureEvidenceSequence", []):
        for series in study.get("ReferencedSeriesSequence", []):
            for inst in series.get("ReferencedSOPSequence", []):
                evidence.append(str(inst.ReferencedSOPInstanceUID))
    root = sr_item(ds)
    out = identity(ds, "SR")
    out.update({
        "completion": str(ds.get("CompletionFlag", "")),
        "evidence": evidence,
        "root": root,
    })
    return out


def main():
    ds = pydicom.dcmread(sys.argv[1])
    modality = str(ds.get("Modality", ""))
    summary = seg_summary(ds) if modality == "SEG" else sr_summary(ds)
    json.dump(summary, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
