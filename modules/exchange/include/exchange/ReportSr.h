#pragma once
// A diagnostic report as a DICOM Basic Text SR (TID 2000 Basic Diagnostic Imaging Report):
// the report title (LOINC 18748-4), a Findings section (DCM 121070) with its text (121071)
// and an Impressions section (121072) with its text (121073), in the study of the images it
// belongs to (patient and study attributes copied from one of them), as a series of its own.
// The text is the de-identified text the reviewer confirmed; nothing else is added to it.

#include "core/Result.h"
#include "exchange/Seg.h"

#include <QString>

namespace rc {

struct ReportSrContent {
  QString referenceFile;  // a de-identified instance of the study: patient and study attributes
  QString findings, impression;
  QString reportDate;     // YYYYMMDD as the store holds it (the Content Date), or empty
  int seriesNumber = 950;
};

Result<WrittenObject> writeReportSr(const ReportSrContent& content, const QString& outputFile);

}  // namespace rc
