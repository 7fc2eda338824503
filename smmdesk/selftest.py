"""`smmdesk self-test`: proves an installation works, frozen or not, with no screen; exit 0 or 1."""

from __future__ import annotations

import json
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from smmdesk.resources import is_frozen
from smmdesk.version import __version__


def _check_database(folder: Path) -> str:
    from smmdesk.domain.settings import AgencySettings
    from smmdesk.services.settings import read_agency_settings, update_agency_settings
    from smmdesk.services.workspace import backup_now, open_workspace
    from smmdesk.storage.migrate import HEAD_REVISION, engine_revision

    db = open_workspace(folder / "self-test.smmdesk")
    try:
        revision = engine_revision(db.engine)
        if revision != HEAD_REVISION:
            raise AssertionError(f"schema {revision}, expected {HEAD_REVISION}")
        wanted = AgencySettings(agency_name="Проверка", vat_rate=Decimal("22"), agency_fee=Decimal("12.5"))
        update_agency_settings(db, wanted)
        if read_agency_settings(db) != wanted:
            raise AssertionError("settings written and read back differ")
        backup = backup_now(db, "manual", 3)
        return f"schema {revision}; written and read back; backup {backup.path.name if backup else '-'}"
    finally:
        db.close()


def _check_translations() -> str:
    from smmdesk.i18n import install_translations, translate

    ok = install_translations("ru")
    own = translate("Sections", "Influencers")
    qt_source = "Cancel"  # a string from Qt's own catalogue, qtbase_ru
    qt = translate("QPlatformTheme", qt_source)
    if not ok or own == "Influencers" or qt == qt_source:
        raise AssertionError(f"Russian not loaded: {own!r}, {qt!r}")
    return f"{own} / {qt}"


SAMPLE = (
    "База блогеров;;;;\r\n"
    "Имя;Площадка;Ссылка;Подписчики;Фото с продуктом, руб.\r\n"
    "Анна Иванова;Инстаграм;https://instagram.com/Anna.Style?igshid=1;1,2 млн;45 000 руб.\r\n"
    "Пётр Сидоров;ТГ;@petr_news;350 тыс.;договорная\r\n"
    "Итого;;;;45000\r\n"
)


def _check_import(folder: Path) -> str:
    """An agency list in cp1251 with a title row, human numbers and a totals row."""
    from smmdesk.services import influencer_import as imp
    from smmdesk.services.workspace import open_workspace

    source = folder / "агентство.csv"
    source.write_bytes(SAMPLE.encode("cp1251"))
    db = open_workspace(folder / "self-test.smmdesk")
    try:
        table = imp.open_file(source)
        with db.transaction() as session:
            plan = imp.plan_import(session, table)
            result = imp.apply_import(session, plan)
        if (result.added, len(plan.skipped)) != (2, 1):
            raise AssertionError(f"added {result.added}, skipped {len(plan.skipped)}; expected 2 and 1")
        return f"added {result.added}, skipped {len(plan.skipped)} (the totals row)"
    finally:
        db.close()


def _check_exports(folder: Path) -> str:
    """An estimate of the imported accounts, exported to XLSX (read back) and PDF."""
    import datetime as dt

    from openpyxl import load_workbook
    from sqlalchemy import select

    from smmdesk.services import campaigns as camp
    from smmdesk.services import estimates as est
    from smmdesk.services.estimate_export import export_version
    from smmdesk.services.settings import load_agency_settings
    from smmdesk.services.workspace import open_workspace
    from smmdesk.storage.models import Account

    db = open_workspace(folder / "self-test.smmdesk")
    try:
        with db.transaction() as session:
            client = camp.create_client(session, "ООО «Проверка»")
            campaign = camp.create_campaign(
                session, client, "Запуск", dt.date(2027, 3, 1), dt.date(2027, 3, 31)
            )
            estimate = est.create_estimate(session, campaign, "Март", load_agency_settings(session))
            version = est.latest_version(session, estimate)
            accounts = list(session.scalars(select(Account.id).order_by(Account.id)))
            est.add_placements(session, version, accounts, 1, dt.date(2027, 3, 10))
        with db.reading() as session:
            view = export_version(session, version, folder / "смета.xlsx")
            export_version(session, version, folder / "смета.pdf")
        if len(view.lines) != 2 or view.totals.net_total != Decimal("45000"):
            raise AssertionError(f"{len(view.lines)} lines for {view.totals.net_total}; expected 2 for 45000")
        sheet = load_workbook(folder / "смета.xlsx").active
        if sheet is None or not str(sheet["A1"].value).startswith("Смета «Март»"):
            raise AssertionError("the XLSX does not read back")
        if not (folder / "смета.pdf").read_bytes().startswith(b"%PDF"):
            raise AssertionError("the PDF is not a PDF")
        sizes = [
            f"{name} {(folder / name).stat().st_size // 1024} KB" for name in ("смета.xlsx", "смета.pdf")
        ]
        return f"{len(view.lines)} lines, total {view.totals.total}; " + ", ".join(sizes)
    finally:
        db.close()


def _check_chart(folder: Path) -> str:
    """A campaign chart with Russian labels, drawn by matplotlib and saved as PNG."""
    import datetime as dt

    from smmdesk.charts.campaign import reach_chart, save
    from smmdesk.domain.metrics import Figures
    from smmdesk.domain.results import daily_series

    first = dt.date(2026, 10, 1)
    published = [
        (first + dt.timedelta(days=n), Figures(impressions=1000 * n, reach=700 * n)) for n in range(30)
    ]
    series = daily_series(first, first + dt.timedelta(days=30), published, [])
    path = save(reach_chart(series, Decimal(300_000)), folder / "график.png")
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG") or len(data) < 10_000:
        raise AssertionError("the chart did not render")
    return f"{path.name} {len(data) // 1024} KB"


def _check_server_driver() -> str:
    """The team's server part is installed: psycopg with its libpq, the SQLAlchemy dialect and keyring."""
    import keyring
    import psycopg
    from sqlalchemy import create_engine

    libpq = psycopg.pq.version()
    engine = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")  # no connection is made
    engine.dispose()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {libpq}), keyring {keyring.__name__}"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("database", _check_database),
    ("translations", lambda folder: _check_translations()),
    ("import", _check_import),
    ("exports", _check_exports),
    ("chart", _check_chart),
    ("server driver", lambda folder: _check_server_driver()),
]


def run_self_test(report_path: Path | None) -> int:
    from PySide6 import __version__ as pyside_version

    results: list[dict[str, Any]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="smmdesk-selftest-") as tmp:
        for name, check in CHECKS:
            t0 = time.perf_counter()
            try:
                detail, ok = check(Path(tmp)), True
            except Exception as exc:
                detail, ok = "".join(traceback.format_exception_only(type(exc), exc)).strip(), False
                traceback.print_exc()
            results.append(
                {"check": name, "ok": ok, "detail": detail, "ms": round((time.perf_counter() - t0) * 1000, 1)}
            )
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    report = {
        "version": __version__,
        "frozen": is_frozen(),
        "python": sys.version.split()[0],
        "pyside6": pyside_version,
        "platform": platform.platform(),
        "checks": results,
        "ok": all(r["ok"] for r in results),
        "seconds": round(time.perf_counter() - started, 3),
    }
    print(
        f"smmdesk {__version__} self-test: {'passed' if report['ok'] else 'FAILED'} in {report['seconds']} s"
    )
    if report_path is not None:
        from smmdesk.io.atomic import write_bytes_atomically

        write_bytes_atomically(report_path, json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8"))
    return 0 if report["ok"] else 1
