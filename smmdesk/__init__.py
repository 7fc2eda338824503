"""smmdesk: the desktop workplace of an SMM / influencer-marketing planner."""

from __future__ import annotations

import logging

from smmdesk.version import __version__

# The log goes to the file `logs.setup_logging` opens, never to the terminal in English.
logging.getLogger("smmdesk").addHandler(logging.NullHandler())

__all__ = ["__version__"]
