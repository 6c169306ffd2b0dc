#include "bonescan/BoneScanSheet.h"

#include "bonescan/BoneScan.h"
#include "bonescan/BoneScanComparison.h"

#include <memory>
#include <set>

namespace rc::bonescan {

Result<BoneScanSheet> boneScanSheet(ReadingStudy& study, const ProjectRecord& project, bool japanese) {
  auto cases = comparisonCases(study, project);
  if (!cases) return fail(cases.error());
  std::set<QString> programs, readers;
  for (const ComparisonCase& c : *cases) {
    for (const auto& [login, call] : c.readers) readers.insert(login);
    for (const ProgramResultRecord& r : c.results)
      if (countsForComparison(r)) programs.insert(programSubject(r.program, r.version));
  }
  BoneScanSheet out;
  std::vector<SheetColumn>& columns = out.additions.columns;
  columns.push_back({QStringLiteral("bone_median_count"), QStringLiteral("転移数(読影医の中央値)"), QStringLiteral("Metastases (readers' median)"), false});
  for (const QString& p : programs) {
    columns.push_back({QStringLiteral("bsi:") + p, QStringLiteral("BSI %1 (%)").arg(p), QStringLiteral("BSI %1 (%)").arg(p), false});
    columns.push_back({QStringLiteral("hotspots:") + p, QStringLiteral("ホットスポット数 %1").arg(p), QStringLiteral("Hotspots %1").arg(p), false});
  }
  std::map<QString, int> readerNumber;
  for (const QString& login : readers) {
    const int n = int(readerNumber.size()) + 1;
    readerNumber[login] = n;
    columns.push_back({QStringLiteral("reader_count:%1").arg(n), QStringLiteral("転移数 読影医%1").arg(n), QStringLiteral("Metastases reader %1").arg(n), false});
  }
  // Per series: the cells.
  auto values = std::make_shared<std::map<QString, std::map<QString, QVariant>>>();
  for (const ComparisonCase& c : *cases) {
    if (c.readers.empty() && c.results.empty()) continue;
    std::map<QString, QVariant>& cells = (*values)[c.seriesUid];
    if (!c.readers.empty()) {
      out.seriesWithReadings << c.seriesUid;
      const ReferenceReading ref = referenceReading(c.readers);
      cells[QStringLiteral("eod")] = double(ref.eod);
      if (ref.metastasis)
        cells[QStringLiteral("metastasis")] = *ref.metastasis ? (japanese ? QStringLiteral("あり") : QStringLiteral("Present"))
                                                              : (japanese ? QStringLiteral("なし") : QStringLiteral("Absent"));
      cells[QStringLiteral("bone_median_count")] = ref.medianCount;
      const int n = int(c.readers.size());
      const QString count = QString::number(ref.medianCount);
      cells[QStringLiteral("findings")] =
          !ref.metastasis ? (japanese ? QStringLiteral("骨転移: 読影医%1名の判定が割れた").arg(n) : QStringLiteral("Bone metastases: the %1 readers are split").arg(n))
          : *ref.metastasis
              ? (japanese ? QStringLiteral("骨転移あり(読影医%1名の多数決)、転移数 中央値 %2").arg(n).arg(count)
                          : QStringLiteral("Bone metastases (majority of %1 readers), median count %2").arg(n).arg(count))
              : (japanese ? QStringLiteral("骨転移なし(読影医%1名の多数決)").arg(n) : QStringLiteral("No bone metastases (majority of %1 readers)").arg(n));
      for (const auto& [login, call] : c.readers) cells[QStringLiteral("reader_count:%1").arg(readerNumber[login])] = double(call.metastases);
    }
    for (const ProgramResultRecord& r : c.results) {
      if (!countsForComparison(r)) continue;
      const QString p = programSubject(r.program, r.version);
      if (r.bsi) cells[QStringLiteral("bsi:") + p] = *r.bsi;
      if (r.hotspots) cells[QStringLiteral("hotspots:") + p] = double(*r.hotspots);
    }
  }
  out.additions.valuesOf = [values](const QString& seriesUid) {
    const auto it = values->find(seriesUid);
    return it == values->end() ? std::map<QString, QVariant>() : it->second;
  };
  return out;
}

}  // namespace rc::bonescan
