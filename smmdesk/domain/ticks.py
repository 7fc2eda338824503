"""Tick steps that read well on a chart's value axis, and the decimals that tell the ticks apart:
the one rule behind matplotlib's charts (`charts.style`) and the spreadsheet's native ones
(`io.report_xlsx`), so a CPV axis of kopecks reads «0,10 ₽ 0,20 ₽», never «0 ₽ 0 ₽ 0 ₽»."""

from __future__ import annotations

import math
from dataclasses import dataclass

STEPS = (1, 2, 2.5, 5, 10)  # tick steps (× a power of ten) that read well


def places_for(step: float) -> int:
    """Decimals that tell apart ticks `step` apart (2.5 → 1, 0.25 → 2, 5 → 0)."""
    for places in range(0, 4):
        scaled = step * 10**places
        if abs(scaled - round(scaled)) < 1e-6:
            return places
    return 3


@dataclass(frozen=True)
class Scale:
    """A value axis from 0: its top tick, the step between ticks and the decimals they need."""

    top: float
    step: float
    places: int


def value_scale(highest: float, ticks: int = 5, whole: bool = False) -> Scale:
    """About `ticks` steps from 0 past `highest` (a count's steps are whole)."""
    highest = max(float(highest), 0.0)
    if highest == 0:
        return Scale(1.0, 1.0 if whole else 0.2, 0 if whole else 1)
    raw = highest / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = [s * magnitude for s in STEPS]
    if whole:  # a count steps by whole numbers: 1, 2, 5, 10, 20, 25, 50…
        steps = [max(s, 1.0) for s in steps if s >= 1 and float(s).is_integer()] or [1.0]
        steps.append(10 * magnitude)
    step = next((s for s in steps if s >= raw * (1 - 1e-9)), steps[-1])
    step = float(f"{step:.12g}")  # 0.30000000000000004 is 0.3
    top = math.ceil(highest / step - 1e-9) * step
    return Scale(float(f"{top:.12g}"), step, places_for(step))
