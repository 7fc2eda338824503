"""A campaign's results: its publications' figures, KPI targets against facts, the series the
charts draw. Costs are the client's net per publication, or, when asked, with the agency fee and
VAT of its estimate included (the report says which)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain import metrics as m
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate import cost_note
from smmdesk.domain.money import round_money, round_to
from smmdesk.domain.placements import APPEARED, PlacementRow, figures_of
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.services.campaigns import CampaignInfo
from smmdesk.storage.models import KpiTarget, Payment


@dataclass(frozen=True)
class Publication:
    row: PlacementRow
    figures: m.Figures


@dataclass(frozen=True)
class KpiLine:
    key: str
    title: str  # English source or an abbreviation; the UI translates (context "Metrics")
    kind: str
    plan: Decimal | None
    fact: Decimal | None
    achieved: Decimal | None  # %
    lower_is_better: bool


@dataclass(frozen=True)
class CampaignResults:
    campaign: CampaignInfo
    with_fee_and_vat: bool
    publications: list[Publication]  # the ones that appeared
    all_rows: list[PlacementRow]
    kpis: list[KpiLine]
    payments: list[tuple[dt.date, Decimal]]  # (day, amount), in date order
    fees_total: Decimal
    currencies: tuple[str, ...] = ("RUB",)  # of the approved versions its placements come from
    vat_modes: tuple[str, ...] = ()  # of the same versions

    @property
    def currency(self) -> str:
        """The campaign's one currency (the first when its estimates mix them; a report refuses that)."""
        return self.currencies[0]

    @property
    def cost_note(self) -> str:
        """What its costs are, worded by its estimates' VAT mode (English source, context "Costs")."""
        return cost_note(self.vat_modes, self.with_fee_and_vat)

    @cached_property
    def figure_set(self) -> m.FigureSet:
        return m.FigureSet([p.figures for p in self.publications])


def cost_factors(session: Session, estimate_ids: set[int]) -> dict[int, Decimal]:
    """estimate → total to pay ÷ net of placements and costs, of its latest approved version."""
    factors = {}
    for estimate_id in estimate_ids:
        version_id = est.latest_approved(session, estimate_id)
        if version_id is None:
            factors[estimate_id] = Decimal(1)
            continue
        totals = est.load_version(session, version_id).totals
        factors[estimate_id] = totals.total / totals.net_total if totals.net_total else Decimal(1)
    return factors


def campaign_results(
    session: Session, campaign_id: int, with_fee_and_vat: bool = False, every_kpi: bool = False
) -> CampaignResults:
    """The campaign's publications and KPIs; `every_kpi` lists the KPIs with neither a target nor
    a fact too (the window offers them all for targets, the report shows the ones that say something)."""
    campaign = camp.campaign(session, campaign_id)
    rows = pl.list_rows(session, campaign_id)
    appeared = [r for r in rows if r.status in APPEARED]
    values = pub.metric_values(session, [r.id for r in appeared]) if appeared else {}
    factors = cost_factors(session, {r.estimate_id for r in appeared}) if with_fee_and_vat else {}
    publications = []
    for row in appeared:
        cost = round_money(row.cost * factors[row.estimate_id]) if with_fee_and_vat else row.cost
        publications.append(Publication(row, figures_of(cost, values.get(row.id, {}))))
    figure_set = m.FigureSet([p.figures for p in publications])
    targets = targets_of(session, campaign_id)
    kpis = []
    for kpi in m.KPIS:
        plan = targets.get(kpi.key)
        fact = kpi.fact(figure_set)
        if plan is None and fact is None and not every_kpi:
            continue
        kpis.append(
            KpiLine(
                kpi.key,
                kpi.title,
                kpi.kind,
                plan,
                fact,
                m.achieved_as_shown(plan, fact, kpi.kind, kpi.lower_is_better),
                kpi.lower_is_better,
            )
        )
    payments = [
        (day, amount)
        for day, amount in session.execute(
            select(Payment.paid_on, Payment.amount)
            .where(Payment.campaign_id == campaign_id)
            .order_by(Payment.paid_on)
        ).all()
    ]
    fees = sum((r.fee or Decimal(0) for r in rows if r.status != "cancelled"), Decimal(0))
    results = CampaignResults(
        campaign,
        with_fee_and_vat,
        publications,
        rows,
        kpis,
        payments,
        fees,
        currencies_of(session, campaign_id),
        vat_modes_of(session, campaign_id),
    )
    results.__dict__["figure_set"] = figure_set  # already gathered: the report and the view reuse it
    return results


def currencies_of(session: Session, campaign_id: int) -> tuple[str, ...]:
    """The currencies of the estimate versions the campaign's placements were approved in (or of
    its estimates, before any approval); RUB when it has none."""
    from smmdesk.storage.models import EstimateVersion

    return _of_versions(session, campaign_id, EstimateVersion.currency) or ("RUB",)


def vat_modes_of(session: Session, campaign_id: int) -> tuple[str, ...]:
    """The VAT modes of the same versions: what the campaign's costs hold of VAT."""
    from smmdesk.storage.models import EstimateVersion

    return _of_versions(session, campaign_id, EstimateVersion.vat_mode)


def _of_versions(session: Session, campaign_id: int, column: Any) -> tuple[str, ...]:
    from smmdesk.storage.models import Estimate, EstimateVersion, Placement

    approved = select(column).join(Placement, Placement.version_id == EstimateVersion.id)
    found = sorted(set(session.scalars(approved.where(Placement.campaign_id == campaign_id))))
    if not found:
        of_estimates = Estimate.id == EstimateVersion.estimate_id
        any_version = select(column).join(Estimate, of_estimates)
        found = sorted(set(session.scalars(any_version.where(Estimate.campaign_id == campaign_id))))
    return tuple(found)


def costs_to_pay(session: Session, results: CampaignResults) -> list[tuple[dt.date | None, Decimal]]:
    """Each publication's day and cost with the agency fee and VAT of its estimate (the total to
    pay, as the estimate checks it against the budget), whatever the report's costs are."""
    if results.with_fee_and_vat:
        return [(p.row.published_on, p.figures.cost or Decimal(0)) for p in results.publications]
    factors = cost_factors(session, {p.row.estimate_id for p in results.publications})
    return [
        (p.row.published_on, round_money(p.row.cost * factors[p.row.estimate_id]))
        for p in results.publications
    ]


# --- targets -----------------------------------------------------------------------------------------


def targets_of(session: Session, campaign_id: int) -> dict[str, Decimal]:
    return dict(
        session.execute(
            select(KpiTarget.metric, KpiTarget.plan).where(KpiTarget.campaign_id == campaign_id)
        ).all()
    )


def set_target(session: Session, campaign_id: int, key: str, plan: Decimal | None) -> Decimal | None:
    """Sets (or with None clears) a target; returns the previous one for undo."""
    if key not in m.KPI_BY_KEY:
        raise ValueError(f"unknown KPI {key!r}")
    if plan is not None and plan < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A target cannot be negative."), field=key)
    limits.target(plan, key)
    previous = targets_of(session, campaign_id).get(key)
    session.execute(delete(KpiTarget).where(KpiTarget.campaign_id == campaign_id, KpiTarget.metric == key))
    if plan is not None:
        session.add(KpiTarget(campaign_id=campaign_id, metric=key, plan=round_to(plan, 2)))
    session.flush()
    return previous
