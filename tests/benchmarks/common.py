"""Helpers for the benchmarks: timing, and one printed line per figure (value, target, floor)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def samples_ms(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    return [timed_ms(fn) for _ in range(repeat)]


def median_ms(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    return statistics.median(samples_ms(fn, repeat, warmup))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def report(
    name: str,
    value: float,
    target: float,
    *,
    unit: str = "ms",
    floor: float | None = None,
    floor_name: str = "",
    max_ratio: float | None = None,
) -> bool:
    """Prints `name: value (target ≤ …; floor …, ratio …) ok|OVER`; returns whether it met its target."""
    ok = value <= target
    parts = [f"target ≤ {target:g} {unit}"]
    if floor is not None:
        ratio = value / floor if floor else float("inf")
        parts.append(f"floor {floor:.1f} {unit} ({floor_name}), ratio {ratio:.2f}")
        if max_ratio is not None:
            parts[-1] += f" ≤ {max_ratio:g}"
            ok = ok and ratio <= max_ratio
    line = f"{name:<48} {value:9.1f} {unit}   ({'; '.join(parts)})   {'ok' if ok else 'OVER'}"
    print(line, flush=True)
    return ok


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a program started offscreen with its own home, data and settings."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
