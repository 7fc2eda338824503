"""Command line: the GUI by default, and headless commands (demo, self-test, import, export, draw,
reports, the Репутация section's queries: `cli_reputation`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from smmdesk import cli_strategy
from smmdesk.version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def _count_of_at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smmdesk",
        description="The workplace of an SMM / influencer-marketing planner. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"smmdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file to open (default: the one in the data folder), or a server's URL "
        "such as postgresql+psycopg://user@host/db (the password from the keychain or .pgpass)",
    )
    parser.add_argument(
        "--upgrade-schema",
        action="store_true",
        help="upgrade an older server database to this version's schema (for the whole team)",
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo database")
    parser.add_argument(
        "--lang", choices=["ru", "en"], help="interface language (default: the setting, else the system's)"
    )
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a demo database full of realistic data")
    demo.add_argument("path", help="a new file, or the URL of an empty server database")
    demo.add_argument(
        "--influencers",
        type=_count_of_at_least_one,
        default=None,
        help="how many influencers (default: a few hundred)",
    )
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")

    selftest = commands.add_parser("self-test", help="check that this installation works; exit 0 or 1")
    selftest.add_argument("--report", type=Path, help="write the report as JSON to this file")

    importing = commands.add_parser("import", help="import a file into the database").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    influencers_in = importing.add_parser("influencers", help="an influencer list (CSV or XLSX)")
    influencers_in.add_argument("file", type=Path)
    influencers_in.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    influencers_in.add_argument("--report", type=Path, help="write the per-row report (CSV) here")
    cli_strategy.add_strategy_imports(importing)

    exporting = commands.add_parser("export", help="export from the database").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    influencers_out = exporting.add_parser("influencers", help="the influencer base, one row per account")
    influencers_out.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.csv")
    estimate_out = exporting.add_parser("estimate", help="an estimate for the client")
    estimate_out.add_argument("id", type=int, help="the estimate's number")
    estimate_out.add_argument("--version", type=int, help="the version (default: the latest)")
    estimate_out.add_argument("--out", type=Path, required=True, help="FILE.xlsx, FILE.pdf or FILE.csv")

    contest_out = exporting.add_parser("contest", help="the protocol of a contest's draw")
    contest_out.add_argument("id", type=int, help="the contest's number")
    contest_out.add_argument("--out", type=Path, required=True, help="PROTOCOL.xlsx or PROTOCOL.pdf")
    cli_strategy.add_strategy_export(exporting)
    cli_strategy.add_strategy_commands(commands)

    contest = commands.add_parser("contest", help="draw a contest or verify a protocol").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    drawing = contest.add_parser("draw", help="draw the winners by RULES.md")
    drawing.add_argument("id", type=int, help="the contest's number")
    drawing.add_argument("--seed", required=True, help="the seed announced before the draw")
    drawing.add_argument("--reason", default="", help="why the contest is drawn again (for a redraw)")
    verifying = contest.add_parser("verify", help="recompute a draw from its protocol: exit 0 if it matches")
    verifying.add_argument("protocol", type=Path, help="PROTOCOL.xlsx")
    verifying.add_argument(
        "--list", type=Path, help="the participants, one per line, when the protocol hides them"
    )

    saving = commands.add_parser("save-copy", help="write the --db database (a server's) into a new file")
    saving.add_argument("target", type=Path, help="a new FILE.smmdesk")
    uploading = commands.add_parser("upload", help="copy a file's whole work into an empty server database")
    uploading.add_argument("file", type=Path, help="the database file")
    uploading.add_argument("url", help="the server database, e.g. postgresql+psycopg://user@host/db")

    reporting = commands.add_parser("report", help="a report for the client").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    campaign_report = reporting.add_parser("campaign", help="a campaign's KPIs, publications and charts")
    campaign_report.add_argument("id", type=int, help="the campaign's number")
    campaign_report.add_argument(
        "--out", type=Path, required=True, action="append", help="FILE.xlsx or FILE.pdf (may be given twice)"
    )
    campaign_report.add_argument(
        "--with-fee-and-vat", action="store_true", help="costs with the agency fee and VAT (default: without)"
    )
    from smmdesk.cli_reputation import add_commands

    add_commands(commands, importing, exporting, reporting)
    return parser


def _log_to_file() -> None:
    """The log goes to the log file, as the window's does: stderr carries only the messages printed
    for the person, in their language (Python's last-resort handler would print warnings in English)."""
    import logging

    from smmdesk import locations
    from smmdesk.logs import setup_logging

    try:
        setup_logging(locations.log_dir())
    except OSError:
        logging.getLogger("smmdesk").addHandler(logging.NullHandler())  # no log rather than English on stderr


def _ensure_headless_platform() -> None:
    # Headless commands that draw (PDF, charts) need a Qt platform even with no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@contextmanager
def headless_qt(language: str | None, gui: bool = False) -> Iterator[Any]:
    """A Qt application object for translations (and, with gui=True, fonts for PDF output)."""
    from PySide6.QtCore import QCoreApplication

    from smmdesk import locations
    from smmdesk.i18n import install_translations, resolve_language
    from smmdesk.ui.core.settings import UserSettings

    locations.set_identity()
    _log_to_file()
    app = QCoreApplication.instance()
    if app is None:
        if gui:
            _ensure_headless_platform()
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication([sys.argv[0]])
        else:
            app = QCoreApplication([sys.argv[0]])
    install_translations(resolve_language(language or UserSettings().language))
    yield app


def fail(message: str, code: int = EXIT_FAILED) -> int:
    print(message, file=sys.stderr)
    return code


def _cmd_demo(args: argparse.Namespace) -> int:
    from smmdesk.filelock import DatabaseLock
    from smmdesk.services.demo import write_demo
    from smmdesk.services.workspace import preserve_replaced
    from smmdesk.ui.core.settings import UserSettings

    with headless_qt(args.lang):
        from smmdesk.i18n import translate
        from smmdesk.services.workspace import is_server_url

        if is_server_url(args.path):
            from smmdesk.storage.errors import url_without_password

            counts = write_demo(args.path, influencers=args.influencers)
            summary = ", ".join(f"{name} {count}" for name, count in counts.items())
            print(
                translate("Cli", "Demo database written: {path} ({summary})").format(
                    path=url_without_password(args.path), summary=summary
                )
            )
            return EXIT_OK
        from smmdesk.services.workspace import refuse_non_file

        args.path = Path(args.path)
        refuse_non_file(args.path)  # a folder, a device or a pipe is never written to nor replaced
        if args.path.exists() and not args.force:
            return fail(
                translate("Cli", "{path} exists; add --force to replace it.").format(path=args.path),
                EXIT_USAGE,
            )
        lock = DatabaseLock(args.path)
        take_lock(lock, args.path)
        try:
            replaced = preserve_replaced(args.path, UserSettings().backups_kept) if args.force else None
            counts = write_demo(args.path, influencers=args.influencers, replace=args.force)
        finally:
            lock.release()
        if replaced is not None:
            print(translate("Cli", "The file it replaced is kept as {path}").format(path=replaced))
        summary = ", ".join(f"{name} {count}" for name, count in counts.items())
        print(
            translate("Cli", "Demo database written: {path} ({summary})").format(
                path=args.path, summary=summary
            )
        )
    return EXIT_OK


def _cmd_self_test(args: argparse.Namespace) -> int:
    from smmdesk.selftest import run_self_test

    with headless_qt(args.lang, gui=True):
        return run_self_test(args.report)


@contextmanager
def open_database(args: argparse.Namespace, *, write: bool, create: bool = False) -> Iterator[Any]:
    """The --db file (or the default one). A command that writes holds the file's lock against the
    window while it runs; a command that reads only reads, leaving the file to the window (one opened
    meanwhile is writable). Only a command that brings its own records (`create`: an import) makes a
    file that is not there; any other stops with "the file does not exist" and makes nothing. A --db
    server has no file and no lock: the database's own locks keep several planners apart."""
    from smmdesk import locations
    from smmdesk.services.workspace import is_server_url

    if args.db and is_server_url(args.db):
        with _open_server(args.db, upgrade_schema=args.upgrade_schema) as server:
            yield server
        return
    path = Path(args.db) if args.db else locations.default_database()
    for target in _outputs(args):
        from smmdesk.services.workspace import refuse_writing_over

        refuse_writing_over(path, target)
    if write:
        with _open_for_writing(path, create) as db:
            yield db
        return
    db = _open_for_reading(path)
    try:
        yield db
    finally:
        db.close()


def _outputs(args: argparse.Namespace) -> list[Path]:
    """The files a command is asked to write (--out, --report, save-copy's target)."""
    found: list[Path] = []
    for name in ("out", "report", "target"):
        value = getattr(args, name, None)
        found += [Path(v) for v in value] if isinstance(value, list) else [Path(value)] if value else []
    return found


@contextmanager
def _open_server(url: str, *, upgrade_schema: bool) -> Iterator[Any]:
    from smmdesk.i18n import error_text, translate
    from smmdesk.services.workspace import open_workspace
    from smmdesk.storage.server import SchemaUpgradeNeeded

    try:
        server = open_workspace(url, upgrade_schema=upgrade_schema)
    except SchemaUpgradeNeeded as exc:
        raise CliError(
            error_text(exc) + "\n" + translate("Cli", "Add --upgrade-schema to upgrade it."), EXIT_FAILED
        ) from exc
    try:
        yield server
    finally:
        server.close()


@contextmanager
def _open_for_writing(path: Path, create: bool) -> Iterator[Any]:
    from smmdesk.filelock import DatabaseLock
    from smmdesk.services.workspace import open_workspace
    from smmdesk.ui.core.settings import UserSettings

    lock = DatabaseLock(path)
    take_lock(lock, path, read_only_folder=True)  # a read-only folder refuses it: see below
    try:
        db = open_workspace(path, keep_backups=UserSettings().backups_kept, create=create)
        try:
            if db.read_only:
                raise CliError(_read_only_text(path, db.read_only_reason))
            yield db
        finally:
            db.close()
    finally:
        lock.release()


def _open_for_reading(path: Path) -> Any:
    from smmdesk.filelock import DatabaseLock
    from smmdesk.services.workspace import UpgradeNeededError, open_workspace

    try:
        return open_workspace(path, read_only=True)
    except UpgradeNeededError:
        # An older file is upgraded first (which writes), when no window has it open.
        lock = DatabaseLock(path)
        take_lock(lock, path)
        try:
            open_workspace(path, create=False).close()
        finally:
            lock.release()
        return open_workspace(path, read_only=True)


def take_lock(lock: Any, path: Path, *, read_only_folder: bool = False) -> None:
    """Takes the file's lock or stops the command in words: another program holds the file (by this
    name or another), or the disk refuses the lock file (no space, no folder, read-only). With
    `read_only_folder`, a folder that is read-only passes: the file then opens read-only and the
    command says so."""
    from smmdesk.i18n import error_text

    if lock.acquire() or (read_only_folder and lock.refused_by_disk):
        return
    refusal = lock.refusal()
    if refusal is not None:
        raise CliError(error_text(refusal))
    if lock.refused_by_disk:
        raise CliError(_read_only_text(path, "folder"))
    raise CliError(_held_text(lock, path), EXIT_LOCKED)


def _held_text(lock: Any, path: Path) -> str:
    from smmdesk.i18n import translate

    if lock.held_by_another_name:
        return translate(
            "Cli",
            "{name} is open in another copy of smmdesk under another name of the same file (a hard "
            "link); close it there first.",
        ).format(name=path.name)
    holder = lock.holder()
    if holder is None:
        return translate("Cli", "{name} is open in another copy of smmdesk; close it there first.").format(
            name=path.name
        )
    since = holder.since.astimezone().strftime("%d.%m.%Y %H:%M") if holder.since else "?"
    return translate(
        "Cli", "{name} is open in smmdesk on {host} (process {pid}, since {since}); close it there first."
    ).format(name=path.name, host=holder.hostname or "?", pid=holder.pid, since=since)


def _read_only_text(path: Path, reason: str) -> str:
    from smmdesk.i18n import translate

    why = {
        "disk": translate("Cli", "the disk it is on is read-only"),
        "folder": translate("Cli", "its folder is read-only"),
    }.get(reason, translate("Cli", "the file is read-only"))
    return translate("Cli", "{name} cannot be changed: {why}. Nothing was written.").format(
        name=path.name, why=why
    )


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def _cmd_import(args: argparse.Namespace) -> int:
    if args.what in ("tasks", "executors"):
        return cli_strategy.cmd_import(args)
    if args.what == "mentions":
        from smmdesk.cli_reputation import import_mentions

        return import_mentions(args)
    from smmdesk.i18n import translate
    from smmdesk.services import influencer_import as imp
    from smmdesk.services.workspace import backup_before_import
    from smmdesk.ui.core.settings import UserSettings

    with headless_qt(args.lang), open_database(args, write=True, create=True) as db:
        table = imp.open_file(args.file, args.sheet)
        backup_before_import(db, UserSettings().backups_kept)  # the backup the window's import makes
        with db.transaction() as session:
            plan = imp.plan_import(session, table)
            result = imp.apply_import(session, plan)
        for conflict in plan.conflicts:
            kept, other = (
                (conflict.incoming, conflict.current)
                if conflict.take_incoming
                else (conflict.current, conflict.incoming)
            )
            print(
                translate(
                    "Cli", "conflict: {platform}/{handle} {field}: kept “{kept}”, not “{other}” (rows {rows})"
                ).format(
                    platform=conflict.platform,
                    handle=conflict.handle,
                    field=conflict.field,
                    kept=kept,
                    other=other,
                    rows=", ".join(map(str, conflict.rows)),
                )
            )
        if args.report:
            imp.write_report(plan, args.report, translate)
        print(
            translate("Cli", "added {added}, updated {updated}, skipped {skipped}").format(
                added=result.added, updated=result.updated, skipped=result.skipped
            )
        )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    if args.what == "strategy":
        return cli_strategy.cmd_export(args)
    if args.what == "estimate":
        return _export_estimate(args)
    if args.what == "contest":
        return _export_contest(args)
    if args.what == "mentions":
        from smmdesk.cli_reputation import export_mentions

        return export_mentions(args)
    from smmdesk.domain.influencer_table import FilterSpec
    from smmdesk.i18n import translate
    from smmdesk.services import influencers as svc
    from smmdesk.services.influencer_details import load_export_details
    from smmdesk.services.influencer_export import export_influencers
    from smmdesk.services.influencer_import import format_titles

    with headless_qt(args.lang), open_database(args, write=False) as db:
        with db.reading() as session:
            table = svc.load_table(session)
            titles = format_titles(session)
            platform_titles = dict(svc.platforms(session))
            details = load_export_details(session)
        indices = table.matching(FilterSpec())
        written = export_influencers(
            args.out, table, indices, titles, platform_titles, translate, details=details
        )
        print(
            translate("Cli", "{count} accounts written to {path}").format(count=written.count, path=args.out)
        )
        for row, column in written.cut:
            print(
                translate(
                    "Cli", "row {row}, {column}: longer than a cell holds, cut (the base keeps it whole)"
                ).format(row=row, column=column)
            )
    return EXIT_OK


def _export_estimate(args: argparse.Namespace) -> int:
    from smmdesk.domain.money import format_money
    from smmdesk.i18n import translate
    from smmdesk.services import estimates as est
    from smmdesk.services.estimate_export import export_version

    pdf = args.out.suffix.lower() == ".pdf"
    with headless_qt(args.lang, gui=pdf), open_database(args, write=False) as db:
        with db.reading() as session:
            if args.version is None:
                version_id = est.latest_version(session, args.id)
            else:
                version_id = est.version_by_number(session, args.id, args.version)
            version = export_version(session, version_id, args.out)
        print(
            translate("Cli", "Estimate {id}, version {number}: total {total}, written to {path}").format(
                id=args.id, number=version.number, total=format_money(version.totals.total), path=args.out
            )
        )
    return EXIT_OK


def _export_contest(args: argparse.Namespace) -> int:
    from smmdesk.i18n import translate
    from smmdesk.services.contest_protocol import export_protocol

    with (
        headless_qt(args.lang, gui=args.out.suffix.lower() == ".pdf"),
        open_database(args, write=False) as db,
    ):
        with db.reading() as session:
            data = export_protocol(session, args.id, args.out)
        print(translate("Cli", "{title}: written to {path}").format(title=data.title, path=args.out))
    return EXIT_OK


def _cmd_contest(args: argparse.Namespace) -> int:
    from smmdesk.domain.plural import fill
    from smmdesk.i18n import translate

    if args.what == "verify":
        from smmdesk.services.contest_protocol import verify_protocol

        with headless_qt(args.lang):
            check = verify_protocol(args.protocol, args.list)
            if check.matches:
                print(translate("Cli", "The protocol verifies: the draw gives the same winners."))
                return EXIT_OK
            print(translate("Cli", "The protocol does not verify:"))
            for difference in check.messages(translate):
                print("  - " + difference)
            return EXIT_FAILED
    from smmdesk.services import contests as svc

    with headless_qt(args.lang), open_database(args, write=True) as db:
        with db.transaction() as session:
            svc.run_draw(session, args.id, args.seed, args.reason)
        with db.reading() as session:
            info = svc.load_contest(session, args.id)
            winners = svc.winners_with_prizes(info)
        assert info.draw is not None
        print(
            fill(
                translate("Cli", "Drawn from {count:participant|participants}, list hash {hash}:"),
                count=info.draw.participants,
                hash=info.draw.list_hash,
            )
        )
        for place, winner, prize in winners:
            print(f"  {place}. {winner} — {prize.name}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    if args.what in ("reputation", "reputation-plan"):
        from smmdesk.cli_reputation import report

        return report(args)
    from smmdesk.i18n import translate
    from smmdesk.services.report import export_campaign_report

    with headless_qt(args.lang, gui=True), open_database(args, write=False) as db:
        with db.reading() as session:
            made = export_campaign_report(session, args.id, args.out, args.with_fee_and_vat)
        print(
            translate("Cli", "{title}: {tables} tables and {charts} charts written to {path}").format(
                title=made.title,
                tables=len(made.tables),
                charts=len(made.pictures),
                path=", ".join(map(str, args.out)),
            )
        )
    return EXIT_OK


def _cmd_save_copy(args: argparse.Namespace) -> int:
    from smmdesk.i18n import translate
    from smmdesk.services.transfer import copy_server_to_file

    with headless_qt(args.lang), open_database(args, write=False) as db:
        counts = copy_server_to_file(db, args.target)
        print(
            translate("Cli", "{count} records written to {path}").format(
                count=sum(counts.values()), path=args.target
            )
        )
    return EXIT_OK


def _cmd_upload(args: argparse.Namespace) -> int:
    from smmdesk.i18n import translate
    from smmdesk.services.transfer import upload_file_to_server
    from smmdesk.storage.errors import url_without_password

    with headless_qt(args.lang):
        counts = upload_file_to_server(args.file, args.url)
        print(
            translate("Cli", "{count} records uploaded to {server}").format(
                count=sum(counts.values()), server=url_without_password(args.url)
            )
        )
    return EXIT_OK


def _cmd_query(args: argparse.Namespace) -> int:
    from smmdesk.cli_reputation import query

    return query(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "self-test": _cmd_self_test,
    "import": _cmd_import,
    "export": _cmd_export,
    "report": _cmd_report,
    "contest": _cmd_contest,
    "strategy": cli_strategy.cmd_strategy,
    "save-copy": _cmd_save_copy,
    "upload": _cmd_upload,
    "query": _cmd_query,
}


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from smmdesk.app import run_gui

        return run_gui(args.db, demo=args.demo, language=args.lang, quit_after_paint=args.quit_after_paint)
    from smmdesk.domain.errors import SmmError

    try:
        return COMMANDS[args.command](args)
    except CliError as exc:
        return fail(str(exc), exc.code)
    except SmmError as exc:
        from smmdesk.i18n import error_text

        return fail(error_text(exc))
