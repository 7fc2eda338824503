"""A brand's reputation plan for the client (XLSX and PDF): the service chosen with its matrix, the
queries compiled for it, the SLA, the escalation ladder, the playbook with the tone rules. A
`domain.report.Report` written by `report_file.write_report`; the playbook's texts come through
`translate`, the language chosen at export (English is the source; Russian from the catalogue)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.report import COUNT, TEXT, Column, FileNumbers, Report, Table, numbers_for
from smmdesk.domain.reputation.choice import CRITERION_LABELS, Criterion, Verdict, reason
from smmdesk.domain.reputation.playbook import TEMPLATES, TONE_RULES
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import ChannelKind
from smmdesk.domain.reputation.workflow import CATEGORY_LABELS, Level
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reputation import choice, library
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reputation.report_file import (
    CHANNEL_WORDS,
    SEVERITY_WORDS,
    Translate,
    _duration,
    _identity,
    file_words,
    quoted,
    words,
    write_report,
)

LEVEL_WORDS = {
    Level.L0: QT_TRANSLATE_NOOP("ReputationFile", "Community manager"),
    Level.L1: QT_TRANSLATE_NOOP("ReputationFile", "With the account manager"),
    Level.L2: QT_TRANSLATE_NOOP("ReputationFile", "The client's PR"),
    Level.L3: QT_TRANSLATE_NOOP("ReputationFile", "Leadership and lawyers"),
}
MATRIX_TITLE = QT_TRANSLATE_NOOP("ReputationFile", "Choosing the monitoring service")

# --- the plan -------------------------------------------------------------------------------------------


def reputation_plan(
    session: Session,
    client_id: int,
    translate: Translate = _identity,
    made_on: dt.date | None = None,
    lang: str = "en",
) -> Report:
    """The plan in the language of `translate`: the service chosen and the matrix it was chosen by,
    the queries compiled for it, the SLA table, the escalation ladder, the playbook with the tone
    rules; `lang` names the language for its numbers and dates (`domain.report.numbers_for`)."""
    numbers = numbers_for(lang)
    brand = load_brand(session, client_id)
    ranked = choice.choice(session, client_id)
    service = ranked.chosen or next((p.service for p in ranked.placements if p.rank == 1), "")
    w = words(translate)
    hours = (
        w(QT_TRANSLATE_NOOP("ReputationFile", "working hours only"))
        if brand.working_hours
        else w(QT_TRANSLATE_NOOP("ReputationFile", "round the clock"))
    )
    report = Report(
        w(QT_TRANSLATE_NOOP("ReputationFile", "Reputation management plan: {name}")).format(
            name=quoted(brand.name)
        ),
        [
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Client")), brand.name),
            (
                w(QT_TRANSLATE_NOOP("ReputationFile", "Monitoring service")),
                service or w(QT_TRANSLATE_NOOP("ReputationFile", "not chosen")),
            ),
            (
                w(QT_TRANSLATE_NOOP("ReputationFile", "Chosen")),
                ranked.chosen_on or "—",
            ),
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Mentions a day")), int(brand.needs.mentions_per_day)),
            (
                w(QT_TRANSLATE_NOOP("ReputationFile", "Answer needed within, h")),
                _hours(brand.needs.response_hours, numbers),
            ),
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Working hours")), hours),
            (w(QT_TRANSLATE_NOOP("ReputationFile", "Plan date")), made_on or dt.date.today()),
        ],
    )
    report.words = file_words(translate)
    report.numbers = numbers
    report.tables = [
        _matrix_table(ranked, translate, numbers),
        _queries_table(session, client_id, service, translate),
        _plan_sla_table(brand.sla, translate, numbers),
        _ladder_table(brand.rungs, w),
        _playbook_table(translate),
    ]
    sheets = (
        QT_TRANSLATE_NOOP("ReputationFile", "Service choice"),
        QT_TRANSLATE_NOOP("ReputationFile", "Queries"),
        "SLA",
        QT_TRANSLATE_NOOP("ReputationFile", "Escalation"),
        QT_TRANSLATE_NOOP("ReputationFile", "Replies"),
    )
    report.sheet_names = dict(zip((t.title for t in report.tables), map(w, sheets), strict=True))
    return report


def _hours(value: Decimal, numbers: FileNumbers) -> str:
    """Hours as the file prints every number: «0,5», «4» (in English 0.5)."""
    return format(value.normalize(), "f").replace(".", numbers.decimal_point)


def _matrix_table(ranked: choice.Choice, translate: Translate, numbers: FileNumbers) -> Table:
    w = words(translate)
    criteria = list(Criterion)
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Rank")), COUNT, 7),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Service")), TEXT, 16),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Total of 5")), TEXT, 9),
    ]
    columns += [Column(translate("Reputation", CRITERION_LABELS[c]), TEXT, 12) for c in criteria]
    columns += [Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Why")), TEXT, 50)]
    by_name = {s.name: s for s in ranked.services}
    rows: list[list[Any]] = []
    for placement in ranked.placements:
        service = by_name[placement.service]
        total = "—" if placement.total is None else numbers.number(placement.total, 2)
        scores = [str(service.score(c)) if service.score(c) is not None else "—" for c in criteria]
        why = reason(placement, translate, numbers.decimal_point)
        rows.append([placement.rank, placement.service, total, *scores, why])
    weight = {c: numbers.number(Decimal(str(ranked.weights[c].value))) for c in criteria}
    weights = ", ".join(f"{translate('Reputation', CRITERION_LABELS[c])} {weight[c]}" for c in criteria)
    measured = [
        w(
            QT_TRANSLATE_NOOP(
                "ReputationFile",
                "{service}: found {found} ({share} of all), only here {only}, collection delay: "
                "median {median}, 90th percentile {p90}",
            )
        ).format(
            service=m.service,
            found=numbers.number(m.found),
            share=numbers.percent(m.share, 0),
            only=numbers.number(m.only_here),
            median=_duration(m.delay_median, translate),
            p90=_duration(m.delay_p90, translate),
        )
        for m in ranked.measured.values()
    ]
    knocked = sum(1 for p in ranked.placements if p.verdict is not Verdict.RANKED)
    title = w(MATRIX_TITLE)
    return Table(
        title,
        columns,
        rows,
        parts=[
            (
                w(QT_TRANSLATE_NOOP("ReputationFile", "{title}: scores")).format(title=title),
                list(range(3 + len(criteria))),
            ),
            (
                w(QT_TRANSLATE_NOOP("ReputationFile", "{title}: reasons")).format(title=title),
                [0, 1, 2, 3 + len(criteria)],
            ),
        ],
        notes=[
            w(
                QT_TRANSLATE_NOOP(
                    "ReputationFile",
                    "Weights of the criteria: {weights}. Knocked out before scoring: {count}.",
                )
            ).format(weights=weights, count=knocked),
            *measured,
        ],
    )


def _queries_table(session: Session, client_id: int, service: str, translate: Translate) -> Table:
    w = words(translate)
    lists_ = library.library(session, client_id)
    rows: list[list[Any]] = []
    for query in library.queries(session, client_id):
        try:
            compiled = library.compile_text(query.text, service, lists_) if service else None
        except ValidationError as exc:
            rows.append(
                [
                    query.name,
                    query.text,
                    w(QT_TRANSLATE_NOOP("ReputationFile", "not compiled: {problem}")).format(
                        problem=exc.render(translate)
                    ),
                ]
            )
            continue
        if compiled is None:
            text = w(QT_TRANSLATE_NOOP("ReputationFile", "no service chosen"))
        elif compiled.ok:
            exclusions = w(QT_TRANSLATE_NOOP("ReputationFile", "Exclusions: {text}")).format(
                text=compiled.exclusions
            )
            text = compiled.text + (f"\n{exclusions}" if compiled.exclusions else "")
        else:
            text = w(QT_TRANSLATE_NOOP("ReputationFile", "breaks the service's limits: {limits}")).format(
                limits="; ".join(limit.render(translate) for limit in compiled.limits)
            )
        rows.append([query.name, query.text, text])
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Query")), TEXT, 18),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Text")), TEXT, 40),
        Column(
            w(QT_TRANSLATE_NOOP("ReputationFile", "For {service}")).format(service=service)
            if service
            else w(QT_TRANSLATE_NOOP("ReputationFile", "For the service")),
            TEXT,
            60,
        ),
    ]
    return Table(w(QT_TRANSLATE_NOOP("ReputationFile", "Monitoring queries")), columns, rows)


def _plan_sla_table(sla: Any, translate: Translate, numbers: FileNumbers) -> Table:
    w = words(translate)
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Severity")), TEXT, 40),
        *(
            Column(
                w(QT_TRANSLATE_NOOP("ReputationFile", "{channel}, h")).format(channel=w(CHANNEL_WORDS[c])),
                TEXT,
                14,
            )
            for c in ChannelKind
        ),
    ]
    rows = [
        [w(SEVERITY_WORDS[s]), *(_hours(sla.hours[(s, c)], numbers) for c in ChannelKind)] for s in Severity
    ]
    note = (
        w(
            QT_TRANSLATE_NOOP(
                "ReputationFile",
                "The deadline runs from the time the mention was collected (or published, when the "
                "collection time is not known), in working time only.",
            )
        )
        if sla.working_hours is not None
        else w(
            QT_TRANSLATE_NOOP(
                "ReputationFile",
                "The deadline runs from the time the mention was collected (or published, when the "
                "collection time is not known), round the clock.",
            )
        )
    )
    return Table(
        w(QT_TRANSLATE_NOOP("ReputationFile", "Deadlines to answer (SLA)")), columns, rows, notes=[note]
    )


def _ladder_table(rungs: Sequence[Any], w: Any) -> Table:
    named = {r.level: r for r in rungs}
    rows = [
        [
            level.value,
            w(LEVEL_WORDS[level]),
            named[level].approver if level in named else w(QT_TRANSLATE_NOOP("ReputationFile", "not named")),
            named[level].backup if level in named else "—",
        ]
        for level in Level
    ]
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Level")), TEXT, 8),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Who decides")), TEXT, 34),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Approver")), TEXT, 24),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Backup")), TEXT, 24),
    ]
    return Table(w(QT_TRANSLATE_NOOP("ReputationFile", "Escalation ladder")), columns, rows)


def _playbook_table(translate: Translate) -> Table:
    """The reply templates by category, and the tone rules as rows of their own (each wraps in its
    cell, as a long note running past the page would not)."""
    w = words(translate)
    rows: list[list[Any]] = []
    for template in TEMPLATES:
        kind = (
            w(QT_TRANSLATE_NOOP("ReputationFile", "Holding statement (S1)"))
            if template.holding
            else translate("Reputation", CATEGORY_LABELS[template.category] if template.category else "")
        )
        rows.append([kind, translate("Playbook", template.text)])
    rule = w(QT_TRANSLATE_NOOP("ReputationFile", "Tone rule"))
    rows += [[rule, translate("Playbook", text)] for text in TONE_RULES]
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Category")), TEXT, 26),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Reply template")), TEXT, 90),
    ]
    return Table(w(QT_TRANSLATE_NOOP("ReputationFile", "Reply templates")), columns, rows)


def export_reputation_plan(
    session: Session, client_id: int, path: Path, translate: Translate = _identity, lang: str = "en"
) -> Report:
    """The plan to `path` in the language of `translate` (the caller's translator for `lang`)."""
    report = reputation_plan(session, client_id, translate, lang=lang)
    write_report(report, path)
    return report
