#include "WindowContext.h"

#include "session/Session.h"

#include <QCoreApplication>

namespace rc {

namespace {
struct WindowContextTr {
  Q_DECLARE_TR_FUNCTIONS(rc::WindowContext)
};
}  // namespace

StoreDeid* unlockStoreDeid(const WindowContext& context) {
  const auto deid = context.session->unlock();
  if (deid) return deid.value();
  if (!deid.cancelled()) context.showError(WindowContextTr::tr("Correspondence table"), deid.error());
  return nullptr;
}

}  // namespace rc
