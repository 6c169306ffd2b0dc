// Commands that work on folders without a store: batch de-identification and the
// residual-PHI scan.

#include "Commands.h"
#include "core/Parallel.h"
#include "deid/Deidentifier.h"
#include "core/Files.h"
#include "deid/PhiScanner.h"
#include "dicom/DicomHeader.h"
#include "casework/StoreDeid.h"


#include <QDir>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QMutex>

#include <atomic>
#include <future>
#include <memory>
#include <vector>

namespace rc::cli {

namespace {

bool isInside(const QString& path, const QString& folder) {
  const QString p = QFileInfo(path).absoluteFilePath() + QLatin1Char('/');
  const QString f = QFileInfo(folder).absoluteFilePath() + QLatin1Char('/');
  return p.startsWith(f);
}

// Every file below `root`, sorted, leaving out anything inside `exclude`; what cannot be
// taken (dangling or looping links, unreadable folders) is listed with the reason. Files whose
// names are not UTF-8 are read through alias links and shown (and written) under their name
// with \\xNN escapes.
struct Inputs {
  QStringList files;                     // what to open
  QHash<QString, QString> shown;          // alias -> the name to show and to write under
  std::vector<WalkProblem> problems;
  std::shared_ptr<QTemporaryDir> aliases;
  QString nameOf(const QString& file) const { return shown.value(file, file); }
};

Inputs filesBelow(const QString& root, const QString& exclude = QString()) {
  FolderWalk walk = walkFiles(root);
  Inputs inputs;
  inputs.problems = std::move(walk.problems);
  inputs.aliases = walk.aliases;
  for (const FoundFile& f : walk.files) {
    if (!exclude.isEmpty() && isInside(f.displayPath, exclude)) continue;
    inputs.files << f.path;
    if (f.path != f.displayPath) inputs.shown.insert(f.path, f.displayPath);
  }
  return inputs;
}

}  // namespace

int deidCommand(const Args& args) {
  if (args.positional.size() != 2) return usage();
  const QString in = QFileInfo(args.positional[0]).absoluteFilePath();
  const QString outDir = QFileInfo(args.positional[1]).absoluteFilePath();
  if (!QFileInfo(in).isDir()) {
    err() << "error: " << in << ": not a folder\n";
    return 1;
  }
  if (in == outDir || isInside(in, outDir)) {
    err() << "error: the output folder must not contain the input folder\n";
    return 2;
  }
  const auto options = requestedOptions(args);
  if (!options) {
    err() << "error: " << options.error() << "\n";
    return 2;
  }
  auto profile = DeidProfile::named(args.value(QStringLiteral("profile"), QStringLiteral("site")), options.value());
  if (!profile) {
    err() << "error: " << profile.error() << "\n";
    return 2;
  }

  // The site profile issues patient codes, so it needs a correspondence table; the table must
  // stay in the hospital, so never inside the output.
  const QString tablePath = args.value(QStringLiteral("correspondence"));
  if (profile->issuesPatientCodes() && tablePath.isEmpty()) {
    err() << "error: the " << profile->name()
          << " profile issues patient codes: give --correspondence FILE (kept in the hospital, never in OUT_DIR)\n";
    return 2;
  }
  // The table is unlocked (a deliberately slow key derivation, ~1 s of one core) beside the
  // first pass, which needs no key; a table that does not open stops that pass.
  std::atomic<bool> tableFailed{false};
  std::future<Result<std::unique_ptr<CorrespondenceTable>>> unlocking;
  if (!tablePath.isEmpty()) {
    if (isInside(tablePath, outDir)) {
      err() << "error: the correspondence table must not be inside the output folder\n";
      return 2;
    }
    const auto passphrase = obtainPassphrase(args, !CorrespondenceTable::exists(tablePath));
    if (!passphrase) {
      err() << "error: " << passphrase.error() << "\n";
      return 1;
    }
    const QString prefix = args.value(QStringLiteral("prefix"), QStringLiteral("RC-"));
    unlocking = std::async(std::launch::async, [&tableFailed, tablePath, prefix, passphrase = passphrase.value()] {
      auto opened = CorrespondenceTable::openOrCreate(tablePath, passphrase, prefix);
      if (!opened) tableFailed = true;
      return opened;
    });
  }

  auto preparing = std::async(std::launch::async, prepareDeidentifier);  // beside the first pass
  // First pass: which files are DICOM (not media directories), and their patients. The
  // headers are read on every core; what they say is used in file order. Without a table no
  // patient is needed: the file meta information says what is a DICOMDIR.
  const bool withTable = unlocking.valid();
  const int threads = args.value(QStringLiteral("threads"), QStringLiteral("0")).toInt();
  const Inputs inputs = filesBelow(in, outDir);
  const QStringList& found = inputs.files;
  struct FirstLook {
    bool dicom = false;
    bool mediaDirectory = false;
    std::optional<PatientIdentity> patient;
  };
  std::vector<FirstLook> looks(size_t(found.size()));
  parallelFor(looks.size(), threads, [&](size_t i) {
    const QString& file = found[qsizetype(i)];
    FirstLook& look = looks[i];
    look.dicom = looksLikeDicom(file);
    if (!look.dicom) return !tableFailed;
    if (!withTable) {
      look.mediaDirectory = mediaStorageSopClassOf(file) == QLatin1String("1.2.840.10008.1.3.10");  // Media Storage Directory
    } else if (const auto header = readDicomHeader(file)) {  // a file that fails is reported by its de-identification
      look.mediaDirectory = header->isMediaDirectory();
      look.patient = PatientIdentity{header->patientId, header->issuerOfPatientId, header->patientName, header->patientBirthDate};
    }
    return !tableFailed;
  });

  std::unique_ptr<CorrespondenceTable> table;
  if (withTable) {
    auto opened = unlocking.get();
    if (!opened) {
      err() << "error: " << opened.error() << "\n";
      return 1;
    }
    table = std::move(opened).value();
  }
  QMutex tableMutex;
  DeidContext context;
  context.profile = &profile.value();
  if (table) {
    context.uidSecret = table->secret();
    CorrespondenceTable* t = table.get();
    context.resolvePatient = [t, &tableMutex](const PatientIdentity& identity) -> Result<PatientKeys> {
      QMutexLocker lock(&tableMutex);  // files are de-identified in parallel
      auto code = t->codeFor(identity);
      if (!code) return fail(code.error());
      return PatientKeys{code.value(), t->dateOffsetDays(identity)};
    };
  } else {
    // No table: UIDs are consistent within this run only.
    context.uidSecret = newOneOffUidSecret();
    if (context.uidSecret.isEmpty()) {
      err() << "error: no random source for the UID key\n";
      return 2;
    }
    err() << "note: without --correspondence, new UIDs are consistent within this run only\n";
  }
  int done = 0, skipped = 0, errors = 0;
  for (const WalkProblem& p : inputs.problems) {
    err() << (p.error ? "error: " : "skipped: ") << p.displayPath << ": " << p.reason << "\n";
    ++(p.error ? errors : skipped);
  }
  std::vector<QString> toDo;
  for (qsizetype i = 0; i < found.size(); ++i) {
    const QString& file = found[i];
    const FirstLook& look = looks[size_t(i)];
    if (!look.dicom) {
      err() << "skipped: " << inputs.nameOf(file) << ": not a DICOM file\n";
      ++skipped;
      continue;
    }
    if (QFileInfo(file).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0 || look.mediaDirectory) {
      // A DICOMDIR repeats patient names and IDs; a new one is made for the de-identified files.
      err() << "skipped: " << inputs.nameOf(file) << ": DICOMDIR (it names patients)\n";
      ++skipped;
      continue;
    }
    // Codes first, so that every output is checked against every patient of the run.
    if (table && look.patient) (void)table->codeFor(*look.patient);
    toDo.push_back(file);
  }
  PhiScanner knownPatients;
  if (table) {
    knownPatients.addCorrespondence(*table);
    context.knownPatients = &knownPatients;
  }

  // One file per core; messages are printed afterwards in file order.
  std::vector<QString> failures(toDo.size());
  parallelFor(toDo.size(), threads, [&](size_t i) {
    const QString target = QDir(outDir).filePath(QDir(in).relativeFilePath(inputs.nameOf(toDo[i])));
    QDir().mkpath(QFileInfo(target).absolutePath());
    const auto outcome = deidentifyFileChecked(toDo[i], target, context);
    if (!outcome) failures[i] = QString(outcome.error()).replace(toDo[i], inputs.nameOf(toDo[i]));
    return true;
  });
  for (const QString& failure : failures) {
    if (failure.isEmpty()) {
      ++done;
      continue;
    }
    err() << "error: " << failure << "\n";
    ++errors;
  }
  out() << "de-identified " << done << " files, " << skipped << " skipped, " << errors << " errors\n";
  return errors == 0 ? 0 : 1;
}

int phiScanCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  std::shared_ptr<const DeidProfile> profile;
  std::unique_ptr<CorrespondenceTable> table;
  QString tablePath = args.value(QStringLiteral("correspondence"));
  if (args.has(QStringLiteral("store"))) {
    const auto store = openStore(args);
    if (!store) return 1;
    const auto stored = storeProfile(*store);
    if (!stored) {
      err() << "error: " << stored.error() << "\n";
      return 1;
    }
    profile = stored.value();
    if (tablePath.isEmpty()) tablePath = store->correspondencePath();
  } else {
    const auto options = requestedOptions(args);
    auto named = DeidProfile::named(args.value(QStringLiteral("profile"), QStringLiteral("site")), options ? options.value() : std::set<DeidOption>{});
    if (!named) {
      err() << "error: " << named.error() << "\n";
      return 2;
    }
    profile = std::make_shared<DeidProfile>(std::move(named).value());
  }
  PhiScanner scanner(profile.get());
  if (!tablePath.isEmpty() && CorrespondenceTable::exists(tablePath)) {
    const auto passphrase = obtainPassphrase(args, false);
    if (!passphrase) {
      err() << "error: " << passphrase.error() << " (needed to look for the original identifiers)\n";
      return 2;
    }
    auto opened = CorrespondenceTable::open(tablePath, passphrase.value());
    if (!opened) {
      err() << "error: " << opened.error() << "\n";
      return 2;
    }
    table = std::move(opened).value();
    scanner.addCorrespondence(*table);
  } else {
    err() << "note: no correspondence table: checking the profile's rules only, not original identifiers\n";
  }

