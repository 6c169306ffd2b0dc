// Writes a small CT image with identifiers planted where de-identifiers tend to miss them:
// nested sequences (three levels deep inside a sequence the profiles keep), private blocks
// (text, UN bytes, a private sequence), overlays (data, comments, label), curves, an element
// of a known tag written with VR UN, and free text. Each planted value is a unique marker, so
// bench/leftover-identifiers can say exactly which ones a tool left behind.
//
//   bench_planted OUT.dcm      prints "marker<TAB>where" for every planted identifier

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrobow.h>
#include <dcmtk/dcmdata/dcvrlo.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

struct Plant {
  std::string marker;
  std::string where;
};
std::vector<Plant> planted;

void put(DcmItem* item, const DcmTagKey& tag, const std::string& marker, const std::string& where, const std::string& prefix = "",
         const std::string& suffix = "") {
  item->putAndInsertString(tag, (prefix + marker + suffix).c_str());
  planted.push_back({marker, where});
}

void putBytes(DcmItem* item, const DcmTag& tag, const std::string& marker, const std::string& where, size_t length = 0) {
  std::string bytes = marker;
  if (length > bytes.size()) bytes.resize(length, ' ');
  if (bytes.size() % 2) bytes.push_back(' ');
  auto* element = new DcmOtherByteOtherWord(tag);
  if (tag.getEVR() == EVR_OW)  // words in memory order: the bytes as written on little-endian hosts
    element->putUint16Array(reinterpret_cast<const Uint16*>(bytes.data()), Uint32(bytes.size() / 2));
  else
    element->putUint8Array(reinterpret_cast<const Uint8*>(bytes.data()), Uint32(bytes.size()));
  item->insert(element, true);
  planted.push_back({marker, where});
}

