"""The project's error types: expected failures that carry a message for a person.

A message is English source text marked for translation (context "Errors") with named
placeholders; the UI translates it and fills the placeholders, the command line does the same.
"""

from __future__ import annotations

from typing import Any


class SmmError(Exception):
    """An expected failure with a message a planner can act on."""

    context = "Errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Any = None) -> str:
        """The message with its placeholders filled, translated when a translator is given."""
        text = translate(self.context, self.message) if translate else self.message
        try:
            return text.format(**self.params)
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
