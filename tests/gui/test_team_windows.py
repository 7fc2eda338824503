"""The windows of a team: someone else's change refused and shown, undo refused the same way, the
history of a record, others' changes appearing, the server page, the connection and upgrade
questions. Run on a file and (where marked) only on a server."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import import_in_dialog, type_text
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from smmdesk.i18n import error_text
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, open_workspace, reading
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.windows.influencers import InfluencersWindow

UNREACHABLE = "postgresql+psycopg://planner:secret@127.0.0.1:1/smmdesk"


class MemoryKeyring(KeyringBackend):
    """A keychain for the test: what was stored, where a real one would keep it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def keychain():
    import keyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def _irina_moves(location: Path, person: int, city: str) -> None:
    """Another planner, irina, gives the person another city from her own client."""
    other = open_workspace(location)
    other.tracker.user = "irina"
    try:
        in_transaction(other, svc.update_influencer, person, {"city": city})
    finally:
        other.close()


def _type_city(window: InfluencersWindow, qtbot, city_text: str) -> None:
    city = window.detail.person_fields["city"].widget
    city.setFocus()
    city.selectAll()
    type_text(city, city_text)
    qtbot.keyClick(city, Qt.Key.Key_Return)


def test_saving_over_another_planners_change_is_refused_and_the_panel_shows_theirs(
    influencers_window: InfluencersWindow, qtbot, answers, demo_path
) -> None:
    window = influencers_window
    window.table.selectRow(0)
    person = window.model.row_at(0).influencer_id
    _irina_moves(demo_path, person, "Омск")
    _type_city(window, qtbot, "Калуга")
    warned = answers.texts("warn")
    assert len(warned) == 1 and "irina" in warned[0] and "не сохранено" in warned[0]
    assert reading(window.ws.db, svc.detail, person).values["city"] == "Омск"
    qtbot.waitUntil(lambda: window.detail.person_fields["city"].widget.text() == "Омск", timeout=2000)


def test_a_field_typed_while_another_planners_change_arrives_is_not_saved_over_it(
    influencers_window: InfluencersWindow, qtbot, answers, demo_path
) -> None:
    window = influencers_window
    window.table.selectRow(0)
    person = window.model.row_at(0).influencer_id
    city = window.detail.person_fields["city"].widget
    city.setFocus()
    city.selectAll()
    type_text(city, "Калуга")
    _irina_moves(demo_path, person, "Омск")
    window.ws.bus.notify("influencers", [person])  # the background reload, as irina's notice brings
    shown = window.detail
    qtbot.waitUntil(lambda: shown.detail is not None and shown.detail.values["city"] == "Омск")
    assert city.hasFocus() and city.text() == "Калуга"  # what is being typed is not taken away
    qtbot.keyClick(city, Qt.Key.Key_Return)
    warned = answers.texts("warn")
    assert len(warned) == 1 and "irina" in warned[0] and "не сохранено" in warned[0]
    assert reading(window.ws.db, svc.detail, person).values["city"] == "Омск"
    assert city.text() == "Омск"
    city.selectAll()  # typed again, knowing irina's value: now it is saved
    type_text(city, "Калуга")
    qtbot.keyClick(city, Qt.Key.Key_Return)
    assert reading(window.ws.db, svc.detail, person).values["city"] == "Калуга"
    assert len(answers.texts("warn")) == 1


def test_undo_of_a_value_another_planner_changed_since_is_refused(
    influencers_window: InfluencersWindow, qtbot, answers, demo_path
) -> None:
    window = influencers_window
    window.table.selectRow(0)
    person = window.model.row_at(0).influencer_id
    _type_city(window, qtbot, "Калуга")
    _irina_moves(demo_path, person, "Омск")
    failures: list[BaseException] = []
    window.ws.undo.failed.connect(failures.append)
    window.ws.undo.undo()
    assert reading(window.ws.db, svc.detail, person).values["city"] == "Омск"
    assert len(failures) == 1 and "irina" in error_text(failures[0])
    assert "не сохранено" in error_text(failures[0])


def test_undo_of_an_import_another_planner_has_changed_since_is_refused(
    influencers_window: InfluencersWindow, qtbot, answers, demo_path, tmp_path: Path
) -> None:
    window = influencers_window
    listing = tmp_path / "new.csv"
    listing.write_text("Имя;Площадка;Аккаунт;Город\nНовая Блогерша;Telegram;@new_one;Тверь\n", "utf-8")
    (person,) = import_in_dialog(qtbot, window.ws, listing, window).outcome.influencer_ids
    _irina_moves(demo_path, person, "Омск")
    failures: list[BaseException] = []
    window.ws.undo.failed.connect(failures.append)
    window.ws.undo.undo()  # the import
    assert len(failures) == 1 and "irina" in error_text(failures[0])
    assert reading(window.ws.db, svc.detail, person).values["city"] == "Омск"  # she and her change stay


