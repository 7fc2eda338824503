"""The change bus: after a service commits, one signal says which records changed; views refresh that."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """`changed(entity, ids)`: ids is a list of ids or None for "reload everything of this kind"."""

    changed = Signal(str, object)
    # The whole database was replaced (another file opened, a backup restored).
    reset = Signal()

    def notify(self, entity: str, ids: list[int] | None = None) -> None:
        self.changed.emit(entity, ids)


class Changes:
    """What changed since a view last refreshed: per entity, the ids named, or None for all of them."""

    def __init__(self) -> None:
        self._named: dict[str, set[int] | None] = {}

    def add(self, entity: str, ids: Iterable[int] | None) -> None:
        if ids is None or self._named.get(entity, set()) is None:
            self._named[entity] = None
        else:
            known = self._named.setdefault(entity, set())
            assert known is not None
            known.update(ids)

    def __bool__(self) -> bool:
        return bool(self._named)

    def __contains__(self, entity: str) -> bool:
        return entity in self._named

    def touches(self, *entities: str) -> bool:
        return any(entity in self._named for entity in entities)

    def everything(self, entity: str) -> bool:
        """True when `entity` changed without naming its records (reload all of them)."""
        return entity in self._named and self._named[entity] is None

    def ids(self, entity: str) -> set[int] | None:
        """The ids of `entity` named (empty when it did not change; None when all of them may have)."""
        if entity not in self._named:
            return set()
        named = self._named[entity]
        return None if named is None else set(named)

    def names(self, entity: str, record_id: int | None) -> bool:
        """Whether the change concerns this record of `entity`."""
        if record_id is None or entity not in self._named:
            return False
        named = self._named[entity]
        return named is None or record_id in named

    def take(self) -> Changes:
        """These changes, handed over; this object is empty afterwards."""
        taken = Changes()
        taken._named, self._named = self._named, {}
        return taken

    def __repr__(self) -> str:
        return f"Changes({self._named!r})"