  int scanned = 0, findings = 0, errors = 0;
  const Inputs inputs = filesBelow(args.positional.first());
  // A file the scan cannot read is no clean file: it counts as an error.
  for (const WalkProblem& p : inputs.problems) {
    if (!p.error) continue;
    err() << "error: " << p.displayPath << ": " << p.reason << "\n";
    ++errors;
  }
  for (const QString& file : inputs.files) {
    QFile probe(file);
    if (!probe.open(QIODevice::ReadOnly)) {
      err() << "error: " << inputs.nameOf(file) << ": cannot read: " << probe.errorString() << "\n";
      ++errors;
      continue;
    }
    probe.close();
    if (!looksLikeDicom(file)) continue;
    const auto result = scanner.scanFile(file);
    if (!result) {
      err() << "error: " << QString(result.error()).replace(file, inputs.nameOf(file)) << "\n";
      ++errors;
      continue;
    }
    ++scanned;
    for (const PhiFinding& f : result.value()) {
      out() << "finding: " << inputs.nameOf(f.file) << ": " << f.element << ": " << f.reason << "\n";
      ++findings;
    }
  }
  out() << "scanned " << scanned << " files, " << findings << " findings, " << errors << " errors\n";
  return findings == 0 && errors == 0 ? 0 : 1;
}

}  // namespace rc::cli

