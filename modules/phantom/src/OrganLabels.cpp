#include "phantom/OrganLabels.h"

#include <algorithm>
#include <cmath>

namespace rc {

const std::array<OrganClass, 117>& organClasses() {
  static const std::array<OrganClass, 117> classes = {{
      {"spleen", "78961009", "Splenic structure", false},
      {"kidney_right", "64033007", "Kidney structure", false},
      {"kidney_left", "64033007", "Kidney structure", false},
      {"gallbladder", "28231008", "Gallbladder structure", false},
      {"liver", "10200004", "Liver structure", false},
      {"stomach", "69695003", "Stomach structure", false},
      {"pancreas", "15776009", "Pancreatic structure", false},
      {"adrenal_gland_right", "23451007", "Adrenal structure", false},
      {"adrenal_gland_left", "23451007", "Adrenal structure", false},
      {"lung_upper_lobe_left", "45653009", "Structure of upper lobe of lung", false},
      {"lung_lower_lobe_left", "90572001", "Structure of lower lobe of lung", false},
      {"lung_upper_lobe_right", "45653009", "Structure of upper lobe of lung", false},
      {"lung_middle_lobe_right", "72481006", "Structure of middle lobe of right lung", false},
      {"lung_lower_lobe_right", "90572001", "Structure of lower lobe of lung", false},
      {"esophagus", "32849002", "Esophageal structure", false},
      {"trachea", "44567001", "Tracheal structure", false},
      {"thyroid_gland", "69748006", "Thyroid structure", false},
      {"small_bowel", "30315005", "Structure of small intestine", false},
      {"duodenum", "38848004", "Duodenal structure", false},
      {"colon", "71854001", "Colon structure", false},
      {"urinary_bladder", "89837001", "Urinary bladder structure", false},
      {"prostate", "41216001", "Prostatic structure", false},
      {"kidney_cyst_left", "64033007", "Kidney structure", false},
      {"kidney_cyst_right", "64033007", "Kidney structure", false},
      {"sacrum", "54735007", "Bone structure of sacrum", true},
      {"vertebrae_S1", "54735007", "Bone structure of sacrum", true},
      {"vertebrae_L5", "49668003", "Bone structure of L5 vertebra", true},
      {"vertebrae_L4", "11994002", "Bone structure of L4 vertebra", true},
      {"vertebrae_L3", "36470004", "Bone structure of L3 vertebra", true},
      {"vertebrae_L2", "14293000", "Bone structure of L2 vertebra", true},
      {"vertebrae_L1", "66794005", "Bone structure of L1 vertebra", true},
      {"vertebrae_T12", "23215003", "Bone structure of T12 vertebra", true},
      {"vertebrae_T11", "12989004", "Bone structure of T11 vertebra", true},
      {"vertebrae_T10", "7610001", "Bone structure of T10 vertebra", true},
      {"vertebrae_T9", "82687006", "Bone structure of T9 vertebra", true},
      {"vertebrae_T8", "11068009", "Bone structure of T8 vertebra", true},
      {"vertebrae_T7", "62487009", "Bone structure of T7 vertebra", true},
      {"vertebrae_T6", "45296009", "Bone structure of T6 vertebra", true},
      {"vertebrae_T5", "56401006", "Bone structure of T5 vertebra", true},
      {"vertebrae_T4", "73071006", "Bone structure of T4 vertebra", true},
      {"vertebrae_T3", "1626008", "Bone structure of T3 vertebra", true},
      {"vertebrae_T2", "53733008", "Bone structure of T2 vertebra", true},
      {"vertebrae_T1", "64864005", "Bone structure of T1 vertebra", true},
      {"vertebrae_C7", "87391001", "Bone structure of C7 vertebra", true},
      {"vertebrae_C6", "36054005", "Bone structure of C6 vertebra", true},
      {"vertebrae_C5", "36978003", "Bone structure of C5 vertebra", true},
      {"vertebrae_C4", "5329002", "Bone structure of C4 vertebra", true},
      {"vertebrae_C3", "113205007", "Bone structure of C3 vertebra", true},
      {"vertebrae_C2", "39976000", "Bone structure of C2 vertebra", true},
      {"vertebrae_C1", "14806007", "Bone structure of C1 vertebra", true},
      {"heart", "80891009", "Heart structure", false},
      {"aorta", "15825003", "Aortic structure", false},
      {"pulmonary_vein", "122972007", "Pulmonary vein structure", false},
      {"brachiocephalic_trunk", "12691009", "Brachiocephalic trunk structure", false},
      {"subclavian_artery_right", "36765005", "Subclavian artery structure", false},
      {"subclavian_artery_left", "36765005", "Subclavian artery structure", false},
      {"common_carotid_artery_right", "32062004", "Common carotid artery structure", false},
      {"common_carotid_artery_left", "32062004", "Common carotid artery structure", false},
      {"brachiocephalic_vein_left", "8887007", "Brachiocephalic vein structure", false},
      {"brachiocephalic_vein_right", "8887007", "Brachiocephalic vein structure", false},
      {"atrial_appendage_left", "33626005", "Structure of left auricular appendage", false},
      {"superior_vena_cava", "48345005", "Superior vena cava structure", false},
      {"inferior_vena_cava", "64131007", "Inferior vena cava structure", false},
      {"portal_vein_and_splenic_vein", "29092000", "Venous structure", false},
      {"iliac_artery_left", "73634005", "Common iliac artery structure", false},
      {"iliac_artery_right", "73634005", "Common iliac artery structure", false},
      {"iliac_vena_left", "46027005", "Structure of common iliac vein", false},
      {"iliac_vena_right", "46027005", "Structure of common iliac vein", false},
      {"humerus_left", "85050009", "Bone structure of humerus", true},
      {"humerus_right", "85050009", "Bone structure of humerus", true},
      {"scapula_left", "79601000", "Bone structure of scapula", true},
      {"scapula_right", "79601000", "Bone structure of scapula", true},
      {"clavicula_left", "51299004", "Bone structure of clavicle", true},
      {"clavicula_right", "51299004", "Bone structure of clavicle", true},
      {"femur_left", "71341001", "Bone structure of femur", true},
      {"femur_right", "71341001", "Bone structure of femur", true},
      {"hip_left", "29836001", "Bone structure of hip", true},
      {"hip_right", "29836001", "Bone structure of hip", true},
      {"spinal_cord", "2748008", "Spinal cord structure", false},
      {"gluteus_maximus_left", "181674001", "Gluteus maximus muscle", true},
      {"gluteus_maximus_right", "181674001", "Gluteus maximus muscle", true},
      {"gluteus_medius_left", "78333006", "Gluteus medius muscle", true},
      {"gluteus_medius_right", "78333006", "Gluteus medius muscle", true},
      {"gluteus_minimus_left", "75297007", "Gluteus minimus muscle", true},
      {"gluteus_minimus_right", "75297007", "Gluteus minimus muscle", true},
      {"autochthon_left", "244849004", "Autochthonous back muscle structure", true},
      {"autochthon_right", "244849004", "Autochthonous back muscle structure", true},
      {"iliopsoas_left", "68455001", "Iliopsoas muscle", true},
      {"iliopsoas_right", "68455001", "Iliopsoas muscle", true},
      {"brain", "12738006", "Brain structure", false},
      {"skull", "89546000", "Bone structure of cranium", true},
      {"rib_left_1", "48535007", "Bone structure of first rib", true},
      {"rib_left_2", "78247007", "Bone structure of second rib", true},
      {"rib_left_3", "25888004", "Bone structure of third rib", true},
      {"rib_left_4", "25523003", "Bone structure of fourth rib", true},
      {"rib_left_5", "15339008", "Bone structure of fifth rib", true},
      {"rib_left_6", "59558009", "Bone structure of sixth rib", true},
      {"rib_left_7", "24915002", "Bone structure of seventh rib", true},
      {"rib_left_8", "5953002", "Bone structure of eighth rib", true},
      {"rib_left_9", "22565002", "Bone structure of ninth rib", true},
      {"rib_left_10", "77644006", "Bone structure of tenth rib", true},
      {"rib_left_11", "58830002", "Bone structure of eleventh rib", true},
      {"rib_left_12", "43993008", "Bone structure of twelfth rib", true},
      {"rib_right_1", "48535007", "Bone structure of first rib", true},
      {"rib_right_2", "78247007", "Bone structure of second rib", true},
      {"rib_right_3", "25888004", "Bone structure of third rib", true},
      {"rib_right_4", "25523003", "Bone structure of fourth rib", true},
      {"rib_right_5", "15339008", "Bone structure of fifth rib", true},
      {"rib_right_6", "59558009", "Bone structure of sixth rib", true},
      {"rib_right_7", "24915002", "Bone structure of seventh rib", true},
      {"rib_right_8", "5953002", "Bone structure of eighth rib", true},
      {"rib_right_9", "22565002", "Bone structure of ninth rib", true},
      {"rib_right_10", "77644006", "Bone structure of tenth rib", true},
      {"rib_right_11", "58830002", "Bone structure of eleventh rib", true},
      {"rib_right_12", "43993008", "Bone structure of twelfth rib", true},
      {"sternum", "56873002", "Bone structure of sternum", true},
      {"costal_cartilages", "50016007", "Structure of costal cartilage", true},
  }};
  return classes;
}

LabelSet organLabelSet(const std::array<int, 3>& dims, int count) {
  count = std::clamp(count, 0, 117);
  LabelSet set;
  set.voxels = LabelMap(dims);
  const CodedConcept anatomical{QStringLiteral("123037004"), QStringLiteral("SCT"), QStringLiteral("Anatomical Structure")};
  const CodedConcept tissue{QStringLiteral("85756007"), QStringLiteral("SCT"), QStringLiteral("Tissue")};
  for (int n = 0; n < count; ++n) {
    const OrganClass& c = organClasses()[size_t(n)];
    Segment s;
    s.number = n + 1;
    s.label = QString::fromLatin1(c.name);
    s.category = c.tissue ? tissue : anatomical;
    s.type = {QString::fromLatin1(c.code), QStringLiteral("SCT"), QString::fromLatin1(c.meaning)};
    s.algorithm = SegmentAlgorithm::Automatic;
    s.algorithmName = QStringLiteral("TotalSegmentator");
    s.color = segmentPaletteColor(n);
    s.trackingId = s.label;
    s.trackingUid = QStringLiteral("2.25.%1").arg(9'000'000 + n);
    s.verified = false;
    set.segments.push_back(s);
    set.voxels.addSegment(s.number);
  }
  if (count == 0 || dims[0] < 4 || dims[1] < 4 || dims[2] < 1) return set;
  // The body: an elliptic cylinder over the middle 90% of the slices, cut into slabs along k
  // and sectors around its axis; cell c is segment c + 1.
  const int slabs = std::max(1, int(std::lround(std::sqrt(count / 1.4)))), sectors = (count + slabs - 1) / slabs;
  const double ci = dims[0] / 2.0, cj = dims[1] / 2.0, ri = dims[0] * 0.42, rj = dims[1] * 0.34;
  const int k0 = int(dims[2] * 0.05), k1 = std::max(k0, int(dims[2] * 0.95) - 1);
  for (int k = k0; k <= k1; ++k) {
    const int slab = std::min(slabs - 1, (k - k0) * slabs / (k1 - k0 + 1));
    for (int j = 0; j < dims[1]; ++j) {
      const double dj = (j - cj) / rj;
      if (std::abs(dj) >= 1) continue;
      const double half = ri * std::sqrt(1 - dj * dj);
      const int i0 = int(std::ceil(ci - half)), i1 = int(std::floor(ci + half));
      int runStart = i0, runCell = -1;
      for (int i = i0; i <= i1 + 1; ++i) {
        int cell = -1;
        if (i <= i1) {
          const double angle = std::atan2(j - cj, i - ci) + M_PI;  // 0..2pi
          const int sector = std::min(sectors - 1, int(angle / (2 * M_PI) * sectors));
          cell = slab * sectors + sector;
          if (cell >= count) cell = count - 1;
        }
        if (cell != runCell) {
          if (runCell >= 0) set.voxels.setRun(runCell + 1, runStart, i - 1, j, k);
          runCell = cell;
          runStart = i;
        }
      }
    }
  }
  return set;
}

}  // namespace rc