DcmItem* newItem(DcmItem* parent, const DcmTagKey& sequence) {
  DcmItem* item = nullptr;
  parent->findOrCreateSequenceItem(sequence, item, -2);
  return item;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bench_planted OUT.dcm\n");
    return 2;
  }
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  const std::string study = "1.2.826.0.1.3680043.10.1999.1", series = study + ".2", sop = study + ".2.3";
  ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
  put(ds, DCM_SOPInstanceUID, sop, "SOP Instance UID (original)");
  put(ds, DCM_StudyInstanceUID, study, "Study Instance UID (original)");
  put(ds, DCM_SeriesInstanceUID, series, "Series Instance UID (original)");
  ds->putAndInsertString(DCM_Modality, "CT");
  ds->putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL");

  // Top level: the attributes every tool knows.
  put(ds, DCM_PatientName, "PLANTPATIENT", "Patient's Name", "", "^TARO");
  put(ds, DCM_PatientID, "PLANTID0001", "Patient ID");
  put(ds, DCM_PatientBirthDate, "19580314", "Patient's Birth Date");
  put(ds, DCM_AccessionNumber, "PLANTACCESSION", "Accession Number");
  put(ds, DCM_InstitutionName, "PLANTINSTITUTION", "Institution Name", "", " HOSPITAL");
  put(ds, DCM_ReferringPhysicianName, "PLANTREFERRER", "Referring Physician's Name", "", "^JIRO");
  put(ds, DCM_StudyID, "PLANTSTUDYID", "Study ID");
  put(ds, DCM_OtherPatientNames, "PLANTOTHERNAME", "Other Patient Names", "", "^HANAKO");
  put(ds, DCM_PatientAddress, "PLANTADDRESS", "Patient's Address", "1-1 ", "-cho Tokyo");
  put(ds, DCM_ImageComments, "PLANTCOMMENT", "Image Comments (free text)", "seen by ", " at follow-up");

  // A known tag stored with VR UN (what an implicit-VR hop through a PACS can leave behind).
  putBytes(ds, DcmTag(DCM_PatientMotherBirthName, EVR_UN), "PLANTMOTHER^UN", "Patient's Mother's Birth Name written as UN");

  // Nested: Other Patient IDs Sequence and Request Attributes Sequence (removed as wholes by
  // the basic profile), and three levels inside Derivation Code Sequence, which no profile
  // removes, so the identifiers inside must be found by walking it.
  put(newItem(ds, DCM_OtherPatientIDsSequence), DCM_PatientID, "PLANTOTHERID", "Other Patient IDs Sequence > Patient ID");
  DcmItem* request = newItem(ds, DCM_RequestAttributesSequence);
  put(request, DCM_RequestedProcedureID, "PLANTREQUESTID", "Request Attributes Sequence > Requested Procedure ID");
  put(request, DCM_AccessionNumber, "PLANTREQACC", "Request Attributes Sequence > Accession Number");
  DcmItem* level1 = newItem(ds, DCM_DerivationCodeSequence);
  level1->putAndInsertString(DCM_CodeValue, "113076");
  level1->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
  level1->putAndInsertString(DCM_CodeMeaning, "Segmentation");
  put(level1, DCM_PatientName, "PLANTNESTED1", "depth 1 (Derivation Code Sequence) > Patient's Name", "", "^NAME");
  DcmItem* level2 = newItem(level1, DCM_DerivationCodeSequence);
  put(level2, DCM_ReferringPhysicianName, "PLANTNESTED2", "depth 2 > Referring Physician's Name", "", "^DOC");
  DcmItem* level3 = newItem(level2, DCM_DerivationCodeSequence);
  put(level3, DCM_PatientID, "PLANTNESTED3", "depth 3 > Patient ID");
  put(level3, DCM_ReferencedSOPInstanceUID, study + ".9.9.9", "depth 3 > Referenced SOP Instance UID (original)");

  // Private blocks: text, UN bytes, and a private sequence with a name inside.
  ds->putAndInsertString(DcmTagKey(0x0009, 0x0010), "PLANT VENDOR");
  put(ds, DcmTagKey(0x0009, 0x1001), "PLANTPRIVATE", "private (0009,1001) LO", "", "^NAME");
  putBytes(ds, DcmTag(DcmTagKey(0x0009, 0x1002), EVR_UN), "PLANTPRIVATEUN", "private (0009,1002) UN bytes");
  ds->putAndInsertString(DcmTagKey(0x0011, 0x0010), "PLANT VENDOR 2");
  auto* privateSequence = new DcmSequenceOfItems(DcmTag(DcmTagKey(0x0011, 0x1001), EVR_SQ));
  auto* privateItem = new DcmItem();
  privateSequence->append(privateItem);
  ds->insert(privateSequence, true);
  put(privateItem, DCM_PatientName, "PLANTPRIVATESEQ", "private sequence (0011,1001) > Patient's Name", "", "^X");

  // Overlay plane 6000 (its data bytes spell a marker, as burned-in text bitmaps would), curve 5000.
  ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0010), 8);
  ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0011), 16);
  ds->putAndInsertString(DcmTagKey(0x6000, 0x0040), "G");
  ds->putAndInsertString(DcmTagKey(0x6000, 0x0050), "1\\1");
  ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0100), 1);
  ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0102), 0);
  put(ds, DcmTagKey(0x6000, 0x0022), "PLANTOVERLAYDESC", "Overlay Description (6000,0022)");
  put(ds, DcmTagKey(0x6000, 0x1500), "PLANTOVERLAYLABEL", "Overlay Label (6000,1500)");
  put(ds, DcmTagKey(0x6000, 0x4000), "PLANTOVERLAYCOMMENT", "Overlay Comments (6000,4000)");
  putBytes(ds, DcmTag(DcmTagKey(0x6000, 0x3000), EVR_OW), "PLANTOVERLAYBITS", "Overlay Data (6000,3000)", 16);
  put(ds, DcmTagKey(0x5000, 0x2500), "PLANTCURVELABEL", "Curve Label (5000,2500)");
  putBytes(ds, DcmTag(DcmTagKey(0x5000, 0x3000), EVR_OB), "PLANTCURVEDATA", "Curve Data (5000,3000)");

  // A tiny image so that tools treat it as one.
  const Uint16 n = 16;
  std::vector<Uint16> pixels(size_t(n) * n);
  for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = Uint16(i % 4096);
  ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
  ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
  ds->putAndInsertUint16(DCM_Rows, n);
  ds->putAndInsertUint16(DCM_Columns, n);
  ds->putAndInsertUint16(DCM_BitsAllocated, 16);
  ds->putAndInsertUint16(DCM_BitsStored, 12);
  ds->putAndInsertUint16(DCM_HighBit, 11);
  ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
  ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), Uint32(pixels.size()));

  const OFCondition saved = file.saveFile(argv[1], EXS_LittleEndianExplicit);
  if (saved.bad()) {
    std::fprintf(stderr, "%s: %s\n", argv[1], saved.text());
    return 1;
  }
  for (const Plant& p : planted) std::printf("%s\t%s\n", p.marker.c_str(), p.where.c_str());
  return 0;
}
