"""The demo's review campaign: «Ромашка» asks November's buyers for a review on Yandex Maps and
Otzovik — customers imported from the shop's CRM file, one wave of SMS requests, what came back
(delivered, clicked, reviews with stars), a survey export with NPS and CSAT, and the ratings the
brand's pages showed. The demo's strategy follows it with review KPIs."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from smmdesk.domain.reviews.campaign import Channel, Invitation, ReviewCampaign, ReviewPlatform, Trigger
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.storage.database import Database

Translate = Callable[[str, str], str]
WAVE_DAY = dt.date(2026, 11, 20)


def _identity(_context: str, text: str) -> str:
    return text

CUSTOMER_HEADER = "ФИО;Телефон;E-mail;№ заказа;Дата покупки;Согласие на рассылку;Сотрудник"
SURVEY_HEADER = (
    "Отметка времени;Насколько вероятно, что вы порекомендуете нас друзьям?;Оцените качество;Канал;"
    "Ваш телефон;Что нам улучшить?"
)
COMPLAINTS = (
    "Курьер опоздал на два часа",
    "Крем пришёл с помятой упаковкой",
    "Долго ждала ответа поддержки",
    "Прислали не тот оттенок",
    "Промокод не сработал на сайте",
)
FIRST_NAMES = ("Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Юлия", "Светлана", "Дарья")
LAST_NAMES = ("Смирнова", "Иванова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова", "Михайлова")
RATINGS = (  # platform, day, rating shown on the brand's page
    (ReviewPlatform.YANDEX_MAPS, dt.date(2026, 11, 1), Decimal("4.3")),
    (ReviewPlatform.YANDEX_MAPS, dt.date(2026, 12, 1), Decimal("4.5")),
    (ReviewPlatform.OTZOVIK, dt.date(2026, 11, 1), Decimal("3.9")),
    (ReviewPlatform.OTZOVIK, dt.date(2026, 12, 1), Decimal("4.1")),
)


def demo_campaign() -> ReviewCampaign:
    return ReviewCampaign(
        title="Отзывы покупателей ноября",
        platforms=(ReviewPlatform.YANDEX_MAPS, ReviewPlatform.OTZOVIK),
        trigger=Trigger(days=5),
        channel=Channel.SMS,
        invitation=Invitation(
            sender="Магазин «Ромашка»",
            subject="заказ {order} от {date}",
            where="на Яндекс Картах и на Отзовике",
            shown="ваше имя и отзыв увидят все",
            template="{name}, {sender} просит оценить {subject}. Отзыв появится {where}; {shown}. "
            "Оставить отзыв: {link}\n{opt_out}",
        ),
        base_link="https://romashka.ru/r/",
        opt_out="Ответьте СТОП, и мы больше не напишем.",
    )


def _customers(folder: Path, rng: random.Random, count: int) -> Path:
    lines = [CUSTOMER_HEADER]
    for n in range(count):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        day = dt.date(2026, 11, 1) + dt.timedelta(days=rng.randrange(14))
        consent = "нет" if n % 9 == 8 else "да"
        lines.append(
            f"{name};+7 916 300 {n // 100:02d} {n % 100:02d};;R-{1000 + n};{day:%d.%m.%Y};{consent};"
        )
    path = folder / "crm_ноябрь.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1251")
    return path


def _survey(folder: Path, rng: random.Random, count: int, customers: int) -> Path:
    """Answers of customers who agreed to be contacted (their phone, as the survey form asks it),
    the dissatisfied with what to improve."""
    lines = [SURVEY_HEADER]
    asked = [n for n in range(customers) if n % 9 != 8]
    who = random.Random(customers)  # apart from `rng`, whose sequence the rest of the demo follows
    for n in who.sample(asked, count):
        when = dt.datetime(2026, 11, 21, 9) + dt.timedelta(hours=rng.randrange(24 * 20))
        score = rng.choices(range(11), weights=(1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 12))[0]
        stars = min(5, max(1, round(score / 2)))
        comment = who.choice(COMPLAINTS) if score <= 6 else ""
        phone = f"+7 916 300 {n // 100:02d} {n % 100:02d}"
        lines.append(f"{when:%d.%m.%Y %H:%M};{score};{stars};SMS;{phone};{comment}")
    path = folder / "опрос_ноябрь.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def add_reviews(
    db: Database,
    rng: random.Random,
    client_id: int = 1,
    customers: int = 60,
    translate: Translate | None = None,
) -> int:
    """Returns the review campaign's id. `translate` words what the program itself writes into the
    data (a follow-up's place): the demo is a Russian agency's, so its callers pass Russian."""
    from smmdesk.services.reviews import campaigns, figures, outcomes, surveys, waves
    from smmdesk.services.reviews import customers as crm
    from smmdesk.storage.models import ReviewRequest

    with tempfile.TemporaryDirectory() as folder:
        with db.transaction() as session:
            campaign_id = campaigns.create_campaign(session, client_id, demo_campaign())
            crm.apply_customers(
                session, crm.preview_customers(session, campaign_id, _customers(Path(folder), rng, customers))
            )
            waves.prepare_wave(session, campaign_id, WAVE_DAY)
            requests = list(
                session.scalars(
                    select(ReviewRequest.id)
                    .where(ReviewRequest.campaign_id == campaign_id)
                    .order_by(ReviewRequest.id)
                )
            )
            for request_id in requests:
                fate = rng.random()
                if fate < 0.08:
                    continue  # not delivered
                review = None
                if fate > 0.62:
                    platform = ReviewPlatform.YANDEX_MAPS if rng.random() < 0.6 else ReviewPlatform.OTZOVIK
                    stars = rng.choices((1, 2, 3, 4, 5), weights=(1, 1, 2, 5, 9))[0]
                    review = ReviewLeft(platform, stars, WAVE_DAY + dt.timedelta(days=rng.randrange(1, 12)))
                outcomes.record_outcome(
                    session,
                    request_id,
                    delivered=True,
                    clicked=review is not None or fate > 0.4,
                    review=review,
                )
            answers = _survey(Path(folder), rng, customers // 3, customers)
            surveys.import_survey(session, campaign_id, answers, translate=translate or _identity)
            for platform, day, rating in RATINGS:
                figures.record_rating(session, client_id, platform, day, rating)
    return campaign_id
