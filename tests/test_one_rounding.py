"""RULES.md: every figure is rounded by one domain function, half up (`money.round_to`); never
Decimal's default half-to-even `quantize`, never a format string's rounding. This reads the code."""

from __future__ import annotations

import re
from pathlib import Path

from smmdesk.domain.money import format_decimal, round_to

ROOT = Path(__file__).resolve().parents[1] / "smmdesk"
# Not figures anyone is shown: storage's exact kopeck conversion, the demo's random data.
EXEMPT = {"domain/money.py", "storage/types.py", "services/demo.py"}
ROUNDING = re.compile(r"\.quantize\(|\{[^{}]*:[^{}]*\.\d+f\}|\bround\(\s*[^)]*,\s*\d\)|ROUND_HALF_EVEN")


def test_nothing_rounds_a_figure_but_the_one_function() -> None:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in EXEMPT or name.startswith("storage/migrations/"):
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if ROUNDING.search(line) and "time.time()" not in line and "perf_counter" not in line:
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []


def test_the_one_function_rounds_half_up_where_python_would_not() -> None:
    from decimal import Decimal

    assert Decimal("5.625").quantize(Decimal("0.01")) == Decimal("5.62")  # the default a writer would get
    assert round_to(Decimal("5.625"), 2) == Decimal("5.63")
    assert round_to(Decimal("0.125"), 2) == Decimal("0.13") and round_to(Decimal("2.5"), 0) == 3
    assert format_decimal(Decimal("12.25"), 1) == "12,3"
