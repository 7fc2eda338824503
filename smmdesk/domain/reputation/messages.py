"""An error whose parameters are themselves translatable labels (a status, a field's name).

`SmmError.render(translate)` translates the message only; a label passed as a parameter would stay
English in a Russian sentence. `LabelledError` names which parameters are labels and their context.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smmdesk.domain.errors import ValidationError


class LabelledError(ValidationError):
    """A ValidationError whose `labels` parameters are translated in their own context when rendered
    (a tuple of labels is translated item by item and joined by commas)."""

    def __init__(
        self, message: str, field: str | None = None, labels: Mapping[str, str] | None = None, **params: Any
    ) -> None:
        self.labels = dict(labels or {})  # parameter name → translation context
        super().__init__(message, field, **params)

    def render(self, translate: Any = None) -> str:
        text = translate(self.context, self.message) if translate else self.message
        params = {name: self._label(name, value, translate) for name, value in self.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text

    def _label(self, name: str, value: Any, translate: Any) -> Any:
        """A label translated in its context; a tuple of labels, each translated, joined by commas."""
        if name not in self.labels:
            return value
        items = value if isinstance(value, tuple) else (value,)
        if translate:
            items = tuple(translate(self.labels[name], item) for item in items)
        return ", ".join(items)
