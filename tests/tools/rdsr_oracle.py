#!/usr/bin/python3
"""CT radiation dose SRs for the tests, written with pydicom (not with RadCurator's DICOM code).

  rdsr_oracle.py make OUT.dcm --like CT.dcm   an X-Ray Radiation Dose SR (TID 10011) for the study
      of CT.dcm, filled the way scanners fill it: a person observer, the device's name, serial,
      UID and location, an irradiation-authorising physician with an ID, a free-text comment
      that names the patient; two irradiation events (a scout and a helical chest scan).
      Prints JSON: the dose values written and the identifying strings planted.
  rdsr_oracle.py ctdi IN_DIR OUT_DIR          copies of a CT series as another patient's study with
      CTDIvol (0018,9345) per image and a phantom; prints their mean CTDIvol, mean Exposure
      and the scanned length (extent along the slice normal plus one slice thickness).
  rdsr_oracle.py read FILE.dcm               the dose values and every text, name, UID and
      date of the content tree, as JSON, read by pydicom alone.
"""
import json
import sys

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

RDSR_CLASS = "1.2.840.10008.5.1.4.1.1.88.67"

# The planted identifiers (besides the patient's own, copied from the CT).
DEVICE_UID = "1.2.392.200036.9116.2.6.1.48.1214833767.7"
DEVICE_SERIAL = "SN-884211"
DEVICE_LOCATION = "Sakura General Hospital 2F CT room 7"
OBSERVER = "Tanaka^Ichiro"
AUTHORISING = "Yamada^Taro"
AUTHORISING_ID = "D-4711-99"
ORGANISATION = "Sakura General Hospital"


def code(value, scheme, meaning):
    c = Dataset()
    c.CodeValue, c.CodingSchemeDesignator, c.CodeMeaning = value, scheme, meaning
    return c


def item(rel, vtype, concept, **kw):
    it = Dataset()
    it.RelationshipType = rel
    it.ValueType = vtype
    it.ConceptNameCodeSequence = Sequence([code(*concept)])
    if vtype == "NUM":
        mv = Dataset()
        mv.NumericValue = kw["value"]
        mv.MeasurementUnitsCodeSequence = Sequence([code(kw["unit"], "UCUM", kw["unit"])])
        it.MeasuredValueSequence = Sequence([mv])
    elif vtype == "CODE":
        it.ConceptCodeSequence = Sequence([code(*kw["code"])])
    elif vtype == "TEXT":
        it.TextValue = kw["text"]
    elif vtype == "PNAME":
        it.PersonName = kw["name"]
    elif vtype == "UIDREF":
        it.UID = kw["uid"]
    elif vtype == "DATETIME":
        it.DateTime = kw["dt"]
    elif vtype == "CONTAINER":
        it.ContinuityOfContent = "SEPARATE"
    if kw.get("children"):
        it.ContentSequence = Sequence(kw["children"])
    return it


def num(concept, value, unit):
    return item("CONTAINS", "NUM", concept, value=value, unit=unit)


