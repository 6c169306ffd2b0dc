#pragma once
#include <QCoreApplication>

namespace rc {
struct ReportsTr {
  Q_DECLARE_TR_FUNCTIONS(Reports)
};
}  // namespace rc
