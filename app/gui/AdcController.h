#pragma once
// Diffusion: the ADC map of the open DWI series, and the candidate mask of a tumour on the
// open ADC map, each off the GUI thread.

#include "WindowContext.h"
#include "casework/AdcWork.h"

#include <QObject>

namespace rc {

class AnnotationSession;

class AdcController : public QObject {
  Q_OBJECT

public:
  AdcController(WindowContext context, AnnotationSession* annotation, QObject* parent = nullptr)
      : QObject(parent), context_(std::move(context)), annotation_(annotation) {}

  void computeAdcMap(const AdcOptions& options);
  void makeCandidate(const AdcThresholdRequest& request);

signals:
  // adcSeriesUid: the new map's series (to open), when ok.
  void computed(bool ok, const QString& message, const QString& adcSeriesUid);
  void candidateMade(bool ok, const QString& message);

private:
  WindowContext context_;
  AnnotationSession* annotation_;
};

}  // namespace rc