def event(uid, protocol, acq_type, length, kvp, ma, rotation, ctdi, dlp, ssde, patient_name):
    params = item("CONTAINS", "CONTAINER", ("113822", "DCM", "CT Acquisition Parameters"), children=[
        num(("113824", "DCM", "Exposure Time"), f"{length / 40.0:.2f}", "s"),
        num(("113825", "DCM", "Scanning Length"), f"{length:.1f}", "mm"),
        num(("113826", "DCM", "Nominal Single Collimation Width"), "0.5", "mm"),
        num(("113827", "DCM", "Nominal Total Collimation Width"), "40", "mm"),
        num(("113823", "DCM", "Number of X-Ray Sources"), "1", "{X-Ray sources}"),
        item("CONTAINS", "CONTAINER", ("113831", "DCM", "CT X-Ray Source Parameters"), children=[
            item("CONTAINS", "TEXT", ("113832", "DCM", "Identification of the X-Ray Source"), text="A"),
            num(("113733", "DCM", "KVP"), f"{kvp}", "kV"),
            num(("113833", "DCM", "Maximum X-Ray Tube Current"), f"{ma}", "mA"),
            num(("113734", "DCM", "X-Ray Tube Current"), f"{ma}", "mA"),
            num(("113834", "DCM", "Exposure Time per Rotation"), f"{rotation}", "s"),
        ]),
    ])
    dose_children = [
        num(("113830", "DCM", "Mean CTDIvol"), f"{ctdi}", "mGy"),
        item("CONTAINS", "CODE", ("113835", "DCM", "CTDIw Phantom Type"), code=("113691", "DCM", "IEC Body Dosimetry Phantom")),
        num(("113838", "DCM", "DLP"), f"{dlp}", "mGy.cm"),
    ]
    if ssde is not None:
        dose_children.append(num(("113930", "DCM", "Size Specific Dose Estimation"), f"{ssde}", "mGy"))
    authorising = item("CONTAINS", "PNAME", ("113870", "DCM", "Person Name"), name=AUTHORISING, children=[
        item("HAS PROPERTIES", "CODE", ("113875", "DCM", "Person Role in Procedure"), code=("113850", "DCM", "Irradiation Authorizing")),
        item("HAS PROPERTIES", "TEXT", ("113871", "DCM", "Person ID"), text=AUTHORISING_ID),
        item("HAS PROPERTIES", "TEXT", ("113873", "DCM", "Organization Name"), text=ORGANISATION),
    ])
    return item("CONTAINS", "CONTAINER", ("113819", "DCM", "CT Acquisition"), children=[
        item("CONTAINS", "TEXT", ("125203", "DCM", "Acquisition Protocol"), text=protocol),
        item("CONTAINS", "CODE", ("123014", "DCM", "Target Region"), code=("51185008", "SCT", "Chest")),
        item("CONTAINS", "CODE", ("113820", "DCM", "CT Acquisition Type"), code=acq_type),
        item("CONTAINS", "CODE", ("G-C32C", "SRT", "Procedure Context"), code=("113790", "DCM", "Chest")),
        item("CONTAINS", "UIDREF", ("113769", "DCM", "Irradiation Event UID"), uid=uid),
        params,
        item("CONTAINS", "CONTAINER", ("113829", "DCM", "CT Dose"), children=dose_children),
        authorising,
        item("CONTAINS", "TEXT", ("121106", "DCM", "Comment"), text=f"{patient_name} moved once; scan repeated"),
    ])


