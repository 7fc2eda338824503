"""The Репутация section's choice of the monitoring service (the brand's parameters, the ranked
matrix with the reason for each place, scores editable with their source and date, the delay and
overlap measured from the imported exports beside them) and its figures (with the charts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from smmdesk.domain.reputation.choice import CRITERION_LABELS, Criterion, Placement, Scope, reason
from smmdesk.domain.reputation.sentiment import SENTIMENT_LABELS, Sentiment
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reputation import brands, choice
from smmdesk.services.reputation.figures import Figures, figures
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.formatting import format_decimal, format_int, format_percent, parse_decimal, parse_whole
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.form import Field, Form, heading_label

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


DURATION = QT_TRANSLATE_NOOP("Reputation", "{hours} h {minutes:02d} min")


def duration_text(value: dt.timedelta | None) -> str:
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    return _tr("Reputation", DURATION).format(hours=hours, minutes=rest)


@dataclass(frozen=True)
class RankedRow:
    placement: Placement
    scores: dict[Criterion, tuple[int | None, str]]  # value, source
    found: int | None
    share: Decimal | None
    delay: dt.timedelta | None
    delay_p90: dt.timedelta | None
    why: str


class ChoiceTab(QWidget):
    def __init__(self, section: ReputationWindow) -> None:
        super().__init__()
        self.section = section
        self.client_id: int | None = None
        self.form = Form(QFormLayout(params := QWidget()), self._commit, "brand")
        self.form.line("mentions_per_day", self.tr("Mentions a day:"), parse_whole, format_int)
        self.form.line("response_hours", self.tr("Answer within, hours:"))
        self.form.choice(
            "scope",
            self.tr("Scale:"),
            [
                (Scope.WHOLE_WEB.value, self.tr("The whole web")),
                (Scope.OWN_ACCOUNTS.value, self.tr("Own accounts only")),
            ],
        )
        self.form.line("regions", self.tr("Regions:"))
        self.form.line("languages", self.tr("Languages:"))
        self.model: RowTableModel[RankedRow] = RowTableModel(self._columns(), self)
        self.table = section.table_view(self.model, "serviceMatrix")
        self.choose_button = QPushButton(self.tr("Choose the service"))
        self.choose_button.setObjectName("chooseService")
        self.choose_button.clicked.connect(lambda: self.choose())
        self.weights_button = QPushButton(self.tr("Weights…"))
        self.weights_button.setObjectName("weightsButton")
        self.weights_button.clicked.connect(lambda: self.open_weights())
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenService")
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chosen, 1)
        bottom.addWidget(self.weights_button)
        bottom.addWidget(self.choose_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.message)
        right_layout.addLayout(bottom)
        layout.addWidget(section.splitter("choiceSplitter", params, right, sizes=(330, 970)))

    def _columns(self) -> list[ColumnSpec[RankedRow]]:
        columns: list[ColumnSpec[RankedRow]] = [
            ColumnSpec("rank", self.tr("Place"), lambda r: r.placement.rank, align=RIGHT),
            ColumnSpec("service", self.tr("Service"), lambda r: r.placement.service),
            ColumnSpec(
                "total",
                self.tr("Of 5"),
                lambda r: r.placement.total,
                lambda v: "—" if v is None else format_decimal(v, 2),
                align=RIGHT,
            ),
        ]
        columns += [self._score_column(criterion) for criterion in Criterion]
        columns += [
            ColumnSpec(
                "found",
                self.tr("Found, measured"),
                lambda r: r.found,
                lambda v: "—" if v is None else format_int(v),
                align=RIGHT,
            ),
            ColumnSpec("share", self.tr("Share of all"), lambda r: r.share, format_percent, align=RIGHT),
            ColumnSpec("delay", self.tr("Delay, median"), lambda r: r.delay, duration_text, align=RIGHT),
            ColumnSpec("delay90", self.tr("Delay, 90 %"), lambda r: r.delay_p90, duration_text, align=RIGHT),
            ColumnSpec("why", self.tr("Why"), lambda r: r.why),
        ]
        return columns

    def _score_column(self, criterion: Criterion) -> ColumnSpec[RankedRow]:
        """A criterion's scores, editable (the planner's, dated today), the source in the tip."""

        def value(row: RankedRow) -> int | None:
            return row.scores[criterion][0]

        def typed(row: RankedRow, text: Any) -> bool:
            return self.set_score(row.placement.service, criterion, text)

        return ColumnSpec(
            criterion.value,
            _tr("Reputation", CRITERION_LABELS[criterion]),
            value,
            lambda v: "—" if v is None else str(v),
            align=RIGHT,
            tooltip=lambda row: row.scores[criterion][1],
            edit=typed,
            edit_value=lambda row: "" if value(row) is None else str(value(row)),
        )

    def show_brand(self, client_id: int | None) -> None:
        self.client_id = client_id
        db = self.section.db
        if db is None or client_id is None:
            self.model.set_rows([])
            return
        with db.reading() as session:
            brand = brands.load_brand(session, client_id)
            ranked = choice.choice(session, client_id)
        needs = brand.needs
        self.form.show(
            {
                "mentions_per_day": needs.mentions_per_day,
                "response_hours": format_decimal(needs.response_hours, 2),
                "scope": needs.scope.value,
                "regions": ", ".join(needs.regions),
                "languages": ", ".join(needs.languages),
            },
            keep_typed=False,
        )
        by_name = {s.name: s for s in ranked.services}
        rows = []
        for placement in ranked.placements:
            service = by_name[placement.service]
            measured = ranked.measured.get(placement.service)
            scores = {
                c: (service.score(c), service.scores[c].source if c in service.scores else "")
                for c in Criterion
            }
            rows.append(
                RankedRow(
                    placement,
                    scores,
                    measured.found if measured else None,
                    measured.share if measured else None,
                    measured.delay_median if measured else None,
                    measured.delay_p90 if measured else None,
                    reason(placement, _tr),
                )
            )
        self.model.set_rows(rows)
        self.chosen.setText(
            self.tr("Chosen: {service} on {date}").format(service=ranked.chosen, date=ranked.chosen_on or "—")
            if ranked.chosen
            else self.tr("No service chosen yet")
        )

    def open_weights(self) -> Any:
        """The criteria's weights, beside the window; the matrix ranks again after each change."""
        from smmdesk.ui.dialogs.reputation_weights import open_weights

        return open_weights(self.section)

    def _commit(self, key: str, value: Any, field: Field) -> None:
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return
        if key == "response_hours":
            value = parse_decimal(str(value)) or value
        done = self.section.edit(
            self.tr("Change the brand's parameters"),
            lambda: in_transaction(db, brands.update_brand, client, {key: value}),
            lambda old: in_transaction(db, brands.update_brand, client, old),
            "reputation",
            [client],
            shown_in=field,
        )
        if done:
            self.show_brand(client)

    def set_score(self, service: str, criterion: Criterion, typed: Any, source: str = "") -> bool:
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return False
        text = str(typed).strip()
        value = parse_whole(text) if text else None
        origin = source or self.tr("the planner's estimate")
        today = dt.date.today()

        def undo(old: Any) -> None:
            if old is None:
                in_transaction(db, choice.clear_score, client, service, criterion)
            else:
                in_transaction(
                    db, choice.set_score, client, service, criterion, old[0], old[1] or origin, old[2]
                )

        done = self.section.edit(
            self.tr("Score {service}").format(service=service),
            lambda: in_transaction(db, choice.set_score, client, service, criterion, value, origin, today),
            undo,
            "reputation",
            [client],
            shown_in=self.message,
        )
        if done:
            self.show_brand(client)
        return bool(done)

    def choose(self, service: str | None = None) -> bool:
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return False
        index = self.table.currentIndex()
        name = service or (self.model.row_at(index.row()).placement.service if index.isValid() else "")
        if not name:
            return False
        done = self.section.edit(
            self.tr("Choose {service}").format(service=name),
            lambda: in_transaction(db, choice.choose, client, name, dt.date.today()),
            lambda old: in_transaction(
                db, brands.update_brand, client, {"chosen_service": old[0], "chosen_on": old[1]}
            ),
            "reputation",
            [client],
            shown_in=self.message,
        )
        if done:
            self.show_brand(client)
        return bool(done)


