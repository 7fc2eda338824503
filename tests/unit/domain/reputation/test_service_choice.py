"""Choosing the monitoring service: knock-outs, weights that shift with the brand, the ranking and its
reasons, overrides, and the figures measured from imported exports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

import pytest

from smmdesk.domain.reputation.catalogue import CATALOGUE, READ, service
from smmdesk.domain.reputation.choice import (
    BrandNeeds,
    Criterion,
    Kind,
    Scope,
    Service,
    Sourced,
    Verdict,
    default_weights,
    measured,
    rank,
    reason,
)
from smmdesk.domain.reputation.mentions import Mention, Sighting, merge_batch
from smmdesk.domain.reputation.service_names import SERVICES

CALM = BrandNeeds(mentions_per_day=50, response_hours=Decimal(24))
C = Criterion


def test_the_catalogue_holds_the_twelve_services_with_a_source_and_date_for_everything() -> None:
    assert [s.name for s in CATALOGUE] == list(SERVICES)
    for entry in CATALOGUE:
        assert set(entry.scores) == set(Criterion)
        for fact in (entry.kind, entry.in_russia, *entry.scores.values()):
            assert fact.source and fact.date == READ
            assert fact.value is None or fact.value in (True, False) or isinstance(fact.value, Kind | int)


def test_default_weights_and_how_the_brand_shifts_them() -> None:
    calm = {c: w.value for c, w in default_weights(CALM).items()}
    assert calm[C.COVERAGE] == 20 and calm[C.SPEED] == 15 and sum(calm.values()) == 100
    urgent = {c: w.value for c, w in default_weights(BrandNeeds(50, Decimal(1))).items()}
    assert urgent[C.SPEED] == Decimal(30) * 100 / 115  # speed doubled, then all scaled to 100
    busy = {c: w.value for c, w in default_weights(BrandNeeds(501, Decimal(24))).items()}
    assert busy[C.SCALE] == busy[C.SENTIMENT] == Decimal("22.5") * 100 / 115
    own = {
        c: w.value for c, w in default_weights(BrandNeeds(50, Decimal(24), scope=Scope.OWN_ACCOUNTS)).items()
    }
    assert own[C.COVERAGE] == Decimal(10) * 100 / 90
    for weights in (urgent, busy, own):
        assert sum(weights.values()) == pytest.approx(100)


def scored(name: str, kind: Kind = Kind.LISTENING, in_russia: object = True, **scores: int) -> Service:
    values = {c: Sourced(scores.get(c.value), "trial", dt.date(2026, 11, 20)) for c in Criterion}
    return Service(name, Sourced(kind, "x", None), Sourced(in_russia, "x", None), MappingProxyType(values))


def test_knock_outs_come_first_and_the_ranking_gives_its_reasons() -> None:
    services = [
        scored("Альфа", coverage=5, speed=4, query=4, scale=3, export=4, sentiment=4, workflow=3),
        scored("Бета", coverage=3, speed=5, query=3, scale=5, export=3, sentiment=3, workflow=5),
        scored(
            "Гамма", in_russia=False, coverage=5, speed=5, query=5, scale=5, export=5, sentiment=5, workflow=5
        ),
        scored("Дельта", kind=Kind.OWN_ACCOUNTS, coverage=5),
        scored("Эпсилон", in_russia=None, coverage=4),
    ]
    placed = rank(services, CALM)
    assert [(p.service, p.rank, p.verdict) for p in placed] == [
        ("Альфа", 1, Verdict.RANKED),
        ("Бета", 2, Verdict.RANKED),
        ("Эпсилон", 3, Verdict.RANKED),
        ("Гамма", None, Verdict.NOT_IN_RUSSIA),
        ("Дельта", None, Verdict.OWN_ACCOUNTS_ONLY),
    ]
    # Альфа by hand: (20·5 + 15·4 + 15·4 + 15·3 + 10·4 + 15·4 + 10·3) / 100 = 3.95
    assert placed[0].total == Decimal("3.95")
    assert reason(placed[0]) == (
        "1. Альфа: 4,0 of 5; strongest: Coverage of Russian sources; weakest: Scale and price, Workflow"
    )
    assert reason(placed[2]).endswith(
        "not known, counted as 1: Collection delay and alerts, Query language, Scale and price, "
        "Export and API, "
        "Quality of Russian sentiment, Workflow; availability in Russia not confirmed"
    )
    assert reason(placed[3]) == "Гамма: out, not available in Russia"
    # Own accounts only: a tool for accounts is not knocked out then.
    assert any(
        p.service == "Дельта" and p.rank
        for p in rank(services, BrandNeeds(50, Decimal(24), scope=Scope.OWN_ACCOUNTS))
    )


def test_a_response_within_an_hour_can_change_the_winner() -> None:
    services = [
        scored("Альфа", coverage=5, speed=4, query=4, scale=3, export=4, sentiment=4, workflow=3),
        scored("Бета", coverage=3, speed=5, query=3, scale=5, export=3, sentiment=3, workflow=5),
    ]
    urgent_and_busy = BrandNeeds(mentions_per_day=900, response_hours=Decimal("0.5"))
    assert [p.service for p in rank(services, CALM)] == ["Альфа", "Бета"]
    assert [p.service for p in rank(services, urgent_and_busy)] == ["Бета", "Альфа"]


def test_the_planner_overrides_a_score_and_a_weight_with_their_own_source() -> None:
    mine = Sourced(5, "our trial, November 2026", dt.date(2026, 11, 30))
    medialogia = service("Медиалогия").with_score(C.SPEED, mine)
    assert medialogia.scores[C.SPEED] == mine and service("Медиалогия").score(C.SPEED) is None
    weights = {c: Sourced(Decimal(100) if c is C.SPEED else Decimal(0), "ours", None) for c in Criterion}
    placed = rank([medialogia, service("Крибрум")], CALM, weights)
    assert (placed[0].service, placed[0].total) == ("Медиалогия", Decimal(5))


def test_the_shipped_catalogue_ranks_and_knocks_out_youscan() -> None:
    placed = rank(CATALOGUE, CALM)
    youscan = next(p for p in placed if p.service == "YouScan")
    assert youscan.verdict is Verdict.NOT_IN_RUSSIA
    assert {p.service for p in placed if p.verdict is Verdict.OWN_ACCOUNTS_ONLY} == {"LiveDune", "Popsters"}


def test_collection_delay_and_coverage_measured_from_the_samples() -> None:
    from smmdesk.io.mention_file import read_mentions_file

    samples = Path(__file__).resolve().parents[4].parent / "shared" / "samples"
    known: tuple = ()
    for name in ("mentions_youscan.xlsx", "mentions_brandanalytics.csv"):
        known = merge_batch(known, read_mentions_file(samples / name).parsed.mentions).known_after(known)
    figures = {m.service: m for m in measured(known)}
    assert (figures["YouScan"].found, figures["Brand Analytics"].found) == (180, 160)
    assert figures["YouScan"].share == Decimal(180) * 100 / 260 and figures["YouScan"].only_here == 100
    assert figures["Brand Analytics"].only_here == 80
    # The export of Brand Analytics has no collection time; YouScan's delays, by hand from the file:
    assert figures["Brand Analytics"].delay_median is None
    delays = sorted(s.collected - m.published for m in known for s in m.sightings if s.service == "YouScan")
    assert figures["YouScan"].delay_median == (delays[89] + delays[90]) / 2
    assert figures["YouScan"].delay_p90 == delays[161]  # nearest rank: ceil(0.9 × 180) = 162nd


def test_measured_on_a_hand_made_pair() -> None:
    published = dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC)
    at = lambda minutes: published + dt.timedelta(minutes=minutes)  # noqa: E731
    mentions = [
        Mention(
            "https://a",
            (Sighting("A", collected=at(5)), Sighting("B", collected=at(60))),
            published=published,
        ),
        Mention("https://b", (Sighting("A", collected=at(15)),), published=published),
    ]
    a, b = measured(mentions)
    assert (a.service, a.found, a.share, a.only_here, a.delay_median) == (
        "A",
        2,
        Decimal(100),
        1,
        dt.timedelta(minutes=10),
    )
    assert (b.service, b.share, b.delay_p90) == ("B", Decimal(50), dt.timedelta(minutes=60))
