#pragma once
// What a bone-scan reading is made of: the skeletal regions a hotspot is placed in, the calls
// a reader makes on it, the extent-of-disease grade (Soloway 1988) that follows from the count
// of metastases, the tracers, and which tracer each analysis program was built for.

#include "storage/BoneScanStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <optional>

namespace rc::bonescan {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(BoneScan)
};

// Region ids in the order the short list at a click offers them (head to feet).
const QStringList& regionIds();
QString regionLabel(const QString& id);  // translated

namespace call {
inline const QString metastasis = QStringLiteral("metastasis");
inline const QString equivocal = QStringLiteral("equivocal");
inline const QString benign = QStringLiteral("benign");  // benign or degenerative
}  // namespace call
const QStringList& callIds();
QString callLabel(const QString& id);  // translated

// Soloway's extent of disease: 0 none, 1 fewer than 6 metastases, 2 six to twenty, 3 more
// than twenty, 4 superscan (whatever the count).
int eodGrade(int metastases, bool superscan);

// "MDP" or "HMDP" for the ways a tracer is written (99mTc-MDP, Tc-99m MDP, medronate, HDP,
// 99mTc-HMDP, oxidronate, ...); nullopt for anything else.
std::optional<QString> tracerOf(const QString& text);
// The tracer a program analyses: BONENAVI 99mTc-MDP, VSBONE 99mTc-HMDP; empty when unknown.
QString ownTracer(const QString& program);

// A spreadsheet's column header as the importers compare it: NFKC, trimmed, lower case.
QString sheetHeaderKey(const QString& header);

// yes/no, 1/0, true/false, y/n, あり/なし, 有/無, positive/negative; nullopt otherwise.
std::optional<bool> yesNo(const QString& text);

// Lesions counted from a reader's marks: a mark that shows again a lesion already marked in
// the other view (sameLesionAs) is not counted a second time.
struct LesionCounts {
  int lesions = 0;     // every call
  int metastases = 0;  // call "metastasis"
  std::map<QString, int> metastasesPerRegion;
  std::map<QString, int> lesionsPerRegion;
};
LesionCounts countLesions(const std::vector<HotspotMarkRecord>& marks);

}  // namespace rc::bonescan
