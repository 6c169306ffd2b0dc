#include "CliSupport.h"

#include "casework/StoreDeid.h"
#include "storage/ScratchSpace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace rc::cli {

namespace {

const QStringList kValueOptions = {QStringLiteral("store"),           QStringLiteral("database"),        QStringLiteral("series"),
                                   QStringLiteral("stack"),           QStringLiteral("profile"),
                                   QStringLiteral("option"),          QStringLiteral("passphrase-file"),
                                   QStringLiteral("correspondence"),  QStringLiteral("rect"),
                                   QStringLiteral("issuer"),          QStringLiteral("prefix"),
                                   QStringLiteral("threads"),         QStringLiteral("out"),
                                   QStringLiteral("partner"),         QStringLiteral("cases"),
                                   QStringLiteral("purpose"),         QStringLiteral("sheet-lang"),
                                   QStringLiteral("password-file"),   QStringLiteral("map"),
                                   QStringLiteral("template"),        QStringLiteral("sheet-template"),
                                   QStringLiteral("b"),               QStringLiteral("range"),
                                   QStringLiteral("min-island-mm3"),  QStringLiteral("high-b-min"),
                                   QStringLiteral("label"),           QStringLiteral("noise-floor"),
                                   QStringLiteral("fractional-threshold"),
                                   QStringLiteral("organ-seg"),       QStringLiteral("as"),
                                   QStringLiteral("as-password-file"), QStringLiteral("new-password-file"),
                                   QStringLiteral("reader"),          QStringLiteral("readers"),
                                   QStringLiteral("role"),            QStringLiteral("name"),
                                   QStringLiteral("model"),           QStringLiteral("from"),
                                   QStringLiteral("comment"),         QStringLiteral("csv"),
                                   QStringLiteral("category"),        QStringLiteral("target"),
                                   QStringLiteral("project"),         QStringLiteral("status"),
                                   QStringLiteral("round-robin"),     QStringLiteral("study"),
                                   QStringLiteral("reason"),          QStringLiteral("actor"),
                                   QStringLiteral("action"),          QStringLiteral("patient"),
                                   QStringLiteral("since"),           QStringLiteral("vocabulary"),
                                   QStringLiteral("node"),            QStringLiteral("level"),
                                   QStringLiteral("patient-id"),      QStringLiteral("date"),
                                   QStringLiteral("modality"),        QStringLiteral("accession"),
                                   QStringLiteral("aet"),             QStringLiteral("port"),
                                   QStringLiteral("timeout"),         QStringLiteral("tls-ca"),
                                   QStringLiteral("tls-key"),         QStringLiteral("tls-cert"),
                                   QStringLiteral("url"),             QStringLiteral("user"),
                                   QStringLiteral("token-file"),      QStringLiteral("package"),
                                   QStringLiteral("ca")};
// Options that stand alone (no value follows).
const QStringList kFlagOptions = {QStringLiteral("deflate"), QStringLiteral("include-unverified"), QStringLiteral("allow-incomplete"),
                                  QStringLiteral("zip"), QStringLiteral("overwrite"), QStringLiteral("fit"),
                                  QStringLiteral("high-b"), QStringLiteral("diffusion"), QStringLiteral("bone-scan"), QStringLiteral("reports"), QStringLiteral("repair"),
                                  QStringLiteral("all"), QStringLiteral("blinded"), QStringLiteral("review"),
                                  QStringLiteral("with-labels")};

QString readLineNoEcho(const char* prompt) {
  FILE* tty = std::fopen("/dev/tty", "r+");
  if (!tty) return QString();
  std::fputs(prompt, tty);
  std::fflush(tty);
  termios old{};
  const int fd = fileno(tty);
  const bool terminal = tcgetattr(fd, &old) == 0;
  if (terminal) {
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fd, TCSAFLUSH, &silent);
  }
  std::string line;
  for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty)) line.push_back(char(c));
  if (terminal) tcsetattr(fd, TCSAFLUSH, &old);
  std::fputs("\n", tty);
  std::fclose(tty);
  return QString::fromStdString(line);
}

}  // namespace

