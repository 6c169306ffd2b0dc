// libFuzzer harness: de-identification (basic profile) with the residual-PHI check of its output.
#include "FuzzSupport.h"
#include "deid/Deidentifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  static const auto profile = rc::DeidProfile::basic();
  static const QByteArray secret = rc::newOneOffUidSecret();
  rc::DeidContext context;
  context.profile = &profile.value();
  context.uidSecret = secret;
  const QString input = rc::fuzz::writeInput(data, size);
  const auto result = rc::deidentifyFileChecked(input, QDir(rc::fuzz::scratchDir()).filePath(QStringLiteral("output.dcm")), context);
  if (!result) rc::fuzz::noteGuarded(result.error(), data, size);
  return 0;
}