class FiguresTab(QWidget):
    """The brand's figures in numbers and charts (all its mentions; the report takes a period)."""

    def __init__(self, section: ReputationWindow) -> None:
        super().__init__()
        self.section = section
        self.made: Figures | None = None
        self.numbers = QLabel()
        self.numbers.setObjectName("reputationNumbers")
        self.numbers.setWordWrap(True)
        self.charts = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(heading_label(self.tr("Figures"), "figuresHeading"))
        inner_layout.addWidget(self.numbers)
        inner_layout.addLayout(self.charts)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_brand(self, client_id: int | None) -> None:
        db = self.section.db
        self.made = made = (
            reading(db, figures, client_id) if db is not None and client_id is not None else None
        )
        while self.charts.count():
            item = self.charts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if made is None:
            self.numbers.clear()
            return
        by = ", ".join(
            f"{_tr('Reputation', SENTIMENT_LABELS[s])} {format_int(made.by_sentiment[s])}" for s in Sentiment
        )
        self.numbers.setText(
            "\n".join(
                (
                    self.tr("Mentions: {count} ({by})").format(count=format_int(made.total), by=by),
                    self.tr("Share of negative: {share}").format(share=format_percent(made.negative_share)),
                    self.tr("First reply: median {median}, 90th percentile {p90} ({count} answered)").format(
                        median=duration_text(made.response_median),
                        p90=duration_text(made.response_p90),
                        count=format_int(made.answered),
                    ),
                    self.tr("Answered on time: {percent} of {due} due").format(
                        percent=format_percent(made.compliance.percent), due=format_int(made.compliance.due)
                    ),
                )
            )
        )
        if self.isVisible():
            self._draw(made)

    def _draw(self, made: Figures) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from smmdesk.charts import reputation as charts

        lang = "en" if self.tr("Figures") == "Figures" else "ru"
        for figure in (
            charts.sentiment_chart(made.by_day, lang),
            charts.top_chart("places", made.top_places, lang),
        ):
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumHeight(300)
            self.charts.addWidget(canvas)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.made is not None and not self.charts.count():
            self._draw(self.made)
