"""A stored strategy of 2,000 tasks, 50 executors and 52 weeks: the staffing plan read from the
database, the timeline chart drawn, and the client's PDF written."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from decimal import Decimal
from pathlib import Path

from common import median_ms, report, timed_ms

TASKS, EXECUTORS, WEEKS = 2000, 50, 52
START = dt.date(2026, 1, 5)


def fill(db: object) -> tuple[int, int]:
    """The strategy written row by row in bulk, as an import writes its rows."""
    from sqlalchemy import insert

    from smmdesk.domain.strategy.people import ROLES
    from smmdesk.services import strategy as st
    from smmdesk.services import strategy_items as items
    from smmdesk.storage.models import StrategyExecutor, StrategyTask

    rng = random.Random(16)
    roles = list(ROLES)
    end = START + dt.timedelta(weeks=WEEKS) - dt.timedelta(days=1)
    with db.transaction() as s:  # type: ignore[attr-defined]
        sid = st.create_strategy(s, "Год бренда", START, end)
        v = st.latest_version(s, sid)
        goal = items.add(
            s, v, "goal", title="Узнаваемость", kind="awareness", owner="Мария", start=START, end=end
        )
        s.execute(insert(StrategyExecutor), [
            {"version_id": v, "key": n + 1, "name": f"Исполнитель {n}", "name_key": f"исполнитель {n}",
             "kind": "employee", "role": roles[n % len(roles)],
             "weekly_hours": Decimal(rng.choice([20, 30, 40])),
             "hourly_rate": Decimal(rng.randrange(800, 3000))}
            for n in range(EXECUTORS)
        ])  # fmt: skip
        rows = []
        for n in range(TASKS):
            first = START + dt.timedelta(days=rng.randrange(0, 7 * WEEKS - 20))
            rows.append({"version_id": v, "key": n + 1, "title": f"Задача {n}", "role": roles[n % len(roles)],
                         "starts_on": first, "due_on": first + dt.timedelta(days=rng.randrange(0, 20)),
                         "effort": Decimal(rng.randrange(1, 80)), "goal_key": goal,
                         "responsible": str(n % EXECUTORS + 1), "accountable": 1})  # fmt: skip
        s.execute(insert(StrategyTask), rows)
    return sid, v


def run() -> None:
    from PySide6.QtGui import QGuiApplication

    from smmdesk.charts.campaign import png_bytes
    from smmdesk.services import strategy_document as doc
    from smmdesk.services import strategy_state as state
    from smmdesk.services.workspace import open_workspace

    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_workspace(Path(tmp) / "bench.smmdesk")
        try:
            sid, v = fill(db)

            def staffing() -> None:
                with db.reading() as s:
                    plan = state.staffing(s, v)
                [[plan.row(role, week).utilisation for week in plan.weeks] for role in plan.roles]

            def read_only() -> None:
                from smmdesk.services.strategy_rows import load_inputs

                with db.reading() as s:
                    load_inputs(s, v)

            report(
                f"stored staffing plan and heat-map, {TASKS} tasks × {EXECUTORS} × {WEEKS} w",
                median_ms(staffing, repeat=5),
                200,
                floor=median_ms(read_only, repeat=5),
                floor_name="reading the tasks and people it needs alone",
            )
            with db.reading() as s:
                now = state.strategy_state(s, v, START + dt.timedelta(weeks=26))

            def timeline() -> None:
                figure = doc.charts(now, "ru", lambda _c, text: text)["timeline"]
                figure.canvas.draw()  # type: ignore[attr-defined]

            def empty_chart() -> None:
                from smmdesk.charts.style import new_figure

                figure = new_figure((9.0, 4.0))
                figure.add_subplot()
                figure.canvas.draw()  # type: ignore[attr-defined]

            report(
                f"timeline chart of {TASKS} tasks, drawn",
                median_ms(timeline, repeat=3),
                500,
                floor=median_ms(empty_chart, repeat=3),
                floor_name="an empty figure of the same size, drawn",
            )
            pdf = Path(tmp) / "стратегия.pdf"

            def write_pdf() -> None:
                with db.reading() as s:
                    doc.export_strategy(s, sid, pdf)

            def chart_png() -> None:
                png_bytes(doc.charts(now, "ru", lambda _c, text: text)["timeline"])

            report(
                f"strategy PDF, {TASKS} tasks",
                min(timed_ms(write_pdf) for _ in range(2)),
                3000,
                floor=median_ms(chart_png, repeat=2),
                floor_name="its timeline chart as PNG alone",
            )
        finally:
            db.close()
    del app
