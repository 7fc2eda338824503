"""Per-computer preferences in QSettings: language, backups kept, recent files, engine URL, layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
DEFAULT_BACKUPS_KEPT = 10


class UserSettings:
    """Typed access to QSettings; agency-wide values (VAT, fee, currency) live in the database instead."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings()

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self.qsettings.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        return str(self._get("ui/language", "system", str))

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def backups_kept(self) -> int:
        return max(1, int(self._get("db/backups_kept", DEFAULT_BACKUPS_KEPT, int)))

    @backups_kept.setter
    def backups_kept(self, value: int) -> None:
        self.qsettings.setValue("db/backups_kept", int(value))

    @property
    def engine_url(self) -> str:
        return str(self._get("db/engine_url", "", str))

    @engine_url.setter
    def engine_url(self, value: str) -> None:
        self.qsettings.setValue("db/engine_url", value.strip())

    @property
    def last_database(self) -> str:
        return str(self._get("db/last", "", str))

    @last_database.setter
    def last_database(self, value: str) -> None:
        self.qsettings.setValue("db/last", value)

    @property
    def recent_files(self) -> list[str]:
        value = self.qsettings.value("db/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files if p != path]
        self.qsettings.setValue("db/recent", [path, *recent][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.qsettings.setValue("db/recent", [p for p in self.recent_files if p != path])

    def state(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"state/{key}", value)

    def value(self, key: str, default: Any = None) -> Any:
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)
