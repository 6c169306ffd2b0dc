#include "bonescan/HotspotFindings.h"

#include "bonescan/BoneScan.h"
#include "dicom/Uid.h"

#include <map>

namespace rc::bonescan {

namespace {

CodedConcept sct(const char* value, const char* meaning) { return {QLatin1String(value), QStringLiteral("SCT"), QLatin1String(meaning)}; }

const CodedConcept kRight = sct("24028007", "Right");
const CodedConcept kLeft = sct("7771000", "Left");

struct Site {
  CodedConcept site;
  CodedConcept laterality;
};

const std::map<QString, Site>& sites() {
  static const std::map<QString, Site> all = {
      {QStringLiteral("skull"), {sct("89546000", "Bone structure of cranium"), {}}},
      {QStringLiteral("cervical-spine"), {sct("122494005", "Cervical spine structure"), {}}},
      {QStringLiteral("thoracic-spine"), {sct("122495006", "Thoracic spine structure"), {}}},
      {QStringLiteral("lumbar-spine"), {sct("122496007", "Lumbar spine structure"), {}}},
      {QStringLiteral("sternum"), {sct("56873002", "Bone structure of sternum"), {}}},
      {QStringLiteral("ribs-right"), {sct("113197003", "Bone structure of rib"), kRight}},
      {QStringLiteral("ribs-left"), {sct("113197003", "Bone structure of rib"), kLeft}},
      {QStringLiteral("scapula-right"), {sct("79601000", "Bone structure of scapula"), kRight}},
      {QStringLiteral("scapula-left"), {sct("79601000", "Bone structure of scapula"), kLeft}},
      {QStringLiteral("clavicle-right"), {sct("51299004", "Bone structure of clavicle"), kRight}},
      {QStringLiteral("clavicle-left"), {sct("51299004", "Bone structure of clavicle"), kLeft}},
      {QStringLiteral("humerus-right"), {sct("85050009", "Bone structure of humerus"), kRight}},
      {QStringLiteral("humerus-left"), {sct("85050009", "Bone structure of humerus"), kLeft}},
      {QStringLiteral("pelvis"), {sct("12921003", "Pelvis"), {}}},
      {QStringLiteral("sacrum"), {sct("54735007", "Bone structure of sacrum"), {}}},
      {QStringLiteral("femur-right"), {sct("71341001", "Bone structure of femur"), kRight}},
      {QStringLiteral("femur-left"), {sct("71341001", "Bone structure of femur"), kLeft}}};
  return all;
}

}  // namespace

CodedConcept callCode(const QString& call) {
  if (call == call::metastasis) return sct("128462008", "Metastatic malignant neoplasm");
  if (call == call::equivocal) return {QStringLiteral("BS-EQUIVOCAL"), QStringLiteral("99RADCUR"), QStringLiteral("Equivocal bone uptake")};
  return {QStringLiteral("BS-BENIGN"), QStringLiteral("99RADCUR"), QStringLiteral("Benign or degenerative bone uptake")};
}

QString callOf(const CodedConcept& code) {
  for (const QString& c : callIds())
    if (callCode(c).sameConcept(code)) return c;
  return QString();
}

std::pair<CodedConcept, CodedConcept> regionSite(const QString& region) {
  const auto it = sites().find(region);
  if (it == sites().end()) return {};
  return {it->second.site, it->second.laterality};
}

QString regionOfSite(const CodedConcept& site, const CodedConcept& laterality) {
  for (const auto& [region, s] : sites())
    if (s.site.sameConcept(site) && (s.laterality.isEmpty() ? laterality.isEmpty() : s.laterality.sameConcept(laterality))) return region;
  return site.isEmpty() ? QStringLiteral("other") : QString();
}

CodedConcept countsConcept() { return {QStringLiteral("BS-COUNTS"), QStringLiteral("99RADCUR"), QStringLiteral("Counts at the hotspot")}; }

std::vector<Finding> hotspotFindings(const std::vector<HotspotMarkRecord>& marks, const Volume& scan, const QString& reader,
                                     const QString& uidSeed) {
  std::vector<Finding> out;
  std::map<int, size_t> findingOfMark;
  auto slice = [&](const HotspotMarkRecord& m) {
    for (size_t k = 0; k < scan.slices.size(); ++k)
      if (scan.slices[k].sopInstanceUid == m.sopInstanceUid && scan.slices[k].frame + 1 == m.frame) return int(k);
    return -1;
  };
  for (size_t i = 0; i < marks.size(); ++i) {
    const HotspotMarkRecord& m = marks[i];
    const int k = slice(m);
    if (k < 0) continue;  // not on this scan (written against another series)
    size_t f;
    if (m.sameLesionAs >= 0 && findingOfMark.count(m.sameLesionAs)) {
      f = findingOfMark[m.sameLesionAs];
    } else {
      Finding finding;
      finding.trackingId = QStringLiteral("Hotspot %1").arg(out.size() + 1);
      finding.trackingUid = uidFromBytes((QStringLiteral("radcurator-hotspot/%1/%2").arg(uidSeed).arg(i)).toUtf8());
      finding.finding = callCode(m.call);
      const auto [site, laterality] = regionSite(m.region);
      finding.site = site;
      finding.laterality = laterality;
      finding.reader = reader;
      out.push_back(finding);
      f = out.size() - 1;
    }
    findingOfMark[int(i)] = f;
    const SliceSource& source = scan.slices[size_t(k)];
    Measurement counts;
    counts.concept = countsConcept();
    counts.unit = {QStringLiteral("{counts}"), QStringLiteral("UCUM"), QStringLiteral("counts")};
    const int column = int(std::lround(m.x)), row = int(std::lround(m.y));
    counts.value = scan.contains(column, row, k) ? scan.valueAt(column, row, k) : 0;
    Graphic point;
    point.type = GraphicType::Point;
    point.image = {source.sopClassUid, source.sopInstanceUid, source.framesInFile > 1 ? source.frame + 1 : 0};
    point.points.push_back({m.x + 0.5, m.y + 0.5});  // SR image coordinates: (0, 0) is the first pixel's corner
    counts.graphic = point;
    out[f].measurements.push_back(counts);
  }
  return out;
}

}  // namespace rc::bonescan
