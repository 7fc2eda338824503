"""Benchmark inputs for the Репутация section: short mention texts and a service export of 500,000 rows."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
BRANDS = ("Северный Ветер", "ВкусВилл", "Северного Ветра", "вкусвилле", "Severny Veter")
OPENINGS = (
    "Заказал доставку в {b}, курьер опоздал на два часа",
    "Купила куртку {b}, шов разошёлся через неделю",
    "Спасибо {b} за быструю доставку, всё пришло целым",
    "Ужасное обслуживание в {b}: грубый администратор",
    "Сравниваю цены: {b} и конкуренты, пока не решил",
    "{b} открывает магазин в Казани в декабре",
    "Вакансия продавца в {b}, зарплата от 60 тысяч",
    "Кто-нибудь знает, до скольки работает {b} на Тверской?",
    "Списали деньги дважды, поддержка {b} молчит третий день",
    "Обожаю новую коллекцию, качество отличное, спасибо {b}",
)
TAILS = ("", " Больше не приду.", " Рекомендую!", " Доставкой доволен.", " Возврат не принимают.", " #отзыв")
SITES = (
    "vk.com/wall-{n}_{m}",
    "t.me/chan{m}/{n}",
    "dzen.ru/a/{n}x{m}",
    "otzovik.com/review_{n}.html",
    "yandex.ru/maps/org/{n}/reviews",
    "lenta.ru/news/2026/11/{n}",
    "instagram.com/p/{n}k{m}",
)
SENTIMENTS = ("Позитивная", "Негативная", "Нейтральная", "не определена")
AUTHORS = (
    "Анна Смирнова",
    "Сергей Волков",
    "Ольга Лебедева",
    "Илья Морозов",
    "Павел Никитин",
    "Ирина Фёдорова",
)


def mention_texts(count: int, seed: int = 14) -> list[str]:
    """Short mention texts of the kind the services collect, one brand spelling each."""
    rng = random.Random(seed)
    return [
        rng.choice(OPENINGS).format(b=rng.choice(BRANDS)) + rng.choice(TAILS) + f" {rng.randrange(1000)}"
        for _ in range(count)
    ]


def big_mentions_csv(rows: int = 500_000) -> Path:
    """A Brand Analytics–style export (cp1251, `;`, date and time in two columns), made once and kept."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"mentions_{rows}.csv"
    if path.exists():
        return path
    rng = random.Random(500)
    start = dt.datetime(2026, 11, 1)
    texts = mention_texts(rows)
    with path.open("w", encoding="cp1251", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(
            ["Дата", "Время", "Площадка", "Автор", "Текст сообщения", "Тональность", "Ссылка", "Аудитория"]
        )
        for index in range(rows):
            moment = start + dt.timedelta(seconds=rng.randrange(30 * 86400))
            site = rng.choice(SITES).format(n=index, m=rng.randrange(100))
            scheme = rng.choice(("http://", "https://", "https://www."))
            tracker = rng.choice(("", "?utm_source=monitoring", "/?from=feed", "/"))
            out.writerow([
                moment.strftime("%d.%m.%Y"), moment.strftime("%H:%M"), site.split("/")[0],
                rng.choice(AUTHORS), texts[index], rng.choice(SENTIMENTS), scheme + site + tracker,
                rng.randrange(100, 300_000),
            ])  # fmt: skip
    return path
