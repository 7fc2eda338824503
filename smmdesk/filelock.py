"""One program per database file: a QLockFile beside it; a lock left by a crashed program is stale.

The lock is taken on the file's real path, so a symlink or another spelling of the path reaches
the same lock. A hard link is another name of the same file in a place of its own, so the file
itself is locked too (`flock` on its inode, where the system has it): any name of it is refused
while one program holds it. A lock held from another computer (the file on a shared disk) cannot
be checked from here: it names that computer and the time it was taken, and may be taken over on
purpose. A lock that cannot be written at all (a full disk, a missing or unwritable folder) is
told as what it is, never as another program holding the file.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from smmdesk.domain.errors import SmmError, os_error, os_error_opening

try:
    import fcntl
except ImportError:  # Windows: the lock beside the path only
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("smmdesk.db")


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    appname: str
    since: dt.datetime | None = None  # aware, when the lock was taken (the lock file's time)

    @property
    def elsewhere(self) -> bool:
        """Held by a program on another computer: whether it still runs cannot be told from here."""
        return bool(self.hostname) and self.hostname != QSysInfo.machineHostName()


def real_path(db_path: Path) -> Path:
    """The file a path leads to, through symlinks and `..`: the one the lock belongs to."""
    return Path(os.path.realpath(db_path))


class DatabaseLock:
    """Held for as long as a program writes to the file; released on close or by the OS on a crash."""

    def __init__(self, db_path: Path) -> None:
        self.real = real_path(db_path)
        self.path = Path(str(self.real) + ".lock")
        self._lock = QLockFile(str(self.path))
        # Never stale by age: a planner may keep the program open for weeks. Qt still treats a
        # lock whose process is gone (crash, kill) as stale and takes it over.
        self._lock.setStaleLockTime(0)
        self._inode = _InodeLock(self.real)
        self.fault: OSError | None = None  # why the lock file could not be written, if so
        self.held_by_another_name = False  # the file is held, through another name (a hard link)

    def acquire(self) -> bool:
        self.fault, self.held_by_another_name = None, False
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                self.fault = _why_unwritable(self.path)
                log.info("the lock %s cannot be written: %s", self.path, self.fault)
            return False
        if not self._inode.acquire():
            self._lock.unlock()
            self.held_by_another_name = True
            return False
        return True

    @property
    def refused_by_disk(self) -> bool:
        """The lock file could not be made because the folder or disk is read-only: no program
        holds the file, and none can write to it there either (it opens read-only)."""
        return not self.held and self.fault is not None and self.fault.errno in _READ_ONLY

    def refusal(self) -> SmmError | None:
        """Why the lock could not be taken when that is the disk's doing and the file cannot be used
        even read-only through it (no space, no folder, an I/O error), in words; None when another
        program holds the file or the folder is merely read-only."""
        if self.fault is None or self.refused_by_disk:
            return None
        if self.fault.errno == errno.ENOENT:
            return os_error(self.fault, self.real)
        return os_error_opening(self.fault, self.real)

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or not isinstance(info, tuple) or len(info) < 3 or not info[0]:
            return None  # no lock file, or one that says nothing (pid 0): nobody is named
        pid, hostname, appname = info[0], info[1], info[2]
        try:
            since = dt.datetime.fromtimestamp(self.path.stat().st_mtime, dt.UTC)
        except OSError:
            since = None
        return LockHolder(int(pid), str(hostname), str(appname), since)

    def take_over(self) -> bool:
        """Removes another program's lock and takes it; only after the planner confirmed that the
        program holding it (on another computer) is no longer running."""
        if self._lock.isLocked():
            return True
        self._lock.removeStaleLockFile()
        return self.acquire()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
        self._inode.release()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()


_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


def _why_unwritable(lock_path: Path) -> OSError:
    """What the disk says when a small file is written where the lock goes (Qt says only that it
    failed): the folder missing, no space, read-only, an I/O error."""
    folder = lock_path.parent
    if not folder.is_dir():
        return OSError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    probe = folder / f".{lock_path.name}.~probe-{os.getpid()}"
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, b"0" * 256)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as exc:
        return exc
    finally:
        try:
            probe.unlink()
        except OSError:
            pass
    return OSError(errno.EIO, os.strerror(errno.EIO), str(lock_path))


class _InodeLock:
    """An exclusive `flock` on the database file itself: whatever name opened it, one program holds it.

    Released (its descriptor closed) only once the program's connections to the file are closed:
    closing any descriptor of a file drops the process's POSIX locks on it, SQLite's included.
    Where the system has no `flock`, or the file system refuses it (a network share), the lock
    beside the path is the only one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._descriptor: int | None = None

    def acquire(self) -> bool:
        if fcntl is None or self._descriptor is not None:
            return True
        try:
            if not stat.S_ISREG(os.stat(self.path).st_mode):
                return True  # no file yet (nothing can be open under another name), or not a file
            descriptor = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            return True  # unreadable: opening it says why
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            return False
        except OSError as exc:  # no flock on this file system
            log.info("flock on %s refused (%s); the lock beside it holds alone", self.path, exc)
            os.close(descriptor)
            return True
        self._descriptor = descriptor
        return True

    def release(self) -> None:
        if self._descriptor is None:
            return
        try:
            os.close(self._descriptor)  # the flock goes with it
        except OSError:
            pass
        self._descriptor = None
