#pragma once
// Attribute types (1, 2, 3) per IOD, for the type-dependent actions of PS3.15 (Z/D, X/Z,
// X/D, X/Z/D, X/Z/U*) and the site profile's "delete".
//
// Module tables come from PS3.3 as shipped by Debian's GDCM (/usr/share/gdcm-3.0/XML/
// Part3.xml: attribute types, sequence nesting, macro includes, IOD module lists); the SOP
// class -> IOD map and the module lists of IODs newer than that file come from the DICOM
// 2024b tables. Both are compiled into the program at build time (src/StandardTables.h). Conditional types count as their base type (1C as 1, 2C as 2): when in
// doubt the object stays conformant. Unknown attributes are Type 3.

#include <QString>

#include <cstdint>
#include <vector>

namespace rc {

class AttributeTypes {
public:
  // The compiled-in tables, their look-ups filled once.
  static const AttributeTypes& instance();

  bool isLoaded() const { return loaded_; }
  QString error() const { return error_; }

  // Type of `tag` in the IOD of `sopClassUid`, at top level when `sequencePath` is empty,
  // else inside the items of the innermost sequence of the path.
  int typeOf(const QString& sopClassUid, const std::vector<std::uint32_t>& sequencePath, std::uint32_t tag) const;
  // The IOD used for a SOP class (for messages and tests).
  QString iodName(const QString& sopClassUid) const;

  struct Impl;

private:
  AttributeTypes();
  bool loaded_ = false;
  QString error_;
  Impl* impl_;
};

}  // namespace rc
