"""What goes into the client's report on a campaign and into the payments register; the charts of
a campaign. Client documents are in Russian whatever the interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from smmdesk.charts.campaign import PEOPLE_SHOWN
from smmdesk.domain import metrics as m
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate import BUDGET_BASIS_RU, COST_NOTES_RU, budget_basis
from smmdesk.domain.money import currency_symbol
from smmdesk.domain.placements import PAYMENT_KIND_LABELS, PaymentKind, by_currency
from smmdesk.domain.plural import counted
from smmdesk.domain.report import (
    ACHIEVED,
    COUNT,
    DATE,
    MONEY,
    PERCENT,
    TEXT,
    ChartData,
    Column,
    Picture,
    Report,
    Series,
    Table,
)
from smmdesk.domain.results import by_group, cost_series, daily_series, payment_series
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.atomic import replaced_together
from smmdesk.services import kpi
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.services.influencers import platforms

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SUFFIXES = (".xlsx", ".pdf")
CHART_KEYS = ("reach", "cost", "groups", "budget")  # the client's report draws these
INTERNAL_CHART_KEYS = ("payments",)  # what the agency owes bloggers: the window's internal view only
KPI_RU = {
    "reach": "Охват", "views": "Просмотры", "engagements": "Вовлечения", "clicks": "Клики", "leads": "Лиды",
    "sales": "Продажи", "revenue": "Выручка",
}  # fmt: skip
PLANNED = ("запланированной", "запланированных", "запланированных")  # «1 из 1 запланированной»
SOURCE_RU = {"measured": "статистика", "screenshot": "скриншот", "estimated": "оценка"}
PAYMENT_KIND_RU = {
    PaymentKind.PREPAYMENT.value: "предоплата",
    PaymentKind.FINAL.value: "окончательный расчёт",
}
assert set(PAYMENT_KIND_RU) == {k.value for k in PAYMENT_KIND_LABELS}
CHART_TITLES = {
    "reach": "Охват и просмотры", "cost": "Стоимость по блогерам", "groups": "Форматы и площадки",
    "budget": "Стоимость и бюджет",
}  # fmt: skip


def campaign_charts(
    session: Session,
    results: kpi.CampaignResults,
    lang: str = "ru",
    keys: Sequence[str] = CHART_KEYS,
    data: dict[str, Any] | None = None,
) -> dict[str, Figure]:
    """The campaign's charts by key (CHART_KEYS, and the internal "payments"); only those asked for
    (`data`: their series, when already gathered)."""
    from smmdesk.charts import campaign as charts

    made: dict[str, Figure] = {}
    data = data if data is not None else chart_series(session, results, keys)
    currency = results.currency
    if "reach" in data:
        target = next((k.plan for k in results.kpis if k.key == "reach"), None)
        made["reach"] = charts.reach_chart(data["reach"], target, lang)
    if "cost" in data:
        made["cost"] = charts.cost_by_influencer_chart(data["cost"], lang, currency=currency)
    if "groups" in data:
        formats, sites = data["groups"]
        made["groups"] = charts.results_by_group_chart(formats, sites, lang)
    if "budget" in data:
        basis = budget_basis(results.vat_modes)
        words = basis if lang == "en" else BUDGET_BASIS_RU[basis]
        made["budget"] = charts.budget_chart(data["budget"], lang, currency, words)
    if "payments" in data:
        made["payments"] = charts.payments_chart(data["payments"], lang, currency)
    return made


def chart_series(session: Session, results: kpi.CampaignResults, keys: Sequence[str]) -> dict[str, Any]:
    """The data behind each chart asked for: drawn by matplotlib, or natively by a spreadsheet."""
    campaign = results.campaign
    publications = results.publications
    data: dict[str, Any] = {}
    published = [(p.row.published_on, p.figures) for p in publications]
    first = min([campaign.period_from, *(d for d, _ in published if d)])
    last = max([campaign.period_to, *(d for d, _ in published if d)])
    if "reach" in keys:
        planned = [
            (r.slot_date, r.reach_forecast, r.views_forecast) for r in _forecasts(session, campaign.id)
        ]
        data["reach"] = daily_series(first, last, published, planned)
    if "cost" in keys:
        data["cost"] = by_group((p.row.influencer_name, p.figures) for p in publications)
    if "groups" in keys:
        titles = dict(platforms(session))
        formats = by_group((p.row.format_title, p.figures) for p in publications)
        sites = by_group((titles.get(p.row.platform, p.row.platform), p.figures) for p in publications)
        data["groups"] = (formats, sites)
    if "budget" in keys:  # on the estimate's basis for its budget: the total to pay
        costs = kpi.costs_to_pay(session, results)
        data["budget"] = cost_series(costs, first, last, campaign.budget_limit)
    if "payments" in keys:
        data["payments"] = payment_series(
            results.payments,
            campaign.period_from,
            campaign.period_to,
            campaign.budget_limit,
            results.fees_total,
        )
    return data


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
    if len(results.currencies) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The campaign's estimates are in different currencies ({currencies}): a report "
                "adds its costs up in one currency.",
            ),
            currencies=", ".join(results.currencies),
        )
    campaign = results.campaign
    made_on = made_on or dt.date.today()
    titles = dict(platforms(session))
    planned = sum(1 for r in results.all_rows if r.status != "cancelled")
    report = Report(
        f"Отчёт по кампании «{campaign.name}»",
        [
            ("Клиент", campaign.client_name),
            ("Период", f"{campaign.period_from:%d.%m.%Y} — {campaign.period_to:%d.%m.%Y}"),
            ("Публикаций", f"{len(results.publications)} из {counted(planned, *PLANNED)}"),
            ("Дата отчёта", made_on),
        ],
        note=COST_NOTES_RU[results.cost_note],
        currency=results.currency,
    )
    report.tables = [_kpi_table(results), _publications_table(session, results, titles)]
    report.sheet_names = {report.tables[0].title: "КПЭ", report.tables[1].title: "Публикации"}
    from smmdesk.charts.campaign import CHART_DPI, png_bytes

    series = chart_series(session, results, CHART_KEYS)
    for key, figure in campaign_charts(session, results, data=series).items():
        png = png_bytes(figure)
        width, height = (int(v * CHART_DPI) for v in figure.get_size_inches())
        report.pictures.append(Picture(CHART_TITLES[key], png, width, height))
    report.charts = native_charts(series, results)
    return report


def native_charts(data: dict[str, Any], results: kpi.CampaignResults) -> list[ChartData]:
    """The report's charts as data for a spreadsheet to draw (the PDF draws them with matplotlib)."""
    charts: list[ChartData] = []
    reach = data["reach"]
    if reach.days:
        target = next((k.plan for k in results.kpis if k.key == "reach"), None)
        series = [Series("Охват, факт", reach.reach), Series("Просмотры, факт", reach.views),
                  Series("Охват, план", reach.plan_reach, dashed=True),
                  Series("Просмотры, план", reach.plan_views, dashed=True)]  # fmt: skip
        if target:
            series.append(Series("Цель по охвату", [target] * len(reach.days), dashed=True))
        charts.append(ChartData("reach", "Охват и просмотры нарастающим итогом", "line", reach.days, series))
    people = data["cost"][:PEOPLE_SHOWN]
    if people:
        labels = [g.label for g in people]
        total = len(data["cost"])  # the title says when the chart leaves some out
        some = "" if total <= PEOPLE_SHOWN else f": {len(people)} из {total}, с наибольшей стоимостью"
        charts.append(ChartData("cpe", f"CPE по блогерам (стоимость вовлечения){some}", "bar", labels,
                                [Series("CPE", [g.figures.cpe() for g in people], MONEY)]))  # fmt: skip
        charts.append(ChartData("cpv", f"CPV по блогерам (стоимость просмотра){some}", "bar", labels,
                                [Series("CPV", [g.figures.cpv() for g in people], MONEY)]))  # fmt: skip
    for groups, by in zip(data["groups"], ("по форматам", "по площадкам"), strict=True):
        labels = [g.label for g in groups]
        if groups:
            charts.append(ChartData(f"views {by}", f"Просмотры {by}", "bar", labels,
                                    [Series("Просмотры", [g.views for g in groups])]))  # fmt: skip
            charts.append(ChartData(f"engagements {by}", f"Вовлечения {by}", "bar", labels,
                                    [Series("Вовлечения", [g.engagements for g in groups])]))  # fmt: skip
    budget = data["budget"]
    if budget.days:
        basis = BUDGET_BASIS_RU[budget_basis(results.vat_modes)]
        series = [Series(f"К оплате нарастающим итогом ({basis})", budget.cost, MONEY)]
        if budget.budget:
            series.append(Series("Бюджет кампании", [budget.budget] * len(budget.days), MONEY, dashed=True))
        charts.append(
            ChartData("budget", "Стоимость вышедших публикаций и бюджет", "line", budget.days, series)
        )
    return charts


