"""An error whose parameters are themselves translatable labels (a status, a field's name).

`SmmError.render(translate)` translates the message only; a label passed as a parameter would stay
English in a Russian sentence. `LabelledError` names which parameters are labels and their context.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smmdesk.domain.errors import ValidationError


class LabelledError(ValidationError):
    """A ValidationError whose `labels` parameters are translated in their own context when rendered."""

    def __init__(
        self, message: str, field: str | None = None, labels: Mapping[str, str] | None = None, **params: Any
    ) -> None:
        self.labels = dict(labels or {})  # parameter name → translation context
        super().__init__(message, field, **params)

    def render(self, translate: Any = None) -> str:
        text = translate(self.context, self.message) if translate else self.message
        params = {
            name: translate(self.labels[name], value) if translate and name in self.labels else value
            for name, value in self.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
