"""The «Отзывы» tab's two imports: a shop's customers and a survey service's answers, each through its
import dialog (`review_import_dialog`: the columns, a saved mapping, the counts) and applied as one
step of the section's history, the status line saying what was done. `ReviewsTab` has them with
its buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from smmdesk.i18n import translate
from smmdesk.services.reviews import customers, surveys
from smmdesk.services.session import in_transaction
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.dialogs.review_import_dialog import CustomerImportDialog, SurveyImportDialog
from smmdesk.ui.widgets.reputation_review_records import ReviewRecords

ENTITY = "reviews"


class ReviewImports(ReviewRecords):
    """`ReviewsTab`'s base for the imports (the chosen campaign and the refresh come from `ReviewRecords`)."""

    def import_customers(self, path: str | None = None) -> CustomerImportDialog | None:
        """A shop's export: its columns and the preview's counts (`CustomerImportDialog`); «Загрузить»
        imports it as one undoable step."""
        title = QCoreApplication.translate("ReviewsTab", "Import customers")
        return self._open_import(path, title, CustomerImportDialog, self.apply_customers)

    def apply_customers(self, preview: customers.CustomerPreview | None, name: str) -> Any:
        """The previewed customers in one transaction, one step of the history; the status line says
        what was done."""
        db = self.section.db
        if db is None or preview is None:
            return None
        made: list[customers.CustomerChange] = []

        def do() -> customers.CustomerChange:
            if made:
                in_transaction(db, customers.redo_customers, made[0])
            else:
                made.append(in_transaction(db, customers.apply_customers, preview).change)
            return made[0]

        done = self.section.edit(
            QCoreApplication.translate("ReviewsTab", "Import {name}").format(name=name),
            do,
            lambda change: in_transaction(db, customers.undo_customers, change),
            ENTITY,
        )
        if done:
            self.section.post(
                QCoreApplication.translate(
                    "ReviewsTab", "{name}: customers added {added}, updated {updated}, skipped {skipped}"
                ).format(
                    name=name,
                    added=len(preview.added),
                    updated=len(preview.updated),
                    skipped=len(preview.parsed.skipped),
                )
            )
        self.show_campaign()
        return done.value if done else None

    def import_survey(self, path: str | None = None) -> SurveyImportDialog | None:
        """A survey service's export: its columns and the preview's counts (`SurveyImportDialog`);
        «Загрузить» imports it as one undoable step, the dissatisfied into the mentions queue."""
        title = QCoreApplication.translate("ReviewsTab", "Import survey answers")
        return self._open_import(path, title, SurveyImportDialog, self.apply_survey)

    def _open_import(self, path: str | None, title: str, kind: Any, apply: Any) -> Any:
        """The file asked for (unless given), its import dialog shown; «Загрузить» calls `apply`
        with the dialog's preview. An unreadable file is said in words and nothing changes."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        name = path or ask.open_file(
            self, title, "", QCoreApplication.translate("ReviewsTab", "Tables (*.csv *.xlsx)")
        )
        if not name:
            return None
        try:
            dialog = kind(self, db, ident, Path(name), self.section.writable)
        except Exception as exc:  # an unreadable file: its reason, nothing changed
            show_error(self, exc)
            return None
        dialog.accepted.connect(lambda: apply(dialog.preview, Path(name).name))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.show()
        return dialog

    def apply_survey(self, preview: surveys.SurveyPreview | None, name: str) -> Any:
        """The previewed answers in one transaction, one step of the history; the brand's mention
        count and the status line follow."""
        db = self.section.db
        if db is None or preview is None:
            return None
        made: list[surveys.SurveyChange] = []

        def do() -> surveys.SurveyChange:
            if made:
                made[0] = in_transaction(db, surveys.redo_survey, made[0], translate)
            else:
                change = in_transaction(db, surveys.apply_survey, preview, translate).change
                assert change is not None
                made.append(change)
            self.section.reload()  # the brand's mention count in the list, and this tab
            return made[0]

        def undo(change: surveys.SurveyChange) -> None:
            in_transaction(db, surveys.undo_survey, change)
            self.section.reload()

        done = self.section.edit(
            QCoreApplication.translate("ReviewsTab", "Import {name}").format(name=name), do, undo, ENTITY
        )
        if done:
            self.section.post(
                QCoreApplication.translate(
                    "ReviewsTab",
                    "{name}: answers added {added}, filled in {filled}, same as before {same}; "
                    "{count} put into the mentions queue",
                ).format(
                    name=name,
                    added=len(preview.new),
                    filled=len(preview.filled),
                    same=preview.same,
                    count=preview.follow_ups,
                )
            )
        return done.value if done else None
