"""A survey service's export (Yandex Forms, Google Forms, Anketolog, Testograf…) → NPS and CSAT answers.

NPS is a 0–10 answer to "how likely are you to recommend us", CSAT a 1–5 answer to "how satisfied
are you"; a cell like "9", "9 из 10", "4/5" or "★★★★" is read, anything else (or a score off the
scale) is listed with the reason and left out. An empty answer is no answer: not a respondent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from smmdesk.domain.cell_values import parse_moment
from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.header_match import locate_header
from smmdesk.domain.import_columns import FieldDef, vocabulary_of
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.text import QT_TRANSLATE_NOOP

SURVEY_FIELDS: tuple[FieldDef, ...] = (
    FieldDef(
        "nps",
        QT_TRANSLATE_NOOP("ImportFields", "NPS (0–10)"),
        ("nps", "оценка nps", "индекс nps", "готовность рекомендовать", "вероятность рекомендации",
         "насколько вероятно", "порекомендуете ли вы", "how likely", "likelihood to recommend",
         "would you recommend", "recommend", "ltr"),
    ),
    FieldDef(
        "csat",
        QT_TRANSLATE_NOOP("ImportFields", "CSAT (1–5)"),
        ("csat", "удовлетворенность", "оценка удовлетворенности", "насколько вы довольны",
         "оцените качество", "оценка качества", "оценка сервиса", "оценка обслуживания",
         "satisfaction", "how satisfied", "customer satisfaction", "rate your experience"),
    ),
    FieldDef(
        "date",
        QT_TRANSLATE_NOOP("ImportFields", "Date"),
        ("дата", "дата ответа", "время ответа", "дата и время", "время", "дата заполнения", "отметка времени",
         "время создания", "дата создания", "время заполнения", "дата прохождения", "время окончания",
         "date", "submitted", "submitted at", "timestamp", "completed", "created", "response date",
         "end date", "date submitted", "submit date"),
    ),
    FieldDef(
        "channel",
        QT_TRANSLATE_NOOP("ImportFields", "Channel"),
        ("канал", "источник", "канал опроса", "channel", "source", "utm_source", "collector"),
    ),
    FieldDef(
        "respondent",
        QT_TRANSLATE_NOOP("ImportFields", "Respondent"),
        ("респондент", "клиент", "e-mail", "email", "почта", "телефон", "id респондента", "id клиента",
         "ваш телефон", "ваш номер телефона", "номер телефона", "контактный телефон", "моб. телефон",
         "мобильный телефон", "ваш e-mail", "ваш email", "ваша почта", "эл. адрес", "эл. почта",
         "электронная почта", "адрес электронной почты", "как с вами связаться", "контакт", "контакты",
         "respondent", "respondent id", "user id", "client id", "customer", "phone", "your phone",
         "phone number", "mobile", "email address", "your email", "e-mail address", "contact"),
    ),
    FieldDef(
        "order",
        QT_TRANSLATE_NOOP("ImportFields", "Order"),
        ("заказ", "номер заказа", "№ заказа", "ваш номер заказа", "номер чека", "order", "order id",
         "order number", "your order number"),
    ),
    FieldDef(
        "comment",
        QT_TRANSLATE_NOOP("ImportFields", "Comment"),
        ("комментарий", "отзыв", "что улучшить", "что нам улучшить", "что нам стоит улучшить",
         "что можно улучшить", "что нам сделать лучше", "почему", "почему такая оценка",
         "ваш комментарий", "пожелания", "ваши пожелания", "расскажите подробнее",
         "comment", "comments", "feedback", "why", "what could we improve", "what can we improve",
         "what should we improve", "tell us more", "any other comments"),
    ),
)  # fmt: skip

NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "{name} has no header row naming an NPS (0–10) or a CSAT (1–5) column."
)
OFF_SCALE = QT_TRANSLATE_NOOP(
    "Errors", "{field} answer not taken (not a score from {low} to {high}): “{text}”"
)
DATE_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("Errors", "date not understood: “{text}”")
NO_ANSWER = QT_TRANSLATE_NOOP("Errors", "no NPS or CSAT answer")

_SCALES = {"nps": (0, 10), "csat": (1, 5)}
_SCORE = re.compile(r"^(\d{1,2})(?:[.,]0+)?(?:\s*(?:из|/|of|out of)\s*(?:10|5))?(?:\s*[-–—:.]\s*\D.*)?$")
_CHANNEL_WORDS = {
    "sms": ("sms", "смс"),
    "email": ("email", "e-mail", "почта", "mail", "рассылка"),
    "qr": ("qr", "qr-код", "qr код", "чек", "receipt"),
}


@dataclass(frozen=True)
class SurveyAnswer:
    row: int  # 1-based, as the spreadsheet numbers rows
    answered_at: dt.datetime | None
    channel: str  # sms, email, qr, or the service's own word as written (lower case)
    nps: int | None
    csat: int | None
    respondent: str = ""
    order: str = ""
    comment: str = ""

    @property
    def day(self) -> dt.date | None:
        return self.answered_at.date() if self.answered_at else None


@dataclass(frozen=True)
class SurveyImport:
    answers: tuple[SurveyAnswer, ...]
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]
    header_row: int


@lru_cache(maxsize=512)
def parse_score(text: str, low: int, high: int) -> int | None:
    """'9', '9 из 10', '4/5', '10 — точно порекомендую', '★★★★' → the score; None for an empty
    cell; ValueError for text that is no score on the scale."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    if cleaned and set(cleaned) <= {"★", "☆", "⭐", " "}:
        value = cleaned.count("★") + cleaned.count("⭐")
    else:
        found = _SCORE.match(cleaned)
        if not found:
            raise ValueError(cleaned)
        value = int(found.group(1))
    if not low <= value <= high:
        raise ValueError(cleaned)
    return value


