"""The demo's campaign that has run: an approved estimate carried out, paid for, proven with
screenshots and measured, with KPI targets; and first steps on the December campaign."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from smmdesk.domain.metrics import Metric, Source
from smmdesk.domain.placements import PaymentKind, PlacementStatus, split_amount
from smmdesk.storage.database import Database
from smmdesk.storage.models import Account, Influencer, Placement

# The campaign ended a few days before the demo's "today" (26.11.2026), so some statistics are
# still to be captured.
AUTUMN = ("Осенняя распродажа", dt.date(2026, 10, 12), dt.date(2026, 11, 22), "Продажи в интернет-магазине")
AUTUMN_BUDGET = Decimal(1_500_000)
STAFF = ["Ирина Лебедева", "Никита Орлов", "Ирина Лебедева", "Светлана Ким"]
AD_LABEL = 'Реклама. ООО "Ромашка", ИНН 7701234567'
TARGETS_AUTUMN = {
    "reach": Decimal(450_000), "views": Decimal(620_000), "engagements": Decimal(34_000),
    "clicks": Decimal(6_000), "sales": Decimal(280), "cpm": Decimal(1200), "cpe": Decimal(20),
    "er": Decimal("3.5"), "romi": Decimal(50),
}  # fmt: skip
TARGETS_DECEMBER = {"reach": Decimal(300_000), "views": Decimal(500_000), "cpm": Decimal(1000)}
POST_URLS = {
    "instagram": "https://www.instagram.com/p/{code}/",
    "vk": "https://vk.com/wall-{number}_{small}",
    "telegram": "https://t.me/{handle}/{small}",
    "youtube": "https://www.youtube.com/watch?v={code}",
    "tiktok": "https://www.tiktok.com/@{handle}/video/{number}",
    "dzen": "https://dzen.ru/a/{code}",
    "rutube": "https://rutube.ru/video/{code}/",
    "ok": "https://ok.ru/group/{number}/topic/{small}",
}
ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def add_results(db: Database, rng: random.Random, client_id: int, first_campaign: int) -> int:
    """Returns the id of the campaign that has run."""
    from smmdesk.services import campaigns as camp
    from smmdesk.services import estimates as est
    from smmdesk.services import kpi
    from smmdesk.services import placements as pl
    from smmdesk.services.settings import load_agency_settings

    name, start, end, goal = AUTUMN
    with db.transaction() as session:
        campaign = camp.create_campaign(
            session, client_id, name, start, end, goal=goal, budget_limit=AUTUMN_BUDGET
        )
        estimate = est.create_estimate(session, campaign, "Осенние размещения", load_agency_settings(session))
        version = est.latest_version(session, estimate)
        pool = list(
            session.scalars(
                select(Account.id)
                .join(Influencer, Influencer.id == Account.influencer_id)
                .where(Influencer.status.in_(["working", "agreed"]))
                .order_by(Account.id)
            )
        )
        for account in rng.sample(pool, min(16, len(pool))):
            day = start + dt.timedelta(days=rng.randrange((end - start).days - 2))
            (line,) = est.add_placements(session, version, [account], rng.choice([1, 1, 2, 5, 6]), day)
            price = Decimal(rng.choice([12000, 18000, 25000, 35000, 48000]))
            quantity = rng.choice([1, 1, 1, 2, 3])
            est.update_line(
                session,
                line,
                {"quantity": quantity, "unit_price": price, "contractor_fee": price * Decimal("0.85")},
            )
        est.add_cost(session, version, "Продакшн: съёмка и монтаж", 1, Decimal(45000))
        est.send_to_client(session, version)
        est.decide(session, version, True, "Мария Белова", "Согласовано, стартуем 12 октября.")
        for key, plan in TARGETS_AUTUMN.items():
            kpi.set_target(session, campaign, key, plan)
        for key, plan in TARGETS_DECEMBER.items():
            kpi.set_target(session, first_campaign, key, plan)
    with db.transaction() as session:
        _carry_out(session, rng, pl.list_rows(session, campaign))
        _first_steps(session, rng, pl.list_rows(session, first_campaign))
    return campaign


def _carry_out(session: Any, rng: random.Random, rows: list[Any]) -> None:
    """Most placements published, proven and measured; a few late, missed or taken down; the last
    ones still waiting for their statistics; payments in two parts."""
    from smmdesk.services import placements as pl
    from smmdesk.services import publications as pub

    shots = 0
    for index, row in enumerate(rows):
        slot = row.slot_date or dt.date(2026, 10, 20)
        agreed = slot - dt.timedelta(days=rng.randint(4, 10))
        roll = {5: 0.01, 9: 0.91}.get(index, rng.random())  # the sixth is missed, the tenth taken down
        changes: dict[str, Any] = {
            "agreed_on": agreed,
            "responsible": STAFF[index % len(STAFF)],
            "ad_label": AD_LABEL,
        }
        changes["payment_due"] = slot + dt.timedelta(days=14)
        if roll < 0.06:
            pl.update_placement(
                session,
                row.id,
                {
                    **changes,
                    "status": PlacementStatus.MISSED.value,
                    "notes": "Блогер заболел, перенос не согласовали.",
                },
            )
            continue
        shift = rng.choice([0, 0, 0, 0, 1, 1, 2, -1]) if roll < 0.9 else rng.randint(3, 5)
        published = min(slot + dt.timedelta(days=shift), dt.date(2026, 11, 25))
        status = PlacementStatus.LATE if shift >= 3 else PlacementStatus.PUBLISHED
        if 0.9 <= roll < 0.93:
            status = PlacementStatus.REMOVED
        url = POST_URLS.get(row.platform, "https://example.ru/{code}").format(
            code=_token(rng, 11),
            number=rng.randint(10**8, 10**9),
            small=rng.randint(100, 9999),
            handle=row.handle,
        )
        erid = "" if index == 3 else _token(rng, 12)  # one was published without its token: flagged
        pl.update_placement(
            session,
            row.id,
            {**changes, "published_on": published, "url": url, "erid": erid, "status": status.value},
        )
        if row.fee:
            first, second = split_amount(row.fee, 2)
            pl.add_payment(
                session,
                row.id,
                agreed,
                first,
                PaymentKind.PREPAYMENT.value,
                "перевод на счёт",
                f"п/п {100 + index}",
            )
            if published < dt.date(2026, 11, 12) and rng.random() < 0.9:
                paid_on = published + dt.timedelta(days=rng.randint(2, 6))
                method = rng.choice(["перевод на счёт", "СБП"])
                pl.add_payment(
                    session, row.id, paid_on, second, PaymentKind.FINAL.value, method, f"п/п {300 + index}"
                )
        if published >= dt.date(2026, 11, 19):
            continue  # statistics not taken yet: "to capture"
        source = Source.MEASURED if rng.random() < 0.75 else Source.SCREENSHOT
        if source is Source.SCREENSHOT or shots < 4:
            pub.add_screenshot(
                session,
                row.id,
                f"{row.handle}-{published:%d%m}.png",
                demo_screenshot(rng, row.handle, row.platform),
            )
            shots += 1
        captured = published + dt.timedelta(days=rng.randint(1, 4))
        forecast = session.get_one(Placement, row.id).views_forecast
        pub.set_metrics(session, row.id, _figures(rng, row, forecast, source.value, captured))


def _figures(
    rng: random.Random, row: Any, forecast: int | None, source: str, day: dt.date
) -> dict[Metric, Any]:
    """Figures around the account's usual views (the estimate's forecast), as real results scatter."""
    from smmdesk.services.publications import MetricValue

    views = int((forecast or float(row.cost) * 1.5) * rng.uniform(0.7, 1.45))
    reach = int(views * rng.uniform(0.55, 0.85))
    likes = int(views * rng.uniform(0.02, 0.07))
    clicks = int(views * rng.uniform(0.004, 0.015))
    sales = int(clicks * rng.uniform(0.02, 0.08))
    values: dict[Metric, int | Decimal] = {
        Metric.IMPRESSIONS: views, Metric.REACH: reach, Metric.LIKES: likes,
        Metric.COMMENTS: int(likes * rng.uniform(0.03, 0.12)),
        Metric.SHARES: int(likes * rng.uniform(0.02, 0.1)),
        Metric.SAVES: int(likes * rng.uniform(0.05, 0.25)),
        Metric.CLICKS: clicks, Metric.SALES: sales, Metric.LEADS: int(clicks * rng.uniform(0.05, 0.15)),
        Metric.FOLLOWERS: int(reach * rng.uniform(1.2, 3.0)),
    }  # fmt: skip
    values[Metric.REVENUE] = Decimal(sales * rng.choice([2990, 3490, 4290]))
    return {metric: MetricValue(value, source, day) for metric, value in values.items()}


def _first_steps(session: Any, rng: random.Random, rows: list[Any]) -> None:
    """The December campaign: agreements reached, content on approval, prepayments made."""
    from smmdesk.services import placements as pl

    for index, row in enumerate(rows):
        status = [PlacementStatus.AGREED, PlacementStatus.CONTENT_REVIEW, PlacementStatus.PLANNED][index % 3]
        changes: dict[str, Any] = {"status": status.value, "responsible": STAFF[index % len(STAFF)]}
        if status is not PlacementStatus.PLANNED:
            changes["agreed_on"] = dt.date(2026, 11, rng.randint(16, 25))
            changes["payment_due"] = dt.date(2026, 11, 30)
        pl.update_placement(session, row.id, changes)
        if status is PlacementStatus.CONTENT_REVIEW and row.fee:
            pl.add_payment(session, row.id, changes["agreed_on"], split_amount(row.fee, 2)[0],
                           PaymentKind.PREPAYMENT.value, "перевод на счёт", f"п/п {500 + index}")  # fmt: skip


def demo_screenshot(rng: random.Random, handle: str, platform: str) -> bytes:
    """A plausible phone screenshot of a post: a coloured picture, the account and the figures."""
    from pathlib import Path

    import matplotlib
    from PIL import Image, ImageDraw, ImageFont

    font_path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    big, small = ImageFont.truetype(str(font_path), 28), ImageFont.truetype(str(font_path), 22)
    image = Image.new("RGB", (540, 960), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 540, 90), fill=(245, 245, 245))
    draw.text((24, 28), f"@{handle}", fill=(20, 20, 20), font=big)
    colour = tuple(rng.randint(60, 220) for _ in range(3))
    draw.rectangle((0, 90, 540, 630), fill=colour)
    draw.ellipse((170, 230, 370, 430), fill=tuple(min(255, c + 40) for c in colour))
    draw.text(
        (24, 650),
        f"♥ {rng.randint(300, 5000)}    комментарии: {rng.randint(10, 300)}",
        fill=(20, 20, 20),
        font=big,
    )
    draw.text((24, 710), "Реклама. ООО «Ромашка»", fill=(90, 90, 90), font=small)
    draw.text(
        (24, 750), f"Просмотры: {rng.randint(5, 90)} {rng.randint(100, 999)}", fill=(90, 90, 90), font=small
    )
    draw.text((24, 900), platform.upper(), fill=(160, 160, 160), font=small)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
