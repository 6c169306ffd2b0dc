// radcurator-cli dose: the radiation dose of stored studies (dose/StudyDose.h).

#include "CliSupport.h"
#include "Commands.h"
#include "core/Files.h"
#include "dose/StudyDose.h"

namespace rc::cli {

int doseCommand(const Args& args) {
  const bool all = args.has(QStringLiteral("all"));
  const QString study = args.value(QStringLiteral("study"));
  if (all == !study.isEmpty() || !args.positional.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const auto studies = storedStudyDose(*store, study);
  if (!studies) return failed(studies.error());
  int events = 0;
  for (const StudyDose& s : studies.value()) events += int(s.events.size());
  if (args.has(QStringLiteral("csv"))) {
    if (const Status written = writeFileAtomically(args.value(QStringLiteral("csv")), doseCsv(studies.value())); !written)
      return failed(written.error());
    out() << "wrote " << studies->size() << " studies, " << events << " irradiation events to " << args.value(QStringLiteral("csv")) << "\n";
    return 0;
  }
  for (const StudyDose& s : studies.value()) {
    out() << s.patientCode << '\t' << s.studyUid << '\t' << s.studyDate << '\t' << doseSourceName(s.source) << '\t' << s.events.size()
          << " events\tCTDIvol max " << (s.maxCtdiVol() ? QString::number(*s.maxCtdiVol(), 'f', 2) : QStringLiteral("-"))
          << " mGy\tDLP total " << (s.totalDlpMgyCm ? QString::number(*s.totalDlpMgyCm, 'f', 2) : QStringLiteral("-")) << " mGy.cm\n";
  }
  return 0;
}

}  // namespace rc::cli
