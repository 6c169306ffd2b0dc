#pragma once
// The standard's tables, compiled into the program at build time (StandardTables.cpp is
// written by tools/GenerateStandardTables from PS3.3 as Debian's GDCM ships it, Part3.xml,
// and from resources/deid/standard-tables.json: PS3.15 Table E.1-1 and the SOP class -> IOD
// -> module lists of DICOM 2024b). Nothing is parsed at run time; names are already
// normalized (normalizedTableName).

#include <cstddef>
#include <cstdint>

namespace rc::standard {

template <class T>
struct Span {
  const T* items;
  std::size_t size;
  const T* begin() const { return items; }
  const T* end() const { return items + size; }
  const T& operator[](std::size_t n) const { return items[n]; }
};

// One line of a PS3.3 module or macro table: an attribute (tag != 0) or an include of
// another table (tag == 0, `include` its index in moduleTables(), -1 when PS3.3 lacks it).
struct ModuleEntry {
  std::uint32_t tag;
  std::int32_t include;
  std::uint8_t level;  // sequence nesting (">" marks)
  std::uint8_t type;   // 1, 2 or 3 (1C counts as 1, 2C as 2)
};

struct ModuleTable {
  const char* id;  // "C.7-9", "10-11" (a table PS3.3 lists twice has its lines joined)
  std::uint32_t firstEntry, entryCount;  // in moduleEntries()
};

// A module's normalized name and its table (index in moduleTables()).
struct ModuleName {
  const char* name;
  std::int32_t table;
};

// A name with a list of names (an IOD and its modules), the list in names().
struct NamedList {
  const char* name;
  std::uint32_t first, count;
};

struct SopClassIod {
  const char* sopClassUid;
  const char* iod;  // as the standard names it ("CT Image")
};

struct ProfileAction {
  const char* column;  // "basicProfile", "rtnUIDsOpt", ...
  const char* action;  // "X", "Z/D", ...
};

struct ProfileRow {
  const char* tag;   // "(0010,0010)"
  const char* name;
  std::uint32_t firstAction, actionCount;  // in profileActions()
};

Span<ModuleEntry> moduleEntries();
Span<ModuleTable> moduleTables();
Span<ModuleName> moduleNames();
Span<NamedList> part3Iods();      // normalized IOD name -> normalized module names (one entry per IOD)
Span<NamedList> iodModules2024(); // IOD name -> normalized module ids
Span<const char*> names();
Span<SopClassIod> sopClassIods();
Span<ProfileRow> profileRows();   // PS3.15 Table E.1-1
Span<ProfileAction> profileActions();
const char* tablesSource();       // where the tables come from (for messages and the conformance statement)

}  // namespace rc::standard