Args parseArgs(const QStringList& arguments) {
  Args args;
  for (int i = 1; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    if (a == QLatin1String("--version") || a == QLatin1String("--help")) {
      args.command = a;
    } else if (a.startsWith(QLatin1String("--"))) {
      const QString name = a.mid(2);
      if (kFlagOptions.contains(name)) {
        args.options[name] << QString();
        continue;
      }
      if (!kValueOptions.contains(name)) {
        args.valid = false;
        args.problem = QStringLiteral("unknown option %1").arg(a);
        continue;
      }
      if (i + 1 >= arguments.size()) {
        args.valid = false;
        args.problem = QStringLiteral("%1 needs a value").arg(a);
        continue;
      }
      args.options[name] << arguments[++i];
    } else if (args.command.isEmpty()) {
      args.command = a;
    } else {
      args.positional << a;
    }
  }
  return args;
}

QTextStream& out() {
  static QTextStream stream(stdout);
  return stream;
}

QTextStream& err() {
  static QTextStream stream(stderr);
  return stream;
}

QString defaultStoreDirectory() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("store"));
}

QString storeDirectory(const Args& args) { return args.value(QStringLiteral("store"), defaultStoreDirectory()); }

std::optional<CaseStore> openStore(const Args& args, bool sweepScratch) {
  auto store = CaseStore::open(storeDirectory(args), args.value(QStringLiteral("database")));
  if (!store) {
    err() << "error: " << store.error() << "\n";
    return std::nullopt;
  }
  if (sweepScratch) {
    // What a killed import or export left in the scratch folder goes now, and is said.
    const auto removed = removeAbandonedScratch(store.value());
    if (!removed) {
      err() << "warning: " << removed.error() << "\n";
    } else if (!removed->empty()) {
      int files = 0;
      for (const AbandonedScratch& a : removed.value()) files += a.files;
      err() << "note: removed what an interrupted job left in the store's scratch folder: " << removed->size() << " folder(s), "
            << files << " file(s)\n";
    }
  }
  return store.value();
}

