"""The typed ORM mapping; importing this package registers every table on `Base.metadata`."""

from smmdesk.storage.models.base import Base
from smmdesk.storage.models.settings import Setting

__all__ = ["Base", "Setting"]
