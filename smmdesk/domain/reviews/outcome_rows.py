"""What came back from a wave, as an SMS or mail service's report (or the planner's own table) has it.

Each row names the request by its short link, else by the phone or e-mail it went to; then its
delivery status, whether the link was clicked, and the review left (platform, stars, its link, its
date). A status is read from the services' words («доставлено», «delivered», «не доставлено»,
«failed»…); a row that names no request is listed with the reason, and so is each value not taken.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from smmdesk.domain.cell_values import parse_day, parse_yes_no
from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.header_match import locate_header
from smmdesk.domain.import_columns import FieldDef, vocabulary_of
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.customers import normalize_email, normalize_phone
from smmdesk.domain.reviews.survey_rows import parse_score
from smmdesk.domain.text import QT_TRANSLATE_NOOP

OUTCOME_FIELDS: tuple[FieldDef, ...] = (
    FieldDef("link", QT_TRANSLATE_NOOP("ImportFields", "Link"),
             ("ссылка", "короткая ссылка", "link", "short link", "url")),
    FieldDef("contact", QT_TRANSLATE_NOOP("ImportFields", "Phone or e-mail"),
             ("телефон", "номер", "получатель", "адресат", "e-mail", "email", "почта",
              "phone", "recipient", "to", "msisdn", "address")),
    FieldDef("status", QT_TRANSLATE_NOOP("ImportFields", "Delivery status"),
             ("статус", "статус доставки", "доставлено", "доставка",
              "status", "delivery status", "delivered")),
    FieldDef("clicked", QT_TRANSLATE_NOOP("ImportFields", "Clicked"),
             ("переход", "переходы", "клик", "клики", "перешел по ссылке",
              "clicked", "clicks", "click")),
    FieldDef("platform", QT_TRANSLATE_NOOP("ImportFields", "Review platform"),
             ("площадка", "платформа", "площадка отзыва", "platform", "review platform", "site")),
    FieldDef("stars", QT_TRANSLATE_NOOP("ImportFields", "Stars"),
             ("звезды", "оценка", "рейтинг", "stars", "rating", "score")),
    FieldDef("review_link", QT_TRANSLATE_NOOP("ImportFields", "Review link"),
             ("ссылка на отзыв", "отзыв", "review link", "review url", "review")),
    FieldDef("review_date", QT_TRANSLATE_NOOP("ImportFields", "Review date"),
             ("дата отзыва", "review date", "reviewed on")),
)  # fmt: skip

NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "{name} has no header row naming the link or the phone or e-mail each request went to."
)
NO_REQUEST = QT_TRANSLATE_NOOP("Errors", "no link, phone or e-mail to find the request by")
NOT_TAKEN = QT_TRANSLATE_NOOP("Errors", "{field} not understood: “{text}”")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "Errors", "the status “{text}” says neither delivered nor not delivered: the delivery is left unknown"
)
PLATFORM_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP(
    "Errors",
    "the review's platform “{text}” is not understood: the review is not taken, the delivery and the "
    "click are",
)
FUTURE_REVIEW = QT_TRANSLATE_NOOP(
    "Errors",
    "the review is dated {date}, after today: the review is not taken, the delivery and the click are",
)

_DELIVERED = ("доставлено", "доставлен", "delivered", "success", "успешно", "прочитано", "read", "opened",
              "открыто", "ok")  # fmt: skip
_UNDELIVERED = ("не доставлено", "не доставлен", "undelivered", "failed", "ошибка", "error", "rejected",
                "отклонено", "expired", "bounced", "bounce", "просрочено")  # fmt: skip
# On its way, not yet known: the operator took it, it is queued or sent without a report.
_PENDING = ("передано", "отправлено", "в очереди", "в пути", "ожидает", "принято", "sent", "queued",
            "pending", "accepted", "enroute", "submitted", "buffered")  # fmt: skip
_PLATFORMS: dict[str, ReviewPlatform] = {
    "яндекс": ReviewPlatform.YANDEX_MAPS, "yandex": ReviewPlatform.YANDEX_MAPS,
    "2гис": ReviewPlatform.TWO_GIS, "2gis": ReviewPlatform.TWO_GIS,
    "отзовик": ReviewPlatform.OTZOVIK, "otzovik": ReviewPlatform.OTZOVIK,
    "ozon": ReviewPlatform.MARKETPLACE, "озон": ReviewPlatform.MARKETPLACE,
    "wildberries": ReviewPlatform.MARKETPLACE, "вайлдберриз": ReviewPlatform.MARKETPLACE,
    "маркетплейс": ReviewPlatform.MARKETPLACE, "marketplace": ReviewPlatform.MARKETPLACE,
    "сайт": ReviewPlatform.BRAND_SITE, "site": ReviewPlatform.BRAND_SITE,
}  # fmt: skip


@dataclass(frozen=True)
class OutcomeRow:
    row: int
    link: str
    contact: str  # +7… or an e-mail, "" when not given
    delivered: bool | None  # None: the file does not say
    clicked: bool | None
    platform: ReviewPlatform | None
    stars: int | None
    review_link: str
    review_day: dt.date | None


@dataclass(frozen=True)
class OutcomeImport:
    rows: tuple[OutcomeRow, ...]
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]


class PendingStatus(ValueError):
    """A status that says the message is on its way: neither delivered nor not."""


def parse_status(text: str) -> bool | None:
    folded = " ".join(text.strip().lower().replace("ё", "е").split())
    if not folded:
        return None
    if folded.startswith(_UNDELIVERED):
        return False
    if folded.startswith(_DELIVERED):
        return True
    if folded.startswith(_PENDING):
        raise PendingStatus(folded)
    yes_no = parse_yes_no(folded)
    if yes_no is None:
        raise ValueError(folded)
    return yes_no


def parse_platform(text: str) -> ReviewPlatform | None:
    folded = text.strip().lower().replace("ё", "е")
    if not folded:
        return None
    for value in ReviewPlatform:
        if folded == value.value:
            return value
    for word, platform in _PLATFORMS.items():
        if word in folded:
            return platform
    raise ValueError(folded)


def parse_clicks(text: str) -> bool | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if cleaned.isdigit():
        return int(cleaned) > 0
    return parse_yes_no(cleaned)


def _contact(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        return ""
    return normalize_email(cleaned) if "@" in cleaned else normalize_phone(cleaned)


def _day(text: str) -> dt.date | None:
    return parse_day(text) if text.strip() else None


_READERS = {
    "contact": (_contact, QT_TRANSLATE_NOOP("ImportFields", "Phone or e-mail")),
    "status": (parse_status, QT_TRANSLATE_NOOP("ImportFields", "Delivery status")),
    "clicked": (parse_clicks, QT_TRANSLATE_NOOP("ImportFields", "Clicked")),
    "platform": (parse_platform, QT_TRANSLATE_NOOP("ImportFields", "Review platform")),
    "stars": (lambda text: parse_score(text, 1, 5), QT_TRANSLATE_NOOP("ImportFields", "Stars")),
    "review_date": (_day, QT_TRANSLATE_NOOP("ImportFields", "Review date")),
}  # fmt: skip


def read_outcomes(rows: Sequence[Sequence[str]], name: str, today: dt.date | None = None) -> OutcomeImport:
    """What came back, row by row; ImportFileError when no column names the request. A row that
    names no request is skipped with the reason; one whose review's platform is not understood, or
    whose review is dated after `today`, keeps its delivery and click and loses only the review, with
    a warning saying why; a status on its way («Передано оператору») leaves the delivery unknown,
    with a warning."""
    found = locate_header(rows, vocabulary_of(OUTCOME_FIELDS), frozenset(("link", "contact")))
    if found is None:
        raise ImportFileError(NO_HEADER, name=name)
    header, mapping = found
    columns = {key: index for index, key in mapping.items()}
    out: list[OutcomeRow] = []
    skipped: list[RowNote] = []
    warnings: list[RowNote] = []
    for number, cells in enumerate(rows[header + 1 :], start=header + 2):
        if not any(cells):
            continue
        values = {key: (cells[i] if i < len(cells) else "") for key, i in columns.items()}
        joined = " | ".join(c for c in cells if c)
        read: dict[str, object] = {}
        review_refused: RowNote | None = None  # the review not taken; the delivery and click are
        for key, (convert, label) in _READERS.items():
            try:
                read[key] = convert(values.get(key, ""))
            except PendingStatus:
                read[key] = None
                warnings.append(RowNote(number, UNKNOWN_STATUS, {"text": values[key]}, joined))
            except ValueError:
                read[key] = None
                if key == "platform":
                    review_refused = RowNote(number, PLATFORM_NOT_UNDERSTOOD, {"text": values[key]}, joined)
                else:
                    warnings.append(RowNote(number, NOT_TAKEN, {"field": label, "text": values[key]}, joined))
        day = read["review_date"]
        if review_refused is None and today is not None and isinstance(day, dt.date) and day > today:
            review_refused = RowNote(number, FUTURE_REVIEW, {"date": day.strftime("%d.%m.%Y")}, joined)
        link = values.get("link", "").strip()
        contact = str(read["contact"] or "")
        if not (link or contact):
            skipped.append(RowNote(number, NO_REQUEST, cells=joined))
            continue
        review = (read["platform"], read["stars"], values.get("review_link", "").strip(), day)
        if review_refused is not None:
            warnings.append(review_refused)
            review = (None, None, "", None)
        out.append(
            OutcomeRow(number, link, contact, read["status"], read["clicked"], *review)  # type: ignore[arg-type]
        )
    return OutcomeImport(tuple(out), tuple(skipped), tuple(warnings))
