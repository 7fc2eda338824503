"""Renders the README's screenshots from a fresh demo database, offscreen: `make screenshots`.

python tools/screenshots.py                              # docs/screenshots, 1366×768, Russian
python tools/screenshots.py --size 1280x720 --lang en --out /tmp/shots   # to look at, not to keep
python tools/screenshots.py client_files kpi_charts      # only those named (a window's shot by its
                                                         # name, a file's by its function)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SAMPLES = ROOT.parent / "shared" / "samples"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("only", nargs="*", help="render only these shots or files")
    parser.add_argument("--size", default="1366x768", help="the window's size, WxH")
    parser.add_argument("--lang", default="ru", choices=["ru", "en"])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--sections-only", action="store_true", help="no dialogs, charts or files")
    options = parser.parse_args(argv)
    width, height = (int(n) for n in options.size.split("x"))
    return render(options.out, width, height, options.lang, options.sections_only, options.only)


def render(out: Path, width: int, height: int, language: str, sections_only: bool, only: list[str]) -> int:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    from smmdesk.app import create_application
    from smmdesk.i18n import translator_for
    from smmdesk.services.demo import write_demo
    from smmdesk.ui.core.settings import UserSettings
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.main_window import MainWindow

    app, _ = create_application(language)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.smmdesk"
        write_demo(db, translate=translator_for("ru"))
        settings = UserSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        workspace = Workspace(settings)
        window = MainWindow(workspace, settings)
        workspace.open(db, window, background_backup=False)
        window.resize(width, height)
        window.show()
        for name, prepare in SHOTS:
            if (sections_only and name not in SECTION_SHOTS) or (only and name not in only):
                continue
            widget = prepare(window) or window
            for _ in range(3):
                app.processEvents()
            widget.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")
            if widget is not window:
                widget.close()
        for make in [] if sections_only else FILES:
            if not only or make.__name__ in only:
                make(window, out)
        workspace.close()
        QApplication.processEvents()
    return 0


def influencers(window: Any) -> None:
    section = window.show_section("influencers")
    section.table.selectRow(2)


def import_preview(window: Any) -> Any:
    from smmdesk.ui.dialogs.import_dialog import ImportDialog

    sample = SAMPLES / "influencers_planner.xlsx"
    dialog = ImportDialog(window.workspace, sample, window)
    dialog.resize(1100, 560)
    dialog.show()
    from PySide6.QtWidgets import QApplication

    while dialog.busy():  # the file is read in the background first
        QApplication.processEvents()
    dialog.next_button.click()
    while dialog.stack.currentIndex() != 1:
        QApplication.processEvents()
    dialog.tabs.setCurrentIndex(2)
    return dialog


def estimates(window: Any) -> None:
    section = window.show_section("estimates")
    section.select("estimate", 2)  # sent to the client, with a draft of version 2
    section.editor.table.selectRow(1)


def plan(window: Any) -> None:
    section = window.show_section("plan")
    section.campaigns.setCurrentIndex(section.campaigns.findData(1))
    section.show_campaign(1)


def estimate_pdf(window: Any, out: Path) -> None:
    """The first page of the approved estimate's PDF, as the client receives it."""
    import shutil
    import subprocess

    from smmdesk.services import estimates as est
    from smmdesk.services.estimate_export import export_version
    from smmdesk.services.workspace import reading

    if not shutil.which("pdftoppm"):
        print("pdftoppm (poppler-utils) is missing: estimate-pdf.png not rendered")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "smeta.pdf"
        db = window.workspace.db
        reading(db, export_version, reading(db, est.latest_version, 1), pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out / "estimate-pdf"),
            ],
            check=True,
        )
    print(out / "estimate-pdf.png")


def placements(window: Any) -> None:
    section = window.show_section("placements")
    section.campaign.setCurrentIndex(section.campaign.findData(5))  # the demo's autumn campaign
    section.apply_filter()
    section.table.selectRow(3)
    section.detail.tabs.setCurrentIndex(0)


def placement_screenshots(window: Any) -> None:
    section = window.show_section("placements")
    for position in range(section.model.rowCount()):
        if section.model.row_at(position).screenshots:
            section.table.selectRow(position)
            break
    section.detail.tabs.setCurrentIndex(2)


