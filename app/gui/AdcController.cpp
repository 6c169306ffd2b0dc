#include "AdcController.h"

#include "TaskPanel.h"
#include "annotate/AnnotationSession.h"
#include "session/Session.h"

namespace rc {

void AdcController::computeAdcMap(const AdcOptions& options) {
  if (!context_.session->hasStore() || !context_.session->hasSeries() || context_.tasks->isBusy()) {
    emit computed(false, tr("busy"), QString());
    return;
  }
  AdcComputeRequest request;
  request.dwiSeriesUid = context_.session->series().seriesUid;
  request.options = options;
  const CaseStore store = *context_.session->store();
  context_.tasks->run<Result<AdcComputeOutcome>>(
      tr("Computing the ADC map…"), [store, request](Progress& progress) { return computeAdcSeries(store, request, progress); },
      [this](Result<AdcComputeOutcome> outcome) {
        if (!outcome) {
          if (outcome.cancelled()) context_.showStatus(tr("ADC computation cancelled; nothing was added"));
          else context_.showError(tr("Compute ADC map"), outcome.error());
          emit computed(false, outcome.error(), QString());
          return;
        }
        QString message = tr("ADC map computed: %1 (b-values from %2). %3").arg(outcome->shells, outcome->bValueSource, outcome->description);
        if (outcome->scannerDifference)
          message += QLatin1Char('\n') + tr("The scanner's ADC map differs by %1 ×10⁻⁶ mm²/s on average inside the body.")
                                             .arg(*outcome->scannerDifference, 0, 'f', 1);
        context_.showStatus(message.section(QLatin1Char('\n'), 0, 0));
        emit computed(true, message, outcome->adcSeriesUid);
      });
}

void AdcController::makeCandidate(const AdcThresholdRequest& request) {
  if (!context_.session->hasStore() || !context_.session->volume() || context_.tasks->isBusy()) {
    emit candidateMade(false, tr("busy"));
    return;
  }
  const CaseStore store = *context_.session->store();
  const std::shared_ptr<const Volume> adc = context_.session->volume();
  using Candidate = std::pair<Segment, SegmentMask>;
  context_.tasks->run<Result<Candidate>>(
      tr("Making the ADC candidate mask…"),
      [store, adc, request](Progress&) -> Result<Candidate> {
        CaseDatabase db(store);
        if (!db.isOpen()) return fail(db.openError());
        const auto prepared = prepareAdcCandidate(db, *adc, request);
        if (!prepared) return prepared.failure();
        auto mask = adcCandidate(*adc, prepared->options);
        if (!mask) return mask.failure();
        return Candidate{adcCandidateSegment(prepared.value(), request.label, request.actor), std::move(mask).value()};
      },
      [this, adc](Result<Candidate> segment) {
        if (context_.session->volume() != adc) {  // another series was opened meanwhile
          emit candidateMade(false, tr("the series changed"));
          return;
        }
        if (!segment) {
          context_.showError(tr("ADC candidate mask"), segment.error());
          emit candidateMade(false, segment.error());
          return;
        }
        const size_t voxels = segment->second.count();
        const auto added = annotation_->addComputedSegment(segment->first, segment->second, tr("ADC candidate"));
        if (!added) {
          context_.showError(tr("ADC candidate mask"), added.error());
          emit candidateMade(false, added.error());
          return;
        }
        const QString message = tr("Candidate segment with %1 voxels: erase what is not tumour.").arg(voxels);
        context_.showStatus(message);
        emit candidateMade(true, message);
      });
}

}  // namespace rc
