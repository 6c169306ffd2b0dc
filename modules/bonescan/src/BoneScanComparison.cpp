#include "bonescan/BoneScanComparison.h"

#include "bonescan/BoneScan.h"
#include "core/CsvText.h"
#include "core/DiagnosticStatistics.h"
#include "core/RaterStatistics.h"

#include <algorithm>
#include <set>

namespace rc::bonescan {

namespace {

using Reference = ReferenceReading;

QString number(double v) { return QString::number(v, 'g', 12); }
QString number(const std::optional<double>& v) { return v ? number(*v) : QString(); }

const std::vector<QString> kEodOrder = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};

// Sensitivity and specificity of calls against the reference, as two rows.
void addDiagnosticRows(std::vector<ComparisonRow>& rows, const QString& subject, const QString& threshold,
                       const std::vector<std::pair<bool, bool>>& callAndTruth) {
  int tp = 0, positives = 0, tn = 0, negatives = 0;
  for (const auto& [called, truth] : callAndTruth) {
    if (truth) {
      ++positives;
      tp += called ? 1 : 0;
    } else {
      ++negatives;
      tn += called ? 0 : 1;
    }
  }
  for (const auto& [measure, k, n] : {std::tuple{QStringLiteral("sensitivity"), tp, positives}, std::tuple{QStringLiteral("specificity"), tn, negatives}}) {
    ComparisonRow row{measure, subject, threshold, std::nullopt, std::nullopt, std::nullopt, n};
    if (const auto p = wilsonProportion(k, n)) {
      row.value = p->value;
      row.low = p->low;
      row.high = p->high;
    }
    rows.push_back(row);
  }
}

void addBlandAltmanRows(BoneScanComparison& out, const QString& subject, const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<ComparisonRow>& rows = out.rows;
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) out.blandAltmanPairs[subject].emplace_back(a[i], b[i]);
  const auto ba = blandAltman(a, b);
  const int n = int(a.size());
  rows.push_back({QStringLiteral("bland_altman_bias"), subject, QString(), ba ? std::optional(ba->bias) : std::nullopt, std::nullopt, std::nullopt, n});
  rows.push_back({QStringLiteral("bland_altman_low"), subject, QString(), ba ? std::optional(ba->lower) : std::nullopt, std::nullopt, std::nullopt, n});
  rows.push_back({QStringLiteral("bland_altman_high"), subject, QString(), ba ? std::optional(ba->upper) : std::nullopt, std::nullopt, std::nullopt, n});
}

// A program's figures against the reference, on the cases it analysed on its own tracer.
void compareProgram(BoneScanComparison& out, const QString& subject, const std::vector<std::pair<const ComparisonCase*, const ProgramResultRecord*>>& results,
                    const std::map<const ComparisonCase*, Reference>& reference) {
  struct Cut {
    QString label;
    bool onBsi;
    double above;
  };
  const std::vector<Cut> cuts = {{QStringLiteral("bsi>0"), true, 0.0},
                                 {QStringLiteral("bsi>0.46"), true, 0.46},
                                 {QStringLiteral("bsi>1"), true, 1.0},
                                 {QStringLiteral("hotspots>2"), false, 2.0}};
  for (const Cut& cut : cuts) {
    std::vector<std::pair<bool, bool>> calls;
    for (const auto& [c, r] : results) {
      const auto ref = reference.find(c);
      if (ref == reference.end() || !ref->second.metastasis) continue;
      const std::optional<double> v = cut.onBsi ? r->bsi : (r->hotspots ? std::optional<double>(*r->hotspots) : std::nullopt);
      if (v) calls.emplace_back(*v > cut.above, *ref->second.metastasis);
    }
    if (!calls.empty()) addDiagnosticRows(out.rows, subject, cut.label, calls);
  }
  std::vector<double> positives, negatives, hotspots, medians;
  for (const auto& [c, r] : results) {
    const auto ref = reference.find(c);
    if (ref == reference.end()) continue;
    if (r->bsi && ref->second.metastasis) (*ref->second.metastasis ? positives : negatives).push_back(*r->bsi);
    if (r->hotspots) {
      hotspots.push_back(*r->hotspots);
      medians.push_back(ref->second.medianCount);
    }
  }
  if (!positives.empty() || !negatives.empty()) {
    ComparisonRow row{QStringLiteral("auc"), subject, QString(), std::nullopt, std::nullopt, std::nullopt,
                      int(positives.size() + negatives.size())};
    if (const auto roc = rocArea(positives, negatives)) {
      row.value = roc->auc;
      row.low = roc->low;
      row.high = roc->high;
    }
    out.rows.push_back(row);
  }
  if (!hotspots.empty()) addBlandAltmanRows(out, subject, hotspots, medians);
}

