"""A brand's reputation files: the report for the client (XLSX and PDF), the reputation plan (the
service chosen with its matrix, the queries compiled for it, the SLA, the escalation ladder, the
playbook), and the mentions export (CSV or XLSX, one row per mention).

The report and the plan are `domain.report.Report`s, written by the same writers as the campaign
report (`io.report_xlsx`, `io.report_pdf`: native charts in the workbook, pictures in the PDF,
every file through `atomic_output`). Client documents are in Russian; the playbook's texts come
through `translate` (the caller passes the Russian translator).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
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
from smmdesk.domain.reputation.choice import CRITERION_LABELS, Criterion, Verdict, reason
from smmdesk.domain.reputation.playbook import TEMPLATES, TONE_RULES
from smmdesk.domain.reputation.sentiment import SENTIMENT_LABELS, Sentiment
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import ChannelKind
from smmdesk.domain.reputation.times import iso_utc
from smmdesk.domain.reputation.workflow import CATEGORY_LABELS, STATUS_LABELS, Category, Level, Status
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.safe_text import fit_cell, write_csv_rows
from smmdesk.io.xlsx_table import Column as XlsxColumn
from smmdesk.io.xlsx_table import write_table
from smmdesk.services.reputation import choice, library
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reputation.figures import Figures, figures
from smmdesk.storage.models import Mention, MentionSighting

Translate = Callable[[str, str], str]
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Errors", "Write to .xlsx or .pdf, not {suffix}.")
WRONG_EXPORT_SUFFIX = QT_TRANSLATE_NOOP("Errors", "Export to .xlsx or .csv, not {suffix}.")

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


# --- the plan -------------------------------------------------------------------------------------------


def reputation_plan(
    session: Session, client_id: int, translate: Translate = _identity, made_on: dt.date | None = None
) -> Report:
    """The plan: the service chosen and the matrix it was chosen by, the queries compiled for it,
    the SLA table, the escalation ladder, the playbook with the tone rules."""
    brand = load_brand(session, client_id)
    ranked = choice.choice(session, client_id)
    service = ranked.chosen or next((p.service for p in ranked.placements if p.rank == 1), "")
    report = Report(
        f"План управления репутацией: «{brand.name}»",
        [
            ("Клиент", brand.name),
            ("Сервис мониторинга", service or "не выбран"),
            ("Выбран", f"{ranked.chosen_on:%d.%m.%Y}" if ranked.chosen_on else "—"),
            ("Упоминаний в день", str(brand.needs.mentions_per_day)),
            ("Ответ нужен за, ч", str(brand.needs.response_hours).replace(".", ",")),
            ("Рабочие часы", "только рабочее время" if brand.working_hours else "круглосуточно"),
            ("Дата плана", f"{(made_on or dt.date.today()):%d.%m.%Y}"),
        ],
    )
    report.tables = [
        _matrix_table(ranked, translate),
        _queries_table(session, client_id, service),
        _plan_sla_table(brand.sla),
        _ladder_table(brand.rungs),
        _playbook_table(translate),
    ]
    report.sheet_names = dict(
        zip(
            (t.title for t in report.tables),
            ("Выбор сервиса", "Запросы", "SLA", "Эскалация", "Ответы"),
            strict=True,
        )
    )
    return report


def _matrix_table(ranked: choice.Choice, translate: Translate) -> Table:
    criteria = list(Criterion)
    columns = [Column("Место", COUNT, 7), Column("Сервис", TEXT, 16), Column("Итог из 5", TEXT, 9)]
    columns += [Column(translate("Reputation", CRITERION_LABELS[c]), TEXT, 12) for c in criteria]
    columns += [Column("Почему", TEXT, 50)]
    by_name = {s.name: s for s in ranked.services}
    rows: list[list[Any]] = []
    for placement in ranked.placements:
        service = by_name[placement.service]
        total = "—" if placement.total is None else format_decimal(round_to(placement.total, 2), 2)
        scores = [str(service.score(c)) if service.score(c) is not None else "—" for c in criteria]
        rows.append([placement.rank, placement.service, total, *scores, reason(placement, translate)])
    weights = ", ".join(
        f"{translate('Reputation', CRITERION_LABELS[c])} {_whole(Decimal(str(ranked.weights[c].value)))}"
        for c in criteria
    )
    measured = [
        f"{m.service}: найдено {m.found} ({_whole(m.share)} % всех), только здесь {m.only_here}, "
        f"задержка сбора: медиана {_duration(m.delay_median)}, 90-й процентиль {_duration(m.delay_p90)}"
        for m in ranked.measured.values()
    ]
    knocked = sum(1 for p in ranked.placements if p.verdict is not Verdict.RANKED)
    return Table(
        "Выбор сервиса мониторинга",
        columns,
        rows,
        parts=[
            ("Выбор сервиса мониторинга: оценки", list(range(3 + len(criteria)))),
            ("Выбор сервиса мониторинга: причины", [0, 1, 2, 3 + len(criteria)]),
        ],
        notes=[f"Веса критериев: {weights}. Отсеяно до оценки: {knocked}.", *measured],
    )


def _queries_table(session: Session, client_id: int, service: str) -> Table:
    lists_ = library.library(session, client_id)
    rows: list[list[Any]] = []
    for query in library.queries(session, client_id):
        try:
            compiled = library.compile_text(query.text, service, lists_) if service else None
        except ValidationError as exc:
            rows.append([query.name, query.text, "не собран: " + exc.render()])
            continue
        if compiled is None:
            text = "сервис не выбран"
        elif compiled.ok:
            text = compiled.text + (f"\nИсключения: {compiled.exclusions}" if compiled.exclusions else "")
        else:
            text = "нарушает ограничения сервиса: " + "; ".join(limit.render() for limit in compiled.limits)
        rows.append([query.name, query.text, text])
    columns = [
        Column("Запрос", TEXT, 18),
        Column("Текст", TEXT, 40),
        Column(f"Для {service or 'сервиса'}", TEXT, 60),
    ]
    return Table("Запросы мониторинга", columns, rows)


def _plan_sla_table(sla: Any) -> Table:
    columns = [
        Column("Серьёзность", TEXT, 40),
        *(Column(f"{CHANNEL_RU[c]}, ч", TEXT, 14) for c in ChannelKind),
    ]
    rows = [
        [SEVERITY_RU[s], *(str(sla.hours[(s, c)]).replace(".", ",") for c in ChannelKind)] for s in Severity
    ]
    note = "Срок считается от времени сбора упоминания (или публикации, если время сбора неизвестно)"
    note += ", только в рабочее время." if sla.working_hours is not None else ", круглосуточно."
    return Table("Сроки ответа (SLA)", columns, rows, notes=[note])


def _ladder_table(rungs: Sequence[Any]) -> Table:
    named = {r.level: r for r in rungs}
    rows = [
        [
            level.value,
            LEVEL_RU[level],
            named[level].approver if level in named else "не назначен",
            named[level].backup if level in named else "—",
        ]
        for level in Level
    ]
    columns = [
        Column("Уровень", TEXT, 8),
        Column("Кто решает", TEXT, 34),
        Column("Согласующий", TEXT, 24),
        Column("Замещающий", TEXT, 24),
    ]
    return Table("Лестница эскалации", columns, rows)


LEVEL_RU = {
    Level.L0: "Комьюнити-менеджер",
    Level.L1: "С аккаунт-менеджером",
    Level.L2: "PR клиента",
    Level.L3: "Руководство и юристы",
}


def _playbook_table(translate: Translate) -> Table:
    rows: list[list[Any]] = []
    for template in TEMPLATES:
        kind = (
            "Заявление до выяснения (S1)"
            if template.holding
            else translate("Reputation", CATEGORY_LABELS[template.category] if template.category else "")
        )
        rows.append([kind, translate("Playbook", template.text)])
    columns = [Column("Категория", TEXT, 26), Column("Шаблон ответа", TEXT, 90)]
    return Table(
        "Шаблоны ответов",
        columns,
        rows,
        notes=["Правила тона: " + " ".join(translate("Playbook", rule) for rule in TONE_RULES)],
    )


def export_reputation_plan(
    session: Session, client_id: int, path: Path, translate: Translate = _identity
) -> Report:
    report = reputation_plan(session, client_id, translate)
    write_report(report, path)
    return report


# --- the mentions export --------------------------------------------------------------------------------

EXPORT_HEADER = (
    QT_TRANSLATE_NOOP("MentionExport", "Services"),
    QT_TRANSLATE_NOOP("MentionExport", "Link as imported"),
    QT_TRANSLATE_NOOP("MentionExport", "Link"),
    QT_TRANSLATE_NOOP("MentionExport", "Published (UTC)"),
    QT_TRANSLATE_NOOP("MentionExport", "Collected (UTC)"),
    QT_TRANSLATE_NOOP("MentionExport", "Author"),
    QT_TRANSLATE_NOOP("MentionExport", "Sentiment"),
    QT_TRANSLATE_NOOP("MentionExport", "Category"),
    QT_TRANSLATE_NOOP("MentionExport", "Severity"),
    QT_TRANSLATE_NOOP("MentionExport", "Status"),
    QT_TRANSLATE_NOOP("MentionExport", "Deadline (UTC)"),
    QT_TRANSLATE_NOOP("MentionExport", "Text"),
)
SHEET = QT_TRANSLATE_NOOP("MentionExport", "Mentions")
_EXPORT_BATCH = 5_000


def export_rows(
    session: Session, client_id: int | None, translate: Translate = _identity
) -> Iterator[list[str]]:
    """One row per mention (of a brand, or of all): the services that saw it, the link as the first
    of them wrote it and normalized, times in UTC ISO 8601, the workflow's words in the user's language."""
    query = select(
        Mention.id,
        Mention.link,
        Mention.published_at,
        Mention.collected_at,
        Mention.author_name,
        Mention.sentiment,
        Mention.sentiment_set,
        Mention.category,
        Mention.severity,
        Mention.status,
        Mention.deadline_at,
        Mention.text,
    ).order_by(Mention.id)
    if client_id is not None:
        query = query.where(Mention.client_id == client_id)
    rows = list(session.execute(query))
    for start in range(0, len(rows), _EXPORT_BATCH):
        chunk = rows[start : start + _EXPORT_BATCH]
        seen: dict[int, list[tuple[str, str]]] = {}
        for mention_id, service, link in session.execute(
            select(MentionSighting.mention_id, MentionSighting.service, MentionSighting.link_raw)
            .where(MentionSighting.mention_id.in_([r.id for r in chunk]))
            .order_by(MentionSighting.id)
        ):
            seen.setdefault(mention_id, []).append((service, link))
        for r in chunk:
            sightings = seen.get(r.id, [])
            services = ", ".join(dict.fromkeys(s for s, _ in sightings))
            raw = next((link for _, link in sightings if link), r.link)
            sentiment = Sentiment(r.sentiment_set or r.sentiment)
            yield [
                services,
                raw,
                r.link,
                iso_utc(r.published_at),
                iso_utc(r.collected_at),
                r.author_name,
                translate("Reputation", SENTIMENT_LABELS[sentiment]),
                translate("Reputation", CATEGORY_LABELS[Category(r.category)]) if r.category else "",
                r.severity,
                translate("Reputation", STATUS_LABELS[Status(r.status)]),
                iso_utc(r.deadline_at),
                r.text,
            ]


def export_mentions(
    session: Session, client_id: int | None, path: Path, translate: Translate = _identity
) -> int:
    """Writes CSV or XLSX by the file's extension; returns the number of mentions written."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(WRONG_EXPORT_SUFFIX, field="out", suffix=suffix or "—")
    header = [translate("MentionExport", h) for h in EXPORT_HEADER]
    rows = list(export_rows(session, client_id, translate))
    if suffix == ".csv":
        write_csv_rows(path, [header, *rows])
    else:
        fitted = [[fit_cell(v) for v in row] for row in rows]
        write_table(path, translate("MentionExport", SHEET), [XlsxColumn(h) for h in header], fitted)
    return len(rows)
