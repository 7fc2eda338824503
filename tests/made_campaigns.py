"""Campaigns made for a test through the services, as a planner makes them: a client, an estimate in
its currency and VAT mode with a line per blogger, approved, every placement published with its
figures. Returns what a test needs to find them again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from smmdesk.domain.metrics import Metric
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import influencers as inf
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.services.settings import load_agency_settings

DAY = dt.date(2027, 5, 5)


@dataclass(frozen=True)
class Made:
    campaign: int
    version: int
    placements: list[int]


def made_campaign(
    db: Any,
    name: str,
    prices: list[str],
    figures: list[dict[str, int]] | None = None,
    *,
    currency: str = "RUB",
    vat_mode: str = "on_top",
    budget: str | None = "100000",
    bloggers: list[str] | None = None,
    client: str = "ООО «Ромашка»",
) -> Made:
    """One approved estimate of `prices` (a line per blogger), each placement published on DAY with
    its `figures` (views, reach, likes…, by Metric value); a line of price "" has no price."""
    with db.transaction() as s:
        client_id = camp.create_client(s, client)
        campaign = camp.create_campaign(
            s, client_id, name, dt.date(2027, 5, 1), dt.date(2027, 5, 31),
            budget_limit=None if budget is None else Decimal(budget),
        )  # fmt: skip
        estimate = est.create_estimate(s, campaign, f"Смета «{name}»", load_agency_settings(s))
        version = est.latest_version(s, estimate)
        est.update_settings(s, version, {"currency": currency, "vat_mode": vat_mode})
        accounts = []
        for n, _ in enumerate(prices):
            person = bloggers[n] if bloggers else f"Блогер {n + 1} {name}"
            handle = f"c{campaign}_{n + 1}"
            inf.create_influencer(s, person, "vk", handle, followers=1000)
            accounts.append(s.scalar(inf.select(inf.Account.id).where(inf.Account.handle == handle)))
        lines = est.add_placements(s, version, accounts, 1, DAY)
        for line, price in zip(lines, prices, strict=True):
            est.update_line(s, line, {"unit_price": Decimal(price) if price else None})
    if figures is None:
        return Made(campaign, version, [])
    with db.transaction() as s:
        est.send_to_client(s, version)
        est.decide(s, version, True, "Иванова И.")
        rows = pl.list_rows(s, campaign)
        for row, values in zip(rows, figures, strict=False):
            pl.update_placement(s, row.id, {"published_on": DAY, "url": f"https://vk.com/wall-1_{row.id}",
                                            "erid": "Kra23abc"})  # fmt: skip
            measured = {Metric(k): pub.MetricValue(v, "measured", DAY) for k, v in values.items()}
            pub.set_metrics(s, row.id, measured)
        return Made(campaign, version, [r.id for r in rows])
