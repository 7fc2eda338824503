"""The placement plan: a campaign's placements laid out by day, one row per influencer or platform."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from smmdesk.domain.estimate_view import LineView


@dataclass(frozen=True)
class PlanEntry:
    """A placement line in the plan, with the estimate it belongs to."""

    estimate_id: int
    line: LineView


@dataclass
class Plan:
    period_from: dt.date
    period_to: dt.date
    rows: list[tuple[str, str]]  # (row key, label)
    cells: dict[tuple[str, dt.date], list[PlanEntry]] = field(default_factory=dict)
    undated: list[PlanEntry] = field(default_factory=list)
    double_booked: set[tuple[int, dt.date]] = field(default_factory=set)  # (account, day)

    def days(self, start: dt.date | None = None, end: dt.date | None = None) -> list[dt.date]:
        first, last = start or self.period_from, end or self.period_to
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]

    def in_period(self, day: dt.date) -> bool:
        return self.period_from <= day <= self.period_to

    def conflict(self, row: str, day: dt.date) -> bool:
        """Two placements of one account on that day, or a placement outside the campaign."""
        entries = self.cells.get((row, day), [])
        if entries and not self.in_period(day):
            return True
        return any((e.line.account_id, day) in self.double_booked for e in entries)

    def dated_outside(self) -> list[PlanEntry]:
        return [e for (row, day), entries in self.cells.items() if not self.in_period(day) for e in entries]


FSI, PDI = "\u2068", "\u2069"  # Unicode's first-strong and pop directional isolates


def isolated(text: str) -> str:
    """Text from outside set apart for the bidirectional algorithm when it has right-to-left
    letters: an Arabic or Hebrew name keeps its own direction without turning the handle and the
    brackets around it (nor the label's direction). Other text is left as it is."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return f"{FSI}{text}{PDI}"
    return text


def row_key(line: LineView, by: str, titles: Mapping[str, str] | None = None) -> tuple[str, str]:
    """A row's key and label: a platform by its title (never its code), or an influencer's account
    with its platform («Анна (Instagram @anna)»: two accounts of one person are two rows)."""
    site = (titles or {}).get(line.platform, line.platform)
    if by == "platform":
        return line.platform, site
    label = f"{isolated(line.influencer_name)} ({site} {isolated('@' + line.handle)})"
    return f"{line.influencer_name}\x1f{line.account_id}", label


def build_plan(
    entries: Iterable[PlanEntry],
    period_from: dt.date,
    period_to: dt.date,
    by: str = "influencer",
    titles: Mapping[str, str] | None = None,
) -> Plan:
    """Lays placements out by row and day. A placement dated outside the campaign's period is kept
    (and flagged as a conflict) rather than hidden."""
    placements = [e for e in entries if e.line.is_placement]
    booked = Counter((e.line.account_id, e.line.planned_date) for e in placements if e.line.planned_date)
    plan = Plan(period_from, period_to, [])
    labels: dict[str, str] = {}
    for entry in placements:
        key, label = row_key(entry.line, by, titles)
        labels.setdefault(key, label)
        day = entry.line.planned_date
        if day is None:
            plan.undated.append(entry)
            continue
        plan.cells.setdefault((key, day), []).append(entry)
    plan.rows = sorted(labels.items(), key=lambda item: item[1].casefold())
    plan.double_booked = {(account or 0, day) for (account, day), n in booked.items() if n > 1 and day}
    return plan


def month_days(year: int, month: int) -> list[dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return [first + dt.timedelta(days=n) for n in range((following - first).days)]


def week_days(day: dt.date) -> list[dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return [monday + dt.timedelta(days=n) for n in range(7)]


def day_formats(entries: Sequence[PlanEntry], format_short: Mapping[int, str]) -> list[tuple[str, int]]:
    """A day's publications by format, their quantities summed (a platform's seven photos of a day
    are «Фото×7», not seven «Фото»), in the order the formats first come."""
    summed: dict[str, int] = {}
    for entry in entries:
        line = entry.line
        name = format_short.get(line.format_id or 0, line.format_title[:10])
        summed[name] = summed.get(name, 0) + line.quantity
    return list(summed.items())


def format_label(name: str, quantity: int) -> str:
    return f"{name}×{quantity}" if quantity > 1 else name


def short_label(entries: Sequence[PlanEntry], format_short: Mapping[int, str]) -> str:
    return ", ".join(format_label(name, n) for name, n in day_formats(entries, format_short))
