"""Publication metrics and the formulas of RULES.md, one function each.

A ratio whose denominator is zero or unknown has no value (None, shown as "—"). For a set of
publications every ratio is a ratio of sums, and a publication counts in a ratio only when both
of its parts are known for it: a post whose views were never captured adds neither its cost nor
its views to the set's CPM, so a missing figure never passes for a cheap one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from smmdesk.domain.money import round_to
from smmdesk.domain.text import QT_TRANSLATE_NOOP

Number = Decimal | int


class Metric(StrEnum):
    """The figures recorded per publication."""

    IMPRESSIONS = "impressions"  # views, where the platform reports views
    REACH = "reach"
    LIKES = "likes"
    COMMENTS = "comments"
    SHARES = "shares"
    SAVES = "saves"
    CLICKS = "clicks"
    LEADS = "leads"
    SALES = "sales"
    REVENUE = "revenue"  # roubles; stored in kopecks
    FOLLOWERS = "followers"  # the account's followers at publication


METRIC_LABELS: dict[Metric, str] = {
    Metric.IMPRESSIONS: QT_TRANSLATE_NOOP("Metrics", "Views"),
    Metric.REACH: QT_TRANSLATE_NOOP("Metrics", "Reach"),
    Metric.LIKES: QT_TRANSLATE_NOOP("Metrics", "Likes"),
    Metric.COMMENTS: QT_TRANSLATE_NOOP("Metrics", "Comments"),
    Metric.SHARES: QT_TRANSLATE_NOOP("Metrics", "Shares"),
    Metric.SAVES: QT_TRANSLATE_NOOP("Metrics", "Saves"),
    Metric.CLICKS: QT_TRANSLATE_NOOP("Metrics", "Clicks"),
    Metric.LEADS: QT_TRANSLATE_NOOP("Metrics", "Leads"),
    Metric.SALES: QT_TRANSLATE_NOOP("Metrics", "Sales"),
    Metric.REVENUE: QT_TRANSLATE_NOOP("Metrics", "Revenue"),
    Metric.FOLLOWERS: QT_TRANSLATE_NOOP("Metrics", "Followers"),
}


class Source(StrEnum):
    MEASURED = "measured"  # from the platform's statistics
    SCREENSHOT = "screenshot"  # typed from an attached screenshot
    ESTIMATED = "estimated"


SOURCE_LABELS: dict[Source, str] = {
    Source.MEASURED: QT_TRANSLATE_NOOP("Metrics", "measured"),
    Source.SCREENSHOT: QT_TRANSLATE_NOOP("Metrics", "screenshot"),
    Source.ESTIMATED: QT_TRANSLATE_NOOP("Metrics", "estimated"),
}


# --- the formulas -----------------------------------------------------------------------------------


def ratio(numerator: Number | None, denominator: Number | None, scale: int = 1) -> Decimal | None:
    """numerator × scale / denominator; None when either part is unknown or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return Decimal(numerator) * scale / Decimal(denominator)


def engagements(likes: int | None, comments: int | None, shares: int | None, saves: int | None) -> int | None:
    """likes + comments + shares + saves; a part the platform does not report counts as 0, and
    with none of them known the engagements are unknown."""
    parts = [p for p in (likes, comments, shares, saves) if p is not None]
    return sum(parts) if parts else None


def er(engagements: Number | None, followers: Number | None) -> Decimal | None:
    """ER by followers, %."""
    return ratio(engagements, followers, 100)


def err(engagements: Number | None, reach: Number | None) -> Decimal | None:
    """ERR by reach, %."""
    return ratio(engagements, reach, 100)


def ctr(clicks: Number | None, impressions: Number | None) -> Decimal | None:
    """CTR, %."""
    return ratio(clicks, impressions, 100)


def cr(sales: Number | None, clicks: Number | None) -> Decimal | None:
    """Conversion of clicks into sales, %."""
    return ratio(sales, clicks, 100)


def cpm(cost: Number | None, impressions: Number | None) -> Decimal | None:
    return ratio(cost, impressions, 1000)


def cpv(cost: Number | None, views: Number | None) -> Decimal | None:
    return ratio(cost, views)


