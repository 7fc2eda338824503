"""A brand's reputation report for the client (XLSX and PDF): the period's figures, the sentiment by
day, the SLA kept, the top authors and places, the review campaigns (when the brand has any); and
what the plan and the mentions export share with it — the Russian words of a client document,
durations as a clock shows them, `write_report`.

The report is a `domain.report.Report`, written by the same writers as the campaign report
(`io.report_xlsx`, `io.report_pdf`: native charts in the workbook, pictures in the PDF, every file
through `atomic_output`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.report import (
    COUNT,
    DATE,
    PERCENT,
    TEXT,
    ChartData,
    Column,
    FileNumbers,
    FileWords,
    Picture,
    Report,
    Series,
    Table,
    cell_text,
    numbers_for,
)
from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import ChannelKind
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reputation.figures import Figures, figures
from smmdesk.services.reviews import report_section as reviews_section

Translate = Callable[[str, str], str]
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Errors", "Write to .xlsx or .pdf, not {suffix}.")
WORDS = "ReputationFile"  # the context of every word of the report, the plan and their tables

SENTIMENT_WORDS = {
    Sentiment.POSITIVE: QT_TRANSLATE_NOOP("ReputationFile", "Positive"),
    Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("ReputationFile", "Neutral"),
    Sentiment.NEGATIVE: QT_TRANSLATE_NOOP("ReputationFile", "Negative"),
    Sentiment.UNKNOWN: QT_TRANSLATE_NOOP("ReputationFile", "Not determined"),
}
CHANNEL_WORDS = {
    ChannelKind.SOCIAL: QT_TRANSLATE_NOOP("ReputationFile", "Social media, messengers"),
    ChannelKind.REVIEWS: QT_TRANSLATE_NOOP("ReputationFile", "Review sites"),
    ChannelKind.PRESS: QT_TRANSLATE_NOOP("ReputationFile", "Media and large channels"),
}
SEVERITY_WORDS = {
    Severity.S1: QT_TRANSLATE_NOOP("ReputationFile", "S1 — safety, law, large reach"),
    Severity.S2: QT_TRANSLATE_NOOP("ReputationFile", "S2 — a 1–2★ review, a repeated complaint"),
    Severity.S3: QT_TRANSLATE_NOOP("ReputationFile", "S3 — ordinary negative"),
    Severity.S4: QT_TRANSLATE_NOOP("ReputationFile", "S4 — a question, thanks"),
}
HOURS_MINUTES = QT_TRANSLATE_NOOP("ReputationFile", "{hours} h {minutes:02d} min")
MINUTES = QT_TRANSLATE_NOOP("ReputationFile", "{minutes} min")


def _identity(_context: str, text: str) -> str:
    return text


def words(translate: Translate) -> Callable[[str], str]:
    """The file's words in its language: `translate` is the language chosen at export (English
    source texts, the program's catalogue for Russian)."""
    return lambda text: translate(WORDS, text)


def file_words(translate: Translate) -> FileWords:
    """What the writers add of their own (the page footer, the charts' sheets) in the file's language."""
    w = words(translate)
    return FileWords(
        page=w(QT_TRANSLATE_NOOP("ReputationFile", "Page {page} of {pages}")),
        charts=w(QT_TRANSLATE_NOOP("ReputationFile", "Charts")),
        chart_data=w(QT_TRANSLATE_NOOP("ReputationFile", "Chart data")),
        date=w(QT_TRANSLATE_NOOP("ReputationFile", "Date")),
    )


def _duration(value: dt.timedelta | None, translate: Translate = _identity) -> str:
    """'2 h 05 min' in the file's language ('2 ч 05 мин'); '—' when unknown."""
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)  # whole minutes, as a clock shows them
    sign, minutes = ("−", -minutes) if minutes < 0 else ("", minutes)
    hours, rest = divmod(minutes, 60)
    w = words(translate)
    return sign + (
        w(HOURS_MINUTES).format(hours=hours, minutes=rest) if hours else w(MINUTES).format(minutes=rest)
    )


def quoted(name: str) -> str:
    """A name in «» for a title, unless it has its quotes already («ООО «Ромашка»», never doubled)."""
    return name if any(mark in name for mark in '«»"“”') else f"«{name}»"


