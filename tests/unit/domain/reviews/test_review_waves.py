"""Waves: who gets which request when, short links, the rules that protect the brand, the compliance log."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from review_fixtures import make_campaign

from smmdesk.domain.reviews.campaign import Channel, ReviewPlatform
from smmdesk.domain.reviews.customers import Customer, NotAskedReason
from smmdesk.domain.reviews.rules import BrandRule, RuleBroken
from smmdesk.domain.reviews.waves import (
    AudienceFilter,
    FilterKind,
    History,
    compliance_log,
    plan_wave,
    short_links,
    short_token,
    validate_wave,
)

SECRET = b"campaign-secret-16"
TODAY = dt.date(2026, 12, 10)


def customer(name: str, phone: str, day: dt.date | None, **changes: object) -> Customer:
    values: dict[str, object] = {"phone": phone, "order": f"A-{name}", "day": day, "consent": True}
    values.update(changes)
    return Customer(name, **values)  # type: ignore[arg-type]


ANNA = customer("Анна", "+79160000001", dt.date(2026, 12, 7))  # bought 7th: due on the 10th
BORIS = customer("Борис", "+79160000002", dt.date(2026, 12, 8))  # due on the 11th: not yet
VERA = customer("Вера", "+79160000003", dt.date(2026, 11, 20))  # first request on 23 Nov
GLEB = customer("Глеб", "+79160000004", dt.date(2026, 11, 20))  # request and reminders all sent
DINA = customer("Дина", "+79160000005", dt.date(2026, 12, 1), staff=True)
ELENA = customer("Елена", "+79160000006", dt.date(2026, 12, 1), consent=False)
ZOYA = customer("Зоя", "+79160000007", dt.date(2026, 12, 1))  # opted out
ILYA = customer("Илья", "+79160000008", dt.date(2026, 12, 1))  # already left a review
KIRA = customer("Кира", "", dt.date(2026, 12, 1), email="kira@mail.ru")  # no phone for SMS
LEV = customer("Лев", "+79160000009", None)  # no purchase date
CUSTOMERS = [ANNA, BORIS, VERA, GLEB, DINA, ELENA, ZOYA, ILYA, KIRA, LEV]
HISTORIES = {
    VERA.key: History(sent=(dt.date(2026, 11, 23),)),  # reminder 1 due 26 Nov (3 days): due now
    GLEB.key: History(sent=(dt.date(2026, 11, 23), dt.date(2026, 11, 26), dt.date(2026, 11, 30))),
    ZOYA.key: History(sent=(dt.date(2026, 12, 4),), opted_out=True),
    ILYA.key: History(sent=(dt.date(2026, 12, 4),), reviewed=True),
}


def test_a_wave_asks_whoever_is_due_and_says_why_the_others_are_not_asked() -> None:
    wave = plan_wave(make_campaign(), CUSTOMERS, TODAY, SECRET, HISTORIES)
    assert [(r.customer.name, r.number, r.due) for r in wave.requests] == [
        ("Анна", 0, dt.date(2026, 12, 10)),
        ("Вера", 1, dt.date(2026, 11, 26)),
    ]
    assert {n.customer.name: n.reason for n in wave.not_asked} == {
        "Борис": NotAskedReason.NOT_YET,
        "Глеб": NotAskedReason.FINISHED,
        "Дина": NotAskedReason.STAFF,
        "Елена": NotAskedReason.NO_CONSENT,
        "Зоя": NotAskedReason.OPTED_OUT,
        "Илья": NotAskedReason.REVIEWED,
        "Кира": NotAskedReason.NO_CONTACT,
        "Лев": NotAskedReason.NO_DATE,
    }
    boris = next(n for n in wave.not_asked if n.customer is BORIS)
    assert boris.due == dt.date(2026, 12, 11)
    anna = wave.requests[0]
    assert anna.contact == "+79160000001"
    assert anna.link.startswith("https://zerno.ru/r/") and anna.link in anna.text
    assert anna.text.startswith("Анна, Кофейня «Зерно» просит оценить заказ A-Анна от 07.12.2026.")


def test_the_second_reminder_follows_the_first_on_the_campaigns_days() -> None:
    history = {VERA.key: History(sent=(dt.date(2026, 11, 23), dt.date(2026, 11, 26)))}
    # reminder 2 is due 7 days after the first request: 30 November
    assert plan_wave(make_campaign(), [VERA], dt.date(2026, 11, 29), SECRET, history).requests == ()
    wave = plan_wave(make_campaign(), [VERA], dt.date(2026, 11, 30), SECRET, history)
    assert [(r.number, r.due) for r in wave.requests] == [(2, dt.date(2026, 11, 30))]


def test_a_qr_code_has_no_reminders_and_goes_to_the_order() -> None:
    campaign = make_campaign(channel=Channel.QR_RECEIPT, reminder_days=())
    wave = plan_wave(campaign, [ANNA, VERA], TODAY, SECRET, HISTORIES)
    assert [(r.customer.name, r.contact) for r in wave.requests] == [("Анна", "A-Анна")]
    assert wave.not_asked[0].reason is NotAskedReason.FINISHED


def test_each_customer_keeps_one_short_unguessable_token_under_the_base_link() -> None:
    token = short_token(SECRET, "+79160000001")
    assert len(token) == 10 and token.isalnum() and not set(token) & set("0O1lIo")  # typed from print
    assert token == short_token(SECRET, "+79160000001")  # the same link every wave
    assert token != short_token(b"another-campaign", "+79160000001")
    links = short_links("https://zerno.ru/r", SECRET, [f"+7916{n:07d}" for n in range(5000)])
    assert len(set(links.values())) == 5000
    assert all(link.startswith("https://zerno.ru/r/") for link in links.values())


def test_a_token_is_the_hmac_of_the_key_in_base_56_as_links_already_printed_have_it() -> None:
    import hashlib
    import hmac

    from smmdesk.domain.reviews.waves import TOKEN_ALPHABET

    def by_hand(secret: bytes, key: str, length: int) -> str:
        number = int.from_bytes(hmac.new(secret, key.encode("utf-8"), hashlib.sha256).digest(), "big")
        digits = []
        for _ in range(length):
            number, digit = divmod(number, len(TOKEN_ALPHABET))
            digits.append(TOKEN_ALPHABET[digit])
        return "".join(digits)

    long_secret = b"k" * 100  # longer than SHA-256's block: HMAC hashes it first
    for key in ["+79160000001", "anna@mail.ru", "order:A-1", "Ёлка №1"]:
        for length in (10, 11, 12, 40):
            assert short_token(SECRET, key, length) == by_hand(SECRET, key, length)
            assert short_token(long_secret, key, length) == by_hand(long_secret, key, length)


def test_a_token_already_taken_is_made_longer(monkeypatch: pytest.MonkeyPatch) -> None:
    from smmdesk.domain.reviews import waves

    real = waves.short_token
    monkeypatch.setattr(waves, "short_token", lambda s, k, n=10: "SAME000000" if n == 10 else real(s, k, n))
    links = waves.short_links("https://zerno.ru/r/", SECRET, ["a", "b"])
    assert links["a"] == "https://zerno.ru/r/SAME000000"
    assert len(links["b"].rsplit("/", 1)[1]) == 12


# --- the rules that protect the brand: each refused with its reason --------------------------------


def test_a_wave_sending_only_satisfied_customers_to_a_public_platform_is_refused() -> None:
    only_happy = [AudienceFilter(FilterKind.SCORE, text="NPS 9–10")]
    with pytest.raises(RuleBroken) as refused:
        plan_wave(make_campaign(), CUSTOMERS, TODAY, SECRET, HISTORIES, only_happy)
    assert refused.value.rule is BrandRule.GATING
    assert "their score" in str(refused.value) and "review gating" in str(refused.value)
    by_mood = [AudienceFilter(FilterKind.SENTIMENT, text="positive")]
    with pytest.raises(RuleBroken, match="sentiment"):
        plan_wave(make_campaign(), CUSTOMERS, TODAY, SECRET, HISTORIES, by_mood)
    # a private survey may be sent to whom the planner likes
    survey = make_campaign(platforms=(ReviewPlatform.SURVEY,))
    assert plan_wave(survey, CUSTOMERS, TODAY, SECRET, HISTORIES, only_happy).requests


def test_a_wave_leaving_out_the_dissatisfied_is_refused_as_gating() -> None:
    campaign = make_campaign()
    wave = plan_wave(campaign, CUSTOMERS, TODAY, SECRET, HISTORIES)
    validate_wave(campaign, wave, CUSTOMERS, SECRET, HISTORIES)  # as planned: every customer due
    without_vera = replace(wave, requests=tuple(r for r in wave.requests if r.customer is not VERA))
    scores = {ANNA.key: 10, VERA.key: 3}
    with pytest.raises(RuleBroken) as refused:
        validate_wave(campaign, without_vera, CUSTOMERS, SECRET, HISTORIES, scores)
    assert refused.value.rule is BrandRule.GATING and "their score" in str(refused.value)
    with pytest.raises(RuleBroken, match=r"1 customers due were left out .*Вера"):
        validate_wave(campaign, without_vera, CUSTOMERS, SECRET, HISTORIES)


def test_a_purchase_period_is_a_fair_filter() -> None:
    only_december = [AudienceFilter(FilterKind.BOUGHT_FROM, dt.date(2026, 12, 1))]
    wave = plan_wave(make_campaign(), CUSTOMERS, TODAY, SECRET, HISTORIES, only_december)
    assert [r.customer.name for r in wave.requests] == ["Анна"]
    validate_wave(make_campaign(), wave, CUSTOMERS, SECRET, HISTORIES)


def test_an_incentive_for_a_public_review_refuses_the_wave() -> None:
    with pytest.raises(RuleBroken) as refused:
        plan_wave(make_campaign(incentive="кофе в подарок"), CUSTOMERS, TODAY, SECRET, HISTORIES)
    assert refused.value.rule is BrandRule.INCENTIVE
    assert "кофе в подарок" in str(refused.value)
    wave = plan_wave(make_campaign(), CUSTOMERS, TODAY, SECRET, HISTORIES)
    with pytest.raises(RuleBroken, match="counts as paid"):
        validate_wave(make_campaign(incentive="кофе в подарок"), wave, CUSTOMERS, SECRET, HISTORIES)


@pytest.mark.parametrize(
    ("change", "rule", "words"),
    [
        ({"staff": True}, BrandRule.STAFF, "Анна is on the staff"),
        ({"consent": False}, BrandRule.NO_CONSENT, "Анна did not agree to be contacted"),
    ],
)
def test_a_request_to_staff_or_without_consent_is_refused(
    change: dict[str, bool], rule: BrandRule, words: str
) -> None:
    campaign = make_campaign()
    wave = plan_wave(campaign, [ANNA], TODAY, SECRET)
    forced = replace(wave, requests=(replace(wave.requests[0], customer=replace(ANNA, **change)),))
    with pytest.raises(RuleBroken) as refused:
        validate_wave(campaign, forced, [ANNA], SECRET)
    assert refused.value.rule is rule and words in str(refused.value)


def test_a_request_different_from_the_others_is_refused() -> None:
    campaign = make_campaign()
    wave = plan_wave(campaign, [ANNA], TODAY, SECRET)
    altered = replace(wave.requests[0], text=wave.requests[0].text + " Скидка 10 % за пять звёзд!")
    with pytest.raises(RuleBroken) as refused:
        validate_wave(campaign, replace(wave, requests=(altered,)), [ANNA], SECRET)
    assert refused.value.rule is BrandRule.SAME_REQUEST


def test_the_compliance_log_lists_every_request_and_everyone_not_asked() -> None:
    campaign = make_campaign()
    wave = plan_wave(campaign, CUSTOMERS, TODAY, SECRET, HISTORIES)
    log = compliance_log(campaign, wave)
    assert len(log) == len(CUSTOMERS)
    first, reminder = log[0], log[1]
    assert (first.customer, first.request_label(), first.contact) == ("Анна", "first request", "+79160000001")
    assert reminder.request_label() == "reminder 1"
    assert first.text == wave.requests[0].text and first.link == wave.requests[0].link
    assert first.platforms == ("Yandex Maps", "2GIS") and first.channel == "SMS"
    assert all(row.selection == "every customer due; no filter by rating or sentiment" for row in log)
    assert all(row.incentive == "none" for row in log)
    staff = next(row for row in log if row.customer == "Дина")
    assert staff.request_label() == "not asked: on the staff" and staff.text == ""


def test_the_score_split_counts_who_could_be_asked_and_calls_gating_only_when_detractors_lose() -> None:
    from smmdesk.domain.reviews.score_split import ScoreGroup, refuse_gated, score_split
    from smmdesk.domain.reviews.waves import NotAsked, Wave, WaveRequest

    def person(phone: str, name: str) -> Customer:
        return Customer(name, phone=phone, consent=True)

    asked = [person("+70000000001", "Промоутер"), person("+70000000002", "Нейтральный")]
    later = NotAsked(person("+70000000003", "Критик позже"), NotAskedReason.NOT_YET)
    flipped = NotAsked(person("+70000000004", "Критик без согласия"), NotAskedReason.NO_CONSENT)
    wave = Wave(TODAY, tuple(WaveRequest(c, 0, TODAY, c.phone, "l", "t") for c in asked), (later, flipped))
    scores = {"+70000000001": 10, "+70000000002": 7, "+70000000003": 2, "+70000000004": 5, "+70000000009": 3}
    split = score_split(wave, scores)
    # by hand: the promoter and the passive asked; of the detractors, «позже» is not counted (not due
    # yet), «без согласия» and the respondent who is no customer (…09) are left out: 0 of 2 asked
    assert split.counts(ScoreGroup.PROMOTERS) == (1, 0) and split.counts(ScoreGroup.PASSIVES) == (1, 0)
    assert split.counts(ScoreGroup.DETRACTORS) == (0, 2) and split.gated and not split.even
    assert split.left_out_names == ("Критик без согласия", "+70000000009")
    with pytest.raises(RuleBroken) as refused:
        refuse_gated(split, public=True)
    assert refused.value.rule is BrandRule.GATING and "but 0 of its 2 detractors" in refused.value.render()
    refuse_gated(split, public=False)  # a survey only asks nobody for a public review
    alike = score_split(wave, {"+70000000001": 10, "+70000000003": 2})
    assert alike.even and not alike.gated


def test_a_detractor_flagged_as_staff_later_is_counted_as_left_out() -> None:
    from smmdesk.domain.reviews.score_split import ScoreGroup, score_split
    from smmdesk.domain.reviews.waves import NotAsked, Wave, WaveRequest

    promoter = Customer("Промоутер", phone="+70000000001", consent=True)
    staff = NotAsked(
        Customer("Критик-«сотрудник»", phone="+70000000002", consent=True, staff=True), NotAskedReason.STAFF
    )
    wave = Wave(TODAY, (WaveRequest(promoter, 0, TODAY, promoter.phone, "l", "t"),), (staff,))
    split = score_split(wave, {"+70000000001": 10, "+70000000002": 1})
    assert split.counts(ScoreGroup.DETRACTORS) == (0, 1) and split.gated
