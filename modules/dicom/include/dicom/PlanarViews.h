#pragma once
// Planar nuclear-medicine scans (whole-body bone scans, static spot views): which view each
// image or frame shows. Vendors write it three ways, all read here:
//  - NM Image Storage, the views as frames: Detector Vector (0054,0020) gives each frame's
//    detector, whose item of the Detector Information Sequence (0054,0022) carries the View
//    Code Sequence (0054,0220) (anterior G-5215, posterior G-5216, or by the code's meaning);
//  - one image per view, the View Code Sequence at the top level or in the one detector item;
//  - secondary captures (GE Genie: Modality NM, Image Type ...\WHOLE BODY\...), where only the
//    Image ID, the series description or the image comments say ANT or POST, if anything.

#include "core/PlanarView.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <QString>

#include <vector>

namespace rc {

// The view a View Code Sequence item names, by code value (SRT G-5215 / G-5216, SNOMED CT
// anterior and posterior projection) or else by its meaning.
PlanarView planarViewFromCode(const QString& value, const QString& meaning);
// ANT / POST (also ANTERIOR, POSTERIOR, "WB ANT", "_A", ...) in a free-text label.
PlanarView planarViewFromText(const QString& text);

struct PlanarScanInfo {
  bool planarNm = false;  // Modality NM and planar (whole body or static), not SPECT
  bool wholeBody = false;  // Image Type's third value WHOLE BODY, or a whole-body technique
  std::vector<PlanarView> views;  // per slice of the volume
};

// Reads the headers (never the pixels) of the files the volume's slices came from.
Result<PlanarScanInfo> readPlanarScanInfo(const Volume& volume);

}  // namespace rc
