"""Why a database file is refused when it opens: damaged, made by a newer program, needing an upgrade a
manager makes, or not a smmdesk file at all."""

from __future__ import annotations

from pathlib import Path

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage import backup


class DamagedDatabaseError(StorageError):
    """The file failed `quick_check` or is not a database at all; nothing was written to it."""

    def __init__(self, path: Path, problem: str, good_backup: backup.BackupInfo | None) -> None:
        self.path = path
        self.problem = problem
        self.good_backup = good_backup
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {name} is damaged and was not changed. SQLite reports: {problem}",
            ),
            name=path.name,
            problem=problem,
        )


class NewerDatabaseError(StorageError):
    """The file was written by a newer smmdesk; this one leaves it untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {name} was made by a newer version of smmdesk (schema {revision}). "
                "Install the newer version to open it; the file was not changed.",
            ),
            name=path.name,
            revision=revision,
        )


class UpgradeNeededError(StorageError):
    """The file is at an older schema and was opened read-only: the upgrade needs writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {name} needs an upgrade, which a read-only copy cannot do."
            ),
            name=path.name,
        )


class ForeignDatabaseError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {name} is a database of some other program; it was not changed."
            ),
            name=path.name,
        )