def make(out, like):
    ct = pydicom.dcmread(like, stop_before_pixels=True)
    patient_name = str(ct.PatientName).replace("^", " ")
    events = [
        dict(uid=generate_uid(), protocol="Scout chest", acq_type=("113805", "DCM", "Constant Angle Acquisition"),
             length=420.0, kvp=120, ma=30, rotation=0.5, ctdi=0.12, dlp=5.04, ssde=None),
        dict(uid=generate_uid(), protocol="Chest routine", acq_type=("P5-08001", "SRT", "Spiral Acquisition"),
             length=345.5, kvp=120, ma=210, rotation=0.5, ctdi=8.73, dlp=327.61, ssde=11.2),
    ]
    total = round(sum(e["dlp"] for e in events), 2)
    date = str(ct.get("StudyDate", "20230302")) or "20230302"

    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = RDSR_CLASS
    ds.SOPInstanceUID = generate_uid()
    for kw in ("PatientName", "PatientID", "IssuerOfPatientID", "PatientBirthDate", "PatientSex", "StudyInstanceUID", "StudyDate",
               "StudyTime", "AccessionNumber", "ReferringPhysicianName", "StudyID"):
        setattr(ds, kw, ct.get(kw, ""))
    ds.Modality = "SR"
    ds.SeriesInstanceUID = generate_uid()
    ds.SeriesNumber = 997
    ds.InstanceNumber = 1
    ds.ReferencedPerformedProcedureStepSequence = Sequence([])
    ds.Manufacturer = "Canon Medical Systems"
    ds.ManufacturerModelName = "Aquilion ONE"
    ds.DeviceSerialNumber = DEVICE_SERIAL
    ds.SoftwareVersions = "V10.2"
    ds.StationName = "CTROOM7"
    ds.InstitutionName = ORGANISATION
    ds.OperatorsName = "Suzuki^Hanako"
    ds.ContentDate = date
    ds.ContentTime = "101900"
    ds.CompletionFlag = "COMPLETE"
    ds.VerificationFlag = "UNVERIFIED"
    ds.PerformedProcedureCodeSequence = Sequence([])
    ds.ValueType = "CONTAINER"
    ds.ContinuityOfContent = "SEPARATE"
    ds.ConceptNameCodeSequence = Sequence([code("113701", "DCM", "X-Ray Radiation Dose Report")])
    template = Dataset()
    template.MappingResource = "DCMR"
    template.TemplateIdentifier = "10011"
    ds.ContentTemplateSequence = Sequence([template])
    scope = item("HAS OBS CONTEXT", "CODE", ("113705", "DCM", "Scope of Accumulation"), code=("113014", "DCM", "Study"),
                 children=[item("HAS PROPERTIES", "UIDREF", ("110180", "DCM", "Study Instance UID"), uid=str(ct.StudyInstanceUID))])
    ds.ContentSequence = Sequence([
        item("HAS CONCEPT MOD", "CODE", ("121058", "DCM", "Procedure reported"), code=("77477000", "SCT", "Computed Tomography X-Ray")),
        item("HAS OBS CONTEXT", "CODE", ("121005", "DCM", "Observer Type"), code=("121007", "DCM", "Device")),
        item("HAS OBS CONTEXT", "UIDREF", ("121012", "DCM", "Device Observer UID"), uid=DEVICE_UID),
        item("HAS OBS CONTEXT", "TEXT", ("121013", "DCM", "Device Observer Name"), text="CTROOM7"),
        item("HAS OBS CONTEXT", "TEXT", ("121014", "DCM", "Device Observer Manufacturer"), text="Canon Medical Systems"),
        item("HAS OBS CONTEXT", "TEXT", ("121015", "DCM", "Device Observer Model Name"), text="Aquilion ONE"),
        item("HAS OBS CONTEXT", "TEXT", ("121016", "DCM", "Device Observer Serial Number"), text=DEVICE_SERIAL),
        item("HAS OBS CONTEXT", "TEXT", ("121017", "DCM", "Device Observer Physical Location During Observation"), text=DEVICE_LOCATION),
        item("HAS OBS CONTEXT", "CODE", ("121005", "DCM", "Observer Type"), code=("121006", "DCM", "Person")),
        item("HAS OBS CONTEXT", "PNAME", ("121008", "DCM", "Person Observer Name"), name=OBSERVER),
        item("HAS OBS CONTEXT", "TEXT", ("121009", "DCM", "Person Observer's Organization Name"), text=ORGANISATION),
        item("HAS OBS CONTEXT", "DATETIME", ("113809", "DCM", "Start of X-Ray Irradiation"), dt=date + "101500"),
        item("HAS OBS CONTEXT", "DATETIME", ("113810", "DCM", "End of X-Ray Irradiation"), dt=date + "101830"),
        scope,
        item("CONTAINS", "CONTAINER", ("113811", "DCM", "CT Accumulated Dose Data"), children=[
            num(("113812", "DCM", "Total Number of Irradiation Events"), str(len(events)), "{events}"),
            num(("113813", "DCM", "CT Dose Length Product Total"), f"{total}", "mGy.cm"),
        ]),
    ] + [event(patient_name=patient_name, **e) for e in events])

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = RDSR_CLASS
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.preamble = b"\0" * 128
    ds.save_as(out, write_like_original=False)
    print(json.dumps({
        "studyUid": str(ct.StudyInstanceUID),
        "totalDlp": total,
        "events": [{k: e[k] for k in ("protocol", "length", "kvp", "ma", "rotation", "ctdi", "dlp", "ssde")} for e in events],
        "planted": [DEVICE_UID, DEVICE_SERIAL, DEVICE_LOCATION, OBSERVER.split("^")[0], AUTHORISING.split("^")[0],
                    AUTHORISING_ID, ORGANISATION, patient_name, str(ct.PatientID)],
    }))


