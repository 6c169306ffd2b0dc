#pragma once
// A coded concept: (code value, coding scheme designator, code meaning), as DICOM writes it,
// e.g. ("27925004", "SCT", "Nodule") or ("mm", "UCUM", "millimeter").

#include <QString>

namespace rc {

struct CodedConcept {
  QString value;
  QString scheme;
  QString meaning;

  bool isEmpty() const { return value.isEmpty(); }
  // The same concept: value and scheme decide; the meaning is only its label.
  bool sameConcept(const CodedConcept& other) const { return value == other.value && scheme == other.scheme; }
  bool operator==(const CodedConcept& other) const {
    return value == other.value && scheme == other.scheme && meaning == other.meaning;
  }
  bool operator!=(const CodedConcept& other) const { return !(*this == other); }
  // "(27925004, SCT, "Nodule")": how DICOM tools print a code.
  QString toString() const { return QStringLiteral("(%1, %2, \"%3\")").arg(value, scheme, meaning); }
};

}  // namespace rc
