"""A brand's reputation plan for the client (XLSX and PDF): the service chosen with its matrix, the
queries compiled for it, the SLA, the escalation ladder, the playbook with the tone rules. A
`domain.report.Report` written by `report_file.write_report`; the playbook's texts come through
`translate` (the caller passes the Russian translator)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_decimal, round_to
from smmdesk.domain.report import COUNT, TEXT, Column, Report, Table
from smmdesk.domain.reputation.choice import CRITERION_LABELS, Criterion, Verdict, reason
from smmdesk.domain.reputation.playbook import TEMPLATES, TONE_RULES
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import ChannelKind
from smmdesk.domain.reputation.workflow import CATEGORY_LABELS, Level
from smmdesk.services.reputation import choice, library
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reputation.report_file import (
    CHANNEL_RU,
    SEVERITY_RU,
    Translate,
    _duration,
    _identity,
    _whole,
    write_report,
)

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
