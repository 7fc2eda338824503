"""The playbook: templates and their variables, a reply refused until filled, identical replies,
holding statements, tone rules, complaints with evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.playbook import (
    TEMPLATES,
    TONE_RULES,
    VARIABLES,
    Complaint,
    Evidence,
    EvidenceKind,
    GivenReply,
    Outcome,
    Platform,
    Template,
    holding_statements,
    identical_replies,
    make_reply,
    templates_for,
)
from smmdesk.domain.reputation.workflow import Category

ISSUE_VARIABLES = [
    "customer_name",
    "brand",
    "platform",
    "order_id",
    "incident_date",
    "issue_summary",
    "specific_detail",
    "action_taken",
    "next_step",
    "contact_channel",
    "responder_role",
]


def test_the_variables_are_the_issues_and_every_category_has_a_template() -> None:
    assert list(VARIABLES) == ISSUE_VARIABLES
    for category in Category:
        assert templates_for(category), category
    used = {name for template in TEMPLATES for name in template.variables}
    assert used == set(ISSUE_VARIABLES)


def test_a_reply_is_refused_until_its_variables_are_filled() -> None:
    template = templates_for(Category.DELIVERY)[0]
    values = {"customer_name": "Анна", "order_id": "48213", "action_taken": "вернули деньги за доставку"}
    with pytest.raises(ValidationError) as caught:
        make_reply(template, {**values, "next_step": "  "})
    assert caught.value.render() == "The reply is not ready: fill in the next step, who answers, brand."
    russian = {
        ("Errors", "The reply is not ready: fill in {missing}."): "Ответ не готов: заполните {missing}.",
        ("Playbook", "the next step"): "следующий шаг",
        ("Playbook", "who answers"): "кто отвечает",
        ("Playbook", "brand"): "бренд",
    }
    assert caught.value.render(lambda c, t: russian.get((c, t), t)) == (
        "Ответ не готов: заполните следующий шаг, кто отвечает, бренд."
    )
    reply = make_reply(
        template,
        {
            **values,
            "next_step": "Курьер позвонит завтра",
            "responder_role": "Мария, служба заботы",
            "brand": "ВкусВилл",
        },
    )
    assert reply == (
        "Анна, we are sorry that order 48213 came late. We have вернули деньги за доставку. "
        "Курьер позвонит завтра. — Мария, служба заботы, ВкусВилл"
    )


def test_a_translated_template_is_filled_in_the_planners_language() -> None:
    template = templates_for(Category.PRAISE)[0]
    russian = {template.text: "{customer_name}, спасибо! Рады, что {specific_detail}. — {brand}"}
    reply = make_reply(
        template,
        {"customer_name": "Олег", "specific_detail": "куртка подошла", "brand": "Северный Ветер"},
        lambda _c, t: russian.get(t, t),
    )
    assert reply == "Олег, спасибо! Рады, что куртка подошла. — Северный Ветер"


def test_a_template_with_an_unknown_variable_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"\{discount\} is not a variable of the playbook"):
        Template("mine", Category.PRICE_REFUND, "Дарим скидку {discount}")
    with pytest.raises(ValidationError, match="cannot be read"):
        Template("broken", None, "Здравствуйте, {customer_name")


def test_identical_replies_are_noticed_case_spaces_and_punctuation_aside() -> None:
    at = dt.datetime(2026, 11, 3, 10, tzinfo=dt.UTC)
    given = [
        GivenReply("https://vk.com/wall-1_1", "Спасибо, что написали! Разберёмся.", at),
        GivenReply("https://vk.com/wall-1_2", "Анна, курьер приедет завтра до 12:00.", at),
    ]
    assert identical_replies("спасибо что написали разберемся", given) == [given[0]]
    assert identical_replies("Спасибо, что написали про доставку!", given) == []


def test_holding_statements_and_tone_rules() -> None:
    assert len(holding_statements()) == 2 and all(
        t.holding and t.category is None for t in holding_statements()
    )
    assert len(TONE_RULES) >= 6


def test_a_complaint_records_its_evidence_date_and_outcome() -> None:
    evidence = (
        Evidence(EvidenceKind.SCREENSHOT, "review.png"),
        Evidence(EvidenceKind.LINK, "https://yandex.ru/maps/org/1/reviews"),
        Evidence(EvidenceKind.TIME, "2026-11-03T09:17:00Z"),
    )
    complaint = Complaint(
        Platform.YANDEX, evidence[1].value, "отзыв конкурента", evidence, dt.date(2026, 11, 4)
    )
    assert complaint.outcome is Outcome.PENDING
    with pytest.raises(ValidationError, match="at least the link and the time"):
        Complaint(Platform.TWO_GIS, "https://2gis.ru/x", "фейк", evidence[:2], dt.date(2026, 11, 4))
    with pytest.raises(
        ValidationError, match=r"The outcome \(2026-11-01\) cannot come before the complaint \(2026-11-04\)"
    ):
        Complaint(
            Platform.MARKETPLACE,
            "https://ozon.ru/x",
            "фейк",
            evidence,
            dt.date(2026, 11, 4),
            Outcome.REMOVED,
            dt.date(2026, 11, 1),
        )
