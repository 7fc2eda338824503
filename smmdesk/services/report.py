"""What goes into the client's report on a campaign and into the payments register; the charts of
a campaign. Client documents are in Russian whatever the interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from smmdesk.domain import metrics as m
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.placements import PAYMENT_KIND_LABELS, PaymentKind
from smmdesk.domain.report import COUNT, DATE, MONEY, PERCENT, TEXT, Column, Picture, Report, Table, cell_text
from smmdesk.domain.results import by_group, daily_series, payment_series
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services import kpi
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.services.influencers import platforms

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SUFFIXES = (".xlsx", ".pdf")
CHART_KEYS = ("reach", "cost", "groups", "payments")
KPI_RU = {
    "reach": "Охват", "views": "Просмотры", "engagements": "Вовлечения", "clicks": "Клики", "leads": "Лиды",
    "sales": "Продажи", "revenue": "Выручка",
}  # fmt: skip
SOURCE_RU = {"measured": "статистика", "screenshot": "скриншот", "estimated": "оценка"}
PAYMENT_KIND_RU = {
    PaymentKind.PREPAYMENT.value: "предоплата",
    PaymentKind.FINAL.value: "окончательный расчёт",
}
assert set(PAYMENT_KIND_RU) == {k.value for k in PAYMENT_KIND_LABELS}


def campaign_charts(
    session: Session, results: kpi.CampaignResults, lang: str = "ru", keys: Sequence[str] = CHART_KEYS
) -> dict[str, Figure]:
    """The campaign's charts by key (see CHART_KEYS); only those asked for are made."""
    from smmdesk.charts import campaign as charts

    campaign = results.campaign
    publications = results.publications
    made: dict[str, Figure] = {}
    if "reach" in keys:
        published = [(p.row.published_on, p.figures) for p in publications]
        planned = [
            (r.slot_date, r.reach_forecast, r.views_forecast) for r in _forecasts(session, campaign.id)
        ]
        first = min([campaign.period_from, *(d for d, _ in published if d)])
        last = max([campaign.period_to, *(d for d, _ in published if d)])
        target = next((k.plan for k in results.kpis if k.key == "reach"), None)
        made["reach"] = charts.reach_chart(daily_series(first, last, published, planned), target, lang)
    if "cost" in keys:
        people = by_group((p.row.influencer_name, p.figures) for p in publications)
        made["cost"] = charts.cost_by_influencer_chart(people, lang)
    if "groups" in keys:
        titles = dict(platforms(session))
        formats = by_group((p.row.format_title, p.figures) for p in publications)
        sites = by_group((titles.get(p.row.platform, p.row.platform), p.figures) for p in publications)
        made["groups"] = charts.results_by_group_chart(formats, sites, lang)
    if "payments" in keys:
        paid = payment_series(
            results.payments,
            campaign.period_from,
            campaign.period_to,
            campaign.budget_limit,
            results.fees_total,
        )
        made["payments"] = charts.payments_chart(paid, lang)
    return made


def _forecasts(session: Session, campaign_id: int) -> list[Any]:
    from sqlalchemy import select

    from smmdesk.storage.models import Placement

    return list(
        session.execute(
            select(Placement.slot_date, Placement.reach_forecast, Placement.views_forecast).where(
                Placement.campaign_id == campaign_id, Placement.status != "cancelled"
            )
        ).all()
    )


