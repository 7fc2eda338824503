"""How the fault tests commit their faults for real: a small disk filled up, read-only files, folders
and disks, and real smmdesk processes killed with SIGKILL.

Root may mount a tmpfs and a read-only bind mount, and sets files immutable with `chattr +i` (root
ignores permission bits); anyone else gets the permission bits, which bind them. Each helper says
which way it went, and the tests say it in their output.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _run(*command: str) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# --- a full disk ---------------------------------------------------------------------------------------


@contextmanager
def small_disk(where: Path, size_mb: int = 8) -> Iterator[Path | None]:
    """A real tmpfs of `size_mb` mounted at `where`, or None where the machine does not allow it."""
    where.mkdir(parents=True, exist_ok=True)
    if not (is_root() and _run("mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(where))):
        yield None
        return
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def fill_up(disk: Path) -> Path:
    """Writes a filler file until the disk refuses even 512 more bytes."""
    filler = disk / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        for size in (1 << 20, 65536, 4096, 512):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    return filler


def inject_enospc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no small disk can be mounted: ENOSPC raised where the atomic writer syncs the new file
    (where a disk that ran out of blocks reports it), the same for every writer."""
    from smmdesk.io import atomic

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(atomic, "_fsync_file", full)


# --- read-only files, folders and disks -------------------------------------------------------------------


@contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Makes a file or a folder read-only for this process; yields how ("chattr +i" or "chmod")."""
    if is_root():
        if not _run("chattr", "+i", str(path)):
            pytest.skip(f"chattr +i is refused on {path}'s file system, and root ignores permissions")
        try:
            yield "chattr +i"
        finally:
            _run("chattr", "-i", str(path))
        return
    mode = path.stat().st_mode
    path.chmod(mode & ~0o222)
    try:
        yield "chmod a-w"
    finally:
        path.chmod(mode)


@contextmanager
def read_only_disk(folder: Path) -> Iterator[str]:
    """The folder as a read-only disk: a read-only bind mount over it (root only)."""
    if not is_root() or not _run("mount", "--bind", str(folder), str(folder)):
        pytest.skip("a read-only disk needs a bind mount, which only root may make here")
    try:
        if not _run("mount", "-o", "remount,ro,bind", str(folder)):
            pytest.skip("this machine refuses to remount a bind mount read-only")
        yield "read-only bind mount"
    finally:
        _run("umount", "-l", str(folder))


# --- real processes -------------------------------------------------------------------------------------


def environment(home: Path) -> dict[str, str]:
    """A process of its own: settings, data and caches under `home`, offscreen Qt."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )


def smmdesk(*args: str, home: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Runs `python -m smmdesk ARGS` to its end."""
    return subprocess.run(
        [sys.executable, "-m", "smmdesk", *args],
        cwd=ROOT,
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def kill_when(args: list[str], home: Path, ready: Callable[[], bool], timeout: float = 120) -> bool:
    """Starts `python -m smmdesk ARGS` and kills it with SIGKILL the moment `ready()` holds; False
    when the process ended first (it was never caught mid-way)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "smmdesk", *args],
        cwd=ROOT,
        env=environment(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if ready():
                process.send_signal(signal.SIGKILL)
                process.wait()
                return True
            if process.poll() is not None:
                return False
            time.sleep(0.0005)
        raise AssertionError(f"smmdesk {' '.join(args)} neither got there nor ended in {timeout} s")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def agency_of(path: Path) -> str:
    """The agency name a database holds, read without changing it: which file (or copy) it is."""
    from smmdesk.services.settings import read_agency_settings
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(path, read_only=True)
    try:
        return read_agency_settings(db).agency_name
    finally:
        db.close()
