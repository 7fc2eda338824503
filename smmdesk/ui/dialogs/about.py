"""Help → About: version, the database's path, where backups and the log are."""

from __future__ import annotations

from smmdesk.i18n import translate
from smmdesk.logs import current_log_path
from smmdesk.ui.core.workspace import Workspace
from smmdesk.version import __version__


def about_text(workspace: Workspace) -> str:
    db = workspace.db
    lines = [
        translate("About", "smmdesk {version}").format(version=__version__),
        translate("About", "The workplace of an SMM and influencer-marketing planner."),
        "",
        translate("About", "Database: {path}").format(path=db.display_name if db else "—"),
    ]
    if workspace.path is not None:
        from smmdesk.services.workspace import backup_folder

        lines.append(translate("About", "Backups: {path}").format(path=backup_folder(workspace.path)))
    lines.append(translate("About", "Log: {path}").format(path=current_log_path() or "—"))
    return "\n".join(lines)
