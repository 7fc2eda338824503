"""What every import writes with: its progress reported, Cancel asked between chunks, and the one
exception that rolls the caller's transaction back (influencers, mentions, review customers)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # progress(done, total)
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The planner pressed Cancel; the transaction is rolled back."""


def steps(total: int, progress: Progress | None, cancelled: Cancelled | None) -> Callable[[int], None]:
    """`step(count)` after each chunk written: raises ImportCancelled when Cancel was pressed, else
    reports how far the import is."""
    done = 0

    def step(count: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        done += count
        if progress is not None:
            progress(done, total)

    return step