def _period(start: dt.date | None, end: dt.date | None, made: Figures, numbers: FileNumbers) -> str:
    first = start or (made.by_day[0][0] if made.by_day else None)
    last = end or (made.by_day[-1][0] if made.by_day else None)
    if first is None or last is None:
        return "—"
    return f"{numbers.date(first)} — {numbers.date(last)}"


# --- the report -----------------------------------------------------------------------------------------


def reputation_report(
    session: Session,
    client_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    made_on: dt.date | None = None,
    now: dt.datetime | None = None,
    charts: bool = True,
    translate: Translate = _identity,
    lang: str = "en",
) -> Report:
    """The report in the language of `translate`; `lang` names it for its numbers and dates
    (`domain.report.numbers_for`) and the charts' captions."""
    numbers = numbers_for(lang)
    brand = load_brand(session, client_id)
    made = figures(session, client_id, start, end, now)
    share = made.negative_share
    w = words(translate)
    report = Report(
        w(QT_TRANSLATE_NOOP("ReputationFile", "Reputation of the brand {name}")).format(
            name=quoted(brand.name)
        ),
        [
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Client")), brand.name),
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Period")), _period(start, end, made, numbers)),
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Mentions")), made.total),
            (w(NEGATIVE_SHARE), "—" if share is None else cell_text(share, PERCENT, numbers=numbers)),
            (
                w(QT_TRANSLATE_NOOP("ReputationFile", "First reply: median")),
                _duration(made.response_median, translate),
            ),
            (
                w(QT_TRANSLATE_NOOP("ReputationFile", "First reply: 90th percentile")),
                _duration(made.response_p90, translate),
            ),
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Report date")), made_on or dt.date.today()),
        ],
        note=w(
            QT_TRANSLATE_NOOP(
                "ReputationFile",
                "The share of negative is the negative mentions among those whose sentiment is known. "
                "Answered on time: the first reply no later than the deadline by the brand's SLA; "
                "mentions whose deadline has come are counted.",
            )
        ),
    )
    report.words = file_words(translate)
    report.numbers = numbers
    report.tables = [
        _sentiment_table(made, w),
        _sla_table(made, translate, numbers),
        _top_table(
            w(QT_TRANSLATE_NOOP("ReputationFile", "Places: the most mentions")),
            w(QT_TRANSLATE_NOOP("ReputationFile", "Place")),
            made.top_places,
            w,
        ),
        _top_table(
            w(QT_TRANSLATE_NOOP("ReputationFile", "Authors: the most mentions")),
            w(QT_TRANSLATE_NOOP("ReputationFile", "Author")),
            made.top_authors,
            w,
        ),
    ]
    sheets = (
        QT_TRANSLATE_NOOP("ReputationFile", "Sentiment"),
        "SLA",
        QT_TRANSLATE_NOOP("ReputationFile", "Places"),
        QT_TRANSLATE_NOOP("ReputationFile", "Authors"),
    )
    report.sheet_names = dict(zip((t.title for t in report.tables), map(w, sheets), strict=True))
    reviews = reviews_section.review_table(session, client_id, translate, numbers)
    if reviews is not None:
        report.tables.append(reviews)
        report.sheet_names[reviews.title] = w(reviews_section.SHEET)
    days = [day for day, _ in made.by_day]
    from smmdesk.charts.reputation import SENTIMENT_COLORS as colors  # the PDF's, in the workbook too

    report.charts = [
        ChartData(
            "sentiment",
            w(QT_TRANSLATE_NOOP("ReputationFile", "Mentions by sentiment, per day")),
            "column",
            days,
            [
                Series(w(SENTIMENT_WORDS[s]), [counts[s] for _, counts in made.by_day], color=colors[s])
                for s in Sentiment
            ],
        ),
    ]
    if reviews is not None:
        report.charts += reviews_section.review_charts(session, client_id, translate, lang)
    if charts:
        report.pictures = list(_pictures(made, w, lang))
        if reviews is not None:
            report.pictures += reviews_section.review_pictures(session, client_id, translate, lang)
    return report


