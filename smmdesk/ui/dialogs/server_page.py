"""Preferences → «База на сервере»: the team's PostgreSQL server, tested before it is saved.

The URL is kept in this computer's settings without its password; a password typed here goes to
the system's keychain (or, where there is none, the planner is told to use `.pgpass`). The open
file can be uploaded to an empty server from here, so that one planner becomes a team.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smmdesk.domain.errors import SmmError
from smmdesk.i18n import error_text
from smmdesk.services import server as srv
from smmdesk.ui.core import ask
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace


class ServerPage(QWidget):
    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.settings = workspace, settings
        self.url = QLineEdit(settings.engine_url)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("postgresql+psycopg://user@server/smmdesk")
        self.url.setToolTip(self.tr("Empty: the database file on this computer (SQLite)"))
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system's keychain, never in the settings"))
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        self.upload_button = QPushButton(self.tr("Upload this file to the server…"))
        self.upload_button.setObjectName("uploadFile")
        self.upload_button.clicked.connect(self.upload)
        self.upload_button.setEnabled(workspace.path is not None)
        self.status = QLabel()
        self.status.setObjectName("serverStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server (URL):"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.upload_button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "A team shares one PostgreSQL server: every planner gives its address here. Leave it "
                "empty to work in the database file on this computer."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._changed = False
        self.url.textEdited.connect(self._mark)
        self.password.textEdited.connect(self._mark)

    def _mark(self) -> None:
        self._changed = True

    def _target(self) -> tuple[str, str | None]:
        """(the URL without a password, the password typed in either field)."""
        text = self.url.text().strip()
        if not text:
            return "", None
        bare, in_url = srv.split_password(text)
        return bare, self.password.text() or in_url

    def _connect_url(self) -> str:
        bare, password = self._target()
        return srv.with_given_password(bare, password)

    def test(self) -> bool:
        """Connects once; says who the server knows us as, or why it refused, in words."""
        if not self.url.text().strip():
            self.status.setText(self.tr("No server: the database file on this computer is used."))
            return True
        try:
            found = srv.test_connection(self._connect_url())
        except (SmmError, ValueError) as exc:
            self.status.setText(error_text(exc) if isinstance(exc, SmmError) else str(exc))
            return False
        self.status.setText(self.tr("Connected: {found}").format(found=found))
        return True

    def save(self) -> bool:
        """Called when the dialog is accepted; False keeps it open (the connection failed)."""
        if not self._changed:
            return True
        if not self.test():
            return False
        bare, password = self._target()
        if bare and password:
            try:
                srv.store_password(bare, password)
            except SmmError as exc:
                ask.warn(self, self.tr("The password was not kept"), error_text(exc))
        if bare != self.settings.engine_url:
            self.settings.engine_url = bare
            ask.inform(
                self,
                self.tr("Server database"),
                self.tr("smmdesk opens {what} from its next start.").format(
                    what=bare or self.tr("the database file on this computer")
                ),
            )
        return True

    def upload(self) -> None:
        """The open file's whole work onto an empty server (after a test of the connection)."""
        path = self.ws.path
        if path is None or not self.test():
            return
        if not ask.confirm(
            self,
            self.tr("Upload to the server"),
            self.tr("Copy everything in {name} to the server? The server's database must be empty.").format(
                name=path.name
            ),
        ):
            return
        from smmdesk.services.transfer import upload_file_to_server

        try:
            counts = upload_file_to_server(path, self._connect_url())
        except SmmError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(
            self.tr("Uploaded: {count} records. Save the settings to work on the server.").format(
                count=sum(counts.values())
            )
        )
        self._changed = True
