#pragma once

// How the content tree of a radiation dose SR is cleaned (PS3.15's Clean Structured Content
// Option): the tree is kept, because dose analysis is one of the uses the images are given for,
// and each content item is judged by its value type and its concept.

#include <QString>

#include <cstdint>

namespace rc {

// Dose SR SOP classes: X-Ray, Enhanced X-Ray, Radiopharmaceutical and Patient Radiation Dose SR.
bool isRadiationDoseSr(const QString& sopClassUid);

struct ContentItemRule {
  enum class Kind {
    Keep,        // numbers, codes, containers, references: the dose data itself
    PersonName,  // every PNAME: a dummy name (the templates require a value)
    Uid,         // UIDREF: the store's keyed mapping, like every other UID
    DeviceUid,   // Device Observer UID: mapped unless the profile retains device identity
    DateTime,    // DATE, TIME, DATETIME: as the profile treats Study Date and Study Time
    LikeAttribute,  // TEXT with an attribute of the same meaning: that attribute's rule
    Remove,      // any other TEXT (comments, person IDs): free text cannot be judged
  };
  Kind kind = Kind::Remove;
  std::uint32_t attribute = 0;  // for LikeAttribute: (group << 16) | element
};

// `valueType` as in (0040,A040); `scheme` and `code` of the concept name (empty if none).
ContentItemRule contentItemRule(const QString& valueType, const QString& scheme, const QString& code);

}  // namespace rc
