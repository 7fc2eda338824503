"""The demo's contests: one finished (drawn, a winner disqualified, prizes delivered) and one being
prepared for December."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import update

from smmdesk.domain.contests import Prize
from smmdesk.storage.database import Database
from smmdesk.storage.models import Contest, ContestDisqualification, ContestDraw

SEED = "19.11.2026 20:00 — курс евро ЦБ на 19.11 и слова «осенний листопад»"
DRAWN_AT = dt.datetime(2026, 11, 19, 17, 0, 12, tzinfo=dt.UTC)
NAMES = (
    "anna", "maria", "olga", "irina", "kate", "dasha", "sveta", "polina", "alex", "max", "ivan", "nikita",
    "lena", "vika", "sonya", "yulia", "misha", "artem", "kira", "nastya",
)  # fmt: skip


def add_contests(db: Database, rng: random.Random, campaign_id: int) -> int:
    """Returns the id of the finished contest (the first one, id 1)."""
    from smmdesk.services import contests as svc

    with db.transaction() as session:
        finished = svc.create_contest(
            session, "Осенний розыгрыш «Ромашки»", platform="instagram", account="romashka_official",
            mechanics="comment", starts_on=dt.date(2026, 11, 2), ends_on=dt.date(2026, 11, 18),
            announce_on=dt.date(2026, 11, 19), budget=Decimal(40_000), other_costs=Decimal(6_500),
            campaign_id=campaign_id, status="draft",
            rules=(
                "Подпишитесь на @romashka_official, поставьте лайк посту и напишите в комментариях, какой "
                "уход за кожей вы выбираете осенью. Один участник — одна заявка. Итоги 19 ноября в 20:00 "
                "в прямом эфире; победители определяются алгоритмом smmdesk по объявленному заранее сиду."
            ),
        )  # fmt: skip
        svc.set_prizes(session, finished, [
            Prize("Набор осенней косметики", 3, Decimal(3_500), "ООО «Ромашка»"),
            Prize("Сертификат на 10 000 ₽", 1, Decimal(10_000), "ООО «Ромашка»"),
        ])  # fmt: skip
        entries = [
            rng.choice(["@", "https://instagram.com/", ""]) + f"{rng.choice(NAMES)}_{n:04d}"
            for n in range(rng.randint(800, 900))
        ]
        entries += entries[:25]  # people who commented more than once
        svc.paste_entries(session, finished, "\n".join(entries))
        people = svc.participants(session, finished)
        staff = [p.id for p in people[:2]]
        bots = [p.id for p in people if p.handle.endswith(("13", "77"))][:6]
        svc.set_ineligible(session, finished, staff, "сотрудник")
        svc.set_ineligible(session, finished, bots, "бот")
    with db.transaction() as session:
        draw_id = svc.run_draw(session, finished, SEED).draw_id
        first_winner = svc.load_contest(session, finished).draw.winners[0]  # type: ignore[union-attr]
        svc.disqualify(session, finished, first_winner, "не подписан на @romashka_official")
        # As it happened: drawn on air on the 19th at 20:00 Moscow time, checked the next morning.
        session.execute(update(ContestDraw).where(ContestDraw.id == draw_id).values(drawn_at=DRAWN_AT))
        session.execute(
            update(ContestDisqualification)
            .where(ContestDisqualification.draw_id == draw_id)
            .values(at=DRAWN_AT + dt.timedelta(hours=14))
        )
        session.execute(
            update(Contest).where(Contest.id == finished).values(frozen_at=DRAWN_AT - dt.timedelta(hours=2))
        )
        svc.update_contest(session, finished, {"status": "delivered", "new_followers": 1240, "reach": 58_300})
        coming = svc.create_contest(
            session, "Новогодний розыгрыш", platform="instagram", account="romashka_official",
            mechanics="repost", starts_on=dt.date(2026, 12, 1), ends_on=dt.date(2026, 12, 25),
            announce_on=dt.date(2026, 12, 27), budget=Decimal(60_000), campaign_id=1, status="draft",
            rules="Сделайте репост новогоднего поста и отметьте двух друзей.",
        )  # fmt: skip
        svc.set_prizes(session, coming, [Prize("Подарочный набор", 5, Decimal(2_900), "ООО «Ромашка»")])
    return finished
