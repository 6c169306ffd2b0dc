#pragma once
// DICOM writing shared by the phantoms: the fake patient and institution, and a safe save.

#include "phantom/ChestPhantom.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCoreApplication>

namespace rc {

struct PhantomTr {
  Q_DECLARE_TR_FUNCTIONS(Phantom)
};

void putString(DcmItem* ds, const DcmTagKey& tag, const QString& value);
// The phantom's UIDs derive from the patient ID and what they name: writing the same phantom
// twice gives the same UIDs.
QString phantomUid(const PhantomOptions& o, const QString& what);
// Patient, institution and equipment attributes of the fake patient.
void putPatientAndInstitution(DcmItem* ds, const PhantomOptions& o);
// Writes through a temporary name (Explicit VR Little Endian).
Status save(DcmFileFormat& file, const QString& path);

}  // namespace rc
