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


def smmdesk(
    *args: str, home: Path, timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Runs `python -m smmdesk ARGS` to its end (`env`: variables added to its environment)."""
    return subprocess.run(
        [sys.executable, "-m", "smmdesk", *args],
        cwd=ROOT,
        env=environment(home) | (env or {}),
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


# --- an input/output error --------------------------------------------------------------------------------

EIO_SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* write() and fsync() on a file whose path contains $SMMDESK_EIO_PATH fail with EIO; $SMMDESK_EIO_CALLS
   says which of them ("write,fsync"). A disk that went bad under that one file. */
static int failing(int fd, const char *call) {
    const char *part = getenv("SMMDESK_EIO_PATH"), *calls = getenv("SMMDESK_EIO_CALLS");
    char link[64], path[PATH_MAX];
    if (!part || !*part || !calls || !strstr(calls, call)) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return 0;
    path[n] = 0;
    return strstr(path, part) != NULL;
}

ssize_t write(int fd, const void *buf, size_t count) {
    static ssize_t (*real)(int, const void *, size_t);
    if (!real) real = dlsym(RTLD_NEXT, "write");
    if (failing(fd, "write")) { errno = EIO; return -1; }
    return real(fd, buf, count);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "fsync");
    if (failing(fd, "fsync")) { errno = EIO; return -1; }
    return real(fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "fdatasync");
    if (failing(fd, "fsync")) { errno = EIO; return -1; }
    return real(fd);
}
"""


def eio_shim(folder: Path) -> Path:
    """The LD_PRELOAD library above, compiled with gcc into `folder`; skips the test without gcc."""
    import shutil

    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        pytest.skip("an input/output error is made by an LD_PRELOAD library, and there is no gcc to build it")
    source, library = folder / "eio_shim.c", folder / "eio_shim.so"
    source.write_text(EIO_SHIM)
    built = subprocess.run(
        [compiler, "-shared", "-fPIC", "-O1", "-o", str(library), str(source), "-ldl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    return library


def smmdesk_with_eio(
    *args: str, home: Path, shim: Path, path_part: str, calls: str = "write,fsync", timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Runs `python -m smmdesk ARGS` where write()/fsync() of files whose path holds `path_part` fail
    with EIO, as a failing disk makes them."""
    faults = {"LD_PRELOAD": str(shim), "SMMDESK_EIO_PATH": path_part, "SMMDESK_EIO_CALLS": calls}
    return smmdesk(*args, home=home, timeout=timeout, env=faults)
