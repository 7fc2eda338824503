"""A coffee shop's review campaign, as a planner would set it up, for the review tests."""

from __future__ import annotations

import datetime as dt

from smmdesk.domain.reviews.campaign import (
    Channel,
    Invitation,
    ReviewCampaign,
    ReviewPlatform,
    Trigger,
    TriggerEvent,
)

RU_TEMPLATE = (
    "{name}, {sender} просит оценить {subject}. Отзыв появится {where}; {shown}. "
    "Оставить отзыв: {link}\n{opt_out}"
)


def make_campaign(**changes: object) -> ReviewCampaign:
    values: dict[str, object] = {
        "title": "Отзывы декабря",
        "platforms": (ReviewPlatform.YANDEX_MAPS, ReviewPlatform.TWO_GIS),
        "trigger": Trigger(TriggerEvent.PURCHASE, 3),
        "channel": Channel.SMS,
        "invitation": Invitation(
            sender="Кофейня «Зерно»",
            subject="заказ {order} от {date}",
            where="на Яндекс Картах и в 2ГИС",
            shown="ваше имя и отзыв увидят все",
            template=RU_TEMPLATE,
        ),
        "base_link": "https://zerno.ru/r/",
        "reminder_days": (3, 7),
        "opt_out": "Ответьте СТОП, и мы больше не напишем.",
    }
    values.update(changes)
    return ReviewCampaign(**values)  # type: ignore[arg-type]


DAY = dt.date(2026, 12, 1)
