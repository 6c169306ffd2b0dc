#pragma once
#include <QCoreApplication>

namespace rc {
struct DoseTr {
  Q_DECLARE_TR_FUNCTIONS(Dose)
};
}  // namespace rc