NEGATIVE_SHARE = QT_TRANSLATE_NOOP("ReputationFile", "Share of negative")
SENTIMENT_TITLE = QT_TRANSLATE_NOOP("ReputationFile", "Mentions by sentiment")
SLA_TITLE = QT_TRANSLATE_NOOP("ReputationFile", "Answered on time (SLA)")


def _sentiment_table(made: Figures, w: Callable[[str], str]) -> Table:
    order = (Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE, Sentiment.UNKNOWN)
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Date")), DATE, 11),
        *(Column(w(SENTIMENT_WORDS[s]), COUNT, 13) for s in order),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "All")), COUNT, 9),
    ]
    rows: list[list[Any]] = [
        [day, *(counts[s] for s in order), sum(counts.values())] for day, counts in made.by_day
    ]
    totals: list[Any] = [
        w(QT_TRANSLATE_NOOP("ReputationFile", "Total")),
        *(made.by_sentiment[s] for s in order),
        made.total,
    ]
    return Table(w(SENTIMENT_TITLE), columns, rows, totals)


def _sla_table(made: Figures, translate: Translate, numbers: FileNumbers) -> Table:
    w = words(translate)
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Group")), TEXT, 34),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Deadline came")), COUNT, 14),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Answered on time")), PERCENT, 14),
    ]
    rows: list[list[Any]] = [
        [w(QT_TRANSLATE_NOOP("ReputationFile", "All mentions")), made.compliance.due, made.compliance.percent]
    ]
    rows += [[w(CHANNEL_WORDS[c]), v.due, v.percent] for c, v in made.by_channel.items()]
    rows += [[w(SEVERITY_WORDS[s]), v.due, v.percent] for s, v in made.by_severity.items()]
    note = w(
        QT_TRANSLATE_NOOP(
            "ReputationFile", "First reply: median {median}, 90th percentile {p90} (replies: {count})."
        )
    ).format(
        median=_duration(made.response_median, translate),
        p90=_duration(made.response_p90, translate),
        count=numbers.number(made.answered),
    )
    return Table(w(SLA_TITLE), columns, rows, notes=[note])


def _top_table(title: str, what: str, top: Sequence[tuple[str, int]], w: Callable[[str], str]) -> Table:
    return Table(
        title,
        [Column(what, TEXT, 40), Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Mentions")), COUNT, 12)],
        [[name, count] for name, count in top],
    )


def _pictures(made: Figures, w: Callable[[str], str], lang: str) -> Iterator[Picture]:
    from smmdesk.charts import reputation as charts
    from smmdesk.charts.campaign import CHART_DPI, png_bytes

    groups = [(w(CHANNEL_WORDS[c]), v.percent) for c, v in made.by_channel.items() if v.due]
    groups += [(s.value, v.percent) for s, v in made.by_severity.items() if v.due]
    for title, figure in (
        (w(SENTIMENT_TITLE), charts.sentiment_chart(made.by_day, lang)),
        (w(SLA_TITLE), charts.compliance_chart(groups, lang)),
        (w(QT_TRANSLATE_NOOP("ReputationFile", "Places")), charts.top_chart("places", made.top_places, lang)),
    ):
        width, height = (int(v * CHART_DPI) for v in figure.get_size_inches())
        yield Picture(title, png_bytes(figure), width, height)


def write_report(report: Report, path: Path) -> None:
    """XLSX or PDF by the file's extension, through the campaign report's writers."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from smmdesk.io.report_pdf import write_report_pdf

        write_report_pdf(path, report)
    elif suffix == ".xlsx":
        from smmdesk.io.report_xlsx import write_report_xlsx

        write_report_xlsx(path, report)
    else:
        raise ValidationError(WRONG_SUFFIX, field="out", suffix=suffix or "—")


def export_reputation_report(
    session: Session,
    client_id: int,
    path: Path,
    start: dt.date | None = None,
    end: dt.date | None = None,
    translate: Translate = _identity,
    lang: str = "en",
) -> Report:
    """The report to `path` in the language of `translate` (the caller's translator for `lang`)."""
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        raise ValidationError(WRONG_SUFFIX, field="out", suffix=path.suffix.lower() or "—")
    report = reputation_report(
        session, client_id, start, end, charts=path.suffix.lower() == ".pdf", translate=translate, lang=lang
    )
    write_report(report, path)
    return report
