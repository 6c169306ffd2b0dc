#!/usr/bin/python3
"""Independent reading of a DICOM Parametric Map with pydicom + numpy, as JSON.

    adc_oracle.py MAP.dcm

Reports the map's grid (rows, columns, frames, pixel spacing, orientation, each frame's
Image Position (Patient)), its value mapping (unit, quantity, slope, intercept), the source
series it references, and the distribution of its non-zero values, computed here with the
definitions RadCurator documents (diffusion/AdcStatistics.h): population SD, numpy's linear
percentiles, skewness m3/m2^1.5, kurtosis m4/m2^2, entropy in bits over bins of 25 starting at 0.
"""
import json
import sys

import numpy as np
import pydicom


def main():
    ds = pydicom.dcmread(sys.argv[1])
    shared = ds.SharedFunctionalGroupsSequence[0]
    rwvm = shared.RealWorldValueMappingSequence[0]
    measures = shared.PixelMeasuresSequence[0]
    values = ds.pixel_array.astype(np.float64) * float(rwvm.RealWorldValueSlope) + float(rwvm.RealWorldValueIntercept)
    if values.ndim == 2:
        values = values[np.newaxis]
    inside = values[values != 0]
    out = {
        "sopClass": str(ds.SOPClassUID),
        "rows": int(ds.Rows),
        "columns": int(ds.Columns),
        "frames": int(ds.NumberOfFrames),
        "pixelSpacing": [float(v) for v in measures.PixelSpacing],
        "orientation": [float(v) for v in shared.PlaneOrientationSequence[0].ImageOrientationPatient],
        "positions": [[float(v) for v in f.PlanePositionSequence[0].ImagePositionPatient]
                      for f in ds.PerFrameFunctionalGroupsSequence],
        "unit": str(rwvm.MeasurementUnitsCodeSequence[0].CodeValue),
        "quantity": str(rwvm.QuantityDefinitionSequence[0].ConceptCodeSequence[0].CodeMeaning),
        "referencedSeries": [str(s.SeriesInstanceUID) for s in ds.get("ReferencedSeriesSequence", [])],
        "derivation": str(ds.get("DerivationDescription", "")),
        "patientId": str(ds.get("PatientID", "")),
        "nonZero": int(inside.size),
    }
    if inside.size:
        mean = inside.mean()
        x = inside - mean
        m2, m3, m4 = (x ** 2).mean(), (x ** 3).mean(), (x ** 4).mean()
        counts = np.unique(np.floor(inside / 25.0), return_counts=True)[1] / inside.size
        out.update({
            "mean": float(mean), "median": float(np.median(inside)), "sd": float(np.sqrt(m2)),
            "min": float(inside.min()), "max": float(inside.max()),
            "p10": float(np.percentile(inside, 10)), "p25": float(np.percentile(inside, 25)),
            "p75": float(np.percentile(inside, 75)), "p90": float(np.percentile(inside, 90)),
            "skewness": float(m3 / m2 ** 1.5) if m2 > 0 else 0.0,
            "kurtosis": float(m4 / m2 ** 2) if m2 > 0 else 0.0,
            "entropy": float(-(counts * np.log2(counts)).sum()),
        })
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
