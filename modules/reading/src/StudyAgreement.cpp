#include "reading/StudyAgreement.h"

#include "ConsensusBuilder.h"
#include "casework/StoredSeries.h"
#include "core/CsvText.h"

#include <algorithm>
#include <map>
#include <set>

namespace rc {

namespace {

// One case as its readers submitted it.
struct ReadCase {
  CaseRecord record;
  std::vector<ReaderLabels> readers;
  Vec3 spacing = {1, 1, 1};
};

// item -> case index -> reader -> value
template <class Value>
using ItemTable = std::map<QString, std::map<size_t, std::map<QString, Value>>>;

Result<LabelSet> submittedVersion(LabelStore& labels, const LabelSetKey& key) {
  const auto revisions = labels.revisions(key);
  if (!revisions) return fail(revisions.error());
  for (auto it = revisions->rbegin(); it != revisions->rend(); ++it)
    if (it->kind == QLatin1String("submitted") || it->kind == QLatin1String("imported")) return labels.loadRevision(key, it->number);
  const auto stored = labels.load(key);
  if (!stored) return fail(stored.error());
  if (!stored->has_value()) return fail(ReadingStudy::tr("%1 submitted no label set").arg(key.reader));
  return stored.value()->labels;
}

QString diseaseClassOf(const LabelSet& labels) {
  QStringList classes;
  for (const Finding& f : labels.findings)
    if (!f.diseaseClass.isEmpty() && !classes.contains(f.diseaseClass.meaning)) classes << f.diseaseClass.meaning;
  classes.sort();
  return classes.isEmpty() ? QStringLiteral("none") : classes.join(QStringLiteral(" + "));
}

bool findingPresent(const LabelSet& labels) {
  if (!labels.findings.empty()) return true;
  for (const Segment& s : labels.segments)
    if (!labels.voxels.isEmpty(s.number)) return true;
  return false;
}

void compareBoxes(const ReadCase& c, const ReaderLabels& a, const ReaderLabels& b, StudyAgreementReport& report) {
  for (const bool threeD : {false, true}) {
    std::vector<const Finding*> fa, fb;
    for (const Finding& f : a.labels.findings)
      if (threeD ? bool(f.volumeBox) : bool(f.imageBox)) fa.push_back(&f);
    for (const Finding& f : b.labels.findings)
      if (threeD ? bool(f.volumeBox) : bool(f.imageBox)) fb.push_back(&f);
    if (fa.empty() && fb.empty()) continue;
    std::vector<std::vector<double>> iou(fa.size(), std::vector<double>(fb.size(), 0.0));
    for (size_t i = 0; i < fa.size(); ++i)
      for (size_t j = 0; j < fb.size(); ++j)
        iou[i][j] = threeD ? volumeBoxIou(*fa[i]->volumeBox, *fb[j]->volumeBox) : imageBoxIou(*fa[i]->imageBox, *fb[j]->imageBox);
    CaseBoxAgreement row{c.record.patientCode, c.record.seriesUid, a.reader, b.reader, threeD ? QStringLiteral("3D") : QStringLiteral("2D"),
                         int(fa.size()), int(fb.size()), 0, std::nullopt};
    double sum = 0;
    for (const BoxMatch& m : matchBoxesGreedily(iou)) ++row.matched, sum += m.iou;
    if (row.matched > 0) row.meanIou = sum / row.matched;
    report.boxes.push_back(row);
  }
}

// The readers who read the most compared cases together, and those cases.
template <class Value>
std::pair<QStringList, std::vector<size_t>> largestPanel(const std::map<size_t, std::map<QString, Value>>& byCase) {
  std::map<QStringList, std::vector<size_t>> panels;
  for (const auto& [index, values] : byCase) {
    QStringList readers;
    for (const auto& v : values) readers << v.first;
    if (readers.size() >= 2) panels[readers].push_back(index);
  }
  std::pair<QStringList, std::vector<size_t>> best;
  for (const auto& [readers, cases] : panels)
    if (cases.size() > best.second.size() || (cases.size() == best.second.size() && readers.size() > best.first.size())) best = {readers, cases};
  return best;
}

// values[case][reader] of the panel's readers over its cases.
template <class Value>
std::vector<std::vector<Value>> panelValues(const std::map<size_t, std::map<QString, Value>>& byCase, const QStringList& readers,
                                            const std::vector<size_t>& cases) {
  std::vector<std::vector<Value>> values;
  for (const size_t index : cases) {
    std::vector<Value> row;
    for (const QString& r : readers) row.push_back(byCase.at(index).at(r));
    values.push_back(std::move(row));
  }
  return values;
}

// Every pair of readers, over the cases both read.
template <class Value, class Visit>
void forEachPair(const std::map<size_t, std::map<QString, Value>>& byCase, Visit visit) {
  std::set<QString> everyone;
  for (const auto& entry : byCase)
    for (const auto& v : entry.second) everyone.insert(v.first);
  const std::vector<QString> readers(everyone.begin(), everyone.end());
  for (size_t i = 0; i < readers.size(); ++i)
    for (size_t j = i + 1; j < readers.size(); ++j) {
      std::vector<Value> a, b;
      for (const auto& entry : byCase) {
        const auto ra = entry.second.find(readers[i]), rb = entry.second.find(readers[j]);
        if (ra != entry.second.end() && rb != entry.second.end()) a.push_back(ra->second), b.push_back(rb->second);
      }
      if (!a.empty()) visit(readers[i], readers[j], a, b);
    }
}

void summarise(const ItemTable<QString>& categorical, const ItemTable<double>& numeric, StudyAgreementReport& report) {
  for (const auto& [item, byCase] : categorical) {
    forEachPair(byCase, [&](const QString& ra, const QString& rb, const std::vector<QString>& a, const std::vector<QString>& b) {
      report.items.push_back({item, QStringLiteral("Cohen's kappa"), {ra, rb}, int(a.size()), cohenKappa(a, b), std::nullopt, {}});
    });
    const auto [readers, cases] = largestPanel(byCase);
    if (readers.size() >= 2 && !cases.empty())
      report.items.push_back({item, QStringLiteral("Fleiss' kappa"), readers, int(cases.size()), fleissKappa(panelValues(byCase, readers, cases)),
                              std::nullopt, {}});
  }
  for (const auto& [item, byCase] : numeric) {
    const auto [readers, cases] = largestPanel(byCase);
    if (readers.size() >= 2 && cases.size() >= 2)
      report.items.push_back({item, QStringLiteral("ICC(2,1)"), readers, int(cases.size()), icc21(panelValues(byCase, readers, cases)),
                              std::nullopt, {}});
    forEachPair(byCase, [&](const QString& ra, const QString& rb, const std::vector<double>& a, const std::vector<double>& b) {
      std::vector<std::pair<double, double>> pairs;
      for (size_t n = 0; n < a.size(); ++n) pairs.emplace_back(a[n], b[n]);
      report.items.push_back({item, QStringLiteral("Bland-Altman"), {ra, rb}, int(a.size()), std::nullopt, blandAltman(a, b), std::move(pairs)});
    });
  }
}

}  // namespace

Result<StudyAgreementReport> studyAgreement(CaseDatabase& db, ReadingStudy& study, const ProjectRecord& project, Progress& progress) {
  if (!study.actorHas(role::reviewer) && !study.actorHas(role::dataManager))
    return fail(ReadingStudy::tr("%1 may not see agreement figures: that needs the role reviewer or data-manager").arg(study.actor().login));
  const auto cases = study.store().cases(project.id);
  if (!cases) return fail(cases.error());
  LabelStore labels(db);
  StudyAgreementReport report;
  ItemTable<QString> categorical;
  ItemTable<double> numeric;
  std::vector<ReadCase> read;
  for (size_t n = 0; n < cases->size(); ++n) {
    const CaseRecord& c = (*cases)[n];
    progress.report(qint64(n), qint64(cases->size()), c.patientCode);
    if (progress.cancelled()) return cancelledFailure(ReadingStudy::tr("cancelled"));
    if (!c.excludedReason.isEmpty()) continue;
    const int done = int(std::count_if(c.assignments.begin(), c.assignments.end(), [](const AssignmentRecord& a) { return reading::isDone(a.status); }));
    if (c.assignments.size() < 2 || done < int(c.assignments.size())) {
      report.skipped << ReadingStudy::tr("%1 %2: %3 of %4 reader(s) submitted").arg(c.patientCode, c.seriesUid).arg(done).arg(c.assignments.size());
      continue;
    }
    ReadCase rc{c, {}, {1, 1, 1}};
    for (const AssignmentRecord& a : c.assignments) {
      auto set = submittedVersion(labels, LabelSetKey{c.seriesUid, project.id, a.reader});
      if (!set) return fail(ReadingStudy::tr("%1 %2: %3").arg(c.patientCode, c.seriesUid, set.error()));
      rc.readers.push_back({a.reader, std::move(*set)});
    }
    // Distances need the voxel size; only masks need it.
    const bool anyMask = std::any_of(rc.readers.begin(), rc.readers.end(), [](const ReaderLabels& r) { return !r.labels.segments.empty(); });
    if (anyMask) {
      const auto volume = loadStoredSeries(db, c.seriesUid);
      if (!volume) return fail(volume.error());
      rc.spacing = (*volume)->spacing;
    }
    ++report.casesCompared;
    const auto structures = matchSegments(rc.readers);
    for (size_t i = 0; i < rc.readers.size(); ++i) {
      const ReaderLabels& a = rc.readers[i];
      categorical[QStringLiteral("finding present")][n][a.reader] = findingPresent(a.labels) ? QStringLiteral("yes") : QStringLiteral("no");
      categorical[QStringLiteral("disease class")][n][a.reader] = diseaseClassOf(a.labels);
      numeric[QStringLiteral("findings per case")][n][a.reader] = double(a.labels.findings.size());
      // Evaluations recorded on findings (e.g. metastasis yes/no): the values the reader gave in the case.
      std::map<QString, QStringList> evaluations;
      std::optional<double> longest;
      for (const Finding& f : a.labels.findings) {
        for (const QualitativeEvaluation& e : f.evaluations)
          if (!evaluations[e.concept.meaning].contains(e.value.meaning)) evaluations[e.concept.meaning] << e.value.meaning;
        if (f.longAxisMm) longest = std::max(longest.value_or(0.0), *f.longAxisMm);
      }
      for (auto& [concept, values] : evaluations) values.sort(), categorical[concept][n][a.reader] = values.join(QStringLiteral(" + "));
      if (longest) numeric[QStringLiteral("longest axis (mm)")][n][a.reader] = *longest;
      for (const auto& [key, numbers] : structures) {
        const Segment* s = nullptr;
        for (size_t r = 0; r < rc.readers.size() && !s; ++r) s = numbers[r] ? rc.readers[r].labels.segment(numbers[r]) : nullptr;
        const QString name = QStringLiteral("volume (ml): %1").arg(s->type.isEmpty() ? s->label : s->type.meaning);
        const double voxelMl = rc.spacing[0] * rc.spacing[1] * rc.spacing[2] / 1000.0;
        numeric[name][n][a.reader] = numbers[i] ? double(a.labels.voxels.count(numbers[i])) * voxelMl : 0.0;
      }
      for (size_t j = i + 1; j < rc.readers.size(); ++j) {
        const ReaderLabels& b = rc.readers[j];
        for (const auto& [key, numbers] : structures) {
          const Segment* s = numbers[i] ? a.labels.segment(numbers[i]) : b.labels.segment(numbers[j]);
          if (!s) continue;  // neither of the two has it
          const std::array<int, 3> dims = a.labels.voxels.dimensions()[0] > 0 ? a.labels.voxels.dimensions() : b.labels.voxels.dimensions();
          const SegmentMask ma = numbers[i] && a.labels.voxels.dimensions() == dims ? a.labels.voxels.extract(numbers[i]) : SegmentMask(dims);
          const SegmentMask mb = numbers[j] && b.labels.voxels.dimensions() == dims ? b.labels.voxels.extract(numbers[j]) : SegmentMask(dims);
          report.segments.push_back({c.patientCode, c.seriesUid, s->type.isEmpty() ? s->label : s->type.meaning, a.reader, b.reader,
                                     compareMasks(ma, mb, rc.spacing)});
        }
        compareBoxes(rc, a, b, report);
      }
    }
  }
  summarise(categorical, numeric, report);
  progress.report(qint64(cases->size()), qint64(cases->size()), QString());
  return report;
}

QByteArray agreementCsv(const StudyAgreementReport& report) {
  auto number = [](std::optional<double> v, int digits = 4) { return v ? QString::number(*v, 'f', digits) : QString(); };
  QStringList lines;
  auto line = [&](const QStringList& fields) {
    QStringList safe;
    for (const QString& f : fields) safe << csvField(f);
    lines << safe.join(QLatin1Char(','));
  };
  line({QStringLiteral("section"), QStringLiteral("patient"), QStringLiteral("series"), QStringLiteral("structure"), QStringLiteral("reader A"),
        QStringLiteral("reader B"), QStringLiteral("dice"), QStringLiteral("hd95 mm"), QStringLiteral("volume A ml"), QStringLiteral("volume B ml"),
        QStringLiteral("volume difference ml")});
  for (const CaseSegmentAgreement& s : report.segments) {
    const MaskAgreement& m = s.agreement;
    const QString hd = m.hd95State == DistanceState::Value ? QString::number(m.hd95Mm, 'f', 3)
                       : m.hd95State == DistanceState::Infinite ? QStringLiteral("inf") : QString();
    line({QStringLiteral("segment"), s.patientCode, s.seriesUid, s.structure, s.readerA, s.readerB, number(m.dice), hd,
          QString::number(m.volumeAMl, 'f', 3), QString::number(m.volumeBMl, 'f', 3), QString::number(m.volumeDifferenceMl(), 'f', 3)});
  }
  line({QStringLiteral("section"), QStringLiteral("patient"), QStringLiteral("series"), QStringLiteral("kind"), QStringLiteral("reader A"),
        QStringLiteral("reader B"), QStringLiteral("boxes A"), QStringLiteral("boxes B"), QStringLiteral("matched"), QStringLiteral("mean iou")});
  for (const CaseBoxAgreement& b : report.boxes)
    line({QStringLiteral("boxes"), b.patientCode, b.seriesUid, b.kind, b.readerA, b.readerB, QString::number(b.boxesA), QString::number(b.boxesB),
          QString::number(b.matched), number(b.meanIou)});
  line({QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("statistic"), QStringLiteral("readers"), QStringLiteral("cases"),
        QStringLiteral("value"), QStringLiteral("bias"), QStringLiteral("lower limit"), QStringLiteral("upper limit")});
  for (const ItemAgreement& i : report.items)
    line({QStringLiteral("project"), i.item, i.statistic, i.readers.join(QStringLiteral(" ")), QString::number(i.cases), number(i.value),
          i.limits ? QString::number(i.limits->bias, 'f', 4) : QString(), i.limits ? QString::number(i.limits->lower, 'f', 4) : QString(),
          i.limits ? QString::number(i.limits->upper, 'f', 4) : QString()});
  return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

}  // namespace rc