void compareReaders(BoneScanComparison& out, const std::vector<ComparisonCase>& cases, const std::map<const ComparisonCase*, Reference>& reference) {
  // Between readers, on the cases every one of them read.
  std::vector<std::vector<QString>> yesNo;
  std::vector<std::vector<double>> counts;
  std::map<QString, std::vector<QString>> grades;
  for (const ComparisonCase& c : cases) {
    if (c.readers.empty() || c.readers.size() != size_t(out.readers.size())) continue;
    std::vector<QString> calls;
    std::vector<double> n;
    for (const QString& reader : out.readers) {
      const ReaderCall& call = c.readers.at(reader);
      calls.push_back(call.metastasis ? QStringLiteral("yes") : QStringLiteral("no"));
      n.push_back(call.metastases);
      grades[reader].push_back(QString::number(call.eod));
    }
    yesNo.push_back(calls);
    counts.push_back(n);
  }
  out.readByAll = int(yesNo.size());
  if (out.readers.size() >= 2) {
    const int n = out.readByAll;
    out.rows.push_back({QStringLiteral("fleiss_kappa"), QStringLiteral("readers"), QString(), n ? fleissKappa(yesNo) : std::nullopt,
                        std::nullopt, std::nullopt, n});
    // Light's approach for several raters: the mean of the pairwise (linear-weighted) kappas.
    std::optional<double> meanKappa;
    double sum = 0;
    int pairs = 0;
    bool undefined = n == 0;
    for (int a = 0; a < out.readers.size() && !undefined; ++a)
      for (int b = a + 1; b < out.readers.size() && !undefined; ++b) {
        const auto k = cohenKappa(grades[out.readers[a]], grades[out.readers[b]], KappaWeights::Linear, kEodOrder);
        if (!k) undefined = true;
        else {
          sum += *k;
          ++pairs;
        }
      }
    if (!undefined && pairs) meanKappa = sum / pairs;
    out.rows.push_back({QStringLiteral("weighted_kappa"), QStringLiteral("readers"), QString(), meanKappa, std::nullopt, std::nullopt, n});
    out.rows.push_back({QStringLiteral("icc21"), QStringLiteral("readers"), QString(), n >= 2 ? icc21(counts) : std::nullopt,
                        std::nullopt, std::nullopt, n});
  }
  // Each reader against the reference.
  for (const QString& reader : out.readers) {
    std::vector<std::pair<bool, bool>> calls;
    std::vector<QString> own, ref;
    std::vector<double> count, median;
    for (const ComparisonCase& c : cases) {
      const auto call = c.readers.find(reader);
      const auto r = reference.find(&c);
      if (call == c.readers.end() || r == reference.end()) continue;
      if (r->second.metastasis) calls.emplace_back(call->second.metastasis, *r->second.metastasis);
      own.push_back(QString::number(call->second.eod));
      ref.push_back(QString::number(r->second.eod));
      count.push_back(call->second.metastases);
      median.push_back(r->second.medianCount);
    }
    if (!calls.empty()) addDiagnosticRows(out.rows, reader, QString(), calls);
    out.rows.push_back({QStringLiteral("weighted_kappa"), reader, QString(),
                        own.empty() ? std::nullopt : cohenKappa(own, ref, KappaWeights::Linear, kEodOrder), std::nullopt, std::nullopt,
                        int(own.size())});
    if (!count.empty()) addBlandAltmanRows(out, reader, count, median);
  }
}

}  // namespace

ReferenceReading referenceReading(const std::map<QString, ReaderCall>& readers) {
  ReferenceReading r;
  int yes = 0;
  std::vector<int> counts, grades;
  for (const auto& [login, call] : readers) {
    yes += call.metastasis ? 1 : 0;
    counts.push_back(call.metastases);
    grades.push_back(call.eod);
  }
  if (counts.empty()) return r;
  const int no = int(readers.size()) - yes;
  if (yes != no) r.metastasis = yes > no;
  std::sort(counts.begin(), counts.end());
  std::sort(grades.begin(), grades.end());
  const size_t n = counts.size();
  r.medianCount = n % 2 ? counts[n / 2] : (counts[n / 2 - 1] + counts[n / 2]) / 2.0;
  r.eod = grades[(n - 1) / 2];  // a grade stays a grade: the lower middle one when n is even
  return r;
}

bool countsForComparison(const ProgramResultRecord& result) {
  const QString own = ownTracer(result.program);
  return own.isEmpty() || result.tracer == own;
}

QString programSubject(const QString& program, const QString& version) {
  return version.trimmed().isEmpty() ? program.trimmed() : program.trimmed() + QLatin1Char(' ') + version.trimmed();
}

