#include "deid/AttributeTypes.h"

#include "DeidTr.h"
#include "Resources.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <map>

namespace rc {

namespace {

const char* const kDefaultPart3 = "/usr/share/gdcm-3.0/XML/Part3.xml";

// "General Image Module Attributes", "general-image" and "General Image" all become
// "generalimage"; "CT Image IOD Modules" becomes "ctimage".
QString normalized(QString name) {
  name = name.toLower();
  for (const char* noise : {"module attributes", "iod modules", "attributes", "module"})
    name.remove(QLatin1String(noise));
  // By hand, not with a regular expression: this runs for every module of PS3.3 while the
  // tables load, and compiling a pattern each time was a quarter of that load.
  QString kept;
  kept.reserve(name.size());
  for (const QChar c : name)
    if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) kept += c;
  return kept;
}

struct Entry {
  int level = 0;
  std::uint32_t tag = 0;   // 0 for an include
  int type = 3;
  QString includeTable;    // e.g. "8.8-1"
};

struct Table {
  QString name;
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

}  // namespace

struct AttributeTypes::Impl {
  QHash<QString, Table> tables;          // by table id ("C.7-9", "8.8-1")
  QHash<QString, QString> moduleTable;   // normalized module name -> table id
  QHash<QString, QStringList> iods;      // normalized IOD name -> module names
  QHash<QString, QString> sopToIod;      // SOP class UID -> IOD name (2024b)
  QHash<QString, QStringList> iodModules2024;  // IOD name -> module ids (2024b)

  struct Types {
    QHash<std::uint32_t, int> top;
    QHash<quint64, int> nested;  // (parent sequence tag << 32) | tag
  };
  mutable QHash<QString, Types> cache;   // by IOD name; filled on first use (guarded)
  mutable QMutex mutex;

  void flatten(const QString& tableId, int baseLevel, int depth, std::vector<Entry>& out) const {
    if (depth > 10) return;  // include cycles never go this deep in PS3.3
    const auto it = tables.constFind(tableId);
    if (it == tables.constEnd()) return;
    for (const Entry& e : it->entries) {
      if (e.tag == 0) flatten(e.includeTable, baseLevel + e.level, depth + 1, out);
      else out.push_back({baseLevel + e.level, e.tag, e.type, QString()});
    }
  }

  Types build(const QStringList& modules) const {
    Types types;
    for (const QString& module : modules) {
      QString table = moduleTable.value(normalized(module));
      // A functional-groups module newer than Part3.xml ("Parametric Map Multi-frame
      // Functional Groups") has the types of the generic one (Content Date is Type 1 there).
      if (table.isEmpty() && normalized(module).endsWith(QLatin1String("multiframefunctionalgroups")))
        table = moduleTable.value(QStringLiteral("multiframefunctionalgroups"));
      if (table.isEmpty()) continue;
      std::vector<Entry> flat;
      flatten(table, 0, 0, flat);
      std::vector<std::uint32_t> parents(16, 0);
      for (const Entry& e : flat) {
        if (e.level >= 16) continue;
        parents[size_t(e.level)] = e.tag;
        auto keep = [](int& slot, int type) { slot = slot == 0 ? type : std::min(slot, type); };
        if (e.level == 0) {
          keep(types.top[e.tag], e.type);
        } else {
          const quint64 key = (quint64(parents[size_t(e.level - 1)]) << 32) | e.tag;
          keep(types.nested[key], e.type);
        }
      }
    }
    return types;
  }

