"""The Репутация section's query library: the brand's queries, the editor of the text form (an error
shown at its position), the word forms and spellings of a word, the query compiled for each service
with the limits it breaks, copying and export, and the tester: how many imported mentions it finds,
the planner's marks and the precision they estimate, and what an edit gains and loses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.query.compile import DIALECTS, Compiled
from smmdesk.domain.reputation.query.morphology import spellings
from smmdesk.domain.reputation.query.syntax import parse_query
from smmdesk.domain.reputation.query.tree import PURPOSE_LABELS, Purpose
from smmdesk.i18n import error_text
from smmdesk.services.reputation import library
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.formatting import format_decimal, format_int

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow

SERVICES = tuple(d.service for d in DIALECTS.values())


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class LibraryTab(QWidget):
    def __init__(self, section: ReputationWindow) -> None:
        super().__init__()
        self.section = section
        self.client_id: int | None = None
        self.query_id: int | None = None
        self.saved_text = ""
        self.sample: library.Sample | None = None
        self.list = QListWidget()
        self.list.setObjectName("queryList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(
            lambda item, _: self.open_query(item.data(Qt.ItemDataRole.UserRole) if item else None)
        )
        self.new_button = QPushButton(self.tr("New query"))
        self.new_button.clicked.connect(lambda: self.open_query(None))
        self.lists_button = QPushButton(self.tr("Named lists…"))
        self.lists_button.setObjectName("namedListsButton")
        self.lists_button.clicked.connect(lambda: self.open_lists())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.lists_button)
        self.name = QLineEdit()
        self.name.setObjectName("queryName")
        self.name.setPlaceholderText(self.tr("Name"))
        self.purpose = QComboBox()
        self.purpose.setObjectName("queryPurpose")
        for purpose in Purpose:
            self.purpose.addItem(_tr("Reputation", PURPOSE_LABELS[purpose]), purpose.value)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("queryText")
        self.editor.setPlaceholderText("{бренд} AND (доставк* OR курьер) NOT {вакансии}")
        self.editor.setMaximumHeight(80)
        self.editor.textChanged.connect(self.check)
        self.message = QLabel()
        self.message.setObjectName("queryMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the query"))
        self.save_button.setObjectName("saveQuery")
        self.save_button.clicked.connect(lambda: self.save())
        self._compile_widgets()
        self._tester_widgets()
        right = self._right_side()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section.splitter("librarySplitter", left, right, sizes=(260, 1040)))

    def _compile_widgets(self) -> None:
        self.word = QLineEdit()
        self.word.setObjectName("formsWord")
        self.word.setPlaceholderText(self.tr("A word: its forms and spellings"))
        self.word.returnPressed.connect(lambda: self.show_forms())
        self.forms = QLabel()
        self.forms.setObjectName("wordForms")
        self.forms.setWordWrap(True)
        self.service = QComboBox()
        self.service.setObjectName("compileService")
        self.service.addItems(SERVICES)
        self.service.activated.connect(lambda _: self.check())
        self.compiled = QPlainTextEdit()
        self.compiled.setObjectName("compiledText")
        self.compiled.setReadOnly(True)
        self.compiled.setMaximumHeight(80)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.compiled.toPlainText())
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(lambda: self.export_compiled())

    def _tester_widgets(self) -> None:
        self.test_button = QPushButton(self.tr("Test on the imported mentions"))
        self.test_button.setObjectName("testQuery")
        self.test_button.clicked.connect(lambda: self.test())
        self.result = QLabel()
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        self.found = QListWidget()
        self.found.setObjectName("foundMentions")
        self.found.setWordWrap(True)
        self.found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.found.itemChanged.connect(self._marked)

    def _right_side(self) -> QWidget:
        head = QHBoxLayout()
        head.addWidget(self.name, 2)
        head.addWidget(self.purpose, 1)
        head.addWidget(self.save_button)
        words = QHBoxLayout()
        words.addWidget(self.word, 1)
        compile_row = QHBoxLayout()
        compile_row.addWidget(QLabel(self.tr("For:")))
        compile_row.addWidget(self.service, 1)
        compile_row.addWidget(self.copy_button)
        compile_row.addWidget(self.export_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        for widget in (self.editor, self.message):
            right_layout.addWidget(widget)
        right_layout.addLayout(words)
        right_layout.addWidget(self.forms)
        right_layout.addLayout(compile_row)
        right_layout.addWidget(self.compiled)
        right_layout.addWidget(self.test_button)
        right_layout.addWidget(self.result)
        right_layout.addWidget(self.found, 1)
        return right

    # --- showing ------------------------------------------------------------------------------------------

    def show_brand(self, client_id: int | None) -> None:
        if client_id != self.client_id:
            self.sample = None
        self.client_id = client_id
        db = self.section.db
        self.list.blockSignals(True)
        self.list.clear()
        for query in (
            reading(db, library.queries, client_id) if db is not None and client_id is not None else []
        ):
            item = QListWidgetItem(f"{query.name}\n{_tr('Reputation', PURPOSE_LABELS[query.purpose])}")
            item.setData(Qt.ItemDataRole.UserRole, query.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.new_button.setEnabled(self.section.writable)
        self.open_query(self.query_id if self.query_id is not None else None, keep_text=True)

    def open_query(self, query_id: int | None, keep_text: bool = False) -> None:
        db, client = self.section.db, self.client_id
        found = None
        if db is not None and client is not None and query_id is not None:
            found = next((q for q in reading(db, library.queries, client) if q.id == query_id), None)
        self.query_id = found.id if found else None
        if found is not None:
            self.name.setText(found.name)
            self.purpose.setCurrentIndex(max(self.purpose.findData(found.purpose.value), 0))
            self.editor.setPlainText(found.text)
            self.saved_text = found.text
        elif not keep_text:
            self.name.clear()
            self.editor.clear()
            self.saved_text = ""
        self.found.clear()
        self.result.clear()
        self.check()

    def open_lists(self) -> Any:
        """The brand's named lists, beside the window; the query is checked again after each change."""
        from smmdesk.ui.dialogs.reputation_lists import open_lists

        return open_lists(self.section)

    # --- the text, its errors, its compiled forms ---------------------------------------------------------

    def check(self) -> Compiled | None:
        """Parses what is typed: an error at its position, or the query compiled for the service."""
        text = self.editor.toPlainText().strip()
        self.compiled.clear()
        if not text:
            self.message.clear()
            return None
        try:
            parse_query(text)
            lists = (
                reading(self.section.db, library.library, self.client_id)
                if self.client_id is not None
                else {}
            )
            compiled = library.compile_text(text, self.service.currentText(), lists)
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            position = exc.params.get("position")
            if isinstance(position, int):
                cursor = self.editor.textCursor()
                cursor.setPosition(min(position, len(self.editor.toPlainText())))
                cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
                self.editor.setTextCursor(cursor)
            return None
        if compiled.ok:
            self.message.setText(self.tr("The query reads correctly."))
            self.compiled.setPlainText(
                compiled.text + (f"\n{compiled.exclusions}" if compiled.exclusions else "")
            )
        else:
            self.message.setText("\n".join(limit.render(_tr) for limit in compiled.limits))
        return compiled

    def show_forms(self, word: str | None = None) -> str:
        chosen = (word or self.word.text()).strip()
        if not chosen:
            self.forms.clear()
            return ""
        found = spellings(chosen)
        text = self.tr("Forms: {forms}").format(forms=", ".join(sorted(found.forms)) or "—")
        if found.offered:
            text += "\n" + self.tr("Not in the dictionary; other spellings: {spellings}").format(
                spellings=", ".join(found.offered)
            )
        self.forms.setText(text)
        return text

    def export_compiled(self, path: str | None = None) -> Path | None:
        from smmdesk.io.atomic import atomic_output
        from smmdesk.ui.core import ask

        chosen = path or ask.save_file(
            self, self.tr("Export the query"), self.name.text() or "query", "Text (*.txt)"
        )
        if not chosen:
            return None
        target = Path(chosen)
        with atomic_output(target) as temp:
            temp.write_text(self.compiled.toPlainText() + "\n", "utf-8")
        return target

    # --- saving and testing -------------------------------------------------------------------------------

    def save(self) -> bool:
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return False
        name, text, purpose, ident = (
            self.name.text(),
            self.editor.toPlainText(),
            self.purpose.currentData(),
            self.query_id,
        )

        def do() -> tuple[int, Any]:
            return in_transaction(
                db, library.save_query, client, name, text, Purpose(purpose), query_id=ident
            )

        def undo(result: tuple[int, Any]) -> None:
            made, old = result
            if old is None:
                in_transaction(db, library.delete_query, made)
            else:
                in_transaction(
                    db, library.save_query, client, old.name, old.text, old.purpose, old.notes, made
                )

        done = self.section.edit(
            self.tr("Save the query {name}").format(name=name), do, undo, "reputation", shown_in=self.message
        )
        if done:
            self.query_id = done.value[0]
            self.show_brand(client)
        return bool(done)

    def test(self) -> library.TestRun | None:
        """Runs the query on the brand's imported mentions: how many it finds, the first ones to mark,
        the precision the marks estimate, and (for a saved query edited) what the edit gains and loses."""
        db, client = self.section.db, self.client_id
        text = self.editor.toPlainText().strip()
        if db is None or client is None or not text:
            return None
        try:
            with db.reading() as session:
                if self.sample is None:
                    self.sample = library.sample(session, client)
                run = library.run_query(session, client, text, query_id=self.query_id, mentions=self.sample)
                first = library.first_of(session, run.matched, 50)
                marks = library.marks(session, self.query_id) if self.query_id is not None else {}
                change = (
                    library.effect(session, client, self.saved_text, text, self.sample)
                    if self.saved_text and self.saved_text != text
                    else None
                )
        except ValidationError as exc:
            self.result.setText(error_text(exc))
            return None
        lines = [
            self.tr("Finds {count} of {total} mentions.").format(
                count=format_int(len(run.matched)), total=format_int(run.total)
            )
        ]
        if run.precision is not None:
            lines.append(
                self.tr("Precision by {marked} marks: {value} % (95 %: {low}–{high} %)").format(
                    marked=run.precision.marked,
                    value=format_decimal(run.precision.value, 0),
                    low=format_decimal(run.precision.low, 0),
                    high=format_decimal(run.precision.high, 0),
                )
            )
        if change is not None:
            lines.append(
                self.tr("The edit gains {gained} and loses {lost}.").format(
                    gained=format_int(len(change.gained)), lost=format_int(len(change.lost))
                )
            )
        self.result.setText("\n".join(lines))
        self.found.blockSignals(True)
        self.found.clear()
        for ident, _link, body in first:
            item = QListWidgetItem(" ".join(body.split())[:200])
            item.setData(Qt.ItemDataRole.UserRole, ident)
            if self.query_id is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                mark = marks.get(ident)
                item.setCheckState(Qt.CheckState.Checked if mark else Qt.CheckState.Unchecked)
            self.found.addItem(item)
        self.found.blockSignals(False)
        return run

    def _marked(self, item: QListWidgetItem) -> None:
        db, query = self.section.db, self.query_id
        if db is None or query is None:
            return
        mention = item.data(Qt.ItemDataRole.UserRole)
        relevant = item.checkState() == Qt.CheckState.Checked
        self.section.edit(
            self.tr("Mark a mention"),
            lambda: in_transaction(db, library.mark, query, mention, relevant),
            lambda old: in_transaction(db, library.mark, query, mention, old),
            "reputation",
            shown_in=self.result,
        )
