"""A mention's place in the answering work when it arrives, and its deadline once it has a severity.

Issue 14: each negative mention or question gets a severity and a deadline by the brand's SLA.
On import a negative mention starts as S3 (an ordinary negative) and a question (a text asking
something, `?`) that is not negative as S4; the planner raises or lowers it. Everything else has
no severity and no deadline until the planner gives it one. The sentiment the planner set wins
over the services' word.
"""

from __future__ import annotations

import datetime as dt

from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sla import DEFAULT_SLA, Severity, SlaTable, clock_start, deadline
from smmdesk.domain.reputation.sources import SourceKind, channel_kind


def effective_sentiment(from_services: str, set_by_planner: str) -> Sentiment:
    """The planner's correction when there is one, else what the services said."""
    chosen = set_by_planner or from_services
    try:
        return Sentiment(chosen)
    except ValueError:
        return Sentiment.UNKNOWN


def suggested_severity(sentiment: Sentiment, text: str) -> Severity | None:
    """S3 for a negative mention, S4 for a question that is not negative, else none."""
    if sentiment is Sentiment.NEGATIVE:
        return Severity.S3
    if "?" in text:
        return Severity.S4
    return None


def due(
    severity: Severity | None,
    collected: dt.datetime | None,
    published: dt.datetime | None,
    source_kind: SourceKind,
    followers: int | None,
    table: SlaTable = DEFAULT_SLA,
) -> dt.datetime | None:
    """The deadline of a mention with a severity: its clock's start + the SLA of its channel kind;
    None without a severity or without any time to start from."""
    start = clock_start(collected, published)
    if severity is None or start is None:
        return None
    return deadline(start, severity, channel_kind(source_kind, followers), table)
