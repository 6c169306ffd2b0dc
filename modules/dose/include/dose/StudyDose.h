#pragma once
// Dose indices per study, for dose analysis (a stated use of the national CT database):
// from the study's X-Ray Radiation Dose SR when it has one (every irradiation event of TID
// 10013, and the accumulated DLP of TID 10012), otherwise from the CT images' CTDIvol
// (0018,9345) per series (no DLP: the images do not carry it).

#include "core/Result.h"
#include "storage/CaseStore.h"

#include <QString>

#include <optional>
#include <vector>

namespace rc {

struct DoseEvent {
  QString label;            // the acquisition protocol when kept, else the acquisition type; a series' description
  QString acquisitionType;  // "Spiral Acquisition", "Constant Angle Acquisition", ...
  QString targetRegion;
  std::optional<double> ctdiVolMgy, dlpMgyCm, scanLengthMm, kvp, tubeCurrentMa, rotationTimeS, ssdeMgy;
  std::optional<double> mAs;  // the images' Exposure (0018,1152), or tube current x rotation time (per rotation)
  QString phantom;            // "IEC Body Dosimetry Phantom", "IEC Head Dosimetry Phantom"
  bool localizer = false;   // a scout: no CTDIvol worth comparing
};

struct StudyDose {
  QString patientCode;
  QString studyUid;
  QString studyDate;  // as stored (the profile's treatment of dates)
  enum class Source { None, DoseReport, Images } source = Source::None;
  std::vector<DoseEvent> events;
  std::optional<double> totalDlpMgyCm;  // TID 10012's total, or the sum of the events' DLP
  // The event that stands for the study in a one-row-per-study sheet: the highest CTDIvol.
  const DoseEvent* mainEvent() const;
  std::optional<double> maxCtdiVol() const;
};

QString doseSourceName(StudyDose::Source source);

// One dose SR file: its events and total. Refuses a file that is not a dose SR.
Result<StudyDose> readRadiationDoseSr(const QString& path);

// The dose of one stored study, or of every study (`studyUid` empty), in patient and date order.
Result<std::vector<StudyDose>> storedStudyDose(const CaseStore& store, const QString& studyUid = QString());

// One line per event (a study without any dose information: one line that says so), UTF-8
// with a header; numbers with a decimal point, empty when absent.
QByteArray doseCsv(const std::vector<StudyDose>& studies);

}  // namespace rc
