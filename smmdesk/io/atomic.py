"""Every file the program writes goes through here: written beside its target, synced, checked, renamed.

A process killed mid-write, a full disk or a failed check leaves the earlier file byte for byte;
the caller is told the file was not written. Writers receive the temporary path (it keeps the
target's suffix, so a writer that goes by the suffix still knows the type) and never the target.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from smmdesk.domain.errors import FileWriteError, os_error

log = logging.getLogger("smmdesk.io")

Check = Callable[[Path], str | None]  # None when the file is sound, else what is wrong with it
TEMP_MARK = ".~smmdesk-"
LOW_SPACE_BYTES = 1024 * 1024
# Inside `replaced_together` (on its thread): the checked files waiting to replace their targets.
_held: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("held", default=None)


def temp_path_for(target: Path) -> Path:
    """A hidden sibling of the target, on the same file system, with the target's suffix."""
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(3)}{target.suffix}")


def leftovers(target: Path) -> list[Path]:
    """Temporary files a killed earlier write of `target` left behind."""
    prefix = f".{target.name}{TEMP_MARK}"
    try:
        return [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return []


def _check_xlsx(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            if "[Content_Types].xml" not in archive.namelist():
                return "not a spreadsheet"
            broken = archive.testzip()
    except (zipfile.BadZipFile, OSError) as exc:
        return str(exc)
    return None if broken is None else f"damaged part {broken}"


def _check_pdf(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, path.stat().st_size - 1024))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        return "not a complete PDF"
    return None


def _check_svg(path: Path) -> str | None:
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 256))
        tail = handle.read()
    return None if b"</svg>" in tail else "not a complete SVG picture"


def _check_png(path: Path) -> str | None:
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.verify()
    except Exception as exc:  # Pillow raises many types for a cut or damaged picture
        return str(exc) or type(exc).__name__
    return None


def _check_utf8_text(path: Path) -> str | None:
    try:
        with path.open("r", encoding="utf-8-sig") as handle:
            while handle.read(1 << 20):
                pass
    except UnicodeDecodeError as exc:
        return str(exc)
    return None


CHECKS: dict[str, Check] = {
    ".xlsx": _check_xlsx,
    ".pdf": _check_pdf,
    ".png": _check_png,
    ".svg": _check_svg,
    ".csv": _check_utf8_text,
    ".ics": _check_utf8_text,
    ".json": _check_utf8_text,
}


def check_written(path: Path, check: Check | None = None) -> str | None:
    """None when the file written at `path` is non-empty and opens again as its type."""
    if path.stat().st_size == 0:
        return "empty"
    chosen = check or CHECKS.get(path.suffix.lower())
    return chosen(path) if chosen else None


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to sync; its rename is journaled by NTFS
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def atomic_output(target: Path, *, check: Check | None = None) -> Iterator[Path]:
    """Yields a temporary path to write; on leaving, the written file replaces `target`.

    Raises FileWriteError (with the reason in words) when writing, syncing, checking or renaming
    fails; `target` is then exactly as it was, and the temporary file is gone.
    """
    target = Path(target)
    for stale in leftovers(target):
        stale.unlink(missing_ok=True)
    existed = _is_file(target)  # the message promises an unchanged earlier file only when there was one
    temp = temp_path_for(target)
    held = _held.get()
    try:
        yield temp
        if not temp.exists():
            raise FileWriteError.not_written(target, "the writer produced no file", existed)
        _fsync_file(temp)
        problem = check_written(temp, check)
        if problem is not None:
            log.error("%s failed its check after writing: %s", target, problem)
            if disk_nearly_full(temp.parent):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
            raise FileWriteError.not_written(target, problem, existed)
        if held is not None:
            held.append((temp, target))  # renamed when the whole group is written
            return
        _replace(temp, target)
    except OSError as exc:
        log.error("writing %s failed: %s", target, exc)
        raise os_error(exc, target, existed) from exc
    finally:
        if held is None or (temp, target) not in held:
            _discard(temp)


@contextmanager
def replaced_together() -> Iterator[None]:
    """The files written through `atomic_output` inside the block (on this thread) replace their
    targets together when it ends without an error: written and checked one by one, renamed only
    once all are. An error or a cancel raised half way leaves every earlier file as it was, and so
    does a rename refused half way (the files already replaced are put back). Inside another such
    block it joins that one: the outer block's files all go together.

    Used for work that writes several files (a report's XLSX and PDF) and may be cancelled."""
    if _held.get() is not None:
        yield
        return
    held: list[tuple[Path, Path]] = []
    token = _held.set(held)
    try:
        yield
    except BaseException:
        for temp, _ in held:
            _discard(temp)
        raise
    finally:
        _held.reset(token)
    _replace_all(held)


class _Earlier:
    """What was at a target before its group replaced it: nothing, or a hard link (else a copy) to it."""

    def __init__(self, target: Path) -> None:
        self.target, self.existed, self.kept = target, _is_file(target), None
        if not self.existed:
            return
        kept = target.with_name(f".{target.name}{TEMP_MARK}earlier-{os.getpid()}-{secrets.token_hex(3)}")
        try:
            os.link(target, kept)
        except OSError:
            try:
                shutil.copy2(target, kept)  # a disk without hard links
            except OSError:
                _discard(kept)
                return
        self.kept = kept

    def put_back(self) -> None:
        try:
            if not self.existed:
                self.target.unlink(missing_ok=True)  # there was no file here before the group
            elif self.kept is not None:
                os.replace(self.kept, self.target)
        except OSError as exc:
            log.error("could not put back %s: %s", self.target, exc)

    def forget(self) -> None:
        if self.kept is not None:
            _discard(self.kept)


def _replace_all(held: list[tuple[Path, Path]]) -> None:
    earlier: list[_Earlier] = []  # each target replaced so far, with what it was
    try:
        for temp, target in held:
            earlier.append(_Earlier(target))
            _replace(temp, target)
    except OSError as exc:
        failed = earlier[-1]
        log.error("writing %s failed: %s; the files of its group are put back", failed.target, exc)
        for done in reversed(earlier[:-1]):
            done.put_back()
        for temp, _ in held:
            _discard(temp)
        raise os_error(exc, failed.target, failed.existed) from exc
    finally:
        for each in earlier:
            each.forget()


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _replace(temp: Path, target: Path) -> None:
    os.replace(temp, target)
    _fsync_folder(target.parent)


def _discard(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError:
        pass


def write_bytes_atomically(target: Path, data: bytes) -> None:
    with atomic_output(target) as temp:
        temp.write_bytes(data)


def disk_nearly_full(folder: Path) -> bool:
    """Less room left than any file the program writes: a writer that failed without saying why
    (QPdfWriter, a check that found the file empty) ran out of space."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


__all__ = [
    "CHECKS",
    "atomic_output",
    "check_written",
    "disk_nearly_full",
    "leftovers",
    "replaced_together",
    "temp_path_for",
    "write_bytes_atomically",
]