def ctdi(src, dst):
    import os
    import numpy as np
    files = sorted(os.path.join(src, f) for f in os.listdir(src))
    os.makedirs(dst, exist_ok=True)
    study, series = generate_uid(), generate_uid()
    values, exposures, positions, thickness = [], [], [], 0.0
    for n, f in enumerate(files):
        ds = pydicom.dcmread(f)
        if ds.SOPClassUID != "1.2.840.10008.5.1.4.1.1.2":
            continue
        ds.PatientName, ds.PatientID, ds.PatientBirthDate = "Dose^Only", "DOSE-0002", "19600101"
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.CTDIvol = 4.0 + 0.25 * (n % 7)
        phantom = Dataset()
        phantom.CodeValue, phantom.CodingSchemeDesignator, phantom.CodeMeaning = "113691", "DCM", "IEC Body Dosimetry Phantom"
        ds.CTDIPhantomTypeCodeSequence = Sequence([phantom])
        values.append(float(ds.CTDIvol))
        if "Exposure" in ds:
            exposures.append(float(ds.Exposure))
        iop = np.array([float(v) for v in ds.ImageOrientationPatient])
        normal = np.cross(iop[:3], iop[3:])
        positions.append(float(np.dot(normal, [float(v) for v in ds.ImagePositionPatient])))
        thickness = thickness or float(ds.get("SliceThickness", 0) or 0)
        ds.save_as(os.path.join(dst, os.path.basename(f)))
    print(json.dumps({"studyUid": study, "images": len(values), "ctdiMean": sum(values) / len(values),
                      "exposureMean": (sum(exposures) / len(exposures)) if exposures else None,
                      "scanLength": max(positions) - min(positions) + thickness}))


def walk(seq, out, depth=0):
    for it in seq:
        concept = it.ConceptNameCodeSequence[0].CodeValue if "ConceptNameCodeSequence" in it else ""
        vt = it.get("ValueType", "")
        if vt == "NUM" and "MeasuredValueSequence" in it and len(it.MeasuredValueSequence):
            out["numbers"].append([concept, float(it.MeasuredValueSequence[0].NumericValue)])
        elif vt == "TEXT":
            out["texts"].append([concept, str(it.get("TextValue", ""))])
        elif vt == "PNAME":
            out["names"].append([concept, str(it.get("PersonName", ""))])
        elif vt == "UIDREF":
            out["uids"].append([concept, str(it.get("UID", ""))])
        elif vt in ("DATETIME", "DATE", "TIME"):
            out["dates"].append([concept, str(it.get("DateTime", it.get("Date", it.get("Time", ""))))])
        elif vt == "CODE":
            out["codes"].append([concept, it.ConceptCodeSequence[0].CodeValue])
        if "ContentSequence" in it:
            walk(it.ContentSequence, out, depth + 1)


def read(path):
    ds = pydicom.dcmread(path)
    out = {"numbers": [], "texts": [], "names": [], "uids": [], "dates": [], "codes": [],
           "sopClass": str(ds.SOPClassUID), "studyUid": str(ds.StudyInstanceUID), "patientId": str(ds.PatientID),
           "deviceSerial": str(ds.get("DeviceSerialNumber", "")),
           "methodCodes": [c.CodeValue for c in ds.get("DeidentificationMethodCodeSequence", [])],
           "everything": ""}
    walk(ds.get("ContentSequence", []), out)
    # Every string value of the whole file, for looking for planted identifiers.
    strings = []
    def collect(d):
        for el in d:
            if el.VR == "SQ":
                for sub in el.value:
                    collect(sub)
            elif el.VR in ("PN", "LO", "SH", "ST", "LT", "UT", "UC", "UI", "CS", "AE", "DA", "DT", "TM"):
                strings.append(str(el.value))
    collect(ds)
    out["everything"] = "\n".join(strings)
    print(json.dumps(out))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[sys.argv.index("--like") + 1])
    elif sys.argv[1] == "ctdi":
        ctdi(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "read":
        read(sys.argv[2])
    else:
        sys.exit(__doc__)
