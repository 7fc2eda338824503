"""A full disk: every kind of file the program writes fails in words, and the earlier file stays byte
for byte. The disk is a real 8 MB tmpfs filled to the last block where the machine allows mounting
one (as root); elsewhere ENOSPC is raised at the atomic writer's sync, and the test says which."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import digest
from faults_support import fill_up, inject_enospc, small_disk

from smmdesk.domain.errors import FileWriteError
from smmdesk.i18n import error_text
from smmdesk.io.atomic import leftovers

NO_SPACE = "На диске не осталось места"


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A folder on a small disk, and the function that fills that disk up; prints how it was done."""
    with small_disk(tmp_path / "disk") as disk:
        if disk is not None:
            print("fault: a real 8 MB tmpfs, filled until it refused a write")
            yield disk, lambda: fill_up(disk) and None
        else:
            print("fault: ENOSPC injected at the atomic writer (this machine does not allow mounting)")
            yield tmp_path / "disk", lambda: inject_enospc(monkeypatch)


def _base(db: Any) -> tuple[Any, list[int], dict[str, str], dict[str, str]]:
    from smmdesk.domain.influencer_table import FilterSpec
    from smmdesk.services import influencers as svc
    from smmdesk.services.influencer_import import format_titles

    with db.reading() as session:
        table = svc.load_table(session)
        return table, table.matching(FilterSpec()), format_titles(session), dict(svc.platforms(session))


def influencers_xlsx(db: Any, path: Path) -> None:
    from smmdesk.services.influencer_export import export_influencers

    export_influencers(path, *_base(db))


def influencers_csv(db: Any, path: Path) -> None:
    from smmdesk.services.influencer_export import export_influencers

    export_influencers(path, *_base(db))


def estimate_pdf(db: Any, path: Path) -> None:
    from smmdesk.services import estimates as est
    from smmdesk.services.estimate_export import export_version

    with db.reading() as session:
        export_version(session, est.latest_version(session, 1), path)


def estimate_xlsx(db: Any, path: Path) -> None:
    estimate_pdf(db, path)


def report_xlsx(db: Any, path: Path) -> None:
    from smmdesk.services.report import export_campaign_report

    with db.reading() as session:
        export_campaign_report(session, 1, path)


def chart_png(db: Any, path: Path) -> None:
    from smmdesk.charts.campaign import save
    from smmdesk.services import kpi
    from smmdesk.services.report import campaign_charts

    with db.reading() as session:
        figure = campaign_charts(session, kpi.campaign_results(session, 1), keys=["cost"])["cost"]
    save(figure, path)


def plan_xlsx(db: Any, path: Path) -> None:
    from smmdesk.domain.plan import build_plan
    from smmdesk.io.plan_xlsx import PlanWords, write_plan_xlsx
    from smmdesk.services import campaigns as camp
    from smmdesk.services import estimates as est

    with db.reading() as session:
        campaign = camp.campaign(session, 1)
        entries = est.campaign_plan_entries(session, 1)
    plan = build_plan(entries, campaign.period_from, campaign.period_to)
    weekdays = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
    write_plan_xlsx(
        path, plan, PlanWords("План", "План", "Период", "Блогер", "Без даты: {count}", weekdays, {})
    )


def register_xlsx(db: Any, path: Path) -> None:
    import datetime as dt

    from smmdesk.services.report import export_payments_register

    with db.reading() as session:
        export_payments_register(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31), path)


def protocol_xlsx(db: Any, path: Path) -> None:
    from smmdesk.services.contest_protocol import export_protocol

    with db.reading() as session:
        export_protocol(session, 1, path)


def protocol_pdf(db: Any, path: Path) -> None:
    protocol_xlsx(db, path)


def import_report_csv(db: Any, path: Path) -> None:
    from conftest import SAMPLES

    from smmdesk.services import influencer_import as imp

    with db.reading() as session:
        plan = imp.plan_import(session, imp.open_file(SAMPLES / "influencers_agency_cp1251.csv"))
    imp.write_report(plan, path)


def copy_smmdesk(db: Any, path: Path) -> None:
    from smmdesk.services.workspace import save_copy

    save_copy(db, path)


WRITERS = {
    "plan.xlsx": plan_xlsx,
    "register.xlsx": register_xlsx,
    "protocol.xlsx": protocol_xlsx,
    "protocol.pdf": protocol_pdf,
    "import-report.csv": import_report_csv,
    "copy.smmdesk": copy_smmdesk,
    "influencers.xlsx": influencers_xlsx,
    "influencers.csv": influencers_csv,
    "estimate.pdf": estimate_pdf,
    "estimate.xlsx": estimate_xlsx,
    "report.xlsx": report_xlsx,
    "chart.png": chart_png,
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_an_export_on_a_full_disk_keeps_the_earlier_file_and_says_so(
    name: str, demo_path: Path, full_disk: tuple[Path, Callable[[], None]], qapp: object, russian: None
) -> None:
    from smmdesk.services.workspace import open_workspace

    folder, fill = full_disk
    target = folder / name
    db = open_workspace(demo_path)
    try:
        WRITERS[name](db, target)  # the earlier file, written while there was room
        before = digest(target)
        fill()
        with pytest.raises(FileWriteError) as caught:
            WRITERS[name](db, target)
    finally:
        db.close()
    assert NO_SPACE in error_text(caught.value) and name in error_text(caught.value)
    assert digest(target) == before
    assert leftovers(target) == []


@pytest.mark.file_only
def test_a_backup_on_a_full_disk_keeps_the_database_and_the_earlier_backups(
    demo_path: Path, full_disk: tuple[Path, Callable[[], None]], russian: None
) -> None:
    from smmdesk.services.workspace import backup_now, list_backups, open_workspace

    folder, fill = full_disk
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "planner.smmdesk"
    shutil.copyfile(demo_path, db_path)
    db = open_workspace(db_path)  # open, as when the daily backup runs
    try:
        earlier = backup_now(db, "manual", 10)
        assert earlier is not None
        kept = {earlier.path: digest(earlier.path)}
        fill()
        with pytest.raises(FileWriteError) as caught:
            backup_now(db, "daily", 10)
        assert NO_SPACE in error_text(caught.value)
        with db.reading() as session:
            from smmdesk.services import influencers as svc

            assert svc.count_influencers(session) > 0  # the open file reads on
    finally:
        db.close()
    assert {b.path: digest(b.path) for b in list_backups(db_path)} == kept
    backups = db_path.parent / (db_path.name + ".backups")
    assert sorted(p.name for p in backups.iterdir()) == [earlier.path.name]