namespace rc::cli {

// What a profile does, attribute by attribute: every row of PS3.15 Table E.1-1, then the
// attributes the profile names that the table does not. One TSV line each: tag, name,
// action (K, X, Z, D, U, C, Z/D, ..., code, fixed), where the rule comes from ("basic", an
// option's column, the profile's name), and a fixed value. The conformance statement's
// de-identification table is made from this output (scripts/make-conformance-statement).
int profileCommand(const Args& args) {
  if (!args.positional.isEmpty()) return usage();
  const auto options = requestedOptions(args);
  if (!options) {
    err() << "error: " << options.error() << "\n";
    return 2;
  }
  const auto profile = DeidProfile::named(args.value(QStringLiteral("profile"), QStringLiteral("site")), options.value());
  if (!profile) {
    err() << "error: " << profile.error() << "\n";
    return 2;
  }
  out() << "# " << profile->title() << "\n";
  // A range of the table ("(60XX,3000)", private groups) is asked for by its first member.
  auto tagOf = [](const QString& text) -> std::optional<std::pair<quint16, quint16>> {
    if (text.startsWith(QLatin1String("(GGGG"))) return std::pair<quint16, quint16>{0x0009, 0x1000};
    QString t = text.left(11);
    t.replace(QLatin1Char('X'), QLatin1Char('0'));
    bool okGroup = false, okElement = false;
    const quint16 group = quint16(t.mid(1, 4).toUInt(&okGroup, 16)), element = quint16(t.mid(6, 4).toUInt(&okElement, 16));
    if (!okGroup || !okElement) return std::nullopt;
    return std::pair<quint16, quint16>{group, element};
  };
  QSet<QString> listed;
  auto line = [&](const QString& tag, const QString& name) {
    const auto key = tagOf(tag);
    if (!key) return;
    const DeidRule rule = profile->ruleFor(key->first, key->second);
    out() << tag << "\t" << name << "\t" << actionCode(rule.action) << "\t" << rule.source << "\t" << rule.fixedValue << "\n";
    listed.insert(tag.left(11));
  };
  for (const DeidProfile::TableRow& row : DeidProfile::standardTable()) line(row.tag, row.name);
  for (const DeidProfile::NamedRule& named : profile->namedRules())
    if (!listed.contains(named.tag)) line(named.tag, named.name);
  return 0;
}

}  // namespace rc::cli
