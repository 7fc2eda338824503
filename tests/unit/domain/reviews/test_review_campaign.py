"""A review campaign: the ISO 20488 parts of the invitation, reminders, opt-out, and what is refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from review_fixtures import make_campaign

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import (
    DEFAULT_TEMPLATE,
    Channel,
    Invitation,
    ReviewPlatform,
    render_invitation,
    sms_parts,
    validate_campaign,
)
from smmdesk.domain.reviews.rules import BrandRule, RuleBroken, drafted_review


def test_the_invitation_says_who_asks_about_what_where_what_is_shown_and_the_link() -> None:
    campaign = make_campaign()
    validate_campaign(campaign)
    text = render_invitation(
        campaign, name="Анна", order="A-17", day=dt.date(2026, 12, 1), link="https://zerno.ru/r/abc"
    )
    assert text == (
        "Анна, Кофейня «Зерно» просит оценить заказ A-17 от 01.12.2026. Отзыв появится на Яндекс "
        "Картах и в 2ГИС; ваше имя и отзыв увидят все. Оставить отзыв: https://zerno.ru/r/abc\n"
        "Ответьте СТОП, и мы больше не напишем."
    )


def test_the_default_template_holds_every_part() -> None:
    campaign = make_campaign(invitation=replace(make_campaign().invitation, template=DEFAULT_TEMPLATE))
    validate_campaign(campaign)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"sender": " "}, "sender"),
        ({"subject": ""}, "subject"),
        ({"where": ""}, "where"),
        ({"shown": ""}, "shown"),
        ({"template": "{sender}: {subject} {where} {shown}\n{opt_out}"}, "link"),
        ({"template": "{sender}: {subject} {where} {shown} {link}"}, "opt_out"),
    ],
)
def test_an_invitation_missing_a_part_is_refused_naming_it(change: dict[str, str], field: str) -> None:
    base = make_campaign()
    campaign = replace(base, invitation=replace(base.invitation, **change))
    with pytest.raises(ValidationError) as refused:
        validate_campaign(campaign)
    assert refused.value.field == field
    assert "ISO 20488" in str(refused.value)


def test_an_empty_opt_out_line_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_campaign(make_campaign(opt_out=""))
    assert refused.value.field == "opt_out"


def test_an_unknown_placeholder_is_refused() -> None:
    base = make_campaign()
    bad = replace(base.invitation, subject="заказ {discount}")
    with pytest.raises(ValidationError, match="discount"):
        validate_campaign(replace(base, invitation=bad))


def test_at_most_three_reminders_on_later_and_later_days() -> None:
    validate_campaign(make_campaign(reminder_days=(2, 5, 9)))
    with pytest.raises(ValidationError, match="At most 3 reminders; 4"):
        validate_campaign(make_campaign(reminder_days=(2, 5, 9, 14)))
    with pytest.raises(ValidationError, match="later and later"):
        validate_campaign(make_campaign(reminder_days=(5, 2)))


def test_a_printed_qr_code_has_no_reminders() -> None:
    validate_campaign(make_campaign(channel=Channel.QR_RECEIPT, reminder_days=()))
    with pytest.raises(ValidationError, match="printed once"):
        validate_campaign(make_campaign(channel=Channel.QR_PARCEL, reminder_days=(3,)))


def test_an_incentive_for_a_public_review_is_refused_and_allowed_for_a_survey() -> None:
    with pytest.raises(RuleBroken) as refused:
        validate_campaign(make_campaign(incentive="скидка 10 % на следующий заказ"))
    assert refused.value.rule is BrandRule.INCENTIVE
    assert "скидка 10 %" in str(refused.value) and "Yandex Maps, 2GIS" in str(refused.value)
    # the same offer for a private survey only
    survey = make_campaign(platforms=(ReviewPlatform.SURVEY,), incentive="скидка 10 % на следующий заказ")
    validate_campaign(survey)
    # a survey with one public platform beside it is public again
    mixed = make_campaign(platforms=(ReviewPlatform.SURVEY, ReviewPlatform.OTZOVIK), incentive="подарок")
    with pytest.raises(RuleBroken, match="Otzovik"):
        validate_campaign(mixed)


@pytest.mark.parametrize(
    "drafting",
    [
        "Пример отзыва: кофе отличный!",
        "Можете написать, что вам понравился капучино.",
        "Поставьте нам 5 звёзд!",
        "Оцените нас на пятёрку",
        "Скопируйте текст и вставьте его на карте.",
        "Напишите: «Мне очень понравилось, рекомендую»",
        "Например: «Лучший кофе в городе, очень советую»",
        "You can write that the coffee was great",
    ],
)
def test_a_template_that_drafts_the_review_is_refused(drafting: str) -> None:
    base = make_campaign()
    template = base.invitation.template + " " + drafting
    with pytest.raises(RuleBroken) as refused:
        validate_campaign(replace(base, invitation=replace(base.invitation, template=template)))
    assert refused.value.rule is BrandRule.DRAFTED_REVIEW


def test_a_part_that_drafts_the_review_is_refused_too() -> None:
    base = make_campaign()
    shown = "ваше имя и отзыв, например «всё было отлично, спасибо большое»"
    with pytest.raises(RuleBroken):
        validate_campaign(replace(base, invitation=replace(base.invitation, shown=shown)))


def test_honest_wording_with_quotes_and_numbers_passes() -> None:
    assert drafted_review("Кофейня «Зерно на Тверской» просит оценить заказ №5 от 05.12") is None
    assert drafted_review("Напишите отзыв о заказе: любой, положительный или отрицательный") is None
    invitation = Invitation("ООО «Ромашка и партнёры»", "визит 5 декабря", "на 2ГИС", "имя и оценка")
    validate_campaign(
        make_campaign(invitation=replace(invitation, template=make_campaign().invitation.template))
    )


def test_sms_parts_count_cyrillic_at_70_and_67() -> None:
    assert sms_parts("а" * 70) == 1
    assert sms_parts("а" * 71) == 2  # 67 + 4
    assert sms_parts("а" * 134) == 2
    assert sms_parts("а" * 135) == 3
    assert sms_parts("a" * 160) == 1 and sms_parts("a" * 161) == 2


@pytest.mark.parametrize(
    ("part", "text", "word"),
    [
        ("subject", "заказ {order} — а за отзыв пришлём подарок", "подарок"),
        ("subject", "заказ {order}; за отзыв скидку 10 %", "скидку"),
        ("where", "на Яндекс Картах (за отзыв — промо-код)", "промо-код"),
        ("shown", "ваше имя и отзыв; начислим 100 баллов", "баллов"),
        ("shown", "ваше имя и отзыв, кешбэком вернём 5 %", "кешбэком"),
        ("sender", "Кофейня «Зерно», участвуйте в розыгрыше", "розыгрыше"),
        ("opt_out", "Ответьте СТОП. Бонусы за отзыв — бесплатно", "Бонусы"),
        ("template", "{sender}: {subject}, {where}, {shown}. Get a gift: {link}\n{opt_out}", "gift"),
    ],
)
def test_an_offer_written_into_the_invitation_is_refused_for_a_public_platform(
    part: str, text: str, word: str
) -> None:
    base = make_campaign()
    if part == "opt_out":
        changed = replace(base, opt_out=text)
    else:
        changed = replace(base, invitation=replace(base.invitation, **{part: text}))
    with pytest.raises(RuleBroken) as refused:
        validate_campaign(changed)
    assert refused.value.rule is BrandRule.INCENTIVE
    assert word in refused.value.render()
    validate_campaign(replace(changed, platforms=(ReviewPlatform.SURVEY,)))  # a private survey may offer it


@pytest.mark.parametrize(
    ("subject", "named"),
    [
        ("заказ {order}, за отзыв — сертификат на 500 ₽", "сертификат"),
        ("заказ {order}; −10 % на следующий заказ", "10 %"),
        ("заказ {order}; 500 ₽ на счёт телефона", "500 ₽"),
        ("заказ {order}, а за отзыв — скидочку", "скидочку"),
        ("заказ {order}; за отзыв вернём 300 рублей", "вернём 300 рублей"),
        ("заказ {order}; за отзыв вернём деньги", "вернём деньги"),
        ("заказ {order}, чашка кофе за наш счёт", "за наш счёт"),
        ("заказ {order}, за отзыв — сертификат", "сертификат"),
        ("заказ {order}, за отзыв бонусик", "бонусик"),
        ("order {order}; a 500 ₽ certificate for your review", "500 ₽"),
        ("order {order}; a voucher for your review", "voucher"),
        ("order {order}; $5 back for your review", "$5"),
        ("order {order}; coffee is on us", "on us"),
    ],
)
def test_money_a_percentage_a_refund_a_certificate_and_a_diminutive_are_offers(
    subject: str, named: str
) -> None:
    base = make_campaign()
    changed = replace(base, invitation=replace(base.invitation, subject=subject))
    with pytest.raises(RuleBroken) as refused:
        validate_campaign(changed)
    assert refused.value.rule is BrandRule.INCENTIVE
    assert f"({named})" in refused.value.render()
    validate_campaign(replace(changed, platforms=(ReviewPlatform.SURVEY,)))  # a private survey may offer it


def test_an_order_number_a_date_and_feel_free_are_not_offers() -> None:
    base = make_campaign()
    subject = "заказ № 20001 от 01.12.2026 (2 позиции); feel free to write what you think"
    validate_campaign(replace(base, invitation=replace(base.invitation, subject=subject)))


def test_the_drafted_review_refusal_quotes_the_passage_once() -> None:
    base = make_campaign()
    shown = "ваше имя и отзыв, например «отличный магазин, всем советую, лучший»"
    with pytest.raises(RuleBroken) as refused:
        validate_campaign(replace(base, invitation=replace(base.invitation, shown=shown)))
    assert "(“отличный магазин, всем советую, лучший”)" in refused.value.render()


def test_a_score_suggestion_is_quoted_in_whole_words() -> None:
    assert drafted_review("Оцените нас, поставьте нам пятёрку, пожалуйста") == "поставьте нам пятерку"
    assert drafted_review("Поставьте нам пять звёзд") == "поставьте нам пять"
    assert drafted_review("Give us 5 stars") == "give us 5"
