"""The Репутация section (Ctrl+7): per brand (a client), the mentions queue, the query library, the
choice of the monitoring service and the figures, in tabs (`reputationTabs`; the review campaigns
add theirs with `add_tab`).

The brand is chosen above the tabs; importing a service's export (its columns matched in
`MentionImportDialog`), the report, the plan and the mentions export are the buttons beside it.
Every change is one step of the window's history.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import ImportFileError
from smmdesk.io.mention_file import NO_HEADER
from smmdesk.io.tabular import TableFile, read_table
from smmdesk.services.reputation import brands
from smmdesk.services.reputation import mention_import as imp
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.dialogs.mention_import_dialog import MentionImportDialog
from smmdesk.ui.widgets.reputation_choice import ChoiceTab, FiguresTab
from smmdesk.ui.widgets.reputation_library import LibraryTab
from smmdesk.ui.widgets.reputation_queue import QueueTab
from smmdesk.ui.widgets.reputation_reviews import ReviewsTab
from smmdesk.ui.widgets.reputation_rules import RulesTab
from smmdesk.ui.windows.section import Section

ENTITY = "mentions"
READ_IN_BACKGROUND = 5_000_000  # bytes: a larger export is read off the UI thread


class ReputationWindow(Section):
    KEY = "reputation"
    ENTITIES = (ENTITY, "reputation", "clients", "reviews")

    def build(self) -> None:
        self.client_id: int | None = None
        self.import_dialog: MentionImportDialog | None = None  # the latest import's dialog
        self.brand = QComboBox()
        self.brand.setObjectName("reputationBrand")
        self.brand.currentIndexChanged.connect(lambda _: self.choose(self.brand.currentData()))
        self.import_button = QPushButton(self.tr("Import mentions…"))
        self.import_button.setObjectName("importMentions")
        self.import_button.clicked.connect(lambda: self.import_mentions())
        self.report_button = QPushButton(self.tr("Report"))
        self.report_button.setMenu(self._languages("report"))
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setMenu(self._languages("plan"))
        self.export_button = QPushButton(self.tr("Export mentions…"))
        self.export_button.setObjectName("exportMentions")
        self.export_button.setMenu(self._languages("mentions"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Brand:")))
        top.addWidget(self.brand, 1)
        for button in (self.import_button, self.report_button, self.plan_button, self.export_button):
            top.addWidget(button)
        self.queue = QueueTab(self)
        self.library = LibraryTab(self)
        self.choice = ChoiceTab(self)
        self.figures = FiguresTab(self)
        self.rules = RulesTab(self)
        self.reviews = ReviewsTab(self)
        self.search = self.queue.search
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reputationTabs")
        for tab, title in (
            (self.queue, self.tr("Mentions")),
            (self.library, self.tr("Queries")),
            (self.choice, self.tr("Service")),
            (self.rules, self.tr("Deadlines and escalation")),
            (self.figures, self.tr("Figures")),
            (self.reviews, self.tr("Reviews")),
        ):
            self.add_tab(tab, title)
        self.tabs.currentChanged.connect(lambda _: self.show_current())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _languages(self, kind: str) -> QMenu:
        """The file's language, each by its own name (as the placements plan's export offers)."""
        menu = QMenu(self)
        menu.addAction("Русский…", lambda: self.write_file(kind, language="ru"))
        menu.addAction("English…", lambda: self.write_file(kind, language="en"))
        return menu

    def add_tab(self, tab: QWidget, title: str) -> None:
        """A tab of the section (the review campaigns add theirs); it gets `show_brand(client_id)`."""
        self.tabs.addTab(tab, title)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.queue)
        super().focus_search()

    # --- showing ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db
        chosen = self.client_id
        self.brand.blockSignals(True)
        self.brand.clear()
        for info in reading(db, brands.brands) if db is not None else []:
            self.brand.addItem(
                self.tr("{name} ({count} mentions)").format(name=info.name, count=info.mentions),
                info.client_id,
            )
        index = self.brand.findData(chosen) if chosen is not None else 0
        self.brand.setCurrentIndex(max(index, 0) if self.brand.count() else -1)
        self.brand.blockSignals(False)
        for button in (self.import_button,):
            button.setEnabled(self.writable and self.brand.count() > 0)
        self.choose(self.brand.currentData())

    def refresh(self, changes: Changes) -> None:
        if changes.touches("clients"):
            self.reload()
            return
        self.show_current()

    def choose(self, client_id: int | None) -> None:
        """Shows a brand in every tab (None: there is no client yet)."""
        self.client_id = client_id
        index = self.brand.findData(client_id)
        if index >= 0 and index != self.brand.currentIndex():
            self.brand.blockSignals(True)
            self.brand.setCurrentIndex(index)
            self.brand.blockSignals(False)
        for button in (self.report_button, self.plan_button, self.export_button):
            button.setEnabled(client_id is not None)
        self.tabs.setEnabled(client_id is not None)
        self.show_current()

    def show_current(self) -> None:
        """The tab in view shows the brand; another tab does when it is chosen (at 500,000 mentions
        the figures and the measured delays are read only when looked at)."""
        show = getattr(self.tabs.currentWidget(), "show_brand", None)
        if show is not None:
            show(self.client_id)

    def changed(self) -> None:
        """After an edit: the brand's counts in the list and the tab in view."""
        self.show_current()

    # --- importing and files ------------------------------------------------------------------------------

    def import_mentions(self, path: str | None = None, service: str = "") -> MentionImportDialog | None:
        """A service's export: the columns as matched, for the planner to correct, and what the import
        would do (`MentionImportDialog`, also `import_dialog`); «Загрузить» imports it as one
        undoable step. An export over READ_IN_BACKGROUND bytes is read off the UI thread with
        progress and Cancel, and its dialog opens when it is read (None is returned then)."""
        db, client = self.db, self.client_id
        if db is None or client is None:
            return None
        chosen = path or ask.open_file(
            self, self.tr("Import mentions"), "", self.tr("Exports (*.csv *.xlsx)")
        )
        if not chosen:
            return None
        file = Path(chosen)
        if file.is_file() and file.stat().st_size > READ_IN_BACKGROUND:
            self.run_in_background(
                self.tr("Reading {name}").format(name=file.name),
                lambda report, _cancelled: self._first_read(file, service, report),
                lambda made: self._open_import(file, made, service),
            )
            return None
        try:
            made = self._first_read(file, service)
        except Exception as exc:  # an unreadable file: its reason, nothing changed
            from smmdesk.ui.core.errors import show_error

            show_error(self, exc)
            return None
        self._open_import(file, made, service)
        return self.import_dialog

    def _open_import(
        self, path: Path, made: tuple[TableFile, imp.MentionPreview | None], service: str
    ) -> None:
        """The import's dialog on the export as read (`import_dialog`)."""
        table, preview = made
        dialog = MentionImportDialog(self, path, table, preview, service)
        dialog.accepted.connect(lambda: self.apply_import(dialog.preview, path.name))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.show()
        self.import_dialog = dialog

    def _first_read(
        self, path: Path, service: str, progress: imp.Progress | None = None
    ) -> tuple[TableFile, imp.MentionPreview | None]:
        """The export with its columns matched; one whose header names nothing known is shown with
        the first row as the header and no column matched, for the planner to match by hand."""
        try:
            preview = reading(
                self.db, imp.preview_import, self.client_id, path, service=service, progress=progress
            )
        except ImportFileError as exc:
            if exc.message != NO_HEADER:
                raise
            return read_table(path), None
        return preview.file.table, preview

    def apply_import(self, preview: imp.MentionPreview | None, name: str) -> imp.ImportChange | None:
        """The previewed import in one transaction, one step of the history (Ctrl+Z takes it back,
        Ctrl+Y brings the same rows back with their ids)."""
        db = self.db
        if db is None or preview is None:
            return None
        added, same, skipped = preview.counts
        made: list[imp.ImportChange] = []

        def do() -> imp.ImportChange:
            """The import the first time; a redo brings the same rows back with their ids."""
            if made:
                in_transaction(db, imp.redo_import, made[0])
            else:
                made.append(in_transaction(db, imp.apply_import, preview).change)
            return made[0]

        done = self.edit(
            self.tr("Import {name}").format(name=name),
            do,
            lambda change: in_transaction(db, imp.undo_import, change),
            ENTITY,
        )
        if done:
            self.post(
                self.tr("added {added}, same as before {same}, skipped {skipped}").format(
                    added=added, same=same, skipped=skipped
                )
            )
            self.reload()
        return done.value if done else None

    def write_file(self, kind: str, path: str | None = None, language: str | None = None) -> Path | None:
        """The report (XLSX or PDF), the plan or the mentions export (CSV or XLSX) in `language`
        (None: the report and the plan in Russian, the client's; the mentions in the interface's),
        in the background."""
        from smmdesk.i18n import translate, translator_for
        from smmdesk.services.reputation import files

        db, client = self.db, self.client_id
        if db is None or client is None:
            return None
        filters = (
            self.tr("Excel (*.xlsx);;PDF (*.pdf)")
            if kind != "mentions"
            else self.tr("CSV (*.csv);;Excel (*.xlsx)")
        )
        suggested = {
            "report": self.tr("reputation report"),
            "plan": self.tr("reputation plan"),
            "mentions": self.tr("mentions"),
        }[kind]
        chosen = path or ask.save_file(self, self.tr("Save"), suggested, filters)
        if not chosen:
            return None
        target = Path(chosen)

        if language is None:
            words = translate if kind == "mentions" else translator_for("ru")
        else:
            words = translator_for(language)  # made here, on the window's thread

        def write(targets: list[Path], report: Any, cancelled: Any) -> Path:
            with db.reading() as session:
                if kind == "report":
                    files.export_reputation_report(
                        session, client, targets[0], None, None, words, language or "ru"
                    )
                elif kind == "plan":
                    files.export_reputation_plan(session, client, targets[0], words, language or "ru")
                else:
                    files.export_mentions(session, client, targets[0], words)
            return targets[0]

        self.export_files(self.tr("Writing {name}").format(name=target.name), [target], write)
        return target