def _kpi_table(results: kpi.CampaignResults) -> Table:
    """Plan, fact and achievement as figures in their own formats: counts, money, percentages."""
    rows: list[list[Any]] = []
    kinds: list[list[str]] = []
    for line in results.kpis:
        kind = {"count": COUNT, "money": MONEY, "percent": PERCENT}[line.kind]
        rows.append([KPI_RU.get(line.key, line.title), line.plan, line.fact, line.achieved])
        kinds.append([TEXT, kind, kind, ACHIEVED])
    columns = [
        Column("Показатель", TEXT, 28), Column("План", MONEY, 18), Column("Факт", MONEY, 18),
        Column("Выполнение", ACHIEVED, 14),
    ]  # fmt: skip
    table = Table("Показатели эффективности: план и факт", columns, rows, row_kinds=kinds)
    table.notes = coverage_notes(results)
    return table


def coverage_notes(results: kpi.CampaignResults) -> list[str]:
    """Under the KPI table: how many publications each ratio is over, when figures are missing
    for some (so that a client dividing the totals by hand sees why the ratio differs)."""
    figures = results.figure_set
    total = len(results.publications)
    shown = {line.key for line in results.kpis}
    partial = []
    for definition in m.KPIS:
        if definition.parts is None or definition.key not in shown:
            continue
        known = figures.counted(*definition.parts)
        if known < total:
            of = counted(total, "публикации", "публикаций", "публикаций")  # «из 21 публикации»
            partial.append(f"{definition.title.removesuffix(', %')}: по {known} из {of}")
    if not partial:
        if total == 1:
            return ["Все показатели посчитаны по 1 публикации."]
        every = counted(total, "публикации", "публикациям", "публикациям")  # «по всем 21 публикации»
        return [f"Все показатели посчитаны по всем {every}."] if total else []
    return ["Отношения посчитаны по публикациям, у которых известны обе их величины:", *partial]


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
        Column("CPM", MONEY, 11), Column("CPE", MONEY, 10), Column("ER", PERCENT, 8),
        Column("Ссылка", TEXT, 40), Column("ERID", TEXT, 16), Column("Источник данных", TEXT, 30),
    ]  # fmt: skip
    rows = []
    for item in results.publications:
        r, f = item.row, item.figures
        rows.append([
            r.influencer_name, titles.get(r.platform, r.platform), r.format_title, r.published_on, f.cost,
            f.impressions, f.reach, f.engagements, f.clicks, f.leads, f.sales, f.revenue,
            m.cpm(f.cost, f.impressions), m.cpe(f.cost, f.engagements), m.er(f.engagements, f.followers),
            r.url, r.erid or "нет ERID", _source_text(sources.get(r.id, {})),
        ])  # fmt: skip
    total = results.figure_set
    counts = [total.sum_of(metric) for metric in (m.Metric.IMPRESSIONS, m.Metric.REACH)]
    more = [total.sum_of(metric) for metric in (m.Metric.CLICKS, m.Metric.LEADS, m.Metric.SALES)]
    totals = [
        "Итого", "", "", None, total.cost, *counts, total.engagements, *more,
        total.sum_of(m.Metric.REVENUE), total.cpm(), total.cpe(), total.er(), "", "", "",
    ]  # fmt: skip
    title = "Публикации и их результаты"
    parts = [
        (title, list(range(15))),
        ("Публикации: ссылки, маркировка, источники данных", [0, 3, 15, 16, 17]),
    ]
    return Table(title, columns, rows, totals if rows else None, parts)


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
    with replaced_together():  # all or none: a PDF that fails leaves the XLSX unwritten too
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
    """Every payment of the period in its estimate's currency, with a total for each currency
    (amounts in different currencies are never added up)."""
    rows = pl.payments_register(session, date_from, date_to)
    totals = by_currency((p.currency, p.amount) for p in rows)
    several = len(totals) > 1
    table = Table(
        "Платежи блогерам",
        [
            Column("Дата", DATE, 11),
            Column("Кампания", TEXT, 26),
            Column("Получатель", TEXT, 22),
            Column("За что", TEXT, 26),
            Column("Вид", TEXT, 18),
            Column("Способ", TEXT, 18),  # «перевод на счёт» on one line
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
        row_currencies=[p.currency for p in rows],
        totals_by_currency={
            currency: [f"Итого, {currency_symbol(currency)}" if several else "Итого", "", "", "", "", "", "",
                       amount, ""]
            for currency, amount in (totals or {"RUB": Decimal(0)}).items()
        },
    )
    return Report(
        "Реестр платежей блогерам",
        [("Период", f"{date_from:%d.%m.%Y} — {date_to:%d.%m.%Y}"), ("Платежей", len(rows))],
        tables=[table],
        sheet_names={table.title: "Платежи"},
        currency=next(iter(totals), "RUB"),
    )


def export_payments_register(session: Session, date_from: dt.date, date_to: dt.date, path: Path) -> Report:
    report = payments_register_report(session, date_from, date_to)
    _write(report, path if path.suffix.lower() in SUFFIXES else path.with_suffix(".xlsx"))
    return report
