// radcurator-cli adc: the tumour-specific ADC workflow (casework/AdcWork.h) from the shell.

#include "Commands.h"

#include "casework/AdcWork.h"
#include "core/Progress.h"

namespace rc::cli {

namespace {

std::optional<double> numberOption(const Args& args, const QString& name) {
  if (!args.has(name)) return std::nullopt;
  bool ok = false;
  const double v = args.value(name).toDouble(&ok);
  if (!ok || !std::isfinite(v)) return std::nullopt;
  return v;
}

int adcCompute(const Args& args) {
  AdcComputeRequest request;
  request.dwiSeriesUid = args.value(QStringLiteral("series"));
  if (request.dwiSeriesUid.isEmpty()) return usage();
  if (args.has(QStringLiteral("fit")) && args.has(QStringLiteral("b"))) {
    err() << "error: --b and --fit exclude each other: two shells, or a fit over all\n";
    return 2;
  }
  if (args.has(QStringLiteral("fit"))) request.options.method = AdcMethod::LogLinearFit;
  if (args.has(QStringLiteral("b"))) {
    const QStringList parts = args.value(QStringLiteral("b")).split(QLatin1Char(','));
    bool ok1 = false, ok2 = false;
    const double lo = parts.value(0).toDouble(&ok1), hi = parts.value(1).toDouble(&ok2);
    if (parts.size() != 2 || !ok1 || !ok2 || !(lo < hi)) {
      err() << "error: --b wants LOW,HIGH with LOW < HIGH, e.g. --b 0,1000\n";
      return 2;
    }
    request.options.lowB = lo;
    request.options.highB = hi;
  }
  if (args.has(QStringLiteral("noise-floor"))) {
    request.options.noiseFloor = numberOption(args, QStringLiteral("noise-floor"));
    if (!request.options.noiseFloor) {
      err() << "error: --noise-floor wants a signal value\n";
      return 2;
    }
  }
  const auto store = openStore(args);
  if (!store) return 1;
  // An --out file leaves the store: it needs the table for the residual-PHI scan (asked first,
  // so that a wrong passphrase does not come after a long computation).
  std::unique_ptr<CorrespondenceTable> table;
  std::shared_ptr<const DeidProfile> profile;
  if (args.has(QStringLiteral("out"))) {
    table = openStoreTable(args, *store);
    if (!table) return 1;
    profile = openStoreProfile(*store);
    if (!profile) return 1;
  }
  Progress progress;
  cancelOnInterrupt(&progress);
  const auto outcome = computeAdcSeries(*store, request, progress);
  cancelOnInterrupt(nullptr);
  if (!outcome) {
    err() << (outcome.failureKind() == FailureKind::Cancelled ? "cancelled: " : "error: ") << outcome.error() << "\n";
    return 1;
  }
  err() << "shells\t" << outcome->shells << "\n"
        << "b-values from\t" << outcome->bValueSource << "\n"
        << "method\t" << outcome->description << "\n";
  if (!outcome->shellSeriesUids.isEmpty()) err() << "trace-weighted shells\t" << outcome->shellSeriesUids.join(QLatin1Char(' ')) << "\n";
  if (outcome->scannerDifference)
    err() << "scanner ADC\t" << outcome->scannerSeriesUid << "\tmean absolute difference inside the body "
          << QString::number(*outcome->scannerDifference, 'f', 1) << " x10^-6 mm2/s\n";
  if (table) {
    const Status exported = exportAdcMap(*store, outcome->adcSeriesUid, args.value(QStringLiteral("out")), *table, *profile,
                                         args.value(QStringLiteral("partner")));
    if (!exported) {
      err() << "error: " << exported.error() << "\n";
      out() << outcome->adcSeriesUid << "\n";
      return 1;
    }
  }
  out() << outcome->adcSeriesUid << "\n";
  return 0;
}

int adcThreshold(const Args& args) {
  AdcThresholdRequest request;
  request.adcSeriesUid = args.value(QStringLiteral("series"));
  const QStringList range = args.value(QStringLiteral("range")).split(QLatin1Char(':'));
  if (request.adcSeriesUid.isEmpty() || range.size() != 2) return usage();
  bool ok1 = false, ok2 = false;
  request.candidate.low = range[0].toDouble(&ok1);
  request.candidate.high = range[1].toDouble(&ok2);
  if (!ok1 || !ok2) {
    err() << "error: --range wants LO:HI in 10^-6 mm2/s, e.g. --range 0:1000\n";
    return 2;
  }
  if (args.has(QStringLiteral("min-island-mm3"))) {
    const auto n = numberOption(args, QStringLiteral("min-island-mm3"));
    if (!n || *n < 0) {
      err() << "error: --min-island-mm3 wants a volume in mm3\n";
      return 2;
    }
    request.candidate.minIslandMm3 = *n;
  }
  request.requireHighB = args.has(QStringLiteral("high-b"));
  request.highBMinimum = numberOption(args, QStringLiteral("high-b-min"));
  if (args.has(QStringLiteral("label"))) request.label = args.value(QStringLiteral("label"));
  const auto store = openStore(args);
  if (!store) return 1;
  const auto outcome = addAdcCandidate(*store, request);
  if (!outcome) {
    err() << "error: " << outcome.error() << "\n";
    return 1;
  }
  out() << "segment\t" << outcome->segmentNumber << "\n"
        << "voxels\t" << outcome->voxels << "\n"
        << "volume_ml\t" << QString::number(outcome->volumeMl, 'f', 3) << "\n"
        << "description\t" << outcome->description << "\n";
  return 0;
}

int adcStats(const Args& args) {
  const QString series = args.value(QStringLiteral("series"));
  if (series.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const auto statistics = adcStatisticsOfSeries(*store, series);
  if (!statistics) {
    err() << "error: " << statistics.error() << "\n";
    return 1;
  }
  out() << adcStatisticsTsv(statistics.value());
  return 0;
}

}  // namespace

int adcCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  const QString verb = args.positional.first();
  if (verb == QLatin1String("compute")) return adcCompute(args);
  if (verb == QLatin1String("threshold")) return adcThreshold(args);
  if (verb == QLatin1String("stats")) return adcStats(args);
  return usage();
}

}  // namespace rc::cli
