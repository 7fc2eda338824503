"""Renders the README's screenshots from a fresh demo database, offscreen: `make screenshots`.

python tools/screenshots.py                              # docs/screenshots, 1366×768, Russian
python tools/screenshots.py --size 1280x720 --lang en --out /tmp/shots   # to look at, not to keep
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
    parser.add_argument("--size", default="1366x768", help="the window's size, WxH")
    parser.add_argument("--lang", default="ru", choices=["ru", "en"])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--sections-only", action="store_true", help="no dialogs, charts or files")
    options = parser.parse_args(argv)
    width, height = (int(n) for n in options.size.split("x"))
    return render(options.out, width, height, options.lang, options.sections_only)


def render(out: Path, width: int, height: int, language: str, sections_only: bool) -> int:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    from smmdesk.app import create_application
    from smmdesk.services.demo import write_demo
    from smmdesk.ui.core.settings import UserSettings
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.main_window import MainWindow

    app, _ = create_application(language)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.smmdesk"
        write_demo(db)
        settings = UserSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        workspace = Workspace(settings)
        window = MainWindow(workspace, settings)
        workspace.open(db, window, background_backup=False)
        window.resize(width, height)
        window.show()
        for name, prepare in SHOTS:
            if sections_only and name not in SECTION_SHOTS:
                continue
            widget = prepare(window) or window
            for _ in range(3):
                app.processEvents()
            widget.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")
            if widget is not window:
                widget.close()
        for make in [] if sections_only else FILES:
            make(window)
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


def estimate_pdf(window: Any) -> None:
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
                str(OUT / "estimate-pdf"),
            ],
            check=True,
        )
    print(OUT / "estimate-pdf.png")


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


def kpi_charts(window: Any) -> None:
    """Each chart of the autumn campaign as the report has it."""
    from smmdesk.charts.campaign import save
    from smmdesk.services import kpi, report
    from smmdesk.services.workspace import reading

    db = window.workspace.db
    with db.reading() as session:
        figures = report.campaign_charts(session, reading(db, kpi.campaign_results, 5))
    for key in ("cost", "groups", "payments"):
        print(save(figures[key], OUT / f"chart-{key}.png"))


def contests(window: Any) -> None:
    section = window.show_section("contests")
    section.select(1)  # the demo's finished contest
    section.tabs.setCurrentIndex(3)


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
]
FILES: list[Callable[[Any], None]] = [estimate_pdf, kpi_charts]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