  QStringList modulesOf(const QString& iod) const {
    const QStringList part3 = iods.value(normalized(iod));
    if (!part3.isEmpty()) return part3;
    if (iodModules2024.contains(iod)) return iodModules2024.value(iod);
    // Unknown SOP class: what every composite image has.
    return {QStringLiteral("Patient"), QStringLiteral("General Study"), QStringLiteral("General Series"),
            QStringLiteral("General Equipment"), QStringLiteral("General Image"), QStringLiteral("SOP Common")};
  }
};

AttributeTypes::AttributeTypes() : impl_(new Impl) {
  const QString path = qEnvironmentVariableIsSet("RADCURATOR_PART3_XML") ? qEnvironmentVariable("RADCURATOR_PART3_XML")
                                                                         : QString::fromLatin1(kDefaultPart3);
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    error_ = DeidTr::tr("%1: cannot read the PS3.3 module tables (Debian package libgdcm3.0)").arg(path);
    return;
  }
  QXmlStreamReader xml(&file);
  Table* current = nullptr;
  QString currentIod;
  static const QRegularExpression tableRef(QStringLiteral("Table\\s+([A-Z]?\\.?[0-9][0-9A-Za-z.\\-]*)"));
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto a = xml.attributes();
      if (xml.name() == QLatin1String("module") || xml.name() == QLatin1String("macro")) {
        const QString id = a.value(QLatin1String("table")).toString();
        current = &impl_->tables[id];
        current->name = a.value(QLatin1String("name")).toString();
        if (xml.name() == QLatin1String("module")) impl_->moduleTable.insert(normalized(current->name), id);
        currentIod.clear();
      } else if (xml.name() == QLatin1String("iod")) {
        currentIod = normalized(a.value(QLatin1String("name")).toString());
        current = nullptr;
      } else if (xml.name() == QLatin1String("entry")) {
        if (!currentIod.isEmpty()) {
          impl_->iods[currentIod] << a.value(QLatin1String("name")).toString();
        } else if (current) {
          bool okGroup = false, okElement = false;
          const uint group = a.value(QLatin1String("group")).toString().toUInt(&okGroup, 16);
          const uint element = a.value(QLatin1String("element")).toString().toUInt(&okElement, 16);
          if (okGroup && okElement) {
            current->entries.push_back({levelOf(a.value(QLatin1String("name")).toString()), (group << 16) | element,
                                        typeNumber(a.value(QLatin1String("type")).toString()), QString()});
          }
        }
      } else if (xml.name() == QLatin1String("include") && current) {
        const QString ref = a.value(QLatin1String("ref")).toString();
        const auto m = tableRef.match(ref);
        if (m.hasMatch()) {
          QString id = m.captured(1);
          while (id.endsWith(QLatin1Char('.'))) id.chop(1);
          current->entries.push_back({levelOf(ref), 0, 3, id});
        }
      }
    } else if (xml.isEndElement() && (xml.name() == QLatin1String("module") || xml.name() == QLatin1String("macro") ||
                                      xml.name() == QLatin1String("iod"))) {
      current = nullptr;
      currentIod.clear();
    }
  }
  if (xml.hasError() || impl_->moduleTable.size() < 100) {
    error_ = DeidTr::tr("%1: cannot parse the PS3.3 module tables: %2").arg(path, xml.errorString());
    return;
  }

  {
    const QJsonObject root = QJsonDocument::fromJson(readDeidResource(":/deid/standard-tables.json")).object();
    const QJsonObject sops = root.value(QStringLiteral("sopClassToIod")).toObject();
    for (auto it = sops.begin(); it != sops.end(); ++it) impl_->sopToIod.insert(it.key(), it.value().toString());
    const QJsonObject modules = root.value(QStringLiteral("iodModules")).toObject();
    for (auto it = modules.begin(); it != modules.end(); ++it) {
      QStringList list;
      for (const QJsonValue& v : it.value().toArray()) list << v.toString();
      impl_->iodModules2024.insert(it.key(), list);
    }
  }
  loaded_ = true;
}

const AttributeTypes& AttributeTypes::instance() {
  static const AttributeTypes types;
  return types;
}

QString AttributeTypes::iodName(const QString& sopClassUid) const {
  return impl_->sopToIod.value(sopClassUid, QStringLiteral("(unknown IOD)"));
}

int AttributeTypes::typeOf(const QString& sopClassUid, const std::vector<std::uint32_t>& sequencePath,
                           std::uint32_t tag) const {
  if (!loaded_) return 3;
  const QString iod = iodName(sopClassUid);
  QMutexLocker lock(&impl_->mutex);
  auto it = impl_->cache.find(iod);
  if (it == impl_->cache.end()) it = impl_->cache.insert(iod, impl_->build(impl_->modulesOf(iod)));
  if (sequencePath.empty()) return it->top.value(tag, 3);
  return it->nested.value((quint64(sequencePath.back()) << 32) | tag, 3);
}

}  // namespace rc
