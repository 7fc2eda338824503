"""The demo's reputation for its first client («Ромашка»): November's mentions from two services
(YouScan and Brand Analytics) that overlap, a brand list and three queries, the service chosen, and
the answering work under way — some mentions answered in time, some late, some still overdue.

The exports are written as the services write them and imported through the real import, so the
demo holds what an import makes (links as imported, sightings, deadlines by the SLA).
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path
from typing import Any

from smmdesk.storage.database import Database

BRAND = "Ромашка"
TEXTS = {
    "negative": (
        "Заказала крем в «{b}», курьер опоздал на три часа и даже не позвонил",
        "Доставка из «{b}» снова сорвалась, второй раз за месяц",
        "Сыворотка {b} вызвала раздражение, хочу вернуть деньги",
        "В магазине {b} на Тверской нахамили на кассе",
        "Пришёл заказ {b} с разбитым флаконом, поддержка молчит",
    ),
    "positive": (
        "Обожаю новую линейку {b}, кожа правда стала мягче",
        "Спасибо {b} за быструю доставку и подарок в коробке",
        "Консультант в {b} помогла подобрать уход, очень довольна",
    ),
    "neutral": (
        "Кто-нибудь пробовал осеннюю коллекцию {b}?",
        "{b} открывает магазин в Казани в декабре",
        "Сравнила цены {b} и других брендов в каталоге",
    ),
}
PLACES = (
    ("vk.com", "social", "https://vk.com/wall-{n}_{m}"),
    ("t.me", "messenger", "https://t.me/chan{n}/{m}"),
    ("otzovik.com", "reviews", "https://otzovik.com/review_{n}{m}.html"),
    ("yandex.ru", "reviews", "https://yandex.ru/maps/org/{n}{m}/reviews"),
    ("dzen.ru", "blog", "https://dzen.ru/a/r{n}x{m}"),
    ("lenta.ru", "media", "https://lenta.ru/news/2026/11/{n}{m}"),
)
AUTHORS = ("Анна Белова", "Ирина Смирнова", "Олег Петров", "Мария Соколова", "Денис Козлов", "Ольга Лебедева")
COUNT = 90  # distinct mentions
SHARED = 40  # of them seen by both services


def _rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    start = dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
    for number in range(COUNT):
        sentiment = rng.choices(("negative", "positive", "neutral"), (4, 3, 3))[0]
        place, kind, link = rng.choice(PLACES)
        published = start + dt.timedelta(minutes=rng.randrange(0, 27 * 24 * 60))
        rows.append(
            {
                "id": f"r{number:04d}",
                "link": link.format(n=1000 + number, m=rng.randrange(100, 999)),
                "published": published,
                "delay": dt.timedelta(minutes=rng.randrange(3, 240)),
                "place": place,
                "kind": kind,
                "author": rng.choice(AUTHORS),
                "sentiment": sentiment,
                "text": rng.choice(TEXTS[sentiment]).format(b=BRAND),
                "followers": str(rng.randrange(200, 60_000)),
            }
        )
    return rows


WORDS = {"negative": "негатив", "positive": "позитив", "neutral": "нейтрально"}
BA_WORDS = {"negative": "Негативная", "positive": "Позитивная", "neutral": "Нейтральная"}


def _write_exports(rows: list[dict[str, Any]], folder: Path, rng: random.Random) -> tuple[Path, Path]:
    from smmdesk.io.safe_text import write_csv_rows

    moscow = dt.timezone(dt.timedelta(hours=3))
    youscan = [
        (
            "ID",
            "Дата публикации",
            "Дата добавления",
            "Автор",
            "Подписчики автора",
            "Место публикации",
            "Тип источника",
            "Текст",
            "Тональность",
            "Ссылка",
        )
    ]
    brand_analytics = [
        (
            "Дата",
            "Время",
            "Площадка",
            "Автор",
            "Текст сообщения",
            "Тональность",
            "Ссылка на публикацию",
            "Аудитория",
        )
    ]
    for index, row in enumerate(rows):
        published: dt.datetime = row["published"]
        local = published.astimezone(moscow)
        collected = (published + row["delay"]).astimezone(moscow)
        in_youscan = index < COUNT - (COUNT - SHARED) // 2
        in_ba = index >= COUNT - SHARED - (COUNT - SHARED) // 2
        if in_youscan:
            youscan.append(
                (
                    row["id"],
                    f"{local:%d.%m.%Y %H:%M:%S}",
                    f"{collected:%d.%m.%Y %H:%M:%S}",
                    row["author"],
                    row["followers"],
                    row["place"],
                    row["kind"],
                    row["text"],
                    WORDS[row["sentiment"]],
                    row["link"] + "?utm_source=youscan",
                )
            )
        if in_ba:
            brand_analytics.append(
                (
                    f"{local:%d.%m.%Y}",
                    f"{local:%H:%M}",
                    row["place"],
                    row["author"],
                    row["text"],
                    BA_WORDS[row["sentiment"]],
                    row["link"],
                    row["followers"],
                )
            )
    first, second = folder / "youscan_ноябрь.csv", folder / "brandanalytics_ноябрь.csv"
    write_csv_rows(first, youscan)
    write_csv_rows(second, brand_analytics)
    return first, second


def add_reputation(db: Database, rng: random.Random, client_id: int = 1) -> int:
    """Returns how many distinct mentions the demo's brand has."""
    from smmdesk.domain.reputation.query.tree import Purpose
    from smmdesk.domain.reputation.workflow import Level
    from smmdesk.services.reputation import brands, choice, library, mentions
    from smmdesk.services.reputation import mention_import as imp
    from smmdesk.services.reputation.queue import QueueFilter, queue

    rows = _rows(rng)
    with tempfile.TemporaryDirectory() as folder:
        exports = _write_exports(rows, Path(folder), rng)
        with db.transaction() as session:
            brands.update_brand(session, client_id, {"mentions_per_day": 40, "response_hours": 4})
            for level, approver, backup in (
                (Level.L0, "Ольга Лебедева, комьюнити-менеджер", "Денис Козлов"),
                (Level.L1, "Мария Соколова, аккаунт-менеджер", "Олег Петров"),
                (Level.L2, "PR-служба «Ромашки»", "Анна Белова"),
                (Level.L3, "Генеральный директор и юрист «Ромашки»", "Заместитель директора"),
            ):
                brands.set_rung(session, client_id, level, approver, backup)
            for path, service in zip(exports, ("YouScan", "Brand Analytics"), strict=True):
                imp.apply_import(session, imp.preview_import(session, client_id, path, service=service))
    with db.transaction() as session:
        library.save_list(session, client_id, "бренд", ["Ромашка", '"Ромашки"', "romashka", "hjvfirf"])
        library.save_list(session, client_id, "вакансии", ["вакан*", "резюме", "hh.ru"])
        library.save_query(session, client_id, "Бренд", "{бренд} NOT {вакансии}", Purpose.BRAND)
        library.save_query(
            session, client_id, "Доставка", "{бренд} AND (доставк* OR курьер)", Purpose.PRODUCT
        )
        crisis = "{бренд} NEAR/5 (раздражение OR вернуть)"
        library.save_query(session, client_id, "Кризис", crisis, Purpose.CRISIS)
        choice.choose(session, client_id, "Brand Analytics", dt.date(2026, 11, 1))
        end = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
        waiting = queue(session, client_id, QueueFilter(), limit=None, now=end)
        dated = [(r, r.deadline) for r in waiting.rows if r.deadline is not None]
        for number, (row, deadline) in enumerate(dated[: len(dated) * 2 // 3]):
            late = number % 4 == 3  # one in four answered after its deadline
            at = deadline + (dt.timedelta(hours=2) if late else -dt.timedelta(minutes=rng.randrange(5, 60)))
            category = "delivery" if "оставк" in row.text or "урьер" in row.text else "quality"
            work = {"category": category, "status": "in_work", "responsible": "Ольга Лебедева"}
            mentions.update_mention(session, row.id, work)
            name = row.author.split()[0] if row.author else "Здравствуйте"
            text = (
                f"{name}, спасибо, что написали. Разбираемся, ответим в личных сообщениях. — Ольга, {BRAND}"
            )
            mentions.add_reply(session, row.id, text, at, "Ольга Лебедева")
            mentions.update_mention(session, row.id, {"status": "answered"})
    return COUNT