def kpis(window: Any) -> None:
    section = window.show_section("kpis")
    section.campaign.setCurrentIndex(section.campaign.findData(5))
    section.show_campaign()


def kpi_charts(window: Any, out: Path) -> None:
    """Each chart of the autumn campaign as the report has it."""
    from smmdesk.charts.campaign import save
    from smmdesk.services import kpi, report
    from smmdesk.services.workspace import reading

    db = window.workspace.db
    with db.reading() as session:
        figures = report.campaign_charts(session, reading(db, kpi.campaign_results, 5))
    for key in ("cost", "groups", "budget"):
        print(save(figures[key], out / f"chart-{key}.png"))


def client_files(window: Any, out: Path) -> None:
    """A page of each kind of file as a client's office suite prints it: the real exports of the
    demo, rendered by LibreOffice (in a Russian locale, as the tests render them)."""
    import datetime as dt
    import shutil
    import subprocess

    from smmdesk.services import contest_protocol as cp
    from smmdesk.services import estimates as est
    from smmdesk.services import report
    from smmdesk.services.estimate_export import export_version

    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        print("LibreOffice or pdftoppm is missing: the file pages were not rendered")
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from rendering import rendered

    section = window.show_section("plan")
    section.campaigns.setCurrentIndex(section.campaigns.findData(1))
    section.show_campaign(1)
    db = window.workspace.db
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = {
            "estimate": folder / "смета.xlsx",
            "report": folder / "отчёт.xlsx",
            "plan": folder / "план.xlsx",
            "protocol": folder / "протокол.xlsx",
            "register": folder / "реестр.xlsx",
        }
        with db.reading() as session:
            export_version(session, est.latest_version(session, 1), made["estimate"])
            report.export_campaign_report(session, 5, made["report"])
            cp.export_protocol(session, 1, made["protocol"])
            report.export_payments_register(
                session, dt.date(2026, 10, 1), dt.date(2026, 11, 30), made["register"]
            )
        section.export("ru", str(made["plan"]))
        from PySide6.QtWidgets import QApplication

        from smmdesk.ui.core import tasks

        while tasks._running:  # the plan is written in the background
            QApplication.processEvents()
        pdfs = rendered(list(made.values()), folder)
        pages = {"estimate": [1], "report": [1, 3], "plan": [1], "protocol": [1], "register": [1]}
        for kind, path in made.items():
            for n, page in enumerate(pages[kind]):
                name = f"file-{kind}" + (f"-{n + 1}" if n else "")
                pick = ["-f", str(page), "-l", str(page), "-singlefile"]
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "70", *pick, str(pdfs[path]), str(out / name)], check=True
                )
                print(out / f"{name}.png")


def contests(window: Any) -> None:
    section = window.show_section("contests")
    section.select(1)  # the demo's finished contest
    section.tabs.setCurrentIndex(3)


def strategy(window: Any) -> None:
    window.show_section("strategy")  # the demo's strategy, its goals and KPIs


def strategy_load(window: Any) -> None:
    section = window.show_section("strategy")
    section.tabs.setCurrentWidget(section.people)
    section.people.views.setCurrentWidget(section.people.heat_table)


def reputation(window: Any) -> None:
    section = window.show_section("reputation")
    section.choose(1)  # the demo's brand: two services' mentions, some answered, some overdue
    section.queue.table.selectRow(0)


SECTION_SHOTS = (
    "influencers",
    "estimates",
    "plan",
    "placements",
    "kpis",
    "contests",
    "reputation",
    "strategy",
)
SHOTS: list[tuple[str, Callable[[Any], Any]]] = [
    ("influencers", influencers),
    ("import-preview", import_preview),
    ("estimates", estimates),
    ("plan", plan),
    ("placements", placements),
    ("placement-screenshots", placement_screenshots),
    ("kpis", kpis),
    ("contests", contests),
    ("strategy", strategy),
    ("strategy-load", strategy_load),
    ("reputation", reputation),
]
FILES: list[Callable[[Any, Path], None]] = [estimate_pdf, kpi_charts, client_files]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
