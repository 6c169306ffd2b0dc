#pragma once
#include <QCoreApplication>

namespace rc {
struct DiffusionTr {
  Q_DECLARE_TR_FUNCTIONS(Diffusion)
};
}  // namespace rc