BoneScanComparison compareBoneScans(const std::vector<ComparisonCase>& cases) {
  BoneScanComparison out;
  std::map<const ComparisonCase*, Reference> reference;
  std::set<QString> readers;
  for (const ComparisonCase& c : cases) {
    if (c.readers.empty()) continue;
    ++out.cases;
    const Reference r = referenceReading(c.readers);
    if (r.metastasis) ++out.referenceCases;
    else ++out.ties;
    reference[&c] = r;
    for (const auto& [login, call] : c.readers) readers.insert(login);
  }
  for (const QString& r : readers) out.readers << r;

  // Each program's results, on its own tracer only.
  std::map<QString, std::vector<std::pair<const ComparisonCase*, const ProgramResultRecord*>>> bySubject;
  std::map<QString, ProgramCount> counts;
  for (const ComparisonCase& c : cases)
    for (const ProgramResultRecord& r : c.results) {
      const QString subject = programSubject(r.program, r.version);
      ProgramCount& count = counts[subject];
      count.subject = subject;
      count.tracer = ownTracer(r.program);
      if (!countsForComparison(r)) {
        ++count.otherTracer;
        continue;
      }
      ++count.ownTracer;
      bySubject[subject].emplace_back(&c, &r);
    }
  for (const auto& [subject, count] : counts) out.programs.push_back(count);
  for (const auto& [subject, results] : bySubject) compareProgram(out, subject, results, reference);

  // Programs with each other: the BSI on the cases both analysed.
  for (auto a = bySubject.begin(); a != bySubject.end(); ++a)
    for (auto b = std::next(a); b != bySubject.end(); ++b) {
      std::map<const ComparisonCase*, double> bsiOfA;
      for (const auto& [c, r] : a->second)
        if (r->bsi) bsiOfA[c] = *r->bsi;
      std::vector<double> x, y;
      for (const auto& [c, r] : b->second)
        if (r->bsi && bsiOfA.count(c)) {
          x.push_back(bsiOfA[c]);
          y.push_back(*r->bsi);
        }
      if (!x.empty()) addBlandAltmanRows(out, a->first + QStringLiteral(" vs ") + b->first, x, y);
    }
  compareReaders(out, cases, reference);
  return out;
}

QByteArray comparisonCsv(const BoneScanComparison& comparison) {
  QString text = QStringLiteral("measure,subject,threshold,value,ci_low,ci_high,n\r\n");
  for (const ComparisonRow& r : comparison.rows)
    text += QStringList{r.measure, csvField(r.subject), csvField(r.threshold), number(r.value), number(r.low), number(r.high), QString::number(r.n)}
                .join(QLatin1Char(',')) +
            QStringLiteral("\r\n");
  return text.toUtf8();
}

Result<std::vector<ComparisonCase>> comparisonCases(ReadingStudy& study, const ProjectRecord& project) {
  if (!study.actorHas(role::reviewer) && !study.actorHas(role::dataManager))
    return fail(Tr::tr("%1 may not see the comparison: that needs the role reviewer or data-manager").arg(study.actor().login));
  const auto cases = study.store().cases(project.id);
  if (!cases) return fail(cases.error());
  BoneScanStore store(study.store().database());
  const auto reads = store.reads(project.id);
  if (!reads) return fail(reads.error());
  const auto results = store.results();
  if (!results) return fail(results.error());
  std::map<qint64, std::vector<const BoneScanReadRecord*>> readsOfCase;
  for (const BoneScanReadRecord& r : *reads) readsOfCase[r.caseId].push_back(&r);
  std::map<QString, std::vector<const ProgramResultRecord*>> resultsOfPatient;
  for (const ProgramResultRecord& r : *results) resultsOfPatient[r.patientCode].push_back(&r);

  std::vector<ComparisonCase> out;
  for (const CaseRecord& c : *cases) {
    if (!c.excludedReason.isEmpty()) continue;
    ComparisonCase cc;
    cc.patientCode = c.patientCode;
    cc.seriesUid = c.seriesUid;
    for (const BoneScanReadRecord* r : readsOfCase[c.id]) {
      // A reading made in the viewer counts once submitted; one from paper is final.
      const auto a = std::find_if(c.assignments.begin(), c.assignments.end(), [&](const AssignmentRecord& x) { return x.reader == r->reader; });
      const bool done = r->source == QLatin1String("imported") || (a != c.assignments.end() && reading::isDone(a->status));
      if (done) cc.readers[r->reader] = ReaderCall{r->metastases, r->eod, r->metastasis};
    }
    for (const ProgramResultRecord* r : resultsOfPatient[c.patientCode])
      if (r->studyDate.isEmpty() || r->studyDate == c.studyDate) cc.results.push_back(*r);
    out.push_back(std::move(cc));
  }
  return out;
}

}  // namespace rc::bonescan
