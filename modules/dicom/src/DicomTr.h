#pragma once
// Translation context for user-visible messages of the dicom module.
#include <QCoreApplication>

namespace rc {
struct DicomTr {
  Q_DECLARE_TR_FUNCTIONS(Dicom)
};
}  // namespace rc
