"""The figures of reviews and surveys by RULES.md: NPS, CSAT, the review funnel and conversion, stars.

    NPS = (promoters − detractors) ÷ respondents × 100   promoters 9–10, detractors 0–6
    CSAT (%) = answers of 4 or 5 ÷ answers × 100         on a 1–5 scale
    review conversion (%) = reviews left ÷ requests delivered × 100

Each is shown with one decimal, rounded half up by `money.round_to`; an empty answer is not a
respondent, and a figure with nothing under it is None ("—"). Detractors become a private
follow-up list: a conversation about what went wrong, never a request for a public review.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from smmdesk.domain.money import round_to
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.survey_rows import SurveyAnswer

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
SHOWN_PLACES = 1


def percent(part: int, whole: int) -> Decimal | None:
    """part ÷ whole × 100 to one decimal, half up; None when whole is 0."""
    if not whole:
        return None
    return round_to(Decimal(part) * 100 / Decimal(whole), SHOWN_PLACES)


@dataclass(frozen=True)
class Nps:
    respondents: int
    promoters: int
    passives: int
    detractors: int

    @property
    def value(self) -> Decimal | None:
        """From −100 to 100 with one decimal; None with no respondent."""
        if not self.respondents:
            return None
        raw = Decimal(self.promoters - self.detractors) * 100 / Decimal(self.respondents)
        return round_to(raw, SHOWN_PLACES)


@dataclass(frozen=True)
class Csat:
    answers: int
    satisfied: int  # answers of 4 or 5

    @property
    def value(self) -> Decimal | None:
        return percent(self.satisfied, self.answers)


def nps(scores: Iterable[int | None]) -> Nps:
    """NPS of 0–10 answers; None (an empty answer) is not a respondent."""
    promoters = passives = detractors = 0
    for score in scores:
        if score is None:
            continue
        if not 0 <= score <= 10:
            raise ValueError(f"an NPS answer is 0 to 10, not {score}")
        if score >= 9:
            promoters += 1
        elif score >= 7:
            passives += 1
        else:
            detractors += 1
    return Nps(promoters + passives + detractors, promoters, passives, detractors)


def csat(scores: Iterable[int | None]) -> Csat:
    answers = satisfied = 0
    for score in scores:
        if score is None:
            continue
        if not 1 <= score <= 5:
            raise ValueError(f"a CSAT answer is 1 to 5, not {score}")
        answers += 1
        satisfied += score >= 4
    return Csat(answers, satisfied)


def review_conversion(reviews_left: int, delivered: int) -> Decimal | None:
    return percent(reviews_left, delivered)


# --- the funnel of requests -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewLeft:
    platform: ReviewPlatform
    stars: int | None  # 1–5
    day: dt.date
    link: str = ""


@dataclass(frozen=True)
class RequestOutcome:
    """One request sent and what came back (recorded or imported from the SMS or mail service)."""

    customer_key: str
    channel: str
    sent_on: dt.date
    delivered: bool = False
    clicked: bool = False
    review: ReviewLeft | None = None


@dataclass(frozen=True)
class Funnel:
    requests: int
    delivered: int
    clicked: int
    reviews: int

    @property
    def conversion(self) -> Decimal | None:
        """Reviews left ÷ requests delivered × 100."""
        return review_conversion(self.reviews, self.delivered)


def funnel(outcomes: Iterable[RequestOutcome]) -> Funnel:
    requests = delivered = clicked = reviews = 0
    for outcome in outcomes:
        requests += 1
        delivered += outcome.delivered
        clicked += outcome.clicked
        reviews += outcome.review is not None
    return Funnel(requests, delivered, clicked, reviews)


def mean_stars(stars: Iterable[int | None]) -> Decimal | None:
    """The mean of the stars given (one decimal); None when no review has stars."""
    known = [s for s in stars if s is not None]
    if not known:
        return None
    return round_to(Decimal(sum(known)) / Decimal(len(known)), SHOWN_PLACES)


# --- by period and channel --------------------------------------------------------------------------


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


def period_label(day: dt.date, period: Period) -> str:
    """'2026-12-01', '2026-W49' (ISO week), '2026-12', '2026-Q4': they sort as text in time order."""
    if period is Period.DAY:
        return day.isoformat()
    if period is Period.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period is Period.MONTH:
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def group_by(items: Iterable[T], key: Callable[[T], K | None]) -> dict[K, list[T]]:
    """Items grouped by key, in key order; an item whose key is None (no date) is left out."""
    groups: dict[K, list[T]] = defaultdict(list)
    for item in items:
        found = key(item)
        if found is not None:
            groups[found].append(item)
    return dict(sorted(groups.items(), key=lambda pair: str(pair[0])))


@dataclass(frozen=True)
class SurveyFigures:
    period: str  # a period label, or "" for all
    channel: str  # a channel, or "" for all
    nps: Nps
    csat: Csat


def survey_figures(
    answers: Sequence[SurveyAnswer], period: Period | None = Period.MONTH, by_channel: bool = False
) -> list[SurveyFigures]:
    """NPS and CSAT per period (and channel); answers without a date count only where period is None."""

    def key(answer: SurveyAnswer) -> tuple[str, str] | None:
        label = ""
        if period is not None:
            if answer.day is None:
                return None
            label = period_label(answer.day, period)
        return (label, answer.channel if by_channel else "")

    return [
        SurveyFigures(label, channel, nps(a.nps for a in group), csat(a.csat for a in group))
        for (label, channel), group in group_by(answers, key).items()
    ]


@dataclass(frozen=True)
class FunnelFigures:
    period: str
    channel: str
    funnel: Funnel
    stars: Decimal | None


def funnel_figures(
    outcomes: Sequence[RequestOutcome], period: Period | None = Period.MONTH, by_channel: bool = False
) -> list[FunnelFigures]:
    """Requests, delivered, clicked, reviews left, conversion and mean stars by the send date's period."""

    def key(outcome: RequestOutcome) -> tuple[str, str]:
        label = period_label(outcome.sent_on, period) if period is not None else ""
        return (label, outcome.channel if by_channel else "")

    return [
        FunnelFigures(
            label, channel, funnel(group), mean_stars(o.review.stars for o in group if o.review is not None)
        )
        for (label, channel), group in group_by(outcomes, key).items()
    ]


