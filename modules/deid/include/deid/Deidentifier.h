#pragma once
// The de-identification engine. One pass over every element at every sequence depth:
// the profile's rule for the tag (type-dependent rules resolved against the attribute's type
// in the object's IOD), private blocks removed unless safe-listed, overlays and curves
// removed, UIDs replaced by the keyed mapping, then Patient Identity Removed (0012,0062),
// De-identification Method (0012,0063) and its code sequence (0012,0064) set.
//
// Files DCMTK cannot fully parse are refused (never written half-cleaned). The output is
// written through a temporary name and renamed; the input is never modified; pixel data and
// the transfer syntax are left exactly as they were.

#include "core/Result.h"
#include "deid/CorrespondenceTable.h"
#include "deid/PhiScanner.h"
#include "deid/Profile.h"

#include <QString>
#include <QStringList>

#include <functional>

class DcmDataset;
class DcmItem;

namespace rc {

// What the engine needs to know about the patient of a file.
struct PatientKeys {
  QString code;            // for the site profile's "code" action
  int dateOffsetDays = 0;  // for Retain Longitudinal Modified Dates
};
using PatientResolver = std::function<Result<PatientKeys>(const PatientIdentity&)>;
// The free text of a report that arrives as an SR (a TEXT item's value) as it may be kept: the
// report text de-identification (modules/reports) with the patient's identity and keys.
using ReportTextCleaner = std::function<QString(const QString& text, const PatientIdentity& patient, const PatientKeys& keys)>;

struct DeidContext {
  const DeidProfile* profile = nullptr;
  QByteArray uidSecret;             // keyed UID mapping (unused with Retain UIDs)
  PatientResolver resolvePatient;   // null: no code, no date shift
  QStringList extraIdentifiers;     // more strings "clean" must not let through
  // deidentifyFileChecked also refuses outputs that name any of these patients (typically
  // the whole correspondence table: PhiScanner::addCorrespondence).
  const PhiScanner* knownPatients = nullptr;
  // The object was made from de-identified data (a SEG or SR exported from the store): its
  // UIDs are already mapped, its patient code and fixed strings in place, and dates the
  // profile shifts were shifted on import, so those are kept; every removing, emptying,
  // dummy and cleaning action applies to what was added since (a reader's name, creation
  // dates the profile does not keep).
  bool alreadyDeidentified = false;
  // deidentifyFile hashes the file it writes (DeidOutcome::outputSha256): the store files it.
  bool hashOutput = false;
  // Report SRs (Basic Text, Enhanced, Comprehensive): every TEXT value goes through it (the
  // file is written in UTF-8 then). Without it the text is kept, checked by the PHI scan only.
  ReportTextCleaner cleanReportText;
};

// Basic Text, Enhanced and Comprehensive SR: the SR classes reports come in.
bool isReportSr(const QString& sopClassUid);

// A fresh random UID key for a run without a correspondence table: new UIDs are then
// consistent within that run only. Empty when the system has no random source.
QByteArray newOneOffUidSecret();

struct DeidOutcome {
  PatientIdentity originalIdentity;
  QString originalSopInstanceUid;
  QString sopInstanceUid;
  QString patientCode;
  IdentifierSet identifiers;  // identifying strings of the original, for the PHI self-check
  QString outputSha256;       // of the file written, hex (DeidContext::hashOutput)
  int removed = 0;
  int emptied = 0;
  int dummied = 0;
  int uidsReplaced = 0;
  int cleaned = 0;
  int datesShifted = 0;
  int privateRemoved = 0;
  int privateKept = 0;
};

// The patient identity and identifying strings of a dataset, read before any change.
PatientIdentity readPatientIdentity(DcmItem* dataset);
IdentifierSet collectIdentifierTokens(DcmItem* dataset);

// De-identifies a dataset in place.
Result<DeidOutcome> deidentifyDataset(DcmDataset* dataset, const DeidContext& context);

// Loads what the first de-identification would otherwise load (the PS3.3 attribute types,
// ~30 ms), so that a caller can do it while it waits for something else (a key, a scan).
void prepareDeidentifier();

// Reads `input`, de-identifies it and writes `output`.
Result<DeidOutcome> deidentifyFile(const QString& input, const QString& output, const DeidContext& context);

// deidentifyFile, then a residual-PHI scan of `output` against the original's identifiers,
// the patient's identity, context.knownPatients (and the profile's structural rules). An output with any finding
// is deleted and the file refused, with the element and the reason.
// `readOutput`, if given, sees the written file as the scan parsed it (one parse serves both).
Result<DeidOutcome> deidentifyFileChecked(const QString& input, const QString& output, const DeidContext& context,
                                          const std::function<void(DcmFileFormat&)>& readOutput = {});

// The pass every object leaving the store goes through (labels, datasets, ADC maps): the store's
// profile applied to an object made from de-identified data, and the residual-PHI scan against
// every patient of the correspondence table. `context` points into the object: it stays put.
struct ExportPass {
  ExportPass(const DeidProfile& profile, const CorrespondenceTable& table);
  ExportPass(const ExportPass&) = delete;
  ExportPass& operator=(const ExportPass&) = delete;
  PhiScanner knownPatients;
  DeidContext context;
};

}  // namespace rc
