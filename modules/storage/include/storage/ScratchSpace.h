#pragma once
// The store's scratch space (STORE/tmp): de-identified files on their way into files/, label
// objects and packages on their way out. Each job works in a folder of its own that it owns
// while it runs: beside the folder lies its owner file (tmp/X.owner), locked with flock(),
// which the kernel releases when the process ends however it ends. A folder whose lock nobody holds was left by a
// program that was killed (kill -9, a power cut): `abandonedScratch` finds such folders (the
// store check reports them) and `removeAbandonedScratch` removes them (at the next start, or
// `check --repair`). A folder another program is still working in is never touched.

#include "core/Result.h"
#include "storage/CaseStore.h"

#include <QString>

#include <vector>

namespace rc {

class ScratchFolder {
public:
  // A new folder "tmp/<purpose>-<unique>", created and owned before its name appears (so no
  // sweep can take it for abandoned half-way through its creation).
  static Result<ScratchFolder> create(const CaseStore& store, const QString& purpose);

  ScratchFolder(ScratchFolder&& other) noexcept;
  ScratchFolder& operator=(ScratchFolder&& other) noexcept;
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder();  // removes the folder and everything in it

  QString path() const { return path_; }
  QString filePath(const QString& name) const;

private:
  ScratchFolder() = default;
  void release();
  QString path_;
  QString ownerFile_;
  int ownerFd_ = -1;
};

struct AbandonedScratch {
  QString path;      // relative to the store ("tmp/import-...")
  int files = 0;
  qint64 bytes = 0;
};

// Scratch folders (and loose files) no running program owns.
std::vector<AbandonedScratch> abandonedScratch(const CaseStore& store);
// Removes them; returns what was removed. A folder that cannot be removed is an error.
Result<std::vector<AbandonedScratch>> removeAbandonedScratch(const CaseStore& store);

}  // namespace rc
