"""The review campaigns' section of a brand's reputation report: one row per campaign with its
funnel, conversion, mean stars, NPS and CSAT (all by `domain.reviews.figures`, over the whole
campaign), in Russian as the rest of the client document."""

from __future__ import annotations

from sqlalchemy.orm import Session

from smmdesk.domain.report import COUNT, DECIMAL, TEXT, Column, Table
from smmdesk.services.reviews.campaigns import campaigns_of
from smmdesk.services.reviews.figures import campaign_figures

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
    for ident, title, _ in reversed(found):
        made = campaign_figures(session, ident)
        funnel = made.funnel
        rows.append(
            [title, funnel.requests, funnel.delivered, funnel.clicked, funnel.reviews, funnel.conversion,
             made.stars, made.nps.value, made.csat.value]
        )  # fmt: skip
    notes = [
        "Конверсия — оставленные отзывы ÷ доставленные запросы × 100. NPS — (промоутеры 9–10 − критики "
        "0–6) ÷ ответившие × 100; CSAT — доля оценок 4 и 5 из 5. За всё время кампании.",
        "Каждый клиент с согласием получает один и тот же запрос, без отбора по оценке и без "
        "вознаграждения; сотрудникам запросы не отправляются.",
    ]
    return Table(TITLE, columns, rows, notes=notes)
