#include "deid/AttributeTypes.h"

#include "StandardTables.h"
#include "TableNames.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <algorithm>

namespace rc {

struct AttributeTypes::Impl {
  QHash<QString, int> moduleTable;           // normalized module name -> index in standard::moduleTables()
  QHash<QString, standard::NamedList> iods;  // normalized IOD name -> module names (PS3.3 as GDCM has it)
  QHash<QString, QString> sopToIod;          // SOP class UID -> IOD name (2024b)
  QHash<QString, standard::NamedList> iodModules2024;  // IOD name -> module ids (2024b)

  struct Types {
    QHash<std::uint32_t, int> top;
    QHash<quint64, int> nested;  // (parent sequence tag << 32) | tag
  };
  mutable QHash<QString, Types> cache;   // by IOD name; filled on first use (guarded)
  mutable QMutex mutex;

  struct Flat {
    int level;
    std::uint32_t tag;
    int type;
  };

  void flatten(int table, int baseLevel, int depth, std::vector<Flat>& out) const {
    if (table < 0 || depth > 10) return;  // include cycles never go this deep in PS3.3
    const standard::ModuleTable& t = standard::moduleTables()[size_t(table)];
    const auto entries = standard::moduleEntries();
    for (std::uint32_t n = t.firstEntry; n < t.firstEntry + t.entryCount; ++n) {
      const standard::ModuleEntry& e = entries[n];
      if (e.tag == 0) flatten(e.include, baseLevel + e.level, depth + 1, out);
      else out.push_back({baseLevel + e.level, e.tag, e.type});
    }
  }

  Types build(const QStringList& modules) const {
    Types types;
    for (const QString& module : modules) {
      int table = moduleTable.value(module, -1);
      // A functional-groups module newer than Part3.xml ("Parametric Map Multi-frame
      // Functional Groups") has the types of the generic one (Content Date is Type 1 there).
      if (table < 0 && module.endsWith(QLatin1String("multiframefunctionalgroups")))
        table = moduleTable.value(QStringLiteral("multiframefunctionalgroups"), -1);
      if (table < 0) continue;
      std::vector<Flat> flat;
      flatten(table, 0, 0, flat);
      std::vector<std::uint32_t> parents(16, 0);
      for (const Flat& e : flat) {
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

  static QStringList namesOf(const standard::NamedList& list) {
    QStringList out;
    const auto names = standard::names();
    for (std::uint32_t n = list.first; n < list.first + list.count; ++n) out << QString::fromUtf8(names[n]);
    return out;
  }

  // Normalized module names.
  QStringList modulesOf(const QString& iod) const {
    // Both editions: Part3.xml is older than the 2024 lists, which add modules to some IODs
    // (the dose SRs' Enhanced General Equipment, whose Device Serial Number is Type 1).
    QStringList modules;
    if (const auto it = iods.constFind(normalizedTableName(iod)); it != iods.constEnd()) modules = namesOf(*it);
    if (const auto it = iodModules2024.constFind(iod); it != iodModules2024.constEnd())
      for (const QString& m : namesOf(*it))
        if (!modules.contains(m)) modules << m;
    if (!modules.isEmpty()) return modules;
    // Unknown SOP class: what every composite image has.
    return {QStringLiteral("patient"), QStringLiteral("generalstudy"), QStringLiteral("generalseries"),
            QStringLiteral("generalequipment"), QStringLiteral("generalimage"), QStringLiteral("sopcommon")};
  }
};

// The tables were compiled in at build time (StandardTables.h): nothing to read or parse,
// only the look-up tables to fill (well under a millisecond).
AttributeTypes::AttributeTypes() : impl_(new Impl) {
  for (const standard::ModuleName& module : standard::moduleNames()) impl_->moduleTable.insert(QString::fromUtf8(module.name), module.table);
  for (const standard::NamedList& iod : standard::part3Iods()) impl_->iods.insert(QString::fromUtf8(iod.name), iod);
  for (const standard::NamedList& iod : standard::iodModules2024()) impl_->iodModules2024.insert(QString::fromUtf8(iod.name), iod);
  for (const standard::SopClassIod& sop : standard::sopClassIods())
    impl_->sopToIod.insert(QString::fromLatin1(sop.sopClassUid), QString::fromUtf8(sop.iod));
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