def campaign_report(
    session: Session, campaign_id: int, with_fee_and_vat: bool, made_on: dt.date | None = None
) -> Report:
    results = kpi.campaign_results(session, campaign_id, with_fee_and_vat)
    campaign = results.campaign
    made_on = made_on or dt.date.today()
    titles = dict(platforms(session))
    planned = sum(1 for r in results.all_rows if r.status != "cancelled")
    report = Report(
        f"Отчёт по кампании «{campaign.name}»",
        [
            ("Клиент", campaign.client_name),
            ("Период", f"{campaign.period_from:%d.%m.%Y} — {campaign.period_to:%d.%m.%Y}"),
            ("Публикаций", f"{len(results.publications)} из {planned} запланированных"),
            ("Дата отчёта", f"{made_on:%d.%m.%Y}"),
        ],
        note=(
            "Стоимость указана с агентской комиссией и НДС."
            if with_fee_and_vat
            else "Стоимость указана без агентской комиссии и НДС (стоимость размещений по смете)."
        ),
    )
    report.tables = [_kpi_table(results), _publications_table(session, results, titles)]
    report.sheet_names = {report.tables[0].title: "КПЭ", report.tables[1].title: "Публикации"}
    from smmdesk.charts.campaign import CHART_DPI, png_bytes

    chart_titles = {
        "reach": "Охват и просмотры", "cost": "Стоимость по блогерам", "groups": "Форматы и площадки",
        "payments": "Оплаты и бюджет",
    }  # fmt: skip
    for key, figure in campaign_charts(session, results).items():
        data = png_bytes(figure)
        width, height = (int(v * CHART_DPI) for v in figure.get_size_inches())
        report.pictures.append(Picture(chart_titles[key], data, width, height))
    return report


def _kpi_table(results: kpi.CampaignResults) -> Table:
    """Plan and fact mix counts, roubles and percentages, so each is written as text in its format."""
    rows: list[list[Any]] = []
    for line in results.kpis:
        kind = {"count": COUNT, "money": MONEY, "percent": PERCENT}[line.kind]
        fact = line.fact if line.fact is None or kind == COUNT else line.fact.quantize(Decimal("0.01"))
        achieved = None if line.achieved is None else line.achieved.quantize(Decimal("0.1"))
        rows.append(
            [KPI_RU.get(line.key, line.title), cell_text(line.plan, kind), cell_text(fact, kind), achieved]
        )
    columns = [
        Column("Показатель", TEXT, 28), Column("План", TEXT, 18), Column("Факт", TEXT, 18),
        Column("Выполнение, %", PERCENT, 14),
    ]  # fmt: skip
    return Table("Показатели эффективности: план и факт", columns, rows)


def _publications_table(session: Session, results: kpi.CampaignResults, titles: dict[str, str]) -> Table:
    """Every publication: who and when, its cost and results, where it is and how it is proven
    (link, ad token, where the figures came from). Printed in two parts: one would not fit A4."""
    sources = (
        pub.metric_sources(session, [p.row.id for p in results.publications]) if results.publications else {}
    )
    columns = [
        Column("Блогер", TEXT, 22), Column("Площадка", TEXT, 11), Column("Формат", TEXT, 16),
        Column("Дата", DATE, 11), Column("Стоимость", MONEY, 14), Column("Просмотры", COUNT, 12),
        Column("Охват", COUNT, 12), Column("Вовлечения", COUNT, 12), Column("Клики", COUNT, 9),
        Column("Лиды", COUNT, 8), Column("Продажи", COUNT, 9), Column("Выручка", MONEY, 14),
        Column("CPM", MONEY, 11), Column("CPE", MONEY, 10), Column("ER, %", PERCENT, 8),
        Column("Ссылка", TEXT, 40), Column("ERID", TEXT, 16), Column("Источник данных", TEXT, 30),
    ]  # fmt: skip
    rows = []
    for item in results.publications:
        r, f = item.row, item.figures
        rows.append([
            r.influencer_name, titles.get(r.platform, r.platform), r.format_title, r.published_on, f.cost,
            f.impressions, f.reach, f.engagements, f.clicks, f.leads, f.sales, f.revenue,
            _money(m.cpm(f.cost, f.impressions)), _money(m.cpe(f.cost, f.engagements)),
            _percent(m.er(f.engagements, f.followers)), r.url, r.erid or "нет ERID",
            _source_text(sources.get(r.id, {})),
        ])  # fmt: skip
    total = results.figure_set
    counts = [_int(total.sum_of(metric)) for metric in (m.Metric.IMPRESSIONS, m.Metric.REACH)]
    more = [_int(total.sum_of(metric)) for metric in (m.Metric.CLICKS, m.Metric.LEADS, m.Metric.SALES)]
    totals = [
        "Итого", "", "", None, total.cost, *counts, _int(total.engagements), *more,
        total.sum_of(m.Metric.REVENUE), _money(total.cpm()), _money(total.cpe()), _percent(total.er()),
        "", "", "",
    ]  # fmt: skip
    title = "Публикации и их результаты"
    parts = [
        (title, list(range(15))),
        ("Публикации: ссылки, маркировка, источники данных", [0, 3, 15, 16, 17]),
    ]
    return Table(title, columns, rows, totals if rows else None, parts)


