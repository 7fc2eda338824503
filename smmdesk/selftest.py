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


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("database", _check_database),
    ("translations", lambda folder: _check_translations()),
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
        report_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    return 0 if report["ok"] else 1
