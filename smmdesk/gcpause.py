"""Pausing Python's cyclic garbage collector while building hundreds of thousands of objects.

Bulk loads create objects without cycles; each generation-2 collection triggered meanwhile walks
every object already alive (a loaded table of 100,000 rows included), which made a large import
take half again as long. Reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
