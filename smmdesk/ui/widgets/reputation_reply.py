"""The reply editor beside a mention of the queue: a template of the playbook for its category (or a
holding statement), its variables to fill, the reply refused until they are, identical replies
noticed, the tone rules beside it; recording the reply with its time, and a complaint to the platform.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.playbook import TEMPLATES, TONE_RULES, VARIABLES, Platform, Template
from smmdesk.domain.reputation.workflow import CATEGORY_LABELS
from smmdesk.i18n import error_text
from smmdesk.services.reputation import mentions as work
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.widgets.form import set_choices

if TYPE_CHECKING:
    from smmdesk.ui.widgets.reputation_queue import QueueTab


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ReplyPanel(QWidget):
    def __init__(self, queue: QueueTab) -> None:
        super().__init__()
        self.queue = queue
        self.section = queue.section
        self.current: work.MentionDetail | None = None
        self.template = QComboBox()
        self.template.setObjectName("replyTemplate")
        self.template.activated.connect(lambda _: self._template_chosen())
        self.variables = QFormLayout()
        self.variable_edits: dict[str, QLineEdit] = {}
        self.make_button = QPushButton(self.tr("Fill in the template"))
        self.make_button.setObjectName("makeReply")
        self.make_button.clicked.connect(lambda: self.make_reply())
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("replyText")
        self.reply.setMaximumHeight(90)
        self.reply_message = QLabel()
        self.reply_message.setObjectName("replyMessage")
        self.reply_message.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record the reply"))
        self.record_button.setObjectName("recordReply")
        self.record_button.clicked.connect(lambda: self.record_reply())
        self.complaint_button = QPushButton(self.tr("Complaint to the platform…"))
        self.complaint_button.clicked.connect(lambda: self.file_complaint())
        tone = QLabel(
            self.tr("Tone:") + "\n" + "\n".join("• " + _tr("Playbook", rule) for rule in TONE_RULES)
        )
        tone.setObjectName("toneRules")
        tone.setWordWrap(True)
        buttons = QVBoxLayout()  # one above the other: side by side they widen a laptop's panel
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.complaint_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.template)
        layout.addLayout(self.variables)
        for widget in (self.make_button, self.reply, self.reply_message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(tone)

    def show_for(self, mention: work.MentionDetail | None, enabled: bool) -> None:
        """The templates of the mention's category and the holding statements; nothing without one."""
        self.current = mention
        for widget in (
            self.template,
            self.make_button,
            self.reply,
            self.record_button,
            self.complaint_button,
        ):
            widget.setEnabled(enabled)
        self.reply_message.clear()
        if mention is None:
            set_choices(self.template, [])
            self._template_chosen()
            return
        templates = [
            t for t in TEMPLATES if t.holding or t.category is mention.category or mention.category is None
        ]
        set_choices(self.template, [(t.name, self._template_title(t)) for t in templates])
        self._template_chosen()

    def _template_title(self, template: Template) -> str:
        if template.holding:
            return self.tr("Holding statement: {name}").format(name=template.name)
        label = CATEGORY_LABELS[template.category] if template.category else ""
        return _tr("Reputation", label) if label else template.name

    def _template_chosen(self) -> None:
        while self.variables.rowCount():
            self.variables.removeRow(0)
        self.variable_edits = {}
        template = self.chosen_template()
        if template is None:
            return
        for name in template.variables:
            edit = QLineEdit()
            edit.setObjectName(f"variable_{name}")
            self.variable_edits[name] = edit
            label = QLabel(_tr("Playbook", VARIABLES[name]) + ":")
            self.variables.addRow(label, edit)
            label.show()  # at once, not when the event loop gets to it: the panel's height counts them now
            edit.show()

    def chosen_template(self) -> Template | None:
        name = self.template.currentData()
        return next((t for t in TEMPLATES if t.name == name), None)

    def make_reply(self) -> str | None:
        """The chosen template filled from the fields; refused, naming what is missing, until all are."""
        db, mention, template = self.section.db, self.current, self.chosen_template()
        if db is None or mention is None or template is None:
            return None
        values = {name: edit.text() for name, edit in self.variable_edits.items()}
        try:
            draft = reading(db, work.draft_reply, mention.id, template, values, _tr)
        except ValidationError as exc:
            self.reply_message.setText(error_text(exc))
            return None
        self.reply.setPlainText(draft.text)
        self.reply_message.setText(
            self.tr("The same words were already given {count} times: add a detail of this message.").format(
                count=len(draft.identical)
            )
            if draft.identical
            else ""
        )
        return draft.text

    def record_reply(self, at: dt.datetime | None = None) -> bool:
        db, mention = self.section.db, self.current
        text = self.reply.toPlainText()
        if db is None or mention is None:
            return False
        moment = at or dt.datetime.now(dt.UTC)
        template = self.chosen_template()
        done = self.section.edit(
            self.tr("Reply to a mention"),
            lambda: in_transaction(
                db, work.add_reply, mention.id, text, moment, "", template.name if template else ""
            ),
            lambda reply_id: in_transaction(db, work.remove_reply, reply_id),
            "mentions",
            [mention.id],
            shown_in=self.reply_message,
        )
        if done:
            self.reply.clear()
            self.queue.apply_filter()
        return bool(done)

    def file_complaint(self, reason: str | None = None, platform: Platform = Platform.OTHER) -> bool:
        db, mention = self.section.db, self.current
        if db is None or mention is None:
            return False
        from smmdesk.ui.core import ask

        why = reason or ask.text(
            self, self.tr("Complaint to the platform"), self.tr("The platform's rule it breaks:")
        )
        if not why:
            return False
        now = dt.datetime.now(dt.UTC)
        done = self.section.edit(
            self.tr("Complaint about a mention"),
            lambda: in_transaction(
                db, work.file_complaint, mention.id, platform, why, mention.link, now, now.date()
            ),
            lambda complaint: in_transaction(db, work.remove_complaint, complaint),
            "mentions",
            [mention.id],
            shown_in=self.reply_message,
        )
        if done:
            self.queue.show_mention(mention.id)
        return bool(done)
