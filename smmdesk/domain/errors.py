"""The project's error types: expected failures that carry a message for a person.

A message is English source text marked for translation (context "Errors") with named
placeholders; the UI translates it and fills the placeholders, the command line does the same.
"""

from __future__ import annotations

import errno
from pathlib import Path, PurePath
from typing import Any

from smmdesk.domain.plural import fill
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class Phrase:
    """A placeholder's words that are translated with the message: source texts of `context`,
    joined (the platforms an offer is refused for, what a wave was filtered by)."""

    def __init__(self, *texts: str, context: str = "Reviews", joiner: str = ", ") -> None:
        self.texts, self.context, self.joiner = texts, context, joiner

    def render(self, translate: Any = None) -> str:
        return self.joiner.join(translate(self.context, t) if translate else t for t in self.texts)

    def __str__(self) -> str:
        return self.render()


class SmmError(Exception):
    """An expected failure with a message a planner can act on."""

    context = "Errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        """The message with its placeholders filled, translated when a translator is given; a
        placeholder holding another SmmError (the cause of this one) or a Phrase is rendered the same way."""
        text = translate(self.context, self.message) if translate else self.message
        params = {
            key: value.render(translate) if isinstance(value, SmmError | Phrase) else value
            for key, value in self.params.items()
        }
        try:
            return fill(text, **params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(SmmError):
    """A value a person typed or a file held that the rules refuse; `field` names the input."""

    def __init__(self, message: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class StorageError(SmmError):
    """The database file cannot be used as asked (locked, damaged, too new, read-only)."""


class ImportFileError(SmmError):
    """A file to import cannot be read; nothing was changed."""


class FileWriteError(SmmError):
    """A file could not be written; the earlier file at that place, if any, is unchanged."""

    @classmethod
    def not_written(cls, target: Any, problem: str, existed: bool | None = None) -> FileWriteError:
        """`existed`: whether a file was at `target` before (None: looked up now, the target being
        exactly as it was); the message promises an unchanged earlier file only when there was one."""
        if _existed(target, existed):
            message = QT_TRANSLATE_NOOP(
                "Errors", "{name} was not written ({problem}); the earlier file is unchanged."
            )
        else:
            message = QT_TRANSLATE_NOOP("Errors", "{name} was not written ({problem}).")
        return cls(message, name=_name(target), problem=problem)


def _existed(target: Any, existed: bool | None) -> bool:
    if existed is not None:
        return existed
    try:
        return bool(str(target)) and Path(str(target)).is_file()
    except OSError:
        return False


def _name(path: Any) -> str:
    """A file's name as a person reads it: the last part of its path."""
    return getattr(path, "name", None) or PurePath(str(path)).name or str(path)


# What the machine said, in words a planner can act on; the message names the file.
_OS_MESSAGES = {
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Errors", "There is no space left on the disk: {name} was not written; the earlier file is unchanged."
    ),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "Errors", "The disk quota is used up: {name} was not written; the earlier file is unchanged."
    ),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Errors", "The disk holding {name} is read-only: nothing was written to it."
    ),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "Errors", "{name} or its folder is read-only or not yours to change: nothing was written."
    ),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "Errors", "{name} or its folder is read-only or not yours to change: nothing was written."
    ),
    errno.EIO: QT_TRANSLATE_NOOP(
        "Errors", "The disk reported an input/output error writing {name}; the earlier file is unchanged."
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "The folder for {name} does not exist: nothing was written."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "The name {name} is too long for the disk."),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not a file: nothing was written."),
}


# The same, where no file was at that place before: nothing to be unchanged.
_OS_MESSAGES_NEW_FILE = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "There is no space left on the disk: {name} was not written."),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "The disk quota is used up: {name} was not written."),
    errno.EIO: QT_TRANSLATE_NOOP(
        "Errors", "The disk reported an input/output error writing {name}: the file was not written."
    ),
}


def os_error(exc: OSError, path: Any = None, existed: bool | None = None) -> SmmError:
    """An OSError from writing `path` as a FileWriteError with the reason in words; `existed` says
    whether a file was there before (None: looked up now, the target being as it was)."""
    target = path if path is not None else (exc.filename or "")
    code = exc.errno or 0
    message = _OS_MESSAGES.get(code)
    if code in _OS_MESSAGES_NEW_FILE and not _existed(target, existed):
        message = _OS_MESSAGES_NEW_FILE[code]
    if message is None:
        return FileWriteError.not_written(target, exc.strerror or str(exc), existed)
    return FileWriteError(message, name=_name(target))


# The same faults met while opening or reading a database: nothing was written, so nothing is lost.
_OPEN_MESSAGES = {
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Errors",
        "There is no space left on the disk holding {name}: it cannot be opened for changes. "
        "Free some space and open it again; nothing in it was changed.",
    ),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "Errors",
        "The disk quota is used up on the disk holding {name}: it cannot be opened for changes. "
        "Nothing in it was changed.",
    ),
    errno.EIO: QT_TRANSLATE_NOOP(
        "Errors",
        "The disk reported an input/output error reading {name}. The file itself may be sound: copy "
        "it to another disk and open the copy. Nothing in it was changed.",
    ),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "Errors", "{name} cannot be read: it is not yours to open (ask whoever owns it). Nothing was changed."
    ),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "Errors", "{name} cannot be read: it is not yours to open (ask whoever owns it). Nothing was changed."
    ),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Errors", "The disk holding {name} is read-only, and the file cannot be read from it as it is."
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "The file {name} does not exist."),
}


def os_error_opening(exc: OSError, path: Any = None) -> SmmError:
    """An OSError met opening or reading `path` as a StorageError with the reason in words."""
    target = path if path is not None else (exc.filename or "")
    message = _OPEN_MESSAGES.get(exc.errno or 0)
    if message is None:
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be opened: {problem}. Nothing was changed."),
            name=_name(target),
            problem=exc.strerror or str(exc),
        )
    return StorageError(message, name=_name(target))
