"""The Репутация section's mentions queue: filters and search above, the mentions by deadline (an
overdue one in red with how late it is), and the chosen mention's workflow beside them — category,
severity, status, responsible, a reply made from the playbook with the tone rules beside the
editor, and a complaint to the platform (`reputation_reply`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.reputation.sentiment import SENTIMENT_LABELS, Sentiment
from smmdesk.domain.reputation.sla import SEVERITY_LABELS, Severity
from smmdesk.domain.reputation.workflow import CATEGORY_LABELS, STATUS_LABELS, Category, Status
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reputation import mentions as work
from smmdesk.services.reputation.queue import COUNTED, QueueFilter, QueueRow, queue, services_of
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.formatting import format_datetime, format_int
from smmdesk.ui.models.table_model import ColumnSpec, RowTableModel
from smmdesk.ui.widgets.form import Field, Form, heading_label, set_choices
from smmdesk.ui.widgets.reputation_complaints import ComplaintsPanel
from smmdesk.ui.widgets.reputation_reply import ReplyPanel

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow

LATE = QColor("#c0392b")
LATE_DAYS = QT_TRANSLATE_NOOP("Reputation", "late by {days} d {hours} h")
LATE_HOURS = QT_TRANSLATE_NOOP("Reputation", "late by {hours} h {minutes:02d} min")
SEARCH_DELAY_MS = 150


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def late_text(late: dt.timedelta | None) -> str:
    """'late by 2 h 05 min' in the interface's language; '' when on time."""
    if late is None:
        return ""
    minutes = int(late.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _tr("Reputation", LATE_DAYS).format(days=days, hours=hours)
    return _tr("Reputation", LATE_HOURS).format(hours=hours, minutes=mins)


class QueueTab(QWidget):
    def __init__(self, section: ReputationWindow) -> None:
        super().__init__()
        self.section = section
        self.client_id: int | None = None
        self.current: work.MentionDetail | None = None
        self.search = QLineEdit()
        self.search.setObjectName("mentionSearch")
        self.search.setPlaceholderText(self.tr("Find in text and author (all word forms)"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.sentiment = self._combo(
            "filterSentiment",
            [("", self.tr("Any sentiment"))]
            + [(s.value, _tr("Reputation", SENTIMENT_LABELS[s])) for s in Sentiment],
        )
        self.service = self._combo("filterService", [("", self.tr("Any service"))])
        self.status = self._combo(
            "filterStatus",
            [("", self.tr("Any status"))] + [(s.value, _tr("Reputation", STATUS_LABELS[s])) for s in Status],
        )
        self.category = self._combo(
            "filterCategory",
            [("", self.tr("Any category"))]
            + [(c.value, _tr("Reputation", CATEGORY_LABELS[c])) for c in Category],
        )
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("filterOverdue")
        self.overdue.toggled.connect(lambda _: self.apply_filter())
        filters = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.overdue)
        for widget in (self.sentiment, self.service, self.status, self.category):
            second.addWidget(widget, 1)
        filters.addLayout(first)
        filters.addLayout(second)
        self.model: RowTableModel[QueueRow] = RowTableModel(self._columns(), self)
        self.table = section.table_view(self.model, "mentionQueue")
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._picked(current.row()))
        self.count = QLabel()
        self.count.setObjectName("queueCount")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section.splitter("queueSplitter", left, self._detail(), sizes=(820, 480)))

    def _combo(self, name: str, choices: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        set_choices(combo, choices)
        combo.activated.connect(lambda _: self.apply_filter())
        return combo

    def _columns(self) -> list[ColumnSpec[QueueRow]]:
        red = lambda r: LATE if r.late is not None else None  # noqa: E731
        return [
            ColumnSpec(
                "deadline", self.tr("Deadline"), lambda r: r.deadline, format_datetime, foreground=red
            ),
            ColumnSpec("late", self.tr("Late"), lambda r: late_text(r.late), foreground=red),
            ColumnSpec(
                "sentiment", self.tr("Sentiment"), lambda r: _tr("Reputation", SENTIMENT_LABELS[r.sentiment])
            ),
            ColumnSpec("severity", self.tr("Severity"), lambda r: r.severity),
            ColumnSpec("status", self.tr("Status"), lambda r: _tr("Reputation", STATUS_LABELS[r.status])),
            ColumnSpec("author", self.tr("Author"), lambda r: r.author),
            ColumnSpec("place", self.tr("Place"), lambda r: r.place),
            ColumnSpec("text", self.tr("Text"), lambda r: r.text),
        ]

    def _detail(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.heading = heading_label(self.tr("Choose a mention"), "mentionHeading")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("mentionText")
        self.text.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("mentionMeta")
        self.meta.setWordWrap(True)
        self.form = Form(QFormLayout(fields := QWidget()), self._commit, "mention")
        self.form.choice(
            "category",
            self.tr("Category:"),
            [("", "—")] + [(c.value, _tr("Reputation", CATEGORY_LABELS[c])) for c in Category],
        )
        self.form.choice(
            "severity",
            self.tr("Severity:"),
            [("", "—")] + [(s.value, _tr("Reputation", SEVERITY_LABELS[s])) for s in Severity],
        )
        self.form.choice(
            "status", self.tr("Status:"), [(s.value, _tr("Reputation", STATUS_LABELS[s])) for s in Status]
        )
        self.form.line("responsible", self.tr("Responsible:"))
        self.replies = ReplyPanel(self)
        self.complaints = ComplaintsPanel(self)
        for widget in (self.heading, self.text, self.meta, fields, self.replies, self.complaints):
            layout.addWidget(widget)
        layout.addStretch(1)
        # Each label above its field, so that a choice has the panel's whole width: at 1366 px the
        # longest («S1 безопасность, суд, охват, всплеск») fits in the closed box, the panel not widened.
        form_layout = fields.layout()
        assert isinstance(form_layout, QFormLayout)
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for combo in panel.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # texts wrap instead
        scroll.setWidget(panel)
        scroll.setMinimumWidth(340)  # at 1280 px the table gives way, the longest category reads whole
        return scroll

    # --- showing ------------------------------------------------------------------------------------------

    def show_brand(self, client_id: int | None) -> None:
        self.client_id = client_id
        db = self.section.db
        chosen = self.service.currentData()
        names = reading(db, services_of, client_id) if db is not None and client_id is not None else []
        set_choices(self.service, [("", self.tr("Any service")), *((n, n) for n in names)])
        self.service.setCurrentIndex(max(self.service.findData(chosen), 0))
        self.apply_filter()

    def chosen_filter(self) -> QueueFilter:
        return QueueFilter(
            sentiment=self.sentiment.currentData() or "",
            service=self.service.currentData() or "",
            status=self.status.currentData() or "",
            category=self.category.currentData() or "",
            overdue=self.overdue.isChecked(),
            search=self.search.text(),
        )

    def apply_filter(self) -> None:
        db, client = self.section.db, self.client_id
        keep = self.current.id if self.current else None
        if db is None or client is None:
            self.model.set_rows([])
            self.count.clear()
            self.show_mention(None)
            return
        page = reading(db, queue, client, self.chosen_filter())
        self.model.set_rows(page.rows)
        shown = len(page.rows)
        self.count.setText(
            self.tr("More than {count} mentions, the first {shown} by deadline").format(
                count=format_int(COUNTED), shown=format_int(shown)
            )
            if page.more_than_counted
            else self.tr("{count} mentions").format(count=format_int(page.total))
            if shown == page.total
            else self.tr("{count} mentions, the first {shown} by deadline").format(
                count=format_int(page.total), shown=format_int(shown)
            )
        )
        row = next((i for i, r in enumerate(page.rows) if r.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
            self.show_mention(keep)
        else:
            self.show_mention(None)

    def _picked(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.show_mention(self.model.row_at(row).id)

    def show_mention(self, mention_id: int | None) -> None:
        db = self.section.db
        self.current = (
            reading(db, work.detail, mention_id) if db is not None and mention_id is not None else None
        )
        mention = self.current
        enabled = mention is not None and self.section.writable
        self.form.set_enabled(enabled)
        self.replies.show_for(mention, enabled)
        self.complaints.show_for(mention, enabled)
        if mention is None:
            self.heading.setText(self.tr("Choose a mention"))
            self.text.clear()
            self.meta.clear()
            return
        self.heading.setText(mention.author_name or mention.place or mention.link)
        self.text.setText(mention.text)
        due = format_datetime(mention.deadline) if mention.deadline else "—"
        replies = ", ".join(format_datetime(r.at) for r in mention.replies) or "—"
        self.meta.setText(
            self.tr(
                "{services} · {place} · published {published}\nDeadline: {due} · replies: {replies}"
            ).format(
                services=", ".join(mention.services),
                place=mention.place or "—",
                published=format_datetime(mention.published) or "—",
                due=due,
                replies=replies,
            )
            + ("\n" + ", ".join(mention.tags) if mention.tags else "")  # a survey's order and score too
        )
        self.form.show(
            {
                "category": mention.category.value if mention.category else "",
                "severity": mention.severity.value if mention.severity else "",
                "status": mention.status.value,
                "responsible": mention.responsible,
            },
            keep_typed=False,
        )

    # --- the workflow -------------------------------------------------------------------------------------

    def _commit(self, key: str, value: Any, field: Field) -> None:
        self.save({key: value}, field)

    def save(self, changes: dict[str, Any], shown_in: Field | QLabel | None = None) -> bool:
        db, mention = self.section.db, self.current
        if db is None or mention is None:
            return False
        done = self.section.edit(
            self.tr("Change a mention"),
            lambda: in_transaction(db, work.update_mention, mention.id, changes),
            lambda old: in_transaction(db, work.restore_mention, mention.id, old),
            "mentions",
            [mention.id],
            shown_in=shown_in,
        )
        if done:
            self.apply_filter()
        elif isinstance(shown_in, Field):
            shown_in.show(shown_in.shown)  # the stored value again, its refusal beside it
        return bool(done)