def test_the_history_of_a_person_lists_who_changed_what(influencers_window: InfluencersWindow, qtbot) -> None:
    window = influencers_window
    window.table.selectRow(0)
    old = window.model.row_at(0).city
    _type_city(window, qtbot, "Калуга")
    window.detail.history_button.click()
    dialog = window.detail.history_dialog
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][1:] == [window.ws.db.user, "изменено", "город", old, "Калуга"]
    assert dialog.windowTitle().startswith("История")


def test_the_server_page_refuses_a_server_it_cannot_reach(main_window, qtbot, answers, keychain) -> None:
    from smmdesk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.workspace, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    page = dialog.server_page
    page.url.setText(UNREACHABLE)
    page.url.textEdited.emit(UNREACHABLE)
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0
    assert "недоступен" in page.status.text() or "cannot be reached" in page.status.text()
    assert main_window.settings.engine_url == ""
    assert "secret" not in page.status.text()
    assert keychain.kept == {}


def test_a_server_that_cannot_be_reached_offers_the_local_file(
    user_settings: UserSettings, answers, russian, tmp_path: Path, monkeypatch
) -> None:
    from smmdesk import locations

    local = tmp_path / "local.smmdesk"
    monkeypatch.setattr(locations, "default_database", lambda: local)
    answers.queue("question", 0)
    ws = Workspace(user_settings)
    try:
        assert ws.open(UNREACHABLE)
        assert ws.path == local.resolve()
        asked = answers.texts("question")[0]
        assert "127.0.0.1" in asked and "secret" not in asked and "на этом компьютере" in asked
    finally:
        ws.close()


@pytest.mark.server
def test_the_server_page_saves_the_url_without_its_password(
    main_window, qtbot, answers, keychain, server_url: str
) -> None:
    from sqlalchemy.engine import make_url

    from smmdesk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.workspace, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    page = dialog.server_page
    page.url.setText(server_url)
    page.url.textEdited.emit(server_url)
    page.test_button.click()
    assert page.status.text().startswith("Подключено")
    dialog.accept()
    saved = main_window.settings.engine_url
    url = make_url(server_url)
    assert saved and f":{url.password}@" not in saved and make_url(saved).password is None
    assert keychain.kept == {("smmdesk", saved): url.password}
    from smmdesk.services.server import with_password

    assert make_url(with_password(saved)).password == url.password


@pytest.mark.server
def test_an_older_server_schema_is_upgraded_only_when_the_planner_agrees(
    user_settings: UserSettings, answers, russian, server_databases
) -> None:
    from smmdesk.storage import migrate
    from smmdesk.storage.server import create_server_engine

    url = server_databases.create(server_databases.name("old"))
    engine = create_server_engine(url)
    migrate.upgrade(engine, "0005_contests")
    engine.dispose()
    ws = Workspace(user_settings)
    try:
        answers.queue("question", 1)
        assert not ws.open(url)
        assert "0005_contests" in answers.texts("question")[0]
        assert migrate.engine_revision(create_server_engine(url)) == "0005_contests"
        answers.queue("question", 0)
        assert ws.open(url)
        assert ws.db is not None and ws.db.migrated_from == "0005_contests"
    finally:
        ws.close()


@pytest.mark.server
def test_another_planners_change_appears_in_the_open_window_within_a_second(
    influencers_window: InfluencersWindow, qtbot, demo_path
) -> None:
    window = influencers_window
    qtbot.waitUntil(lambda: window.ws.remote is not None and window.ws.remote.listener.mode == "listen")
    row = window.model.row_at(0)
    other = open_workspace(demo_path)
    try:
        in_transaction(other, svc.update_influencer, row.influencer_id, {"city": "Владивосток"})
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.model.row_at(0).city == "Владивосток", timeout=1000)


@pytest.mark.server
def test_the_open_file_is_uploaded_to_an_empty_server_from_the_server_page(
    user_settings: UserSettings, qtbot, answers, russian, server_url: str, tmp_path: Path
) -> None:
    from smmdesk.ui.dialogs.server_page import ServerPage

    local = tmp_path / "solo.smmdesk"
    ws = Workspace(user_settings)
    assert ws.open(local, background_backup=False)
    try:
        person = in_transaction(ws.db, svc.create_influencer, "Анна Иванова", "telegram", "@anna")
        page = ServerPage(ws, user_settings)
        qtbot.addWidget(page)
        page.url.setText(server_url)
        answers.queue("confirm", True)
        page.upload_button.click()
        assert page.status.text().startswith("Загружено")
        server = open_workspace(server_url)
        try:
            assert reading(server, svc.find_by_name, "анна иванова") == person
        finally:
            server.close()
    finally:
        ws.close()