@dataclass(frozen=True)
class RatingObserved:
    """A platform's rating as its page showed it on a day (typed by the planner)."""

    platform: ReviewPlatform
    day: dt.date
    rating: Decimal  # 1.0–5.0


@dataclass(frozen=True)
class RatingPoint:
    platform: ReviewPlatform
    period: str
    rating: Decimal | None  # the last rating observed in the period
    reviews: int  # reviews left through the campaign in the period
    stars: Decimal | None  # their mean stars


def ratings_over_time(
    observed: Iterable[RatingObserved], reviews: Iterable[ReviewLeft], period: Period = Period.MONTH
) -> dict[ReviewPlatform, list[RatingPoint]]:
    """Each platform's rating over time: the rating its page showed last in each period beside the
    reviews the campaign brought in it."""
    seen: dict[tuple[ReviewPlatform, str], RatingObserved] = {}
    for item in sorted(observed, key=lambda o: o.day):
        seen[(item.platform, period_label(item.day, period))] = item
    left = group_by(reviews, lambda r: (r.platform, period_label(r.day, period)))
    points: dict[ReviewPlatform, list[RatingPoint]] = defaultdict(list)
    for platform, label in sorted(set(seen) | set(left), key=lambda k: (k[0].value, k[1])):
        group = left.get((platform, label), [])
        rating = seen.get((platform, label))
        points[platform].append(
            RatingPoint(
                platform,
                label,
                None if rating is None else round_to(rating.rating, SHOWN_PLACES),
                len(group),
                mean_stars(r.stars for r in group),
            )
        )
    return dict(points)


# --- detractors -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    """A dissatisfied answer to follow up in private (the mentions queue): never a review request."""

    answer: SurveyAnswer
    reason: str  # "nps" (0–6) or "csat" (1–2)

    @property
    def public_request(self) -> bool:
        return False


def follow_ups(answers: Iterable[SurveyAnswer]) -> list[FollowUp]:
    """Detractors (NPS 0–6) and the dissatisfied (CSAT 1–2), oldest first, for a private reply."""
    found = []
    for answer in answers:
        if answer.nps is not None and answer.nps <= 6:
            found.append(FollowUp(answer, "nps"))
        elif answer.csat is not None and answer.csat <= 2:
            found.append(FollowUp(answer, "csat"))
    return sorted(found, key=lambda f: (f.answer.day or dt.date.max, f.answer.row))