def cpe(cost: Number | None, engagements: Number | None) -> Decimal | None:
    return ratio(cost, engagements)


def cpc(cost: Number | None, clicks: Number | None) -> Decimal | None:
    return ratio(cost, clicks)


def cpl(cost: Number | None, leads: Number | None) -> Decimal | None:
    return ratio(cost, leads)


def cpa(cost: Number | None, sales: Number | None) -> Decimal | None:
    return ratio(cost, sales)


def romi(revenue: Number | None, cost: Number | None) -> Decimal | None:
    """(revenue − cost) / cost × 100, %."""
    if revenue is None or cost is None:
        return None
    return ratio(Decimal(revenue) - Decimal(cost), cost, 100)


# --- one publication and a set of them ----------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """A publication's cost and figures; None where a figure is unknown."""

    cost: Decimal | None = None
    impressions: int | None = None
    reach: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    clicks: int | None = None
    leads: int | None = None
    sales: int | None = None
    revenue: Decimal | None = None
    followers: int | None = None

    @property
    def engagements(self) -> int | None:
        return engagements(self.likes, self.comments, self.shares, self.saves)


Column = list[Number | None]
FIELDS = ("cost", "impressions", "reach", "likes", "comments", "shares", "saves", "clicks", "leads", "sales",
          "revenue", "followers")  # fmt: skip


@dataclass
class FigureSet:
    """Publications taken together: sums, and ratios of sums over the publications that know both
    parts of each ratio. Each figure is gathered into a column once; sums and ratios run over the
    columns (a campaign of thousands of publications is summed in milliseconds)."""

    items: Sequence[Figures]

    @cached_property
    def columns(self) -> dict[str, Column]:
        columns: dict[str, Column] = {name: [getattr(f, name) for f in self.items] for name in FIELDS}
        columns["engagements"] = [f.engagements for f in self.items]
        return columns

    def total(self, name: str) -> Decimal | None:
        known = [v for v in self.columns[name] if v is not None]
        return Decimal(sum(known)) if known else None

    def pair(self, numerator: str, denominator: str) -> tuple[Decimal | None, Decimal | None]:
        """Σnumerator and Σdenominator over the publications where both are known."""
        pairs = [
            (a, b)
            for a, b in zip(self.columns[numerator], self.columns[denominator], strict=True)
            if a is not None and b is not None
        ]
        if not pairs:
            return None, None
        return Decimal(sum(a for a, _ in pairs)), Decimal(sum(b for _, b in pairs))

    def counted(self, numerator: str, denominator: str) -> int:
        """How many publications a ratio of these two figures is computed over (both known)."""
        return sum(
            1
            for a, b in zip(self.columns[numerator], self.columns[denominator], strict=True)
            if a is not None and b is not None
        )

    # Sums
    @property
    def cost(self) -> Decimal | None:
        return self.total("cost")

    def sum_of(self, metric: Metric) -> Decimal | None:
        return self.total(metric.value)

    @property
    def engagements(self) -> Decimal | None:
        return self.total("engagements")

    # Ratios of sums, each by its formula above
    def cpm(self) -> Decimal | None:
        return cpm(*self.pair("cost", "impressions"))

    def cpv(self) -> Decimal | None:
        return cpv(*self.pair("cost", "impressions"))

    def cpe(self) -> Decimal | None:
        return cpe(*self.pair("cost", "engagements"))

    def cpc(self) -> Decimal | None:
        return cpc(*self.pair("cost", "clicks"))

    def cpl(self) -> Decimal | None:
        return cpl(*self.pair("cost", "leads"))

    def cpa(self) -> Decimal | None:
        return cpa(*self.pair("cost", "sales"))

    def romi(self) -> Decimal | None:
        return romi(*self.pair("revenue", "cost"))

    def er(self) -> Decimal | None:
        return er(*self.pair("engagements", "followers"))

    def err(self) -> Decimal | None:
        return err(*self.pair("engagements", "reach"))

    def ctr(self) -> Decimal | None:
        return ctr(*self.pair("clicks", "impressions"))

    def cr(self) -> Decimal | None:
        return cr(*self.pair("sales", "clicks"))


