"""The playbook: reply templates per category with variables, holding statements for S1, the tone
rules shown beside the editor, and complaints to a platform with their evidence.

A reply made from a template is refused, in words, until every variable it uses is filled; a
reply the brand already gave (word for word, case, spaces and punctuation aside) is noticed.
Templates are English source text translated in context "Playbook", so the Russian interface
ships Russian templates; the planner's own templates are stored as typed.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.messages import LabelledError
from smmdesk.domain.reputation.workflow import Category
from smmdesk.domain.text import QT_TRANSLATE_NOOP

VARIABLES: dict[str, str] = {
    "customer_name": QT_TRANSLATE_NOOP("Playbook", "customer's name"),
    "brand": QT_TRANSLATE_NOOP("Playbook", "brand"),
    "platform": QT_TRANSLATE_NOOP("Playbook", "platform"),
    "order_id": QT_TRANSLATE_NOOP("Playbook", "order number"),
    "incident_date": QT_TRANSLATE_NOOP("Playbook", "date of the incident"),
    "issue_summary": QT_TRANSLATE_NOOP("Playbook", "what happened"),
    "specific_detail": QT_TRANSLATE_NOOP("Playbook", "a detail from the message"),
    "action_taken": QT_TRANSLATE_NOOP("Playbook", "what was done"),
    "next_step": QT_TRANSLATE_NOOP("Playbook", "the next step"),
    "contact_channel": QT_TRANSLATE_NOOP("Playbook", "where to write"),
    "responder_role": QT_TRANSLATE_NOOP("Playbook", "who answers"),
}

UNKNOWN_VARIABLE = QT_TRANSLATE_NOOP(
    "Errors", "{{{name}}} is not a variable of the playbook; it knows: {known}."
)
BAD_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "The template cannot be read: {problem}")
UNFILLED = QT_TRANSLATE_NOOP("Errors", "The reply is not ready: fill in {missing}.")
EMPTY_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "A template needs a text.")


def variables_of(text: str) -> tuple[str, ...]:
    """The variables a template uses, in order of first use; ValidationError for an unknown one."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise ValidationError(BAD_TEMPLATE, field="template", problem=str(exc)) from None
    for name in names:
        if name not in VARIABLES:
            raise ValidationError(UNKNOWN_VARIABLE, field="template", name=name, known=", ".join(VARIABLES))
    return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class Template:
    """A reply template; `holding` ones are the first public words on an S1 before the facts are in."""

    name: str
    category: Category | None  # None: any category
    text: str
    holding: bool = False

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValidationError(EMPTY_TEMPLATE, field="template")
        variables_of(self.text)

    @property
    def variables(self) -> tuple[str, ...]:
        return variables_of(self.text)


def make_reply(template: Template, values: Mapping[str, str], translate: object = None) -> str:
    """The reply with its variables filled; refused, naming what is missing, until all are.

    `translate(context, text)` translates a built-in template's text first (the planner's own
    templates are returned by it unchanged).
    """
    text = translate("Playbook", template.text) if callable(translate) else template.text
    missing = [name for name in variables_of(text) if not str(values.get(name, "")).strip()]
    if missing:
        raise LabelledError(
            UNFILLED,
            field="reply",
            labels={"missing": "Playbook"},
            missing=tuple(VARIABLES[name] for name in missing),
            variables=tuple(missing),
        )
    return text.format(**{name: str(values[name]).strip() for name in variables_of(text)})


_FOLD = re.compile(r"[\W_]+")


def _folded(text: str) -> str:
    return _FOLD.sub(" ", text.casefold().replace("ё", "е")).strip()


@dataclass(frozen=True)
class GivenReply:
    """A reply the brand gave: to which mention, when, by whom, from which template."""

    mention_link: str
    text: str
    at: dt.datetime
    responder: str = ""
    template: str = ""


def identical_replies(text: str, given: Iterable[GivenReply]) -> list[GivenReply]:
    """The replies already given word for word (case, spaces and punctuation aside): a brand that
    answers everyone with one sentence reads as a bot."""
    wanted = _folded(text)
    return [reply for reply in given if _folded(reply.text) == wanted]


