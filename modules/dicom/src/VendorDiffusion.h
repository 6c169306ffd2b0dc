#pragma once
// Where a classic MR image keeps its diffusion b-value when the standard Diffusion b-value
// (0018,9087) is missing: Philips (2001,1003), GE (0043,1039) and the Siemens CSA image header
// (0029,1010). Every read is bounded by the element's own length: these bytes come from files
// a user hands in.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace rc {

// The largest b-value any scanner uses is a few 10,000 s/mm²; above this a value is damage.
constexpr double kMaxPlausibleBValue = 100000;

struct TaggedBValue {
  double value = 0;
  QString source;  // "(0018,9087)", "Philips (2001,1003)", "GE (0043,1039)", "Siemens CSA (0029,1010)"
};

std::optional<TaggedBValue> vendorBValue(DcmItem* dataset);

// The "B_value" of a Siemens CSA2 ("SV10") or CSA1 header; nullopt when absent or malformed.
std::optional<double> csaBValue(const QByteArray& csa);

}  // namespace rc
