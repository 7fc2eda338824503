"""Shared fixtures: offscreen Qt, a database per test, isolated settings, Russian interface.

One switch runs the suite on a PostgreSQL server: `SMMDESK_TEST_DATABASE_URL` (see tests/serverdb.py).
Then `db_path` and `demo_path` are URLs of databases made for the test (copies of templates
migrated once per run) instead of files in `tmp_path`; everything that opens them through
`open_workspace`, `Workspace.open` or `--db` works unchanged. A test of what only a file can do
(backups, the file lock, damage, WAL, the file's own path) is marked `@pytest.mark.file_only`
(or `pytestmark = pytest.mark.file_only` for a module) and is left out of a server run. A test
that needs a server whatever the switch asks for the `server_url` fixture (skipped without one).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

QStandardPaths.setTestModeEnabled(True)

from hypothesis import HealthCheck, settings  # noqa: E402

# A busy machine makes a property slow, not wrong: the examples are what is checked, not their time.
settings.register_profile("smmdesk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("smmdesk")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"

from serverdb import ON_SERVER, ServerDatabases  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "file_only: what only a database file can do; not run on a server")
    config.addinivalue_line("markers", "server: needs a PostgreSQL server (SMMDESK_TEST_DATABASE_URL)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if ON_SERVER:
        kept = [item for item in items if item.get_closest_marker("file_only") is None]
        left = [item for item in items if item.get_closest_marker("file_only") is not None]
        if left:
            config.hook.pytest_deselected(items=left)
            items[:] = kept
    else:
        skip = pytest.mark.skip(reason="needs SMMDESK_TEST_DATABASE_URL (a PostgreSQL server)")
        for item in items:
            if item.get_closest_marker("server") is not None:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def server_databases() -> Iterator[ServerDatabases]:
    """The run's server databases (created on demand, all dropped at the end)."""
    if not ON_SERVER:
        pytest.skip("needs SMMDESK_TEST_DATABASE_URL (a PostgreSQL server)")
    made = ServerDatabases()
    yield made
    made.drop_all()


@pytest.fixture(scope="session")
def server_template(server_databases: ServerDatabases) -> str:
    """A database migrated to the current schema once per run: the template of every test's."""
    from smmdesk.services.workspace import open_workspace

    name = server_databases.name("template")
    url = server_databases.create(name)
    open_workspace(url, upgrade_schema=True).close()
    return name


@pytest.fixture
def server_url(server_databases: ServerDatabases, server_template: str) -> Iterator[str]:
    """A fresh server database at the current schema, for this test alone."""
    name, url = server_databases.copy_of(server_template)
    yield url
    server_databases.drop(name)


LOCK_HOLDER = """
import sys
from pathlib import Path
from smmdesk.filelock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
print("locked" if lock.acquire() else "refused", flush=True)
sys.stdin.readline()
"""


def hold_lock(db_path: Path) -> subprocess.Popen[str]:
    """Another program holding the database's lock until killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def other_program(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    from smmdesk.services.workspace import open_workspace

    open_workspace(db_path).close()
    proc = hold_lock(db_path)
    yield proc
    proc.kill()
    proc.wait()


@pytest.fixture
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The test's database: a file in tmp_path, or on a server run the URL of a fresh database."""
    if ON_SERVER:
        return request.getfixturevalue("server_url")  # type: ignore[no-any-return]
    return tmp_path / "planner.smmdesk"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    from smmdesk.services.workspace import open_workspace

    database = open_workspace(db_path)
    yield database
    database.close()


@pytest.fixture
def russian(qapp: object) -> Iterator[None]:
    from smmdesk.i18n import install_translations

    install_translations("ru")
    yield
    install_translations("en")


@pytest.fixture
def user_settings(tmp_path: Path, qapp: object) -> object:
    from smmdesk.ui.core.settings import UserSettings

    return UserSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def workspace(user_settings: object, db_path: Path) -> Iterator[object]:
    from smmdesk.ui.core import tasks
    from smmdesk.ui.core.workspace import Workspace

    ws = Workspace(user_settings)  # type: ignore[arg-type]
    assert ws.open(db_path, background_backup=False)
    yield ws
    tasks.wait_all()
    ws.close()


