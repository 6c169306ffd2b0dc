#pragma once
// Translation context for user-visible messages of the deid module.
#include <QCoreApplication>

namespace rc {
struct DeidTr {
  Q_DECLARE_TR_FUNCTIONS(Deid)
};
}  // namespace rc
