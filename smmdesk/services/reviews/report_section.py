"""The review campaigns' section of a brand's reputation report: one row per campaign with its
funnel, conversion, mean stars, NPS and CSAT (all by `domain.reviews.figures`, over the whole
campaign), in Russian as the rest of the client document."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.report import COUNT, DECIMAL, TEXT, Column, Table
from smmdesk.domain.reviews.score_split import ScoreSplit
from smmdesk.services.reviews.campaigns import campaigns_of
from smmdesk.services.reviews.figures import campaign_figures
from smmdesk.storage.models import ReviewWave

TITLE = "Отзывы"
SHEET = "Отзывы"


def review_table(session: Session, client_id: int) -> Table | None:
    """The brand's campaigns and their figures, or None when it has no campaign."""
    found = campaigns_of(session, client_id)
    if not found:
        return None
    columns = [
        Column("Кампания", TEXT, 28),
        Column("Запросов", COUNT, 10),
        Column("Доставлено", COUNT, 11),
        Column("Переходов", COUNT, 10),
        Column("Отзывов", COUNT, 9),
        Column("Конверсия, %", DECIMAL, 12),
        Column("Средняя оценка", DECIMAL, 10),
        Column("NPS", DECIMAL, 8),
        Column("CSAT, %", DECIMAL, 9),
    ]
    rows = []
    for ident, title, finished_on in reversed(found):
        made = campaign_figures(session, ident)
        funnel = made.funnel
        shown = f"{title} (завершена {finished_on:%d.%m.%Y})" if finished_on else title
        rows.append(
            [shown, funnel.requests, funnel.delivered, funnel.clicked, funnel.reviews, funnel.conversion,
             made.stars, made.nps.value, made.csat.value]
        )  # fmt: skip
    notes = [
        "Конверсия — оставленные отзывы ÷ доставленные запросы × 100. NPS — (промоутеры 9–10 − критики "
        "0–6) ÷ ответившие × 100; CSAT — доля оценок 4 и 5 из 5. За всё время кампании.",
        _selection_note(session, {ident: title for ident, title, _ in found}),
    ]
    return Table(TITLE, columns, rows, notes=notes)


def _selection_note(session: Session, titles: dict[int, str]) -> str:
    """«Без отбора по оценке» only when every wave asked the survey's score groups in the same share;
    otherwise the waves that did not (or whose split was not recorded) are named."""
    uneven = []
    waves = session.execute(
        select(ReviewWave.campaign_id, ReviewWave.number, ReviewWave.score_groups)
        .where(ReviewWave.campaign_id.in_(titles))
        .order_by(ReviewWave.campaign_id, ReviewWave.number)
    )
    for campaign_id, number, groups in waves:
        split = ScoreSplit.from_json(groups)
        if split is None or not split.even:
            uneven.append(f"«{titles[campaign_id]}», волна {number}")
    if not uneven:
        return (
            "Каждый клиент с согласием получает один и тот же запрос, без отбора по оценке и без "
            "вознаграждения; сотрудникам запросы не отправляются."
        )
    return (
        "Каждый клиент с согласием получает один и тот же запрос, без вознаграждения; сотрудникам "
        "запросы не отправляются. Доля получивших запрос среди ответивших на опрос различалась по "
        "группам оценки или не записана: " + "; ".join(uneven) + " (см. журнал соответствия волны)."
    )
