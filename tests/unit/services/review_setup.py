"""A coffee shop's review campaign in a database, its customers' and survey files, for the tests of
the review services and commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from smmdesk.domain.reviews.campaign import Channel, Invitation, ReviewCampaign, ReviewPlatform, Trigger

CUSTOMER_HEADER = "ФИО;Телефон;E-mail;№ заказа;Дата покупки;Согласие на рассылку;Сотрудник"
# (name, phone, e-mail, order, day, consent, staff) as a shop's CRM writes them
CUSTOMERS = [
    ("Анна Петрова", "8 (916) 123-45-67", "Anna@Mail.RU", "A-1", "01.12.2026", "да", ""),
    ("Борис Смирнов", "+7 916 222 33 44", "", "A-2", "01.12.2026", "да", "нет"),
    ("Вера Кассирова", "8 916 555 00 11", "", "A-3", "01.12.2026", "да", "да"),  # on the staff
    ("Глеб Молчанов", "9164440000", "", "A-4", "01.12.2026", "нет", ""),  # no consent
    ("Дина Новая", "8 916 777 88 99", "", "A-5", "06.12.2026", "да", ""),  # not due yet on the 5th
    ("", "", "", "", "02.12.2026", "да", ""),  # no phone, e-mail or order: skipped
]
PHONES = {
    "Анна Петрова": "+79161234567",
    "Борис Смирнов": "+79162223344",
    "Вера Кассирова": "+79165550011",
    "Глеб Молчанов": "+79164440000",
    "Дина Новая": "+79167778899",
}
DAY = dt.date(2026, 12, 5)
FINISHED_ON = dt.date(2026, 11, 30)  # a campaign finishes today or before, never after today


def coffee_campaign(**changes: Any) -> ReviewCampaign:
    values: dict[str, Any] = {
        "title": "Отзывы декабря",
        "platforms": (ReviewPlatform.YANDEX_MAPS, ReviewPlatform.TWO_GIS),
        "trigger": Trigger(days=3),
        "channel": Channel.SMS,
        "invitation": Invitation(
            sender="Кофейня «Зерно»",
            subject="заказ {order} от {date}",
            where="на Яндекс Картах и в 2ГИС",
            shown="ваше имя и отзыв увидят все",
            template="{name}, {sender} просит оценить {subject}. Отзыв появится {where}; {shown}. "
            "Оставить отзыв: {link}\n{opt_out}",
        ),
        "base_link": "https://zerno.ru/r/",
        "reminder_days": (3,),
        "opt_out": "Ответьте СТОП, и мы больше не напишем.",
    }
    values.update(changes)
    return ReviewCampaign(**values)


def write_customers(path: Path, rows: list[tuple[str, ...]] = CUSTOMERS, encoding: str = "cp1251") -> Path:
    lines = [CUSTOMER_HEADER, *(";".join(r) for r in rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding=encoding)
    return path


SURVEY_HEADER = (
    "Отметка времени;Насколько вероятно, что вы порекомендуете нас друзьям?;Оцените качество;"
    "Телефон;Комментарий;Канал"
)
# (time, NPS, CSAT, phone, comment, channel)
ANSWERS = [
    ("06.12.2026 10:00", "10", "5", "8 916 123-45-67", "", "SMS"),
    ("06.12.2026 11:00", "9 — точно порекомендую", "5", "", "", "SMS"),
    ("07.12.2026 12:00", "9", "4", "", "", "e-mail"),
    ("07.12.2026 13:00", "8", "4", "", "", "e-mail"),
    ("08.12.2026 09:30", "3", "2", "+7 916 222 33 44", "Кофе был холодный", "SMS"),
    ("08.12.2026 18:00", "6", "3", "", "Долго ждал", "QR"),
    ("09.12.2026 18:00", "", "", "", "", "SMS"),  # no answer: not a respondent
    ("09.12.2026 19:00", "11", "", "", "", "SMS"),  # off the scale: left out with the reason
]


def write_survey(path: Path, rows: list[tuple[str, ...]] = ANSWERS) -> Path:
    lines = [SURVEY_HEADER, *(";".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