@pytest.fixture
def main_window(qtbot: object, workspace: object, user_settings: object, russian: None) -> Iterator[object]:
    from smmdesk.ui.windows.main_window import MainWindow

    window = MainWindow(workspace, user_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    yield window


class Answers:
    """Stands in for the modal dialogs of `smmdesk.ui.core.ask`: queued replies, recorded texts."""

    def __init__(self) -> None:
        self.queued: dict[str, list[object]] = defaultdict(list)
        self.asked: list[tuple[str, str]] = []

    def queue(self, kind: str, *replies: object) -> None:
        self.queued[kind].extend(replies)

    def texts(self, kind: str) -> list[str]:
        return [text for asked_kind, text in self.asked if asked_kind == kind]

    def _reply(self, kind: str, text: str, default: object) -> object:
        self.asked.append((kind, text))
        return self.queued[kind].pop(0) if self.queued[kind] else default

    def _form(self, dialog: Any) -> int:
        """A small form (`FormDialog`): a queued "form" reply fills it (a function of the dialog) or
        cancels it (False); without one it is accepted as proposed. What `exec` would return."""
        reply = self._reply("form", dialog.windowTitle(), None)
        if reply is False:
            return 0
        if callable(reply):
            reply(dialog)
        dialog.accept()
        return int(dialog.result())

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from smmdesk.ui.core import ask
        from smmdesk.ui.dialogs.form_dialog import FormDialog

        monkeypatch.setattr(FormDialog, "exec", lambda dialog: self._form(dialog))

        monkeypatch.setattr(
            ask,
            "question",
            lambda parent, title, text, buttons, default=0: self._reply("question", text, None),
        )
        monkeypatch.setattr(ask, "confirm", lambda parent, title, text: self._reply("confirm", text, False))
        monkeypatch.setattr(ask, "inform", lambda parent, title, text: self._reply("inform", text, None))
        monkeypatch.setattr(
            ask, "warn", lambda parent, title, text, details="": self._reply("warn", text, None)
        )
        monkeypatch.setattr(ask, "open_file", lambda parent, title, *a: self._reply("open_file", title, ""))
        monkeypatch.setattr(ask, "text", lambda _, __, label, *a, **k: self._reply("text", label, None))
        monkeypatch.setattr(ask, "save_file", lambda parent, title, *a: self._reply("save_file", title, ""))
        monkeypatch.setattr(
            ask, "show_box", lambda box: self._reply("box", box.text() + "\n" + box.detailedText(), None)
        )


@pytest.fixture(autouse=True)
def keys_go_to_shown_widgets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys are typed into what a planner can see: not into the main window before it is shown, nor
    into a part of a shown window that is hidden (a tab not open, a panel not yet made); keys sent
    to a main window never shown left Qt in a state that crashed a later test's event processing.
    A small form driven without its `exec` (the tests' `answers`) is typed into as it is."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMainWindow, QWidget

    def hidden(widget: Any) -> bool:
        if not isinstance(widget, QWidget) or widget.isVisible():
            return False
        top = widget.window()
        return top.isVisible() or isinstance(top, QMainWindow)

    for name in ("keyClick", "keyClicks", "keyPress", "keyRelease", "keySequence"):
        original = getattr(QTest, name)

        def checked(widget: Any, *args: Any, _original: Any = original, _name: str = name) -> Any:
            if hidden(widget):
                raise AssertionError(f"QTest.{_name} into a widget that is not shown: {widget!r}")
            return _original(widget, *args)

        monkeypatch.setattr(QTest, name, staticmethod(checked))


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """No test may block on a real modal dialog: every question goes through here."""
    given = Answers()
    given.install(monkeypatch)
    return given


@pytest.fixture(scope="session")
def demo_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once per run (300 influencers with terms); tests get copies. On a
    server run, the name of a server database holding it."""
    from smmdesk.services.demo import write_demo

    if ON_SERVER:
        databases: ServerDatabases = request.getfixturevalue("server_databases")
        template = request.getfixturevalue("server_template")
        name, url = databases.copy_of(template, "demo")
        write_demo(url)
        return name  # type: ignore[return-value]
    path = tmp_path_factory.mktemp("demo") / "demo.smmdesk"
    write_demo(path)
    return path


def _copy_of_the_demo(request: pytest.FixtureRequest, demo_template: Path, folder: Path) -> Iterator[Path]:
    import shutil

    if ON_SERVER:
        databases: ServerDatabases = request.getfixturevalue("server_databases")
        name, url = databases.copy_of(str(demo_template), "demo")
        yield url  # type: ignore[misc]
        databases.drop(name)
        return
    target = folder / "demo.smmdesk"
    shutil.copyfile(demo_template, target)
    yield target


@pytest.fixture
def demo_path(request: pytest.FixtureRequest, demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    yield from _copy_of_the_demo(request, demo_template, tmp_path)


@pytest.fixture(scope="module")
def demo_copy(
    request: pytest.FixtureRequest, demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A copy of the demo for one module's tests: a file, or on a server run a database's URL."""
    yield from _copy_of_the_demo(request, demo_template, tmp_path_factory.mktemp("demo-copy"))


@pytest.fixture
def demo_workspace(user_settings: object, demo_path: Path) -> Iterator[object]:
    from smmdesk.ui.core import tasks
    from smmdesk.ui.core.workspace import Workspace

    ws = Workspace(user_settings)  # type: ignore[arg-type]
    assert ws.open(demo_path, background_backup=False)
    yield ws
    tasks.wait_all()
    ws.close()


@pytest.fixture
def influencers_window(qtbot: object, demo_workspace: object, user_settings: object, russian: None) -> object:
    from smmdesk.ui.windows.influencers import InfluencersWindow

    window = InfluencersWindow(demo_workspace, user_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1400, 900)
    window.show()
    return window


def import_in_dialog(qtbot: Any, workspace: object, listing: Path, parent: object) -> Any:
    """A list imported through the real import dialog, clicked through to its end; the dialog."""
    from smmdesk.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(workspace, listing, parent)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)  # the file is read in the background first
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    return dialog


def type_text(widget: object, text: str) -> None:
    """Types `text` into a widget key by key, Cyrillic included (QTest.keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt(path: Path) -> None:
    """Overwrites pages past the header, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) >= 3 * page
    data[page : 3 * page] = b"\xde\xad\xbe\xef" * (2 * page // 4)
    path.write_bytes(bytes(data))


def corrupt_tail(path: Path) -> None:
    """Damages the last pages (table data), leaving the schema readable: found only by the check."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[-3 * page : -page] = b"\xde\xad\xbe\xef" * (2 * page // 4)
    path.write_bytes(bytes(data))


@pytest.fixture
def main_demo(qtbot: object, demo_workspace: object, user_settings: object, russian: None) -> object:
    """The main window on a copy of the demo database."""
    from smmdesk.ui.windows.main_window import MainWindow

    window = MainWindow(demo_workspace, user_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1366, 800)
    window.show()
    return window


def finish_background(qtbot: object, timeout: int = 20000) -> None:
    """Waits until the background work started by a window (an export, a read) has finished and its
    result has come back to the window."""
    from smmdesk.ui.core import tasks

    qtbot.waitUntil(lambda: not tasks._running, timeout=timeout)  # type: ignore[attr-defined]


def type_date(field: object, text: str) -> None:
    """Types a date into the program's date field and presses Enter, as a planner does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    line = field.line  # type: ignore[attr-defined]
    # Keys typed into a window that was never shown leave Qt in a state that crashed a later test.
    assert line.isVisible(), "type into a shown window (window.show())"
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)
