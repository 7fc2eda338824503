"""A campaign of 5,000 publications: the KPI view, a 365-day chart, the client's report."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import tempfile
from decimal import Decimal
from pathlib import Path

from common import median_ms, report, timed_ms
from fixtures import open_workspace

PUBLICATIONS = 5_000
START = dt.date(2026, 1, 1)
METRICS = (
    "impressions",
    "reach",
    "likes",
    "comments",
    "shares",
    "saves",
    "clicks",
    "leads",
    "sales",
    "revenue",
    "followers",
)


def make_campaign(path: Path) -> int:
    """The demo database plus a year-long campaign: 1,000 lines of 5 publications, approved, all
    published and measured (the figures go in with raw inserts: only the setup, not measured)."""
    from sqlalchemy import select

    from smmdesk.services import campaigns as camp
    from smmdesk.services import estimates as est
    from smmdesk.services import kpi
    from smmdesk.services.demo import write_demo
    from smmdesk.services.settings import load_agency_settings
    from smmdesk.storage.database import open_database
    from smmdesk.storage.models import Account, Influencer

    write_demo(path)
    db = open_database(path, keep_backups=1)
    try:
        with db.transaction() as session:
            campaign = camp.create_campaign(
                session, 1, "Годовая программа", START, START + dt.timedelta(days=364)
            )
            estimate = est.create_estimate(session, campaign, "Год", load_agency_settings(session))
            version = est.latest_version(session, estimate)
            accounts = list(
                session.scalars(
                    select(Account.id)
                    .join(Influencer, Influencer.id == Account.influencer_id)
                    .where(Influencer.status != "blacklist")
                    .order_by(Account.id)
                )
            )
            for n in range(PUBLICATIONS // 5 // 100):
                chosen = [accounts[(n * 100 + i) % len(accounts)] for i in range(100)]
                ids = est.add_placements(session, version, chosen, 1, START)
                for i, line_id in enumerate(ids):
                    day = START + dt.timedelta(days=(n * 100 + i) % 365)
                    changes = {
                        "quantity": 5,
                        "unit_price": Decimal(20_000),
                        "contractor_fee": Decimal(17_000),
                    }
                    est.update_line(session, line_id, {**changes, "planned_date": day})
            est.send_to_client(session, version)
            est.decide(session, version, True, "Заказчик")
            for key, plan in (("reach", 50_000_000), ("views", 80_000_000), ("cpm", 1500), ("er", 4)):
                kpi.set_target(session, campaign, key, Decimal(plan))
    finally:
        db.close()
    raw = sqlite3.connect(path)
    rng = random.Random(5)
    rows = raw.execute("SELECT id, slot_date FROM placement WHERE campaign_id = ?", (campaign,)).fetchall()
    raw.executemany(
        "UPDATE placement SET status = 'published', published_on = slot_date, url = ? WHERE id = ?",
        [(f"https://vk.com/wall-1_{pid}", pid) for pid, _ in rows],
    )
    values = []
    for pid, day in rows:
        views = rng.randint(5_000, 60_000)
        sales = views // 2000
        counts = (
            views,
            int(views * 0.7),
            views // 30,
            views // 400,
            views // 500,
            views // 300,
            views // 100,
        )
        figures = dict(zip(METRICS, (*counts, views // 1000, sales, sales * 290_000, views * 3), strict=True))
        values += [(pid, metric, value, "measured", day) for metric, value in figures.items()]
    raw.executemany(
        "INSERT INTO publication_metric (placement_id, metric, value, source, captured_on) "
        "VALUES (?, ?, ?, ?, ?)",
        values,
    )
    raw.commit()
    raw.close()
    return campaign


def run() -> None:
    from smmdesk.services import kpi
    from smmdesk.services import report as reports
    from smmdesk.services.workspace import reading
    from smmdesk.ui.windows.kpis import KpisWindow

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        path = home / "year.smmdesk"
        campaign = make_campaign(path)
        app, settings, workspace = open_workspace(path, home)
        db = workspace.db
        assert db is not None
        results = reading(db, kpi.campaign_results, campaign)
        assert len(results.publications) == PUBLICATIONS

        raw = sqlite3.connect(path)

        def raw_sums() -> None:
            raw.execute(
                "SELECT m.metric, SUM(m.value) FROM publication_metric m "
                "JOIN placement p ON p.id = m.placement_id WHERE p.campaign_id = ? GROUP BY m.metric",
                (campaign,),
            ).fetchall()

        window = KpisWindow(workspace, settings)
        window.resize(1366, 768)
        window.show()
        window.campaign.setCurrentIndex(window.campaign.findData(campaign))
        app.processEvents()

        def table_only() -> None:
            shown = reading(db, kpi.campaign_results, campaign, False, every_kpi=True)
            window.model.set_rows(shown.kpis)
            window.table.repaint()

        report(
            f"KPI table of a campaign of {PUBLICATIONS} publications",
            median_ms(table_only, repeat=5),
            300,
            floor=median_ms(raw_sums, repeat=5),
            floor_name="raw sqlite3 sums of its figures",
        )

        def whole_view() -> None:
            window.show_campaign()
            window.repaint()

        report("KPI view with its charts, on screen", median_ms(whole_view, repeat=3), 300)

        from smmdesk.charts.campaign import reach_chart
        from smmdesk.domain.results import daily_series

        published = [(p.row.published_on, p.figures) for p in results.publications]
        series = daily_series(START, START + dt.timedelta(days=364), published, [])
        assert len(series.days) == 365

        from matplotlib.backends.backend_agg import FigureCanvasAgg

        def chart() -> None:
            FigureCanvasAgg(reach_chart(series, Decimal(50_000_000))).draw()

        def bare() -> None:
            from matplotlib.figure import Figure

            figure = Figure(figsize=(9, 4.6), dpi=100)
            ax = figure.add_subplot()
            ax.plot(range(365), series.reach)
            ax.plot(range(365), series.views)
            FigureCanvasAgg(figure).draw()

        report(
            "365-day chart built and drawn",
            median_ms(chart, repeat=7),
            150,
            floor=median_ms(bare, repeat=7),
            floor_name="bare matplotlib line chart, same points",
        )
        out = home / "out"
        out.mkdir()
        timings = []
        for _ in range(2):
            with db.reading() as session:
                targets = [out / "r.xlsx", out / "r.pdf"]
                timings.append(
                    timed_ms(lambda s=session, t=targets: reports.export_campaign_report(s, campaign, t))
                )
        with db.reading() as session:
            made = reports.campaign_report(session, campaign, False)
        report(
            f"client report XLSX + PDF, {PUBLICATIONS} publications",
            statistics.median(timings),
            5000,
            floor=median_ms(lambda: bare_report(made, out), repeat=2, warmup=0),
            floor_name="XlsxWriter + QPdfWriter, its cells unformatted",
        )
        raw.close()
        window.close()
        workspace.close()


def bare_report(made, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The report's tables written by the bare libraries: every cell once, no formats, no layout;
    its chart pictures drawn as they are."""
    import xlsxwriter
    from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter

    book = xlsxwriter.Workbook(str(out / "bare.xlsx"))
    for table in made.tables:
        sheet = book.add_worksheet()
        for r, values in enumerate(table.rows):
            sheet.write_row(r, 0, [v if isinstance(v, str) or v is None else str(v) for v in values])
    book.close()
    writer = QPdfWriter(str(out / "bare.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(144)
    painter = QPainter(writer)
    y = 40
    for table in made.tables:
        for values in table.rows:
            if y > writer.height() - 40:
                writer.newPage()
                y = 40
            painter.drawText(40, y, "  ".join("" if v is None else str(v) for v in values[:15]))
            y += 22
    for picture in made.pictures:
        writer.newPage()
        painter.drawImage(0, 0, QImage.fromData(picture.png))
    painter.end()
