"""One program per database file: a QLockFile beside it; a lock left by a crashed program is stale."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    appname: str


class DatabaseLock:
    """Held for as long as a program writes to the file; released on close or by the OS on a crash."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._lock = QLockFile(str(self.path))
        # Never stale by age: a planner may keep the program open for weeks. Qt still treats a
        # lock whose process is gone (crash, kill) as stale and takes it over.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        return self._lock.tryLock(0)

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or not isinstance(info, tuple) or len(info) < 3:
            return None
        pid, hostname, appname = info[0], info[1], info[2]
        return LockHolder(int(pid), str(hostname), str(appname))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()
