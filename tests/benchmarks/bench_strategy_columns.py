"""The Стратегия tables' columns fitted to their texts over a plan of 2,000 tasks: one fit of the
tasks table (it runs after each change of the model or the view's width). The floor is Qt's own
`resizeColumnsToContents` over the same rows with the same measuring precision."""

from __future__ import annotations

from common import median_ms, report

TASKS = 2000
TARGET_MS = 100.0


def run() -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from smmdesk.ui.models.table_model import ColumnSpec, RowTableModel
    from smmdesk.ui.widgets.column_fit import MEASURED_ROWS, fit_columns

    app = QApplication.instance() or QApplication([])
    rows = [
        (f"Серия публикаций №{n} для сообщества" + " и рассылки" * (n % 3), "дизайнер", "01.10.2026",
         "05.10.2026", str(n % 80), "запланирована", "Ирина Лебедева")
        for n in range(TASKS)
    ]  # fmt: skip
    model: RowTableModel[tuple[str, ...]] = RowTableModel(
        [ColumnSpec(str(k), f"Столбец {k}", (lambda r, k=k: r[k])) for k in range(7)]
    )
    view = QTableView()
    view.setModel(model)
    view.resize(1180, 520)
    view.show()
    fit = fit_columns(view, 0)
    model.set_rows(rows)
    app.processEvents()
    fit.fit()
    assert sum(view.columnWidth(c) for c in range(7)) >= view.viewport().width() - 2

    floor_view = QTableView()
    floor_view.setModel(model)
    floor_view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    floor_view.resize(1180, 520)
    floor_view.show()
    app.processEvents()
    floor = median_ms(floor_view.resizeColumnsToContents, repeat=7)
    report("strategy tasks table: columns fitted, 2,000 rows", median_ms(fit.fit, repeat=7), TARGET_MS,
           floor=floor, floor_name="Qt resizeColumnsToContents")  # fmt: skip
