"""A new section written on the section base in a few dozen lines (as its docstring shows) gets the
plumbing for free: changes followed, hidden sections catching up, layout kept, search, refusals
shown beside the field."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFormLayout, QSplitter, QVBoxLayout, QWidget

from smmdesk.services import campaigns as camp
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import notify
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.models.table_model import ColumnSpec, RowTableModel
from smmdesk.ui.widgets.form import Field, Form
from smmdesk.ui.windows.section import Section


class ClientsSection(Section):
    """The clients of the agency: a list, a search, and a form beside it."""

    KEY = "clients"
    ENTITIES = ("clients",)

    def build(self) -> None:
        self.refreshed: list[Changes] = []
        self.search_box(self.tr("Find a client")).textChanged.connect(lambda _: self.reload())
        self.model: RowTableModel[Any] = RowTableModel(
            [ColumnSpec("name", "Client", lambda c: c.name), ColumnSpec("inn", "INN", lambda c: c.inn)], self
        )
        self.table = self.table_view(self.model, "clientsTable")
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.show_client(current.row())
        )
        panel = QWidget()
        self.form = Form(QFormLayout(panel), self._commit, "client")
        self.form.line("name", "Name:")
        self.form.line("inn", "INN:")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.splitter("splitter", self.table, panel, sizes=(500, 300)))

    def reload(self) -> None:
        needle = self.search.text().casefold()
        clients = reading(self.db, camp.list_clients) if self.db else []
        self.model.set_rows([c for c in clients if needle in c.name.casefold()])

    def refresh(self, changes: Changes) -> None:
        self.refreshed.append(changes)
        self.reload()

    def show_client(self, row: int) -> None:
        client = self.model.row_at(row)
        self.form.show({"name": client.name, "inn": client.inn})

    def _commit(self, key: str, value: Any, field: Field) -> None:
        client = self.model.row_at(self.table.currentIndex().row())
        values = {
            k: getattr(client, k)
            for k in ("name", "legal_name", "inn", "contact_person", "email", "phone", "notes")
        } | {key: value}
        self.edit(
            f"Change {client.name}",
            lambda: in_transaction(self.db, camp.update_client, client.id, values),
            lambda old: in_transaction(self.db, camp.update_client, client.id, old),
            "clients",
            [client.id],
            shown_in=field,
        )


@pytest.fixture
def section(qtbot, demo_workspace, user_settings, russian):
    created = ClientsSection(demo_workspace, user_settings)
    qtbot.addWidget(created)
    created.resize(900, 500)
    created.show()
    return created


def test_a_section_lists_searches_and_edits_with_refusals_beside_the_field(section, qtbot) -> None:
    assert section.model.rowCount() == 3
    section.focus_search()
    assert section.search.hasFocus()
    type_text(section.search, "кофейн")
    assert [section.model.row_at(r).name for r in range(section.model.rowCount())] == ["Кофейня «Зерно»"]
    section.table.selectRow(0)
    inn = section.form["inn"].widget
    inn.setFocus()
    inn.selectAll()
    QTest.keyClicks(inn, "123")
    QTest.keyClick(inn, Qt.Key.Key_Return)
    assert "10 или 12 цифр" in section.form["inn"].error.text()  # refused by the rule, beside the field
    assert not section.ws.undo.stack.canUndo()
    inn.selectAll()
    QTest.keyClicks(inn, "7707083893")
    QTest.keyClick(inn, Qt.Key.Key_Return)
    assert section.form["inn"].error.isHidden() and section.model.row_at(0).inn == "7707083893"
    section.ws.undo.undo()
    assert section.model.row_at(0).inn != "7707083893"  # the view followed the undo


def test_a_hidden_section_catches_up_once_when_shown(section, qtbot) -> None:
    db = section.ws.db
    section.hide()
    for name in ("Студия «Луч»", "Бюро «Вектор»"):
        section.ws.edit(
            f"Add {name}",
            lambda n=name: in_transaction(db, camp.create_client, name=n),
            lambda made: in_transaction(db, camp.delete_client, made),
            "clients",
        )
    assert section.refreshed == [] and section.model.rowCount() == 3
    section.show()
    assert len(section.refreshed) == 1 and section.model.rowCount() == 5  # two changes, one refresh


def test_the_layout_is_kept_and_a_message_reaches_the_status_line(
    qtbot, section, demo_workspace, tmp_path
) -> None:
    section.findChild(QSplitter).setSizes([620, 280])  # the splitter, dragged
    sizes = section.findChild(QSplitter).sizes()
    section.save_layout()
    again = ClientsSection(demo_workspace, section.settings)
    qtbot.addWidget(again)
    again.resize(900, 500)
    again.show()
    assert again.findChild(QSplitter).sizes() == sizes
    section.post("Выгружено 3 клиента")
    assert notify.notifier().last == "Выгружено 3 клиента"