TEMPLATES: tuple[Template, ...] = (
    Template("delivery", Category.DELIVERY, QT_TRANSLATE_NOOP("Playbook",
        "{customer_name}, we are sorry that order {order_id} came late. We have {action_taken}. "
        "{next_step}. — {responder_role}, {brand}")),
    Template("quality", Category.QUALITY, QT_TRANSLATE_NOOP("Playbook",
        "{customer_name}, thank you for telling us about {specific_detail}. That is not the quality "
        "{brand} stands for. Please write to {contact_channel} with order {order_id}: {next_step}.")),
    Template("service", Category.SERVICE, QT_TRANSLATE_NOOP("Playbook",
        "{customer_name}, we apologise for how you were treated on {incident_date}. We have "
        "{action_taken}. — {responder_role}, {brand}")),
    Template("price_refund", Category.PRICE_REFUND, QT_TRANSLATE_NOOP("Playbook",
        "{customer_name}, we have checked order {order_id}: {action_taken}. {next_step}. If anything "
        "is still wrong, write to {contact_channel}.")),
    Template("safety", Category.SAFETY, QT_TRANSLATE_NOOP("Playbook",
        "{customer_name}, your safety comes first. Please write to {contact_channel} so we can look "
        "into {issue_summary} today; {responder_role} is already on it.")),
    Template("legal", Category.LEGAL, QT_TRANSLATE_NOOP("Playbook",
        "{customer_name}, we have received your message about {issue_summary} and passed it to our "
        "legal team. We will answer through {contact_channel}.")),
    Template("fake_competitor", Category.FAKE_COMPETITOR, QT_TRANSLATE_NOOP("Playbook",
        "We could not find an order or a visit matching this review on {platform}. If it is yours, "
        "please write to {contact_channel} and we will sort it out. — {brand}")),
    Template("ad_marking", Category.AD_MARKING, QT_TRANSLATE_NOOP("Playbook",
        "Thank you for the question. This publication was made with {brand}; {action_taken}. "
        "— {responder_role}")),
    Template("press", Category.PRESS, QT_TRANSLATE_NOOP("Playbook",
        "{brand} comments on {issue_summary}: {action_taken}. {next_step}. Contact for the press: "
        "{contact_channel}.")),
    Template("praise", Category.PRAISE, QT_TRANSLATE_NOOP("Playbook",
        "{customer_name}, thank you! We are glad {specific_detail} — we will tell the team. "
        "— {brand}")),
    Template("holding_public", None, QT_TRANSLATE_NOOP("Playbook",
        "We see your message about {issue_summary} and are looking into it now. We will write here "
        "again by {next_step}. — {brand}"), holding=True),
    Template("holding_press", None, QT_TRANSLATE_NOOP("Playbook",
        "{brand} knows about {issue_summary} and is establishing the facts. We will make a statement "
        "by {next_step}; until then, questions to {contact_channel}."), holding=True),
)  # fmt: skip


def templates_for(category: Category) -> list[Template]:
    return [t for t in TEMPLATES if t.category is category and not t.holding]


def holding_statements() -> list[Template]:
    """The first words on an S1 (safety, legal, large reach, a spike) while the facts are checked."""
    return [t for t in TEMPLATES if t.holding]


TONE_RULES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Playbook", "Answer in public first, then take the details to private messages."),
    QT_TRANSLATE_NOOP("Playbook", "Call the person by name; sign with a role, not «administration»."),
    QT_TRANSLATE_NOOP("Playbook", "Apologise for what happened, not «if you were upset»."),
    QT_TRANSLATE_NOOP("Playbook", "Never argue, blame the customer or discuss their motives."),
    QT_TRANSLATE_NOOP("Playbook", "Name what was done and the next step with its date."),
    QT_TRANSLATE_NOOP("Playbook", "No promises of compensation or legal statements without L3 approval."),
    QT_TRANSLATE_NOOP("Playbook", "Do not paste one reply everywhere: mention a detail of the message."),
    QT_TRANSLATE_NOOP("Playbook", "Do not ask for personal data in public."),
)


class Platform(StrEnum):
    YANDEX = "yandex"
    TWO_GIS = "2gis"
    MARKETPLACE = "marketplace"
    OTHER = "other"


class Outcome(StrEnum):
    PENDING = "pending"
    REMOVED = "removed"
    REJECTED = "rejected"
    ANSWER_ALLOWED = "answer_allowed"  # the review stays; the brand's answer is shown beside it


class EvidenceKind(StrEnum):
    SCREENSHOT = "screenshot"
    LINK = "link"
    TIME = "time"


@dataclass(frozen=True)
class Evidence:
    kind: EvidenceKind
    value: str  # a file name, a link, a moment as text


NO_EVIDENCE = QT_TRANSLATE_NOOP("Errors", "A complaint needs its evidence: at least the link and the time.")
OUTCOME_BEFORE_FILED = QT_TRANSLATE_NOOP(
    "Errors", "The outcome ({outcome}) cannot come before the complaint ({filed})."
)
NO_REASON = QT_TRANSLATE_NOOP(
    "Errors", "A complaint needs its reason (the platform's rule the review breaks)."
)


@dataclass(frozen=True)
class Complaint:
    """A complaint to a platform about a review: its evidence, the date filed, the outcome."""

    platform: Platform
    mention_link: str
    reason: str
    evidence: tuple[Evidence, ...]
    filed: dt.date
    outcome: Outcome = Outcome.PENDING
    decided: dt.date | None = None

    def __post_init__(self) -> None:
        kinds = {e.kind for e in self.evidence if e.value.strip()}
        if not {EvidenceKind.LINK, EvidenceKind.TIME} <= kinds:
            raise ValidationError(NO_EVIDENCE, field="evidence")
        if not self.reason.strip():
            raise ValidationError(NO_REASON, field="reason")
        if self.decided is not None and self.decided < self.filed:
            raise ValidationError(
                OUTCOME_BEFORE_FILED,
                field="decided",
                outcome=self.decided.isoformat(),
                filed=self.filed.isoformat(),
            )
