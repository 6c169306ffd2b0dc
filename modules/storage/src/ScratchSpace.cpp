#include "storage/ScratchSpace.h"

#include "StorageSupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc {

namespace {

// The lock of folder tmp/X is the file tmp/X.owner, beside it (inside, it would travel with
// a package built in the folder).
constexpr char kOwnerSuffix[] = ".owner";

QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

// Whether a live process holds the lock of `ownerFile`.
bool isLocked(const QString& ownerFile) {
  const int fd = ::open(QFile::encodeName(ownerFile).constData(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // no owner file: nobody can own it
  const bool owned = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);  // also drops the lock this call may have taken
  return owned;
}

AbandonedScratch describe(const CaseStore& store, const QFileInfo& entry) {
  AbandonedScratch a;
  a.path = QDir(store.directory()).relativeFilePath(entry.absoluteFilePath());
  if (entry.isDir() && !entry.isSymLink()) {
    QDirIterator it(entry.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
      it.next();
      ++a.files;
      a.bytes += it.fileInfo().size();
    }
  } else {
    a.files = 1;
    a.bytes = entry.size();
  }
  return a;
}

}  // namespace

Result<ScratchFolder> ScratchFolder::create(const CaseStore& store, const QString& purpose) {
  const QString tmp = store.temporaryDirectory();
  if (!QDir().mkpath(tmp)) return fail(StorageTr::tr("%1: cannot create the folder").arg(tmp));
  const QString final = QDir(tmp).filePath(purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces));
  // The owner file appears under its name already locked (made and locked under a temporary
  // name, then renamed), and before the folder: a sweep never sees this folder unowned.
  const QString ownerFile = final + QLatin1String(kOwnerSuffix);
  const QString lockingName = ownerFile + QStringLiteral(".new");
  ScratchFolder folder;
  folder.ownerFd_ = ::open(QFile::encodeName(lockingName).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (folder.ownerFd_ < 0) return fail(StorageTr::tr("%1: cannot create: %2").arg(lockingName, errnoText(errno)));
  if (::flock(folder.ownerFd_, LOCK_EX) != 0 || ::rename(QFile::encodeName(lockingName).constData(), QFile::encodeName(ownerFile).constData()) != 0) {
    const int error = errno;
    ::unlink(QFile::encodeName(lockingName).constData());
    return fail(StorageTr::tr("%1: cannot lock: %2").arg(ownerFile, errnoText(error)));
  }
  folder.ownerFile_ = ownerFile;
  if (::mkdir(QFile::encodeName(final).constData(), 0700) != 0)
    return fail(StorageTr::tr("%1: cannot create the folder: %2").arg(final, errnoText(errno)));
  folder.path_ = final;
  return folder;
}

ScratchFolder::ScratchFolder(ScratchFolder&& other) noexcept
    : path_(std::move(other.path_)), ownerFile_(std::move(other.ownerFile_)), ownerFd_(other.ownerFd_) {
  other.path_.clear();
  other.ownerFile_.clear();
  other.ownerFd_ = -1;
}

ScratchFolder& ScratchFolder::operator=(ScratchFolder&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    ownerFile_ = std::move(other.ownerFile_);
    ownerFd_ = other.ownerFd_;
    other.path_.clear();
    other.ownerFile_.clear();
    other.ownerFd_ = -1;
  }
  return *this;
}

ScratchFolder::~ScratchFolder() { release(); }

void ScratchFolder::release() {
  if (!path_.isEmpty()) QDir(path_).removeRecursively();
  if (!ownerFile_.isEmpty()) QFile::remove(ownerFile_);  // while still locked: nobody sweeps in between
  if (ownerFd_ >= 0) ::close(ownerFd_);
  path_.clear();
  ownerFile_.clear();
  ownerFd_ = -1;
}

QString ScratchFolder::filePath(const QString& name) const { return QDir(path_).filePath(name); }

std::vector<AbandonedScratch> abandonedScratch(const CaseStore& store) {
  std::vector<AbandonedScratch> found;
  const QDir tmp(store.temporaryDirectory());
  if (!tmp.exists()) return found;
  for (const QFileInfo& entry : tmp.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
    const QString name = entry.fileName();
    if (name.endsWith(QLatin1String(kOwnerSuffix))) {
      // An owner file whose holder is gone; its folder (if any) is reported on its own.
      if (!isLocked(entry.absoluteFilePath())) found.push_back(describe(store, entry));
      continue;
    }
    if (name.endsWith(QLatin1String(kOwnerSuffix) + QStringLiteral(".new"))) {
      // Being made right now, or left by a process killed within those microseconds.
      if (!isLocked(entry.absoluteFilePath()) && entry.lastModified().secsTo(QDateTime::currentDateTime()) > 60)
        found.push_back(describe(store, entry));
      continue;
    }
    if (entry.isDir() && !entry.isSymLink() && isLocked(entry.absoluteFilePath() + QLatin1String(kOwnerSuffix))) continue;
    // Loose files and unowned folders: every job writes inside a folder it owns.
    found.push_back(describe(store, entry));
  }
  return found;
}

Result<std::vector<AbandonedScratch>> removeAbandonedScratch(const CaseStore& store) {
  std::vector<AbandonedScratch> removed;
  QStringList failures;
  for (const AbandonedScratch& a : abandonedScratch(store)) {
    const QString absolute = QDir(store.directory()).filePath(a.path);
    const QFileInfo info(absolute);
    const bool gone = info.isDir() && !info.isSymLink() ? QDir(absolute).removeRecursively() : QFile::remove(absolute);
    if (gone) removed.push_back(a);
    else failures << absolute;
  }
  if (!failures.isEmpty())
    return fail(StorageTr::tr("cannot remove what an interrupted job left in the scratch folder: %1").arg(failures.join(QStringLiteral(", "))));
  return removed;
}

}  // namespace rc
