"""The rules that protect the brand, each a refusal with its reason in words.

Review platforms treat a review bought with a discount, a review by an employee and a review
drafted for the customer as fake (Yandex Maps, 2GIS, Otzovik); Google forbids sending only happy
customers to public reviews ("review gating"); a customer who did not agree to be contacted must
not be. Each check here raises `RuleBroken` naming the rule, so a window shows the reason beside
what broke it and a test can hold each rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from smmdesk.domain.errors import Phrase, ValidationError
from smmdesk.domain.reputation.query.morphology import fold, lemmas
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class BrandRule(StrEnum):
    GATING = "gating"  # only satisfied customers sent to a public platform
    INCENTIVE = "incentive"  # an offer for a public review
    STAFF = "staff"  # an employee asked for a review
    NO_CONSENT = "no_consent"  # a customer who did not agree to be contacted
    DRAFTED_REVIEW = "drafted_review"  # a text suggested for the review itself
    SAME_REQUEST = "same_request"  # customers of one wave got different requests


class RuleBroken(ValidationError):
    """A campaign or a wave that one of the brand's rules refuses; `rule` says which."""

    def __init__(self, rule: BrandRule, message: str, field: str = "", **params: Any) -> None:
        self.rule = rule
        super().__init__(message, field=field or rule.value, **params)


GATING_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "A wave to a public platform cannot pick customers by {what}: every customer due gets the same "
    "request, satisfied or not (review gating is forbidden by the platforms).",
)
LEFT_OUT_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "{count} customers due were left out of a wave to a public platform ({names}): every customer due "
    "gets the same request, satisfied or not.",
)
INCENTIVE_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "An incentive ({offer}) cannot be offered for a review on {platforms}: a review given for a reward "
    "counts as paid and is removed. An offer is allowed for a private survey only.",
)
STAFF_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "{name} is on the staff: employees are never asked for a review (it would count as fake)."
)
NO_CONSENT_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "{name} did not agree to be contacted: nobody without consent gets a request."
)
DRAFTED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The invitation suggests what to write or which rating to give (“{found}”): the review must be "
    "the customer's own words and score.",
)
SAME_REQUEST_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} would get a different request than the others of the wave: every customer gets the same.",
)


def refuse_incentive(offer: str, public_platforms: Iterable[str]) -> None:
    """An offer (a discount, a gift, points) is refused as soon as one platform is public; the
    platforms are source texts of "Reviews", translated with the message."""
    platforms = list(public_platforms)
    if offer.strip() and platforms:
        raise RuleBroken(
            BrandRule.INCENTIVE, INCENTIVE_MESSAGE, offer=offer.strip(), platforms=Phrase(*platforms)
        )


# The dictionary forms of the words that offer something for a review, as pymorphy3 gives them
# (the mentions search's lemmas): any form of these in an invitation is an offer. A diminutive
# («скидочка», «бонусик», «купончик») is its own lemma and is first brought back to its word.
_INCENTIVE_LEMMAS = frozenset(
    (
        "подарок", "подарочный", "подарить", "дарить", "скидка", "скидочный", "промокод",
        "бонус", "бонусный", "балл", "кешбэк", "кэшбэк", "кешбек", "кэшбек", "приз", "призовой",
        "бесплатно", "бесплатный", "розыгрыш", "разыграть", "разыгрывать", "вознаграждение",
        "купон", "награда", "наградить", "сертификат", "ваучер", "компенсация", "компенсировать",
        "gift", "gifts", "discount", "discounts", "promocode", "bonus", "bonuses", "points",
        "cashback", "prize", "prizes", "giveaway", "reward", "rewards", "coupon", "coupons",
        "voucher", "vouchers", "free", "certificate", "certificates", "refund", "refunds",
        "refunded", "compensation",
    )
)  # fmt: skip
# Diminutive endings of a lemma and the word's own ending: скидочка → скидка, подарочек → подарок,
# бонусик → бонус, купончик → купон.
_DIMINUTIVES = (("очка", "ка"), ("ечка", "ка"), ("очек", "ок"), ("ечек", "ек"), ("чик", ""), ("ик", ""))
# Money, a percentage or something paid for: any amount (digits with ₽, руб…, %, $, €), «за наш
# счёт», money given back, and their English equivalents.
_INCENTIVE_PHRASES = re.compile(
    r"промо[\s-]?код\w*|promo[\s-]?code|cash[\s-]back|\bfree of charge\b|%\s*off\b|"
    r"[$€£]\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:₽|руб\w*|р\.|%|\$|€|£|eur\w*|usd|rub\w*|euro\w*|"
    r"dollar\w*|долл\w*|евро|копе\w*)|"
    r"за (?:наш|свой) сч[её]т\w*|на сч[её]т (?:телефона|карты)|"
    r"(?:верн|возвра\w*|возмест\w*)\w* (?:\w+ )?"
    r"(?:деньг|денег|рубл|стоимост|част\w* (?:стоимост|цен|суммы))\w*|"
    r"(?:деньг|денег)\w* (?:\w+ )?верн\w*|"
    r"\bon (?:us|the house)\b|money back|store credit|\bpaid for\b"
)
_WORD = re.compile(r"[a-zа-яё]+")
_NOT_AN_OFFER = frozenset(("feel free", "free to"))