@lru_cache(maxsize=256)
def normalize_channel(text: str) -> str:
    folded = " ".join(text.strip().lower().replace("ё", "е").split())
    for code, words in _CHANNEL_WORDS.items():
        if folded in words or folded.startswith(words):
            return code
    return folded


def read_survey(rows: Sequence[Sequence[str]], name: str) -> SurveyImport:
    """The answers of a survey export's rows; ImportFileError when no NPS or CSAT column is named."""
    found = locate_header(rows, vocabulary_of(SURVEY_FIELDS), frozenset(("nps", "csat")))
    if found is None:
        raise ImportFileError(NO_HEADER, name=name)
    header, mapping = found
    return parse_answers(rows[header + 1 :], header + 2, mapping, header + 1)


def parse_answers(
    data: Sequence[Sequence[str]], first_number: int, mapping: dict[int, str], header_row: int = 1
) -> SurveyImport:
    columns = {key: index for index, key in mapping.items()}
    answers: list[SurveyAnswer] = []
    skipped: list[RowNote] = []
    warnings: list[RowNote] = []
    labels = {"nps": "NPS", "csat": "CSAT"}
    for number, cells in enumerate(data, start=first_number):
        if not any(cells):
            continue
        values = {key: (cells[i] if i < len(cells) else "") for key, i in columns.items()}
        joined = " | ".join(c for c in cells if c)
        scores: dict[str, int | None] = {}
        for key, (low, high) in _SCALES.items():
            try:
                scores[key] = parse_score(values.get(key, ""), low, high)
            except ValueError:
                scores[key] = None
                params = {"field": labels[key], "low": low, "high": high, "text": values[key]}
                warnings.append(RowNote(number, OFF_SCALE, params, joined))
        if scores["nps"] is None and scores["csat"] is None:
            skipped.append(RowNote(number, NO_ANSWER, cells=joined))
            continue
        try:
            answered_at = parse_moment(values.get("date", ""))
        except ValueError:
            answered_at = None
            warnings.append(RowNote(number, DATE_NOT_UNDERSTOOD, {"text": values["date"]}, joined))
        answers.append(
            SurveyAnswer(
                row=number,
                answered_at=answered_at,
                channel=normalize_channel(values.get("channel", "")),
                nps=scores["nps"],
                csat=scores["csat"],
                respondent=values.get("respondent", "").strip(),
                order=values.get("order", "").strip(),
                comment=values.get("comment", "").strip(),
            )
        )
    return SurveyImport(tuple(answers), tuple(skipped), tuple(warnings), header_row)
