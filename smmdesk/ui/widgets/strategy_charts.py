"""The strategy's charts on screen: the timeline (Gantt) of tasks and checkpoints and the KPIs'
progress against where they should be by now — matplotlib Figures from `charts/strategy.py`,
drawn when their tab is first shown and again when the strategy changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smmdesk.services.strategy_document import charts
from smmdesk.services.strategy_state import StrategyState

KEYS = ("timeline", "progress")


def language() -> str:
    """The charts on screen speak the interface's language (the client's document is in Russian)."""
    return "en" if QLocale().language() == QLocale.Language.English else "ru"


class ChartsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: StrategyState | None = None
        self.figures: dict[str, Any] = {}
        self.drawn: set[str] = set()
        self.pages: dict[str, QVBoxLayout] = {}
        self.views = QTabWidget()
        self.views.setObjectName("chartViews")
        for key, title in zip(KEYS, (self.tr("Timeline"), self.tr("KPI progress")), strict=True):
            page = QWidget()
            self.pages[key] = QVBoxLayout(page)
            self.views.addTab(page, title)
        self.views.currentChanged.connect(lambda _: self.draw())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def fill(self, state: StrategyState | None) -> None:
        self.state = state
        self.figures.clear()
        self.drawn.clear()
        for layout in self.pages.values():
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        if self.isVisible():
            self.draw()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.draw()

    def draw(self) -> None:
        """The current tab's chart, made the first time it is shown for this state."""
        if self.state is None:
            return
        key = KEYS[max(self.views.currentIndex(), 0)]
        if key in self.drawn:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if key not in self.figures:
            self.figures.update(charts(self.state, language(), QCoreApplication.translate))
        self.drawn.add(key)
        canvas = FigureCanvasQTAgg(self.figures[key])
        canvas.setObjectName(f"{key}Chart")
        self.pages[key].addWidget(canvas)
