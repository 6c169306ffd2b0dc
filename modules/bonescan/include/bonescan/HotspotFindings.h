#pragma once
// A reader's hotspot reading as findings of a TID 1500 report (exchange/Sr.h): one finding per
// lesion (a mark and the mark that shows it again in the other view are one finding), coded
// by the call (metastasis: SCT 128462008; equivocal and benign/degenerative: local codes) with
// its region as the Finding Site (SNOMED CT bone structures, laterality Right/Left), and per
// mark the counts at the point, INFERRED FROM a SCOORD POINT on its image and frame (the
// group OHIF shows as a Probe). The region and call codes map back with regionOfSite/callOf.

#include "core/Labels.h"
#include "core/Volume.h"
#include "storage/BoneScanStore.h"

#include <QString>

#include <vector>

namespace rc::bonescan {

CodedConcept callCode(const QString& call);
QString callOf(const CodedConcept& code);  // empty when the code is none of the calls
// The region's site and laterality (empty laterality for midline regions; "other": no site).
std::pair<CodedConcept, CodedConcept> regionSite(const QString& region);
QString regionOfSite(const CodedConcept& site, const CodedConcept& laterality);
CodedConcept countsConcept();

// `uidSeed` makes the findings' Tracking UIDs stable across exports of the same reading
// (e.g. the series UID and the reader).
std::vector<Finding> hotspotFindings(const std::vector<HotspotMarkRecord>& marks, const Volume& scan, const QString& reader,
                                     const QString& uidSeed);

}  // namespace rc::bonescan