def _int(value: Decimal | None) -> int | None:
    return None if value is None else int(value)


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.01"))


def _percent(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.01"))


def _source_text(sources: dict[str, tuple[str, dt.date]]) -> str:
    """'статистика, 20.11.2026' or, when the figures came from several places, each with its date."""
    if not sources:
        return "нет данных"
    seen = sorted({(SOURCE_RU.get(s, s), d) for s, d in sources.values()}, key=lambda x: (x[1], x[0]))
    return "; ".join(f"{s}, {d:%d.%m.%Y}" for s, d in seen)


def export_campaign_report(
    session: Session,
    campaign_id: int,
    paths: Path | Sequence[Path],
    with_fee_and_vat: bool = False,
    made_on: dt.date | None = None,
) -> Report:
    """Writes the report to each file by its extension (XLSX, PDF); made once for all of them."""
    targets = [paths] if isinstance(paths, Path) else list(paths)
    for path in targets:
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A report is exported to .xlsx or .pdf, not {suffix}."),
                suffix=suffix or "—",
            )
    report = campaign_report(session, campaign_id, with_fee_and_vat, made_on)
    for path in targets:
        _write(report, path)
    return report


def _write(report: Report, path: Path) -> None:
    if path.suffix.lower() == ".pdf":
        from smmdesk.io.report_pdf import write_report_pdf

        write_report_pdf(path, report)
    else:
        from smmdesk.io.report_xlsx import write_report_xlsx

        write_report_xlsx(path, report)


# --- the payments register -------------------------------------------------------------------------------


def payments_register_report(session: Session, date_from: dt.date, date_to: dt.date) -> Report:
    rows = pl.payments_register(session, date_from, date_to)
    table = Table(
        "Платежи блогерам",
        [
            Column("Дата", DATE, 11),
            Column("Кампания", TEXT, 26),
            Column("Получатель", TEXT, 22),
            Column("За что", TEXT, 26),
            Column("Вид", TEXT, 18),
            Column("Способ", TEXT, 14),
            Column("Документ", TEXT, 14),
            Column("Сумма", MONEY, 14),
            Column("Примечание", TEXT, 24),
        ],
        [
            [
                p.paid_on,
                p.campaign_name,
                p.payee,
                p.what or "все размещения в кампании",
                PAYMENT_KIND_RU.get(p.kind, p.kind),
                p.method,
                p.document,
                p.amount,
                p.notes,
            ]
            for p in rows
        ],
        ["Итого", "", "", "", "", "", "", sum((p.amount for p in rows), Decimal(0)), ""],
    )
    return Report(
        "Реестр платежей блогерам",
        [("Период", f"{date_from:%d.%m.%Y} — {date_to:%d.%m.%Y}"), ("Платежей", str(len(rows)))],
        tables=[table],
        sheet_names={table.title: "Платежи"},
    )


def export_payments_register(session: Session, date_from: dt.date, date_to: dt.date, path: Path) -> Report:
    report = payments_register_report(session, date_from, date_to)
    _write(report, path if path.suffix.lower() in SUFFIXES else path.with_suffix(".xlsx"))
    return report
