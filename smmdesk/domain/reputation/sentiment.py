"""Sentiment as RULES.md reads the services' words: positive, neutral, negative or unknown.

The service's own word is kept beside the normalized value (a `SentimentReading`), so the planner
sees what the service said and may correct it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain.text import QT_TRANSLATE_NOOP


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"


SENTIMENT_LABELS: dict[Sentiment, str] = {
    Sentiment.POSITIVE: QT_TRANSLATE_NOOP("Reputation", "Positive"),
    Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("Reputation", "Neutral"),
    Sentiment.NEGATIVE: QT_TRANSLATE_NOOP("Reputation", "Negative"),
    Sentiment.UNKNOWN: QT_TRANSLATE_NOOP("Reputation", "Unknown"),
}

_WORDS: dict[str, Sentiment] = {
    **dict.fromkeys(("позитив", "позитивная", "positive", "pos", "1", "+"), Sentiment.POSITIVE),
    **dict.fromkeys(("негатив", "негативная", "negative", "neg", "-1", "−"), Sentiment.NEGATIVE),
    **dict.fromkeys(("нейтрально", "нейтральная", "neutral", "neu", "0"), Sentiment.NEUTRAL),
}


@dataclass(frozen=True)
class SentimentReading:
    """The normalized sentiment and the word the service wrote."""

    value: Sentiment
    raw: str


def normalize_sentiment(word: str) -> Sentiment:
    """RULES.md's table, case and surrounding spaces aside; anything else, or empty, is unknown."""
    return _WORDS.get(word.strip().lower().replace("ё", "е"), Sentiment.UNKNOWN)


def read_sentiment(word: str) -> SentimentReading:
    return SentimentReading(normalize_sentiment(word), word.strip())


def share_of_negative(sentiments: Iterable[Sentiment]) -> Decimal | None:
    """negative ÷ (positive + neutral + negative) × 100; unknown is left out; None with no known one."""
    known = negative = 0
    for value in sentiments:
        if value is Sentiment.UNKNOWN:
            continue
        known += 1
        negative += value is Sentiment.NEGATIVE
    if not known:
        return None
    return Decimal(negative) * 100 / Decimal(known)
