"""The influencer base as the window shows it: one row per account, filtered and sorted in memory.

At 100,000 influencers a Qt proxy model costs hundreds of milliseconds a keystroke; these plain
lists cost a few. Rows are immutable snapshots; the derived columns (search text, sort keys) are
computed once per load and patched when single rows change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any

HIGH = float("inf")


@dataclass(frozen=True, slots=True)
class InfluencerRow:
    """One account of one influencer (or an influencer with no account yet)."""

    influencer_id: int
    account_id: int | None
    name: str
    platform: str
    handle: str
    url: str
    followers: int | None
    er: int | None  # hundredths of a percent, as stored
    avg_reach: int | None
    avg_views: int | None
    city: str
    topics: str
    tags: tuple[str, ...]
    status: str
    tax_status: str
    phone: str
    email: str
    messenger: str
    notes: str
    archived: bool
    updated_at: str  # as stored (ISO, UTC): sorts in time order; the window formats it
    prices: tuple[int | None, ...]  # kopecks per format, in the order of `InfluencerTable.formats`
    price_notes: tuple[str, ...] = ()

    @property
    def er_percent(self) -> Decimal | None:
        return None if self.er is None else Decimal(self.er) / 100

    def search_text(self) -> str:
        return "\x1f".join(
            (self.name, self.handle, self.city, self.topics, " ".join(self.tags), self.notes)
        ).lower()


@dataclass
class FilterSpec:
    """What the planner asked to see; empty parts do not filter."""

    text: str = ""
    platforms: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()
    tax_statuses: frozenset[str] = frozenset()
    followers_min: int | None = None
    followers_max: int | None = None
    er_min: Decimal | None = None
    er_max: Decimal | None = None
    price_format: str = ""  # format code the price range applies to
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    include_archived: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, frozenset):
                data[key] = sorted(value)
            elif isinstance(value, Decimal):
                data[key] = str(value)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FilterSpec:
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data or data[f.name] is None:
                continue
            raw = data[f.name]
            if f.name in ("platforms", "statuses", "tags", "cities", "tax_statuses"):
                values[f.name] = frozenset(raw)
            elif f.name in ("er_min", "er_max", "price_min", "price_max"):
                values[f.name] = Decimal(str(raw))
            else:
                values[f.name] = raw
        return cls(**values)

    def is_empty(self) -> bool:
        return self == FilterSpec(include_archived=self.include_archived)


@dataclass
class InfluencerTable:
    """All rows plus the derived columns that make filtering and sorting cheap."""

    rows: list[InfluencerRow]
    formats: tuple[str, ...]  # format codes, the order of InfluencerRow.prices
    _search: list[str] = field(default_factory=list, init=False, repr=False)
    _sort_keys: dict[str, list[Any]] = field(default_factory=dict, init=False, repr=False)
    _key_functions: dict[str, Callable[[InfluencerRow], Any]] = field(
        default_factory=dict, init=False, repr=False
    )
    _archived: set[int] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        self._search = [row.search_text() for row in self.rows]
        self._reindex()

    def _reindex(self) -> None:
        self._archived = {i for i, row in enumerate(self.rows) if row.archived}
        self._sort_keys.clear()

    def __len__(self) -> int:
        return len(self.rows)

    def price_index(self, format_code: str) -> int | None:
        try:
            return self.formats.index(format_code)
        except ValueError:
            return None

    # --- changes -----------------------------------------------------------------------------

    def replace_influencers(
        self, influencer_ids: Iterable[int], fresh: Sequence[InfluencerRow]
    ) -> list[int] | None:
        """Swaps the rows of these influencers for freshly loaded ones (edits, deletes, undo).

        When the same accounts come back (an edit), the rows are replaced where they stand and
        their positions returned, so a sorted or filtered view keeps its order; otherwise
        (accounts added or removed) the table is rebuilt and None is returned.
        """
        gone = set(influencer_ids)
        positions = [i for i, row in enumerate(self.rows) if row.influencer_id in gone]
        old_keys = [(self.rows[i].influencer_id, self.rows[i].account_id) for i in positions]
        new_keys = sorted((row.influencer_id, row.account_id or 0) for row in fresh)
        if positions and sorted((k[0], k[1] or 0) for k in old_keys) == new_keys:
            by_key = {(row.influencer_id, row.account_id): row for row in fresh}
            for i, key in zip(positions, old_keys, strict=True):
                row = by_key[key]
                self.rows[i] = row
                self._search[i] = row.search_text()
                if row.archived:
                    self._archived.add(i)
                else:
                    self._archived.discard(i)
                for name, keys in self._sort_keys.items():
                    keys[i] = self._key_functions[name](row)
            return positions
        kept = [
            (row, text)
            for row, text in zip(self.rows, self._search, strict=True)
            if row.influencer_id not in gone
        ]
        self.rows = [row for row, _ in kept] + list(fresh)
        self._search = [text for _, text in kept] + [row.search_text() for row in fresh]
        self._reindex()
        return None

    # --- filtering and sorting ------------------------------------------------------------------

    def matching(self, spec: FilterSpec, candidates: Iterable[int] | None = None) -> list[int]:
        """Indices of the rows the spec lets through, in the order of `candidates` (default: all)."""
        rows = self.rows
        order = range(len(rows)) if candidates is None else candidates
        tests: list[Callable[[InfluencerRow], bool]] = []
        archived = self._archived
        if not spec.include_archived and archived:
            # The archive is usually empty or small: a set lookup instead of a test on every row.
            order = [i for i in order if i not in archived]
        if spec.platforms:
            tests.append(lambda r: r.platform in spec.platforms)
        if spec.statuses:
            tests.append(lambda r: r.status in spec.statuses)
        if spec.tax_statuses:
            tests.append(lambda r: r.tax_status in spec.tax_statuses)
        if spec.cities:
            cities = {c.lower() for c in spec.cities}
            tests.append(lambda r: r.city.lower() in cities)
        if spec.tags:
            tests.append(lambda r: not spec.tags.isdisjoint(r.tags))
        if spec.followers_min is not None or spec.followers_max is not None:
            lo = spec.followers_min if spec.followers_min is not None else 0
            hi = spec.followers_max if spec.followers_max is not None else HIGH
            tests.append(lambda r: r.followers is not None and lo <= r.followers <= hi)
        if spec.er_min is not None or spec.er_max is not None:
            er_lo = int(spec.er_min * 100) if spec.er_min is not None else 0
            er_hi = int(spec.er_max * 100) if spec.er_max is not None else HIGH
            tests.append(lambda r: r.er is not None and er_lo <= r.er <= er_hi)
        column = self.price_index(spec.price_format) if spec.price_format else None
        if column is not None and (spec.price_min is not None or spec.price_max is not None):
            p_lo = int(spec.price_min * 100) if spec.price_min is not None else 0
            p_hi = int(spec.price_max * 100) if spec.price_max is not None else HIGH
            tests.append(lambda r: r.prices[column] is not None and p_lo <= r.prices[column] <= p_hi)  # type: ignore[operator]
        needle = " ".join(spec.text.lower().split())
        search = self._search
        if needle:
            words = needle.split()
            if len(words) == 1:
                order = [i for i in order if needle in search[i]]
            else:
                order = [i for i in order if all(w in search[i] for w in words)]
        if not tests:
            return list(order)
        if len(tests) == 1:
            (test,) = tests
            return [i for i in order if test(rows[i])]
        return [i for i in order if all(test(rows[i]) for test in tests)]

    def sort_keys(
        self,
        key: str,
        value: Callable[[InfluencerRow], Any],
        compute: Callable[[list[InfluencerRow]], list[Any]] | None = None,
    ) -> list[Any]:
        """Cached sort keys of one column; `compute` may produce them all at once, faster than `value`
        row by row. Cleared when rows are added or removed, patched when rows change in place."""
        keys = self._sort_keys.get(key)
        if keys is None:
            keys = compute(self.rows) if compute is not None else [value(row) for row in self.rows]
            self._sort_keys[key] = keys
            self._key_functions[key] = value
        return keys

    def values(self, attribute: str) -> list[str]:
        """The distinct non-empty values of a text column, for the filter lists."""
        return sorted(
            {getattr(row, attribute) for row in self.rows if getattr(row, attribute)}, key=str.casefold
        )

    def all_tags(self) -> list[str]:
        return sorted({tag for row in self.rows for tag in row.tags}, key=str.casefold)
