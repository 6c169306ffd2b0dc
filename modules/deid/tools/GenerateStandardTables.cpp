// Build step: compiles the standard's tables into C++ (see src/StandardTables.h), so that the
// program parses no XML or JSON at start-up.
//
//   GenerateStandardTables PART3_XML STANDARD_TABLES_JSON OUT_CPP
//
// PART3_XML is PS3.3 as Debian's GDCM ships it (/usr/share/gdcm-3.0/XML/Part3.xml): module
// and macro tables with attribute types, sequence nesting and includes, and IOD module lists.
// STANDARD_TABLES_JSON holds PS3.15 Table E.1-1 and the SOP class -> IOD -> modules lists of
// DICOM 2024b. A table that is missing or too small stops the build with the reason.

#include "../src/TableNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QXmlStreamReader>

#include <cstdio>
#include <vector>

namespace {

struct Entry {
  int level = 0;
  quint32 tag = 0;
  int type = 3;
  QString include;  // table id of an include
};

struct Table {
  QString id;
  std::vector<Entry> entries;
};

int typeNumber(const QString& type) {
  if (type.startsWith(QLatin1Char('1'))) return 1;
  if (type.startsWith(QLatin1Char('2'))) return 2;
  return 3;
}

int levelOf(const QString& text) {
  int level = 0;
  for (const QChar c : text) {
    if (c == QLatin1Char('>')) ++level;
    else if (!c.isSpace()) break;
  }
  return level;
}

// A C string literal; bytes beyond ASCII as octal escapes (never swallowing a next digit).
QString literal(const QString& text) {
  QString out = QStringLiteral("\"");
  for (const char c : text.toUtf8()) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += QLatin1Char('\\');
      out += QLatin1Char(c);
    } else if (u >= 0x20 && u < 0x7f) {
      out += QLatin1Char(c);
    } else {
      out += QStringLiteral("\\%1").arg(u, 3, 8, QLatin1Char('0'));
    }
  }
  return out + QLatin1Char('"');
}

[[noreturn]] void stop(const QString& message) {
  std::fprintf(stderr, "GenerateStandardTables: %s\n", qPrintable(message));
  std::exit(1);
}

// PS3.3 as read: a table listed twice has its lines joined; a module name listed twice names
// the table listed last; an IOD listed twice has its module lists joined.
struct Part3 {
  std::vector<Table> tables;
  QHash<QString, int> tableIndex;                      // id -> index
  std::vector<std::pair<QString, int>> moduleNames;    // normalized name -> table
  std::vector<std::pair<QString, QStringList>> iods;   // normalized name, normalized module names

  Table& table(const QString& id) {
    if (!tableIndex.contains(id)) {
      tableIndex.insert(id, int(tables.size()));
      tables.push_back({id, {}});
    }
    return tables[size_t(tableIndex.value(id))];
  }
  void nameModule(const QString& name, int table) {
    for (auto& [known, index] : moduleNames)
      if (known == name) {
        index = table;
        return;
      }
    moduleNames.emplace_back(name, table);
  }
  QStringList& iod(const QString& name) {
    for (auto& [known, modules] : iods)
      if (known == name) return modules;
    iods.emplace_back(name, QStringList());
    return iods.back().second;
  }
};