# --- KPIs -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KpiDef:
    key: str
    title: str
    kind: str  # "count", "money" or "percent"
    fact: Callable[[FigureSet], Decimal | None]
    lower_is_better: bool = False
    parts: tuple[str, str] | None = None  # a ratio's numerator and denominator, by FigureSet column


KPIS: tuple[KpiDef, ...] = (
    KpiDef("reach", QT_TRANSLATE_NOOP("Metrics", "Reach"), "count", lambda s: s.sum_of(Metric.REACH)),
    KpiDef("views", QT_TRANSLATE_NOOP("Metrics", "Views"), "count", lambda s: s.sum_of(Metric.IMPRESSIONS)),
    KpiDef("engagements", QT_TRANSLATE_NOOP("Metrics", "Engagements"), "count", lambda s: s.engagements),
    KpiDef("clicks", QT_TRANSLATE_NOOP("Metrics", "Clicks"), "count", lambda s: s.sum_of(Metric.CLICKS)),
    KpiDef("leads", QT_TRANSLATE_NOOP("Metrics", "Leads"), "count", lambda s: s.sum_of(Metric.LEADS)),
    KpiDef("sales", QT_TRANSLATE_NOOP("Metrics", "Sales"), "count", lambda s: s.sum_of(Metric.SALES)),
    KpiDef("revenue", QT_TRANSLATE_NOOP("Metrics", "Revenue"), "money", lambda s: s.sum_of(Metric.REVENUE)),
    KpiDef("cpm", "CPM", "money", FigureSet.cpm, lower_is_better=True, parts=("cost", "impressions")),
    KpiDef("cpv", "CPV", "money", FigureSet.cpv, lower_is_better=True, parts=("cost", "impressions")),
    KpiDef("cpe", "CPE", "money", FigureSet.cpe, lower_is_better=True, parts=("cost", "engagements")),
    KpiDef("cpc", "CPC", "money", FigureSet.cpc, lower_is_better=True, parts=("cost", "clicks")),
    KpiDef("cpl", "CPL", "money", FigureSet.cpl, lower_is_better=True, parts=("cost", "leads")),
    KpiDef("cpa", "CPA", "money", FigureSet.cpa, lower_is_better=True, parts=("cost", "sales")),
    KpiDef("romi", "ROMI, %", "percent", FigureSet.romi, parts=("revenue", "cost")),
    KpiDef("er", "ER, %", "percent", FigureSet.er, parts=("engagements", "followers")),
    KpiDef("err", "ERR, %", "percent", FigureSet.err, parts=("engagements", "reach")),
    KpiDef("ctr", "CTR, %", "percent", FigureSet.ctr, parts=("clicks", "impressions")),
    KpiDef("cr", "CR, %", "percent", FigureSet.cr, parts=("sales", "clicks")),
)
KPI_BY_KEY = {kpi.key: kpi for kpi in KPIS}


SHOWN_PLACES = {"count": 0, "money": 2, "percent": 2}  # the decimals each kind of figure is shown with


def achieved_as_shown(
    plan: Decimal | None, fact: Decimal | None, kind: str, lower_is_better: bool
) -> Decimal | None:
    """`achieved` of the target and the fact as the reader sees them, each rounded by the one
    rounding to its shown decimals: a CPM shown as 5,63 ₽ against a target of 5,63 ₽ is 100 %."""
    places = SHOWN_PLACES.get(kind, 2)
    return achieved(
        None if plan is None else round_to(plan, places),
        None if fact is None else round_to(fact, places),
        lower_is_better,
    )


def achieved(plan: Decimal | None, fact: Decimal | None, lower_is_better: bool) -> Decimal | None:
    """Per cent of the target reached: fact/plan for a figure to raise, plan/fact for a cost to
    lower (a CPM half the target is 200 %). None when either is unknown or a divisor is 0."""
    if lower_is_better:
        return ratio(plan, fact, 100)
    return ratio(fact, plan, 100)


def figure_sets(groups: Iterable[tuple[str, Figures]]) -> dict[str, FigureSet]:
    """Publications grouped by a label (influencer, format, platform), each group as a set."""
    grouped: dict[str, list[Figures]] = {}
    for label, figures in groups:
        grouped.setdefault(label, []).append(figures)
    return {label: FigureSet(items) for label, items in grouped.items()}
