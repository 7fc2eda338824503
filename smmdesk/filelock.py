"""One program per database file: a QLockFile beside it; a lock left by a crashed program is stale.

The lock is taken on the file's real path, so a symlink or another spelling of the path reaches
the same lock. A lock held from another computer (the file on a shared disk) cannot be checked
from here: it names that computer and the time it was taken, and may be taken over on purpose.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo


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
        self.path = Path(str(real_path(db_path)) + ".lock")
        self._lock = QLockFile(str(self.path))
        # Never stale by age: a planner may keep the program open for weeks. Qt still treats a
        # lock whose process is gone (crash, kill) as stale and takes it over.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        return self._lock.tryLock(0)

    @property
    def refused_by_disk(self) -> bool:
        """The lock file could not be made (a read-only folder or disk): no program holds the file,
        and none can write to it there either."""
        return (
            not self.held
            and self._lock.error() != QLockFile.LockError.LockFailedError
            and not os.access(self.path.parent, os.W_OK)
        )

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or not isinstance(info, tuple) or len(info) < 3:
            return None
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

    @property
    def held(self) -> bool:
        return self._lock.isLocked()