def _incentive_lemma(word: str) -> bool:
    """Whether a word is a form of an offer's word, a diminutive brought back to its word too."""
    found = lemmas(word)
    if found & _INCENTIVE_LEMMAS:
        return True
    for lemma in found:
        for diminutive, own in _DIMINUTIVES:
            if lemma.endswith(diminutive) and lemma[: -len(diminutive)] + own in _INCENTIVE_LEMMAS:
                return True
    return False


def offered_in_text(text: str) -> str | None:
    """The words of the text that offer something for a review (подарок, скидку, сертификат,
    «500 ₽», «−10 %», «за наш счёт», «вернём деньги»… in any form, or the English words), or None."""
    folded = fold(text)
    phrase = _INCENTIVE_PHRASES.search(folded)
    end = phrase.start() if phrase else len(folded)
    for found in _WORD.finditer(folded, 0, end):  # a word before the first amount is named first
        word = found.group(0)
        if word == "free" and any(p in folded for p in _NOT_AN_OFFER):
            continue
        if _incentive_lemma(word):
            return text[found.start() : found.end()]
    return text[phrase.start() : phrase.end()].strip() if phrase else None


def refuse_incentive_in_text(parts: Mapping[str, str], public_platforms: Iterable[str]) -> None:
    """An invitation (any part, the opt-out line; `parts` maps each field to its text) that offers
    something is refused as an incentive, under the part that offers it, when one platform is
    public; a private survey may offer it."""
    platforms = list(public_platforms)
    if not platforms:
        return
    for part, text in parts.items():
        offer = offered_in_text(text)
        if offer:
            raise RuleBroken(
                BrandRule.INCENTIVE, INCENTIVE_MESSAGE, field=part, offer=offer, platforms=Phrase(*platforms)
            )


def refuse_staff(name: str, staff: bool) -> None:
    if staff:
        raise RuleBroken(BrandRule.STAFF, STAFF_MESSAGE, name=name)


def refuse_without_consent(name: str, consent: bool) -> None:
    if not consent:
        raise RuleBroken(BrandRule.NO_CONSENT, NO_CONSENT_MESSAGE, name=name)


# Words that show a text telling the customer what to write or which score to give. Folded:
# lower case, ё as е, spaces collapsed.
_DRAFTING = re.compile(
    r"пример\w* отзыв|образ\w* отзыв|текст отзыва|готов\w* отзыв|шаблон\w* отзыв|скопиру|"
    r"(можете|можно|просто) напис|напишите,? что|напишите:|вставьте|"
    r"постав\w* (нам )?(5|пят|высш|максим)|оцен\w* (нас )?на (5|пят|отлично)|"
    r"\b5 звезд|пять звезд|пятерк|пятерочк|★★★★★|"
    r"sample review|example review|review text|copy (and paste|this)|you (can|could) write|write that|"
    r"\b5 stars|five stars|give us 5"
)
_QUOTED = re.compile(r"[«\"“„]([^»\"”“]{1,400})[»\"”]")
_OPINION = re.compile(
    r"\b(я|мне|мы|нам|очень|понравил\w*|рекоменду\w*|отличн\w*|лучш\w*|супер|доволен|довольна|"
    r"i|we|great|love|loved|recommend\w*|excellent|best|amazing)\b"
)


def drafted_review(text: str) -> str | None:
    """The words that draft the review or ask for a score, or None for an honest invitation.
    A quoted passage of three words or more that gives an opinion counts as a drafted review."""
    folded = " ".join(text.lower().replace("ё", "е").split())
    found = _DRAFTING.search(folded)
    if found:
        end = found.end()
        while end < len(folded) and folded[end].isalnum():  # the words quoted whole, not cut inside
            end += 1
        return folded[found.start() : end]
    for quoted in _QUOTED.finditer(folded):
        inner = quoted.group(1)
        if len(inner.split()) >= 3 and _OPINION.search(inner):
            return quoted.group(1)  # the message quotes it itself
    return None


def refuse_drafted_review(*texts: str) -> None:
    for text in texts:
        found = drafted_review(text)
        if found:
            raise RuleBroken(BrandRule.DRAFTED_REVIEW, DRAFTED_MESSAGE, found=found)
