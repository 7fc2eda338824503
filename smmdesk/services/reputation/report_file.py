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
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_decimal, round_to
from smmdesk.domain.report import (
    COUNT,
    DATE,
    PERCENT,
    TEXT,
    ChartData,
    Column,
    Picture,
    Report,
    Series,
    Table,
    cell_text,
)
from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import ChannelKind
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reputation.figures import Figures, figures
from smmdesk.services.reviews.report_section import SHEET as REVIEWS_SHEET
from smmdesk.services.reviews.report_section import review_table

Translate = Callable[[str, str], str]
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Errors", "Write to .xlsx or .pdf, not {suffix}.")

SENTIMENT_RU = {
    Sentiment.POSITIVE: "Позитив",
    Sentiment.NEUTRAL: "Нейтрально",
    Sentiment.NEGATIVE: "Негатив",
    Sentiment.UNKNOWN: "Не определена",
}
CHANNEL_RU = {
    ChannelKind.SOCIAL: "Соцсети и мессенджеры",
    ChannelKind.REVIEWS: "Отзовики",
    ChannelKind.PRESS: "СМИ и крупные каналы",
}


def _identity(_context: str, text: str) -> str:
    return text


def _duration(value: dt.timedelta | None) -> str:
    """'2 ч 05 мин' (a client document speaks Russian); '—' when unknown."""
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)  # whole minutes, as a clock shows them
    sign, minutes = ("−", -minutes) if minutes < 0 else ("", minutes)
    hours, rest = divmod(minutes, 60)
    return f"{sign}{hours} ч {rest:02d} мин" if hours else f"{sign}{rest} мин"


def _whole(value: Decimal) -> str:
    return format_decimal(round_to(value, 0), 0)


def _period(start: dt.date | None, end: dt.date | None, made: Figures) -> str:
    first = start or (made.by_day[0][0] if made.by_day else None)
    last = end or (made.by_day[-1][0] if made.by_day else None)
    if first is None or last is None:
        return "—"
    return f"{first:%d.%m.%Y} — {last:%d.%m.%Y}"


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
) -> Report:
    brand = load_brand(session, client_id)
    made = figures(session, client_id, start, end, now)
    share = made.negative_share
    report = Report(
        f"Репутация бренда «{brand.name}»",
        [
            ("Клиент", brand.name),
            ("Период", _period(start, end, made)),
            ("Упоминаний", f"{made.total}"),
            ("Доля негатива", "—" if share is None else cell_text(share, PERCENT)),
            ("Первый ответ: медиана", _duration(made.response_median)),
            ("Первый ответ: 90-й процентиль", _duration(made.response_p90)),
            ("Дата отчёта", f"{(made_on or dt.date.today()):%d.%m.%Y}"),
        ],
        note="Доля негатива — негативные упоминания среди тех, у которых тональность определена. "
        "Ответ в срок — первый ответ не позже срока по SLA бренда; считаются упоминания, срок "
        "которых уже наступил.",
    )
    report.tables = [
        _sentiment_table(made),
        _sla_table(made),
        _top_table("Площадки", "Площадка", made.top_places),
        _top_table("Авторы", "Автор", made.top_authors),
    ]
    report.sheet_names = dict(
        zip((t.title for t in report.tables), ("Тональность", "SLA", "Площадки", "Авторы"), strict=True)
    )
    reviews = review_table(session, client_id)
    if reviews is not None:
        report.tables.append(reviews)
        report.sheet_names[reviews.title] = REVIEWS_SHEET
    days = [day for day, _ in made.by_day]
    report.charts = [
        ChartData(
            "sentiment",
            "Упоминания по тональности, по дням",
            "column",
            days,
            [Series(SENTIMENT_RU[s], [counts[s] for _, counts in made.by_day]) for s in Sentiment],
        ),
    ]
    if charts:
        report.pictures = list(_pictures(made))
    return report


def _sentiment_table(made: Figures) -> Table:
    order = (Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE, Sentiment.UNKNOWN)
    columns = [
        Column("Дата", DATE, 11),
        *(Column(SENTIMENT_RU[s], COUNT, 13) for s in order),
        Column("Всего", COUNT, 9),
    ]
    rows: list[list[Any]] = [
        [day, *(counts[s] for s in order), sum(counts.values())] for day, counts in made.by_day
    ]
    totals: list[Any] = ["Итого", *(made.by_sentiment[s] for s in order), made.total]
    return Table("Упоминания по тональности", columns, rows, totals)


def _sla_table(made: Figures) -> Table:
    columns = [
        Column("Группа", TEXT, 34),
        Column("Срок наступил", COUNT, 14),
        Column("Ответ в срок", PERCENT, 14),
    ]
    rows: list[list[Any]] = [["Все", made.compliance.due, made.compliance.percent]]
    rows += [[CHANNEL_RU[c], v.due, v.percent] for c, v in made.by_channel.items()]
    rows += [[SEVERITY_RU[s], v.due, v.percent] for s, v in made.by_severity.items()]
    return Table(
        "Ответы в срок (SLA)",
        columns,
        rows,
        notes=[
            f"Первый ответ: медиана {_duration(made.response_median)}, 90-й процентиль "
            f"{_duration(made.response_p90)} (ответов: {made.answered})."
        ],
    )


SEVERITY_RU = {
    Severity.S1: "S1 — безопасность, закон, большой охват",
    Severity.S2: "S2 — отзыв 1–2★, повторная жалоба",
    Severity.S3: "S3 — обычный негатив",
    Severity.S4: "S4 — вопрос, благодарность",
}


def _top_table(title: str, what: str, top: Sequence[tuple[str, int]]) -> Table:
    return Table(
        f"{title}: больше всего упоминаний",
        [Column(what, TEXT, 40), Column("Упоминаний", COUNT, 12)],
        [[name, count] for name, count in top],
    )


def _pictures(made: Figures) -> Iterator[Picture]:
    from smmdesk.charts import reputation as charts
    from smmdesk.charts.campaign import CHART_DPI, png_bytes

    groups = [(CHANNEL_RU[c], v.percent) for c, v in made.by_channel.items() if v.due]
    groups += [(s.value, v.percent) for s, v in made.by_severity.items() if v.due]
    for title, figure in (
        ("Упоминания по тональности", charts.sentiment_chart(made.by_day)),
        ("Ответы в срок (SLA)", charts.compliance_chart(groups)),
        ("Площадки", charts.top_chart("places", made.top_places)),
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
    session: Session, client_id: int, path: Path, start: dt.date | None = None, end: dt.date | None = None
) -> Report:
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        raise ValidationError(WRONG_SUFFIX, field="out", suffix=path.suffix.lower() or "—")
    report = reputation_report(session, client_id, start, end, charts=path.suffix.lower() == ".pdf")
    write_report(report, path)
    return report