Part3 readPart3(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) stop(QStringLiteral("%1: cannot read PS3.3 (Debian package libgdcm3.0)").arg(path));
  Part3 part3;
  QXmlStreamReader xml(&file);
  int current = -1;          // the table being read
  QStringList* iod = nullptr;  // the IOD being read
  static const QRegularExpression tableRef(QStringLiteral("Table\\s+([A-Z]?\\.?[0-9][0-9A-Za-z.\\-]*)"));
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto a = xml.attributes();
      if (xml.name() == QLatin1String("module") || xml.name() == QLatin1String("macro")) {
        const QString id = a.value(QLatin1String("table")).toString();
        part3.table(id);
        current = part3.tableIndex.value(id);
        if (xml.name() == QLatin1String("module"))
          part3.nameModule(rc::normalizedTableName(a.value(QLatin1String("name")).toString()), current);
        iod = nullptr;
      } else if (xml.name() == QLatin1String("iod")) {
        iod = &part3.iod(rc::normalizedTableName(a.value(QLatin1String("name")).toString()));
        current = -1;
      } else if (xml.name() == QLatin1String("entry")) {
        if (iod) {
          *iod << rc::normalizedTableName(a.value(QLatin1String("name")).toString());
        } else if (current >= 0) {
          bool okGroup = false, okElement = false;
          const uint group = a.value(QLatin1String("group")).toString().toUInt(&okGroup, 16);
          const uint element = a.value(QLatin1String("element")).toString().toUInt(&okElement, 16);
          if (okGroup && okElement)
            part3.tables[size_t(current)].entries.push_back({levelOf(a.value(QLatin1String("name")).toString()), (group << 16) | element,
                                                             typeNumber(a.value(QLatin1String("type")).toString()), QString()});
        }
      } else if (xml.name() == QLatin1String("include") && current >= 0) {
        const QString ref = a.value(QLatin1String("ref")).toString();
        const auto m = tableRef.match(ref);
        if (m.hasMatch()) {
          QString id = m.captured(1);
          while (id.endsWith(QLatin1Char('.'))) id.chop(1);
          part3.tables[size_t(current)].entries.push_back({levelOf(ref), 0, 3, id});
        }
      }
    } else if (xml.isEndElement() && (xml.name() == QLatin1String("module") || xml.name() == QLatin1String("macro") ||
                                      xml.name() == QLatin1String("iod"))) {
      current = -1;
      iod = nullptr;
    }
  }
  if (xml.hasError()) stop(QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
  if (part3.moduleNames.size() < 100 || part3.iods.size() < 50)
    stop(QStringLiteral("%1: only %2 modules and %3 IODs; is this PS3.3?").arg(path).arg(part3.moduleNames.size()).arg(part3.iods.size()));
  return part3;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() != 4) stop(QStringLiteral("usage: GenerateStandardTables PART3_XML STANDARD_TABLES_JSON OUT_CPP"));
  const Part3 part3 = readPart3(args[1]);

  QFile jsonFile(args[2]);
  if (!jsonFile.open(QIODevice::ReadOnly)) stop(QStringLiteral("%1: cannot read").arg(args[2]));
  QJsonParseError error{};
  const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll(), &error).object();
  if (error.error != QJsonParseError::NoError) stop(QStringLiteral("%1: offset %2: %3").arg(args[2]).arg(error.offset).arg(error.errorString()));
  const QJsonArray rows = root.value(QStringLiteral("confidentialityProfile")).toArray();
  const QJsonObject sops = root.value(QStringLiteral("sopClassToIod")).toObject();
  const QJsonObject iodModules = root.value(QStringLiteral("iodModules")).toObject();
  if (rows.size() < 500 || sops.size() < 100 || iodModules.size() < 100)
    stop(QStringLiteral("%1: Table E.1-1 has %2 rows, %3 SOP classes, %4 IODs; incomplete").arg(args[2]).arg(rows.size()).arg(sops.size()).arg(iodModules.size()));

  QString out;
  QTextStream s(&out);
  s << "// Written by GenerateStandardTables from " << QFileInfo(args[1]).fileName() << " and " << QFileInfo(args[2]).fileName()
    << " at build time. Do not edit.\n#include \"StandardTables.h\"\n\n#include <iterator>\n\nnamespace rc::standard {\n\nnamespace {\n\n";

  const QHash<QString, int>& tableIndex = part3.tableIndex;
  s << "const ModuleEntry kEntries[] = {\n";
  std::vector<std::pair<quint32, quint32>> ranges;
  quint32 at = 0;
  for (const Table& t : part3.tables) {
    ranges.emplace_back(at, quint32(t.entries.size()));
    for (const Entry& e : t.entries) {
      s << "    {0x" << QString::number(e.tag, 16) << "u, " << (e.tag ? -1 : tableIndex.value(e.include, -1)) << ", " << e.level << ", "
        << e.type << "},\n";
      ++at;
    }
  }
  s << "};\n\nconst ModuleTable kTables[] = {\n";
  for (size_t n = 0; n < part3.tables.size(); ++n)
    s << "    {" << literal(part3.tables[n].id) << ", " << ranges[n].first << ", " << ranges[n].second << "},\n";
  s << "};\n\nconst ModuleName kModuleNames[] = {\n";
  for (const auto& [name, table] : part3.moduleNames) s << "    {" << literal(name) << ", " << table << "},\n";
  s << "};\n\n";

  // The names of both IOD lists, one array.
  QStringList names;
  auto lists = [&](const char* array, const std::vector<std::pair<QString, QStringList>>& items) {
    s << "const NamedList " << array << "[] = {\n";
    for (const auto& [name, list] : items) {
      s << "    {" << literal(name) << ", " << names.size() << ", " << list.size() << "},\n";
      names << list;
    }
    s << "};\n\n";
  };
  lists("kPart3Iods", part3.iods);
  std::vector<std::pair<QString, QStringList>> iods2024;
  for (auto it = iodModules.begin(); it != iodModules.end(); ++it) {
    QStringList modules;
    for (const QJsonValue& v : it.value().toArray()) modules << rc::normalizedTableName(v.toString());
    iods2024.emplace_back(it.key(), modules);
  }
  lists("kIods2024", iods2024);
  s << "const char* const kNames[] = {\n";
  for (const QString& n : names) s << "    " << literal(n) << ",\n";
  s << "};\n\nconst SopClassIod kSopClasses[] = {\n";
  for (auto it = sops.begin(); it != sops.end(); ++it) s << "    {" << literal(it.key()) << ", " << literal(it.value().toString()) << "},\n";
  s << "};\n\n";

  QString actions;
  QTextStream a(&actions);
  int actionCount = 0;
  s << "const ProfileRow kRows[] = {\n";
  for (const QJsonValue& v : rows) {
    const QJsonObject o = v.toObject();
    const int first = actionCount;
    for (auto it = o.begin(); it != o.end(); ++it) {
      if (it.key() == QLatin1String("tag") || it.key() == QLatin1String("name")) continue;
      a << "    {" << literal(it.key()) << ", " << literal(it.value().toString()) << "},\n";
      ++actionCount;
    }
    s << "    {" << literal(o.value(QStringLiteral("tag")).toString()) << ", " << literal(o.value(QStringLiteral("name")).toString()) << ", "
      << first << ", " << actionCount - first << "},\n";
  }
  s << "};\n\nconst ProfileAction kActions[] = {\n" << actions << "};\n\n}  // namespace\n\n";
  s << "Span<ModuleEntry> moduleEntries() { return {kEntries, std::size(kEntries)}; }\n"
       "Span<ModuleTable> moduleTables() { return {kTables, std::size(kTables)}; }\n"
       "Span<ModuleName> moduleNames() { return {kModuleNames, std::size(kModuleNames)}; }\n"
       "Span<NamedList> part3Iods() { return {kPart3Iods, std::size(kPart3Iods)}; }\n"
       "Span<NamedList> iodModules2024() { return {kIods2024, std::size(kIods2024)}; }\n"
       "Span<const char*> names() { return {kNames, std::size(kNames)}; }\n"
       "Span<SopClassIod> sopClassIods() { return {kSopClasses, std::size(kSopClasses)}; }\n"
       "Span<ProfileRow> profileRows() { return {kRows, std::size(kRows)}; }\n"
       "Span<ProfileAction> profileActions() { return {kActions, std::size(kActions)}; }\n"
       "const char* tablesSource() { return "
    << literal(QStringLiteral("PS3.3 module tables: %1 (GDCM); PS3.15 Table E.1-1 and IOD lists: %2")
                   .arg(QFileInfo(args[1]).fileName(), root.value(QStringLiteral("source")).toString()))
    << "; }\n\n}  // namespace rc::standard\n";
  s.flush();

  QSaveFile target(args[3]);
  if (!target.open(QIODevice::WriteOnly) || target.write(out.toUtf8()) < 0 || !target.commit())
    stop(QStringLiteral("%1: cannot write").arg(args[3]));
  return 0;
}
