"""A real input/output error: a small C library preloaded into a smmdesk process (LD_PRELOAD) that
makes write() and fsync() on any file whose path holds a chosen text fail with EIO, as a failing disk
does. Compiled with gcc once per test run; the tests that use it are skipped, with the reason, where
there is no gcc or no LD_PRELOAD (not Linux)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

/* True when the file open at `fd` has SMMDESK_TEST_EIO in its path. */
static int failing(int fd) {
    const char *mark = getenv("SMMDESK_TEST_EIO");
    char link[64], target[4096];
    ssize_t n;
    if (mark == NULL || *mark == 0) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    n = readlink(link, target, sizeof target - 1);
    if (n <= 0) return 0;
    target[n] = 0;
    return strstr(target, mark) != NULL;
}

#define NEXT(name) static __typeof__(&name) real; if (!real) real = dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t count) {
    NEXT(write);
    if (failing(fd)) { errno = EIO; return -1; }
    return real(fd, buf, count);
}
ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
    NEXT(pwrite);
    if (failing(fd)) { errno = EIO; return -1; }
    return real(fd, buf, count, offset);
}
ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
    NEXT(pwrite64);
    if (failing(fd)) { errno = EIO; return -1; }
    return real(fd, buf, count, offset);
}
ssize_t writev(int fd, const struct iovec *iov, int count) {
    NEXT(writev);
    if (failing(fd)) { errno = EIO; return -1; }
    return real(fd, iov, count);
}
int fsync(int fd) {
    NEXT(fsync);
    if (failing(fd)) { errno = EIO; return -1; }
    return real(fd);
}
int fdatasync(int fd) {
    NEXT(fdatasync);
    if (failing(fd)) { errno = EIO; return -1; }
    return real(fd);
}
"""


def build(folder: Path) -> Path:
    """The shim compiled into `folder`; skips the test where it cannot be built or preloaded."""
    if not sys.platform.startswith("linux"):
        pytest.skip("an I/O error is made with LD_PRELOAD, which needs Linux")
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("an I/O error is made with a preloaded C shim, and gcc is not installed")
    source = folder / "eio_shim.c"
    library = folder / "eio_shim.so"
    source.write_text(SOURCE)
    built = subprocess.run(
        [gcc, "-shared", "-fPIC", "-O1", "-o", str(library), str(source), "-ldl"],
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:
        pytest.skip(f"the I/O-error shim does not compile here: {built.stderr.strip()[:300]}")
    return library


def failing_env(library: Path, mark: str) -> dict[str, str]:
    """What to add to a process's environment so that writing any path containing `mark` fails."""
    return {"LD_PRELOAD": str(library), "SMMDESK_TEST_EIO": mark}
