"""smmdesk: the desktop workplace of an SMM / influencer-marketing planner."""

from __future__ import annotations

from smmdesk.version import __version__

__all__ = ["__version__"]
