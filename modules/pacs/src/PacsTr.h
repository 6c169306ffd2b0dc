#pragma once
#include <QCoreApplication>

namespace rc {
struct PacsTr {
  Q_DECLARE_TR_FUNCTIONS(Pacs)
};
}  // namespace rc
