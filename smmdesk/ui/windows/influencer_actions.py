"""What the influencer section does with the selected people: status, tags, the archive, delete,
and «Добавить в смету»; every action one undoable step."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QToolButton

from smmdesk.domain import influencers as rules
from smmdesk.i18n import translate
from smmdesk.lazy import lazy_module
from smmdesk.services.session import in_transaction
from smmdesk.ui.core import ask, tasks
from smmdesk.ui.core.formatting import format_int
from smmdesk.ui.core.labels import format_title
from smmdesk.ui.models.influencer_model import status_label

if TYPE_CHECKING:
    from smmdesk.services import influencers as svc
else:
    svc = lazy_module("smmdesk.services.influencers")

if TYPE_CHECKING:
    from smmdesk.services.influencer_export import Exported
    from smmdesk.ui.windows.influencers import InfluencersWindow

ENTITY = "influencers"


class BulkActions(QObject):
    """The «С выбранными» menu of the influencer section and what its entries do."""

    def __init__(self, section: InfluencersWindow) -> None:
        super().__init__(section)
        self.section = section
        self.button = QToolButton()
        self.button.setText(self.tr("With selected"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(section)
        self.button.setMenu(self.menu)
        status_menu = self.menu.addMenu(self.tr("Set status"))
        for status in rules.RelationStatus:
            action = status_menu.addAction(status_label(status.value))
            action.triggered.connect(lambda _=False, s=status.value: self.set_status(s))
        editing = [status_menu.menuAction()]
        editing.append(self.menu.addAction(self.tr("Add a tag…"), self.add_tag))
        editing.append(self.menu.addAction(self.tr("Remove a tag…"), self.remove_tag))
        self.menu.addSeparator()
        editing.append(self.menu.addAction(self.tr("Add to an estimate…"), self.add_to_estimate))
        self.menu.addAction(self.tr("Export selected…"), lambda: section.export(selected_only=True))
        editing.append(self.menu.addAction(self.tr("Restore from the archive"), self.unarchive))
        self.menu.addSeparator()
        # The shortcut is the main window's one Del (registered once); the menu only shows it.
        editing.append(self.menu.addAction(self.tr("Delete") + "\t" + self.tr("Del"), self.delete))
        self.editing = editing
        self.menu.aboutToShow.connect(self.enable_editing)

    def enable_editing(self) -> None:
        """The entries that change records, enabled only where the section may write (a viewer,
        a read-only file: only the export stays)."""
        for action in self.editing:
            action.setEnabled(self.section.writable)

    def _chosen(self) -> tuple[list[int], Any]:
        return self.section.selected_influencers(), self.section.db

    def _bulk(self, text: str, do: Any, undo: Any, ids: list[int]) -> Any:
        done = self.section.edit(text, do, undo, ENTITY, ids)
        return done.value if done else None

    def set_status(self, status: str) -> None:
        ids, db = self._chosen()
        if not ids or db is None:
            return
        reason = ""
        if status == rules.RelationStatus.BLACKLIST:
            typed = ask.text(self.section, self.tr("Blacklist"), self.tr("Why are they blacklisted?"))
            if typed is None:
                return
            reason = typed
        self._bulk(
            self.tr("Set the status of {count} influencers").format(count=len(ids)),
            lambda: in_transaction(db, svc.set_status, ids, status, reason),
            lambda previous: in_transaction(db, svc.restore_statuses, previous),
            ids,
        )

    def add_tag(self) -> None:
        ids, db = self._chosen()
        if not ids or db is None:
            return
        tag = (
            ask.text(
                self.section,
                self.tr("Add a tag"),
                self.tr("Tag for {count} influencers:").format(count=len(ids)),
            )
            or ""
        ).strip()
        if not tag:
            return
        self._bulk(
            self.tr("Add the tag {tag}").format(tag=tag),
            lambda: in_transaction(db, svc.add_tag, ids, tag),
            lambda gained: in_transaction(db, svc.remove_tag, gained, tag),
            ids,
        )

    def remove_tag(self) -> None:
        ids, db = self._chosen()
        tags = sorted({t for row in self.section.selected_rows() for t in row.tags})
        if not ids or db is None or not tags:
            return
        tag = ask.text(self.section, self.tr("Remove a tag"), self.tr("Tag to remove:"), tags)
        if not tag:
            return
        self._bulk(
            self.tr("Remove the tag {tag}").format(tag=tag),
            lambda: in_transaction(db, svc.remove_tag, ids, tag),
            lambda had: in_transaction(db, svc.add_tag, had, tag),
            ids,
        )

    def delete(self) -> bool:
        ids, db = self._chosen()
        section = self.section
        if not ids or db is None or not section.writable:
            return False
        names = ", ".join(sorted({row.name for row in section.selected_rows()})[:5])
        more = len(ids) - min(len(ids), 5)
        text = self.tr("Delete {count} influencers ({names}{more}) with their accounts and terms?").format(
            count=len(ids), names=names, more=self.tr(" and {n} more").format(n=more) if more > 0 else ""
        )
        if not ask.confirm(section, self.tr("Delete"), text):
            return True
        result = self._bulk(
            self.tr("Delete {count} influencers").format(count=len(ids)),
            lambda: in_transaction(db, svc.delete_influencers, ids),
            lambda done: in_transaction(db, svc.undo_delete, done),
            ids,
        )
        if result is not None and result.archived:
            ask.inform(
                section,
                self.tr("Archived, not deleted"),
                self.tr(
                    "{count} of them have placements in estimates, so they were archived instead of deleted: "
                    "the estimates still need them. Tick “Archive too” to see them."
                ).format(count=len(result.archived)),
            )
        return True

    def unarchive(self) -> None:
        ids, db = self._chosen()
        if not ids or db is None:
            return
        self._bulk(
            self.tr("Restore {count} influencers from the archive").format(count=len(ids)),
            lambda: in_transaction(db, svc.set_archived, ids, False),
            lambda _: in_transaction(db, svc.set_archived, ids, True),
            ids,
        )

    def add_to_estimate(self) -> None:
        from smmdesk.ui.dialogs.add_to_estimate import AddToEstimateDialog

        section = self.section
        rows = [row for row in section.selected_rows() if row.account_id is not None]
        if not rows or not section.writable:
            return
        dialog = AddToEstimateDialog(section.ws, rows, section)
        if dialog.estimate.count() == 0:
            ask.inform(
                section,
                self.tr("Add to an estimate"),
                self.tr("There are no estimates yet: make one in Estimates."),
            )
            return
        if dialog.exec() and dialog.report:
            ask.inform(section, self.tr("Add to an estimate"), dialog.report)

    def export(self, *, selected_only: bool) -> None:
        """The rows shown (or the selected ones) to XLSX or CSV, written in the background."""
        from smmdesk.services.influencer_details import load_export_details
        from smmdesk.services.influencer_export import export_influencers

        section = self.section
        db = section.db
        indices = self._export_indices(selected_only)
        path = ask.save_file(
            section,
            self.tr("Export influencers"),
            self.tr("influencers.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        found = ask.export_targets(section, path, [".xlsx"], [".csv"])
        if not found:
            return
        (target,) = found
        table, places = section.model.table, dict(section.platform_titles)
        titles = {f.code: format_title(f.code, f.title) for f in section.format_list}

        def write(paths: list[Path], report: tasks.Report, cancelled: tasks.IsCancelled) -> Exported:
            def progress(done: int, total: int) -> None:
                if cancelled():
                    raise tasks.Cancelled()
                report(done, total)

            with db.reading() as session:
                details = load_export_details(session)
            return export_influencers(
                paths[0], table, indices, titles, places, translate, progress, details
            )

        def written(result: Exported) -> None:
            shown = self.tr("{count} accounts exported to {path}").format(count=result.count, path=target)
            section.post(shown)
            if result.cut:
                where = "\n".join(
                    self.tr("row {row}, {column}").format(row=row, column=column)
                    for row, column in result.cut
                )
                ask.inform(
                    section,
                    self.tr("Export"),
                    self.tr(
                        "These texts are longer than a spreadsheet cell holds (32 767 characters) and were "
                        "cut in the file; the base keeps them whole:\n{where}"
                    ).format(where=where),
                )

        section.export_files(
            self.tr("Exporting {count} accounts…").format(count=format_int(len(indices))),
            [target],
            write,
            written,
        )

    def _export_indices(self, selected_only: bool) -> Sequence[int]:
        section = self.section
        if not selected_only:
            return list(section.model.view)
        wanted = {(r.influencer_id, r.account_id) for r in section.selected_rows()}
        rows = section.model.rows
        return [i for i in section.model.view if (rows[i].influencer_id, rows[i].account_id) in wanted]
