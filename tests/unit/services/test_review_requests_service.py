"""What came back of one request recorded by hand, on a file and on a server: the wave's requests
listed with their customers, an outcome set and set back (the undo), a review dated after today or on
a platform the campaign does not ask for refused with nothing changed; and a second campaign with a
brand's title (letter case aside) refused, also when a campaign is renamed to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from review_setup import DAY, coffee_campaign, write_customers
from sqlalchemy import select

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.services import campaigns as clients
from smmdesk.services.reviews import campaigns, customers, figures, requests, waves
from smmdesk.storage.models import ReviewCustomer


@pytest.fixture
def wave(db, tmp_path: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(campaign, wave) of the coffee shop's first wave: Анна and Борис asked."""
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        ident = campaigns.create_campaign(session, client, coffee_campaign())
        preview = customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv"))
        customers.apply_customers(session, preview)
        waves.prepare_wave(session, ident, DAY)
    with db.reading() as session:
        return ident, requests.waves_of(session, ident)[0].id


def rows(db, wave_id: int) -> dict[str, requests.RequestRow]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return {r.customer: r for r in requests.wave_requests(session, wave_id)}


def reviewed(db, name: str) -> bool:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return bool(session.scalar(select(ReviewCustomer.reviewed).where(ReviewCustomer.name == name)))


def test_an_outcome_set_by_hand_counts_in_the_funnel_and_setting_the_one_before_takes_it_back(
    db, wave
) -> None:  # type: ignore[no-untyped-def]
    campaign, wave_id = wave
    listed = rows(db, wave_id)
    assert sorted(listed) == ["Анна Петрова", "Борис Смирнов"]
    anna = listed["Анна Петрова"]
    assert anna.channel == "sms" and anna.link.startswith("https://zerno.ru/r/")
    assert anna.outcome == requests.Outcome(False, False, None, False)
    review = ReviewLeft(ReviewPlatform.TWO_GIS, 4, DAY, "https://2gis.ru/review/1")
    with db.transaction() as session:
        before = requests.set_outcome(session, anna.id, requests.Outcome(False, True, review), DAY)
    after = rows(db, wave_id)["Анна Петрова"].outcome
    assert after.delivered and after.clicked and after.review == review  # a review: it was delivered
    assert reviewed(db, "Анна Петрова")
    with db.reading() as session:
        funnel = figures.campaign_figures(session, campaign).funnel
    assert (funnel.requests, funnel.delivered, funnel.clicked, funnel.reviews) == (2, 1, 1, 1)
    with db.transaction() as session:
        requests.set_outcome(session, anna.id, before, DAY)
    assert rows(db, wave_id)["Анна Петрова"].outcome == requests.Outcome(False, False, None, False)
    assert not reviewed(db, "Анна Петрова")


@pytest.mark.parametrize(
    ("review", "words"),
    [
        (ReviewLeft(ReviewPlatform.YANDEX_MAPS, 5, DAY + dt.timedelta(days=1)), "06.12.2026"),
        (ReviewLeft(ReviewPlatform.OTZOVIK, 5, DAY), "Otzovik"),
        (ReviewLeft(ReviewPlatform.YANDEX_MAPS, 6, DAY), "6"),
    ],
)
def test_a_review_after_today_elsewhere_or_of_six_stars_is_refused_and_nothing_changes(
    db, wave, review, words
) -> None:  # type: ignore[no-untyped-def]
    _, wave_id = wave
    anna = rows(db, wave_id)["Анна Петрова"]
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        requests.set_outcome(session, anna.id, requests.Outcome(True, True, review), DAY)
    assert words in refused.value.render()
    assert rows(db, wave_id)["Анна Петрова"].outcome == anna.outcome


def test_a_second_campaign_of_the_brands_title_is_refused_also_when_renamed_to_it(db, wave) -> None:  # type: ignore[no-untyped-def]
    campaign, _ = wave
    with db.reading() as session:
        client = campaigns.campaign_info(session, campaign).client_id
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        campaigns.create_campaign(session, client, coffee_campaign(title="  ОТЗЫВЫ  декабря "))
    assert refused.value.field == "title" and "ОТЗЫВЫ  декабря" in refused.value.render()
    with db.transaction() as session:
        other = campaigns.create_campaign(session, client, coffee_campaign(title="Отзывы января"))
    with pytest.raises(ValidationError), db.transaction() as session:
        campaigns.update_campaign(session, other, coffee_campaign(title="отзывы декабря"))
    with db.transaction() as session:  # its own title is no clash
        campaigns.update_campaign(session, campaign, coffee_campaign(reminder_days=(4,)))
    with db.transaction() as session:
        another = clients.create_client(session, "Пекарня")
        assert campaigns.create_campaign(session, another, coffee_campaign()) > 0  # another brand may