Result<QString> firstLineOf(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
  return QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

Result<QString> obtainPassphrase(const Args& args, bool creating) {
  if (args.has(QStringLiteral("passphrase-file"))) return firstLineOf(args.value(QStringLiteral("passphrase-file")));
  if (qEnvironmentVariableIsSet("RADCURATOR_PASSPHRASE")) return qEnvironmentVariable("RADCURATOR_PASSPHRASE");
  if (isatty(STDIN_FILENO)) {
    const QString first = readLineNoEcho(creating ? "New passphrase for the correspondence table: "
                                                  : "Passphrase of the correspondence table: ");
    if (creating && readLineNoEcho("Repeat the passphrase: ") != first) return fail(QStringLiteral("the passphrases differ"));
    if (!first.isEmpty()) return first;
  }
  return fail(QStringLiteral("the correspondence table needs its passphrase: give --passphrase-file FILE, set "
                             "RADCURATOR_PASSPHRASE, or run on a terminal"));
}

bool passphraseGiven(const Args& args) {
  return args.has(QStringLiteral("passphrase-file")) || qEnvironmentVariableIsSet("RADCURATOR_PASSPHRASE");
}

std::unique_ptr<CorrespondenceTable> openStoreTable(const Args& args, const CaseStore& store) {
  if (!CorrespondenceTable::exists(store.correspondencePath())) {
    err() << "error: the store has no correspondence table\n";
    return nullptr;
  }
  const auto passphrase = obtainPassphrase(args, false);
  if (!passphrase) {
    err() << "error: " << passphrase.error() << "\n";
    return nullptr;
  }
  auto table = CorrespondenceTable::open(store.correspondencePath(), passphrase.value());
  if (!table) {
    err() << "error: " << table.error() << "\n";
    return nullptr;
  }
  return std::move(table).value();
}

std::shared_ptr<const DeidProfile> openStoreProfile(const CaseStore& store) {
  auto profile = storeProfile(store);
  if (!profile) {
    err() << "error: " << profile.error() << "\n";
    return nullptr;
  }
  return profile.value();
}

Result<std::set<DeidOption>> requestedOptions(const Args& args) {
  std::set<DeidOption> options;
  for (const QString& name : args.values(QStringLiteral("option"))) {
    const auto option = deidOptionFromName(name);
    if (!option) {
      QStringList known;
      for (const auto& info : deidOptionInfos()) known << QLatin1String(info.cliName);
      return fail(QStringLiteral("unknown option %1 (known: %2)").arg(name, known.join(QStringLiteral(", "))));
    }
    options.insert(*option);
  }
  return options;
}

namespace {

std::optional<QString> accountPassword(const Args& args) {
  if (args.has(QStringLiteral("as-password-file"))) {
    QFile file(args.value(QStringLiteral("as-password-file")));
    if (!file.open(QIODevice::ReadOnly)) return QString();
    return QString::fromUtf8(file.readLine()).trimmed();
  }
  const QString env = qEnvironmentVariable("RADCURATOR_PASSWORD");
  if (!env.isEmpty()) return env;
  return std::nullopt;
}

}  // namespace

std::optional<ReadingStudy> actAs(const Args& args, CaseDatabase& db) {
  auto study = ReadingStudy::open(db, args.value(QStringLiteral("as")), accountPassword(args));
  if (!study) {
    err() << "error: " << study.error() << "\n";
    return std::nullopt;
  }
  return std::move(*study);
}

int usage() {
  err() << "usage:\n"
           "  radcurator-cli make-phantom DIR [--diffusion] [--bone-scan] [--reports] [--organ-seg FILE]  (demo data; --diffusion adds a DWI study\n"
           "                 with an ADC map, --bone-scan whole-body NM with programs.csv, --reports the CT's dose SR and the RIS's reports,\n"
           "                 --organ-seg an AI model's 117-organ SEG of the CT)\n"
           "  radcurator-cli import PATH... [--store DIR] [--profile site|basic|FILE] [--option NAME]...\n"
           "  radcurator-cli list [--store DIR]\n"
           "  radcurator-cli load --series UID [--store DIR] [--stack N]\n"
           "  radcurator-cli deid IN_DIR OUT_DIR [--profile site|basic|FILE] [--option NAME]... [--correspondence FILE] [--threads N]\n"
           "  radcurator-cli phi-scan DIR [--store DIR | --correspondence FILE] [--profile site|basic|FILE]\n"
           "  radcurator-cli profile [--profile site|basic|FILE] [--option NAME]...  (what the profile does, attribute by\n"
           "                                                       attribute: tag, name, action, source, value; TSV)\n"
           "  radcurator-cli optout CODE [--store DIR]\n"
           "  radcurator-cli correspondence list|lookup PATIENT_ID [--issuer ISSUER] [--store DIR]\n"
           "  radcurator-cli burned-in list|confirm SOP_UID|mask SOP_UID --rect X,Y,W,H [--store DIR]\n"
           "  radcurator-cli check [--repair] [--store DIR]        (every stored file against the database; --repair removes\n"
           "                                                       what interrupted jobs left in the scratch folder)\n"
           "  radcurator-cli labels --series UID [--store DIR]     (segment|finding|site|measurement lines)\n"
           "  radcurator-cli export-labels --series UID --out DIR [--partner NAME] [--deflate] [--include-unverified] [--store DIR]\n"
           "  radcurator-cli export --cases all|CODE,CODE... --partner NAME --out PATH [--purpose TEXT] [--sheet-lang ja|en]\n"
           "                 [--sheet-template chest|bone-scan|adc|dose|FILE.json]\n"
           "                 [--allow-incomplete] [--include-unverified] [--zip --password-file F] [--project NAME] [--store DIR]\n"
           "                 (a dataset package for a partner; --zip: one AES-256 zip archive; --project: a reading study's\n"
           "                 cases with their final labels, the consensus or the one accepted reading, said in README and sheet)\n"
           "  radcurator-cli exports [--store DIR]                 (the export ledger)\n"
           "  radcurator-cli clinical import FILE.xlsx|FILE.csv [--map MAPPING.json] [--template chest|bone-scan|adc]\n"
           "                 [--overwrite] [--store DIR]          (the hospital's clinical spreadsheet into the records)\n"
           "  radcurator-cli verify PATH [--password-file F]       (a package or archive against its manifest and DICOMDIR)\n"
           "  radcurator-cli adc compute --series DWI_UID [--b LOW,HIGH | --fit] [--noise-floor S] [--out FILE.dcm [--partner P]]\n"
           "                 [--store DIR]                        (ADC map of a DWI series, filed as a new series; prints its UID)\n"
           "  radcurator-cli adc threshold --series ADC_UID --range LO:HI [--min-island-mm3 N] [--high-b [--high-b-min S]]\n"
           "                 [--label TEXT] [--store DIR]         (candidate segment of a tumour-specific ADC map)\n"
           "  radcurator-cli adc stats --series ADC_UID [--store DIR]  (ADC distribution per segment and lesion, TSV)\n"
           "  radcurator-cli import-labels FILE... [--fractional-threshold F] [--project NAME --reader LOGIN [--model NAME:VERSION]]\n"
           "                 [--store DIR]                        (--project: the reader's set of a reading study)\n"
           "Reading studies (every command acts as --as LOGIN, default the OS login; a local password from\n"
           "--as-password-file F or RADCURATOR_PASSWORD):\n"
           "  radcurator-cli people list | archive LOGIN | add LOGIN [--role reader,reviewer,data-manager] [--name TEXT]\n"
           "                 [--new-password-file F]\n"
           "                 [--model VERSION]                    (--model: an AI model as a reader)\n"
           "  radcurator-cli project create NAME [--readers N] [--blinded] [--review] [--template chest|bone-scan|adc]\n"
           "                 [--sheet-template ID|FILE.json] [--vocabulary FILE.json] [--target CATEGORY=COUNT]...\n"
           "  radcurator-cli project list | balance NAME | archive NAME | add-cases NAME (--all | --series UID... | --study UID...) [--category C]\n"
           "  radcurator-cli project exclude NAME --series UID --reason TEXT | include NAME --series UID\n"
           "  radcurator-cli assign NAME --reader LOGIN (--all | --series UID...) | assign NAME --round-robin LOGIN,LOGIN,...\n"
           "  radcurator-cli worklist NAME [--reader LOGIN] [--status S]  (patient, series, reader, status, category; TSV)\n"
           "  radcurator-cli submit NAME --series UID\n"
           "  radcurator-cli review NAME --series UID --reader LOGIN start|accept|return [--comment TEXT]\n"
           "  radcurator-cli consensus NAME --series UID --from LOGIN|majority|staple\n"
           "  radcurator-cli labels --series UID --reader LOGIN|consensus [--project NAME]\n"
           "  radcurator-cli agreement NAME [--csv FILE]             (per case and structure, then the project's figures)\n"
           "  radcurator-cli audit [--actor L] [--action A] [--project P] [--series UID] [--patient CODE] [--since DATE] [--csv FILE]\n"
           "Bone-scan study:\n"
           "  radcurator-cli bone-scan programs import FILE.csv|FILE.xlsx [--map M.json]\n"
           "                 (patient_id or patient_code, program, version, tracer, bsi, hotspots[, study_date, bsi_REGION...])\n"
           "  radcurator-cli bone-scan reads import FILE.csv --project NAME\n"
           "                 (patient_code or patient_id, reader, metastases, eod, metastasis yes/no|1/0|あり/なし)\n"
           "  radcurator-cli bone-scan reads --project NAME\n"
           "  radcurator-cli bone-scan compare NAME [--csv FILE]     (programs vs the readers' majority, readers vs each other)\n"
           "  radcurator-cli bone-scan export-sr --project NAME --series UID --reader LOGIN --out DIR [--partner P]\n"
           "                 (a reader's hotspots as a TID 1500 SR: points on their image, region and call)\n"
           "Reports:\n"
           "  radcurator-cli reports import FILE... [--map MAPPING.json]   (CSV/XLSX from the RIS, HL7 v2 ORU^R01; matched to stored\n"
           "                 studies by accession number or patient ID and date; de-identified; stored as drafts)\n"
           "  radcurator-cli reports list [--patient CODE]\n"
           "  radcurator-cli reports show CODE|ID                  (the cleaned text and each replacement)\n"
           "  radcurator-cli reports confirm ID [--as LOGIN]        (a reviewer confirms; only confirmed reports are exported)\n"
           "  radcurator-cli reports scrub FILE [--map MAPPING.json] (the cleaned text of a source, for checking it before import)\n"
           "Dose:\n"
           "  radcurator-cli dose --study UID|--all [--csv FILE]     (CTDIvol, DLP, scan length, kVp, mAs, phantom, SSDE per\n"
           "                 irradiation event, from the study's dose SR or else the CT images' CTDIvol)\n"
           "PACS (a node is AET@HOST:PORT; --aet OUR_AET is our calling title, default RADCURATOR; --timeout S;\n"
           "      TLS with --tls-ca PEM [--tls-key PEM --tls-cert PEM]):\n"
           "  radcurator-cli pacs echo --node N\n"
           "  radcurator-cli pacs find --node N [--level study|series] [--patient-id ID] [--name NAME] [--date FROM-TO]\n"
           "                 [--modality M] [--accession A] [--study UID]   (tab-separated: ID, name, date, accession, modality,\n"
           "                 study UID, [series UID, series description | study description], instances)\n"
           "  radcurator-cli pacs move --node N (--study UID... | --series UID...) --aet OUR_AET --port OUR_PORT [--store DIR]\n"
           "  radcurator-cli pacs get --node N (--study UID... | --series UID...) [--store DIR]\n"
           "                 (retrieved series by series straight into the de-identifying import; what the store has\n"
           "                 already is not asked for again)\n"
           "  radcurator-cli pacs send --node N --series UID... [--with-labels] [--store DIR]\n"
           "                 (C-STORE of what a dataset export of the series holds; what the node has already, asked\n"
           "                 by C-FIND, is not sent again; recorded in the export ledger)\n"
           "  radcurator-cli pacs contexts                          (the presentation contexts proposed and accepted; TSV)\n"
           "Research database (DICOMweb STOW-RS; what the server has already is not sent again; recorded in the ledger):\n"
           "  radcurator-cli upload --url URL [--user U --password-file F | --token-file F] [--ca PEM]\n"
           "                 (--cases all|CODE,... | --package DIR) [--store DIR]\n"
           "Team mode: --database postgresql://USER@HOST:PORT/DB[?schema=NAME|new] beside --store DIR (the shared\n"
           "folder of files) puts a new store's database on PostgreSQL; the folder remembers it (radcurator-store.ini),\n"
           "so later commands only name the folder. The password comes from PGPASSWORD or ~/.pgpass.\n"
           "The correspondence table's passphrase comes from --passphrase-file FILE, RADCURATOR_PASSPHRASE or\n"
           "the terminal. Options: retain-safe-private, retain-uids, retain-device-identity,\n"
           "retain-institution-identity, retain-patient-characteristics, retain-full-dates,\n"
           "retain-modified-dates, clean-descriptors, clean-structured-content, clean-graphics.\n"
           "The default store is "
        << defaultStoreDirectory() << "\n";
  err().flush();
  return 2;
}

int failed(const QString& message) {
  err() << "error: " << message << "\n";
  return 1;
}

bool act(const Args& args, Acting& acting) {
  acting.store = openStore(args);
  if (!acting.store) return false;
  acting.db = std::make_unique<CaseDatabase>(*acting.store);
  if (!acting.db->isOpen()) {
    err() << "error: " << acting.db->openError() << "\n";
    return false;
  }
  auto study = actAs(args, *acting.db);
  if (!study) return false;
  acting.study.emplace(std::move(*study));
  return true;
}

}  // namespace rc::cli
